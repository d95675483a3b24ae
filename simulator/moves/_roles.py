"""Whether a reflection turns round who did what.

"So Liam's warm accounts went to you" after "half my warm accounts went to Liam", "you asked
Kyle how the flags work" after "Kyle asked me how our flags work", "with you named acting lead"
after "with Marek named acting lead": the words are theirs, so the turn is grounded, but the
people in it have swapped places (blind set 19's distorted echo). That is a mis-reflection,
however many of their words it says back.

Only the plainest swap counts, because a paraphrase may rightly reorder people ("your question
got a public reply from Greg" for "Greg replied to my question in public"): a clause of the
turn and a clause of theirs that share three content words, say the same word between or after
the people in them, and agree in negation, where

* the same two people stand in the opposite order around that word, or
* one person stands before it in each, and not the same one, or
* they do it to a thing in theirs ("I've been checking the queue dashboard") and the thing
  does it to them in the turn ("the queue dashboard has been checking on you"): the word
  right after them in one clause, they right after it in the other, and something of theirs
  on its far side in each.

People are the employee ("I", "my"; "you", "your" in the manager's mouth) and the names of
people or places they used.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

from simulator.moves._misreflection import _NAME, _SHARED_NAMES
from simulator.moves._own import STOP, content_stems
from simulator.moves._text import _words

__all__ = ["swapped_roles"]

_CLAUSE = re.compile(
    r"[.;!?,:\u2014\u2013]|\s-\s|\b(?:but|and|while|because|so|then|with|though)\b"
)
_TOKEN = re.compile(r"[a-z][a-z']*")
_NEGATION = re.compile(r"\b(?:not|never|no|nothing|none|nobody|cannot)\b|n't\b")
_SELF = "them"  # the employee, whichever way they are named
_THEIR_SELF = _words("i me my mine myself i'm i've i'd i'll")
_YOUR_SELF = _words("you your yours yourself you're you've you'd you'll")
_SYMMETRIC = _words("against with versus vs and next beside alongside")
"""Words that relate two people the same either way round."""
_FELT = _words(
    "worry worries bother bothers upset upsets annoy annoys stress stresses concern concerns"
    " haunt haunts scare scares frighten frightens weigh weighs drain drains frustrate"
    " frustrates"
)
"""Verbs of a feeling caused ("the layoffs worry you" for "I worry about the layoffs"): the
thing is their subject either way round."""
_SOURCE = _words("from by to with")
_SUBJECT_GAP = 3
"""How far before its verb a subject may stand: "I rebuilt", "I've been checking"."""
_OBJECT_GAP = 2
"""How far after its verb an object may stand: "rebuilt you", "checking on you"."""
_SHARED = 3
"""Content words a clause of the turn must share with one of theirs: two ("three times",
"twice a week") are often a number and a unit that anyone's clause may hold."""


class _Clause(NamedTuple):
    tokens: tuple[str, ...]
    people: tuple[tuple[str, int], ...]
    """Each person once, with the position of their first mention."""
    selves: tuple[int, ...]
    """Every position where the employee is named."""
    stems: frozenset[str]
    """Content stems, names aside."""
    negated: bool


def _clause(
    tokens: tuple[str, ...],
    stems: frozenset[str],
    negated: bool,
    names: frozenset[str],
    selves: frozenset[str],
    name_stems: frozenset[str],
) -> _Clause | None:
    """The clause with its people, or None if nobody is in it."""
    people: list[tuple[str, int]] = []
    mine: list[int] = []
    for i, t in enumerate(tokens):
        bare = t[:-2] if t.endswith("'s") else t
        who = _SELF if t in selves else bare if bare in names else None
        if who == _SELF:
            mine.append(i)
        if who is not None and all(who != p for p, _ in people):
            people.append((who, i))
    if not people:
        return None
    return _Clause(tokens, tuple(people), tuple(mine), stems - name_stems, negated)


_Raw = tuple[tuple[str, ...], frozenset[str], bool]
"""A clause's tokens, content stems and negation, before its people are known."""


@lru_cache(maxsize=8192)
def _stems(text: str) -> frozenset[str]:
    return content_stems(text)


@lru_cache(maxsize=2048)
def _raw(text: str) -> tuple[_Raw, ...]:
    """A text's clauses (each employee line is split once: the names that make its people
    grow as the conversation goes on)."""
    low = text.lower().replace("\u2019", "'")
    parts = [p for p in _CLAUSE.split(low) if p and not p.isspace()]
    return tuple(
        (tuple(_TOKEN.findall(p)), content_stems(p), _NEGATION.search(p) is not None) for p in parts
    )


@lru_cache(maxsize=4096)
def _names(text: str) -> frozenset[str]:
    """The capitalised words inside a sentence of ``text`` (about anyone: their "I want Dana to
    cover" names Dana), except names everyone shares (days, months, tools)."""
    found = (m.group(1).lower() for m in _NAME.finditer(text))
    return frozenset(
        n for n in found if n not in _SHARED_NAMES and n.rstrip("s") not in _SHARED_NAMES
    )


def _content(tokens: tuple[str, ...]) -> set[str]:
    return {t for t in tokens if len(t) > 2 and t not in STOP}


def _thing_for_them(mine: _Clause, theirs: _Clause) -> str | None:
    """ "The queue dashboard has been checking on you" for "I've been checking the queue
    dashboard": the same word with them on one side in theirs and on the other in the turn's,
    and a word of theirs on the far side in each. The thing put in their place, else None."""
    for verb in _content(mine.tokens) & _content(theirs.tokens):
        if verb.endswith("ly") or verb in _FELT or verb in _SYMMETRIC:
            continue  # "I'm the only one who knows it" -> "it lives only in your head"
        i, k = mine.tokens.index(verb), theirs.tokens.index(verb)
        before = {p < i for p in mine.selves}
        t_before = {p < k for p in theirs.selves}
        if len(before) != 1 or len(t_before) != 1 or before == t_before:
            continue
        ahead = next(iter(before))  # the turn puts them before the word: the thing comes after
        # The word is the verb they do or undergo: its subject a few words before it ("I've
        # been checking"), its object right after ("checking on you", "rebuilt you").
        subject, obj = (mine, theirs) if ahead else (theirs, mine)
        at, t_at = (i, k) if ahead else (k, i)
        # ("Mentoring from you", "next to you": them as the source or beside it, not its
        # object.)
        if not any(0 < at - p <= _SUBJECT_GAP for p in subject.selves) or not any(
            0 < p - t_at <= _OBJECT_GAP and _SOURCE.isdisjoint(obj.tokens[t_at + 1 : p])
            for p in obj.selves
        ):
            continue
        side = mine.tokens[i + 1 :] if ahead else mine.tokens[:i]
        t_side = theirs.tokens[:k] if ahead else theirs.tokens[k + 1 :]
        t_stems = content_stems(" ".join(t_side)) - content_stems(verb)
        for n, word in enumerate(side):
            if word not in STOP and content_stems(word) & t_stems:
                # The thing named in full: "the queue dashboard", not "queue".
                start = n
                while start > 0 and side[start - 1] not in STOP:
                    start -= 1
                end = n + 1
                while end < len(side) and side[end] not in STOP:
                    end += 1
                return " ".join(side[start:end]).replace("'", "")
    return None


def _swapped(mine: _Clause, theirs: _Clause) -> str | None:
    """The person (or thing) the turn's clause puts in another's place, else None."""
    if mine.negated != theirs.negated or len(mine.stems & theirs.stems) < _SHARED:
        return None
    if "by" in mine.tokens or "by" in theirs.tokens:
        return None  # a passive turns the order round by itself: "you were asked by Kyle"
    who = _people_swapped(mine, theirs)
    if who is None and mine.selves and theirs.selves:
        who = _thing_for_them(mine, theirs)
    return who


def _people_swapped(mine: _Clause, theirs: _Clause) -> str | None:
    """Two people in the opposite order around the same word, or one in another's place."""
    tokens, people = mine.tokens, mine.people
    t_tokens, t_people = theirs.tokens, theirs.people
    if len(people) == 2 and len(t_people) == 2:
        (a, i), (b, j) = people
        (c, k), (d, m) = t_people
        between, t_between = tokens[i + 1 : j], t_tokens[k + 1 : m]
        # The very words between them, and no word that relates them either way round ("Kyle
        # against you" for "me against Kyle", "sits next to").
        if (a, b) == (d, c) and between == t_between and _content(between):
            return None if _SYMMETRIC.intersection(between) else a
    elif len(people) == 1 and len(t_people) == 1:
        (a, i), (c, k) = people[0], t_people[0]
        after, t_after = tokens[i + 1 : i + 2], t_tokens[k + 1 : k + 2]
        if a != c and after and after == t_after and _content(after):
            return a
    return None


def swapped_roles(text: str, said: Iterable[str]) -> tuple[str, str] | None:
    """``(who, clause)``: the person a clause of ``text`` puts in another's place in what they
    ``said`` ("me", or a name as they wrote it in lower case) and the clause, else None."""
    stems = _stems(text)
    if len(stems) < _SHARED:
        return None
    # Only lines sharing three content words with the turn can hold a clause it swaps round
    # (checked first: most reflections share that much with none).
    # (Sorted: ``said`` may be a set, and the swap reported must not change with hash order.)
    lines = sorted(line for line in said if len(stems & _stems(line)) >= _SHARED)
    if not lines:
        return None
    # Names they used inside a sentence, and names the turn uses that they said first in one
    # ("Omar asked me ..."): a capital at a sentence's start is no sign of a name.
    names = frozenset().union(*(_names(line) for line in lines))
    names |= {n for n in _names(text) - names if any(n in line.lower() for line in lines)}
    name_stems = content_stems(" ".join(names))
    mine = [
        c
        for tokens, clause_stems, negated in _raw(text)
        if (c := _clause(tokens, clause_stems, negated, names, _YOUR_SELF, name_stems))
        and len(c.stems) >= _SHARED
    ]
    for line in lines if mine else ():
        their_raws = _raw(line)
        for clause in mine:
            for tokens, clause_stems, negated in their_raws:
                if len(clause.stems & clause_stems) < _SHARED:
                    continue
                other = _clause(tokens, clause_stems, negated, names, _THEIR_SELF, name_stems)
                who = None if other is None else _swapped(clause, other)
                if who is not None:
                    return ("me" if who == _SELF else who), " ".join(clause.tokens)
    return None
