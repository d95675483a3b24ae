"""The manager-move vocabulary: the moves, their order, and what :func:`detect` returns.

:class:`Detection` is a plain dataclass so that results pickle and copy (process pools and Ray
ship them between processes).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Move(StrEnum):
    """What a manager's utterance does in the conversation."""

    OPEN_QUESTION = "open_question"
    CLOSED_QUESTION = "closed_question"
    REFLECTION = "reflection"
    RECOGNITION = "recognition"
    #: Sympathy and validation: "I'm so sorry", "that sounds awful", "thank you for telling me",
    #: "it makes sense you'd feel...". Caring about the person's experience without restating it
    #: (a reflection) or crediting what they did (recognition).
    SYMPATHY = "sympathy"
    RESOURCE_CHECK = "resource_check"
    NEXT_STEP = "next_step"
    JUDGMENT = "judgment"
    ADVICE = "advice"
    #: Giving information: facts, options, resources, how something works ("the EAP is free and
    #: confidential", "most people find...", "research shows..."). Telling, not telling them
    #: what to do (that is advice).
    INFORMATION = "information"
    OTHER = "other"


MOVE_ORDER: tuple[Move, ...] = tuple(Move)

WEAK_MOVES: tuple[Move, ...] = (Move.JUDGMENT, Move.ADVICE, Move.CLOSED_QUESTION)
"""Moves that weaken a one-on-one, most harmful first: a weak turn is coached on the first one
it holds, and reports mark these moves."""

CHECKLIST_MOVES: frozenset[Move] = frozenset(
    (Move.OPEN_QUESTION, Move.RESOURCE_CHECK, Move.NEXT_STEP, Move.RECOGNITION)
)
"""What a checklist turn (``Assessment.checklist``: several questions fired off at once) asks or
offers. None of it earns trust or credit; sympathy in the turn can still make it a checklist."""


@dataclass(frozen=True, slots=True)
class Detection:
    """The moves found in one utterance, each with the cue (words or pattern) that fired."""

    moves: tuple[Move, ...]
    cues: dict[Move, str] = field(default_factory=dict)

    def __contains__(self, move: object) -> bool:
        return move in self.moves


def cue_words(cue: str) -> str:
    """The words a cue quotes ("restates 'the launch'" -> "the launch"; they may hold an
    apostrophe: "'i'll get'" -> "i'll get"), or "" for a cue that names only a form."""
    return cue.partition("'")[2].rpartition("'")[0]
