"""The rewrites' faster searches (``simulator.scoring._matching``) answer exactly as the regex
searches they replace, on ASCII and non-ASCII text alike."""

from __future__ import annotations

import re

import pytest

from simulator.scoring._matching import lowered, occurs, search, word_char
from simulator.scoring.rewrites import swap_person

_SENSITIVE = re.compile(r"\b(?:dad|hospital|grand\w+|passed away)\b", re.IGNORECASE)
_TEXTS = [
    pytest.param("My Dad is in HOSPITAL.", id="upper-case"),
    pytest.param("my granddad passed away", id="word-pattern"),
    pytest.param("Dadaist art", id="no-word-end"),
    pytest.param("DAD’s car", id="curly-quote"),
    pytest.param("İstanbul dad", id="dotted-capital-i"),
    pytest.param("KELVIN \u212a dad", id="kelvin-sign"),
    pytest.param("nothing here", id="no-match"),
    pytest.param("", id="empty"),
]


@pytest.mark.parametrize("text", _TEXTS)
def test_search_answers_as_the_case_insensitive_pattern(text: str) -> None:
    """search() through the lower-cased twin finds a match exactly when the IGNORECASE pattern
    does, including text where lower-casing would move characters (it then uses the original)."""
    assert search(_SENSITIVE, lowered(_SENSITIVE), text) == bool(_SENSITIVE.search(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "I was late and my boss knew it.", "you were late and your boss knew it.", id="was"
        ),
        pytest.param(
            "I'M DONE with Our plan", "you're DONE with your plan", id="keeps-case-between"
        ),
        pytest.param("Mia and Isaac met me", "Mia and Isaac met you", id="names-untouched"),
        pytest.param("Ça m'a aidé, I think", "Ça m'a aidé, you think", id="non-ascii"),
        pytest.param("nothing to swap", "nothing to swap", id="none"),
    ],
)
def test_swap_person_keeps_the_words_between(text: str, expected: str) -> None:
    """swap_person() finds the first-person words in lower-cased text but keeps every other
    character of the original, case included."""
    assert swap_person(text) == expected


@pytest.mark.parametrize(
    ("said", "word"),
    [
        pytest.param("If Jenna ran it, Jenna would", "Jenna", id="mid-sentence"),
        pytest.param("Jenna ran it", "Jenna", id="only-at-start"),
        pytest.param("We asked Jennifer", "Jenna", id="longer-word"),
        pytest.param("ask, Jenna_x", "Jenna", id="underscore-is-a-word-character"),
        pytest.param("é Jenna.", "Jenna", id="non-ascii-before"),
        pytest.param("x;Jenna Jenna", "Jenna", id="second-occurrence"),
    ],
)
def test_occurs_answers_as_the_regex(said: str, word: str) -> None:
    """occurs() gives the answers of the two word searches the rewrites used to compile per
    word: after a word character or ``,;:`` and a space, and as a whole word anywhere."""
    after_word = occurs(said, " " + word, lambda c: word_char(c) or c in ",;:")
    assert after_word == bool(re.search(r"[\w,;:] " + word + r"\b", said))
    whole = occurs(said, word, lambda c: not word_char(c), at_start=True)
    assert whole == bool(re.search(r"\b" + word + r"\b", said))
