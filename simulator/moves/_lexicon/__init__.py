"""The detectors' lexicons: phrase tables and word lists for every move, one module per move.

Data, mostly: each table is a :class:`~simulator.moves._text._Phrases` or a word set; the
logic that uses them lives in :mod:`simulator.moves.detector`, :mod:`simulator.moves._questions`
and :mod:`simulator.moves._reflection`. Order within a table does not matter: a search takes the
earliest, then longest, match.

- :mod:`.forms`: sentence forms the reflection points read (listening stems, "you" subjects,
  directives, information, feelings, courtesy, stopwords);
- :mod:`.recognition`, :mod:`.plans` (resource checks and next steps), :mod:`.judgment`,
  :mod:`.advice`, :mod:`.sympathy` (with pacing), :mod:`.information`: one table per move.
"""

from __future__ import annotations

from simulator.moves._lexicon.advice import _ADVICE
from simulator.moves._lexicon.information import _GIVE_INFORMATION
from simulator.moves._lexicon.judgment import _JUDGMENT
from simulator.moves._lexicon.plans import _NEXT_STEP, _RESOURCE_CHECK
from simulator.moves._lexicon.recognition import _RECOGNITION
from simulator.moves._lexicon.sympathy import _SYMPATHY
from simulator.moves._text import _Phrases
from simulator.moves.vocabulary import Move

__all__ = ["_LEXICON", "_LEXICON_WORDS"]

_LEXICON: tuple[tuple[Move, _Phrases], ...] = (
    (Move.RECOGNITION, _RECOGNITION),
    (Move.SYMPATHY, _SYMPATHY),
    (Move.RESOURCE_CHECK, _RESOURCE_CHECK),
    (Move.NEXT_STEP, _NEXT_STEP),
    (Move.JUDGMENT, _JUDGMENT),
    (Move.ADVICE, _ADVICE),
    (Move.INFORMATION, _GIVE_INFORMATION),
)
"""Each move's phrase table, in the order the detector reports them."""
_LEXICON_WORDS = frozenset().union(*(phrases for _, phrases in _LEXICON))
"""Every trigger word of every table: a turn with none of them skips the tables."""
