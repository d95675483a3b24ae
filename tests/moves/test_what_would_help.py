"""Pins two readings a blind skilled manager (set 33) lost points to: asking what would help
in the forms people use, and asking how their own self-blame feels, which is no blame."""

from __future__ import annotations

import pytest

from simulator.moves import Move, detect

ASKS_WHAT_HELPS = [
    pytest.param("What would make it feel safer to ask when you're stuck?", True, id="feel-safer"),
    pytest.param("What would make this easier for you?", True, id="easier"),
    pytest.param(
        "Anything else that'd help you stop doing it all alone at nine at night?",
        True,
        id="anything-else-thatd-help",
    ),
    pytest.param("Anything that'll make the handover feel lighter?", True, id="thatll-lighter"),
    pytest.param("Is there anything that would help?", True, id="is-there-anything"),
    # Near misses: safety as a fact, help they had, a pledge, and a question about the past.
    pytest.param("That must have felt safer than asking Greg.", False, id="felt-safer-then"),
    pytest.param("Did anything that helped last time work this time?", False, id="helped-before"),
    pytest.param("What made it feel safer back then?", False, id="past-safer"),
    pytest.param("Anything you say here is safe with me.", False, id="a-pledge"),
]


@pytest.mark.parametrize(("text", "asks"), ASKS_WHAT_HELPS)
def test_asking_what_would_help(text: str, asks: bool) -> None:
    """ "What would make it feel safer to ask?" and "anything else that'd help?" ask what they
    need, as "what would help?" does; what helped before and what felt safe then do not."""
    assert (Move.RESOURCE_CHECK in detect(text, None).moves) is asks


THEIR_SELF_BLAME = [
    pytest.param("What makes it feel like it's all on you?", False, id="feel-like-its-on-you"),
    pytest.param("It feels like it's all on you right now.", False, id="feels-like-statement"),
    pytest.param("Why does it feel as if it's on you?", False, id="as-if"),
    # Near misses: the verdict itself, however it is put.
    pytest.param("Honestly, that's all on you.", True, id="thats-all-on-you"),
    pytest.param("It's on you to fix it.", True, id="its-on-you-to-fix"),
    pytest.param("Let's be clear: this is on you.", True, id="this-is-on-you"),
]


@pytest.mark.parametrize(("text", "judges"), THEIR_SELF_BLAME)
def test_how_their_self_blame_feels_is_no_blame(text: str, judges: bool) -> None:
    """After their "that's totally on me", asking what makes it feel like it's all on them
    explores their view; "that's all on you" puts it there."""
    assert (Move.JUDGMENT in detect(text, None).moves) is judges


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        pytest.param(
            "If you could change one thing about the rota, what would it be?", True, id="one-thing"
        ),
        pytest.param("if you could fix just one thing this week - what?", True, id="fix-one-thing"),
        pytest.param("If you could change one thing, you'd have stayed.", False, id="no-question"),
    ],
)
def test_the_one_change_they_would_make_asks_what_would_help(text: str, asks: bool) -> None:
    """Asking the one thing they would change (blind set 36's Cork manager) asks what would
    help; a conditional that asks nothing does not."""
    assert (Move.RESOURCE_CHECK in detect(text, None).moves) is asks
