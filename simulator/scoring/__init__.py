"""The deterministic rubric scorer and what it produces.

:func:`score` turns a transcript's detected moves into a :class:`Scorecard` by the rubric's
rules; :mod:`.rewrites` suggests better lines for weak turns and :mod:`.hints` offers a
next move during practice.
"""

from __future__ import annotations

from simulator.scoring.hints import Hint, next_hint
from simulator.scoring.scorecard import (
    CriterionScore,
    Evidence,
    Scorecard,
    TurnAnnotation,
    Uncovered,
)
from simulator.scoring.scorer import analyse, score

__all__ = [
    "CriterionScore",
    "Evidence",
    "Hint",
    "Scorecard",
    "TurnAnnotation",
    "Uncovered",
    "analyse",
    "next_hint",
    "score",
]
