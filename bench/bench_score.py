"""Scoring throughput on ~70-turn transcripts, its cost relative to parsing, and how it grows.

    taskset -c 0 .venv/bin/python bench/bench_score.py [--n 2000]

Targets (one core): >= 500 transcripts/s at ~70 turns; scoring time under 5x the time to parse
the same JSONL into Transcript models; a 700-turn transcript costing about 10x a 70-turn one
(not 100x), so history handling must stay incremental.

The second table splits the scoring time per transcript into the context-aware assessment
(``assess`` on the same manager turns with the same history, on its own) and the scorer's own
work on top of it (credit, features, evidence, explanations, annotations, rewrites, scorecard
models): overhead = scoring minus assessment. Each figure is the best of ``--repeat`` runs, by
wall-clock time and by CPU time of this process; on a busy machine the CPU-time row is the
fairer one. The third table scores one long transcript at 70, 350 and 700 turns.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from simulator.content import catalog  # noqa: E402
from simulator.content.transcript import Transcript  # noqa: E402
from simulator.moves.assessment import Assessment, Speaker, assess  # noqa: E402
from simulator.scoring.scorer import analyse, score  # noqa: E402
from tests.support.synthetic import transcripts  # noqa: E402

Clock = Callable[[], float]
CLOCKS: dict[str, Clock] = {"wall": time.perf_counter, "CPU": time.process_time}
Call = tuple[str, list[tuple[Speaker, str]]]


def assessor_inputs(parsed: list[Transcript]) -> list[Call]:
    """The (text, history) pairs ``score`` hands ``assess``, taken from ``analyse`` itself so the
    assessment-only timing covers exactly the same calls."""
    calls: list[Call] = []

    def record(text: str, history: Sequence[tuple[Speaker, str]]) -> Assessment:
        calls.append((text, list(history)))  # a list, as score passes it
        return assess(text, history)

    for t in parsed:
        analyse(t, record)
    return calls


def best_of(repeat: int, run: Callable[[], object]) -> dict[str, float]:
    best = dict.fromkeys(CLOCKS, float("inf"))
    for _ in range(repeat):
        start = {name: clock() for name, clock in CLOCKS.items()}
        run()
        for name, clock in CLOCKS.items():
            best[name] = min(best[name], clock() - start[name])
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=2000, help="transcripts")
    parser.add_argument("--turns", type=int, default=70)
    parser.add_argument("--repeat", type=int, default=3, help="best of N runs")
    args = parser.parse_args(argv)
    lines = [t.model_dump_json() for t in transcripts(args.n, turns=args.turns)]
    rubric = catalog.get_rubric()
    calls = assessor_inputs([Transcript.model_validate_json(line) for line in lines])

    def parse() -> list[Transcript]:
        return [Transcript.model_validate_json(line) for line in lines]

    def parse_and_score() -> None:
        for t in parse():
            score(t, rubric)

    def assess_only() -> None:
        for text, history in calls:
            assess(text, history)

    best = {
        task: best_of(args.repeat, run)
        for task, run in (("parse", parse), ("total", parse_and_score), ("assess", assess_only))
    }
    n = args.n
    print("| clock | transcripts | turns | parse /s | parse+score /s | scoring ÷ parsing |")
    print("| --- | --- | --- | --- | --- | --- |")
    for clock in CLOCKS:  # on a loaded machine the CPU row is the one to compare
        best_parse, best_total = best["parse"][clock], best["total"][clock]
        scoring_only = best_total - best_parse
        print(
            f"| {clock} | {n} | {args.turns} | {n / best_parse:,.0f} | {n / best_total:,.0f} "
            f"| {scoring_only / best_parse:.1f}× |"
        )
    print()
    print(
        f"| ms per transcript ({len(calls) / n:.1f} manager turns) | parse | scoring "
        "| assess only | scorer overhead | overhead share |"
    )
    print("| --- | --- | --- | --- | --- | --- |")
    for clock in CLOCKS:
        parse_s, total_s, assess_s = (best[task][clock] for task in ("parse", "total", "assess"))
        scoring_s = total_s - parse_s
        overhead_s = scoring_s - assess_s
        print(
            f"| {clock} | {parse_s / n * 1e3:.3f} | {scoring_s / n * 1e3:.3f} "
            f"| {assess_s / n * 1e3:.3f} | {overhead_s / n * 1e3:.3f} "
            f"| {overhead_s / scoring_s:.0%} |"
        )
    print()
    print("| turns | ms to score one transcript | × the 70-turn cost |")
    print("| --- | --- | --- |")
    (long,) = transcripts(1, turns=700, seed=7)
    base = None
    for k in (70, 350, 700):
        t = long.model_copy(update={"turns": long.turns[:k]})
        cpu = best_of(args.repeat, lambda t=t: score(t, rubric))["CPU"]  # type: ignore[misc]
        base = base or cpu
        print(f"| {k} | {cpu * 1e3:.2f} | {cpu / base:.1f}× |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
