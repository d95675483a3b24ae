"""Pins that their trouble guessed small is judgment, however it is worded (blind set 31's
false floor: "I'd guess that's just pre-meeting jitters?", written to make them correct it),
and that a guess that makes it bigger, or a "just" that only stresses a feeling, is not.

Our own wordings, each table beside near misses that keep the words and lose the reading.
"""

from __future__ import annotations

import pytest

from simulator.moves import Move, assess

HISTORY = [
    (
        "employee",
        "I've been up at two most nights redoing the migration scripts. The rollback failed "
        "twice and Dana posted about it in the team channel.",
    )
]

SMALL = [
    pytest.param("I'd guess the late nights are just a phase?", id="just-a-phase"),
    pytest.param("I take it the channel post didn't really land with you?", id="didnt-land"),
    pytest.param("The rollback, probably a minor blip, right?", id="probably-a-minor-blip"),
    pytest.param("I'm guessing you're basically fine about the rollback?", id="basically-fine"),
    pytest.param("Just good habits, the late-night scripts, I'd imagine?", id="small-then-guess"),
    pytest.param("I assume it all blows over by next week.", id="blows-over"),
    pytest.param("Surely you're not losing any sleep over Dana's post?", id="not-losing-sleep"),
    pytest.param(
        "I'd guess that's just how rollbacks go and you're fairly relaxed about it?",
        id="made-everyday-and-calm",
    ),
    pytest.param("Dana's post probably didn't really sting, right?", id="didnt-really-sting"),
    pytest.param("The late nights are a phase, right?", id="a-phase-to-agree-with"),
]


@pytest.mark.parametrize("text", SMALL)
def test_their_trouble_guessed_small_is_judgment(text: str) -> None:
    """A guess that makes what they told small ("just", "a minor blip", "didn't really land",
    "basically fine") waves it away, whatever their words in it: judgment."""
    assert Move.JUDGMENT in assess(text, HISTORY).moves


NOT_SMALL = [
    pytest.param("I'd guess it's not just the rollback, it's the nights too?", id="not-just"),
    pytest.param("I imagine that's just exhausting, night after night.", id="just-as-stress"),
    pytest.param("Probably more than just the scripts on your mind?", id="more-than-just"),
    pytest.param("I'd guess Dana's post stung more than you've let on.", id="guessed-bigger"),
    pytest.param("It's only Tuesday and you've been up twice already.", id="only-without-guess"),
    pytest.param("I imagine the rollbacks are just the tip of it.", id="just-the-tip"),
    pytest.param("I take it that was only a week after the migration?", id="only-a-week"),
    pytest.param("I suppose it's not a small thing, two failed rollbacks.", id="not-a-small-thing"),
    pytest.param("I bet that's been more than just a minor blip for you.", id="more-than-a-blip"),
    pytest.param("I take it you're not fine about it, though.", id="not-fine"),
    pytest.param(
        "I'd guess you're not bothered about the rollback itself; it's Dana's post.",
        id="small-set-against-big",
    ),
    pytest.param(
        "I imagine you were hoping it would all blow over, and it hasn't.", id="their-hope"
    ),
    pytest.param("Is this a phase for you, or has it been building?", id="a-phase-asked-open"),
    pytest.param("It's not a phase, is it?", id="not-a-phase"),
]


@pytest.mark.parametrize("text", NOT_SMALL)
def test_a_guess_that_makes_it_bigger_is_not_judgment(text: str) -> None:
    """ "Not just", "more than just", a "just" that stresses a feeling, and a guess that makes
    it bigger are not minimising."""
    assert Move.JUDGMENT not in assess(text, HISTORY).moves
