"""Rehearse's own cost per partner turn, next to a raw openai SDK call to the same server.

Both paths send the same messages (the partner's system prompt and history) with the same
``max_tokens``, ``temperature=0`` and stop sequence to a local llama.cpp server, so both
generate the same tokens; runs alternate between the two so the server's prompt cache helps
both equally. The partner path adds prompt building, the guards, the retry wrapper and the
provider layer. The persona's word limit is raised so the guard does not cut the reply short
(which would make the partner look faster than the raw call).

A second table times the partner against an in-memory model that replays the same chunks
instantly: the pure in-process overhead, without any network or model time.

    python bench/bench_partner_overhead.py            # starts llama.cpp with SmolLM2
    python bench/bench_partner_overhead.py --base-url http://127.0.0.1:8080/v1 -n 30

Target: partner p50 <= 1.2 x raw p50 + 10 ms.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import openai  # noqa: E402

from simulator.content._yamlfile import load_model  # noqa: E402
from simulator.content.personas import Persona, Style  # noqa: E402
from simulator.content.transcript import Turn  # noqa: E402
from simulator.conversation.engine import Engine  # noqa: E402
from simulator.conversation.llm import STOP, LLMPartner, build_messages  # noqa: E402
from simulator.conversation.scripted import ScriptedPartner  # noqa: E402
from simulator.models import get_model  # noqa: E402
from simulator.models.base import Message  # noqa: E402
from simulator.moves.assessment import Speaker, assess  # noqa: E402
from tests.support.llama_server import LlamaServer  # noqa: E402

PERSONA = ROOT / "tests" / "fixtures" / "llm" / "persona.yaml"
MANAGER = "How are things going with the reports? What's been happening?"


def pct(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def setup() -> tuple[Persona, Any, Any, list[Turn]]:
    persona = load_model(Persona, PERSONA)
    persona = persona.model_copy(
        update={"style": Style(description=persona.style.description, max_words=300)}
    )
    engine = Engine(persona)
    before: list[tuple[Speaker, str]] = [("employee", persona.opening_line)]
    outcome = engine.step(assess(MANAGER, before), MANAGER, before)
    history = [
        Turn(speaker="employee", text=persona.opening_line),
        Turn(speaker="manager", text=MANAGER),
    ]
    return persona, engine.state, outcome, history


def raw_call(
    client: openai.OpenAI, messages: list[Message], max_tokens: int
) -> tuple[float, float, list[str]]:
    start = time.perf_counter()
    first = 0.0
    chunks: list[str] = []
    stream = client.chat.completions.create(
        model="smollm2",
        messages=[m.as_dict() for m in messages],  # type: ignore[misc]
        stream=True,
        max_tokens=max_tokens,
        temperature=0.0,
        stop=list(STOP),
    )
    for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            if not first:
                first = time.perf_counter() - start
            chunks.append(chunk.choices[0].delta.content)
    return time.perf_counter() - start, first, chunks


def partner_call(
    model: Any, persona: Persona, state: Any, outcome: Any, history: list[Turn], max_tokens: int
) -> tuple[float, float, str, int]:
    partner = LLMPartner(model, temperature=0.0, max_tokens=max_tokens)
    start = time.perf_counter()
    first = 0.0
    parts = []
    for chunk in partner.reply(persona, state, outcome, history):
        if not first:
            first = time.perf_counter() - start
        parts.append(chunk)
    return time.perf_counter() - start, first, "".join(parts), len(partner.audit.attempts)


class InstantModel:
    """Replays fixed chunks with no delay: isolates Rehearse's in-process work."""

    name = "instant"

    def __init__(self, chunks: list[str]) -> None:
        self.chunks = chunks

    def describe(self) -> str:
        return "instant"

    def stream(self, messages: Sequence[Message], **_: Any) -> Iterator[str]:
        yield from self.chunks

    def structured(self, *a: Any, **k: Any) -> Any:  # pragma: no cover - not used
        raise NotImplementedError


def run(base_url: str, n: int, max_tokens: int) -> None:
    persona, state, outcome, history = setup()
    gist = ScriptedPartner(0).line_for(persona, state, outcome)
    messages = build_messages(persona, state, outcome, history, gist=gist)
    client = openai.OpenAI(base_url=base_url, api_key="not-needed", max_retries=0, timeout=120)
    model = get_model("openai:smollm2", base_url=base_url, timeout=120, total_timeout=300)

    # Warm up both paths (model load, prompt cache, connection pools).
    raw_call(client, messages, max_tokens)
    partner_call(model, persona, state, outcome, history, max_tokens)

    raw_t, raw_f, app_t, app_f = [], [], [], []
    attempts: list[int] = []
    chunks: list[str] = []
    reply = ""
    for i in range(n):
        order = ("raw", "app") if i % 2 == 0 else ("app", "raw")
        for which in order:
            if which == "raw":
                total, first, chunks = raw_call(client, messages, max_tokens)
                raw_t.append(total)
                raw_f.append(first)
            else:
                total, first, reply, tries = partner_call(
                    model, persona, state, outcome, history, max_tokens
                )
                app_t.append(total)
                app_f.append(first)
                attempts.append(tries)

    ms = 1000.0
    raw50, raw95 = pct(raw_t, 0.5) * ms, pct(raw_t, 0.95) * ms
    app50, app95 = pct(app_t, 0.5) * ms, pct(app_t, 0.95) * ms
    print(f"\nServer {base_url}, {n} runs each, max_tokens={max_tokens}, temperature 0\n")
    print("| path | p50 ms | p95 ms | first chunk p50 ms |")
    print("| --- | ---: | ---: | ---: |")
    print(f"| raw openai SDK | {raw50:.1f} | {raw95:.1f} | {pct(raw_f, 0.5) * ms:.1f} |")
    print(f"| Rehearse LLMPartner | {app50:.1f} | {app95:.1f} | {pct(app_f, 0.5) * ms:.1f} |")
    print(f"| ratio | {app50 / raw50:.3f} | {app95 / raw95:.3f} | |")
    target = 1.2 * raw50 + 10
    verdict = "PASS" if app50 <= target else "FAIL"
    print(f"\nTarget p50 <= 1.2 x raw + 10 ms = {target:.1f} ms: {verdict}")
    if any(a > 1 for a in attempts):
        print(f"note: some partner turns were retried by the guards: attempts {attempts}")
    same = reply.strip() == "".join(chunks).strip()
    print(f"same text on both paths: {same}")

    # In-process overhead, no I/O: prompt building, guards, provider-independent layers.
    instant = InstantModel(chunks)
    times = []
    for _ in range(max(200, 20 * n)):
        times.append(partner_call(instant, persona, state, outcome, history, max_tokens)[0])
    print("\n| in-process overhead per turn (no I/O) | p50 ms | p95 ms |")
    print("| --- | ---: | ---: |")
    print(
        f"| LLMPartner over {len(chunks)} chunks | {statistics.median(times) * ms:.3f} "
        f"| {pct(times, 0.95) * ms:.3f} |"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-url", help="use this running server instead of starting one")
    parser.add_argument("-n", type=int, default=20, help="runs per path (default 20)")
    parser.add_argument("--max-tokens", type=int, default=48)
    args = parser.parse_args(argv)
    if args.base_url:
        run(args.base_url, args.n, args.max_tokens)
    else:
        with LlamaServer() as server:
            run(server.base_url, args.n, args.max_tokens)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
