"""Scoring throughput on ~70-turn transcripts, its cost relative to parsing, and how it grows.

    taskset -c 0 .venv/bin/python bench/bench_score.py [--n 2000] [--distinct] [--profile 30]

Targets (one core): >= 500 transcripts/s at ~70 turns; scoring time under 5x the time to parse
the same JSONL into Transcript models; a 700-turn transcript costing about 10x a 70-turn one
(not 100x), so history handling must stay incremental.

The second table splits the scoring time per transcript into the context-aware assessment
(``assess`` on the same manager turns with the same history, on its own) and the scorer's own
work on top of it (credit, features, evidence, explanations, annotations, rewrites, scorecard
models): overhead = scoring minus assessment. Each figure is the best of ``--repeat`` runs, by
wall-clock time and by CPU time of this process; on a busy machine the CPU-time row is the
fairer one. The third table scores one long transcript at 70, 350 and 700 turns.

The synthetic transcripts are built from templates, so their lines recur across a batch (as a
scripted partner's do) and the assessment's per-line caches hit often. ``--distinct`` measures
the worst case instead: every transcript talks about its own made-up project and people, so
almost no line recurs across the batch (the share of distinct lines is printed).
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
from simulator.scoring.analysis import analyse  # noqa: E402
from simulator.scoring.scorer import _forget, score  # noqa: E402
from tests.support import synthetic  # noqa: E402
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


_SYLLABLES = [
    "ka",
    "ro",
    "mi",
    "tel",
    "van",
    "sor",
    "bu",
    "den",
    "fi",
    "lo",
    "ga",
    "pra",
    "zu",
    "nem",
    "tis",
    "ho",
    "ral",
    "quen",
    "do",
    "vy",
]


def _made_up(n: int) -> str:
    """A pronounceable made-up word, different for every ``n``."""
    out = []
    n += len(_SYLLABLES)  # at least two syllables
    while n:
        n, r = divmod(n, len(_SYLLABLES))
        out.append(_SYLLABLES[r])
    return "".join(out)


def distinct(batch: list[Transcript]) -> list[Transcript]:
    """The batch with each transcript's projects and people renamed to its own made-up names."""
    topics = {topic: i for i, topic in enumerate(synthetic.TOPICS)}
    people = {person: i for i, person in enumerate(synthetic.PEOPLE)}
    out = []
    for k, t in enumerate(batch):
        turns = []
        for turn in t.turns:
            text = turn.text
            for topic, i in topics.items():
                text = text.replace(topic, f"the {_made_up(k * 40 + i)} rollout")
            for person, i in people.items():
                text = text.replace(person, _made_up(k * 40 + 20 + i).capitalize())
            turns.append(turn.model_copy(update={"text": text}))
        out.append(t.model_copy(update={"turns": turns}))
    return out


def best_of(repeat: int, run: Callable[[], object]) -> dict[str, float]:
    """The best time of ``repeat`` runs, each from cold: the assessment's caches of lines it has
    seen are emptied first, so no run profits from the one before."""
    best = dict.fromkeys(CLOCKS, float("inf"))
    for _ in range(repeat):
        _forget()
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
    parser.add_argument("--distinct", action="store_true", help="no line recurs across the batch")
    parser.add_argument(
        "--profile",
        type=int,
        metavar="N",
        default=0,
        help="then profile scoring the batch from cold (cProfile) and print the top N functions",
    )
    args = parser.parse_args(argv)
    batch = list(transcripts(args.n, turns=args.turns))
    if args.distinct:
        batch = distinct(batch)
    lines = [t.model_dump_json() for t in batch]
    texts = [turn.text for t in batch for turn in t.turns]
    print(f"{len(set(texts)) / len(texts):.0%} of the {len(texts):,} lines are distinct\n")
    rubric = catalog.get_rubric()
    del batch, texts  # kept objects make every collection slower, parsing above all

    def parse() -> list[Transcript]:
        return [Transcript.model_validate_json(line) for line in lines]

    def parse_and_score() -> None:
        for t in parse():
            score(t, rubric)

    # Parse and score are timed before the assessment-only inputs exist: those hold a copy of
    # every history (tens of thousands of lists), and while they are alive each garbage
    # collection walks them, which made parsing look 2-3x slower than it is.
    best = {
        task: best_of(args.repeat, run)
        for task, run in (("parse", parse), ("total", parse_and_score))
    }
    calls = assessor_inputs([Transcript.model_validate_json(line) for line in lines])

    def assess_only() -> None:
        for text, history in calls:
            assess(text, history)

    best["assess"] = best_of(args.repeat, assess_only)
    manager_turns = len(calls)
    calls.clear()
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
        f"| ms per transcript ({manager_turns / n:.1f} manager turns) | parse | scoring "
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
    if args.profile:
        profile(parse_and_score, args.profile)
    return 0


def profile(run: Callable[[], object], top: int) -> None:
    """Profile one cold ``run`` and print the ``top`` functions by own time, then by cumulative
    time (profiling slows small functions most: read it for where time goes, not how much)."""
    import cProfile
    import pstats

    _forget()
    profiler = cProfile.Profile()
    profiler.runcall(run)
    print()
    stats = pstats.Stats(profiler, stream=sys.stdout).strip_dirs()
    for key in ("tottime", "cumulative"):
        stats.sort_stats(key).print_stats(top)


if __name__ == "__main__":
    raise SystemExit(main())
