"""The scripted partner: authored lines for the engine's outcome, never repeated."""

from __future__ import annotations

import itertools

import pytest

from simulator.content import catalog
from simulator.conversation.engine import Engine, Reaction
from simulator.conversation.scripted import SCRIPTED_LABEL, ScriptedPartner
from simulator.moves.detector import Detection, Move

PERSONAS = [pytest.param(p, id=p) for p in catalog.personas()]
MIXED = [
    (Move.CLOSED_QUESTION,),
    (Move.OPEN_QUESTION,),
    (Move.OTHER,),
    (Move.REFLECTION,),
    (Move.CLOSED_QUESTION,),
    (Move.OPEN_QUESTION,),
    (Move.ADVICE,),
    (Move.RECOGNITION,),
    (Move.OPEN_QUESTION,),
    (Move.OTHER,),
    (Move.REFLECTION,),
    (Move.RESOURCE_CHECK,),
    (Move.OTHER,),
    (Move.OPEN_QUESTION,),
    (Move.RESOURCE_CHECK,),
]


def _play(persona_id: str, plan, seed: int = 0) -> list[tuple[str, object]]:
    persona = catalog.get_persona(persona_id)
    engine, partner = Engine(persona), ScriptedPartner(seed=seed)
    lines = []
    for moves in plan:
        if engine.state.ended:
            break
        out = engine.step(Detection(moves), "...")
        lines.append((partner.line_for(persona, engine.state, out), out))
    return lines


@pytest.mark.parametrize("persona_id", PERSONAS)
@pytest.mark.parametrize("seed", [pytest.param(s, id=f"seed{s}") for s in range(5)])
def test_fifteen_turns_never_repeat(persona_id: str, seed: int) -> None:
    """A 15-turn session of mixed moves never repeats a line."""
    lines = [line for line, _ in _play(persona_id, MIXED, seed)]
    assert len(lines) == 15
    assert len(set(lines)) == len(lines)
    assert all(lines)


@pytest.mark.parametrize("persona_id", PERSONAS)
def test_locked_layers_never_voiced(persona_id: str) -> None:
    """No layer's line is spoken before the engine has disclosed that layer."""
    persona = catalog.get_persona(persona_id)
    disclosed: set[str] = set()
    for line, out in _play(persona_id, MIXED):
        if out.layer:
            disclosed.add(out.layer)
        for layer in persona.layers:
            if any(authored in line for authored in layer.lines):
                assert layer.id in disclosed, f"{layer.id} voiced while locked: {line}"


def test_disclosure_uses_the_layers_first_line() -> None:
    """A newly disclosed layer is voiced with its authored disclosure line."""
    persona = catalog.get_persona("launch-engineer")
    ((line, out),) = _play("launch-engineer", [(Move.OPEN_QUESTION,)])
    assert out.reaction is Reaction.DISCLOSE
    assert line == persona.layers[0].lines[0]


def test_final_shutdown_line_ends_the_conversation() -> None:
    """The turn that shuts the person down uses the pool's last, most final line."""
    persona = catalog.get_persona("passed-over")
    lines = _play("passed-over", [(Move.JUDGMENT,)] * 4)
    assert lines[-1][1].ended
    assert lines[-1][0] == persona.reactions.shutting_down[-1]


def test_streams_words_and_is_labelled() -> None:
    """reply() streams the chosen line in chunks, and the partner says what it is."""
    persona = catalog.get_persona("new-hire")
    engine, partner = Engine(persona), ScriptedPartner(seed=1)
    out = engine.step(Detection((Move.OPEN_QUESTION,)), "How's it going?")
    chunks = list(partner.reply(persona, engine.state, out, []))
    assert len(chunks) > 3 and "".join(chunks) == persona.layers[0].lines[0]
    assert partner.label == SCRIPTED_LABEL == "scripted partner"


def test_exhausted_pools_fall_back_without_repeating() -> None:
    """Even far past max_turns worth of guarded turns, no line repeats."""
    persona = catalog.get_persona("incident-engineer")
    partner = ScriptedPartner(seed=3)
    engine = Engine(persona)
    lines = []
    for _ in itertools.repeat(None, persona.max_turns):
        out = engine.step(Detection((Move.OTHER,)), "Right.")
        lines.append(partner.line_for(persona, engine.state, out))
    assert len(set(lines)) == len(lines)
