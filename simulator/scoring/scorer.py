"""The deterministic rubric scorer: detected moves -> features -> criterion scores.

Every number a coach sees can be traced: each criterion's rule lives in the rubric YAML
(``scoring.base`` plus weighted features), evidence is the turns whose moves fed the
features, and each manager turn is annotated with its moves, cues and, when weak, a
suggested rewrite.

The overall score is the mean of the group sub-scores, so empathy and execution weigh the
same however many criteria each group has.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from simulator.content.personas import Persona
from simulator.content.rubrics import Criterion, Rubric
from simulator.content.transcript import Transcript
from simulator.moves.detector import Detection, Move, detect
from simulator.scoring.rewrites import suggest
from simulator.scoring.scorecard import (
    CriterionScore,
    Evidence,
    Scorecard,
    TurnAnnotation,
    Uncovered,
    group_means,
    trusted,
)

Detector = Callable[[str, str | None], Detection]

MAX_EVIDENCE = 3
QUOTE_CHARS = 160
COUNT_CAP = 5
# English function words: a transcript where almost none appear is not English, and the
# English-only detectors would score it as silence rather than say so.
_ENGLISH = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "or",
        "but",
        "to",
        "of",
        "in",
        "on",
        "at",
        "for",
        "with",
        "you",
        "your",
        "i",
        "me",
        "my",
        "we",
        "it",
        "is",
        "are",
        "was",
        "were",
        "be",
        "that",
        "this",
        "what",
        "how",
        "why",
        "do",
        "did",
        "have",
        "has",
        "can",
        "so",
        "if",
        "not",
        "there",
        "here",
        "they",
        "he",
        "she",
    ]
)
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
# _WORD on ASCII text, where a letter is just [A-Za-z]: a plain class lets sre skip ahead
# instead of testing Unicode categories at every character (about ten times faster).
_ASCII_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")

_WEAK_NOTES = {
    Move.JUDGMENT: "Judgment or dismissal: it closes the person down.",
    Move.ADVICE: "Advice before the person was heard: it rushes to fix.",
    Move.CLOSED_QUESTION: "Closed question: it invites a yes or no, not the story.",
}


@dataclass(frozen=True, slots=True)
class AnalysedTurn:
    """A manager turn and what the detectors found in it."""

    index: int
    text: str
    prev: str | None
    detection: Detection


def _analyse(transcript: Transcript, detector: Detector) -> tuple[list[AnalysedTurn], list[str]]:
    """:func:`analyse`, plus the employee's utterances (for the talk share) from the same pass."""
    out: list[AnalysedTurn] = []
    employee: list[str] = []
    prev: str | None = None
    for i, turn in enumerate(transcript.turns):
        text = turn.text
        if turn.speaker == "employee":
            employee.append(text)
            prev = text
            continue
        if text.strip():
            out.append(AnalysedTurn(i, text, prev, detector(text, prev)))
        prev = None
    return out, employee


def analyse(transcript: Transcript, detector: Detector = detect) -> list[AnalysedTurn]:
    """Detect moves in every non-empty manager turn, with the employee turn before as context."""
    return _analyse(transcript, detector)[0]


@lru_cache(maxsize=1024)
def _parse_feature(feature: str) -> tuple[str, Move | None, Move | None]:
    kind, _, arg = feature.partition(":")
    if kind == "ratio":
        x, y = arg.split("/")
        return kind, Move(x), Move(y)
    return kind, (Move(arg) if arg else None), None


ALL_FEATURES: tuple[str, ...] = (
    *(f"{k}:{m.value}" for k in ("share", "any", "count") for m in Move),
    *(f"ratio:{a.value}/{b.value}" for a in Move for b in Move if a is not b),
    "turns",
    "words_per_turn",
    "manager_talk_share",
)


def _word_count(texts: Iterable[str]) -> int:
    # map() keeps the loop in C; this runs over every turn of every transcript.
    return sum(map(len, map(str.split, texts)))


def _counts(turns: list[AnalysedTurn]) -> dict[Move, int]:
    counts: dict[Move, int] = dict.fromkeys(Move, 0)
    for t in turns:
        for m in t.detection.moves:
            counts[m] += 1
    return counts


def _features(
    names: Iterable[str], counts: dict[Move, int], turns: list[AnalysedTurn], employee_words: int
) -> dict[str, float | None]:
    n = len(turns)
    words: int | None = None  # manager words: counted only if a feature needs them
    out: dict[str, float | None] = {}
    for name in names:
        kind, a, b = _parse_feature(name)
        if kind == "share":
            out[name] = counts[a] / n if n else 0.0  # type: ignore[index]
        elif kind == "any":
            out[name] = 1.0 if counts[a] else 0.0  # type: ignore[index]
        elif kind == "count":
            out[name] = float(min(counts[a], COUNT_CAP))  # type: ignore[index]
        elif kind == "ratio":
            both = counts[a] + counts[b]  # type: ignore[index]
            out[name] = counts[a] / both if both else None  # type: ignore[index]
        elif kind == "turns":
            out[name] = min(n, 20) / 20
        else:
            if words is None:
                words = _word_count(t.text for t in turns)
            if kind == "words_per_turn":
                out[name] = min(words / n, 100) / 100 if n else 0.0
            else:  # manager_talk_share
                total = words + employee_words
                out[name] = words / total if total else 0.5
    return out


def features(
    turns: list[AnalysedTurn], names: Iterable[str] = ALL_FEATURES, employee_words: int = 0
) -> dict[str, float | None]:
    """The named features (see :data:`simulator.content.rubrics.Feature`); all of them by default.

    ``employee_words`` is the number of words the employee spoke, for the talk share.
    """
    return _features(names, _counts(turns), turns, employee_words)


def _moves_of(feature: str) -> tuple[Move, ...]:
    _, a, _ = _parse_feature(feature)
    return (a,) if a is not None else ()


def _describe(feature: str, value: float | None, n: int) -> str:
    kind, _, arg = feature.partition(":")
    label = arg.replace("_", " ")
    if kind == "share":
        return f"{label} in {round((value or 0) * n)} of {n} turns"
    if kind == "any":
        return f"{label} {'present' if value else 'absent'}"
    if kind == "count":
        return f"{label} ×{int(value or 0)}"
    if kind == "manager_talk_share":
        return f"you spoke {value or 0:.0%} of the words"
    if kind == "ratio":
        a, b = (x.replace("_", " ") for x in arg.split("/"))
        return f"{a} {value:.0%} of {a} + {b}" if value is not None else f"no {a} or {b}"
    return f"{feature} {value}"


def _quote(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= QUOTE_CHARS else text[: QUOTE_CHARS - 1] + "…"


def _by_move(turns: list[AnalysedTurn]) -> dict[Move, list[AnalysedTurn]]:
    """The turns holding each move, in transcript order, each turn at most once per move."""
    index: dict[Move, list[AnalysedTurn]] = {m: [] for m in Move}
    for t in turns:
        for m in t.detection.moves:
            hits = index[m]
            if not hits or hits[-1] is not t:  # a detector may repeat a move within a turn
                hits.append(t)
    return index


def _first_turns(
    moves: tuple[Move, ...], by_move: dict[Move, list[AnalysedTurn]]
) -> list[AnalysedTurn]:
    """The first :data:`MAX_EVIDENCE` turns, in transcript order, holding any of ``moves``."""
    if len(moves) == 1:
        return by_move[moves[0]][:MAX_EVIDENCE]
    # Each list is in order, so the first few of the union are among the first few of each.
    first = {t.index: t for m in moves for t in by_move[m][:MAX_EVIDENCE]}
    return [first[i] for i in sorted(first)[:MAX_EVIDENCE]]


@dataclass(frozen=True, slots=True)
class _Rule:
    """A criterion's scoring rule, digested once per rubric rather than once per transcript."""

    criterion: Criterion
    base: float
    weights: tuple[tuple[str, float], ...]
    supports: tuple[Move, ...]
    """Moves of the positively weighted features: they give supporting evidence."""
    against: tuple[Move, ...]
    """Moves of the other features: they give counter-evidence."""

    @classmethod
    def of(cls, criterion: Criterion) -> _Rule | None:
        rule = criterion.scoring
        if rule is None:
            return None
        items = tuple(rule.weights.items())
        wanted = [
            tuple({m for feat, w in items if (w > 0) == supports for m in _moves_of(feat)})
            for supports in (True, False)
        ]
        return cls(criterion, rule.base, items, *wanted)


# Rubrics are frozen models, so their digested rules can be kept; keyed on identity (rubrics are
# not hashable) and holding the rubric itself, so an id is never reused while it is cached.
_RULES: dict[int, tuple[Rubric, list[_Rule | None], tuple[str, ...]]] = {}
_RULES_MAX = 32


def _rules(rubric: Rubric) -> tuple[list[_Rule | None], tuple[str, ...]]:
    """Each criterion's digested rule (``None`` if unscored) and the features the rubric uses."""
    hit = _RULES.get(id(rubric))
    if hit is not None and hit[0] is rubric:
        return hit[1], hit[2]
    rules = [_Rule.of(c) for c in rubric.criteria]
    names = _rubric_features(rubric)
    if len(_RULES) >= _RULES_MAX:
        _RULES.clear()
    _RULES[id(rubric)] = (rubric, rules, names)
    return rules, names


_CRITERION_SET = frozenset(("id", "name", "group", "score", "level", "rationale", "evidence"))


_NO_RULE = "no detector rule for this criterion; use an LLM judge"


def _unscored_criterion(criterion: Criterion, reason: str) -> CriterionScore:
    return CriterionScore(
        id=criterion.id, name=criterion.name, group=criterion.group, unscored_reason=reason
    )


def _score_rule(
    rule: _Rule,
    feats: dict[str, float | None],
    n: int,
    by_move: dict[Move, list[AnalysedTurn]],
    cited: dict[tuple[int, bool], Evidence],
) -> CriterionScore:
    """:func:`score_criterion` for a digested rule. ``cited`` holds the evidence already built
    for this transcript by (turn, supports): criteria often cite the same turns, and the
    models are frozen, so they are shared."""
    criterion = rule.criterion
    value = rule.base
    parts: list[tuple[float, str, float]] = []
    for feature, weight in rule.weights:
        f = feats.get(feature)
        if f is None:  # e.g. a ratio with no questions at all: no information either way
            continue
        value += weight * f
        if f:
            parts.append((weight * f, feature, f))
    value = min(5.0, max(1.0, value))
    evidence: list[Evidence] = []
    for supports, moves in ((True, rule.supports), (False, rule.against)):
        if not moves:
            continue
        for t in _first_turns(moves, by_move):
            e = cited.get((t.index, supports))
            if e is None:
                e = cited[t.index, supports] = trusted(
                    Evidence, {"turn": t.index, "quote": _quote(t.text), "supports": supports}
                )
            evidence.append(e)
    if len(parts) > 1:
        parts.sort(key=_weight_of)
    rationale = "; ".join([_describe(feat, f, n) for _, feat, f in parts[:3]])
    rationale = rationale or "none of the behaviours this rule looks for"
    level = math.floor(value + 0.5)
    # Built from a validated rubric and clamped numbers, so skip re-validation (see trusted).
    return trusted(
        CriterionScore,
        {
            "id": criterion.id,
            "name": criterion.name,
            "group": criterion.group,
            "score": round(value, 2),
            "level": level,
            "rationale": f"{criterion.anchors[level]} ({rationale})",  # type: ignore[index]
            "evidence": evidence,
            "unscored_reason": None,
            "source": "detectors",
        },
        set(_CRITERION_SET),
    )


def _weight_of(part: tuple[float, str, float]) -> float:
    return -abs(part[0])  # the largest contributions, either way, explain a score best


def score_criterion(
    criterion: Criterion,
    feats: dict[str, float | None],
    turns: list[AnalysedTurn],
    by_move: dict[Move, list[AnalysedTurn]],
) -> CriterionScore:
    """Apply one criterion's YAML rule to the features."""
    rule = _Rule.of(criterion)
    if rule is None:
        return _unscored_criterion(criterion, _NO_RULE)
    return _score_rule(rule, feats, len(turns), by_move, {})


_NAME: dict[Move, str] = {m: m.value for m in Move}
# suggest() only ever rewrites a turn holding one of these, so other turns skip the call.
_MAYBE_WEAK = frozenset(_WEAK_NOTES)
_WEAK_ORDER = (Move.JUDGMENT, Move.ADVICE, Move.CLOSED_QUESTION)  # which note a weak turn gets


def annotate(turns: list[AnalysedTurn]) -> list[TurnAnnotation]:
    """Per-turn moves and cues, with a rewrite suggested for weak turns."""
    out: list[TurnAnnotation] = []
    heard = False
    name = _NAME.__getitem__  # map() with a bound method keeps these loops in C
    for t in turns:
        detection = t.detection
        moves = detection.moves
        rewrite, note = None, ""
        if not _MAYBE_WEAK.isdisjoint(moves):
            rewrite = suggest(detection, t.text, t.prev, heard)
            weak_move = next((m for m in _WEAK_ORDER if m in moves), None)
            note = _WEAK_NOTES[weak_move] if rewrite and weak_move else ""
        # Built from detector output we trust, so skip re-validation: it dominates the cost.
        out.append(
            trusted(
                TurnAnnotation,
                {
                    "turn": t.index,
                    "moves": list(map(name, moves)),
                    "cues": dict(
                        zip(map(name, detection.cues), detection.cues.values(), strict=True)
                    ),
                    "weak": rewrite is not None,
                    "note": note,
                    "rewrite": rewrite,
                },
            )
        )
        if not heard:
            heard = Move.REFLECTION in moves or Move.OPEN_QUESTION in moves
    return out


def uncovered(transcript: Transcript, persona: Persona | None = None) -> Uncovered | None:
    """What a simulator session drew out, from the outcome stored in its metadata."""
    data: Any = transcript.metadata.get("rehearse")
    if not isinstance(data, dict):
        return None
    disclosed = [str(x) for x in data.get("layers_disclosed", [])]
    needs = [str(x) for x in data.get("needs_surfaced", [])]
    if persona is not None and persona.id == data.get("persona"):
        layer_names = {layer.id: layer.summary for layer in persona.layers}
        need_names = {n.id: n.summary for n in persona.needs}
        return Uncovered(
            layers_disclosed=[layer_names.get(x, x) for x in disclosed],
            layers_total=len(persona.layers),
            needs_surfaced=[need_names.get(x, x) for x in needs],
            needs_missed=[s for i, s in need_names.items() if i not in needs],
            next_step_agreed=bool(data.get("committed")),
            next_step=persona.next_step.summary,
            end_reason=data.get("end_reason"),
        )
    return Uncovered(
        layers_disclosed=disclosed,
        layers_total=int(data.get("layers_total", len(disclosed))),
        needs_surfaced=needs,
        next_step_agreed=bool(data.get("committed")),
        end_reason=data.get("end_reason"),
    )


def _not_english(turns: list[AnalysedTurn]) -> bool:
    # A sample of the opening turns is enough to tell the language, and keeps this cheap.
    sample = " ".join(t.text[:400] for t in turns[:12])
    words = (_ASCII_WORD if sample.isascii() else _WORD).findall(sample)
    if len(words) < 12:
        return False
    return sum(map(_ENGLISH.__contains__, map(str.lower, words))) / len(words) < 0.12


def _rubric_features(rubric: Rubric) -> tuple[str, ...]:
    return tuple(dict.fromkeys(f for c in rubric.criteria if c.scoring for f in c.scoring.weights))


def _unscored(transcript: Transcript, rubric: Rubric, reason: str) -> Scorecard:
    return Scorecard(
        transcript_id=transcript.id,
        rubric_id=rubric.id,
        criteria=[
            CriterionScore(id=c.id, name=c.name, group=c.group, unscored_reason=reason)
            for c in rubric.criteria
        ],
        groups=dict.fromkeys(rubric.groups),
        unscored_reason=reason,
    )


_SCORECARD_SET = frozenset(
    ("transcript_id", "rubric_id", "criteria", "groups", "overall", "annotations", "uncovered")
)


def score(
    transcript: Transcript,
    rubric: Rubric,
    *,
    persona: Persona | None = None,
    detector: Detector = detect,
) -> Scorecard:
    """Score ``transcript`` on ``rubric``. Never raises for content; unscorable input is
    returned as an unscored scorecard with the reason."""
    turns, employee = _analyse(transcript, detector)
    if not turns:
        spoke = any(t.speaker == "manager" for t in transcript.turns)
        reason = "every manager turn is empty" if spoke else "the transcript has no manager turns"
        return _unscored(transcript, rubric, reason)
    if _not_english(turns):
        return _unscored(
            transcript,
            rubric,
            "the manager's turns do not look like English; the detectors are English-only",
        )
    rules, names = _rules(rubric)
    feats = _features(names, _counts(turns), turns, _word_count(employee))
    by_move = _by_move(turns)
    n = len(turns)
    cited: dict[tuple[int, bool], Evidence] = {}
    criteria = [
        _unscored_criterion(c, _NO_RULE)
        if rule is None
        else _score_rule(rule, feats, n, by_move, cited)
        for c, rule in zip(rubric.criteria, rules, strict=True)
    ]
    groups, overall = group_means(((c.group, c.score) for c in criteria), rubric.groups)
    # Every part was built above from validated input, so skip re-validation (see trusted).
    return trusted(
        Scorecard,
        {
            "transcript_id": transcript.id,
            "rubric_id": rubric.id,
            "criteria": criteria,
            "groups": groups,
            "overall": overall,
            "annotations": annotate(turns),
            "uncovered": uncovered(transcript, persona),
            "unscored_reason": None,
        },
        set(_SCORECARD_SET),
    )
