"""Suggested rewrites for weak turns, and the speed-tuned patterns behind them.

The patterns in :mod:`simulator.scoring.rewrites` are spelled for speed (case classes instead of
``re.IGNORECASE``, alternatives grouped by first letter, only swapped words matched); the
reference patterns below are the plain spellings, and the property tests pin that both find
exactly the same things.
"""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from simulator.moves.detector import Detection, Move
from simulator.scoring import rewrites
from simulator.scoring.rewrites import FEELINGS, suggest, topic_of

_REF_FEELING = re.compile(
    r"\b(" + "|".join(sorted(FEELINGS, key=len, reverse=True)) + r")\b", re.IGNORECASE
)
_REF_AUX = (
    r"(?:do|does|did|are|is|was|were|have|has|had|can|could|will|would|should|shall|may|might)"
)
_REF_CLOSED = re.compile(
    rf"^\W*(?:(?:so|and|but|okay|ok|well|right)\W+)*{_REF_AUX}(?:n't)?\s+(?P<subject>\w+)"
    r"\s+(?P<rest>.*)$",
    re.IGNORECASE,
)
_REF_TOPIC = re.compile(
    r"\b(?:about|with|on|for|of|to)?\s*"
    r"(?P<topic>(?:the|your|this|that|these|those|our|my)\s+[^?.!,;]+)",
    re.IGNORECASE,
)


def _ref_swap(text: str) -> str:
    return re.sub(r"[A-Za-z']+", lambda m: rewrites._SWAP.get(m.group(0).lower(), m.group(0)), text)


def _ref_clean(text: str, limit: int = 80) -> str:
    text = re.sub(r"\s+", " ", text).strip(" ,;:-—")
    if len(text) > limit:
        text = text[:limit].rsplit(" ", 1)[0] + "…"
    return text


# Words the patterns look for, in odd cases, with the characters IGNORECASE folds onto ASCII
# letters, digits, apostrophes and every kind of space and punctuation the patterns care about.
_WORDS = [
    *FEELINGS,
    *"about with on for of to the your this that these those our my so and but okay ok well",
    *"right do does did are is was were have has had can could will would should shall may",
    *"might n't i i'm im i've i'd i'll me mine myself am we us you launch Sam",
]
_WORDS = [w for w in _WORDS if len(w) > 1 or w.isalpha()]
_PIECES = st.one_of(
    st.sampled_from(_WORDS),
    st.sampled_from(_WORDS).map(str.upper),
    st.sampled_from(_WORDS).map(str.title),
    st.sampled_from(["\u0130", "\u0131", "\u017f", "\u212a", "é", "ß", "7", "_", "'"]),
    st.sampled_from([" ", "  ", "\t", "\n", "\u00a0", "\u2003", ".", "?", "!", ",", ";", "-"]),
)
_TEXT = st.one_of(st.lists(_PIECES, max_size=16).map("".join), st.text(max_size=40))


def _found(m: re.Match[str] | None) -> tuple[object, ...] | None:
    return None if m is None else (m.span(), m.groups())


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_fast_patterns_find_what_the_plain_ones_find(text: str) -> None:
    """Each tuned pattern matches the same span and groups as its plain IGNORECASE spelling,
    and the person swap and clean-up give the same text as the plain versions."""
    assert _found(rewrites._FEELING_RE.search(text)) == _found(_REF_FEELING.search(text))
    assert _found(rewrites._TOPIC_RE.search(text)) == _found(_REF_TOPIC.search(text))
    assert _found(rewrites._CLOSED_RE.match(text)) == _found(_REF_CLOSED.match(text))
    assert rewrites._swap_person(text) == _ref_swap(text)
    assert rewrites._clean(text) == _ref_clean(text)
    assert rewrites._clean(text, 7) == _ref_clean(text, 7)


def test_caseless_classes_match_exactly_what_ignorecase_matches() -> None:
    """``_caseless`` spells each letter as the class of every character IGNORECASE matches
    for it (the folds table was found this way), over all of Unicode."""
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    for letter in "abcdefghijklmnopqrstuvwxyz'":
        fast = re.findall(rewrites._caseless(letter), every)
        plain = re.findall(re.escape(letter), every, re.IGNORECASE)
        assert fast == plain, letter


J, A, C = Move.JUDGMENT, Move.ADVICE, Move.CLOSED_QUESTION


@pytest.mark.parametrize(
    ("moves", "text", "prev", "heard", "expected"),
    [
        pytest.param(
            (J,),
            "Calm down.",
            "I'm overwhelmed with my launch.",
            False,
            "It sounds like you're feeling overwhelmed about your launch. "
            "What's weighing on you most?",
            id="judgment-reflects-named-feeling",
        ),
        pytest.param(
            (J,),
            "Calm down.",
            "The deadline moved again. And nobody told me.",
            False,
            "So the deadline moved again. Tell me more about that.",
            id="judgment-reflects-first-sentence",
        ),
        pytest.param(
            (J,),
            "Calm down.",
            None,
            False,
            "That sounds hard. What's been going on for you?",
            id="judgment-without-context",
        ),
        pytest.param(
            (J,),
            "Calm down.",
            "I am \u017ftressed about the move",
            False,
            "It sounds like you're feeling stressed about the move. What's weighing on you most?",
            id="judgment-folded-feeling-no-crash",
        ),
        pytest.param(
            (A,),
            "You should delegate the reporting.",
            "I can't keep up with my reporting.",
            False,
            "Before I suggest anything: what have you tried so far with your reporting?",
            id="unheard-advice-asks-about-their-topic",
        ),
        pytest.param(
            (A,),
            "Just try harder.",
            "Yeah.",
            False,
            "Before I suggest anything: what have you already tried, and what got in the way?",
            id="unheard-advice-without-topic",
        ),
        pytest.param((A,), "You should delegate.", "x", True, None, id="heard-advice-is-fine"),
        pytest.param(
            (C,),
            "Did you finish the migration?",
            None,
            False,
            "How are things going with the migration, from your side?",
            id="closed-question-opened-on-topic",
        ),
        pytest.param(
            (C,),
            "Are you sleeping okay?",
            None,
            False,
            "What's your experience been with sleeping okay?",
            id="closed-question-about-you",
        ),
        pytest.param(
            (C,),
            "Is it done?",
            None,
            False,
            "What does this look like from your point of view?",
            id="closed-question-generic",
        ),
        pytest.param((Move.OPEN_QUESTION,), "What happened?", None, False, None, id="not-weak"),
        pytest.param(
            (C, Move.REFLECTION), "So it's hard. Is it?", None, False, None, id="closed-plus-more"
        ),
    ],
)
def test_suggest(
    moves: tuple[Move, ...], text: str, prev: str | None, heard: bool, expected: str | None
) -> None:
    """Judgment becomes a reflection, unheard advice a question about what they tried, a lone
    closed question an open one; anything else is not rewritten."""
    assert suggest(Detection(moves, {}), text, prev, heard) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "I'm sure my team and I've got it. Im tired, ME too, mine! Imogen's",
            "you're sure your team and you've got it. you're tired, you too, yours! Imogen's",
            id="first-person-words-only",
        ),
        pytest.param("it's we'll I'd", "it's we'll you'd", id="apostrophes-are-part-of-words"),
    ],
)
def test_swap_person(text: str, expected: str) -> None:
    """Whole first-person words become second person; words merely containing them do not."""
    assert rewrites._swap_person(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("So what about the launch? Did the vendor call?", "the launch", id="first-q"),
        pytest.param("Just the plan for this week.", "the plan for this", id="no-question"),
        pytest.param("Nothing here", None, id="no-noun-phrase"),
        pytest.param("About THE Launch plan and more", "the Launch plan", id="stops-at-clause"),
    ],
)
def test_topic_of(text: str, expected: str | None) -> None:
    """The noun phrase after a determiner, from the first question if there is one."""
    assert topic_of(text) == expected
