"""The words every view of a scorecard shares: score formatting, "unscored", quadrant names.

The app, the Markdown and HTML reports, the charts and the cohort report all render from
here, so a coach sees the same names and the same "unscored" wherever a score appears.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

UNSCORED = "unscored"
"""How a missing score reads, everywhere: never "–", never 0."""

NOT_APPLICABLE = "–"
"""For a count or share with nothing to count (a percentage of zero sessions)."""


def fmt_score(value: float | None, digits: int = 1) -> str:
    """A 1-5 score as people read it: ``3.4``, or :data:`UNSCORED` when there is none."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return UNSCORED
    return f"{value:.{digits}f}"


def fmt_share(part: int, whole: int) -> str:
    """``part`` of ``whole`` as a whole percentage, or :data:`NOT_APPLICABLE` for ``whole == 0``."""
    return f"{100 * part / whole:.0f}%" if whole else NOT_APPLICABLE


def label(name: str) -> str:
    """An identifier in plain words: ``closed_question`` -> ``closed question``."""
    return name.replace("_", " ")


@dataclass(frozen=True, slots=True)
class Quadrant:
    """One corner of the empathy-versus-execution chart."""

    high_empathy: bool
    high_execution: bool
    name: str
    meaning: str


QUADRANTS: tuple[Quadrant, ...] = (
    Quadrant(True, True, "Heard and moving", "leads with both"),
    Quadrant(True, False, "Warm, no plan yet", "listens well; next steps unclear"),
    Quadrant(False, True, "Plan without the person", "drives outcomes; listening lags"),
    Quadrant(False, False, "Not connecting yet", "needs coaching on each"),
)
"""The four corners, in reading order: top right, top left, bottom right, bottom left."""

QUADRANT_SPLIT = 3.0
"""A group score at or above this is "high" for the quadrant chart (the scale's midpoint)."""


def quadrant(empathy: float, execution: float) -> Quadrant:
    """The corner a pair of group scores falls in."""
    high_emp, high_exe = empathy >= QUADRANT_SPLIT, execution >= QUADRANT_SPLIT
    return next(q for q in QUADRANTS if (q.high_empathy, q.high_execution) == (high_emp, high_exe))
