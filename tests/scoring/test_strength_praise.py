"""Pins that the recognition wordings added for blind set 22 ("that's real dedication", "a
phenomenal body of work") and for the forum-style sets ("good on you for coming in", "that's
real growth", "pure class") cannot be gamed on their own: a different strength praised every
turn, about nothing they said, before a stock question or a parting wish ("take care of
yourself"), is a carousel of praise. Real sessions (real assessment, real scripted partner,
real scorer); our own wordings, not any blind set's."""

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


# The forum wordings' praise, with the stock wishes and questions of the same round between.
# "A brave call" and "give yourself credit" had taken up their "call" and "give me a sec", and a
# wish to nobody in particular had counted as the sympathy that ties praise to what they told:
# recognition 5.0 with four personas.
_FORUM_CAROUSEL = (
    "Good on you for coming in. That took a lot of guts. What's been going on?",
    "That's really big of you. Anything else that'd help?",
    "Honestly, that's real growth. What else?",
    "You're stronger than you give yourself credit for. Look after yourself.",
    "That counts for a lot. What would make it feel safer to talk?",
    "Pure class. You're definitely not alone. Anything else that'd help?",
    "You've already done the hardest part. What do you need from me?",
    "Not many people would have done that. What else?",
    "Coming here today was a brave call. Take care of yourself.",
    "That's exactly what strength looks like. Let's check in Friday at ten.",
)

# The latest round's praise (bare praise of work as generic praise, a quality judged after a
# deed, "fair play", "the kind of engineer people trust") and its one-change question, turn
# after turn with nothing of theirs: 2.58-2.71 overall, recognition 3.12.
_WRITTEN_SUPPORT_CAROUSEL = (
    "Hi, thanks for coming in.",
    "Well done.",
    "That says a lot about your integrity.",
    "Great job, honestly.",
    "That's the kind of engineer people trust.",
    "I respect that a lot.",
    "Nice one.",
    "Fair play to you for that.",
    "If you could change one thing, what would it be?",
    "If you could fix one thing this week, what would it be?",
)


@pytest.mark.parametrize("persona_id", PERSONAS)
@pytest.mark.parametrize(
    ("carousel", "ceiling"),
    [
        pytest.param(_CAROUSEL, 2.6, id="strengths"),
        # (Its stock questions ask what would help and its close names a day: 2.45-2.97.)
        pytest.param(_FORUM_CAROUSEL, 3.0, id="forum-praise-and-wishes"),
        pytest.param(_WRITTEN_SUPPORT_CAROUSEL, 3.0, id="work-praise-and-one-change"),
    ],
)
def test_a_carousel_of_strength_praise_earns_little(
    persona_id: str, carousel: tuple[str, ...], ceiling: float
) -> None:
    """Praise of a new strength every turn, tied to nothing they said, opens at most one layer,
    wins no agreement, and scores far below a skilled manager (about 2.0; skilled 4.0 and
    above): it earns recognition as praise that is not specific, and nothing for presence."""
    s = Session(catalog.get_persona(persona_id), ScriptedPartner(seed=0))
    for line in carousel:
        if s.ended:
            break
        s.respond(line)
    assert len(s.engine.state.disclosed) <= 1
    assert not s.engine.state.committed
    card = score(s.transcript(), catalog.get_rubric())
    assert card.overall is not None and card.overall < ceiling, card.overall
    recognition = next(c for c in card.criteria if c.id == "recognition")
    assert recognition.score is not None and recognition.score < 4.0, recognition.score
