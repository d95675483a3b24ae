"""Pins a verdict on their conduct as judgment, in a listening stem or not: the route "a verdict
dressed as a reflection" took when the verdict was about what they did rather than what they
are ("it sounds like you've let things slide", "what I'm hearing is you didn't ask for help
when you should have"). Before, blind judgment scripts earned presence 2.8 from such lines.

Our own wordings, beside near misses that keep the words and lose the verdict: their own view
of themselves reported ("you feel you ..."), a reason that is theirs ("... because nobody told
you"), and the same words in support ("you're not managing this alone").
"""

from __future__ import annotations

import pytest

from simulator.moves import Move, assess

PREV = "Honestly, the launch is the problem. Staging falls over and I'm behind on everything."

VERDICTS = [
    pytest.param("It sounds like you've let the testing slide.", id="let-it-slide"),
    pytest.param("It seems like you've kind of checked out.", id="checked-out"),
    pytest.param("Sounds like you've stopped caring about quality.", id="stopped-caring"),
    pytest.param("I'm hearing that you're not really owning your part.", id="not-owning"),
    pytest.param("What I hear is a lack of ownership.", id="lack-of-ownership"),
    pytest.param(
        "So you didn't flag it early enough, and here we are.", id="did-not-flag-early-enough"
    ),
    pytest.param("You went quiet when you should have spoken up.", id="when-you-should-have"),
    pytest.param("What I'm hearing is you didn't think it through.", id="did-not-think-it-through"),
    pytest.param(
        "It sounds like you haven't been managing your time well.", id="not-managing-time"
    ),
    pytest.param("A lot of this is down to how you've been prioritising.", id="down-to-how"),
    pytest.param("It sounds like you're choosing to be negative.", id="choosing-to-be-negative"),
    pytest.param("It feels like you're looking for someone else to blame.", id="someone-to-blame"),
    pytest.param(
        "It sounds like you expected someone else to fix it.", id="expected-others-to-fix"
    ),
    pytest.param("Honestly, some of this is self-inflicted.", id="self-inflicted"),
    pytest.param("I'm seeing a pattern of excuses.", id="pattern-of-excuses"),
    pytest.param("I'm worried about your attitude lately.", id="your-attitude"),
    pytest.param("You're coming across as defensive to the team.", id="coming-across-as"),
    pytest.param("Maybe the role is a stretch for you.", id="a-stretch-for-you"),
    pytest.param("I'm surprised you didn't say so sooner.", id="surprised-you-didnt"),
    pytest.param("Other leads have coped with worse.", id="others-coped-with-worse"),
    pytest.param("It sounds like you're taking this a bit personally.", id="taking-it-personally"),
]


@pytest.mark.parametrize("text", VERDICTS)
def test_a_verdict_on_their_conduct_is_judgment(text: str) -> None:
    """A verdict on what they did, in a listening stem or plain, is judgment and not a
    reflection."""
    a = assess(text, [("employee", PREV)])
    assert Move.JUDGMENT in a.moves, a.cues
    assert Move.REFLECTION not in a.moves


NOT_VERDICTS = [
    pytest.param("You feel you didn't plan ahead enough.", id="their-view-reported"),
    pytest.param(
        "You didn't raise it sooner because nobody made it safe to.", id="a-reason-of-theirs"
    ),
    pytest.param("You're not managing this alone any more.", id="support"),
    pytest.param("You're not accountable for the outage; the process failed.", id="exoneration"),
    pytest.param("You expected someone to tell you the criteria.", id="expected-to-be-told"),
    pytest.param("I let the review slide, and that's on me.", id="owned-by-the-manager"),
]


@pytest.mark.parametrize("text", NOT_VERDICTS)
def test_the_same_words_without_a_verdict_are_not_judgment(text: str) -> None:
    """Their own self-criticism reported, a reason that exonerates, support, and the manager
    owning a lapse use the words of a verdict and pass none."""
    a = assess(text, [("employee", PREV)])
    assert Move.JUDGMENT not in a.moves, a.cues
