"""The scripted partner: it voices what the engine decided, in a line that fits the mood."""

from __future__ import annotations

import pytest

from simulator.content import catalog
from simulator.content.personas import Persona
from simulator.conversation.engine import Engine, Outcome, Reaction
from simulator.conversation.scripted import SCRIPTED_LABEL, ScriptedPartner
from simulator.conversation.session import Session
from simulator.moves.assessment import Assessment
from simulator.moves.vocabulary import Move

PERSONAS = [pytest.param(p, id=p) for p in sorted(catalog.personas())]
MIXED = [
    "Is the work on track?",
    "How are things going for you?",
    "Right.",
    "It sounds like it has been a heavy few weeks.",
    "Did you get my email?",
    "What's been the hardest part?",
    "You should take a break.",
    "Thanks for everything you do.",
    "What else has been going on?",
    "Okay.",
    "So it's been building up for a while.",
    "What would help?",
    "Noted.",
    "How has the team been?",
    "Anything I can do?",
    "Sure.",
    "Right, I see.",
    "Mm.",
    "Okay then.",
    "Got it.",
]


def _assessment(*moves: Move, text: str = "...") -> Assessment:
    return Assessment(text, moves, {}, (), False, False, None, None, False)


def _session(persona_id: str, seed: int = 0) -> Session:
    return Session(catalog.get_persona(persona_id), ScriptedPartner(seed=seed))


@pytest.mark.parametrize("persona_id", PERSONAS)
@pytest.mark.parametrize("seed", [pytest.param(s, id=f"seed{s}") for s in range(3)])
def test_twenty_turns_never_run_dry_or_repeat(persona_id: str, seed: int) -> None:
    """A 20-turn session of mixed turns gets a reply every turn, and no reply twice."""
    session = _session(persona_id, seed)
    replies = [session.respond(text) for text in MIXED if not session.ended]
    assert all(replies)
    assert len(set(replies)) == len(replies)


@pytest.mark.parametrize("persona_id", PERSONAS)
def test_locked_layers_never_voiced(persona_id: str) -> None:
    """No layer's line is spoken before the engine has disclosed that layer."""
    session = _session(persona_id)
    persona = session.persona
    for text in MIXED:
        if session.ended:
            break
        reply = session.respond(text)
        for layer in persona.layers:
            if any(authored in reply for authored in layer.lines):
                assert layer.id in session.engine.state.disclosed, f"{layer.id}: {reply}"


def _line(persona: Persona, outcome: Outcome, seed: int = 0) -> str:
    return ScriptedPartner(seed).line_for(persona, Engine(persona).state, outcome)


def _outcome(reaction: Reaction, **kw: object) -> Outcome:
    return Outcome(
        turn=1, moves=(), trust_delta=0, stress_delta=0, reaction=reaction, reasons=(), **kw
    )


@pytest.mark.parametrize("persona_id", PERSONAS)
@pytest.mark.parametrize(
    ("reaction", "pool"),
    [
        pytest.param(Reaction.GUARDED, ("guarded",), id="guarded"),
        pytest.param(Reaction.NEUTRAL, ("neutral",), id="neutral"),
        pytest.param(Reaction.KINDNESS, ("kindness",), id="kindness"),
        pytest.param(Reaction.APOLOGY, ("apology",), id="apology"),
        pytest.param(Reaction.REPEATING, ("repeat",), id="repeat"),
        pytest.param(Reaction.AFTER_COMMIT, ("after_commit",), id="after-commit"),
        pytest.param(Reaction.DEFLECTING, ("deflecting",), id="deflecting"),
    ],
)
def test_each_reaction_draws_from_its_own_mood(
    persona_id: str, reaction: Reaction, pool: tuple[str, ...]
) -> None:
    """Every reaction has authored lines of its own for every persona; none is borrowed."""
    persona = catalog.get_persona(persona_id)
    authored = [line for name in pool for line in getattr(persona.reactions, name)]
    assert authored, f"{persona_id} has no {pool} lines"
    for seed in range(4):
        assert _line(persona, _outcome(reaction), seed) in authored


def test_a_spent_guarded_pool_falls_back_to_neutral_never_to_warm() -> None:
    """When guarded lines run out, the fallback is a neutral acknowledgement, not a warm line."""
    persona = catalog.get_persona("launch-engineer")
    partner = ScriptedPartner(0)
    partner.used = set(persona.reactions.guarded)
    line = partner.line_for(persona, Engine(persona).state, _outcome(Reaction.GUARDED))
    assert line in persona.reactions.neutral
    assert line not in persona.reactions.opening_up


@pytest.mark.parametrize(
    ("wrong", "expected"),
    [
        pytest.param("Excited", "Excited? No. Exhausted.", id="short-is-echoed"),
        pytest.param(
            "the spreadsheet has been singing to you all week",
            "No. That's not what I said.",
            id="long-is-not-echoed",
        ),
    ],
)
def test_correction_repeats_the_wrong_word_in_their_voice(wrong: str, expected: str) -> None:
    """A mis-reflection is corrected in the persona's own words."""
    persona = catalog.get_persona("launch-engineer")
    out = _outcome(Reaction.CORRECTING, correction=wrong)
    lines = {_line(persona, out, seed) for seed in range(8)}
    assert expected in lines


def test_commitment_opens_with_a_plain_yes_then_the_plan_as_agreed() -> None:
    """The committing line carries the plan the engine built, after a specifics-free yes."""
    persona = catalog.get_persona("launch-engineer")
    plan = "Jenna takes the go/no-go calls and release captain. Thursday works."
    line = _line(persona, _outcome(Reaction.COMMITTING, proposal=plan))
    yes = next(c for c in persona.reactions.committing if line.startswith(c))
    assert line == f"{yes} {plan}"


def test_fact_answer_is_voiced() -> None:
    """A factual answer the engine chose is said as authored."""
    persona = catalog.get_persona("new-hire")
    answer = persona.fact("numbers-gap").guarded
    assert _line(persona, _outcome(Reaction.ANSWER, answer=answer)) == answer


def test_final_shutdown_line_ends_the_conversation() -> None:
    """The turn that shuts the person down uses the pool's last, most final line."""
    persona = catalog.get_persona("passed-over")
    engine, partner = Engine(persona), ScriptedPartner(0)
    out = engine.step(_assessment(Move.JUDGMENT, text="Get over it."), "Get over it.")
    assert out.ended
    assert partner.line_for(persona, engine.state, out) == persona.reactions.shutting_down[-1]


def test_streams_words_and_is_labelled() -> None:
    """reply() streams the chosen line in chunks, and the partner says what it is."""
    persona = catalog.get_persona("new-hire")
    partner = ScriptedPartner(seed=1)
    out = _outcome(Reaction.DISCLOSE, layer=persona.layers[0].id)
    chunks = list(partner.reply(persona, Engine(persona).state, out, []))
    assert len(chunks) > 3 and "".join(chunks) == persona.layers[0].lines[0]
    assert partner.label == SCRIPTED_LABEL == "scripted partner"
