"""Is a transcript in English? The detectors are English-only, so another language is said to
be unscored rather than scored as silence."""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Sequence


def _words(text: str) -> list[str]:
    return text.split()


# English function words and backchannels: a transcript where almost none appear is not
# English, and the English-only detectors would score it as silence rather than say so. The
# backchannels keep a terse English manager ("Okay." "Right." "Mm-hm." "Go on.") English.
_ENGLISH = frozenset(
    _words(
        """the a an and or but to of in on at for with you your i me my we it is are was were be
        that this what how why do did have has can so if not there here they he she
        okay alright yeah yes right sure hmm hm mm uh um oh well thanks sorry just really"""
    )
)
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
# _WORD on ASCII text, where a letter is just [A-Za-z]: a plain class lets sre skip ahead
# instead of testing Unicode categories at every character (about ten times faster).
_ASCII_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")


_COUNTS: OrderedDict[str, tuple[int, int]] = (
    OrderedDict()
)  # a bounded cache: openings recur (templates, partners)
_COUNTS_MAX = 20_000


def _counts(text: str) -> tuple[int, int]:
    """The words in a turn's sample (its first 400 characters), and how many are English."""
    found = _COUNTS.get(text)
    if found is None:
        sample = text[:400]
        # No word runs over the space that joins two samples, so turns can be counted apart.
        words = (_ASCII_WORD if sample.isascii() else _WORD).findall(sample)
        found = (len(words), sum(map(_ENGLISH.__contains__, map(str.lower, words))))
        if len(text) < 2000:  # long lines are rare and costly to keep
            if len(_COUNTS) >= _COUNTS_MAX:
                _COUNTS.popitem(last=False)
            _COUNTS[text] = found
    return found


def not_english(texts: Sequence[str]) -> bool:
    """Whether the opening manager turns read as another language than English."""
    # A sample of the opening turns is enough to tell the language, and keeps this cheap.
    n = english = 0
    for text in texts[:12]:
        words, known = _counts(text)
        n += words
        english += known
    if n < 12:
        return False
    return english / n < 0.12
