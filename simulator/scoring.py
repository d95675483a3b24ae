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

from simulator.moves import Detection, Move, detect
from simulator.personas import Persona
from simulator.rewrites import suggest
from simulator.rubrics import Criterion, Rubric
from simulator.scorecard import (
    CriterionScore,
    Evidence,
    Scorecard,
    TurnAnnotation,
    Uncovered,
    group_means,
)
from simulator.transcript import Transcript

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


def analyse(transcript: Transcript, detector: Detector = detect) -> list[AnalysedTurn]:
    """Detect moves in every non-empty manager turn, with the employee turn before as context."""
    out: list[AnalysedTurn] = []
    prev: str | None = None
    for i, turn in enumerate(transcript.turns):
        if turn.speaker == "employee":
            prev = turn.text
            continue
        if turn.text.strip():
            out.append(AnalysedTurn(i, turn.text, prev, detector(turn.text, prev)))
        prev = None
    return out


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


def features(
    turns: list[AnalysedTurn], names: Iterable[str] = ALL_FEATURES, employee_words: int = 0
) -> dict[str, float | None]:
    """The named features (see :data:`simulator.rubrics.Feature`); all of them by default.

    ``employee_words`` is the number of words the employee spoke, for the talk share.
    """
    n = len(turns)
    counts: dict[Move, int] = dict.fromkeys(Move, 0)
    for t in turns:
        for m in t.detection.moves:
            counts[m] += 1
    out: dict[str, float | None] = {}
    for name in names:
        kind, a, b = _parse_feature(name)
        if kind == "share":
            out[name] = counts[a] / n if n else 0.0
        elif kind == "any":
            out[name] = 1.0 if counts[a] else 0.0
        elif kind == "count":
            out[name] = float(min(counts[a], COUNT_CAP))
        elif kind == "ratio":
            both = counts[a] + counts[b]
            out[name] = counts[a] / both if both else None
        elif kind == "turns":
            out[name] = min(n, 20) / 20
        elif kind == "words_per_turn":
            words = sum(len(t.text.split()) for t in turns)
            out[name] = min(words / n, 100) / 100 if n else 0.0
        else:  # manager_talk_share
            words = sum(len(t.text.split()) for t in turns)
            total = words + employee_words
            out[name] = words / total if total else 0.5
    return out


def _moves_of(feature: str) -> tuple[Move, ...]:
    _, a, _ = _parse_feature(feature)
    return (a,) if a is not None else ()


def _index(t: AnalysedTurn) -> int:
    return t.index


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
    index: dict[Move, list[AnalysedTurn]] = {m: [] for m in Move}
    for t in turns:
        for m in t.detection.moves:
            index[m].append(t)
    return index


def score_criterion(
    criterion: Criterion,
    feats: dict[str, float | None],
    turns: list[AnalysedTurn],
    by_move: dict[Move, list[AnalysedTurn]],
) -> CriterionScore:
    """Apply one criterion's YAML rule to the features."""
    base = {"id": criterion.id, "name": criterion.name, "group": criterion.group}
    rule = criterion.scoring
    if rule is None:
        return CriterionScore(
            **base, unscored_reason="no detector rule for this criterion; use an LLM judge"
        )
    value = rule.base
    parts: list[tuple[float, str, float]] = []
    for feature, weight in rule.weights.items():
        f = feats.get(feature)
        if f is None:  # e.g. a ratio with no questions at all: no information either way
            continue
        value += weight * f
        if f:
            parts.append((weight * f, feature, f))
    value = min(5.0, max(1.0, value))
    evidence: list[Evidence] = []
    for supports in (True, False):
        wanted = {
            m for feat, w in rule.weights.items() if (w > 0) == supports for m in _moves_of(feat)
        }
        hits = sorted({t.index: t for m in wanted for t in by_move[m]}.values(), key=_index)
        evidence += [
            Evidence.model_construct(turn=t.index, quote=_quote(t.text), supports=supports)
            for t in hits[:MAX_EVIDENCE]
        ]
    parts.sort(key=lambda p: -abs(p[0]))
    rationale = "; ".join(_describe(feat, f, len(turns)) for _, feat, f in parts[:3])
    rationale = rationale or "none of the behaviours this rule looks for"
    level = math.floor(value + 0.5)
    return CriterionScore(
        **base,
        score=round(value, 2),
        level=level,
        rationale=f"{criterion.anchors[level]} ({rationale})",
        evidence=evidence,
    )


def annotate(turns: list[AnalysedTurn]) -> list[TurnAnnotation]:
    """Per-turn moves and cues, with a rewrite suggested for weak turns."""
    out: list[TurnAnnotation] = []
    heard = False
    for t in turns:
        moves = t.detection.moves
        rewrite = suggest(t.detection, t.text, t.prev, heard)
        weak_move = next(
            (m for m in (Move.JUDGMENT, Move.ADVICE, Move.CLOSED_QUESTION) if m in moves), None
        )
        note = _WEAK_NOTES[weak_move] if rewrite and weak_move else ""
        # Built from detector output we trust, so skip re-validation: it dominates the cost.
        out.append(
            TurnAnnotation.model_construct(
                turn=t.index,
                moves=[m.value for m in moves],
                cues={m.value: c for m, c in t.detection.cues.items()},
                weak=rewrite is not None,
                note=note,
                rewrite=rewrite,
            )
        )
        heard = heard or bool({Move.REFLECTION, Move.OPEN_QUESTION} & set(moves))
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
    words = [w.lower() for w in _WORD.findall(sample)]
    if len(words) < 12:
        return False
    return sum(w in _ENGLISH for w in words) / len(words) < 0.12


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


def score(
    transcript: Transcript,
    rubric: Rubric,
    *,
    persona: Persona | None = None,
    detector: Detector = detect,
) -> Scorecard:
    """Score ``transcript`` on ``rubric``. Never raises for content; unscorable input is
    returned as an unscored scorecard with the reason."""
    turns = analyse(transcript, detector)
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
    employee_words = sum(len(t.text.split()) for t in transcript.turns if t.speaker == "employee")
    feats = features(turns, _rubric_features(rubric), employee_words)
    by_move = _by_move(turns)
    criteria = [score_criterion(c, feats, turns, by_move) for c in rubric.criteria]
    groups, overall = group_means(((c.group, c.score) for c in criteria), rubric.groups)
    return Scorecard(
        transcript_id=transcript.id,
        rubric_id=rubric.id,
        criteria=criteria,
        groups=groups,
        overall=overall,
        annotations=annotate(turns),
        uncovered=uncovered(transcript, persona),
    )
