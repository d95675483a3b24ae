"""Pins how commitments are weighed (simulator.scoring._commitments): the ``pledge`` signal,
support taken on in answer to a need the employee voiced when asked, which resource
clarification's top anchor ("commits to concrete support") rewards; a next step given as an
order, which next step's second anchor calls dictated; and a next step the employee turns down,
which was not "agreed together" (its fourth anchor)."""

from __future__ import annotations

import dataclasses

import pytest

from simulator.content import catalog
from simulator.content.transcript import Transcript, Turn
from simulator.moves.assessment import assess
from simulator.moves.vocabulary import Move
from simulator.scoring._credit import DICTATED, credit_of
from simulator.scoring.analysis import analyse
from simulator.scoring.scorecard import CriterionScore, Scorecard
from simulator.scoring.scorer import score
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
        pytest.param(
            "Stop apologising. Send the figures and book the review by Friday.",
            True,
            id="an-order-in-its-own-sentence-sets-it",
        ),
        pytest.param(
            "I want the revised forecast on my desk by Friday.", True, id="a-demand-sets-it"
        ),
        pytest.param("I want to check in with you on Friday.", False, id="i-want-to-check-in"),
        pytest.param("I'd like us to go through it on Friday.", False, id="id-like-us-to"),
        pytest.param(
            "I'd also like you to write up the lessons by Friday.", True, id="id-also-like-you"
        ),
        pytest.param(
            "Going forward I'll need an update from you by Friday.", True, id="ill-need-from-you"
        ),
        pytest.param(
            "Well, you'll need to have it ready by Thursday.", True, id="well-an-order-opens-it"
        ),
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


@pytest.mark.parametrize(
    ("reply", "declined"),
    [
        pytest.param("A plan for what, though? We haven't got there.", True, id="for-what"),
        pytest.param("I'm not ready to sign up for anything yet.", True, id="not-ready"),
        pytest.param("Honestly? That won\u2019t fix the rota.", True, id="wont-fix-curly"),
        pytest.param("I don't think that'll help, to be honest.", True, id="dont-think-help"),
        pytest.param("Hang on, we're planning already?", True, id="hang-on"),
        pytest.param("No. That's not what I need.", True, id="no"),
        pytest.param("Deal. Friday works.", False, id="deal"),
        pytest.param(
            "I don't know yet. We haven't really talked about that.", True, id="not-talked-yet"
        ),
        pytest.param("That doesn't cover the weekends.", False, id="takes-it-asks-more"),
        pytest.param("No, that works for me.", False, id="no-comma-agrees"),
        pytest.param("I don't think I'd have asked, so thanks.", False, id="dont-think-asked"),
    ],
)
def test_a_reply_that_turns_the_plan_down(reply: str, declined: bool) -> None:
    """A plan refused, called premature or said not to help is turned down; taking it and
    asking for more ("That doesn't cover ...") is not."""
    from simulator.scoring._commitments import declines

    assert declines(reply) is declined


STEP = "Let's get Priya shadowing you from Monday, and check in on Friday."


@pytest.mark.parametrize(
    ("reply", "earned", "pledged"),
    [
        pytest.param("Deal. Monday it is.", 1.0, True, id="agreed"),
        pytest.param(
            "A plan for what, though? We haven't got to what's going on.",
            DICTATED,
            False,
            id="turned-down",
        ),
    ],
)
def test_a_next_step_they_turn_down_was_not_agreed(
    reply: str, earned: float, pledged: bool
) -> None:
    """A next step the employee's reply turns down keeps half its credit, as a dictated one
    does, and pledges nothing; the same step agreed earns in full. The explanation says so."""
    step = PLEDGE.replace("Good. ", "") + " Let's check in on Friday."
    t = _t(OPENING, ASK, ANSWER, step, reply)
    turn = analyse(t)[-1]
    assert turn.credit.credit["next_step"] == pytest.approx(earned)
    assert bool(turn.credit.credit.get("pledge")) is pledged
    card = score(t, catalog.get_rubric())
    rationale = next(c for c in card.criteria if c.id == "next_step").rationale
    assert ("they turned down one" in rationale) is not pledged


@pytest.mark.parametrize(
    ("plan", "said", "demand"),
    [
        pytest.param(
            "Priya shadows you from Monday, and the settlement rewrite is done by Friday at noon.",
            "It's a week of work on the settlement code, minimum.",
            True,
            id="a-deliverable-slipped-in-with-a-deadline",
        ),
        pytest.param(
            "So the write-up is with me by Wednesday at five. Agreed?",
            "I'll keep going on the write-up.",
            True,
            id="with-me-by",
        ),
        pytest.param(
            "Timeline by tonight, then, and we check in Friday.",
            "I'll have the timeline to you tonight.",
            False,
            id="a-time-they-named",
        ),
        pytest.param(
            "From Monday you send your forecast to me in writing by midday.",
            "Could I send you my forecast in writing instead of the call?",
            False,
            id="what-they-asked-to-do-given-a-time",
        ),
        pytest.param(
            "You'll have the written reasons from me by Friday.",
            "I want it in writing.",
            False,
            id="something-they-receive",
        ),
    ],
)
def test_a_plan_that_sets_a_deadline_they_never_named(plan: str, said: str, demand: bool) -> None:
    """A deliverable due by a day or time they never named, slipped in beside the support they
    asked for, is the manager's demand (the next step is dictated, keeping half its credit); a
    time they named, what they asked to do, and something they will receive are not."""
    from simulator.scoring._commitments import sets_deadline

    assert sets_deadline(plan, [said]) is demand
    t = _t(said, plan)
    (turn,) = analyse(t)
    if Move.NEXT_STEP in turn.moves:
        full = credit_of(turn.assessment, True).credit[Move.NEXT_STEP.value]
        assert turn.credit.credit[Move.NEXT_STEP.value] == pytest.approx(
            full * DICTATED if demand else full
        )
