"""Pins next steps in the wordings blind set 9's careful, uncontracted speaker used: "I will also
talk to Elaine", "When would you like to go through it together?". Our own wordings, each beside
a near miss. Labelled by form, without context."""

from __future__ import annotations

import pytest

from simulator.moves import Move, detect

COMMITMENTS = [
    pytest.param("I will also talk to Priya about the rota.", True, id="i-will-also-talk"),
    pytest.param("I'll personally write up the criteria.", True, id="ill-personally-write"),
    pytest.param("I will open the review myself on Thursday.", True, id="i-will-open"),
    pytest.param("I'll call it a day after this.", False, id="call-it-a-day"),
    pytest.param("I will never understand the rota.", False, id="i-will-never"),
    pytest.param("When would you like to go through the draft?", True, id="when-go-through"),
    pytest.param("When would you like to stop for lunch?", False, id="when-stop"),
    # Listening, accepting and deferring plan nothing.
    pytest.param("I want to know how you're doing after this week.", False, id="want-to-know"),
    pytest.param("I'll take that.", False, id="ill-take-that"),
    pytest.param("I'll take it to finance on Monday.", True, id="ill-take-it-to"),
    pytest.param("Let's set the timeline aside for now.", False, id="lets-set-aside"),
    pytest.param("Let's set a time for Friday.", True, id="lets-set-a-time"),
    # A plan with its day, in the wordings a plain speaker uses; an order with a deadline.
    pytest.param("Let's go over the numbers together on Monday.", True, id="lets-x-on-day"),
    pytest.param("Let's not worry about Monday.", False, id="lets-not-worry"),
    pytest.param("Have the write-up on my desk tomorrow.", True, id="on-my-desk"),
    pytest.param("The write-up was on my desk on Monday.", False, id="was-on-my-desk"),
    # A casual speaker's commitments: pinged, moved, a check-in asked for by its hyphen.
    pytest.param("done. i'll ping priya today about the rota.", True, id="ill-ping"),
    pytest.param("I'll move on, then.", False, id="ill-move-on"),
    pytest.param(
        "I'm moving the standup off nine so you can do the school run.", True, id="im-moving"
    ),
    pytest.param("I'm moving house next month.", False, id="im-moving-house"),
    pytest.param("I'm asking because I care.", False, id="im-asking-because"),
    pytest.param("can we do a quick check-in Thursday morning?", True, id="can-we-do-a-check-in"),
]


@pytest.mark.parametrize(("text", "found"), COMMITMENTS)
def test_commitments_in_careful_wordings(text: str, found: bool) -> None:
    """A first-person action, contracted or not and with an adverb between, is a next step, and
    so is asking when to go through it together; a time to stop or a "never" is not."""
    assert (Move.NEXT_STEP in detect(text, None).moves) is found


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        pytest.param("Do you need any help with the dashboard?", True, id="need-any-help"),
        pytest.param("Do you need anything from me?", True, id="need-anything-from-me"),
        pytest.param("Do you need the numbers today?", False, id="need-a-thing"),
    ],
)
def test_the_closed_ask_for_what_they_need_is_a_resource_check(text: str, asks: bool) -> None:
    """ "Do you need any help?" asks what they need (closed, but asked); a question about
    whether they need a thing for the work does not."""
    assert (Move.RESOURCE_CHECK in detect(text, None).moves) is asks


ADVISES = [
    # Work handed to them as an action item (blind set 36's stenographer) tells them what to
    # do; an item the manager takes, or theirs said back, does not.
    pytest.param("Action item for you: draft the rota by Monday.", True, id="item-for-you"),
    pytest.param("Action item: you chase the vendor by Friday.", True, id="item-you-verb"),
    pytest.param("Owner you - book the room by Thursday.", True, id="owner-you"),
    pytest.param("Action item: I chase the vendor. Owner me.", False, id="item-owner-me"),
    pytest.param("The action items you mentioned, then.", False, id="their-items"),
    # Hospitality in the imperative (blind set 36's Cork manager put the kettle on in every
    # meeting) tells them nothing to do about their problem; an order after it still does.
    pytest.param("Sit down, sit down.", False, id="sit-down"),
    pytest.param("Grab a chair, I'll put the kettle on.", False, id="grab-a-chair"),
    pytest.param("Have a cup of tea first.", False, id="cup-of-tea"),
    pytest.param("Pull up a seat.", False, id="pull-up-a-seat"),
    pytest.param("Come in, sit yourself down there.", False, id="sit-yourself-down-there"),
    pytest.param("Have a word with HR.", True, id="have-a-word"),
    pytest.param("Have a cup of tea and then email him.", True, id="tea-then-an-order"),
    pytest.param(
        "Have a seat, get comfy - and jot the three worst things down.", True, id="seat-then"
    ),
    pytest.param("Sit down, then ring the surgery before they close.", True, id="sit-then-ring"),
]


@pytest.mark.parametrize(("text", "advises"), ADVISES)
def test_items_handed_over_advise_and_a_welcome_does_not(text: str, advises: bool) -> None:
    """An action item given to them is advice beside the step; a welcome is set aside and
    what follows it read."""
    assert (Move.ADVICE in detect(text, None).moves) is advises


@pytest.mark.parametrize(
    ("text", "step"),
    [
        pytest.param("I'll take the silence as a no, then.", False, id="silence-as-a-no"),
        pytest.param("Fine, I'll take that as a yes.", False, id="that-as-a-yes"),
        pytest.param("I'll take it to the leads on Monday.", True, id="take-it-to"),
    ],
)
def test_a_retort_is_no_step(text: str, step: bool) -> None:
    """ "I'll take that as a no" answers a silence; it plans nothing."""
    assert (Move.NEXT_STEP in detect(text, None).moves) is step
