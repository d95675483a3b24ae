"""The persona engine, turn by turn: trust, stress, disclosure, commitment and shutdown."""

from __future__ import annotations

import pytest

from simulator.content import catalog
from simulator.conversation.engine import EndReason, Engine, Reaction
from simulator.moves.detector import Detection, Move

OQ, CQ, REF, REC = Move.OPEN_QUESTION, Move.CLOSED_QUESTION, Move.REFLECTION, Move.RECOGNITION
RC, NS, JUD, ADV, OTH = Move.RESOURCE_CHECK, Move.NEXT_STEP, Move.JUDGMENT, Move.ADVICE, Move.OTHER

# (moves, text, trust after, stress after, reaction, layer disclosed, need surfaced)
Step = tuple[tuple[Move, ...], str, float, float, Reaction, str | None, str | None]

RUNS: list = [
    pytest.param(
        "launch-engineer",
        [
            ((OQ,), "What's been going on?", 4, 7, Reaction.DISCLOSE, "launch-scope", None),
            ((REF,), "So it's all on you.", 6, 6, Reaction.DISCLOSE, "dad-in-hospital", None),
            (
                (REF, OQ),
                "You've been there every night. How?",
                9,
                5,
                Reaction.DISCLOSE,
                "prognosis",
                None,
            ),
            (
                (REC,),
                "You've carried a lot with real care.",
                10,
                4,
                Reaction.OPENING_UP,
                None,
                None,
            ),
            (
                (RC,),
                "What do you need from me?",
                10,
                3.5,
                Reaction.NEED,
                None,
                "release-captain-cover",
            ),
            ((NS,), "Let's agree a first step.", 10, 3.5, Reaction.COMMITTING, None, None),
        ],
        EndReason.COMMITTED,
        id="launch-engineer-good",
    ),
    pytest.param(
        "launch-engineer",
        [
            ((JUD,), "That's not a big deal.", 1, 9, Reaction.SHUTTING_DOWN, None, None),
            ((JUD,), "You should have said so.", 0, 10, Reaction.SHUTTING_DOWN, None, None),
        ],
        EndReason.SHUTDOWN,
        id="launch-engineer-judgmental",
    ),
    pytest.param(
        "launch-engineer",
        [
            ((CQ,), "Is it done?", 3, 7, Reaction.GUARDED, None, None),
            ((CQ,), "Will it ship?", 2, 8, Reaction.SHUTTING_DOWN, None, None),
            ((CQ,), "Are you sure?", 1, 9, Reaction.SHUTTING_DOWN, None, None),
            ((CQ,), "Did you test it?", 0, 10, Reaction.SHUTTING_DOWN, None, None),
        ],
        EndReason.SHUTDOWN,
        id="launch-engineer-closed-string",
    ),
    pytest.param(
        "quota-rep",
        [
            ((OQ,), "How is the quarter going?", 6, 6, Reaction.DISCLOSE, "thin-pipeline", None),
            ((REF,), "You're running on fumes.", 8, 5, Reaction.DISCLOSE, "no-sleep", None),
            (
                (REC,),
                "You've kept every client warm.",
                9,
                4,
                Reaction.DISCLOSE,
                "came-back-early",
                None,
            ),
            ((RC,), "What would help?", 10, 3.5, Reaction.NEED, None, "ramp-target"),
            ((NS,), "What's one thing for this week?", 10, 3.5, Reaction.COMMITTING, None, None),
        ],
        EndReason.COMMITTED,
        id="quota-rep-good",
    ),
    pytest.param(
        "quota-rep",
        [
            ((JUD,), "That is on you.", 3, 8, Reaction.SHUTTING_DOWN, None, None),
            ((JUD,), "You should have planned.", 1, 10, Reaction.SHUTTING_DOWN, None, None),
        ],
        EndReason.SHUTDOWN,
        id="quota-rep-judgmental",
    ),
    pytest.param(
        "reorg-lead",
        [
            (
                (REF,),
                "It's been a rough few months.",
                4.5,
                6.5,
                Reaction.DISCLOSE,
                "broken-queue",
                None,
            ),
            ((NS,), "Let's agree a plan.", 4.5, 6.5, Reaction.GUARDED, None, None),
            (
                (REF, OQ),
                "You've held it together. What's it costing you?",
                7.5,
                5.5,
                Reaction.DISCLOSE,
                "burnout",
                None,
            ),
            (
                (REF,),
                "You're exhausted and nobody sees it.",
                9.5,
                4.5,
                Reaction.DISCLOSE,
                "job-offer",
                None,
            ),
            ((RC,), "What do you need?", 10, 4, Reaction.NEED, None, "weekend-rota"),
            ((NS,), "What's a first step?", 10, 4, Reaction.COMMITTING, None, None),
        ],
        EndReason.COMMITTED,
        id="reorg-lead-good-with-premature-next-step",
    ),
    pytest.param(
        "reorg-lead",
        [
            (
                (ADV, CQ),
                "You should delegate. Can you?",
                1.5,
                8.5,
                Reaction.SHUTTING_DOWN,
                None,
                None,
            ),
            ((ADV, CQ), "Just say no. Okay?", 0.5, 9.5, Reaction.SHUTTING_DOWN, None, None),
            ((JUD,), "Calm down.", 0, 10, Reaction.SHUTTING_DOWN, None, None),
        ],
        EndReason.SHUTDOWN,
        id="reorg-lead-advice-and-blame",
    ),
]


@pytest.mark.parametrize(("persona_id", "steps", "end"), RUNS)
def test_turn_by_turn(persona_id: str, steps: list[Step], end: EndReason) -> None:
    """Each turn moves trust and stress by the rules and discloses only what it unlocks."""
    persona = catalog.get_persona(persona_id)
    engine = Engine(persona)
    for moves, text, trust, stress, reaction, layer, need in steps:
        assert not engine.state.ended
        out = engine.step(Detection(moves), text)
        assert (engine.state.trust, engine.state.stress) == (trust, stress), text
        assert out.reaction is reaction, text
        assert (out.layer, out.need) == (layer, need), text
    assert engine.state.ended and engine.state.end_reason is end
    if end is EndReason.COMMITTED:
        assert engine.state.disclosed == [layer.id for layer in persona.layers]
    else:
        assert engine.state.disclosed == []


def test_trigger_phrase_costs_trust_and_earns_nothing() -> None:
    """A persona's trigger closes them up even inside an otherwise open question."""
    engine = Engine(catalog.get_persona("reorg-lead"))
    out = engine.step(Detection((OQ,)), "Have you tried the mindfulness sessions? How was it?")
    assert out.triggers == ("wellbeing-leaflet",)
    assert (engine.state.trust, engine.state.stress) == (1.0, 9.0)
    assert out.reaction is Reaction.SHUTTING_DOWN and engine.state.disclosed == []


def test_mixed_turn_with_net_gain_still_opens() -> None:
    """A reflection with a small unsolicited fix nets trust, so the person can still open up."""
    engine = Engine(catalog.get_persona("quota-rep"))
    out = engine.step(Detection((REF, ADV)), "Sounds exhausting. You should try blocking time.")
    assert out.trust_delta == 1 and out.reaction is Reaction.DISCLOSE


def test_listening_at_full_trust_reads_as_listening() -> None:
    """At trust 10 a reflection still gets a warm reaction, not a guarded one."""
    engine = Engine(catalog.get_persona("quota-rep"))
    for moves in [(OQ,), (REF,), (REC,), (REF,)]:
        out = engine.step(Detection(moves), "...")
    assert engine.state.trust == 10 and out.reaction is Reaction.ELABORATE


def test_time_runs_out() -> None:
    """After max_turns the session ends with a closing reaction."""
    persona = catalog.get_persona("new-hire")
    engine = Engine(persona)
    for _ in range(persona.max_turns):
        out = engine.step(Detection((OTH,)), "Right.")
    assert out.reaction is Reaction.CLOSING and engine.state.end_reason is EndReason.TURN_LIMIT
    with pytest.raises(RuntimeError, match="ended"):
        engine.step(Detection((OTH,)), "Hello?")


@pytest.mark.parametrize("persona_id", [pytest.param(p, id=p) for p in catalog.personas()])
def test_every_persona_can_be_won_and_lost(persona_id: str) -> None:
    """Good listening reaches a commitment and blame reaches a shutdown, for every persona."""
    persona = catalog.get_persona(persona_id)
    good = Engine(persona)
    plan = [(OQ,), (REF, OQ), (REF, REC), (REF,), (REF, OQ), (RC,), (NS,)]
    for moves in plan:
        if not good.state.ended:
            good.step(Detection(moves), "...")
    assert good.state.end_reason is EndReason.COMMITTED
    assert len(good.state.disclosed) == len(persona.layers)
    bad = Engine(persona)
    for _ in range(4):
        if not bad.state.ended:
            bad.step(Detection((JUD,)), "...")
    assert bad.state.end_reason is EndReason.SHUTDOWN
    assert len(bad.state.disclosed) == 0
