"""Measure the move detectors against AnnoMI gold labels (dev split; data never committed).

    .venv/bin/python bench/eval_annomi.py [--data DIR] [--errors N] [--seed S]

Reports, as markdown:

* **Open vs closed** macro-F1 over therapist utterances a majority of annotators coded as a
  question with a clear open/closed majority. Convention: a turn is predicted *open* if
  ``open_question`` is among its moves, else *closed* if ``closed_question`` is, else *none*;
  *none* is always wrong (a false negative for the gold class, a false positive for neither).
* **Reflection vs not** F1 over all therapist utterances (gold: majority ``reflection_exists``).
* **Main therapist behaviour** macro-F1 over reflection / question / input / other, each turn's
  moves mapped to one class (see :func:`main_class`), against AnnoMI's ``main_therapist_behaviour``.
* Session-level ROC AUC for high vs low ``mi_quality``: of the scorer's empathy sub-score when
  :mod:`simulator.scoring.scorer` can score (its failure is reported, not hidden), and always of the
  share of manager turns with a detected reflection (a proxy).

Moves come from the context-aware :func:`simulator.moves.assess`, given every earlier turn of the
transcript as history (``--by-form`` uses :func:`detect` with the previous client line instead;
both are always printed side by side for the headline figures).

Uncertainty, two ways, both grouped by **source video** (several transcripts share one video, so
resampling transcripts would understate the spread):

* 95% bootstrap intervals, resampling whole videos with replacement;
* grouped K-fold cross-validation (``--folds``, default 5): videos are dealt into K folds and each
  figure is computed on each fold. The detectors fit nothing on AnnoMI, so every fold is
  out-of-sample; the fold-to-fold spread shows how far a held-out split may move.

``--errors N`` prints up to N misclassified examples per task to the terminal for analysis
(they are AnnoMI text: look, do not paste them into the repo).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from bench.annomi import (  # noqa: E402
    DEFAULT_DATA_DIR,
    Utterance,
    closed_agreement,
    load_sessions,
    load_utterances,
)
from simulator.moves.assessment import assess  # noqa: E402
from simulator.moves.detector import Move, detect  # noqa: E402

MAIN_CLASSES = ("reflection", "question", "input", "other")
DECLARATIVE_QUESTION_CUE = "statement with '?'"  # detect's cue for "You're worried about it?"
_GOLD_MAIN = {"therapist_input": "input"}


def f1(tp: int, fp: int, fn: int) -> float:
    """F1 from counts; 0 when undefined."""
    denom = 2 * tp + fp + fn
    return 2 * tp / denom if denom else 0.0


def roc_auc(pos: list[float], neg: list[float]) -> float:
    """Mann-Whitney AUC: chance a random positive outranks a random negative (ties count 1/2)."""
    if not pos or not neg:
        return float("nan")
    wins = 0.0
    for p in pos:
        for n in neg:
            wins += 1.0 if p > n else 0.5 if p == n else 0.0
    return wins / (len(pos) * len(neg))


def predicted_subtype(moves: tuple[Move, ...]) -> str:
    """The evaluation convention for a turn's question type (see module docstring)."""
    if Move.OPEN_QUESTION in moves:
        return "open"
    if Move.CLOSED_QUESTION in moves:
        return "closed"
    return "none"


class Labelled(tuple[Move, ...]):
    """A turn's moves (a tuple, so ``Move.X in p`` works) that also carries their cues."""

    cues: dict[Move, str]

    @classmethod
    def of(cls, moves: tuple[Move, ...], cues: dict[Move, str]) -> Labelled:
        out = cls(moves)
        out.cues = cues
        return out


def main_class(moves: tuple[Move, ...], cues: dict[Move, str] | None = None) -> str:
    """One class per turn: input > question > reflection > other.

    *input* is advice, information or agreeing next steps (AnnoMI's "negotiation" input) when
    nothing else is asked. The order follows how AnnoMI's coders pick a turn's main behaviour
    when it does several things (a reflection followed by a question is mostly coded a
    question; advice with a question, input), except that a reflection said as a question
    ("You're worried about it?", a statement with "?") counts as a reflection. Sympathy,
    recognition and judgment count as "other" unless the turn also advises, asks or reflects.
    """
    if Move.ADVICE in moves or Move.INFORMATION in moves:
        return "input"
    asks = Move.OPEN_QUESTION in moves or Move.CLOSED_QUESTION in moves
    if (
        asks
        and Move.REFLECTION in moves
        and Move.OPEN_QUESTION not in moves
        and cues is not None
        and cues.get(Move.CLOSED_QUESTION) == DECLARATIVE_QUESTION_CUE
    ):
        return "reflection"
    if asks:
        return "question"
    if Move.REFLECTION in moves:
        return "reflection"
    if Move.NEXT_STEP in moves:
        return "input"
    return "other"


def main_behaviour(utts: list[Utterance], preds: list[tuple[Move, ...]]):
    """Macro-F1 over the four main-behaviour classes, per-class F1 and the confusion counts."""
    conf: Counter[tuple[str, str]] = Counter()
    for u, moves in zip(utts, preds, strict=True):
        gold = _GOLD_MAIN.get(u.main_behaviour, u.main_behaviour)
        conf[(gold, main_class(moves, getattr(moves, "cues", None)))] += 1
    scores = {}
    for cls in MAIN_CLASSES:
        tp = conf[(cls, cls)]
        fp = sum(conf[(g, cls)] for g in MAIN_CLASSES if g != cls)
        fn = sum(conf[(cls, p)] for p in MAIN_CLASSES if p != cls)
        scores[cls] = f1(tp, fp, fn)
    return sum(scores.values()) / len(scores), scores, conf


def open_closed(utts: list[Utterance], preds: list[tuple[Move, ...]]):
    """Macro-F1 over {open, closed}, the confusion counts and the misclassified items."""
    conf: Counter[tuple[str, str]] = Counter()
    wrong = []
    for u, moves in zip(utts, preds, strict=True):
        if u.question_subtype is None:
            continue
        p = predicted_subtype(moves)
        conf[(u.question_subtype, p)] += 1
        if p != u.question_subtype:
            wrong.append((u, p))
    scores = {}
    for cls in ("open", "closed"):
        tp = conf[(cls, cls)]
        fp = sum(conf[(g, cls)] for g in ("open", "closed") if g != cls)
        fn = sum(conf[(cls, p)] for p in ("open", "closed", "none") if p != cls)
        scores[cls] = f1(tp, fp, fn)
    macro = sum(scores.values()) / 2
    return macro, scores, conf, wrong


def reflection(utts: list[Utterance], preds: list[tuple[Move, ...]]):
    """F1 of reflection vs not, confusion counts and misclassified items."""
    conf: Counter[tuple[bool, bool]] = Counter()
    wrong = []
    for u, moves in zip(utts, preds, strict=True):
        p = Move.REFLECTION in moves
        conf[(u.is_reflection, p)] += 1
        if p != u.is_reflection:
            wrong.append((u, p))
    tp, fp, fn = conf[(True, True)], conf[(False, True)], conf[(True, False)]
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    return f1(tp, fp, fn), prec, rec, conf, wrong


def question_detection(utts: list[Utterance], preds: list[tuple[Move, ...]]) -> float:
    """F1 of 'is a question' (either question move) vs gold question_exists."""
    tp = fp = fn = 0
    for u, moves in zip(utts, preds, strict=True):
        p = Move.OPEN_QUESTION in moves or Move.CLOSED_QUESTION in moves
        tp += p and u.is_question
        fp += p and not u.is_question
        fn += u.is_question and not p
    return f1(tp, fp, fn)


def by_annotator(data_dir: Path, utts: list[Utterance], preds: list[tuple[Move, ...]]) -> None:
    """Open/closed per annotator of single-coded transcripts, beside each annotator's agreement
    with colleagues on the multi-coded ones, and the macro-F1 without unreliable coders.

    Most transcripts were coded by one annotator, so one annotator's convention moves the gold
    labels of whole transcripts. "Reliable" is decided from the multi-coded transcripts alone
    (codes closed at least half the time when the others' majority says closed), never from
    our predictions.
    """
    agreement = closed_agreement(data_dir)
    unreliable = {a for a, (ok, n) in agreement.items() if n and ok * 2 < n}
    print("\nOpen/closed by annotator (single-coded transcripts):\n")
    print("| annotator | questions | coded open | our macro-F1 | closed agreement (multi-coded) |")
    print("|---|---|---|---|---|")
    groups: dict[str, list[int]] = {}
    for i, u in enumerate(utts):
        if u.question_subtype is not None and len(u.annotators) == 1:
            groups.setdefault(u.annotators[0], []).append(i)
    for a in sorted(groups, key=int):
        idx = groups[a]
        sub = [utts[i] for i in idx]
        macro, _, _, _ = open_closed(sub, [preds[i] for i in idx])
        share = sum(u.question_subtype == "open" for u in sub) / len(sub)
        ok, n = agreement.get(a, (0, 0))
        print(f"| {a} | {len(sub)} | {share:.0%} | {macro:.3f} | {ok}/{n} |")
    if unreliable:
        keep = [
            i
            for i, u in enumerate(utts)
            if not (len(u.annotators) == 1 and u.annotators[0] in unreliable)
        ]
        macro, _, conf, _ = open_closed([utts[i] for i in keep], [preds[i] for i in keep])
        names = ", ".join(sorted(unreliable))
        print(
            f"\nWithout transcripts coded only by annotator {names} (closed agreement < 50%): "
            f"macro-F1 {macro:.3f} over {sum(conf.values())} questions"
        )


def session_scores(data_dir: Path) -> tuple[dict[str, dict[str, tuple[str, float]]], str]:
    """Per session: (mi_quality, value) of the reflection share and, if the scorer can run, the
    empathy sub-score, keyed by measure then transcript id; and why the scorer did not run."""
    sessions = list(load_sessions(data_dir))
    share: dict[str, tuple[str, float]] = {}
    for t in sessions:
        turns = t.manager_turns()
        history = [(turn.speaker, turn.text) for turn in t.turns]
        hits = sum(Move.REFLECTION in assess(turn.text, history[:i]).moves for i, turn in turns)
        share[t.id] = (t.metadata["mi_quality"], hits / len(turns) if turns else 0.0)
    out = {"reflection share (proxy)": share}
    try:
        from simulator.content.catalog import get_rubric
        from simulator.scoring.scorer import score

        rubric = get_rubric()
        emp: dict[str, tuple[str, float]] = {}
        for t in sessions:
            value = score(t, rubric).groups.get("empathy")
            if value is not None:
                emp[t.id] = (t.metadata["mi_quality"], value)
    except Exception as exc:  # the scorer is another package: report, do not hide, its failure
        return out, f"{type(exc).__name__}: {exc}"[:200]
    out["empathy sub-score"] = emp
    return out, ""


def auc_of(values: list[tuple[str, float]]) -> float:
    """ROC AUC of high vs low mi_quality for (quality, value) pairs."""
    return roc_auc([v for q, v in values if q == "high"], [v for q, v in values if q == "low"])


Figures = dict[str, float]


def figures(
    utts: list[Utterance],
    preds: list[tuple[Move, ...]],
    empathy: dict[str, tuple[str, float]],
    outlier: set[str],
) -> Figures:
    """The headline figures on a subset of utterances (NaN where a subset has one class)."""
    keep = [
        i for i, u in enumerate(utts) if not (len(u.annotators) == 1 and u.annotators[0] in outlier)
    ]
    tids = sorted({u.transcript_id for u in utts})
    out = {
        "oc": open_closed(utts, preds)[0],
        "oc_clean": open_closed([utts[i] for i in keep], [preds[i] for i in keep])[0],
        "refl": reflection(utts, preds)[0],
        "main": main_behaviour(utts, preds)[0],
    }
    if empathy:
        out["auc"] = auc_of([empathy[f"annomi-{t}"] for t in tids if f"annomi-{t}" in empathy])
    return out


FIGURE_NAMES = {
    "oc": "open vs closed macro-F1",
    "oc_clean": "open vs closed macro-F1 without the outlier annotator",
    "refl": "reflection F1",
    "main": "main-behaviour macro-F1 (reflection / question / input / other)",
    "auc": "session AUC, empathy sub-score",
}


def _by_video(utts: list[Utterance]) -> dict[str, list[int]]:
    groups: dict[str, list[int]] = {}
    for i, u in enumerate(utts):
        groups.setdefault(u.video, []).append(i)
    return groups


def bootstrap(
    utts: list[Utterance],
    preds: list[tuple[Move, ...]],
    empathy: dict[str, tuple[str, float]],
    outlier: set[str],
    rounds: int,
    seed: int,
) -> dict[str, tuple[float, float]]:
    """95% intervals of each headline figure, resampling whole source videos with replacement.

    The held-out split is other transcripts (often of other videos), so the spread over
    resampled videos is the honest guide to how far a dev figure may move there. A transcript
    drawn twice counts twice (its id is made unique per draw).
    """
    groups = _by_video(utts)
    videos = sorted(groups)
    rng = random.Random(seed)
    draws: dict[str, list[float]] = {}
    for _ in range(rounds):
        sub_u: list[Utterance] = []
        sub_p: list[tuple[Move, ...]] = []
        emp: dict[str, tuple[str, float]] = {}
        for k, video in enumerate(rng.choice(videos) for _ in videos):
            for i in groups[video]:
                u = utts[i]
                tid = f"{u.transcript_id}.{k}"
                sub_u.append(replace(u, transcript_id=tid))
                sub_p.append(preds[i])
                if f"annomi-{u.transcript_id}" in empathy:
                    emp[f"annomi-{tid}"] = empathy[f"annomi-{u.transcript_id}"]
        for key, value in figures(sub_u, sub_p, emp, outlier).items():
            draws.setdefault(key, []).append(value)
    out = {}
    for key, values in draws.items():
        values = sorted(v for v in values if v == v)  # drop NaN (a draw with one class)
        if values:
            out[key] = (values[int(0.025 * len(values))], values[int(0.975 * len(values)) - 1])
    return out


def grouped_cv(
    utts: list[Utterance],
    preds: list[tuple[Move, ...]],
    empathy: dict[str, tuple[str, float]],
    outlier: set[str],
    folds: int,
    seed: int,
) -> list[Figures]:
    """Each headline figure on each of ``folds`` folds of whole source videos.

    Videos are shuffled with ``seed`` and dealt round-robin, largest first, so folds hold
    similar numbers of utterances.
    """
    groups = _by_video(utts)
    videos = sorted(groups)
    random.Random(seed).shuffle(videos)
    videos.sort(key=lambda v: -len(groups[v]))
    members: list[list[int]] = [[] for _ in range(folds)]
    for k, video in enumerate(videos):
        members[k % folds].extend(groups[video])
    out = []
    for idx in members:
        idx.sort()
        out.append(figures([utts[i] for i in idx], [preds[i] for i in idx], empathy, outlier))
    return out


def _show(title: str, items: list, n: int, rng: random.Random) -> None:
    if n <= 0 or not items:
        return
    print(f"\n### {title}: {min(n, len(items))} of {len(items)} misclassified\n")
    for u, p in rng.sample(items, min(n, len(items))):
        d = assess(u.text, u.history)  # type: ignore[arg-type]  # speakers are manager/employee
        cues = "; ".join(f"{m}={c}" for m, c in d.cues.items())
        if d.grounding:
            cues += f"; grounding={', '.join(d.grounding)}"
        print(f"- [{u.transcript_id}:{u.utterance_id}] pred={p} gold-main={u.main_behaviour}")
        print(f"    prev: {(u.prev or '-')[:200]!r}")
        print(f"    text: {u.text[:300]!r}")
        print(f"    cues: {cues}")


def own_sets() -> None:
    """Per-move F1 on our own hand-written peer-support sets (not AnnoMI), without context."""
    from tests.moves.peer_support import SCORED, SETS
    from tests.moves.test_peer_support import f1_by_code

    print(
        "\nOur own written peer-support sets (tests/moves/peer_support.py; NOT AnnoMI; no"
        " context). Each set's misses prompted general fixes after its first measurement"
        " (recorded in that file), so these figures are optimistic; quote the first"
        " measurements of the later sets:\n"
    )
    print("| Set (replies) | " + " | ".join(SCORED) + " |")
    print("|---|" + "---|" * len(SCORED))
    for name, items in SETS:
        got = f1_by_code(items)
        print(f"| {name} ({len(items)}) | " + " | ".join(f"{got[c]:.2f}" for c in SCORED) + " |")


def outlier_annotators(data_dir: Path) -> set[str]:
    """Annotators who code closed less than half the time their colleagues' majority does."""
    return {a for a, (ok, n) in closed_agreement(data_dir).items() if n and ok * 2 < n}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR, help="AnnoMI split directory")
    ap.add_argument("--errors", type=int, default=0, help="print N misclassified examples per task")
    ap.add_argument("--seed", type=int, default=0, help="seed for resampling and error examples")
    ap.add_argument(
        "--bootstrap", type=int, default=1000, help="resamples of source videos for 95%% intervals"
    )
    ap.add_argument("--folds", type=int, default=5, help="folds of the video-grouped CV (0: none)")
    ap.add_argument(
        "--by-form",
        action="store_true",
        help="headline moves from detect(text, prev) instead of assess(text, history)",
    )
    ap.add_argument(
        "--task",
        choices=("open", "closed", "oc", "refl-fp", "refl-fn", "input-fn", "input-fp", "all"),
        default="all",
    )
    args = ap.parse_args(argv)
    missing = [n for n in ("AnnoMI-simple.csv", "AnnoMI-full.csv") if not (args.data / n).is_file()]
    if missing:
        print(
            f"error: {args.data}: no {' or '.join(missing)} there; pass --data DIR, the folder"
            " holding the AnnoMI dev split's CSV files",
            file=sys.stderr,
        )
        return 2

    utts = load_utterances(args.data)
    by_form = [Labelled.of(d.moves, d.cues) for d in (detect(u.text, u.prev) for u in utts)]
    t0 = time.process_time()  # timed in CPU seconds
    in_context = [
        Labelled.of(a.moves, a.cues)
        for a in (assess(u.text, u.history) for u in utts)  # type: ignore[arg-type]
    ]
    elapsed = time.process_time() - t0
    preds = by_form if args.by_form else in_context
    outlier = outlier_annotators(args.data)

    macro, per_cls, oc_conf, oc_wrong = open_closed(utts, preds)
    r_f1, r_p, r_r, r_conf, r_wrong = reflection(utts, preds)
    m_f1, m_cls, m_conf = main_behaviour(utts, preds)
    q_f1 = question_detection(utts, preds)
    per_session, scorer_error = session_scores(args.data)
    aucs = {name: auc_of(list(values.values())) for name, values in per_session.items()}
    empathy = per_session.get("empathy sub-score", {})
    ci = bootstrap(utts, preds, empathy, outlier, args.bootstrap, args.seed)
    n_sess = len({u.transcript_id for u in utts})
    n_video = len({u.video for u in utts})
    alt = figures(utts, in_context if args.by_form else by_form, {}, outlier)

    print(
        f"AnnoMI {args.data.name}: {n_sess} sessions from {n_video} source videos,"
        f" {len(utts)} therapist utterances"
    )
    print(f"assess with full history: {elapsed / len(utts) * 1e6:.1f} us CPU per utterance\n")
    mine, other = ("by form", "in context") if args.by_form else ("in context", "by form")
    print(f"| Measure | Value ({mine}) | {other} |")
    print("|---|---|---|")
    n_q = sum(oc_conf.values())
    clean = figures(utts, preds, {}, outlier)["oc_clean"]
    print(f"| Open vs closed macro-F1 ({n_q} questions) | {macro:.3f} | {alt['oc']:.3f} |")
    print(
        f"| &nbsp; without annotator {', '.join(sorted(outlier)) or '-'} | {clean:.3f} |"
        f" {alt['oc_clean']:.3f} |"
    )
    print(f"| &nbsp; F1 open / closed | {per_cls['open']:.3f} / {per_cls['closed']:.3f} | |")
    print(f"| Reflection F1 ({len(utts)} utterances) | {r_f1:.3f} | {alt['refl']:.3f} |")
    print(f"| &nbsp; precision / recall | {r_p:.3f} / {r_r:.3f} | |")
    print(f"| Main-behaviour macro-F1 (4 classes) | {m_f1:.3f} | {alt['main']:.3f} |")
    per = " / ".join(f"{m_cls[c]:.3f}" for c in MAIN_CLASSES)
    print(f"| &nbsp; F1 {' / '.join(MAIN_CLASSES)} | {per} | |")
    print(f"| Question (any) detection F1 | {q_f1:.3f} | |")
    for name, value in aucs.items():
        print(f"| Session AUC high vs low MI, {name} | {value:.3f} | |")
    if scorer_error:
        print(f"\nSession AUC of the empathy sub-score: not computed ({scorer_error})")

    if ci:
        print(f"\n95% intervals over {args.bootstrap} resamples of whole source videos:\n")
        for key, (lo, hi) in ci.items():
            print(f"- {FIGURE_NAMES[key]}: {lo:.3f} to {hi:.3f}")
    if args.folds > 1:
        folds = grouped_cv(utts, preds, empathy, outlier, args.folds, args.seed)
        print(f"\nCross-validation, {args.folds} folds grouped by source video (per fold):\n")
        print(
            "| Figure | "
            + " | ".join(f"fold {k + 1}" for k in range(len(folds)))
            + " | mean ± sd |"
        )
        print("|---|" + "---|" * (len(folds) + 1))
        for key, name in FIGURE_NAMES.items():
            values = [f[key] for f in folds if key in f]
            if not values:
                continue
            good = [v for v in values if v == v]
            mean = sum(good) / len(good)
            sd = (sum((v - mean) ** 2 for v in good) / max(1, len(good) - 1)) ** 0.5
            cells = " | ".join(f"{v:.3f}" for v in values)
            print(f"| {name} | {cells} | {mean:.3f} ± {sd:.3f} |")

    own_sets()
    print("\nOpen/closed confusion (rows gold, columns predicted):\n")
    print("| gold \\ pred | open | closed | none |")
    print("|---|---|---|---|")
    for g in ("open", "closed"):
        row = " | ".join(str(oc_conf[(g, p)]) for p in ("open", "closed", "none"))
        print(f"| {g} | {row} |")
    by_annotator(args.data, utts, preds)
    print("\nReflection confusion:\n")
    print("| gold \\ pred | reflection | not |")
    print("|---|---|---|")
    for g, name in ((True, "reflection"), (False, "not")):
        print(f"| {name} | {r_conf[(g, True)]} | {r_conf[(g, False)]} |")
    print("\nMain-behaviour confusion (rows gold, columns predicted):\n")
    print("| gold \\ pred | " + " | ".join(MAIN_CLASSES) + " |")
    print("|---|" + "---|" * len(MAIN_CLASSES))
    for g in MAIN_CLASSES:
        print(f"| {g} | " + " | ".join(str(m_conf[(g, p)]) for p in MAIN_CLASSES) + " |")

    rng = random.Random(args.seed)
    if args.task in ("all", "oc", "open"):
        _show(
            "Gold open", [w for w in oc_wrong if w[0].question_subtype == "open"], args.errors, rng
        )
    if args.task in ("all", "oc", "closed"):
        items = [w for w in oc_wrong if w[0].question_subtype == "closed"]
        _show("Gold closed", items, args.errors, rng)
    if args.task in ("all", "refl-fp"):
        _show("Reflection false positives", [w for w in r_wrong if w[1]], args.errors, rng)
    if args.task in ("all", "refl-fn"):
        _show("Reflection false negatives", [w for w in r_wrong if not w[1]], args.errors, rng)
    if args.task in ("all", "input-fn", "input-fp"):
        pairs = [
            (u, main_class(p, p.cues))
            for u, p in zip(utts, preds, strict=True)
            if (u.main_behaviour == "therapist_input") != (main_class(p, p.cues) == "input")
        ]
        if args.task in ("all", "input-fn"):
            items = [w for w in pairs if w[0].main_behaviour == "therapist_input"]
            _show("Input false negatives", items, args.errors, rng)
        if args.task in ("all", "input-fp"):
            items = [w for w in pairs if w[0].main_behaviour != "therapist_input"]
            _show("Input false positives", items, args.errors, rng)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
