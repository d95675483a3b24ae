"""Pins how the employee takes their own words handed back in quotation marks, through real
sessions (real assessment, real scripted partner): a quote shows the words were caught, not
that they were understood, so a habit of quoting with a remark on how they said it ("I notice
you said '...' and then stopped") opens no deeper layer; a quote of words they never said is
put in their mouth and corrected; and kindness that shares only a word about the conversation
("I'm glad we talked"), or leave to speak ("you're allowed to be honest"), is kind about nothing
they said; their words with the people swapped round are put in their mouth too. Our own
wordings, not any blind set's."""

from __future__ import annotations

import re

import pytest

from simulator.content import catalog
from simulator.conversation import _words
from simulator.conversation._heard import concrete_kindness
from simulator.conversation._quoted import misquoted, only_quoted
from simulator.conversation._turn import TurnScore
from simulator.conversation.scripted import ScriptedPartner
from simulator.conversation.session import Session
from simulator.moves import assess
from simulator.moves.assessment import Speaker

PERSONAS = [pytest.param(p, id=p) for p in sorted(catalog.personas())]


def _session(persona_id: str) -> Session:
    return Session(catalog.get_persona(persona_id), ScriptedPartner(seed=0))


_SAID = _words.content_stems("the churn dashboard is late and my numbers don't match finance")


@pytest.mark.parametrize(
    ("text", "only"),
    [
        pytest.param(
            "I notice you said 'my numbers don't match' and then went quiet.", True, id="quote"
        ),
        pytest.param(
            'You used the words "the churn dashboard". What comes up?', True, id="double-quotes"
        ),
        pytest.param(
            "You said 'my numbers don't match': you're stuck between your query and finance's.",
            False,
            id="quote-then-their-words-in-mine",
        ),
        pytest.param(
            "So the dashboard is late and the numbers won't reconcile.", False, id="no-quote"
        ),
    ],
)
def test_only_quoted_means_nothing_of_theirs_outside_the_quotes(text: str, only: bool) -> None:
    """A turn whose every word of theirs sits inside quotation marks hands their words back;
    one that also puts something of theirs in the manager's own words, or has no quote, does
    not."""
    assert only_quoted(text, _SAID) is only


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        pytest.param(
            "You said 'nobody would notice if I vanished'. What's that like?",
            "nobody would notice if i vanished",
            id="never-said",
        ),
        pytest.param(
            "In your words, 'finance always wins'.", "finance always wins", id="in-your-words"
        ),
        pytest.param("You said 'my numbers don't match'.", None, id="their-words"),
        pytest.param("You said 'late'. Late for whom?", None, id="one-word"),
        pytest.param("People say 'fail fast' a lot here.", None, id="not-attributed-to-them"),
    ],
)
def test_a_quote_they_never_said_is_put_in_their_mouth(text: str, quote: str | None) -> None:
    """A quote attributed to them ("you said '...'") holding two or more content words, most of
    which they never said, is a misquote; their own words quoted, a single word, or a quote
    nobody attributes to them, is not."""
    assert misquoted(text, _SAID) == quote


_CLAUSE = re.compile(r"[a-z]+(?:'[a-z]+)?(?: [a-z]+(?:'[a-z]+)?){2,}")


_FRAMES = (
    "I notice you said '{q}', and your voice dropped. What's underneath that?",
    "I'm struck that you said '{q}' and then stopped. What happens for you there?",
    "You said '{q}' so quickly. What's going on under that?",
    "I notice the words '{q}' came out in a rush. What's that about?",
    "There it is again: '{q}'. What's beneath it?",
    "I notice you said '{q}' and looked away. What's that like for you?",
    "Hm, '{q}', you said it quietly. What's under that?",
    "I notice you said '{q}'. What's that bringing up?",
    "You said '{q}' and then laughed a little. What's underneath?",
    "I notice '{q}' again. What's happening for you?",
)


def _last_words(reply: str) -> str:
    """The last three to five words of the last clause of their reply that has three, in lower
    case: what a narrator would pick out ("it's always something obvious")."""
    clauses = _CLAUSE.findall(reply.lower().replace("’", "'"))
    return " ".join(clauses[-1].split()[-5:]) if clauses else "okay"


@pytest.mark.parametrize("persona_id", PERSONAS)
def test_quoting_them_with_a_remark_on_delivery_opens_no_deeper_layer(persona_id: str) -> None:
    """Their latest words quoted back every turn, with a remark on how they said them and a
    stock question, earn as reflections but never show what was understood: no layer past the
    first opens, and nothing is agreed."""
    s = _session(persona_id)
    reply = s.respond("Thanks for coming in. How are things?")
    for frame in _FRAMES:
        if s.ended:
            break
        reply = s.respond(frame.format(q=_last_words(reply)))
    state = s.engine.state
    assert len(state.disclosed) <= 1, state.disclosed
    assert not state.committed


def test_words_put_in_their_mouth_are_corrected() -> None:
    """ "You said '...'" of words they never said is a mis-reflection, however true of them:
    stress rises and the reason names the words."""
    s = _session("new-hire")
    s.respond("I notice you said 'I keep waiting for someone to find me out'. What's that like?")
    record = s.records[-1]
    assert record.stress_delta > 0
    assert any("never said" in c.reason for c in record.changes), [c.reason for c in record.changes]


@pytest.mark.parametrize(
    ("line", "corrected"),
    [
        pytest.param(
            "So Liam's warm accounts went to you in the territory split. That's a real knock.",
            True,
            id="people-swapped-round",
        ),
        pytest.param(
            "So your warm accounts went to Liam in the territory split. That's a real knock.",
            False,
            id="the-same-way-round",
        ),
    ],
)
def test_their_words_with_the_people_swapped_round_are_corrected(
    line: str, corrected: bool
) -> None:
    """Their own words with the people in them swapped round are put in their mouth: they say
    back whom the turn put in the wrong place ("Liam? ... No.") and stress rises; the same
    words the right way round are heard."""
    s = _session("quota-rep")
    opened = s.respond("No rush at all. How are you doing, honestly?")
    assert "went to Liam" in opened  # the persona's first disclosure, which the lines take up
    reply = s.respond(line)
    record = s.records[-1]
    reasons = [c.reason for c in record.changes]
    assert reply.startswith("Liam?") is corrected, reply
    assert any("that way round" in r for r in reasons) is corrected, reasons
    assert (record.stress_delta > 0) is corrected


@pytest.mark.parametrize(
    ("line", "concrete"),
    [
        pytest.param(
            "Well, it sounds like a hard stretch, and I'm glad we talked.",
            False,
            id="glad-we-talked",
        ),
        pytest.param(
            "Nobody to talk to at work, on top of no sleep. That sounds lonely.",
            True,
            id="their-situation",
        ),
    ],
)
def test_kindness_about_the_conversation_is_about_nothing_they_said(
    line: str, concrete: bool
) -> None:
    """Kindness that shares only a word about the conversation itself ("glad we talked" after
    their "I've not talked to anyone") is a formula; kindness about their situation is for what
    they said."""
    s = _session("quota-rep")
    history: list[tuple[Speaker, str]] = [
        ("manager", "How are things?"),
        (
            "employee",
            "I've not really talked to anyone at work about any of this. I'm not sleeping.",
        ),
    ]
    a = assess(line, history)
    t = TurnScore(s.engine, a, line, history)
    assert concrete_kindness(t, set(a.moves)) is concrete


@pytest.mark.parametrize(
    ("line", "concrete"),
    [
        pytest.param(
            "At the retro after the twenty-second, what do you tell the team? You're allowed to"
            " be honest.",
            False,
            id="leave-to-speak",
        ),
        pytest.param(
            "You're allowed to be upset that the twenty-second launch landed on top of this.",
            True,
            id="leave-to-feel",
        ),
    ],
)
def test_leave_to_speak_is_room_given_not_kindness_heard(line: str, concrete: bool) -> None:
    """ "You're allowed to be honest" gives room to answer, like "take your time": with their
    date in the question beside it, it is still kind about nothing they said. Leave to feel
    what they told ("allowed to be upset that ...") is validation of it."""
    s = _session("launch-engineer")
    history: list[tuple[Speaker, str]] = [
        ("manager", "How are things?"),
        ("employee", "Two weeks. The twenty-second. Honestly? The launch is the problem."),
    ]
    a = assess(line, history)
    t = TurnScore(s.engine, a, line, history)
    assert concrete_kindness(t, set(a.moves)) is concrete
