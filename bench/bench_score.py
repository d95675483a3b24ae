"""Scoring throughput on ~70-turn transcripts, and its cost relative to just parsing them.

    taskset -c 0 .venv/bin/python bench/bench_score.py [--n 2000]

Targets (one core): >= 500 transcripts/s; scoring time under 5x the time to parse the same
JSONL into Transcript models.

A second table splits the scoring time per transcript into the move detector (``detect`` on
the same manager turns, with the same context, on its own) and the scorer's own overhead on
top of it (features, evidence, annotations, rewrites, scorecard models): overhead = scoring
minus detection. Each figure is the best of ``--repeat`` runs, by wall-clock time and by CPU
time of this process; on a busy machine the CPU-time row is the fairer one.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from simulator.content import catalog  # noqa: E402
from simulator.content.transcript import Transcript  # noqa: E402
from simulator.moves.detector import Detection, detect  # noqa: E402
from simulator.scoring.scorer import analyse, score  # noqa: E402
from tests.support.synthetic import transcripts  # noqa: E402

Clock = Callable[[], float]
CLOCKS: dict[str, Clock] = {"wall": time.perf_counter, "CPU": time.process_time}


def detector_inputs(parsed: list[Transcript]) -> list[tuple[str, str | None]]:
    """The (text, prev) pairs ``score`` hands the detector, taken from ``analyse`` itself so the
    detector-only timing covers exactly the same calls."""
    pairs: list[tuple[str, str | None]] = []

    def record(text: str, prev: str | None) -> Detection:
        pairs.append((text, prev))
        return detect(text, prev)

    for t in parsed:
        analyse(t, record)
    return pairs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=2000, help="transcripts")
    parser.add_argument("--turns", type=int, default=70)
    parser.add_argument("--repeat", type=int, default=3, help="best of N runs")
    args = parser.parse_args(argv)
    lines = [t.model_dump_json() for t in transcripts(args.n, turns=args.turns)]
    rubric = catalog.get_rubric()
    pairs = detector_inputs([Transcript.model_validate_json(line) for line in lines])

    def parse() -> list[Transcript]:
        return [Transcript.model_validate_json(line) for line in lines]

    def parse_and_score() -> None:
        for t in parse():
            score(t, rubric)

    def detect_only() -> None:
        for text, prev in pairs:
            detect(text, prev)

    best = {
        (task, clock): float("inf") for task in ("parse", "total", "detect") for clock in CLOCKS
    }
    for _ in range(args.repeat):
        for task, run in (("parse", parse), ("total", parse_and_score), ("detect", detect_only)):
            start = {name: clock() for name, clock in CLOCKS.items()}
            run()
            for name, clock in CLOCKS.items():
                best[task, name] = min(best[task, name], clock() - start[name])

    n = args.n
    best_parse, best_total = best["parse", "wall"], best["total", "wall"]
    scoring_only = best_total - best_parse
    print("| transcripts | turns | parse /s | parse+score /s | scoring ÷ parsing |")
    print("| --- | --- | --- | --- | --- |")
    print(
        f"| {n} | {args.turns} | {n / best_parse:,.0f} | {n / best_total:,.0f} "
        f"| {scoring_only / best_parse:.1f}× |"
    )
    print()
    print(
        f"| ms per transcript ({len(pairs) / n:.1f} manager turns) | parse | scoring "
        "| detector only | scorer overhead | overhead share |"
    )
    print("| --- | --- | --- | --- | --- | --- |")
    for clock in CLOCKS:
        parse_s, total_s, detect_s = (best[task, clock] for task in ("parse", "total", "detect"))
        scoring_s = total_s - parse_s
        overhead_s = scoring_s - detect_s
        print(
            f"| {clock} | {parse_s / n * 1e3:.3f} | {scoring_s / n * 1e3:.3f} "
            f"| {detect_s / n * 1e3:.3f} | {overhead_s / n * 1e3:.3f} "
            f"| {overhead_s / scoring_s:.0%} |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
