"""The LLM judge in the app: a second opinion next to the detectors' scorecard.

Only when a judge is configured (``REHEARSE_JUDGE_MODEL``) does the app call it, and only
after the detector scorecard is computed and the transcript archived, so a judge that fails
(unreachable, bad reply, bad spec) costs nothing but its own opinion: the outcome then says
``Judge unavailable: <reason>`` and the detector scorecard stands as it is.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from simulator.content.rubrics import Rubric
from simulator.content.transcript import Transcript
from simulator.errors import RehearseError
from simulator.judge._judge import Judge, build_judge
from simulator.judge._results import JudgeResult
from simulator.settings import SCRIPTED, Settings, get_settings


@dataclass(frozen=True)
class JudgeOutcome:
    """What the judge said about one session, or why it could not say anything."""

    result: JudgeResult | None = None
    error: str | None = None
    """Set when the judge is unavailable; the result (if any) is kept only for audit."""

    @property
    def message(self) -> str | None:
        """``Judge unavailable: <reason>`` when there is nothing to show."""
        return f"Judge unavailable: {self.error}" if self.error else None


def rate(judge: Judge, transcript: Transcript, rubric: Rubric) -> JudgeOutcome:
    """Ask ``judge`` about ``transcript``; a failure becomes an outcome, never an exception."""
    try:
        result = judge.rate(transcript, rubric)
    except (RehearseError, ValueError) as exc:
        return JudgeOutcome(error=str(exc) or type(exc).__name__)
    return JudgeOutcome(result=result, error=result.failure())


class AppJudge:
    """The app's judge: built on first use, and each session judged at most once."""

    def __init__(self, make: Callable[[], Judge | None] | Judge, label: str = "") -> None:
        self._make: Callable[[], Judge | None] = make if callable(make) else (lambda: make)
        self._judge: Judge | None = None
        self._cache: dict[str, JudgeOutcome] = {}
        self._lock = threading.Lock()
        self.label = label

    def _get(self) -> Judge | None:
        if self._judge is None:
            self._judge = self._make()
        return self._judge

    def outcome(
        self, key: str | None, transcript: Transcript, rubric: Rubric | Callable[[], Rubric]
    ) -> JudgeOutcome | None:
        """The judge's outcome for a session (cached under ``key``), or ``None`` when there is
        nothing to judge (the manager said nothing)."""
        if not transcript.manager_turns():
            return None
        if key is not None and key in self._cache:
            return self._cache[key]
        try:
            judge = self._get()
            if judge is None:
                return None
            found = rate(judge, transcript, rubric() if callable(rubric) else rubric)
        except Exception as exc:  # a bad spec or a model that will not load
            found = JudgeOutcome(error=f"{type(exc).__name__}: {exc}")
        if key is not None:
            with self._lock:
                self._cache[key] = found
        return found


def from_settings(settings: Settings | None = None) -> AppJudge | None:
    """The configured judge, or ``None`` (no network, nothing built) when there is none."""
    try:
        settings = settings or get_settings()
    except Exception:  # settings unreadable: the app still scores with the detectors
        return None
    if settings.judge_model in (None, SCRIPTED):
        return None
    return AppJudge(lambda: build_judge(settings), label=settings.describe("judge"))
