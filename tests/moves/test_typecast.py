"""Pins blind set 25's cold reader: a type of person described ("people like you...", "you're
the sort who...", "you strike me as...") borrows their words and fits anyone. It is no
reflection, and the employee hears a label, not themselves."""

from __future__ import annotations

import pytest

from simulator.content import catalog
from simulator.conversation.engine import Reaction
from simulator.conversation.scripted import ScriptedPartner
from simulator.conversation.session import Session
from simulator.moves import Move, assess, typecast

SAID = "I keep replaying the thread. Sixty people reacted and nobody asked me anything."


@pytest.mark.parametrize(
    ("line", "label"),
    [
        pytest.param("People like you tend to replay it.", "People like me", id="people-like-you"),
        pytest.param("You're the sort who'd rather carry it quietly.", "The sort who", id="sort"),
        pytest.param(
            "You're the kind of person who keeps going.", "The kind of person who", id="kind"
        ),
        pytest.param("You strike me as a perfectionist.", "Strike you as", id="strike-me-as"),
        pytest.param("Loyal people always do.", "Loyal people", id="a-type-always"),
        pytest.param("You're someone who finishes things.", None, id="someone-who-may-credit"),
        pytest.param("The people you work with like you.", None, id="liked-is-no-type"),
        pytest.param("You replay it at night.", None, id="about-them"),
    ],
)
def test_the_type_a_turn_casts_them_as(line: str, label: str | None) -> None:
    """The label is said back in their words; "you're someone who..." may credit what they
    did, so it is no stereotype, though it reflects nothing either."""
    assert typecast(line) == label


@pytest.mark.parametrize(
    ("line", "reflects"),
    [
        pytest.param(
            "People like you replay the thread over and over. What's the bit you keep on?",
            False,
            id="their-words-in-a-type",
        ),
        pytest.param(
            "You're the sort who replays a thread like that for weeks.",
            False,
            id="the-sort-who",
        ),
        pytest.param(
            "You keep replaying the thread, and nobody asked you. People like you often do.",
            True,
            id="said-back-then-a-type",
        ),
    ],
)
def test_a_type_is_no_reflection(line: str, reflects: bool) -> None:
    """Their words inside a type of person earn no reflection; said back in a sentence of
    their own, they still do."""
    a = assess(line, [("employee", SAID)])
    assert (Move.REFLECTION in a.moves) is reflects, a.cues


@pytest.mark.parametrize("persona_id", ["passed-over", "launch-engineer", "quota-rep"])
def test_a_cold_reading_is_corrected(persona_id: str) -> None:
    """ "People like you go quiet and keep delivering." is corrected ("People like me? Not
    even close."), as words put in their mouth are."""
    s = Session(catalog.get_persona(persona_id), ScriptedPartner(seed=0))
    s.respond("Thanks for coming in. How are you doing, honestly?")
    reply = s.respond("People like you go quiet and keep delivering. What has been going on?")
    assert s.last_outcome.reaction is Reaction.CORRECTING
    assert reply.startswith("People like me?"), reply
