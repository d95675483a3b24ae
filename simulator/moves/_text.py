"""Text handling shared by the detectors: normalisation, sentences and phrase tables."""

from __future__ import annotations

import re
from collections.abc import Callable
from collections.abc import Set as AbstractSet

# --------------------------------------------------------------------------------------------
# Normalisation, sentences, phrase tables
# --------------------------------------------------------------------------------------------
# Speed: Python's regex engine searches fast only for patterns that start with a literal, so
# searched phrases live in _Phrases tables: each phrase is a small regex starting with a literal
# and is run only when the sentence holds one of its trigger words (a set intersection).
# Patterns with alternatives up front are only ever ``match``-ed at a sentence start.

_EDGE = 1500
"""Inputs longer than ``2 * _EDGE`` characters are read only at both ends (see module doc)."""

_MAX_SENTENCES = 12
"""At most this many sentences from each end of a (capped) turn are analysed."""

# Sentences end at ".", "!" or "?" before a space. Dashes (self-interruptions in speech) and line
# breaks do not end one: "So what changed-- when did the delays start?" is one question. Nor
# does the point of a title ("St. Joseph's", "Dr. Fields"); a time's may ("at 9 p.m. What
# then?"), so it does.
# (The title is looked for behind a point only once one is found: a lookbehind tried at every
# position cost 5 µs a turn.)
_SPLIT = re.compile(
    r"(\.(?<!\bst\.)(?<!\bdr\.)(?<!\bmr\.)(?<!\bmrs\.)(?<!\bms\.)(?<!\bprof\.)(?<!\bvs\.)"
    r"(?<!\be\.g\.)(?<!\bi\.e\.)[\"”]?|[!?][\"”]?)\s+"
)
# Restarts in transcribed speech: "wh-what", "I-I", "so-so" -> "what", "i", "so".
_STUTTER = re.compile(r"(?<![a-z'])([a-z']{1,8}+)-(?=\1)")
_BRACKETED = re.compile(r"\[[^\]]{0,80}\]")  # "[laughs]", "[inaudible 00:01:02]"
# Written replies drop apostrophes and spaces ("thats class", "says alot about you", "idk what
# you expected"): the phrase tables are written in standard spelling, so these are spelled out
# before any is searched. Only forms that are no other English word ("its", "ill", "id", "were"
# and "wont" are left alone).
_INFORMAL = {
    "alot": "a lot",
    "idk": "i don't know",
    "dunno": "don't know",
    "u": "you",
    "ur": "your",
    "im": "i'm",
    "ive": "i've",
    "youre": "you're",
    "youve": "you've",
    "youll": "you'll",
    "youd": "you'd",
    "theyre": "they're",
    "thats": "that's",
    "whats": "what's",
    "theres": "there's",
    "dont": "don't",
    "doesnt": "doesn't",
    "didnt": "didn't",
    "cant": "can't",
    "isnt": "isn't",
    "wasnt": "wasn't",
    "arent": "aren't",
    "werent": "weren't",
    "havent": "haven't",
    "hasnt": "hasn't",
    "hadnt": "hadn't",
    "shouldnt": "shouldn't",
    "wouldnt": "wouldn't",
    "couldnt": "couldn't",
}
_INFORMAL_WORD = re.compile(r"(?<![\w'])(?:" + "|".join(_INFORMAL) + r")(?![\w']|\.\w)")
_TOKEN = re.compile(r"[a-z0-9']+")

# Discourse markers and backchannels that open a sentence without changing what it does.
# "you know" only with a comma: "you know what?" must not turn into a bare "what?".
_FILLER = re.compile(
    r"[\W_]*(?:(?:okay|ok|so|and|but|well|uh-huh|huh|um+|uh+|er+|erm|ah+|oh+|hm+|mm+(?:-?hm+)?"
    r"|yeah|yes|yep|alright|all right|sure|i see|now|then|anyway"
    # An adjective is a filler only when no word of the sentence's own follows it ("Good, call
    # them", "right so"); "Good call on the rollback" praises, it does not order a call.
    r"|(?:right|great|good|cool|fine)(?![ ]+(?!(?:so|and|okay|ok|yeah|now|then|well|um+|uh+)\b)"
    r"[a-z])"
    r"|gotcha|got it|wow|hey|hi|hello|like|i mean|actually|also|plus|or"
    # "Look, I get it", not "look into a referral", an order; forum fillers ("tbh", "fwiw",
    # "my two cents:") before what the sentence says.
    r"|(?:see|look|listen)(?=\s*[,.;:!-])|tbh|ngl|fwiw|imo|imho|btw|lol|(?:just )?my two cents"
    r"|you know(?=,))\b[\s,;:.!-]*)*"
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


WEEKDAYS: tuple[str, ...] = (
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
)
"""The days of the week, lower case: the one list every plan, name and date check reads."""
WEEKDAY_ALTERNATION = "|".join(WEEKDAYS)
"""The days as a regex alternation ("monday|tuesday|...")."""
HOUR_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
"""The hours of a clock in words, as a regex alternation ("at three", "Friday at ten")."""
CLOCK_HOUR = rf"(?:\d{{1,2}}(?::\d\d)?|{HOUR_WORDS})"
"""An hour in figures ("10", "9:30") or words ("ten"), as a regex."""


SECOND_PERSON = re.compile(r"\byou(?:r|rs|rself|'re|'ve|'d|'ll)?\b")
"""The listener named in a lower-cased text: "you", "your", "you're"..."""

_SO = re.compile(r"\bso\b")  # a "so" among the opening fillers announces a summary
# First words that may start a filler (the regex is skipped for any other first word).
_FILLER_FIRST = _words(
    "okay ok so and but well uh-huh huh um uh er erm ah oh hm mm yeah yes yep right alright all"
    " sure great good i now then anyway cool fine gotcha got wow hey hi hello like see look"
    " listen actually also plus or you tbh ngl fwiw imo imho btw lol my just"
)


def _left_bounded(source: str) -> str:
    """Require a word start before ``source``'s leading literal, checked after the literal.

    ``\\bcalm down`` is slow to search; ``calm down(?<![a-z']calm down)`` is fast.
    """
    depth = 0
    for ch in source.replace("\\(", "").replace("\\)", ""):
        depth += (ch == "(") - (ch == ")")
        if ch == "|" and depth == 0:
            raise ValueError(f"wrap top-level alternatives in a group: {source!r}")
    i = 0
    while i < len(source) and source[i] not in "\\()[]{}?*+|.^$":
        i += 1
    if i < len(source) and source[i] in "?*{":
        i -= 1  # the last literal character is optional
    literal = source[:i]
    return f"{literal}(?<![a-z']{literal}){source[i:]}" if literal else source


_NOTHING: frozenset[str] = frozenset()


class _Phrases(frozenset[str]):
    """A table of phrases, each searched only when one of its trigger words occurs.

    Entries are ``(triggers, regex)`` or ``(triggers, regex, also)``: the regex runs when the
    text holds one of the ``triggers`` words and, if ``also`` is given, one of those words too.
    The table is the set of its trigger words, so callers test ``table.isdisjoint(words)``
    (cheap) before calling :meth:`search`.
    """

    __slots__ = ("_by_word",)
    _by_word: dict[str, tuple[tuple[re.Pattern[str], frozenset[str]], ...]]

    def __new__(cls, *entries: tuple[str, ...]) -> _Phrases:
        by_word: dict[str, list[tuple[re.Pattern[str], frozenset[str]]]] = {}
        for triggers, source, *also in entries:
            pattern = re.compile(_left_bounded(source))
            needs = _words(also[0]) if also else _NOTHING
            for word in triggers.split():
                by_word.setdefault(word, []).append((pattern, needs))
        table = frozenset.__new__(cls, by_word)
        table._by_word = {w: tuple(ps) for w, ps in by_word.items()}
        return table

    def search(
        self,
        text: str,
        words: AbstractSet[str],
        accept: Callable[[re.Match[str]], bool] | None = None,
    ) -> re.Match[str] | None:
        """The earliest (then longest) match in ``text`` of a phrase triggered by ``words``.

        With ``accept``, only matches it accepts count (each phrase's later matches are tried
        when an earlier one is refused): judgment uses it to skip negated or quoted phrases.
        """
        best: re.Match[str] | None = None
        for word in self & words:
            for pattern, needs in self._by_word[word]:
                if needs and needs.isdisjoint(words):
                    continue
                m = pattern.search(text)
                # A phrase's first match not beating the best so far, none of its later ones
                # can: only a would-be best is offered to ``accept`` (which costs).
                if m is None or (best is not None and not _before(m, best)):
                    continue
                if accept is not None and not accept(m):
                    # Rare: the first match is refused, so try the later ones.
                    m = next((x for x in pattern.finditer(text, m.end()) if accept(x)), None)
                    if m is None or (best is not None and not _before(m, best)):
                        continue
                best = m
        return best


def _before(m: re.Match[str], best: re.Match[str]) -> bool:
    """Whether ``m`` wins over ``best``: earlier, then longer, then by pattern (stable)."""
    return (m.start(), -m.end(), m.re.pattern) < (best.start(), -best.end(), best.re.pattern)


def _normalise(text: str) -> str:
    if len(text) > 2 * _EDGE:
        text = text[:_EDGE] + ". " + text[-_EDGE:]
    text = text.lower()
    if "’" in text:
        text = text.replace("’", "'")
    if "[" in text:
        text = _BRACKETED.sub(" ", text)
    if "-" in text:
        text = _STUTTER.sub("", text)
    return _INFORMAL_WORD.sub(_spelled_out, text)


def _spelled_out(m: re.Match[str]) -> str:
    return _INFORMAL[m.group(0)]


def _sentences(low: str) -> list[str]:
    """The turn's sentences, each with its closing punctuation, at most 2 * _MAX_SENTENCES."""
    inner = low.rstrip()[:-1]
    if "." not in inner and "?" not in inner and "!" not in inner:
        return [low]
    parts = _SPLIT.split(low)
    out = [parts[i] + parts[i + 1] for i in range(0, len(parts) - 1, 2)]
    out.append(parts[-1])
    if len(out) > 2 * _MAX_SENTENCES:
        out = out[:_MAX_SENTENCES] + out[-_MAX_SENTENCES:]
    return out
