"""The LLM judge: rates a transcript on a rubric with evidence quotes, never guessing.

:class:`Judge` rates one transcript; :mod:`.second_opinion` shows its scores next to the
detectors' in the app.
"""

from __future__ import annotations

from simulator.judge._judge import Judge, JudgeResult, build_judge
from simulator.judge.second_opinion import AppJudge, JudgeOutcome

__all__ = ["AppJudge", "Judge", "JudgeOutcome", "JudgeResult", "build_judge"]
