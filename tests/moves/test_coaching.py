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
            "Thanks for telling me. What's the next step you'd want to take?",
            False,
            id="skilled-three-words",
        ),
    ],
)
def test_stuffed_turns(text: str, stuffed: bool) -> None:
    """Four or more different coaching words make a turn stuffed; a skilled turn uses one to
    three (the most any blind-written skilled turn used)."""
    assert (coaching_words(text) >= STUFFED_AT) is stuffed
    assert assess(text, _HISTORY).stuffed is stuffed


def test_word_families_count_once() -> None:
    """ "Support", "supporting" and "supportive" are one coaching word, not three."""
    assert coaching_words("Support, supporting, supportive support.") == 1
