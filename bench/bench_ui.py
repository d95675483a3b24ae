"""Browser-measured chat latency: Rehearse's Practice tab next to a trivial Gradio echo app.

Both apps run in this process on 127.0.0.1 and are driven by the same Playwright harness and
the same Debian Chromium. For each turn the page records ``performance.now()`` at the real
``keydown`` of Enter in the message box and again at the first DOM change after which the
reply is rendered and the box is cleared (both apps clear it with the final update), so the
figure is what a person waits: queueing, the handler, streaming and rendering included.

The echo app has the same components (a Chatbot and a Textbox) and returns the message as
the reply. Rehearse runs its scripted partner on a scratch data folder; turns are three
different open questions, and a new session starts after them: the employee shuts down on a
repeated filler line, which would end the session and stall the measurement. The echo app
starts again after three turns as well (a button puts its chat back to one opening line), so
both chats are the same length at each measured turn: a chat that grew for the whole run
costs more to render each turn, and flattered Rehearse's ratio.

    python bench/bench_ui.py            # 40 measured turns per app after 5 warm-up turns
    python bench/bench_ui.py -n 100

Target: Rehearse p50 and p95 <= 1.5 x the echo app's.

At the end of each Rehearse session (every third turn) the bench also presses End and
measures from the press to the debrief summary on screen (the scoring, storing, downloads and
rendering included), then starts again with "Practise again". Target: p95 <= 300 ms.
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any, cast

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from simulator.app.privacy import disable_telemetry  # noqa: E402

disable_telemetry()

import gradio as gr  # noqa: E402

from tests.support.servers import CHROMIUM, CHROMIUM_ARGS  # noqa: E402

TARGET = 1.5
DEBRIEF_TARGET_MS = 300.0
SETTLE_MS = 400
MESSAGES = (
    "How are things going for you at the moment?",
    "What has been the hardest part?",
    "What would help most this week?",
)
TURNS_PER_SESSION = len(MESSAGES)  # none of them ends a session with any persona

# Installs a one-shot probe: t0 at the trusted keydown of Enter, done at the first mutation
# (or animation frame) where a new bot message exists and the box has been cleared.
PROBE = """
() => {
  const box = document.querySelector('#message textarea');
  const bots = () => document.querySelectorAll('#chat [data-testid="bot"]').length;
  const before = bots();
  window.__rhLatency = new Promise((resolve) => {
    let t0 = null;
    const check = () => {
      if (t0 !== null && bots() > before && box.value === '') {
        obs.disconnect();
        resolve(performance.now() - t0);
        return true;
      }
      return false;
    };
    const obs = new MutationObserver(check);
    const frame = () => { if (!check()) requestAnimationFrame(frame); };
    box.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && t0 === null) {
        t0 = performance.now();
        obs.observe(document.body, {childList: true, subtree: true, characterData: true});
        requestAnimationFrame(frame);
      }
    }, {capture: true, once: true});
  });
}
"""


# t0 at the press on End; done when a debrief for a new run is on screen.
DEBRIEF_PROBE = """
() => {
  const old = document.getElementById('rh-debrief-top');
  const prev = old ? old.dataset.run : null;
  window.__rhDebrief = new Promise((resolve) => {
    let t0 = null;
    const check = () => {
      const d = document.getElementById('rh-debrief-top');
      if (t0 !== null && d && d.dataset.run !== prev && d.offsetParent !== null) {
        obs.disconnect();
        resolve(performance.now() - t0);
        return true;
      }
      return false;
    };
    const obs = new MutationObserver(check);
    const frame = () => { if (!check()) requestAnimationFrame(frame); };
    document.getElementById('end-session').addEventListener('pointerdown', () => {
      if (t0 === null) {
        t0 = performance.now();
        obs.observe(document.body, {childList: true, subtree: true, attributes: true});
        requestAnimationFrame(frame);
      }
    }, {capture: true, once: true});
  });
}
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def echo_app() -> gr.Blocks:
    """The baseline: the same two components, the reply is the message. Like Rehearse it
    keeps the conversation in ``gr.State`` instead of sending the chat back each turn, so
    the baseline is as cheap as a Gradio chat gets."""

    opening: list[Any] = [{"role": "assistant", "content": "Hello. You wanted to talk?"}]

    def reply(message: str, history: list[dict[str, str]] | None) -> tuple[Any, ...]:
        history = [
            *(history or opening),
            {"role": "user", "content": message},
            {"role": "assistant", "content": message},
        ]
        return "", history, history

    with gr.Blocks(title="echo") as demo:
        chat = gr.Chatbot(value=opening, elem_id="chat", height=440)
        box = gr.Textbox(elem_id="message", show_label=False)
        state = gr.State(opening)
        again = gr.Button("Start again", elem_id="again")
        # Same progress display as Rehearse's send, so only the work behind it differs.
        box.submit(reply, [box, state], [box, state, chat], show_progress="minimal")
        again.click(lambda: (opening, opening), None, [state, chat])
    return cast(gr.Blocks, demo)


def pct(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, round(q * (len(xs) - 1)))]


def debrief(page: Any) -> float:
    """End the Rehearse session: milliseconds from the press to the debrief on screen; then
    start again with the same persona."""
    page.evaluate(DEBRIEF_PROBE)
    page.locator("#end-session").click()
    ms = float(page.evaluate("window.__rhDebrief"))
    page.wait_for_timeout(SETTLE_MS)
    page.locator("#again").click()
    page.wait_for_function(
        "() => document.querySelectorAll('#chat [data-testid=bot]').length === 1"
    )
    page.wait_for_timeout(SETTLE_MS)  # as after every measured step
    return ms


def start_again(page: Any) -> None:
    """The echo app's new "session": its chat back to the opening line."""
    page.locator("#again").click()
    page.wait_for_function(
        "() => document.querySelectorAll('#chat [data-testid=bot]').length === 1"
    )
    page.wait_for_timeout(SETTLE_MS)


def turn(page: Any, restart: str | None, i: int, ends: list[float] | None = None) -> float:
    """One measured turn: milliseconds from Enter to the rendered reply. A turn that starts
    a new session first ends the last one: Rehearse's with End (its debrief time goes to
    ``ends``) and Practise again, the echo app's with its Start again button."""
    if i and i % TURNS_PER_SESSION == 0:
        if restart:
            ms = debrief(page)
            if ends is not None:
                ends.append(ms)
        else:
            start_again(page)
    box = page.locator("#message textarea")
    box.fill(MESSAGES[i % TURNS_PER_SESSION])
    page.evaluate(PROBE)
    box.press("Enter")
    ms = float(page.evaluate("window.__rhLatency"))
    # Let follow-up events (Rehearse's hint update) finish before the other app's turn, so
    # neither app is measured while the other is still busy in this process.
    page.wait_for_timeout(SETTLE_MS)
    return ms


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=40, help="measured turns per app")
    parser.add_argument("--warmup", type=int, default=5)
    args = parser.parse_args(argv)

    from playwright.sync_api import sync_playwright

    from simulator.app import ui
    from simulator.store.database import Store

    data = Path(tempfile.mkdtemp(prefix="rehearse-bench-"))
    store = Store(data)
    store.migrate()
    rehearse = ui.build_app(store=store, users=None)
    apps = {
        "Gradio echo app": (echo_app(), None),
        "Rehearse (scripted partner)": (rehearse.blocks, "#restart"),
    }
    results: dict[str, list[float]] = {name: [] for name in apps}
    ends: list[float] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        pages: dict[str, Any] = {}
        for name, (demo, restart) in apps.items():
            port = free_port()
            if restart:
                ui.launch(rehearse, port=port, prevent_thread_lock=True, quiet=True)
            else:
                demo.queue().launch(
                    server_name="127.0.0.1",
                    server_port=port,
                    prevent_thread_lock=True,
                    quiet=True,
                    footer_links=[],
                    # As Rehearse launches (ui.launch): no run history kept in the browser.
                    run_history=False,
                )
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(f"http://127.0.0.1:{port}/")
            page.wait_for_selector("#message textarea")
            pages[name] = page
        # Turns alternate between the apps, so a busy moment on the machine hits both.
        for i in range(args.warmup + args.n):
            for name, (_demo, restart) in apps.items():
                ms = turn(pages[name], restart, i, ends if i >= args.warmup else None)
                if i >= args.warmup:
                    results[name].append(ms)
        browser.close()
        for demo, _ in apps.values():
            demo.close()
    shutil.rmtree(data, ignore_errors=True)

    echo = results["Gradio echo app"]
    print(f"\nEnter to rendered reply, {args.n} turns each after {args.warmup} warm-up turns, ")
    print(f"Chromium headless, {os.cpu_count()} cores\n")
    print("| app | p50 ms | p95 ms | mean ms |")
    print("| --- | ---: | ---: | ---: |")
    for name, xs in results.items():
        print(f"| {name} | {pct(xs, 0.5):.1f} | {pct(xs, 0.95):.1f} | {statistics.mean(xs):.1f} |")
    app = results["Rehearse (scripted partner)"]
    r50, r95 = pct(app, 0.5) / pct(echo, 0.5), pct(app, 0.95) / pct(echo, 0.95)
    print(f"| ratio | {r50:.2f}x | {r95:.2f}x | |")
    ok = r50 <= TARGET and r95 <= TARGET
    print(f"\nTarget <= {TARGET}x the echo app at p50 and p95: {'met' if ok else 'NOT met'}")
    if ends:
        e95 = pct(ends, 0.95)
        print(
            f"\nEnd to debrief on screen, {len(ends)} sessions: p50 {pct(ends, 0.5):.1f} ms, "
            f"p95 {e95:.1f} ms, max {max(ends):.1f} ms (target p95 <= {DEBRIEF_TARGET_MS:.0f} ms: "
            f"{'met' if e95 <= DEBRIEF_TARGET_MS else 'NOT met'})"
        )
        ok = ok and e95 <= DEBRIEF_TARGET_MS
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
