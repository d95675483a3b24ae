"""Measure the move detectors against AnnoMI gold labels (dev split; data never committed).

    .venv/bin/python bench/eval_annomi.py [--data DIR] [--errors N] [--seed S]

Reports, as markdown:

* **Open vs closed** macro-F1 over therapist utterances a majority of annotators coded as a
  question with a clear open/closed majority. Convention: a turn is predicted *open* if
  ``open_question`` is among its moves, else *closed* if ``closed_question`` is, else *none*;
  *none* is always wrong (a false negative for the gold class, a false positive for neither).
* **Reflection vs not** F1 over all therapist utterances (gold: majority ``reflection_exists``).
* Session-level ROC AUC for high vs low ``mi_quality``: of the scorer's empathy sub-score when
  :mod:`simulator.scoring.scorer` exists, and always of the share of manager turns with a detected
  reflection (a proxy).

``--errors N`` prints up to N misclassified examples per task to the terminal for analysis
(they are AnnoMI text: look, do not paste them into the repo).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
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
from simulator.moves.detector import Move, detect  # noqa: E402


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


def session_scores(data_dir: Path) -> dict[str, dict[str, tuple[str, float]]]:
    """Per session: (mi_quality, value) of the reflection share and, if available, the empathy
    sub-score, keyed by measure then transcript id."""
    sessions = list(load_sessions(data_dir))
    share: dict[str, tuple[str, float]] = {}
    for t in sessions:
        turns = t.manager_turns()
        hits = sum(
            Move.REFLECTION in detect(turn.text, t.previous_employee_text(i)).moves
            for i, turn in turns
        )
        share[t.id] = (t.metadata["mi_quality"], hits / len(turns) if turns else 0.0)
    out = {"reflection share (proxy)": share}
    try:
        from simulator.content.catalog import get_rubric
        from simulator.scoring.scorer import score
    except ImportError:
        return out
    rubric = get_rubric()
    emp: dict[str, tuple[str, float]] = {}
    for t in sessions:
        value = score(t, rubric).groups.get("empathy")
        if value is not None:
            emp[t.id] = (t.metadata["mi_quality"], value)
    out["empathy sub-score"] = emp
    return out


def auc_of(values: list[tuple[str, float]]) -> float:
    """ROC AUC of high vs low mi_quality for (quality, value) pairs."""
    return roc_auc([v for q, v in values if q == "high"], [v for q, v in values if q == "low"])


def bootstrap(
    utts: list[Utterance],
    preds: list[tuple[Move, ...]],
    empathy: dict[str, tuple[str, float]],
    rounds: int,
    seed: int,
) -> dict[str, tuple[float, float]]:
    """95% intervals of each headline figure, resampling whole transcripts with replacement.

    The held-out split is other transcripts, so the spread over resampled transcripts is the
    honest guide to how far a dev figure may move there.
    """
    by_tid: dict[str, list[int]] = {}
    for i, u in enumerate(utts):
        by_tid.setdefault(u.transcript_id, []).append(i)
    tids = sorted(by_tid)
    rng = random.Random(seed)
    draws: dict[str, list[float]] = {"oc": [], "refl": [], "auc": []}
    for _ in range(rounds):
        pick = [rng.choice(tids) for _ in tids]
        idx = [i for t in pick for i in by_tid[t]]
        sub_u, sub_p = [utts[i] for i in idx], [preds[i] for i in idx]
        draws["oc"].append(open_closed(sub_u, sub_p)[0])
        draws["refl"].append(reflection(sub_u, sub_p)[0])
        if empathy:
            draws["auc"].append(auc_of([empathy[f"annomi-{t}"] for t in pick]))
    out = {}
    for key, values in draws.items():
        values = sorted(v for v in values if v == v)  # drop NaN (a draw with one class)
        if values:
            out[key] = (values[int(0.025 * len(values))], values[int(0.975 * len(values)) - 1])
    return out


def _show(title: str, items: list, n: int, rng: random.Random) -> None:
    if n <= 0 or not items:
        return
    print(f"\n### {title}: {min(n, len(items))} of {len(items)} misclassified\n")
    for u, p in rng.sample(items, min(n, len(items))):
        d = detect(u.text, u.prev)
        cues = "; ".join(f"{m}={c}" for m, c in d.cues.items())
        print(f"- [{u.transcript_id}:{u.utterance_id}] pred={p} gold-main={u.main_behaviour}")
        print(f"    prev: {(u.prev or '-')[:200]!r}")
        print(f"    text: {u.text[:300]!r}")
        print(f"    cues: {cues}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR, help="AnnoMI split directory")
    ap.add_argument("--errors", type=int, default=0, help="print N misclassified examples per task")
    ap.add_argument("--seed", type=int, default=0, help="seed for picking error examples")
    ap.add_argument(
        "--bootstrap", type=int, default=1000, help="resamples of transcripts for 95%% intervals"
    )
    ap.add_argument(
        "--task", choices=("open", "closed", "oc", "refl-fp", "refl-fn", "all"), default="all"
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
    preds = [detect(u.text, u.prev).moves for u in utts]
    t0 = time.process_time()  # a second, warm pass, timed in CPU seconds
    for u in utts:
        detect(u.text, u.prev)
    elapsed = time.process_time() - t0

    macro, per_cls, oc_conf, oc_wrong = open_closed(utts, preds)
    r_f1, r_p, r_r, r_conf, r_wrong = reflection(utts, preds)
    q_f1 = question_detection(utts, preds)
    per_session = session_scores(args.data)
    aucs = {name: auc_of(list(values.values())) for name, values in per_session.items()}
    ci = bootstrap(utts, preds, per_session.get("empathy sub-score", {}), args.bootstrap, args.seed)
    n_sess = len({u.transcript_id for u in utts})

    print(f"AnnoMI {args.data.name}: {n_sess} sessions, {len(utts)} therapist utterances")
    print(f"detector: {elapsed / len(utts) * 1e6:.1f} us CPU per utterance\n")
    print("| Measure | Value |")
    print("|---|---|")
    n_q = sum(oc_conf.values())
    print(f"| Open vs closed macro-F1 ({n_q} questions) | {macro:.3f} |")
    print(f"| &nbsp; F1 open / closed | {per_cls['open']:.3f} / {per_cls['closed']:.3f} |")
    print(f"| Reflection F1 ({len(utts)} utterances) | {r_f1:.3f} |")
    print(f"| &nbsp; precision / recall | {r_p:.3f} / {r_r:.3f} |")
    print(f"| Question (any) detection F1 | {q_f1:.3f} |")
    for name, value in aucs.items():
        print(f"| Session AUC high vs low MI, {name} | {value:.3f} |")

    if ci:
        print(f"\n95% intervals over {args.bootstrap} resamples of whole transcripts:\n")
        names = {"oc": "open vs closed macro-F1", "refl": "reflection F1", "auc": "empathy AUC"}
        for key, (lo, hi) in ci.items():
            print(f"- {names[key]}: {lo:.3f} to {hi:.3f}")
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
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
