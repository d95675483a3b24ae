"""The database schema as SQLAlchemy models: sessions, shares and comments.

Changing it means adding a migration in :mod:`simulator.store.migrations`; a test compares
these models with the migrated database so the two cannot drift apart.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# ----------------------------------------------------------------------------------------
# Schema. Changing it means adding a migration in simulator/store/migrations/versions/; a test
# compares these models with the migrated database so the two cannot drift apart.
# ----------------------------------------------------------------------------------------

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class SessionRow(Base):
    __tablename__ = "sessions"

    id: Mapped[str] = mapped_column(String(200), primary_key=True)
    owner: Mapped[str] = mapped_column(String(128), index=True)
    source: Mapped[str] = mapped_column(String(16), default="practice")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    persona_id: Mapped[str | None] = mapped_column(String(64), index=True)
    persona_name: Mapped[str | None] = mapped_column(String(200))
    rubric_id: Mapped[str] = mapped_column(String(64))
    partner: Mapped[str | None] = mapped_column(String(200))
    manager_turns: Mapped[int] = mapped_column(Integer, default=0)
    overall: Mapped[float | None] = mapped_column(Float)
    empathy: Mapped[float | None] = mapped_column(Float)
    execution: Mapped[float | None] = mapped_column(Float)
    scores: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    layers_disclosed: Mapped[int | None] = mapped_column(Integer)
    layers_total: Mapped[int | None] = mapped_column(Integer)
    committed: Mapped[bool] = mapped_column(Boolean, default=False)
    end_reason: Mapped[str | None] = mapped_column(String(32))
    transcript: Mapped[dict[str, Any]] = mapped_column(JSON)
    scorecard: Mapped[dict[str, Any]] = mapped_column(JSON)
    transcript_file: Mapped[str | None] = mapped_column(Text)
    feedback_seen_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    """When the owner last opened the session's feedback (migration 0002)."""


class ShareRow(Base):
    __tablename__ = "shares"

    session_id: Mapped[str] = mapped_column(
        String(200), ForeignKey("sessions.id", ondelete="CASCADE"), primary_key=True
    )
    coach: Mapped[str] = mapped_column(String(128), primary_key=True, index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    reviewed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    """When the coach marked the session reviewed; ``None`` while unreviewed (0002)."""


class CommentRow(Base):
    __tablename__ = "comments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    session_id: Mapped[str] = mapped_column(
        String(200), ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    turn: Mapped[int | None] = mapped_column(Integer)
    author: Mapped[str] = mapped_column(String(128))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    edited_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    """When the text was last changed, ``None`` if never (migration 0002)."""


metadata = Base.metadata


class JudgeRow(Base):
    """One LLM-judge opinion on a session, kept whole for audit (migration 0003).

    A session may be judged more than once (a retry after an outage, another judge model);
    each opinion is its own row and readers take the newest.
    """

    __tablename__ = "judge_results"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    session_id: Mapped[str] = mapped_column(
        String(200), ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    judge: Mapped[str] = mapped_column(String(200))
    """How the app describes the judge (its settings label), else the model's name."""
    model: Mapped[str | None] = mapped_column(String(200))
    """The model that answered; ``None`` when the judge could not even be built."""
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    scores: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    """``{criterion id: score or None}``, for queries that do not want the whole result."""
    error: Mapped[str | None] = mapped_column(Text)
    """Why the judge is unavailable for this session, if it is."""
    prompt: Mapped[list[Any]] = mapped_column(JSON, default=list)
    """The messages sent to the model, as the judge keeps them."""
    samples: Mapped[list[Any]] = mapped_column(JSON, default=list)
    """Each call's audit: the raw model output, its mode and any errors."""
    result: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    """The judge's result without its prompt and samples (those are the columns above)."""
