"""A hand-written assessment for credit tests: fixed moves, grounded by default, nothing else
to report (so each test sets only the fact it is about)."""

from __future__ import annotations

from simulator.moves.assessment import Assessment
from simulator.moves.vocabulary import MOVE_ORDER, Move


def assessed(moves: tuple[Move, ...], grounding: tuple[str, ...] = ("migration",)) -> Assessment:
    """An assessment holding ``moves`` (in the vocabulary's order), grounded by ``grounding``."""
    ordered = tuple(m for m in MOVE_ORDER if m in moves)
    return Assessment(
        text="(hand-written turn)",
        moves=ordered,
        cues=dict.fromkeys(ordered, "cue"),
        grounding=grounding,
        grounded=bool(grounding),
        formula_only=False,
        misreflection=None,
        repeat_of=None,
        disguised_judgment=False,
    )
