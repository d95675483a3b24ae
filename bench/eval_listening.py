"""Does the employee open up only to real listening? Every style against every persona.

    .venv/bin/python bench/eval_listening.py [--turns 20] [--repeat 200]

Plays each manager style in ``tests/conversation/_styles.py`` (skilled, blunt and nine ways of
gaming a listener) through a real :class:`Session` with the scripted partner, and prints:

1. per style x persona: layers uncovered, commitment, end reason and the scorer's overall score;
2. per persona: the distinct good turns each deeper layer needs (on its topic / off it), and
   the good turns the skilled run had spent when each layer opened;
3. the engine's own cost per manager turn (``Engine.step`` alone, and with ``assess``), from
   the recorded turns of every run, so the 1 ms budget is measured, not assumed.

Targets (exit code 1 if missed): no gaming run uncovers more than one layer or gets a
commitment; blunt never commits; skilled uncovers at least two layers on average; an engine
step takes at most 1 ms (p95).
"""

from __future__ import annotations

import argparse
import copy
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from simulator.content import catalog  # noqa: E402
from simulator.conversation.engine import GOOD_TURNS, PRIVATE_TOTAL, Engine  # noqa: E402
from simulator.moves.assessment import Assessment, Speaker, assess  # noqa: E402
from simulator.moves.vocabulary import Move  # noqa: E402
from simulator.scoring.scorer import score  # noqa: E402
from tests.conversation._styles import GAMING, PERSONAS, STYLES, Played, play  # noqa: E402

STEP_BUDGET_MS = 1.0


def _cell(p: Played, overall: float | None) -> str:
    o = p.outcome
    agreed = "agreed" if o.committed else "-"
    shown = f"{overall:.2f}" if overall is not None else "unscored"
    return f"{len(o.layers_disclosed)}/{o.layers_total} · {agreed} · {o.end_reason} · {shown}"


def outcomes_table(runs: dict[tuple[str, str], Played]) -> list[str]:
    rubric = catalog.get_rubric()
    out = [
        "Layers uncovered · next step · end reason · overall score, per style and persona.\n",
        "| style | " + " | ".join(PERSONAS) + " | mean layers |",
        "| --- " * (len(PERSONAS) + 2) + "|",
    ]
    for style in STYLES:
        cells, layers = [], []
        for pid in PERSONAS:
            played = runs[(style, pid)]
            card = score(played.session.transcript(), rubric)
            cells.append(_cell(played, card.overall))
            layers.append(len(played.outcome.layers_disclosed))
        out.append(f"| {style} | " + " | ".join(cells) + f" | {statistics.mean(layers):.1f} |")
    return out


def good_turns_table(runs: dict[tuple[str, str], Played]) -> list[str]:
    out = [
        "\nDistinct good turns needed since the last disclosure (on the layer's topic / off it), "
        "the whole-conversation minimum for the most private layer, and what the skilled run "
        "had spent (good turns so far, at manager turn N) when each layer opened.\n",
        "| persona | difficulty | stressor | private | private total | skilled run |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for pid in PERSONAS:
        persona = catalog.get_persona(pid)
        needs: dict[str, str] = {}
        for layer in persona.layers[1:]:
            k = layer.unlock.good_turns or GOOD_TURNS[persona.difficulty][layer.kind]
            needs[layer.kind] = f"{k} / {k + 1}" + (f", trust ≥ {layer.unlock.min_trust:g}")
        played = runs[("skilled", pid)]
        opened, good = [], 0
        for r in played.outcome.turns:
            good += r.good
            if r.layer:
                opened.append(f"{r.layer}: {good} at turn {r.turn}")
        out.append(
            f"| {pid} | {persona.difficulty} | {needs.get('stressor', '-')} | "
            f"{needs.get('private', '-')} | {PRIVATE_TOTAL[persona.difficulty]} | "
            + "; ".join(opened)
            + " |"
        )
    return out


def _ideal_turns(persona_id: str, on_topic: bool) -> list[int]:
    """Good turns an ideal listener needs to reach each layer: every turn a grounded
    reflection and open question, on the next layer's topic or never on any topic."""
    persona = catalog.get_persona(persona_id)
    engine = Engine(persona)
    reached: list[int] = []
    for n in range(1, persona.max_turns + 1):
        locked = next((x for x in persona.layers if x.id not in engine.state.disclosed), None)
        if locked is None or engine.state.ended:
            break
        topic = locked.topics[0] if on_topic and locked.topics else "it"
        text = f"So it's {topic}, and it's been sitting with you. What's that been like?"
        a = Assessment(
            text,
            (Move.OPEN_QUESTION, Move.REFLECTION),
            {},
            ("busy",),
            True,
            False,
            None,
            None,
            False,
        )
        if engine.step(a, text).layer:
            reached.append(n)
    return reached


def ideal_table() -> list[str]:
    out = [
        "\nMeasured: manager turns an ideal listener (every turn a grounded reflection and an "
        "open question) needs to open each layer, on each layer's topic / never on topic.\n",
        "| persona | difficulty | start trust | surface | stressor | private |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for pid in PERSONAS:
        p = catalog.get_persona(pid)
        on, off = _ideal_turns(pid, True), _ideal_turns(pid, False)
        cells = [
            f"{on[i] if i < len(on) else '–'} / {off[i] if i < len(off) else '–'}"
            for i in range(len(p.layers))
        ]
        out.append(f"| {pid} | {p.difficulty} | {p.initial.trust:g} | " + " | ".join(cells) + " |")
    return out


def step_costs(runs: dict[tuple[str, str], Played], repeat: int) -> tuple[list[float], list[float]]:
    """Milliseconds per manager turn: Engine.step alone, and assess + step.

    Each turn is timed ``repeat`` times from the same state and its median kept, so another
    process taking the core for a moment (the machine is shared) does not count as our cost.
    """
    step_ms: list[float] = []
    both_ms: list[float] = []
    for played in runs.values():
        persona = played.session.persona
        turns = played.session.turns
        history: list[tuple[Speaker, str]] = [(turns[0].speaker, turns[0].text)]
        engine = Engine(persona)
        for turn in turns[1:]:
            if turn.speaker == "manager" and not engine.state.ended:
                state = copy.deepcopy(engine.state)
                alone, total = [], []
                for _ in range(repeat):
                    engine.state = copy.deepcopy(state)
                    t0 = time.perf_counter()
                    a = assess(turn.text, history)
                    t1 = time.perf_counter()
                    engine.step(a, turn.text, history)
                    t2 = time.perf_counter()
                    alone.append(t2 - t1)
                    total.append(t2 - t0)
                step_ms.append(statistics.median(alone) * 1000)
                both_ms.append(statistics.median(total) * 1000)
            history.append((turn.speaker, turn.text))
    return step_ms, both_ms


def transcript(played: Played) -> str:
    """The run as a manager would read it, with the hidden state and its reasons."""
    turns = played.session.turns
    out = [f"{played.session.persona.name.split()[0]}: {turns[0].text}"]
    pairs = zip(turns[1::2], turns[2::2], strict=False)
    for record, (said, reply) in zip(played.outcome.turns, pairs, strict=False):
        out += [f"Manager: {said.text}", f"Employee: {reply.text}"]
        why = "; ".join(c.text for c in record.changes) or "no change"
        state = f"trust {record.trust:g} · stress {record.stress:g}"
        out.append(f"    [{record.reaction} · {state}: {why}]")
    o = played.outcome
    out.append(
        f"Layers {o.layers_disclosed}, needs {o.needs_surfaced}, agreed {o.agreed!r}, "
        f"ended {o.end_reason}"
    )
    return "\n".join(out)


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def check(runs: dict[tuple[str, str], Played], step_p95: float) -> list[str]:
    """The targets missed, as readable lines (empty when all are met)."""
    missed = []
    for (style, pid), p in runs.items():
        o = p.outcome
        if style in GAMING and (len(o.layers_disclosed) > 1 or o.committed):
            layers = len(o.layers_disclosed)
            missed.append(f"{style} x {pid}: {layers} layers, committed={o.committed}")
        if style == "blunt" and o.committed:
            missed.append(f"blunt x {pid} got a commitment")
    skilled = [len(runs[("skilled", pid)].outcome.layers_disclosed) for pid in PERSONAS]
    if statistics.mean(skilled) < 2:
        missed.append(f"skilled uncovers {statistics.mean(skilled):.2f} layers on average (< 2)")
    if step_p95 > STEP_BUDGET_MS:
        missed.append(f"engine step p95 {step_p95:.3f} ms > {STEP_BUDGET_MS} ms")
    return missed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--turns", type=int, default=20, help="manager turns per session (max)")
    parser.add_argument("--repeat", type=int, default=25, help="timing repeats per turn")
    parser.add_argument(
        "--show",
        nargs=2,
        metavar=("STYLE", "PERSONA"),
        help="print one run's transcript with trust, stress and reasons, then stop",
    )
    args = parser.parse_args(argv)
    if args.show:
        style, pid = args.show
        print(transcript(play(STYLES[style], pid, args.turns)))
        return 0
    runs = {
        (style, pid): play(script, pid, args.turns)
        for style, script in STYLES.items()
        for pid in PERSONAS
    }
    print("\n".join(outcomes_table(runs)))
    print("\n".join(good_turns_table(runs)))
    print("\n".join(ideal_table()))
    step_ms, both_ms = step_costs(runs, args.repeat)
    print(
        f"\nEngine cost per manager turn over {len(step_ms)} turns: Engine.step p50 "
        f"{statistics.median(step_ms):.3f} ms, p95 {_pct(step_ms, 0.95):.3f} ms, max "
        f"{max(step_ms):.3f} ms; assess + step p50 {statistics.median(both_ms):.3f} ms, p95 "
        f"{_pct(both_ms, 0.95):.3f} ms."
    )
    missed = check(runs, _pct(step_ms, 0.95))
    print("\nTargets: " + ("all met." if not missed else "MISSED:\n- " + "\n- ".join(missed)))
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
