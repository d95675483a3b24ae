"""Pins that the recognition wordings added for blind set 22 ("that's real dedication", "a
phenomenal body of work") cannot be gamed on their own: a different strength praised every turn,
about nothing they said, before a stock question, is a carousel of praise. Real sessions (real
assessment, real scripted partner, real scorer); our own wordings, not any blind set's."""

from __future__ import annotations

import pytest

from simulator.content import catalog
from simulator.conversation.scripted import ScriptedPartner
from simulator.conversation.session import Session
from simulator.scoring.scorer import score

PERSONAS = [pytest.param(p, id=p) for p in sorted(catalog.personas())]

_CAROUSEL = (
    "Thanks for coming in. That's real dedication. What's been going on?",
    "That's real persistence. What else?",
    "That shows real courage. What else is going on?",
    "That's proper professionalism. Tell me more.",
    "That's real teamwork. What's been hardest?",
    "That's exactly the grit this team needs. What else?",
    "That shows real integrity. What would help?",
    "That's a phenomenal body of work. What do you need from me?",
    "That's real commitment. What's the next step?",
    "That's real resilience. Let's check in Friday at ten.",
)


@pytest.mark.parametrize("persona_id", PERSONAS)
def test_a_carousel_of_strength_praise_earns_little(persona_id: str) -> None:
    """Praise of a new strength every turn, tied to nothing they said, opens at most one layer,
    wins no agreement, and scores far below a skilled manager (about 2.0; skilled 4.0 and
    above): it earns recognition as praise that is not specific, and nothing for presence."""
    s = Session(catalog.get_persona(persona_id), ScriptedPartner(seed=0))
    for line in _CAROUSEL:
        if s.ended:
            break
        s.respond(line)
    assert len(s.engine.state.disclosed) <= 1
    assert not s.engine.state.committed
    card = score(s.transcript(), catalog.get_rubric())
    assert card.overall is not None and card.overall < 2.6, card.overall
    recognition = next(c for c in card.criteria if c.id == "recognition")
    assert recognition.score is not None and recognition.score < 4.0, recognition.score
