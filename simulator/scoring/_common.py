"""Words too common in any workplace conversation to show that a turn took up what *this*
employee said (shared by the credit rules and the pledges)."""

from __future__ import annotations

from simulator.moves._own import stem
from simulator.moves._text import WEEKDAYS, _words

# Words too common in any workplace conversation to show the manager took up what *this*
# employee said: "let's check in next week" after "a busy week" is not grounded in their story.
_TOO_COMMON = _words(
    """week weeks day days time times today tomorrow yesterday morning work working works job
    weekend weekends tonight month
    months year years afternoon evening
    team thing things people going way lot bit good great fine right okay ok sure really
    know think need needs help next check want get got make feel feeling like just well
    also back still even much many most one look looks change helps helped helping"""
) | frozenset(WEEKDAYS)


# By stem too: "check in next week" takes up nothing of "I just keep checking".
_TOO_COMMON_STEMS = frozenset(stem(w) for w in _TOO_COMMON)


_COMMON: dict[str, bool] = {}  # word -> common(word), bounded like the other line caches
_COMMON_MAX = 20_000


def common(word: str) -> bool:
    """Whether ``word`` (lower case) is too common at work to show what *this* employee said."""
    found = _COMMON.get(word)
    if found is None:
        if len(_COMMON) >= _COMMON_MAX:
            _COMMON.clear()
        found = _COMMON[word] = word in _TOO_COMMON or stem(word) in _TOO_COMMON_STEMS
    return found
