"""Pins judgment in the wordings of ridicule and of a listening opener that pivots away
(written after an adversarial probe of the detectors, session of 2026-12-07): what they feel
mocked ("let's not make this a pity party", "cry me a river"), what they said waved off ("not
my problem", "deal with it"), and "I hear you. That said, ..." as "I hear you, but" in formal
dress. Each table sits beside near misses that keep the words and lose the reading.
"""

from __future__ import annotations

import pytest

from simulator.moves import Move, assess

PREV = "Honestly, the launch is the problem. Staging falls over and I'm behind on everything."

RIDICULE = [
    pytest.param("Let's not make this a pity party.", id="pity-party"),
    pytest.param("Boo-hoo, we all have problems.", id="boo-hoo"),
    pytest.param("Spare me the sob story.", id="sob-story"),
    pytest.param("Cry me a river.", id="cry-me-a-river"),
    pytest.param("Woe is me, right?", id="woe-is-me"),
    pytest.param("Don't be such a drama queen.", id="drama-queen"),
    pytest.param("You've got a chip on your shoulder.", id="chip-on-your-shoulder"),
    pytest.param("Quit moaning about staging.", id="quit-moaning"),
    pytest.param("Enough with the excuses.", id="enough-excuses"),
    pytest.param("Nobody wants to hear it.", id="nobody-wants-to-hear-it"),
    pytest.param("That's not my problem, it's yours.", id="not-my-problem"),
    pytest.param("Deal with it.", id="deal-with-it"),
    pytest.param("It is what it is, just get on with it.", id="just-get-on-with-it"),
]


@pytest.mark.parametrize("text", RIDICULE)
def test_ridicule_and_dismissal_are_judgment(text: str) -> None:
    """Mocking what they feel, or waving off what they said, is judgment and no reflection,
    even with a word of theirs in it ("staging", "problem")."""
    a = assess(text, [("employee", PREV)])
    assert Move.JUDGMENT in a.moves, a.cues
    assert Move.REFLECTION not in a.moves


NOT_RIDICULE = [
    pytest.param("It's not my problem to fix alone, it's ours.", id="ours-to-fix"),
    pytest.param("Nobody wants to hear that they're being let go, I know.", id="hard-news"),
    pytest.param("I'll deal with it today.", id="the-manager-deals-with-it"),
    pytest.param("Let's just get on with it.", id="lets-get-on"),
]


@pytest.mark.parametrize("text", NOT_RIDICULE)
def test_the_same_words_without_the_mockery_are_not_judgment(text: str) -> None:
    """The manager sharing the load, naming hard news, taking a task on, or moving the meeting
    along use the same words and judge no one."""
    a = assess(text, [("employee", PREV)])
    assert Move.JUDGMENT not in a.moves, a.cues


PIVOTS = [
    pytest.param("I hear you. However, the deadline stands.", id="however"),
    pytest.param("I hear you. Having said that, the deadline stands.", id="having-said-that"),
    pytest.param("I understand. Even so, the launch can't move.", id="even-so"),
    pytest.param("I hear you. At the end of the day, results count.", id="end-of-the-day"),
    pytest.param("Got it. Be that as it may, the launch can't move.", id="be-that-as-it-may"),
]


@pytest.mark.parametrize("text", PIVOTS)
def test_a_listening_opener_then_a_formal_pivot_is_i_hear_you_but(text: str) -> None:
    """ "I hear you. That said, ..." discounts what was heard as "I hear you, but" does: disguised
    judgment, not a reflection."""
    a = assess(text, [("employee", PREV)])
    assert a.disguised_judgment, a.cues
    assert Move.JUDGMENT in a.moves
    assert Move.REFLECTION not in a.moves


def test_a_plain_but_after_a_full_stop_may_turn_to_what_they_did_well() -> None:
    """ "I get that. But you spotted the gap yourself." turns to their strength, not away from
    them: a full stop and a plain "But" are no pivot."""
    a = assess("I get that. But you spotted the gap yourself.", [("employee", PREV)])
    assert not a.disguised_judgment
    assert Move.JUDGMENT not in a.moves
