"""Pins the employee's answer to two routes blind set 18 found (through real sessions: real
assessment, real scripted partner), in our own wordings:

* the **express lane**: "No rush." or "Take your time." in front of a stock question, turn
  after turn, with what they need asked up front and their requests said back in a yes. Pacing
  is kind, and hears nothing back: it neither breaks a run of questions nor stands in for a
  reflection, and a layer past the first waits for a turn that heard them;
* the **collage**: fragments of their own words strung as sentences ("Six months of coffees.
  Hallam Logistics. Proposal stage."), with a stock feeling and question after. Their words
  pasted back, not made anything of.
"""

from __future__ import annotations

import pytest

from simulator.content import catalog
from simulator.conversation.scripted import ScriptedPartner
from simulator.conversation.session import Session
from simulator.scoring.scorer import score

PERSONAS = [
    pytest.param(p, id=p)
    for p in ("incident-engineer", "launch-engineer", "new-hire", "passed-over", "quota-rep")
]
_PACED = (
    "No rush. What's really going on for you?",
    "Take your time. What's been the toughest bit?",
    "No pressure. What else is going on for you?",
    "Whenever you're ready. What's been hardest lately?",
)


def _session(persona_id: str) -> Session:
    return Session(catalog.get_persona(persona_id), ScriptedPartner(seed=0))


@pytest.mark.parametrize("persona_id", PERSONAS)
def test_pacing_before_stock_questions_opens_no_deeper_layer(persona_id: str) -> None:
    """Time given before a stock question, turn after turn, with what they need asked up front:
    at most the surface layer comes out, and nothing is agreed."""
    s = _session(persona_id)
    s.respond("Let's cut to it: what do you need from me right now?")
    for i in range(9):
        if s.ended:
            break
        s.respond(_PACED[i % len(_PACED)])
    state = s.engine.state
    assert len(state.disclosed) <= 1, state.disclosed
    assert not state.committed


def test_pacing_is_no_reply_to_the_question_run() -> None:
    """ "No rush." between questions hears nothing back: the fourth question in the run earns
    nothing, as with no pacing at all."""
    s = _session("launch-engineer")
    for line in (
        "What's the retry logic for?",
        "No rush. What's made the launch so hard?",
        "Take your time. What does staging falling over cost you?",
        "No pressure. What happens at the launch sync?",
    ):
        s.respond(line)
    assert any("feels interviewed" in c.reason for c in s.records[-1].changes)


@pytest.mark.parametrize(
    ("said", "asks_for_time"),
    [
        pytest.param("Honestly? Not yet. Give me a minute.", True, id="give-me-a-minute"),
        pytest.param(
            "Alright. Let me say this carefully, because I've been rehearsing it.",
            True,
            id="let-me-say-this-carefully",
        ),
        pytest.param("I'm not sure how to put this.", True, id="not-sure-how-to-put-it"),
        pytest.param("Not going there. Not today.", True, id="declines-for-now"),
        pytest.param(
            "That's a bigger conversation. Not sure I'm having it yet.",
            True,
            id="not-having-it-yet",
        ),
        pytest.param("Ask me another time.", True, id="another-time"),
        pytest.param("Okay. I can close the laptop for a minute.", False, id="a-minute-for-you"),
        pytest.param("The launch is the problem.", False, id="plain-answer"),
        pytest.param("I'm not having this done by Friday.", False, id="not-having-it-done"),
    ],
)
def test_room_given_when_they_ask_for_it_answers_them(said: str, asks_for_time: bool) -> None:
    """Pacing ("Take your time.", "I won't push.") is kindness that hears them only after a
    line that asks for time, struggles for words or declines for now; after any other line it
    is pacing before a question."""
    from simulator.conversation._heard import asks_for_room

    assert asks_for_room(said) is asks_for_time


def _collage(said: str) -> str:
    """Three fragments of their last reply, each a sentence of its own."""
    words = [w.strip(".,?!'\"") for w in said.split()]
    words = [w for w in words if w]
    chunks = [" ".join(words[i : i + 2]) for i in range(0, min(len(words), 12), 4)][:3]
    return ". ".join(c.capitalize() for c in chunks) + ". That's a lot. What's underneath that?"


@pytest.mark.parametrize("persona_id", PERSONAS)
def test_a_collage_of_their_words_on_repeat_does_not_pay(persona_id: str) -> None:
    """Fragments of their last reply strung as sentences, with a stock feeling and question,
    every turn: at most one layer, nothing agreed, and a score far below a skilled manager's."""
    s = _session(persona_id)
    last = s.persona.opening_line
    for _ in range(10):
        if s.ended:
            break
        last = s.respond(_collage(last))
    state = s.engine.state
    assert len(state.disclosed) <= 1, state.disclosed
    assert not state.committed
    assert score(s.transcript(), catalog.get_rubric()).overall < 3.0


_APOLOGIES = (
    "That's on me. What's really going on for you?",
    "My bad, honestly. What's been the hardest part?",
    "I should have checked in sooner. What else is going on?",
    "I let you down there. What's weighing on you most?",
    "I dropped the ball on that. What's been toughest lately?",
    "I owe you an apology. What's really going on?",
    "That was my mistake. What would help?",
    "I was wrong about that. What's the hardest bit?",
    "I apologise for that. What else?",
    "That's on me, truly. What do you need from me?",
)


@pytest.mark.parametrize("persona_id", PERSONAS)
def test_an_apology_on_rotation_is_no_hearing_them(persona_id: str) -> None:
    """Owning your part shows they were heard once, and so may open the next layer; a different
    apology before a stock question every turn is a formula, and the most private layer stays
    shut (before, it opened for four personas)."""
    s = _session(persona_id)
    for line in _APOLOGIES:
        if s.ended:
            break
        s.respond(line)
    state = s.engine.state
    assert len(state.disclosed) <= 2, state.disclosed
    assert not state.committed


@pytest.mark.parametrize(
    ("persona_id", "room", "heard"),
    [
        pytest.param(
            "passed-over",
            "Fair enough, I won't push. Whenever you want to, I'll make the time.",
            True,
            id="declined-then-no-push",
        ),
        pytest.param(
            "reorg-lead",
            "Okay. You don't have to get into it today.",
            True,
            id="declined-then-not-today",
        ),
        pytest.param(
            "reorg-lead", "Sure. What's the status of the queue?", False, id="declined-then-agenda"
        ),
        pytest.param(
            "launch-engineer",
            "Fair enough, I won't push. Whenever you want to, I'll make the time.",
            False,
            id="answered-then-no-push",
        ),
    ],
)
def test_room_given_after_they_decline_hears_them(persona_id: str, room: str, heard: bool) -> None:
    """After "Not sure I'm having it yet" or "Ask me another time.", "I won't push" respects
    what they said, and counts as hearing them; after an answer it is pacing, kind and about
    nothing they said, and hears nothing back."""
    s = _session(persona_id)
    s.respond("Thanks for coming in. How are you doing, honestly?")
    s.engine.state.heard_since_disclosure = False
    s.respond(room)
    assert s.engine.state.heard_since_disclosure is heard


_ROOM = (
    "Fair enough, I won't push. Whenever you want to, I'll make the time.",
    "Okay. You don't have to get into it today.",
    "That's fine, I won't push.",
)
_STOCK = (
    "How are you really doing?",
    "What's been the hardest part?",
    "What's weighing on you most?",
)


@pytest.mark.parametrize("persona_id", PERSONAS)
def test_room_given_on_rotation_opens_no_deeper_layer(persona_id: str) -> None:
    """Our own adversarial pass: a stock question, then "I won't push" whatever they said,
    turn after turn. Room given hears them only after a decline, so at most the surface
    layer comes out and nothing is agreed."""
    s = _session(persona_id)
    for i in range(14):
        if s.ended:
            break
        s.respond((_STOCK if i % 2 == 0 else _ROOM)[(i // 2) % 3])
    assert len(s.engine.state.disclosed) <= 1, s.engine.state.disclosed
    assert not s.engine.state.committed
