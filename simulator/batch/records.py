"""The batch record: one ``results.jsonl`` line, typed.

:class:`BatchRecord` is what a worker builds from a scorecard, what the judge rewrites, what
the output folder compacts and what the cohort report and ``results.csv`` read. It is a
strict pydantic model, so a line that does not hold what the report needs is rejected where
it is read rather than half-rendered.

On disk a record keeps the field names ``results.jsonl`` has always had (the README lists
them): ``id``, ``source``, ``key``, ``rubric``, ``overall``, then one field per group of
the rubric, named by the rubric (``empathy`` and ``execution`` for the default one), then
``criteria``, the moves seen, the weak-turn count and one coaching moment. With a judge,
``criteria`` holds the judge's scores and ``detectors`` the detectors'. In memory the group
scores live in :attr:`BatchRecord.groups`, in rubric order, so no code needs to know what a
rubric calls its groups.

Lines written before the record was typed (record version 1) still parse: their ``groups``
object and top-level group scores are gathered into :attr:`BatchRecord.groups`. Their keys
differ from today's (see :data:`simulator.batch.keys.RECORD_VERSION`), so a resumed run scores
those transcripts again and the new line supersedes the old at compaction.
"""

from __future__ import annotations

import functools
import json
from collections import Counter
from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from simulator.content.rubrics import Rubric
from simulator.content.transcript import Transcript
from simulator.errors import RehearseError
from simulator.moves.vocabulary import Move
from simulator.scoring.scorecard import CriterionScore, Scorecard, TurnAnnotation, group_means

QUOTE_CHARS = 160
"""How much of a weak turn the coaching moment quotes."""
WEAK_ORDER: tuple[str, ...] = (Move.JUDGMENT, Move.ADVICE, Move.CLOSED_QUESTION)
"""Which weak move makes a turn most worth a coach's time, most first."""
DETECTORS = "detectors"
"""``scored_by`` for a record no judge has rated."""
RATIONALE_CHARS = 300
"""How much of each judge rationale a record keeps (the app's audit keeps it all)."""


class _Strict(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid", frozen=True, populate_by_name=True)


class CoachNote(_Strict):
    """The weak turn most worth a coach's time, with a better way to say it."""

    turn: int = Field(ge=0, description="Index into the transcript's turns.")
    said: str = Field(description=f"What the manager said, cut to {QUOTE_CHARS} characters.")
    note: str = Field(description="Why the turn is weak.")
    try_: str = Field(alias="try", description="The suggested rewrite.")


class Quote(_Strict):
    """A turn the judge quoted as evidence for a criterion."""

    turn: int = Field(ge=0)
    quote: str


class BatchRecord(_Strict):
    """One transcript's result in a batch (see the module docstring for the line format)."""

    id: str
    source: str = Field(description="file, file:line for JSONL, or file#n for several per file.")
    key: str = Field(description="Hash of transcript, rubric, scorer code and judge.")
    rubric: str
    overall: float | None
    groups: dict[str, float | None] = Field(description="Group sub-scores, in rubric order.")
    criteria: dict[str, float | None] = Field(description="Scores by criterion id.")
    unscored_reason: str | None = None
    scored_by: str = DETECTORS
    persona: str | None = None
    turns: int = Field(ge=0)
    manager_turns: int = Field(ge=0)
    weak_turns: int = Field(ge=0)
    moves: dict[str, int] = Field(description="Manager turns showing each move.")
    coach_note: CoachNote | None = None
    transcript_sha256: str
    rubric_sha256: str
    detectors: dict[str, float | None] | None = Field(
        None, description="The detectors' criterion scores, when a judge set ``criteria``."
    )
    rationales: dict[str, str] | None = Field(None, description="The judge's reasons.")
    evidence: dict[str, list[Quote]] | None = Field(None, description="The judge's quotes.")
    judge_unscored: dict[str, str] | None = Field(
        None, description="Why the judge left a criterion unscored (its score is then None)."
    )

    @model_validator(mode="before")
    @classmethod
    def _gather_groups(cls, data: Any) -> Any:
        """On disk each group is a top-level field; gather them into ``groups``."""
        if not isinstance(data, dict):
            return data
        fields = _fields()
        if isinstance(data.get("groups"), dict) and fields.issuperset(data):
            return data  # already in memory form
        gathered: dict[str, Any] = {}
        rest: dict[str, Any] = {}
        for k, v in data.items():
            if k in fields:
                rest[k] = v
            elif v is None or (isinstance(v, int | float) and not isinstance(v, bool)):
                gathered[k] = v
            else:
                rest[k] = v  # not a score: left for extra="forbid" to name
        legacy = rest.get("groups")
        if isinstance(legacy, dict):  # record version 1 kept groups beyond the first two here
            gathered |= legacy
        rest["groups"] = gathered
        return rest

    def line(self) -> str:
        """The record as one JSON line (no newline), in the documented field order."""
        return json.dumps(
            self.on_disk(), ensure_ascii=False, separators=(",", ":"), allow_nan=False
        )

    def on_disk(self) -> dict[str, Any]:
        """The record as written: group scores as top-level fields, empty options left out."""
        out: dict[str, Any] = {
            "id": self.id,
            "source": self.source,
            "key": self.key,
            "rubric": self.rubric,
            "overall": self.overall,
        }
        out |= self.groups
        out["criteria"] = dict(self.criteria)
        if self.unscored_reason is not None:
            out["unscored_reason"] = self.unscored_reason
        out["scored_by"] = self.scored_by
        out["persona"] = self.persona
        out["turns"] = self.turns
        out["manager_turns"] = self.manager_turns
        out["weak_turns"] = self.weak_turns
        out["moves"] = dict(self.moves)
        if self.coach_note is not None:
            out["coach_note"] = self.coach_note.model_dump(by_alias=True)
        out["transcript_sha256"] = self.transcript_sha256
        out["rubric_sha256"] = self.rubric_sha256
        if self.detectors is not None:
            out["detectors"] = dict(self.detectors)
        if self.rationales is not None:
            out["rationales"] = dict(self.rationales)
        if self.evidence is not None:
            out["evidence"] = {k: [q.model_dump() for q in v] for k, v in self.evidence.items()}
        if self.judge_unscored is not None:
            out["judge_unscored"] = dict(self.judge_unscored)
        return out

    @classmethod
    def from_line(cls, line: str | bytes) -> BatchRecord:
        """Parse one ``results.jsonl`` line; raises :class:`pydantic.ValidationError`."""
        return cls.model_validate_json(line)

    def group(self, name: str) -> float | None:
        """The sub-score of group ``name`` (None when unscored or not in this rubric)."""
        return self.groups.get(name)

    def judged(self, scores: Sequence[CriterionScore], rubric: Rubric, judge: str) -> BatchRecord:
        """This record as rated by a judge (``scores``: its criterion scores).

        ``criteria`` becomes the judge's; a criterion the judge could not score is ``None``
        with its reason under ``judge_unscored``, never the detectors' score passed off as
        the judge's. The detectors' scores stay under ``detectors`` so a coach can see where
        the two agree. Groups and overall follow the scorer
        (:func:`simulator.scoring.scorecard.group_means`).
        """
        by_id = {c.id: c for c in scores}
        criteria = {c.id: by_id[c.id].score if c.id in by_id else None for c in rubric.criteria}
        groups, overall = group_means(
            ((c.group, criteria[c.id]) for c in rubric.criteria), rubric.groups
        )
        evidence = {
            c.id: [Quote(turn=e.turn, quote=e.quote) for e in c.evidence]
            for c in scores
            if c.evidence
        }
        unscored = {c.id: c.unscored_reason or "unscored" for c in scores if c.score is None}
        return self.model_copy(
            update={
                "overall": overall,
                "groups": groups,
                "criteria": criteria,
                "unscored_reason": None if overall is not None else self.unscored_reason,
                "scored_by": judge,
                "detectors": dict(self.criteria),
                "rationales": {c.id: c.rationale[:RATIONALE_CHARS] for c in scores if c.rationale},
                "evidence": evidence or None,
                "judge_unscored": unscored or None,
            }
        )


@functools.cache
def _fields() -> frozenset[str]:
    # Read once: pydantic's class-level model_fields is a slow property, and the report
    # parses every line of a large batch.
    return frozenset(BatchRecord.model_fields)


def check_rubric(rubric: Rubric) -> None:
    """Raise a :class:`RehearseError` if a group name would clash with a record field."""
    clash = sorted(set(rubric.groups) & _fields())
    if clash:
        raise RehearseError(
            f"rubric {rubric.id!r} names a group {clash[0]!r}, which results.jsonl uses "
            "for another field",
            field="groups",
            hint=f"rename the group in the rubric file (reserved: {', '.join(clash)})",
        )


def has_manager_text(transcript: Transcript) -> bool:
    """Whether there is anything for a judge to rate."""
    return any(t.speaker == "manager" and t.text.strip() for t in transcript.turns)


def _quote(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= QUOTE_CHARS else text[: QUOTE_CHARS - 1] + "…"


def _weak_rank(annotation: TurnAnnotation) -> int:
    return min(
        (WEAK_ORDER.index(m) for m in annotation.moves if m in WEAK_ORDER), default=len(WEAK_ORDER)
    )


def coach_note(card: Scorecard, transcript: Transcript) -> CoachNote | None:
    """The weak turn most worth a coach's time: the worst weak move, earliest first."""
    weak = [a for a in card.annotations if a.weak and a.rewrite]
    if not weak:
        return None
    pick = min(weak, key=lambda a: (_weak_rank(a), a.turn))
    assert pick.rewrite is not None
    return CoachNote(
        turn=pick.turn,
        said=_quote(transcript.turns[pick.turn].text),
        note=pick.note,
        try_=pick.rewrite,
    )


def build_record(
    transcript: Transcript,
    card: Scorecard,
    *,
    source: str,
    key: str,
    transcript_digest: str,
    rubric_digest: str,
) -> BatchRecord:
    """The record of one transcript scored by the detectors."""
    moves = Counter(m for a in card.annotations for m in a.moves)
    return BatchRecord(
        id=card.transcript_id,
        source=source,
        key=key,
        rubric=card.rubric_id,
        overall=card.overall,
        groups=dict(card.groups),
        criteria={c.id: c.score for c in card.criteria},
        unscored_reason=card.unscored_reason,
        persona=transcript.persona,
        turns=len(transcript.turns),
        manager_turns=len(card.annotations),
        weak_turns=sum(a.weak for a in card.annotations),
        moves=dict(sorted(moves.items())),
        coach_note=coach_note(card, transcript),
        transcript_sha256=transcript_digest,
        rubric_sha256=rubric_digest,
    )
