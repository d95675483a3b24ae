"""A practice run in the app: a :class:`~simulator.conversation.session.Session` plus the clock.

The short, intentional one-on-one is the skill being practised, so the app offers a timed
mode: the run ends by itself when the time is up. The session's engine has no notion of
wall-clock time, so the run keeps the deadline and marks the session ended itself.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from simulator.content.transcript import Transcript
from simulator.conversation.engine import EndReason
from simulator.conversation.session import Session

if TYPE_CHECKING:
    from simulator.judge.second_opinion import AppJudge, JudgeOutcome
    from simulator.store.archive import Archived
    from simulator.store.database import Store

TIMED_SECONDS = 180.0
"""The timed mode's length: three minutes."""

END_REASONS: dict[EndReason, str] = {
    EndReason.COMMITTED: "they agreed a next step",
    EndReason.SHUTDOWN: "they shut down",
    EndReason.TURN_LIMIT: "the meeting ran out of turns",
    EndReason.TIME_UP: "the three minutes were up",
    EndReason.ENDED_BY_YOU: "you ended it",
}
"""How each end reason reads to the manager."""


@dataclass
class Practice:
    """One manager's run with one persona, as the app holds it in per-browser state."""

    session: Session
    time_limit: float | None = None
    """Seconds allowed, or ``None`` for an untimed run."""
    started: float = field(default_factory=time.monotonic)
    end_reason: EndReason | None = None
    """Why the run ended, when the run (not the engine) ended it: time up or ended by you."""
    pending: str | None = None
    """A manager message whose reply failed, kept so it can be retried."""
    result: Archived | None = None
    """Set once the run is scored and stored, so it is never stored twice."""
    judged: JudgeOutcome | None = None
    """The LLM judge's opinion, asked after :attr:`result` is kept (only if one is set up)."""
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)
    """Held while finishing: a timer tick and the End button may race to finish the run."""

    @property
    def ended(self) -> bool:
        return self.session.ended or self.end_reason is not None

    def remaining(self, now: float | None = None) -> float | None:
        """Seconds left in a timed run (never negative), else ``None``."""
        if self.time_limit is None:
            return None
        now = time.monotonic() if now is None else now
        return max(0.0, self.time_limit - (now - self.started))

    def expired(self, now: float | None = None) -> bool:
        """Whether a timed run has run out of time."""
        left = self.remaining(now)
        return left is not None and left <= 0

    def end(self, reason: EndReason = EndReason.ENDED_BY_YOU) -> None:
        """End the run now; a session the engine already ended keeps the engine's reason."""
        if self.session.ended:
            return
        state = self.session.engine.state
        # They agreed and the manager ended before a closing line: it still ended in agreement.
        self.end_reason = EndReason.COMMITTED if state.committed else reason
        # Refuse further turns through the session's own check.
        state.ended = True

    def ask_judge(
        self, judge: AppJudge | None, *, store: Store | None = None, viewer: str | None = None
    ) -> JudgeOutcome | None:
        """Once the run is archived, the judge's outcome for it (asked once, never raising);
        ``None`` with no judge configured or nothing to judge.

        With ``store`` and ``viewer`` (the signed-in user) the outcome is kept in the
        database, and one already kept there is reused. If the judge is already at work on
        this run (:meth:`AppJudge.outcome_async`), this waits for that answer, so a chained
        event can call it after the debrief has been shown.
        """
        if judge is None or self.result is None:
            return None
        if self.judged is None:
            from simulator.content import catalog

            rubric = self.session.rubric or catalog.DEFAULT_RUBRIC
            self.judged = judge.outcome(
                self.result.id,
                self.result.transcript,
                lambda: catalog.get_rubric(rubric),
                store=store,
                viewer=viewer,
            )
        return self.judged

    def transcript(self) -> Transcript:
        """The session's transcript, with this run's end reason when the run ended it."""
        t = self.session.transcript()
        outcome = t.session_outcome()
        if self.end_reason is None or outcome is None:
            return t
        return t.with_session_outcome(
            outcome.model_copy(update={"end_reason": self.end_reason.value, "ended": True})
        )
