"""How much a manager turn's questions still earn: the allowances on asking.

A question that follows what the employee said earns trust; questions as a technique do not.
Four habits use up the allowance (the numbers are in :mod:`._allowances`): asking what a word
of theirs means, turn after turn; the same question word for word again; stock questions in a
row with nothing of theirs in them; and question after question with nothing heard back in
between (motivational interviewing's rule of thumb: a few questions, then a reflection).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from simulator.conversation import _words
from simulator.conversation._allowances import _ASKS, _ASKS_IN_ROW, _MEANINGS_HEARD, _STOCK_ASKS
from simulator.conversation._heard import specific_praise
from simulator.moves import asks_meaning
from simulator.moves.vocabulary import Move

if TYPE_CHECKING:
    from simulator.conversation._turn import TurnScore


def rationed(
    t: TurnScore, moves: set[Move], reflected: bool, kindness: bool
) -> tuple[set[Move], bool]:
    """``moves`` without the questions the allowances no longer pay for (each refusal noted on
    ``t``), and whether the turn follows them: its reflection earned, or its last sentence
    (its question, usually) holds their words. ``kindness``: :func:`._heard.concrete_kindness`
    of the turn."""
    s, a, name = t.e.state, t.a, t.e.name
    if moves & _ASKS and asks_meaning(t.text.lower()):
        s.meanings += 1
        if s.meanings > _MEANINGS_HEARD:
            moves = moves - _ASKS
            t.note(f"another word of {name}'s asked about: a technique again")
    if a.asked_again and moves & _ASKS:
        # "How does that make you feel?" for the third time: the same question again, with a
        # new word of theirs in front of it, is no new curiosity.
        moves = moves - _ASKS
        t.note(f"you asked {name} that before")
    # A word of theirs dropped in front of a stock question ("Staging. What are your
    # obstacles?") does not follow them, nor does a reflection withheld as a habit.
    follows = reflected or _words.takes_up(_words.last_sentence(t.text), t.said)
    if follows:
        s.stock_asks = 0
    elif moves & _ASKS:
        # "What are your obstacles?", "What does success look like?", "What resources do you
        # need?": good questions, but one after another with nothing of theirs taken up they
        # are a list being worked through. Two in a row still count.
        s.stock_asks += 1
        if s.stock_asks > _STOCK_ASKS:
            moves = moves - _ASKS
            t.note(f"another stock question: nothing {name} said is in it")
    # Question after question with nothing heard back in between (no reflection that earned,
    # sympathy for what they said, a concrete permission or specific recognition): an
    # interview, however well each follows. Generic praise or a sympathy formula between
    # questions ("That's a great instinct. What would you do?", "No rush. What's going on?")
    # hears nothing back, and a repeated question still counts (see TurnScore.score).
    if reflected or kindness or specific_praise(t, moves):
        s.asks_in_row = 0
    elif moves & _ASKS:
        s.asks_in_row += 1
        if s.asks_in_row > _ASKS_IN_ROW:
            moves = moves - _ASKS
            t.note(f"question after question: {name} feels interviewed")
    return moves, follows
