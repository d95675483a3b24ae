"""The manager-move vocabulary and the one function that detects moves in an utterance.

Everything downstream (the persona engine, the scorer, hints in the app) calls
:func:`detect`, so the detector can be improved without touching its callers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum


class Move(StrEnum):
    """What a manager's utterance does in the conversation."""

    OPEN_QUESTION = "open_question"
    CLOSED_QUESTION = "closed_question"
    REFLECTION = "reflection"
    RECOGNITION = "recognition"
    RESOURCE_CHECK = "resource_check"
    NEXT_STEP = "next_step"
    JUDGMENT = "judgment"
    ADVICE = "advice"
    OTHER = "other"


MOVE_ORDER: tuple[Move, ...] = tuple(Move)


@dataclass(frozen=True, slots=True)
class Detection:
    """The moves found in one utterance, each with the cue (words or pattern) that fired."""

    moves: tuple[Move, ...]
    cues: dict[Move, str] = field(default_factory=dict)

    def __contains__(self, move: object) -> bool:
        return move in self.moves


_RULES: tuple[tuple[Move, re.Pattern[str]], ...] = tuple(
    (move, re.compile(pattern, re.IGNORECASE))
    for move, pattern in (
        (Move.JUDGMENT, r"\b(calm down|you should have|not a big deal|overreact\w*|your fault)\b"),
        (Move.ADVICE, r"\b(you should|you need to|just try|have you tried|why don't you)\b"),
        (Move.RESOURCE_CHECK, r"\b(what do you need|support|resources?|help you)\b"),
        (Move.NEXT_STEP, r"\b(next step|by (monday|tuesday|wednesday|thursday|friday)|let's agree)\b"),
        (Move.RECOGNITION, r"\b(thank you for|i appreciate|great job|proud of)\b"),
        (Move.REFLECTION, r"\b(it sounds like|sounds like|you're feeling|you feel|i hear)\b"),
        (Move.OPEN_QUESTION, r"^\W*(what|how|why|tell me|walk me through)\b.*"),
        (Move.CLOSED_QUESTION, r"^\W*(is|are|do|does|did|can|could|will|would|have|has)\b.*\?"),
    )
)


def detect(text: str, prev: str | None = None) -> Detection:
    """Label a manager utterance, given the employee's previous utterance, with moves."""
    moves: dict[Move, str] = {}
    for sentence in re.split(r"(?<=[.!?])\s+", text.strip()):
        for move, pattern in _RULES:
            m = pattern.search(sentence)
            if m and move not in moves:
                moves[move] = m.group(0)[:60]
    if not moves:
        return Detection((Move.OTHER,), {Move.OTHER: "no move cue"})
    ordered = tuple(m for m in MOVE_ORDER if m in moves)
    return Detection(ordered, {m: moves[m] for m in ordered})
