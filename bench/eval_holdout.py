"""Measure the move detectors on our held-out sets (tests/moves/holdout_sets.py), once.

    .venv/bin/python bench/eval_holdout.py [--rounds 2000] [--seed 0]
    .venv/bin/python bench/eval_holdout.py --spoken {validation,final} [--rounds 2000] [--seed 0]

Two sets, written without looking at the detectors' rules and never tuned on:

* ``PEER_SUPPORT_HOLDOUT``: replies on a peer-support forum or work chat, labelled by form with
  :func:`simulator.moves.detect` and no context (``prev=None``);
* ``MANAGER_HOLDOUT``: a manager's line in a one-on-one, assessed in context with
  :func:`simulator.moves.assess`, the employee's previous line as the whole history. Predicted
  ``misreflection`` is ``Assessment.misreflection is not None``.

Prints, as Markdown, per move: gold and predicted counts, precision, recall and F1, each with a
95% bootstrap interval (items resampled with replacement, ``--rounds`` draws, seeded), plus
macro-F1 over the moves and micro-F1 over all (item, move) decisions. An undefined precision
(nothing predicted) shows as "–" and draws where a figure is undefined are left out of its
interval.

``--spoken`` measures one of the spoken counselling sets in tests/moves/spoken_holdout.py instead
(``validation``: as often as needed, aggregate figures only; ``final``: once, at the end). Each
counsellor utterance is assessed with :func:`simulator.moves.assess` given its session so far,
and its moves are mapped to AnnoMI's four main behaviours with ``bench/eval_annomi.py``'s own
:func:`~bench.eval_annomi.main_class` and :func:`~bench.eval_annomi.predicted_subtype`, so the
figures are comparable with the AnnoMI dev ones. Prints main-behaviour macro-F1 and per-class
F1, reflection F1 (gold: the utterance contains a reflection) and open/closed macro-F1 over gold
questions (a question predicted as neither counts against its class, as in eval_annomi), each
with a 95% bootstrap interval resampling whole **sessions** (turns of one session are not
independent), and the confusion matrices.

Deliberately, this script prints **no misclassified examples**: reading the misses invites tuning
on them, and then the set is no longer held out. Improve the detectors on your own examples.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import NamedTuple

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from bench.eval_annomi import MAIN_CLASSES, f1, main_class, predicted_subtype  # noqa: E402
from simulator.moves import Move, assess, detect  # noqa: E402
from tests.moves.holdout_sets import MANAGER_HOLDOUT, PEER_SUPPORT_HOLDOUT  # noqa: E402
from tests.moves.spoken_holdout import SPOKEN_FINAL, SPOKEN_VALIDATION, SpokenItem  # noqa: E402

SCORED: tuple[str, ...] = (
    "reflection",
    "recognition",
    "sympathy",
    "judgment",
    "advice",
    "information",
    "open_question",
    "closed_question",
)
"""The moves both sets are coded in, in the order the table shows them."""

MANAGER_SCORED: tuple[str, ...] = (*SCORED, "misreflection")

# Per item and move: (true positive, false positive, false negative) as 0/1.
Counts = tuple[int, int, int]
Figure = Callable[[list[list[Counts]]], float]


def peer_predictions() -> list[set[str]]:
    """The scored moves :func:`detect` finds in each peer-support reply, by form, no context."""
    return [
        {m.value for m in detect(text, None).moves} & set(SCORED)
        for text, _ in PEER_SUPPORT_HOLDOUT
    ]


def manager_predictions() -> list[set[str]]:
    """The scored moves :func:`assess` finds in each manager line, given the employee's line."""
    out = []
    for employee, manager, _, _ in MANAGER_HOLDOUT:
        a = assess(manager, [("employee", employee)])
        got = {m.value for m in a.moves} & set(SCORED)
        if a.misreflection is not None:
            got.add("misreflection")
        out.append(got)
    return out


def item_counts(
    gold: Sequence[set[str]], pred: Sequence[set[str]], moves: Sequence[str]
) -> list[list[Counts]]:
    """For each item, for each move in ``moves``: its (tp, fp, fn) as 0/1."""
    return [
        [
            (int(m in p and m in g), int(m in p and m not in g), int(m in g and m not in p))
            for m in moves
        ]
        for g, p in zip(gold, pred, strict=True)
    ]


def _sums(rows: list[list[Counts]], j: int) -> Counts:
    tp = fp = fn = 0
    for row in rows:
        a, b, c = row[j]
        tp += a
        fp += b
        fn += c
    return tp, fp, fn


def precision(tp: int, fp: int, fn: int) -> float:
    """Share of predictions that are right; NaN when nothing was predicted."""
    return tp / (tp + fp) if tp + fp else float("nan")


def recall(tp: int, fp: int, fn: int) -> float:
    """Share of gold items found; NaN when there is no gold item."""
    return tp / (tp + fn) if tp + fn else float("nan")


def _per_move(kind: str, j: int, rows: list[list[Counts]]) -> float:
    """Precision (``p``), recall (``r``) or F1 (``f``) of the ``j``-th move over ``rows``."""
    return {"p": precision, "r": recall, "f": f1}[kind](*_sums(rows, j))


def figures_for(n_moves: int) -> dict[str, Figure]:
    """Every figure the table shows, each computed from per-item counts."""
    out: dict[str, Figure] = {}
    for j in range(n_moves):
        for kind in "prf":
            out[f"{kind}{j}"] = partial(_per_move, kind, j)

    def macro(rows: list[list[Counts]]) -> float:
        # Only moves with a gold item in this draw: F1 of a move absent from the draw means nothing.
        vals = [f1(*s) for s in (_sums(rows, j) for j in range(n_moves)) if s[0] + s[2]]
        return sum(vals) / len(vals) if vals else float("nan")

    def micro(rows: list[list[Counts]]) -> float:
        tot = [_sums(rows, j) for j in range(n_moves)]
        return f1(sum(t[0] for t in tot), sum(t[1] for t in tot), sum(t[2] for t in tot))

    out["macro"] = macro
    out["micro"] = micro
    return out


def bootstrap(
    rows: list[list[Counts]], figs: dict[str, Figure], rounds: int, seed: int
) -> dict[str, tuple[float, float]]:
    """95% percentile intervals of each figure, resampling items with replacement."""
    rng = random.Random(seed)
    n = len(rows)
    draws: dict[str, list[float]] = {k: [] for k in figs}
    for _ in range(rounds):
        sample = [rows[rng.randrange(n)] for _ in range(n)]
        for key, fig in figs.items():
            value = fig(sample)
            if value == value:  # drop NaN: the figure is undefined in this draw
                draws[key].append(value)
    out = {}
    for key, values in draws.items():
        if values:
            values.sort()
            out[key] = (values[int(0.025 * len(values))], values[int(0.975 * len(values)) - 1])
    return out


def _cell(value: float, ci: tuple[float, float] | None) -> str:
    if value != value:
        return "–"
    return f"{value:.2f} [{ci[0]:.2f}, {ci[1]:.2f}]" if ci else f"{value:.2f}"


def table(
    title: str,
    gold: Sequence[set[str]],
    pred: Sequence[set[str]],
    moves: Sequence[str],
    rounds: int,
    seed: int,
) -> None:
    """Print one set's Markdown table of per-move precision/recall/F1 with intervals."""
    rows = item_counts(gold, pred, moves)
    figs = figures_for(len(moves))
    ci = bootstrap(rows, figs, rounds, seed)
    print(f"\n### {title} ({len(gold)} items)\n")
    print("| Move | Gold | Predicted | Precision | Recall | F1 |")
    print("| --- | --- | --- | --- | --- | --- |")
    for j, move in enumerate(moves):
        tp, fp, fn = _sums(rows, j)
        cells = [_cell(figs[f"{k}{j}"](rows), ci.get(f"{k}{j}")) for k in "prf"]
        print(f"| {move} | {tp + fn} | {tp + fp} | " + " | ".join(cells) + " |")
    print(f"| **macro-F1** | | | | | {_cell(figs['macro'](rows), ci.get('macro'))} |")
    print(f"| **micro-F1** | | | | | {_cell(figs['micro'](rows), ci.get('micro'))} |")
    exact = sum(g == p for g, p in zip(gold, pred, strict=True))
    print(f"\nExact match (all codes right): {exact}/{len(gold)}")


SPOKEN_SETS: dict[str, list[SpokenItem]] = {
    "validation": SPOKEN_VALIDATION,
    "final": SPOKEN_FINAL,
}

SUBTYPES: tuple[str, ...] = ("open", "closed")


class SpokenRow(NamedTuple):
    """One spoken item's gold and predicted labels (no text: nothing here can print an item)."""

    session: str
    gold: str
    pred: str
    gold_subtype: str | None
    pred_subtype: str
    gold_reflects: bool
    pred_reflects: bool


def spoken_rows(items: Sequence[SpokenItem]) -> list[SpokenRow]:
    """Assess each counsellor utterance in context and map its moves as eval_annomi does."""
    rows = []
    for it in items:
        a = assess(it.text, it.history)
        rows.append(
            SpokenRow(
                it.session,
                it.code,
                main_class(a.moves, a.cues),
                it.subtype,
                predicted_subtype(a.moves),
                it.reflects,
                Move.REFLECTION in a.moves,
            )
        )
    return rows


def _class_f1(pairs: Sequence[tuple[object, object]], cls: object) -> float:
    """F1 of one class over (gold, predicted) pairs; NaN when the class has no gold item."""
    tp = sum(g == cls and p == cls for g, p in pairs)
    fp = sum(g != cls and p == cls for g, p in pairs)
    fn = sum(g == cls and p != cls for g, p in pairs)
    return f1(tp, fp, fn) if tp + fn else float("nan")


def spoken_figures(rows: Sequence[SpokenRow]) -> dict[str, float]:
    """Every headline figure of a spoken set (NaN where a draw lacks the gold class)."""
    main = [(r.gold, r.pred) for r in rows]
    out = {f"F1 {c}": _class_f1(main, c) for c in MAIN_CLASSES}
    per = [out[f"F1 {c}"] for c in MAIN_CLASSES]
    out["main"] = sum(per) / len(per) if all(v == v for v in per) else float("nan")
    out["reflection"] = _class_f1([(r.gold_reflects, r.pred_reflects) for r in rows], True)
    # Over gold questions; a predicted "none" is a miss for the gold class, as in eval_annomi.
    oc = [(r.gold_subtype, r.pred_subtype) for r in rows if r.gold_subtype is not None]
    for c in SUBTYPES:
        out[f"F1 {c}"] = _class_f1(oc, c)
    sub = [out[f"F1 {c}"] for c in SUBTYPES]
    out["open/closed"] = sum(sub) / 2 if all(v == v for v in sub) else float("nan")
    return out


def session_bootstrap(
    rows: Sequence[SpokenRow], rounds: int, seed: int
) -> dict[str, tuple[float, float]]:
    """95% percentile intervals of each figure, resampling whole sessions with replacement."""
    groups: dict[str, list[SpokenRow]] = {}
    for r in rows:
        groups.setdefault(r.session, []).append(r)
    sessions = sorted(groups)
    rng = random.Random(seed)
    draws: dict[str, list[float]] = {}
    for _ in range(rounds):
        sample = [r for _ in sessions for r in groups[rng.choice(sessions)]]
        for key, value in spoken_figures(sample).items():
            if value == value:  # drop NaN: the figure is undefined in this draw
                draws.setdefault(key, []).append(value)
    out = {}
    for key, values in draws.items():
        values.sort()
        out[key] = (values[int(0.025 * len(values))], values[int(0.975 * len(values)) - 1])
    return out


def _confusion(
    title: str, pairs: Sequence[tuple[str, str]], gold: Sequence[str], pred: Sequence[str]
) -> None:
    counts = Counter(pairs)
    print(f"\n{title} (rows gold, columns predicted):\n")
    print("| gold \\ pred | " + " | ".join(pred) + " |")
    print("|---|" + "---|" * len(pred))
    for g in gold:
        print(f"| {g} | " + " | ".join(str(counts[(g, p)]) for p in pred) + " |")


def spoken_report(name: str, rounds: int, seed: int) -> None:
    """Print a spoken set's figures with session-bootstrap intervals and its confusion matrices."""
    items = SPOKEN_SETS[name]
    rows = spoken_rows(items)
    figs = spoken_figures(rows)
    ci = session_bootstrap(rows, rounds, seed)
    n_sess = len({r.session for r in rows})
    gold = Counter(r.gold for r in rows)
    subs = Counter(r.gold_subtype for r in rows if r.gold_subtype)
    print(
        f"Spoken counselling set '{name}' (tests/moves/spoken_holdout.py): {len(rows)} counsellor"
        f" utterances from {n_sess} sessions; assess() with the session so far as history, moves"
        f" mapped by bench/eval_annomi.main_class. 95% bootstrap intervals over whole sessions,"
        f" {rounds} draws, seed {seed}."
    )
    if name == "final":
        print("\nSPOKEN_FINAL is measured once, at the end: do not tune on these figures.")
    print(
        "\nGold: "
        + ", ".join(f"{c} {gold[c]}" for c in MAIN_CLASSES)
        + f" (questions: open {subs['open']}, closed {subs['closed']});"
        f" containing a reflection {sum(r.gold_reflects for r in rows)}\n"
    )
    print("| Figure | Value [95% CI] |")
    print("| --- | --- |")
    labels = [("main", "**Main-behaviour macro-F1** (4 classes)")]
    labels += [(f"F1 {c}", f"&nbsp; F1 {c}") for c in MAIN_CLASSES]
    labels += [("reflection", "**Reflection F1** (contains a reflection vs not)")]
    labels += [("open/closed", "**Open/closed macro-F1** (gold questions)")]
    labels += [(f"F1 {c}", f"&nbsp; F1 {c}") for c in SUBTYPES]
    for key, label in labels:
        print(f"| {label} | {_cell(figs[key], ci.get(key))} |")
    _confusion(
        "Main-behaviour confusion", [(r.gold, r.pred) for r in rows], MAIN_CLASSES, MAIN_CLASSES
    )
    oc = [(r.gold_subtype, r.pred_subtype) for r in rows if r.gold_subtype is not None]
    _confusion("Open/closed confusion over gold questions", oc, SUBTYPES, (*SUBTYPES, "none"))
    refl = [
        ("reflection" if r.gold_reflects else "not", "reflection" if r.pred_reflects else "not")
        for r in rows
    ]
    _confusion("Reflection confusion", refl, ("reflection", "not"), ("reflection", "not"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--rounds", type=int, default=2000, help="bootstrap draws (default 2000)")
    ap.add_argument("--seed", type=int, default=0, help="seed of the bootstrap (default 0)")
    ap.add_argument(
        "--spoken",
        choices=sorted(SPOKEN_SETS),
        help="measure a spoken counselling set instead (validation: aggregate only; final: once)",
    )
    args = ap.parse_args(argv)
    if args.spoken:
        spoken_report(args.spoken, args.rounds, args.seed)
        return 0
    print(
        "Held-out sets (tests/moves/holdout_sets.py: hand-written, never tuned on). 95% bootstrap"
        f" intervals over items, {args.rounds} draws, seed {args.seed}."
    )
    table(
        "Peer-support replies, detect() by form, no context",
        [codes for _, codes in PEER_SUPPORT_HOLDOUT],
        peer_predictions(),
        SCORED,
        args.rounds,
        args.seed,
    )
    table(
        "Manager lines, assess() with the employee's previous line as history",
        [codes for _, _, codes, _ in MANAGER_HOLDOUT],
        manager_predictions(),
        MANAGER_SCORED,
        args.rounds,
        args.seed,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
