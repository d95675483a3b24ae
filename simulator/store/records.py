"""What the store hands out: plain, frozen records of sessions, comments and inbox entries,
never live database rows, so callers cannot change the database by accident."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from simulator.content.transcript import Transcript
from simulator.scoring.scorecard import Scorecard
from simulator.scoring.vocabulary import fmt_score
from simulator.store.tables import CommentRow, JudgeRow, SessionRow


def _utc(value: datetime) -> datetime:
    # SQLite hands back naive datetimes; everything is written in UTC.
    return value if value.tzinfo else value.replace(tzinfo=UTC)


# ----------------------------------------------------------------------------------------
# What callers get back: plain values, detached from any database session.
# ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Comment:
    """A coach's remark on one turn (``turn`` is its index), or the overall note (``None``)."""

    id: int
    session_id: str
    turn: int | None
    author: str
    text: str
    created_at: datetime
    edited_at: datetime | None = None

    @property
    def changed_at(self) -> datetime:
        """When the comment last changed: written, or edited since."""
        return self.edited_at or self.created_at


@dataclass(frozen=True)
class InboxEntry:
    """A session shared with a coach, as their inbox lists it."""

    session: StoredSession
    shared_at: datetime
    reviewed_at: datetime | None
    comments: int
    """How many comments and notes this coach has written on it."""

    @property
    def reviewed(self) -> bool:
        """Whether the coach has marked the session reviewed."""
        return self.reviewed_at is not None


@dataclass(frozen=True)
class StoredSession:
    """One finished session (or uploaded transcript) with its scorecard."""

    id: str
    owner: str
    source: str
    created_at: datetime
    persona_id: str | None
    persona_name: str | None
    rubric_id: str
    partner: str | None
    manager_turns: int
    overall: float | None
    empathy: float | None
    execution: float | None
    scores: dict[str, float | None]
    layers_disclosed: int | None
    layers_total: int | None
    committed: bool
    end_reason: str | None
    transcript_data: dict[str, Any] = field(repr=False)
    scorecard_data: dict[str, Any] = field(repr=False)
    transcript_file: str | None = None
    shared_with: tuple[str, ...] = ()

    @property
    def transcript(self) -> Transcript:
        return Transcript.model_validate(self.transcript_data)

    @property
    def card(self) -> Scorecard:
        return Scorecard.model_validate(self.scorecard_data)

    @property
    def label(self) -> str:
        """How a person picks this session from a list."""
        when = self.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
        who = self.persona_name or self.persona_id or self.transcript_data.get("id", self.id)
        score = fmt_score(self.overall)
        kind = " (upload)" if self.source == "upload" else ""
        return f"{when} · {who}{kind} · {score}"


@dataclass(frozen=True)
class StoredJudgement:
    """One LLM-judge opinion on a session, with the prompt and raw output behind it.

    Plain JSON, so the store needs nothing from :mod:`simulator.judge`;
    :meth:`simulator.judge.second_opinion.AppJudge.stored` turns it back into an outcome.
    """

    id: int
    session_id: str
    judge: str
    model: str | None
    created_at: datetime
    scores: dict[str, float | None]
    error: str | None
    prompt: list[dict[str, str]] = field(repr=False)
    samples: list[dict[str, Any]] = field(repr=False)
    result: dict[str, Any] | None = field(repr=False, default=None)

    @property
    def raw(self) -> list[str]:
        """The model's raw output, one entry per call."""
        return [str(s.get("raw", "")) for s in self.samples]


def _judgement(row: JudgeRow) -> StoredJudgement:
    return StoredJudgement(
        id=row.id,
        session_id=row.session_id,
        judge=row.judge,
        model=row.model,
        created_at=_utc(row.created_at),
        scores=dict(row.scores or {}),
        error=row.error,
        prompt=list(row.prompt or []),
        samples=list(row.samples or []),
        result=dict(row.result) if row.result is not None else None,
    )


def _stored(row: SessionRow, shared: Sequence[str] = ()) -> StoredSession:
    return StoredSession(
        id=row.id,
        owner=row.owner,
        source=row.source,
        created_at=_utc(row.created_at),
        persona_id=row.persona_id,
        persona_name=row.persona_name,
        rubric_id=row.rubric_id,
        partner=row.partner,
        manager_turns=row.manager_turns,
        overall=row.overall,
        empathy=row.empathy,
        execution=row.execution,
        scores=dict(row.scores or {}),
        layers_disclosed=row.layers_disclosed,
        layers_total=row.layers_total,
        committed=row.committed,
        end_reason=row.end_reason,
        transcript_data=row.transcript,
        scorecard_data=row.scorecard,
        transcript_file=row.transcript_file,
        shared_with=tuple(sorted(shared)),
    )


def _comment(row: CommentRow) -> Comment:
    return Comment(
        id=row.id,
        session_id=row.session_id,
        turn=row.turn,
        author=row.author,
        text=row.text,
        created_at=_utc(row.created_at),
        edited_at=_utc(row.edited_at) if row.edited_at else None,
    )
