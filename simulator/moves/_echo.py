"""Words copied verbatim from the employee: quoting and parroting are not reflecting.

A reflection restates what the person said *as the listener*: "I'm drowning" comes back as
"you're drowning", "my warm accounts went to Liam" as "your best accounts went to Liam". A
manager who pastes the employee's sentence back unchanged ("So half my warm accounts went to
Liam", "I appreciate you telling me that I go straight there after work") is quoting them, and
a template with their words slotted in is the same template every turn. So:

* a run of :data:`RUN` or more consecutive words copied from an employee turn that holds the
  *employee's own first person* ("I", "my", "me") is parroting, not a reflection (unless the
  manager marks the words as theirs: "when you said 'I can't keep doing this'..."). Facts and
  names do come back verbatim in good reflections ("the nightly go/no-go calls", "what good
  looks like at three months"): only the unchanged "I" shows the words were not made the
  listener's own;
* near repeats are judged on the manager's *own* words, copied runs left out, so the same
  stuffed template with a different quote each turn is found as the repeat it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

__all__ = ["COLLAGE_FRAGMENTS", "RUN", "Echoes", "collage", "runs"]

RUN = 4
"""Consecutive words in common that count as copied (three is a common phrase: "a lot of")."""

_FIRST_PERSON = frozenset(["i", "i'm", "i've", "i'd", "i'll", "my", "me", "mine", "myself"])
_QUOTE_MARKS = ('"', "\u201c", "\u201d", " '")
# Quoting them as theirs takes quotation marks *and* words saying whose words they are.
_ATTRIBUTED = re.compile(
    r"\b(?:you (?:said|told me|put it|called it|wrote|mentioned|used the words?)"
    r"|your (?:own )?words|in your words|as you (?:said|put it))\b"
)


def runs(tokens: Sequence[str]) -> tuple[tuple[str, ...], ...]:
    """Every run of :data:`RUN` consecutive tokens, in order (none for a shorter turn)."""
    # Shifted copies zipped: zip stops at the shortest, and the loop runs in C.
    return tuple(zip(*(tokens[i:] for i in range(RUN)), strict=False))


class Echoes:
    """The employee's turns as runs of :data:`RUN` words, to find what a turn copies."""

    __slots__ = ("grams",)

    def __init__(self) -> None:
        self.grams: set[tuple[str, ...]] = set()

    def add(self, tokens: Sequence[str]) -> None:
        """Take in one employee turn's tokens."""
        self.grams.update(runs(tokens))

    def copied(
        self, tokens: Sequence[str], grams: Sequence[tuple[str, ...]] | None = None
    ) -> list[bool] | None:
        """Per token, whether it lies in a run copied from an employee turn; None if none is.

        ``grams``: :func:`runs` of ``tokens``, if the caller has them already.
        """
        known = self.grams
        if not known or len(tokens) < RUN:
            return None
        if grams is None:
            grams = runs(tokens)
        # Most turns copy nothing: one set test in C settles them.
        if known.isdisjoint(grams):
            return None
        marks = [False] * len(tokens)
        for i, gram in enumerate(grams):
            if gram in known:
                marks[i : i + RUN] = [True] * RUN
        return marks

    @staticmethod
    def own_words(tokens: Sequence[str], marks: list[bool] | None) -> frozenset[str]:
        """The word types of a turn without the runs it copies (all of them if none)."""
        if marks is None:
            return frozenset(tokens)
        return frozenset(t for t, m in zip(tokens, marks, strict=True) if not m)

    @staticmethod
    def parroted(low: str, tokens: Sequence[str], marks: list[bool] | None) -> str | None:
        """The first copied run that keeps the employee's "I"/"my", as text; None if none.

        Quoting someone's words marked as theirs ("you said 'I can't keep doing this'") is a
        way of reflecting them, so a turn with quotation marks and "you said" is left alone.
        """
        if marks is None or (
            any(q in low for q in _QUOTE_MARKS) and _ATTRIBUTED.search(low) is not None
        ):
            return None
        start = None
        for i, mark in enumerate([*marks, False]):
            if mark and start is None:
                start = i
            elif not mark and start is not None:
                run = tokens[start:i]
                if not _FIRST_PERSON.isdisjoint(run):
                    return " ".join(run)
                start = None
        return None


COLLAGE_FRAGMENTS = 3
"""Fragments of theirs, strung as sentences of their own, that make a turn a collage."""
_FRAGMENT_TOKENS = 5
_SENTENCE = re.compile(r"[^.!?;:\u2014\u2013]+")
_WORD = re.compile(r"[a-z0-9']+")
_BACKCHANNEL = frozenset(
    "okay ok yeah yes yep right sure fine no nope mm hmm thanks good great alright".split()  # noqa: SIM905
)


def collage(low: str, said: Iterable[str]) -> str | None:
    """The fragments, if a turn strings :data:`COLLAGE_FRAGMENTS` or more of their own words
    as sentences on their own ("Six months of coffees. Hallam Logistics. Proposal stage."),
    else None. Each fragment is a short sentence (at most five words) found word for word in
    one of ``said``, their earlier lines. A reflection may open on one or two such fragments
    ("Eleven months. You designed it."); a list of them, with a stock feeling and question
    after, pastes their words back without making anything of them. Lower-case text in."""
    short = [
        words
        for sentence in _SENTENCE.findall(low)
        if 0 < len(words := _words_of(sentence)) <= _FRAGMENT_TOKENS
    ]
    if len(short) < COLLAGE_FRAGMENTS:
        return None
    theirs = " | ".join(" " + " ".join(_words_of(line.lower())) + " " for line in said)
    # (A backchannel of theirs said back, "Okay.", is no fragment of what they told.)
    found = [w for w in short if w[-1] not in _BACKCHANNEL and f" {' '.join(w)} " in theirs]
    if len(found) < COLLAGE_FRAGMENTS:
        return None
    return ". ".join(" ".join(w) for w in found)


def _words_of(text: str) -> list[str]:
    """The words of lower-case text, quote marks stripped ("'basically" -> "basically")."""
    return [w for t in _WORD.findall(text) if (w := t.strip("'"))]
