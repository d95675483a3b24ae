"""Scoring throughput on ~70-turn transcripts, and its cost relative to just parsing them.

    taskset -c 0 .venv/bin/python bench/bench_score.py [--n 2000]

Targets (one core): >= 500 transcripts/s; scoring time under 5x the time to parse the same
JSONL into Transcript models.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from simulator import catalog  # noqa: E402
from simulator.scoring import score  # noqa: E402
from simulator.transcript import Transcript  # noqa: E402
from tests.support.synthetic import transcripts  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=2000, help="transcripts")
    parser.add_argument("--turns", type=int, default=70)
    parser.add_argument("--repeat", type=int, default=3, help="best of N runs")
    args = parser.parse_args(argv)
    lines = [t.model_dump_json() for t in transcripts(args.n, turns=args.turns)]
    rubric = catalog.get_rubric()

    def parse() -> list[Transcript]:
        return [Transcript.model_validate_json(line) for line in lines]

    def parse_and_score() -> None:
        for t in parse():
            score(t, rubric)

    best_parse = best_total = float("inf")
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        parse()
        t1 = time.perf_counter()
        parse_and_score()
        t2 = time.perf_counter()
        best_parse = min(best_parse, t1 - t0)
        best_total = min(best_total, t2 - t1)
    scoring_only = best_total - best_parse
    print("| transcripts | turns | parse /s | parse+score /s | scoring ÷ parsing |")
    print("| --- | --- | --- | --- | --- |")
    print(
        f"| {args.n} | {args.turns} | {args.n / best_parse:,.0f} | {args.n / best_total:,.0f} "
        f"| {scoring_only / best_parse:.1f}× |"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
