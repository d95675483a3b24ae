"""Load: many people practising at once against one app, through the public API.

Starts ``app.py`` on 127.0.0.1 in a subprocess (scripted partner, a scratch
``REHEARSE_DATA_DIR``; ``--db-url`` points it at another database, e.g. PostgreSQL), then:

1. **Idle**: one client plays ``--idle-turns`` turns alone; the reply latency of each
   ``/send`` (request to final output, as ``gradio_client`` sees it) gives the idle figure.
2. **Load**: ``--sessions`` clients (threads, one ``gradio_client.Client`` each) practise for
   ``--minutes``: ``/new_session``, up to ``--turns`` ``/send`` turns, ``/end_session``, again,
   pausing ``--think`` seconds on average before each turn as a person would (``--think 0``
   sends flat out: a saturation test, where latency measures the queue, not the app).
   Every manager message carries a tag unique to its session.
3. **Checks** once the app has stopped: every ended session is in the database exactly once,
   and each stored transcript holds exactly the messages its own client sent (no cross-talk).

Reported: idle and loaded p50/p95 reply latency, and the server's resident memory (VmRSS)
after the first minute and after the run. Targets (issue 15): loaded p95 <= 2x idle p95;
memory after the run within 20% of its level after the first minute.

    .venv/bin/python bench/bench_load.py                  # 50 sessions for 5 minutes
    .venv/bin/python bench/bench_load.py --minutes 1      # a quick look

Exit status 1 if a session was lost or crossed with another; the latency and memory targets
are reported, not enforced (they depend on what else the machine is doing).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from gradio_client import Client  # noqa: E402

from simulator.content import catalog  # noqa: E402
from simulator.store.database import Store  # noqa: E402
from tests.support.servers import free_port  # noqa: E402

LATENCY_TARGET = 2.0
MEMORY_TARGET = 0.20
# Neutral turns keep every persona talking (no shutdown, no early end) for a whole session.
PHRASES = ("Okay.", "I see.", "Go on.", "Right.", "Mm-hm.", "Tell me more.")


@dataclass
class Played:
    """What one client did: each ended session's tag and the messages the app accepted."""

    sessions: dict[str, list[str]] = field(default_factory=dict)
    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def _chat(outputs: Any) -> list[dict[str, Any]] | None:
    """The chat history among an endpoint's outputs (robust to their order)."""
    for out in outputs if isinstance(outputs, list | tuple) else [outputs]:
        value = out.get("value", out) if isinstance(out, dict) else out
        if isinstance(value, list) and all(isinstance(m, dict) and "role" in m for m in value):
            return value
    return None


def _texts(outputs: Any) -> str:
    parts = outputs if isinstance(outputs, list | tuple) else [outputs]
    return " ".join(str(p) for p in parts)


def _client(url: str) -> Client:
    # ssl_verify=False only stops httpx loading the CA bundle per request on plain HTTP.
    return Client(url, verbose=False, download_files=False, ssl_verify=False)


def play(
    client: Client,
    who: int,
    persona: str,
    turns: int,
    until: float,
    played: Played,
    max_sessions: int | None = None,
    think: float = 0.0,
) -> None:
    """Sessions until ``until`` (or ``max_sessions``): start, up to ``turns`` turns, end;
    record what the app accepted. ``think`` is the mean pause before each message (a person
    reads the reply and types), jittered so clients do not march in step."""
    rng = random.Random(who)
    n = 0
    while time.monotonic() < until and (max_sessions is None or n < max_sessions):
        tag = f"c{who:02d}s{n:03d}"
        n += 1
        try:
            chat = _chat(client.predict(persona, api_name="/new_session")) or []
            accepted: list[str] = []
            for t in range(turns):
                if time.monotonic() >= until:
                    break
                text = f"{PHRASES[t % len(PHRASES)]} [{tag}-{t}]"
                if think:
                    time.sleep(think * rng.uniform(0.5, 1.5))
                start = time.perf_counter()
                out = client.predict(text, api_name="/send")
                played.latencies.append(time.perf_counter() - start)
                after = _chat(out) or []
                if len(after) > len(chat):
                    accepted.append(text)
                chat = after
            if not accepted:
                continue  # a session with nothing said is not stored, by design
            end = client.predict(api_name="/end_session")
            if "Saved to your history" not in _texts(end):
                played.errors.append(f"{tag}: not saved: {_texts(end)[:300]}")
            played.sessions[tag] = accepted
        except Exception as exc:  # collected: one client's failure must not hide the others'
            played.errors.append(f"{tag}: {exc!r}")


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


def _cpu_s(pid: int) -> float:
    """CPU seconds (user + system) process ``pid`` has used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _load() -> float:
    return os.getloadavg()[0]


def _percentile(values: Sequence[float], q: int) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1] if values else 0.0


def _start_app(port: int, data_dir: Path, db_url: str | None) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("REHEARSE_")}
    env |= {"REHEARSE_DATA_DIR": str(data_dir), "GRADIO_ANALYTICS_ENABLED": "False"}
    if db_url:
        env["REHEARSE_DB_URL"] = db_url
    log = (data_dir / "app.log").open("wb")
    proc = subprocess.Popen(
        [sys.executable, str(ROOT / "app.py"), "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 180
    import httpx

    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"app exited: {(data_dir / 'app.log').read_text()[-3000:]}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/", timeout=2).status_code < 500:
                return proc
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    proc.terminate()
    raise SystemExit("app did not start within 180 s")


def check(store: Store, played: list[Played]) -> list[str]:
    """Every ended session stored once, each with exactly its own client's messages."""
    problems: list[str] = []
    expected = {tag: texts for p in played for tag, texts in p.sessions.items()}
    seen: dict[str, str] = {}
    for row in store.sessions("local"):
        said = [t.text for t in row.transcript.turns if t.speaker == "manager"]
        tags = {text.rsplit("[", 1)[-1].rsplit("-", 1)[0] for text in said}
        if len(tags) != 1:
            problems.append(f"{row.id}: messages from several sessions: {sorted(tags)}")
            continue
        tag = tags.pop()
        if tag in seen:
            problems.append(f"{tag}: stored twice ({seen[tag]}, {row.id})")
        seen[tag] = row.id
        if expected.get(tag) != said:
            problems.append(f"{tag}: stored {said!r}, sent {expected.get(tag)!r}")
    for tag in sorted(set(expected) - set(seen)):
        problems.append(f"{tag}: ended but not in the database")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=50, help="concurrent clients (50)")
    parser.add_argument("--minutes", type=float, default=5.0, help="length of the load (5)")
    parser.add_argument("--turns", type=int, default=8, help="turns per session (8)")
    parser.add_argument(
        "--think",
        type=float,
        default=2.0,
        help="mean seconds a person takes to read and type each turn (2; 0 = flat out)",
    )
    parser.add_argument("--idle-turns", type=int, default=30, help="turns for the idle figure")
    parser.add_argument("--db-url", default=None, help="REHEARSE_DB_URL for the app")
    parser.add_argument("--keep", action="store_true", help="keep the data folder")
    args = parser.parse_args(argv)

    data_dir = Path(tempfile.mkdtemp(prefix="rehearse-load-"))
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    personas = sorted(catalog.personas())
    proc = _start_app(port, data_dir, args.db_url)
    loads = {"start": _load()}
    try:
        # Idle: one client alone (after two warm-up turns).
        idle = Played()
        solo = _client(url)
        warm = Played()
        play(solo, 99, personas[0], 2, time.monotonic() + 60, warm, max_sessions=1)
        sessions = -(-args.idle_turns // args.turns)
        play(solo, 98, personas[0], args.turns, time.monotonic() + 600, idle, sessions)
        idle_lat = idle.latencies[: args.idle_turns]
        loads["idle"] = _load()

        # Load.
        clients = [_client(url) for _ in range(args.sessions)]
        played = [Played() for _ in clients]
        start = time.monotonic()
        cpu_start, own_start = _cpu_s(proc.pid), sum(os.times()[:2])
        until = start + args.minutes * 60
        threads = [
            threading.Thread(
                target=play,
                args=(
                    c,
                    i,
                    personas[i % len(personas)],
                    args.turns,
                    until,
                    played[i],
                    None,
                    args.think,
                ),
                daemon=True,
            )
            for i, c in enumerate(clients)
        ]
        for t in threads:
            t.start()
        first_minute = min(60.0, args.minutes * 60 / 2)
        rss_first = 0.0
        samples: list[tuple[float, float]] = []
        next_sample = start
        while any(t.is_alive() for t in threads):
            now = time.monotonic()
            if now >= next_sample:
                samples.append((now - start, _rss_mb(proc.pid)))
                next_sample += 10
            if not rss_first and now - start >= first_minute:
                rss_first = _rss_mb(proc.pid)
                loads["first"] = _load()
            time.sleep(0.5)
        rss_first = rss_first or samples[-1][1]
        elapsed = time.monotonic() - start
        rss_end = _rss_mb(proc.pid)
        server_cpu = _cpu_s(proc.pid) - cpu_start
        client_cpu = sum(os.times()[:2]) - own_start
        loads["end"] = _load()
    finally:
        proc.terminate()
        proc.wait(timeout=60)

    store = Store(data_dir, url=args.db_url)
    problems = check(store, [warm, idle, *played])
    stored = len(store.sessions("local"))
    store.close()
    errors = [e for p in [warm, idle, *played] for e in p.errors]
    loaded = [x for p in played for x in p.latencies]
    ended = sum(len(p.sessions) for p in [warm, idle, *played])
    idle_p50, idle_p95 = statistics.median(idle_lat), _percentile(idle_lat, 95)
    load_p50, load_p95 = statistics.median(loaded), _percentile(loaded, 95)
    ratio = load_p95 / idle_p95 if idle_p95 else float("inf")
    growth = (rss_end - rss_first) / rss_first

    print(f"# Load: {args.sessions} sessions for {elapsed / 60:.1f} min on 127.0.0.1")
    print(f"\nthink time: {args.think:.1f} s mean per turn")
    where = ", ".join(f"{k} {v:.1f}" for k, v in loads.items())
    print(f"\nmachine: {os.cpu_count()} CPUs; 1-min load average at {where}")
    print(f"database: {args.db_url or 'SQLite in the data folder'}\n")
    print("| measure | value | target |")
    print("|---|---|---|")
    print(f"| sessions ended / stored | {ended} / {stored} | equal |")
    lost = sum("not in the database" in x for x in problems)
    print(f"| lost sessions | {lost} | 0 |")
    print(f"| crossed or doubled sessions | {len(problems) - lost} | 0 |")
    print(f"| client errors | {len(errors)} | 0 |")
    print(f"| turns under load | {len(loaded)} ({len(loaded) / elapsed:.1f}/s) | |")
    print(f"| idle reply p50 / p95 | {idle_p50 * 1000:.0f} / {idle_p95 * 1000:.0f} ms | |")
    print(f"| loaded reply p50 / p95 | {load_p50 * 1000:.0f} / {load_p95 * 1000:.0f} ms | |")
    per_turn = server_cpu / len(loaded) * 1000 if loaded else 0.0
    print(
        f"| server CPU under load | {server_cpu:.0f} s ({server_cpu / elapsed:.0%} of a core; "
        f"{per_turn:.0f} ms per turn, session ends included) | |"
    )
    print(f"| this client's CPU (same machine) | {client_cpu:.0f} s | |")
    ok = "met" if ratio <= LATENCY_TARGET else "missed"
    print(f"| loaded p95 / idle p95 | {ratio:.1f}x | <= {LATENCY_TARGET:.0f}x ({ok}) |")
    ok = "met" if abs(growth) <= MEMORY_TARGET else "missed"
    print(
        f"| server RSS after {first_minute / 60:.1f} min -> end | {rss_first:.0f} -> "
        f"{rss_end:.0f} MB ({growth:+.0%}) | within {MEMORY_TARGET:.0%} ({ok}) |"
    )
    trend = ", ".join(f"{t:.0f}s {mb:.0f}" for t, mb in samples)
    print(f"\nserver RSS (MB) every 10 s: {trend}")
    for line in (problems + errors)[:20]:
        print(f"- {line}")
    if args.keep:
        print(f"\ndata folder kept: {data_dir}")
    else:
        shutil.rmtree(data_dir, ignore_errors=True)
    return 1 if problems or errors or ended != stored else 0


if __name__ == "__main__":
    raise SystemExit(main())
