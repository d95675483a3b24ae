"""Their words said back: how much of a manager turn repeats the employee's last line.

The engine counts a reflection that only says their sentence back towards the echo habit
(see :mod:`simulator.conversation._turn`); this measures it, with their first person turned
to the listener's second, short lines counted whole and swapped words allowed in their order.
"""

from __future__ import annotations

from collections.abc import Sequence

from simulator.conversation._words import SENTENCE_END, content_stems, is_content, stem, tokens

# Their first person as the listener says it back: "I'm breathing" -> "you're breathing".
_TURNED = {
    "i": "you",
    "me": "you",
    "my": "your",
    "mine": "yours",
    "myself": "yourself",
    "i'm": "you're",
    "i've": "you've",
    "i'd": "you'd",
    "i'll": "you'll",
    "am": "are",
}
_ECHO_RUN = 4
"""Words in a row that count as said back (three is a common phrase: "a lot of")."""


def said_back(text: str, last: str) -> float:
    """The share of a turn's words that say ``last`` (their previous line) back word for word,
    with only its first person turned: "You're breathing. That helps, weirdly." after "I'm
    breathing. That helps, weirdly." is 1.0.

    Runs of four words or more count; a shorter turn counts whole when it is in their line
    ("Fair." after "Fair."; "You guess." after "Yeah, I guess.").
    """
    mine = tokens(text)
    theirs = [_TURNED.get(t, t) for t in tokens(last)]
    if not mine or not theirs:
        return 0.0
    run = min(_ECHO_RUN, len(mine))
    grams = {tuple(theirs[i : i + run]) for i in range(len(theirs) - run + 1)}
    marks = [False] * len(mine)
    for i in range(len(mine) - run + 1):
        if tuple(mine[i : i + run]) in grams:
            marks[i : i + run] = [True] * run
    share = sum(marks) / len(mine)
    if share < 1.0 and len(mine) <= _ALIGN_MAX and 0.6 <= len(mine) / len(theirs) <= 1.5:
        # Their sentence with words swapped for others ("you've requested a devoted setting
        # three occasions" for "I've asked for a dedicated environment three times") breaks
        # every run but keeps their words in their order: the share of the turn in the
        # longest common subsequence with their line.
        share = max(share, _in_order(mine, theirs) / len(mine))
    return share


_ALIGN_MAX = 40
"""Longer turns are not aligned word by word (the alignment grows with the product of lengths)."""


def _in_order(a: Sequence[str], b: Sequence[str]) -> int:
    """The length of the longest common subsequence of two word lists."""
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


_FRAGMENT_WORDS = 3
"""Content words a statement may hold and still be only a fragment of theirs."""
# Assent around the fragment adds nothing of the manager's: "Exactly, staging! Yes!"
_ASSENT_WORDS = "exactly absolutely totally definitely yes yeah yep right true indeed 100"
_ASSENT = frozenset(_ASSENT_WORDS.split())


def fragment_of(text: str, last: str) -> bool:
    """Whether the turn's statements (its sentences that ask nothing) are only a fragment of
    their last line: one to three of its content words and nothing of the manager's own,
    however it is dressed ("Staging. What are your obstacles?", "Exactly, staging! Yes!")."""
    statements = " ".join(s for s in SENTENCE_END.split(text) if s and not s.endswith("?"))
    mine = [stem(t) for t in tokens(statements) if is_content(t) and t not in _ASSENT]
    return 0 < len(mine) <= _FRAGMENT_WORDS and set(mine) <= content_stems(last)
