"""Pins the ``pledge`` signal: support taken on in answer to a need the employee voiced when
asked, which resource clarification's top anchor ("commits to concrete support") rewards."""

from __future__ import annotations

import pytest

from simulator.content import catalog
from simulator.content.transcript import Transcript, Turn
from simulator.scoring.scorecard import CriterionScore, Scorecard
from simulator.scoring.scorer import analyse, score

OPENING = "Honestly it's the settlement code. I'm the only one who knows it and I'm drowning."
ASK = "That's a lot resting on you. What would help most over the next two weeks?"
ANSWER = "Maybe if Priya shadowed me on the settlement jobs, so I'm not the single point."
PLEDGE = "Good. I'll ask Priya today to shadow you on the settlement jobs from Monday."


def _t(*lines: str) -> Transcript:
    turns = [
        Turn(speaker="employee" if i % 2 == 0 else "manager", text=line)
        for i, line in enumerate(lines)
    ]
    return Transcript(id="t", turns=turns)


def _pledged(t: Transcript) -> list[int]:
    return [x.index for x in analyse(t) if x.credit.credit.get("pledge")]


@pytest.mark.parametrize(
    ("lines", "pledged"),
    [
        pytest.param((OPENING, ASK, ANSWER, PLEDGE), [3], id="asked-heard-taken-on"),
        pytest.param(
            (OPENING, "I'll ask Priya today to help you with the settlement code.", ANSWER),
            [],
            id="offered-before-anyone-asked",
        ),
        pytest.param(
            (OPENING, ASK, "Not sure. Time, maybe.", PLEDGE.replace("Priya", "Sam")),
            [],
            id="takes-up-nothing-they-said-after-the-ask",
        ),
        pytest.param(
            (OPENING, ASK, ANSWER, "I'll sort out the settlement jobs for you."),
            [],
            id="a-promise-with-nothing-in-it",
        ),
        pytest.param(
            (OPENING, ASK, ANSWER, "Let's get Priya shadowing you on the settlement jobs."),
            [],
            id="lets-is-not-taking-it-on",
        ),
        pytest.param(
            (OPENING, ASK, ANSWER, PLEDGE, "Okay.", PLEDGE),
            [3],
            id="a-repeat-pledges-nothing-new",
        ),
    ],
)
def test_a_pledge_takes_on_a_need_they_voiced_when_asked(
    lines: tuple[str, ...], pledged: list[int]
) -> None:
    """Only a first-person action that takes up their answer to a resource check is a pledge:
    not help offered before asking, not a plan of the manager's own words, not "I'll sort it
    out", not "let's", and not the same line again."""
    assert _pledged(_t(*lines)) == pledged


def test_a_pledge_raises_resources_and_is_quoted() -> None:
    """Asking and then taking on what they asked for scores above asking alone, and the
    explanation quotes the sentence that took it on."""
    rubric = catalog.get_rubric()
    asked = score(_t(OPENING, ASK, ANSWER, "Okay, noted."), rubric)
    taken_on = score(_t(OPENING, ASK, ANSWER, PLEDGE), rubric)

    def resources(card: Scorecard) -> CriterionScore:
        return next(c for c in card.criteria if c.id == "resources")

    assert (resources(taken_on).score or 0) > (resources(asked).score or 0) + 0.5
    rationale = resources(taken_on).rationale
    assert "took on support they said they need" in rationale
    assert "I'll ask Priya today" in rationale
    assert "took on" not in resources(asked).rationale
