"""Is a transcript in English? The detectors are English-only, so another language is said to
be unscored rather than scored as silence."""

from __future__ import annotations

import re
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


def not_english(texts: Sequence[str]) -> bool:
    """Whether the opening manager turns read as another language than English."""
    # A sample of the opening turns is enough to tell the language, and keeps this cheap.
    sample = " ".join(text[:400] for text in texts[:12])
    words = (_ASCII_WORD if sample.isascii() else _WORD).findall(sample)
    if len(words) < 12:
        return False
    return sum(map(_ENGLISH.__contains__, map(str.lower, words))) / len(words) < 0.12
