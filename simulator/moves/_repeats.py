"""Near repeats among the manager's earlier turns, found without comparing with every turn.

Two turns are near repeats when at least :data:`REPEAT_AT` of their word types are shared
(Jaccard over token sets). Each earlier turn is filed under the first few of its word types
(:func:`prefix_of`); two turns this alike share one of those, so a new turn is compared only
with the turns filed under its own first few (prefix filtering), and a conversation of n turns
costs about O(n), not O(n^2).
"""

from __future__ import annotations

from simulator.moves._lexicon.forms import _STOPWORDS

__all__ = ["REPEAT_AT", "Repeats", "prefix_of"]

REPEAT_AT = 0.8
"""Near-duplicates share at least this share of word types (4/5: :func:`prefix_of` relies on
it)."""


def prefix_of(tokens: frozenset[str]) -> list[str]:
    """The word types a turn is filed and looked up under for near repeats.

    Two sets with Jaccard >= 4/5 share at least ceil(4n/5) of a set's n types, so they share
    one of its first n - ceil(4n/5) + 1 in any fixed order (prefix filtering). The order puts
    content words before stopwords (which most turns hold, so their lists would be long), each
    by string hash (fixed within a process, which is as long as a context lives, and cheap to
    sort by). Words tied on hash at the cut are all kept, so the prefix always holds the one a
    strict order would give, and nothing is missed.
    """
    n = len(tokens)
    keep = n - (4 * n + 4) // 5 + 1  # ceil(4n/5) in integers: REPEAT_AT is 4/5
    ordered = sorted(tokens - _STOPWORDS, key=hash)
    if len(ordered) < keep:
        ordered += sorted(tokens & _STOPWORDS, key=hash)
    while keep < len(ordered) and hash(ordered[keep]) == hash(ordered[keep - 1]):
        keep += 1
    return ordered[:keep]


class Repeats:
    """The manager's earlier turns, as word types filed for finding near repeats."""

    __slots__ = ("count", "exact", "postings")

    def __init__(self) -> None:
        self.count = 0
        self.postings: dict[str, list[tuple[int, int, frozenset[str]]]] = {}
        self.exact: dict[frozenset[str], int] = {}  # word types -> first manager turn

    def add(self, tokens: frozenset[str], prefix: list[str]) -> None:
        """File the next manager turn: its word types and their :func:`prefix_of`."""
        i = self.count
        self.count = i + 1
        if tokens and self.exact.setdefault(tokens, i) == i:
            # A verbatim repeat is always found through ``exact`` at its first turn.
            entry = (i, len(tokens), tokens)
            postings = self.postings
            for word in prefix:
                postings.setdefault(word, []).append(entry)

    def find(self, tokens: frozenset[str], prefix: list[str]) -> int | None:
        """The 0-based earlier turn most like ``tokens`` (Jaccard >= REPEAT_AT), if any.

        Ties go to the earliest turn; a verbatim repeat (same word types) is found at once.
        ``prefix``: :func:`prefix_of` of ``tokens``.
        """
        if not tokens:
            return None
        same = self.exact.get(tokens)
        if same is not None:
            return same
        postings = self.postings
        lists = [found for word in prefix if (found := postings.get(word))]
        if not lists:
            return None  # no earlier turn shares a prefix word: none can be this alike
        n = len(tokens)
        lo, hi = n * REPEAT_AT, n / REPEAT_AT  # Jaccard >= r needs r <= |A|/|B| <= 1/r
        best, best_i = REPEAT_AT, None
        seen: set[int] = set()
        for found in lists:
            for i, size, other in found:
                if i in seen or not lo <= size <= hi:
                    continue
                seen.add(i)
                inter = len(tokens & other)
                sim = inter / (n + size - inter)
                # The most similar; among equals the earliest (postings are not in turn order).
                if sim > best or (sim == best and (best_i is None or i < best_i)):
                    best, best_i = sim, i
        return best_i
