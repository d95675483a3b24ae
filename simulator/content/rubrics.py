"""Rubrics: criteria, behavioural anchors and scoring rules, authored as YAML data."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, StringConstraints, model_validator

from simulator._base import Slug, StrictModel, Text
from simulator.moves.detector import Move

_MOVES = "|".join(m.value for m in Move)
SIGNALS: tuple[str, ...] = ("misreflection", "repeat", "formula", "pledge", "declined")
"""Turn qualities a rule can count besides moves: a reflection of something the employee never
said, a (near) repeat of an earlier manager turn, a listening formula with nothing of theirs
behind it, support pledged in answer to a need they voiced when asked ("I'll set up Rosa
twice a week" after "What would help?" -- "someone to ask"), and a next step the employee
turned down in their reply ("A plan for what, though?")."""
_COUNTED = "|".join((*(m.value for m in Move), *SIGNALS))
Feature = Annotated[
    str,
    StringConstraints(
        pattern=rf"^(share|any|count|pattern):({_COUNTED})$|^grounded:({_MOVES})$"
        rf"|^ratio:({_MOVES})/({_MOVES})$|^(turns|words_per_turn|manager_talk_share)$"
    ),
]
"""A transcript feature the scorer computes from the assessed manager turns.

Rewarded moves (reflection, open question, recognition, sympathy, resource check, next step)
count by their *substance*: a turn taking up the employee's own words counts in full, a
generic one less, a listening formula with nothing behind it very little, and a repeat of an
earlier turn nothing; one turn earns at most 2 over all its rewarded moves, so a stuffed turn
cannot earn everything at once. Other moves and the signals count
once per turn that holds them.

- ``share:X``: credited turns with X divided by manager turns;
- ``any:X``: the best single turn's credit for X: 1 for a full one, part for a generic one;
- ``count:X``: credited turns with X, capped at 5;
- ``grounded:MOVE``: the best credit for MOVE among turns that took up the employee's own words
  (specific): 1 for a full one, part when the turn was stuffed with other moves, else 0;
- ``pattern:X``: 0 with no turn holding X; rising with the number of turns holding it and
  how often they come (0.1 each plus twice their share of the turns, capped at 1): one slip in
  ten turns gives 0.3, four give 1. One slip does not floor a criterion; a habit does;
- ``ratio:A/B``: credited turns with A divided by one more than the turns with A or B
  (skipped when neither occurs), so repeated or empty questions do not raise it, and one
  question in a whole conversation is not a perfect record (1 of 1 gives 0.5, 8 of 9 give 0.8);
- ``turns``: manager turns, capped at 20, divided by 20;
- ``words_per_turn``: mean manager words per turn, capped at 100, divided by 100;
- ``manager_talk_share``: the manager's share of all words spoken (0.5 when nobody spoke).
  Listening shows in who does the talking.

X is a move or one of :data:`SIGNALS`.
"""

Level = Literal[1, 2, 3, 4, 5]


class ScoringRule(StrictModel):
    """How the deterministic scorer turns features into a 1-5 score.

    ``score = clamp(base + sum(weight * feature), 1, 5)``. Features with a positive weight
    supply supporting evidence; negative ones supply counter-evidence.
    """

    base: float = Field(1.0, ge=-20, le=20)
    weights: dict[Feature, float] = Field(min_length=1)


class Criterion(StrictModel):
    """One thing the manager is rated on."""

    id: Slug
    name: Text
    group: Slug = Field(description="Sub-score this criterion counts towards, e.g. empathy.")
    description: Text
    anchors: dict[Level, Text] = Field(description="Behaviour that earns each level, 1 to 5.")
    examples: list[Text] = Field(min_length=1, description="Phrases that show the behaviour.")
    scoring: ScoringRule | None = Field(
        None, description="Detector rule; without one only an LLM judge can score this."
    )

    @model_validator(mode="after")
    def _all_levels(self) -> Criterion:
        missing = sorted(set(range(1, 6)) - set(self.anchors))
        if missing:
            raise ValueError(f"anchors must cover levels 1-5; missing {missing}")
        return self


class Rubric(StrictModel):
    """A set of criteria grouped into sub-scores."""

    id: Slug
    name: Text
    description: Text
    groups: list[Slug] = Field(
        min_length=1, description="Sub-score names, in display order (e.g. empathy, execution)."
    )
    criteria: list[Criterion] = Field(min_length=1)

    @model_validator(mode="after")
    def _check_groups(self) -> Rubric:
        ids = [c.id for c in self.criteria]
        if len(set(ids)) != len(ids):
            raise ValueError(f"criterion ids must be unique, got {ids}")
        unknown = sorted({c.group for c in self.criteria} - set(self.groups))
        if unknown:
            raise ValueError(f"criteria use group(s) {unknown} not listed in groups {self.groups}")
        empty = [g for g in self.groups if not any(c.group == g for c in self.criteria)]
        if empty:
            raise ValueError(f"group(s) {empty} have no criteria")
        return self

    def criterion(self, criterion_id: str) -> Criterion:
        """Return the criterion with ``criterion_id``."""
        for c in self.criteria:
            if c.id == criterion_id:
                return c
        raise KeyError(criterion_id)

    def group(self, name: str) -> list[Criterion]:
        """Criteria in group ``name``, in rubric order."""
        return [c for c in self.criteria if c.group == name]
