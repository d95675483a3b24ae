"""Each session's scores without its transcript, as a part of :class:`~simulator.store.Store`.

The quadrant chart on every debrief plots the person's earlier sessions. Loading them with
:meth:`~simulator.store.Store.sessions` parsed every transcript and scorecard in the history
at each session's end: a cost (CPU and a memory peak) that grew with the history, paid while
other people wait for their replies. This reads only the columns the chart needs.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from simulator.store.records import StoredSession, _utc
from simulator.store.tables import SessionRow


@dataclass(frozen=True)
class ScorePoint:
    """One session as the chart shows it: its label and its two axes' scores."""

    id: str
    label: str
    empathy: float | None
    execution: float | None


class PointsMixin:
    """:meth:`score_points`, mixed into the store."""

    if TYPE_CHECKING:  # provided by Store

        def _tx(self, what: str) -> AbstractContextManager[Session]: ...

    def score_points(self, owner: str, *, source: str | None = None) -> list[ScorePoint]:
        """``owner``'s sessions (of ``source`` only, if given), oldest first, with the same
        labels as :meth:`~simulator.store.Store.sessions` but no transcript or scorecard."""
        c = SessionRow
        query = select(
            c.id, c.owner, c.source, c.created_at, c.persona_id, c.persona_name, c.rubric_id,
            c.overall, c.empathy, c.execution,
        ).where(c.owner == owner)  # fmt: skip
        if source:
            query = query.where(c.source == source)
        with self._tx("list scores") as db:
            rows = db.execute(query.order_by(c.created_at, c.id)).all()
        # The label is StoredSession's own, so the chart and the history lists read alike.
        return [
            ScorePoint(
                r.id,
                StoredSession(
                    id=r.id,
                    owner=r.owner,
                    source=r.source,
                    created_at=_utc(r.created_at),
                    persona_id=r.persona_id,
                    persona_name=r.persona_name,
                    rubric_id=r.rubric_id,
                    partner=None,
                    manager_turns=0,
                    overall=r.overall,
                    empathy=r.empathy,
                    execution=r.execution,
                    scores={},
                    layers_disclosed=None,
                    layers_total=None,
                    committed=False,
                    end_reason=None,
                    transcript_data={},
                    scorecard_data={},
                ).label,
                r.empathy,
                r.execution,
            )
            for r in rows
        ]
