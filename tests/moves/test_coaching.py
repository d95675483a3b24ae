"""Coaching words and stuffed turns: a turn packed with the vocabulary of listening."""

from __future__ import annotations

import pytest

from simulator.moves import assess
from simulator.moves._coaching import STUFFED_AT, coaching_words

_HISTORY = [("employee", "Staging falls over every time someone runs a load test.")]


@pytest.mark.parametrize(
    ("text", "stuffed"),
    [
        pytest.param(
            "I appreciate you. I want to support your wellbeing, understand your obstacles and "
            "agree a next step with the resources you need to succeed.",
            True,
            id="stuffed",
        ),
        pytest.param(
            "Thank you for sharing, I value your perspective. It sounds like staging is a real "
            "obstacle. What support do you need?",
            True,
            id="stuffed-around-a-reflection",
        ),
        pytest.param(
            "Staging falling over every load test sounds maddening. What would help most?",
            False,
            id="skilled-one-word",
        ),
        pytest.param(
            "Thanks for telling me. It sounds like staging falling over has cost you days. What "
            "support would help, and what's a realistic next step?",
            False,
            id="skilled-everyday-words",
        ),
        pytest.param(
            "I appreciate your honesty. What support do you need?", False, id="skilled-two"
        ),
        pytest.param(
            "I value you, and I want to support you. What's the next step?", True, id="stock"
        ),
        pytest.param(
            "I hear you, I value you, and whatever you need, we'll sort it. What do you need?",
            True,
            id="stock-phrases-count",
        ),
        pytest.param(
            "I hear you, I'm here for you, and your work matters. What would help?",
            True,
            id="three-stock-phrases",
        ),
        pytest.param(
            "I've got your back, I'm in your corner, anything at all you need. Your voice counts.",
            True,
            id="stock-phrases-in-other-words",
        ),
        pytest.param(
            "I hear you. Staging falling over every load test, that's maddening. What would help?",
            False,
            id="one-stock-phrase-and-their-words",
        ),
        pytest.param(
            "A load test is a lot to step away from, so thanks. I'm mostly here to listen.",
            False,
            id="here-to-listen-is-no-stock-phrase",
        ),
        pytest.param(
            "I'm sorry to hear that. What support would help, and what's a realistic next step?",
            False,
            id="sorry-to-hear-that-is-everyday",
        ),
        pytest.param(
            "Glad to hear that. What's the next step on your side for the load tests?",
            False,
            id="on-your-side-as-a-place",
        ),
        pytest.param(
            "So mentoring both new grads has pushed staging off your priorities. What would help?",
            False,
            id="mentoring-as-their-topic",
        ),
        # Claims of attention and of a safe room, and resource offers, without the family words
        # (blind set 37's stuffing).
        pytest.param(
            "I appreciate you, I'm all ears, and this room is confidential. What can I do?",
            True,
            id="attention-and-room",
        ),
        pytest.param(
            "I've heard you, it's judgment-free here, and there's an EAP. What do you need?",
            True,
            id="heard-get-it-eap",
        ),
        pytest.param(
            "I'm all ears. Staging falling over every load test sounds maddening, what's worst?",
            False,
            id="one-claim-and-their-words",
        ),
        pytest.param(
            "That stays between us, I promise. What happened with the load tests?",
            False,
            id="one-pledge",
        ),
        pytest.param(
            "I am all ears, I appreciate it, and support is available. What's the plan?",
            True,
            id="attention-without-you",
        ),
    ],
)
def test_stuffed_turns(text: str, stuffed: bool) -> None:
    """Three or more different coaching words make a turn stuffed; a skilled turn uses one or
    two (no blind-written skilled turn used three), and everyday words ("thanks", "help",
    "next") do not count, though the stock phrases made of them ("I hear you", "I'm here for
    you", "whatever you need") do (blind set 31's stuffing used nothing else)."""
    assert (coaching_words(text) >= STUFFED_AT) is stuffed
    assert assess(text, _HISTORY).stuffed is stuffed


def test_a_stock_phrase_without_you_counts() -> None:
    """ "I'm right here" says no "you", and still counts as a stock phrase."""
    assert coaching_words("I'm right here, and I appreciate the honesty. Support is there.") == 3


def test_word_families_count_once() -> None:
    """ "Support", "supporting" and "supportive" are one coaching word, not three."""
    assert coaching_words("Support, supporting, supportive support.") == 1
