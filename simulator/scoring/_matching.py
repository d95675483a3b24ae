"""Faster equivalents of a few regex searches the rewrites make for every employee line.

Python's regex engine scans quickly only for case-sensitive patterns whose start it can skip to,
and a pattern built for each word asked about is looked up (or compiled) on every call. These
helpers give the same answers with less work; each says which search it stands for.
"""

from __future__ import annotations

import re
from collections.abc import Callable

LETTERS = re.compile(r"[A-Za-z]+")


def lowered(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` (all lower case, compiled with IGNORECASE) for ASCII text already lower-cased.

    On ASCII text it finds the same matches at the same places several times faster: the regex
    engine skips ahead to where a match can start only for case-sensitive patterns.
    """
    return re.compile(pattern.pattern)


def search(ignoring_case: re.Pattern[str], twin: re.Pattern[str], text: str) -> bool:
    """Whether ``ignoring_case`` matches ``text``, through its faster :func:`lowered` ``twin``
    when it may (ASCII text, where lower-casing keeps every character in its place)."""
    if text.isascii():
        return twin.search(text.lower()) is not None
    return ignoring_case.search(text) is not None


def word_char(c: str) -> bool:
    """Whether ``c`` is what ``\\w`` matches (the same test, checked over all of Unicode)."""
    return c.isalnum() or c == "_"


def occurs(said: str, needle: str, before: Callable[[str], bool], at_start: bool = False) -> bool:
    """Whether ``needle`` (ending on a letter) occurs in ``said`` at a word end, after a
    character ``before`` accepts (or at the start, if ``at_start``): a regex search without
    compiling a pattern for every word asked about."""
    i = said.find(needle)
    while i >= 0:
        end = i + len(needle)
        if (before(said[i - 1]) if i else at_start) and (
            end == len(said) or not word_char(said[end])
        ):
            return True
        i = said.find(needle, i + 1)
    return False
