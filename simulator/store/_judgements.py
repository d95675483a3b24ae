"""The LLM judge's opinions in the store, as a part of :class:`~simulator.store.Store`.

Kept apart from :mod:`.database` only to keep that module small; the methods use the same
visibility rule as sessions (the owner, or a coach the session is shared with).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from contextlib import AbstractContextManager
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from simulator.store._errors import StoreError
from simulator.store.records import StoredJudgement, StoredSession, _judgement
from simulator.store.tables import JudgeRow


class JudgementsMixin:
    """:meth:`save_judgement` and :meth:`judgement`, mixed into the store."""

    if TYPE_CHECKING:  # provided by Store

        def get(self, session_id: str, viewer: str) -> StoredSession | None: ...

        def _tx(self, what: str) -> AbstractContextManager[Session]: ...

    def save_judgement(
        self,
        session_id: str,
        viewer: str,
        *,
        judge: str,
        model: str | None = None,
        scores: Mapping[str, float | None] | None = None,
        error: str | None = None,
        prompt: Sequence[Mapping[str, str]] = (),
        samples: Sequence[Mapping[str, Any]] = (),
        result: Mapping[str, Any] | None = None,
        created_at: datetime | None = None,
    ) -> StoredJudgement:
        """Keep a judge's opinion on a session ``viewer`` may see (owner or a coach it is
        shared with), with the prompt and each call's raw output for audit.

        Each call adds a row; :meth:`judgement` reads the newest. Raises :class:`StoreError`
        when the session is not there or not visible to ``viewer``.
        """
        if self.get(session_id, viewer) is None:
            raise StoreError(
                f"no session {session_id!r} that {viewer!r} may see to attach a judgement to",
                hint="store the session before its judge result",
            )
        row = JudgeRow(
            session_id=session_id,
            judge=judge,
            model=model,
            created_at=created_at or datetime.now(UTC),
            scores=dict(scores or {}),
            error=error,
            prompt=[dict(m) for m in prompt],
            samples=[dict(s) for s in samples],
            result=dict(result) if result is not None else None,
        )
        with self._tx("save the judge result") as db:
            db.add(row)
            db.flush()
            return _judgement(row)

    def judgement(self, session_id: str, viewer: str) -> StoredJudgement | None:
        """The newest judge opinion on a session ``viewer`` may see, else ``None``."""
        if self.get(session_id, viewer) is None:
            return None
        with self._tx("read the judge result") as db:
            row = db.scalars(
                select(JudgeRow)
                .where(JudgeRow.session_id == session_id)
                .order_by(JudgeRow.created_at.desc(), JudgeRow.id.desc())
                .limit(1)
            ).first()
            return _judgement(row) if row is not None else None
