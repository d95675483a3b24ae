"""Suggested rewrites for weak manager turns, built from the turn's own words.

A closed question becomes an open one about the same topic; dismissal ("calm down")
becomes a reflection of the feeling the employee expressed; advice given before the
person was heard becomes a question about what they have tried. Rewrites are
suggestions for a person to adapt, so they favour plain, natural templates over
cleverness.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from simulator.moves.detector import Detection, Move

# Feelings people name when stressed, mapped to how a listener would say them back.
FEELINGS: dict[str, str] = {
    "stressed": "stressed",
    "stress": "under a lot of stress",
    "overwhelmed": "overwhelmed",
    "overwhelming": "overwhelmed",
    "swamped": "swamped",
    "drowning": "like you're drowning",
    "exhausted": "exhausted",
    "tired": "worn out",
    "burnt out": "burnt out",
    "burned out": "burnt out",
    "frustrated": "frustrated",
    "frustrating": "frustrated",
    "angry": "angry",
    "annoyed": "annoyed",
    "upset": "upset",
    "worried": "worried",
    "anxious": "anxious",
    "scared": "scared",
    "afraid": "afraid",
    "nervous": "nervous",
    "embarrassed": "embarrassed",
    "ashamed": "ashamed",
    "guilty": "guilty",
    "hurt": "hurt",
    "unfair": "that it's been unfair",
    "alone": "on your own with this",
    "stuck": "stuck",
    "lost": "a bit lost",
    "behind": "behind",
    "sad": "sad",
    "fine": "like you have to say it's fine",
}

# Speed: these patterns run on most manager turns of every scored transcript. sre can skip an
# alternative on its first character only when that is a plain literal or a class, not an
# IGNORECASE literal, so case-insensitive words are spelled as classes (see _caseless), and
# alternatives sharing a first letter are grouped (see _alternatives).

# Characters that IGNORECASE matches besides a letter's two ASCII cases (found by testing every
# code point; pinned in tests/scoring/test_rewrites.py).
_FOLDS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}
_UNFOLD = str.maketrans({c: k for k, cs in _FOLDS.items() for c in cs})


def _caseless(word: str) -> str:
    """A case-sensitive pattern matching exactly what ``re.escape(word)`` matches with
    ``re.IGNORECASE``."""
    out = []
    for c in word.lower():
        if "a" <= c <= "z":
            out.append(f"[{c}{c.upper()}{_FOLDS.get(c, '')}]")
        else:
            out.append(re.escape(c))
    return "".join(out)


def _alternatives(words: list[str], spell: Callable[[str], str]) -> str:
    """``"|".join(map(spell, words))`` with words sharing a first letter grouped behind one
    class, in the same order within each group: the same matches (alternatives with different
    first letters never match at the same place), but each place is rejected in one test per
    first letter rather than one per word."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[:1].lower(), []).append(w)
    return "|".join(
        spell(ws[0][:1]) + "(?:" + "|".join(spell(w[1:]) for w in ws) + ")"
        for ws in groups.values()
    )


_FEELING_RE = re.compile(
    r"\b(" + _alternatives(sorted(FEELINGS, key=len, reverse=True), _caseless) + r")\b"
)

_LEAD_INS = ["so", "and", "but", "okay", "ok", "well", "right"]
_AUX = ["do", "does", "did", "are", "is", "was", "were", "have", "has", "had", "can", "could"]
_AUX += ["will", "would", "should", "shall", "may", "might"]
_NOT = "n't"
_PREPOSITIONS = ["about", "with", "on", "for", "of", "to"]
_DETERMINERS = ["the", "your", "this", "that", "these", "those", "our", "my"]
_CLOSED_RE = re.compile(
    rf"^\W*(?:(?:{_alternatives(_LEAD_INS, _caseless)})\W+)*"
    rf"(?:{_alternatives(_AUX, _caseless)})(?:{_caseless(_NOT)})?"
    r"\s+(?P<subject>\w+)\s+(?P<rest>.*)$"
)
_TOPIC_RE = re.compile(
    rf"\b(?:{_alternatives(_PREPOSITIONS, _caseless)})?\s*"
    rf"(?P<topic>(?:{_alternatives(_DETERMINERS, _caseless)})\s+[^?.!,;]+)"
)
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+")
_CLAUSE_BREAK = frozenset(
    [
        "a",
        "an",
        "and",
        "or",
        "but",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "will",
        "would",
        "can",
        "could",
        "nobody",
        "because",
        "so",
        "if",
        "when",
        "that",
        "which",
        "who",
        "where",
        "while",
        "since",
        "until",
        "then",
        "than",
        "it",
        "i",
        "you",
        "he",
        "she",
        "we",
        "they",
        "me",
        "him",
        "her",
        "them",
        "going",
        "gone",
        "went",
    ]
)
_SWAP = {
    "i": "you",
    "i'm": "you're",
    "im": "you're",
    "i've": "you've",
    "i'd": "you'd",
    "i'll": "you'll",
    "me": "you",
    "my": "your",
    "mine": "yours",
    "myself": "yourself",
    "am": "are",
    "we": "you",
    "our": "your",
    "us": "you",
}
_YOURS = {"my": "your", "our": "your", "your": "your", "this": "this", "that": "that"}


def _ascii_caseless(word: str) -> str:
    return "".join(f"[{c}{c.upper()}]" if c.isalpha() else re.escape(c) for c in word)


# A word is a run of ASCII letters and apostrophes; only the words in _SWAP are matched, so the
# replacement callback runs per swapped word rather than per word.
_PERSON_RE = re.compile(
    r"(?<![A-Za-z'])(?:"
    + _alternatives(sorted(_SWAP, key=len, reverse=True), _ascii_caseless)
    + r")(?![A-Za-z'])"
)


def _swapped(m: re.Match[str]) -> str:
    return _SWAP[m.group(0).lower()]


def _swap_person(text: str) -> str:
    """Turn the employee's first person into the manager's second person."""
    return _PERSON_RE.sub(_swapped, text)


def _clean(text: str, limit: int = 80) -> str:
    # As re.sub(r"\s+", " ", text) before the strip, which removes the ends' spaces anyway.
    text = " ".join(text.split()).strip(" ,;:-—")
    if len(text) > limit:
        text = text[:limit].rsplit(" ", 1)[0] + "…"
    return text


def topic_of(text: str) -> str | None:
    """The noun phrase a question or remark is about, if one can be found."""
    first_q = text
    if "?" in text:  # else no sentence holds one, and the whole text is searched
        first_q = next((s for s in _SENTENCE_BREAK.split(text) if "?" in s), text)
    m = _TOPIC_RE.search(first_q)
    if not m:
        return None
    words = m.group("topic").split(None, 4)[:4]  # only the first four words are read below
    words[0] = words[0].lower()
    # Keep the determiner and the noun phrase after it; stop where a new clause starts.
    kept = words[:1]
    for w in words[1:4]:
        if w.lower() in _CLAUSE_BREAK:
            break
        kept.append(w)
    return _clean(" ".join(kept), 60) if len(kept) > 1 else None


def reflect_feeling(prev: str | None) -> str:
    """A reflection of what the employee said: their feeling if named, else their words."""
    if prev:
        m = _FEELING_RE.search(prev)
        if m:
            # _UNFOLD: "ſtressed" matches like "stressed" but lower() keeps the long s.
            feeling = FEELINGS[m.group(1).translate(_UNFOLD).lower()]
            topic = topic_of(_swap_person(prev))
            about = f" about {topic}" if topic and len(topic.split()) <= 6 else ""
            return f"It sounds like you're feeling {feeling}{about}. What's weighing on you most?"
        head = prev.strip()
        brk = _SENTENCE_BREAK.search(head)
        first = head[: brk.start()] if brk else head
        if first:
            said = _clean(_swap_person(first).rstrip(".!?"))
            # "So The deadline…" reads wrong; keep acronyms and "I" as they are.
            if said[:1].isupper() and said[1:2].islower():
                said = said[0].lower() + said[1:]
            return f"So {said}. Tell me more about that."
    return "That sounds hard. What's been going on for you?"


def open_up(text: str) -> str:
    """An open question about the same topic as the closed question ``text``."""
    topic = topic_of(text)
    if topic:
        return f"How are things going with {topic}, from your side?"
    m = _CLOSED_RE.match(text.strip())
    if m and m.group("subject").lower() == "you":
        rest = _clean(m.group("rest").rstrip("?. "), 50)
        return f"What's your experience been with {rest}?" if rest else "How are you doing?"
    return "What does this look like from your point of view?"


def ask_before_advising(text: str, prev: str | None) -> str:
    """Replace unheard advice with curiosity about what they have tried."""
    topic = topic_of(_swap_person(prev or "")) or topic_of(text)
    if topic:
        return f"Before I suggest anything: what have you tried so far with {topic}?"
    return "Before I suggest anything: what have you already tried, and what got in the way?"


def suggest(detection: Detection, text: str, prev: str | None, heard: bool) -> str | None:
    """A better version of a weak turn, or ``None`` if the turn is not weak.

    ``heard`` says whether the employee has already been listened to (an earlier
    reflection or open question), which decides whether advice was premature.
    """
    moves = set(detection.moves)
    if Move.JUDGMENT in moves:
        return reflect_feeling(prev)
    if Move.ADVICE in moves and not heard:
        return ask_before_advising(text, prev)
    if moves == {Move.CLOSED_QUESTION}:
        return open_up(text)
    return None
