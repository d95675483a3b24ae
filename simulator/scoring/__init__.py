"""The deterministic rubric scorer and what it produces.

:func:`score` assesses every manager turn in the context of the conversation before it, credits
it by substance (grounded in the employee's words, not repeated, not a bare formula) and turns
the credited features into a :class:`Scorecard` by the rubric's rules, with explanations built
from the cited turns; :mod:`.rewrites` suggests better lines for weak turns from the employee's
own words and :mod:`.hints` offers a next move during practice.
"""

from __future__ import annotations

from simulator.scoring._uncovered import uncovered
from simulator.scoring.analysis import analyse
from simulator.scoring.hints import Hint, hint_after, next_hint
from simulator.scoring.scorecard import (
    CriterionScore,
    Evidence,
    Scorecard,
    TurnAnnotation,
    Uncovered,
)
from simulator.scoring.scorer import score

__all__ = [
    "CriterionScore",
    "Evidence",
    "Hint",
    "Scorecard",
    "TurnAnnotation",
    "Uncovered",
    "analyse",
    "hint_after",
    "next_hint",
    "score",
    "uncovered",
]
