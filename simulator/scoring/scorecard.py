"""Scorecards: what the scorer (and, optionally, an LLM judge) says about a transcript."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, TypeVar

from pydantic import BaseModel, Field

from simulator._base import StrictModel
from simulator.content.outcome import TimelinePoint


class Evidence(StrictModel):
    """A quote from the transcript backing a score."""

    turn: int = Field(ge=0, description="Index into the transcript's turns.")
    quote: str
    supports: bool = Field(True, description="False for counter-evidence.")


class CriterionScore(StrictModel):
    """One criterion's score, or the reason it could not be scored."""

    id: str
    name: str
    group: str
    score: float | None = Field(None, ge=1, le=5, description="1-5; None when unscored.")
    level: int | None = Field(None, ge=1, le=5, description="Nearest anchor level.")
    rationale: str = ""
    evidence: list[Evidence] = Field(default_factory=list)
    unscored_reason: str | None = None
    source: str = Field("detectors", description="'detectors' or the judge model's name.")


class TurnAnnotation(StrictModel):
    """What the detectors saw in one manager turn, and a better way to say it if weak."""

    turn: int
    moves: list[str]
    cues: dict[str, str] = Field(default_factory=dict)
    weak: bool = False
    note: str = ""
    rewrite: str | None = None
    grounding: list[str] = Field(
        default_factory=list,
        description="The employee's own words or feelings this turn took up, as they said them.",
    )


class Uncovered(StrictModel):
    """For simulator sessions: what the manager drew out of the persona."""

    layers_disclosed: list[str] = Field(default_factory=list)
    layers_total: int = 0
    needs_surfaced: list[str] = Field(default_factory=list)
    needs_missed: list[str] = Field(default_factory=list)
    next_step_agreed: bool = False
    next_step: str = ""
    end_reason: str | None = None
    triggers_hit: list[str] = Field(
        default_factory=list, description="Sore points the manager hit, in plain words."
    )
    disclosures_ignored: list[str] = Field(
        default_factory=list, description="What the employee shared that the next turn passed over."
    )
    repeated_turns: list[int] = Field(
        default_factory=list, description="Manager turns (1-based) that repeated an earlier one."
    )
    timeline: list[TimelinePoint] = Field(
        default_factory=list, description="Trust and stress after each turn, with the reasons."
    )


class Scorecard(StrictModel):
    """The full result of scoring one transcript on one rubric."""

    transcript_id: str
    rubric_id: str
    criteria: list[CriterionScore]
    groups: dict[str, float | None] = Field(
        default_factory=dict, description="Sub-scores (e.g. empathy, execution) on 1-5."
    )
    overall: float | None = None
    annotations: list[TurnAnnotation] = Field(default_factory=list)
    uncovered: Uncovered | None = None
    unscored_reason: str | None = Field(None, description="Set when nothing could be scored.")

    @property
    def empathy(self) -> float | None:
        return self.groups.get("empathy")

    @property
    def execution(self) -> float | None:
        return self.groups.get("execution")


def group_means(
    scores: Iterable[tuple[str, float | None]], groups: Sequence[str]
) -> tuple[dict[str, float | None], float | None]:
    """Each group's mean over its scored criteria, and the overall mean of the groups.

    ``scores`` holds ``(group, score)`` per criterion, ``None`` for unscored. Overall averages
    groups rather than criteria, so empathy and execution weigh the same however many
    criteria each has. Unscored criteria and empty groups are left out.
    """
    pairs = list(scores)
    means: dict[str, float | None] = {}
    for g in groups:
        scored = [v for group, v in pairs if group == g and v is not None]
        means[g] = round(sum(scored) / len(scored), 2) if scored else None
    present = [v for v in means.values() if v is not None]
    return means, (round(sum(present) / len(present), 2) if present else None)


M = TypeVar("M", bound=BaseModel)

_new = object.__new__
_setattr = object.__setattr__


def trusted(cls: type[M], values: dict[str, Any], fields_set: set[str] | None = None) -> M:
    """``cls.model_construct(**values)`` for data our own code built, at a fraction of the cost.

    Like ``model_construct`` this skips validation, so it is only for values already of the
    declared types and within their constraints. It also skips ``model_construct``'s loop over
    the fields (the bulk of its cost when a scorecard holds dozens of annotations), so
    ``values`` must hold every field of ``cls`` in declaration order, and ``cls`` must have no
    private attributes, extra fields or ``model_post_init``; the scorecard models qualify.
    ``values`` becomes the instance's ``__dict__``: do not reuse it. ``fields_set`` is what
    ``model_fields_set`` reports (the fields given explicitly, for ``exclude_unset``); by
    default every field.
    """
    obj = _new(cls)
    _setattr(obj, "__dict__", values)
    _setattr(obj, "__pydantic_fields_set__", set(values) if fields_set is None else fields_set)
    _setattr(obj, "__pydantic_extra__", None)
    _setattr(obj, "__pydantic_private__", None)
    return obj
