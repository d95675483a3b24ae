"""What each kind of manager turn earns or costs the employee's trust and stress, and how many
times a habit still counts: the engine's tuning, in one place (:mod:`._turn` applies it).
"""

from __future__ import annotations

from simulator.moves.vocabulary import Move

_REHASH_OLD = 4
"""Grounding words already said back that make a turn a rehash of earlier reflections."""
_REHASHES_HEARD = 1
"""Rehashes (summaries of what was already said back) that still earn: one, as a skilled
manager's "let me say what I've heard"; after that, nothing."""
_CHEERS_HEARD = 2
"""Turns agreeing wholesale ("you're so right") that still earn; after that, nothing."""
_OWN_STORIES = 2
"""Turns with a story of the manager's own ("I've been there myself...") that still earn: a
moment of self-disclosure can help; as a habit the talk is about the manager."""
_STOCK_ASKS = 2
"""Questions in a row that take up nothing they said and still earn trust."""
_RECOGNITION_HEARD = 2
"""Specific recognitions that earn in full: a manager recognises a few real things; praise
turn after turn is flattery. Three let a rotation of praise frames around their words ("That's
a sharp idea about X. What else?") open a second layer for the most open persona; two moved no
blind skilled voice's layers (sets 1-11)."""
_ASKS_IN_ROW = 3
"""Turns in a row that ask without hearing anything back (no reflection that earned, sympathy,
kindness or specific recognition; a repeated question counts) whose questions still earn:
motivational interviewing's rule of thumb is a few questions, then a reflection."""
_OWNED_HEARD = 1
"""Apologies that show they were heard (and stand in for a reflection where a layer asks for
one) without taking up anything they said: owning your part once answers what they went
through; "That's on me. My bad. I dropped the ball.", turn after turn before stock questions,
is a formula that had opened every layer."""
_MEANINGS_HEARD = 2
"""Turns asking only what a word of theirs means ("What do you mean by 'halfway'?") that still
earn: a clarifying question once or twice; a word lifted from each reply as a habit is a
technique, not curiosity."""
_IMPLIED_HEARD = 2
"""Feelings named with nothing of theirs behind them that still earn; after that, formulas."""
_GUESSES_CORRECTED = 2
"""Corrections ("Surgery? No.") after which a reflection built on a word or two of theirs and
things they never told is taken as another guess and earns no more than a formula."""
_THIN_WORDS = 2
"""Their words in a reflection, and the untold things around them, that make it a thin guess."""
_ASKS = frozenset({Move.OPEN_QUESTION, Move.RESOURCE_CHECK})
_SAY_BACK_WORDS = 4
"""A mis-reflection longer than this is narrowed to the thing made up before it is said back."""

FORMULA_GAIN, FORMULA_CAP = 0.25, 0.5
"""A bare listening formula earns this much, and never more than the cap in a session."""

SETBACK = {"open": 1, "guarded": 2, "defensive": 2}
"""Good turns a hostile turn takes back from the count towards the next layer."""

# Moves that listen, and what each earns: (trust, stress).
_EARN: dict[str, tuple[float, float]] = {
    "reflection": (2.0, -1.0),
    "inferred_reflection": (1.0, -0.5),
    "open_question": (1.0, 0.0),
    "sympathy": (1.5, -1.0),
    "recognition": (1.0, -1.0),
    "generic_recognition": (0.25, 0.0),
    "resource_check": (1.0, -0.5),
    "apology": (1.0, -0.5),
}
JUDGMENT_COST = (-2.0, 2.0)
UNSOLICITED_ADVICE = (-1.0, 1.0)
CLOSED_STRING = (-1.0, 1.0)
REPEAT_COST = (-1.0, 0.5)
MISREFLECTION_STRESS = 0.5
BARE_SYMPATHY_GOOD = 2
"""Ungrounded sympathy turns that count as good turns in a session."""
HOLLOW_HEARD = 3
"""Echoes, guessed feelings and bare sympathy, of all kinds together, that still count as
listening: rotating between them ("no wonder, with X", "you sound drained", "anyone would
struggle with Y") is one habit, not three allowances."""
