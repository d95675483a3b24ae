"""What the judge returns: scores with everything needed to audit them, and the comparison
with the detectors' scorecard."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from simulator.scoring.scorecard import CriterionScore, Scorecard, group_means

DISAGREEMENT = 2.0
"""Detector and judge scores this far apart (or more) are flagged by :func:`compare`."""


class Spread(BaseModel):
    """How a criterion's score varied across samples."""

    scores: list[int]
    median: float
    min: int
    max: int
    stdev: float


class SampleAudit(BaseModel):
    """One judge call, kept whole for audit."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    raw: str = ""
    mode: str = ""
    error: str | None = None
    """Why the reply as a whole failed (bad JSON, schema mismatch, model error), if it did."""
    criterion_errors: dict[str, str] = Field(default_factory=dict)
    dropped_quotes: dict[str, list[str]] = Field(default_factory=dict)


class JudgeResult(BaseModel):
    """The judge's scores plus everything needed to audit them."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    model: str
    transcript_id: str
    rubric_id: str
    groups: list[str]
    criteria: list[CriterionScore]
    spreads: dict[str, Spread] = Field(default_factory=dict)
    prompt: list[dict[str, str]] = Field(default_factory=list)
    """The messages sent, JSON instructions included (the same for every sample)."""
    samples: list[SampleAudit] = Field(default_factory=list)

    @property
    def scored_any(self) -> bool:
        """Whether at least one criterion was scored."""
        return any(c.score is not None for c in self.criteria)

    def failure(self) -> str | None:
        """Why nothing was scored (each sample's error, else each criterion's reason), or
        ``None`` when some criterion was scored."""
        if self.scored_any:
            return None
        reasons = [s.error for s in self.samples if s.error]
        reasons = reasons or [c.unscored_reason or "" for c in self.criteria]
        return "; ".join(dict.fromkeys(r for r in reasons if r)) or "the judge scored nothing"

    def scorecard(self) -> Scorecard:
        """The scores as a :class:`Scorecard`, group and overall means as the scorer does."""
        groups, overall = group_means(((c.group, c.score) for c in self.criteria), self.groups)
        return Scorecard(
            transcript_id=self.transcript_id,
            rubric_id=self.rubric_id,
            criteria=self.criteria,
            groups=groups,
            overall=overall,
            unscored_reason=None
            if overall is not None
            else (self.criteria[0].unscored_reason if self.criteria else "no criteria"),
        )


class Disagreement(BaseModel):
    """A criterion where the detectors and the judge are :data:`DISAGREEMENT` or more apart."""

    criterion: str
    name: str
    detector: float
    judge: float
    difference: float
    judge_source: str


def compare(
    detector_card: Scorecard, judge_card: Scorecard, threshold: float = DISAGREEMENT
) -> list[Disagreement]:
    """Criteria scored by both cards whose scores differ by ``threshold`` or more."""
    theirs = {c.id: c for c in judge_card.criteria}
    out = []
    for mine in detector_card.criteria:
        other = theirs.get(mine.id)
        if other is None or mine.score is None or other.score is None:
            continue
        diff = abs(mine.score - other.score)
        if diff >= threshold:
            out.append(
                Disagreement(
                    criterion=mine.id,
                    name=mine.name,
                    detector=mine.score,
                    judge=other.score,
                    difference=round(diff, 2),
                    judge_source=other.source,
                )
            )
    return out
