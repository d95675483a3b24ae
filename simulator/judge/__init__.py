"""The LLM judge: rates a transcript on a rubric with evidence quotes, never guessing.

:class:`Judge` rates one transcript, synchronously (:meth:`Judge.rate`) or awaited
(:meth:`Judge.arate`); :mod:`.second_opinion` shows its scores next to the detectors' in the
app, and :class:`BatchJudge` schedules the same judge over a batch.
"""

from __future__ import annotations

from simulator.judge._batch import BatchJudge, JudgeConfig, JudgeError, JudgeFatal, JudgeStats
from simulator.judge._judge import (
    PROMPT_VERSION,
    Judge,
    JudgeRequest,
    build_judge,
    prompt_fingerprint,
)
from simulator.judge._results import JudgeResult
from simulator.judge.second_opinion import AppJudge, JudgeOutcome

__all__ = [
    "PROMPT_VERSION",
    "AppJudge",
    "BatchJudge",
    "Judge",
    "JudgeConfig",
    "JudgeError",
    "JudgeFatal",
    "JudgeOutcome",
    "JudgeRequest",
    "JudgeResult",
    "JudgeStats",
    "build_judge",
    "prompt_fingerprint",
]
