"""Their words handed back in quotation marks: a quote shows the words were caught, not that
they were understood ("I notice you said '...' and then stopped"), and a quote of words they
never said puts words in their mouth, as do a type read cold and their words with the people
swapped round. The engine reads turns with these (:mod:`._turn`).
"""

from __future__ import annotations

import re

from simulator.conversation._words import _QUOTES, content_stems, stem
from simulator.moves import typecast

# Words of a frame around a quote ("I notice you said '...'"), not of what was said.
_QUOTE_FRAME_WORDS = (
    "notice noticed noticing said say saying says told tell telling hear heard sounded sound"
    " word words phrase"
)
_QUOTE_FRAME = frozenset(stem(w) for w in _QUOTE_FRAME_WORDS.split())


def only_quoted(text: str, said: frozenset[str] | set[str]) -> bool:
    """Whether every word of theirs in ``text`` lies inside quotation marks ("I notice you
    said 'I genuinely don't know which' and then stopped"): their words handed back as they
    were, with nothing of theirs put in the manager's own words. ``said``: the content stems
    of what they said. False for a turn with no quote."""
    low = text.lower().replace("’", "'")
    if not _QUOTES.search(low):
        return False
    outside = _QUOTES.sub(" ", low)
    return not ((content_stems(outside) - _QUOTE_FRAME) & said)


# Words put in their mouth: "you said '...'", "you told me '...'", "in your words, '...'".
_ATTRIBUTED_QUOTE = re.compile(
    r"\b(?:you (?:said|say|told me|wrote|called it|put it|used the words?)|in your (?:own )?words"
    r"|your (?:own )?words(?: were)?)[,:]? +(?=['\"‘“])"
)


def misquoted(text: str, said: frozenset[str] | set[str]) -> str | None:
    """A quote the turn attributes to them that holds words they never said ("I notice you said
    'I keep waiting for someone to notice'", to someone who has not), or None. A quote of two
    or more content words, fewer than half of them theirs, is words put in their mouth."""
    low = text.lower().replace("’", "'")
    for m in _ATTRIBUTED_QUOTE.finditer(low):
        q = _QUOTES.match(low, m.end())
        if q is None:
            continue
        quoted = q.group(1) or q.group(2) or ""
        words = content_stems(quoted)
        if len(words) >= 2 and len(words & said) * 2 < len(words):
            return quoted.strip()
    return None


def words_put_in_mouth(
    text: str, said: frozenset[str] | set[str], swapped: str | None, wrong: str | None
) -> str | None:
    """What the turn puts in their mouth, as they would throw it back, else None: who a
    reflection swapped round ("Me? No.", "Liam? No."), or, if nothing else was ``wrong`` with
    it, a quote they never said or a type of person ("people like you", see
    :func:`simulator.moves.typecast`)."""
    if swapped is not None:
        return swapped.capitalize()
    return (misquoted(text, said) or typecast(text)) if wrong is None else None
