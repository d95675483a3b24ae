"""Pins how commitments are weighed (simulator.scoring._commitments): the ``pledge`` signal,
support taken on in answer to a need the employee voiced when asked, which resource
clarification's top anchor ("commits to concrete support") rewards; and a next step given as
an order, which next step's second anchor calls dictated."""

from __future__ import annotations

import dataclasses

import pytest

from simulator.content import catalog
from simulator.content.transcript import Transcript, Turn
from simulator.moves.assessment import assess
from simulator.moves.vocabulary import Move
from simulator.scoring._credit import DICTATED, credit_of
from simulator.scoring.scorecard import CriterionScore, Scorecard
from simulator.scoring.scorer import analyse, score
from tests.support.assessed import assessed as _assessed

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


@pytest.mark.parametrize(
    ("text", "dictated"),
    [
        pytest.param("Get the queue under a hundred by Friday.", True, id="the-order-sets-it"),
        pytest.param(
            "Calm down, and have the action items to me by Friday.", True, id="with-a-verdict"
        ),
        pytest.param(
            "Deal. Rosa this week, goals by Thursday. And leave at six tonight.",
            False,
            id="a-kindly-order-beside-the-plan",
        ),
        pytest.param(
            "Go and see the therapist at four. Let's check in on Friday and see how it's gone.",
            False,
            id="an-order-in-another-sentence",
        ),
        pytest.param("I'll get the specifics in writing by Friday.", False, id="taken-on"),
    ],
)
def test_a_next_step_given_as_an_order_is_dictated(text: str, dictated: bool) -> None:
    """A next step set by the order itself, or beside a verdict on them, is the rubric's "the
    manager dictates a next step" and keeps half its credit; a plan beside a kindly order in
    another sentence ("and leave at six tonight"), or one the manager takes on, is not."""
    from simulator.scoring._credit import dictates

    history = [("employee", "The queue's at a hundred and forty and I'm on my own with it.")]
    a = assess(text, history)
    assert Move.NEXT_STEP in a.moves
    assert dictates(a) is dictated


@pytest.mark.parametrize(
    ("text", "earned"),
    [
        pytest.param("Send me the numbers by Friday.", DICTATED, id="ordered"),
        pytest.param("Have a rest. I'll send you the numbers by Friday.", 1.0, id="taken-on"),
    ],
)
def test_a_dictated_next_step_keeps_half_its_credit(text: str, earned: float) -> None:
    """The same next step and advice earn the step in full when the order is elsewhere, and
    half (DICTATED) when the order sets the step."""
    a = dataclasses.replace(
        _assessed((Move.NEXT_STEP, Move.ADVICE)),
        text=text,
        cues={
            Move.NEXT_STEP: "'by friday'",
            Move.ADVICE: "imperative '" + text.split()[0].lower() + "'",
        },
    )
    assert credit_of(a, True).credit["next_step"] == pytest.approx(earned)
