"""Suggested rewrites for weak manager turns, built from the employee's own words.

A rewrite takes up something the employee actually said: a feeling they named ("It sounds like
you're feeling overwhelmed."), a whole clause of theirs ("You said staging falls over every time
someone runs a load test.") or a noun phrase of theirs ("your dad"), turned from their first
person into the manager's second. Each piece is checked before it is used: a clause must be a
complete statement with some content (never "So yeah." or a question), a noun phrase must end
on a real noun (never a filler such as "a sec" or a fragment such as "your feet" lifted from a
closed question). When nothing of theirs passes, the rewrite is a plain generic line rather than
a garbled one. Rewrites are suggestions for a person to adapt, so they favour plain, natural
templates over cleverness.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from simulator.scoring._matching import LETTERS, lowered, occurs, search, word_char


def _words(text: str) -> list[str]:
    """The whitespace-separated words of ``text`` (word lists are written as text)."""
    return text.split()


# Feelings people name when stressed, mapped to how a listener would say them back after
# "you're feeling" (every value reads after it).
FEELINGS: dict[str, str] = {
    "stressed": "stressed",
    "stressful": "under a lot of stress",
    "overwhelmed": "overwhelmed",
    "overwhelming": "overwhelmed",
    "swamped": "swamped",
    "drowning": "like you're drowning",
    "exhausted": "exhausted",
    "tired": "worn out",
    "knackered": "worn out",
    "burnt out": "burnt out",
    "burned out": "burnt out",
    "frustrated": "frustrated",
    "frustrating": "frustrated",
    "angry": "angry",
    "furious": "furious",
    "annoyed": "annoyed",
    "upset": "upset",
    "worried": "worried",
    "anxious": "anxious",
    "scared": "scared",
    "terrified": "terrified",
    "afraid": "afraid",
    "nervous": "nervous",
    "embarrassed": "embarrassed",
    "ashamed": "ashamed",
    "guilty": "guilty",
    "hurt": "hurt",
    "unfair": "that it's been unfair",
    "alone": "on your own with this",
    "lonely": "lonely",
    "stuck": "stuck",
    "lost": "a bit lost",
    "sad": "sad",
    "gutted": "gutted",
    "humiliated": "humiliated",
    "invisible": "invisible",
    "overlooked": "overlooked",
}
_FEELING_RE = re.compile(
    r"\b(" + "|".join(map(re.escape, sorted(FEELINGS, key=len, reverse=True))) + r")\b",
    re.IGNORECASE,
)


_FEELING_LOW = lowered(_FEELING_RE)
# "I'm not worried", "never scared": a negated feeling is not theirs to reflect.
_NEGATED = re.compile(r"\b(?:not|never|n't|no longer|isn't|wasn't|aren't)\s+(?:\w+\s+)?$")

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
    "we're": "you're",
    "we've": "you've",
    "our": "your",
    "ours": "yours",
    "us": "you",
    "ourselves": "yourselves",
}
_PERSON_RE = re.compile(
    r"(?<![A-Za-z'])(?:i was|i wasn't|"
    + "|".join(map(re.escape, sorted(_SWAP, key=len, reverse=True)))
    + r")(?![A-Za-z'])",
    re.IGNORECASE,
)
_WAS = {"i was": "you were", "i wasn't": "you weren't"}


def _swapped(m: re.Match[str]) -> str:
    w = m.group(0).lower()
    return _WAS.get(w) or _SWAP[w]


_PERSON_LOW = lowered(_PERSON_RE)


def swap_person(text: str) -> str:
    """Turn the employee's first person into the manager's second ("I was" -> "you were")."""
    if not text.isascii():
        return _PERSON_RE.sub(_swapped, text)
    # The same replacements as the sub() above, found in the lower-cased text (faster, see
    # lowered) and made in the original: the words in between keep their case.
    out: list[str] = []
    last = 0
    for m in _PERSON_LOW.finditer(text.lower()):
        word = m.group(0)
        out += (text[last : m.start()], _WAS.get(word) or _SWAP[word])
        last = m.end()
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)


# Words that carry no content of their own: a clause needs some words outside this list, and a
# noun phrase may not end on one.
_FUNCTION = frozenset(
    _words(
        """a an the and or but so if then than that this these those there here it it's its i i'm
        im me my we us our you you're your he she they them their his her him is are was were be
        been being am do does did have has had will would can could should may might must shall
        to of in on at for with from by about as into out up down over just really very quite
        pretty too also still even yeah yes no not okay ok well like um uh er oh honestly
        basically literally actually right sure mean know guess think sort kind bit lot thing
        things stuff anyway whatever something anything nothing everything all some any get got
        go going gonna what which who how why when where because though"""
    )
)
# Nouns too vague or idiomatic to build a question on ("what have you tried with your sec?").
_VAGUE = frozenset(
    _words(
        """sec second seconds minute minutes moment bit lot thing things stuff way ways one ones
        kind sort point time times day days while feet foot hand hands head mind end side part
        fact idea reason case question answer word words deal issue issues problem problems"""
    )
)
_FILLER_OPENERS = re.compile(
    r"^(?:(?:so|and|but|yeah|yes|no|well|okay|ok|right|honestly|look|listen|i mean|anyway"
    r"|basically|um|uh|oh|cool|sure|hey|hi|hiya|sorry|fine)\b[\s,.!?…-]*)+",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"[^.!?…]+[.!?…]*")
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_DETERMINERS = frozenset(_words("""the my our this that these those his her their"""))
_NP_STOP = _FUNCTION | frozenset(
    _words("""every each since after before until while when because said told asked says""")
)
MAX_CLAUSE_WORDS = 14
_SPACE_BEFORE = re.compile(r"\s+([,;:])")


@lru_cache(maxsize=4096)
def feeling_of(said: str) -> str | None:
    """A feeling the employee named (not negated), as a listener would say it back."""
    low = said.lower()
    found = _FEELING_LOW.finditer(low) if said.isascii() else _FEELING_RE.finditer(said)
    for m in found:
        if not _NEGATED.search(low[: m.start()] if said.isascii() else said[: m.start()].lower()):
            return FEELINGS[m.group(1).lower()]
    return None


def _cut(words: list[str]) -> list[str] | None:
    """A clause of at most :data:`MAX_CLAUSE_WORDS` words, cut where a new clause starts."""
    if len(words) <= MAX_CLAUSE_WORDS:
        return words
    for i in range(4, MAX_CLAUSE_WORDS):
        w = words[i]
        if w.endswith((",", ";", ":")):
            return words[: i + 1]
        if w.lower() in ("and", "but", "because", "so", "which", "while") and i >= 4:
            return words[:i]
    return None


_AUX_VERBS = frozenset(
    _words(
        """is are was were am be been isn't aren't wasn't weren't have has had haven't hasn't
        hadn't do does did don't doesn't didn't can can't could couldn't will won't would
        wouldn't should shouldn't may might must need needs want wants feel feels felt keep
        keeps know knew think thought go goes went get gets got make makes made take takes took
        see saw say says said come comes came"""
    )
)
_SUBJECT_CONTRACTIONS = frozenset(
    _words(
        """i'm i've i'd i'll it's he's she's that's there's we're we've they're they've what's"""
    )
)
_NUMBERS = frozenset(_words("""one two three four five six seven eight nine ten twenty hundred"""))
_NOT_A_START = frozenset(
    _words(
        """if when because although though since unless while whether after before until as on in
        at for with from by about into to of ago than like"""
    )
)


def _is_statement(words: list[str]) -> bool:
    """Whether lower-cased ``words`` read as a main clause: not opening on a preposition,
    subordinator or number, and holding a verb (an auxiliary or common verb, a subject
    contraction, a past tense, or an -s verb after a non-determiner)."""
    if not words or words[0] in _NOT_A_START or words[0] in _NUMBERS or words[0].isdigit():
        return False
    for i, w in enumerate(words):
        if w in _AUX_VERBS or w in _SUBJECT_CONTRACTIONS:
            return True
        before = words[i - 1] if i else ""
        if (
            i
            and before not in _DETERMINERS
            and before not in _NUMBERS
            and before
            not in (
                "a",
                "an",
                "of",
                "and",
            )
        ):
            if len(w) > 4 and w.endswith("ed"):
                return True
            if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "'s", "us", "is")):
                return True
    return False


_YOU = re.compile(r"\byou(?:'re|'ve|'d|'ll|r|rs|rself)?\b", re.IGNORECASE)
_YOU_LOW = lowered(_YOU)


@lru_cache(maxsize=4096)
def clause_of(said: str) -> str | None:
    """The employee's most contentful statement, in the manager's second person, or ``None``.

    A statement: not a question, no second person (it would be about the manager), no quotes,
    at least four words of which two carry content, and a whole clause rather than a fragment.
    """
    best: tuple[int, str] | None = None
    for raw in _SENTENCE.findall(said):
        s = raw.strip()
        if not s or s.endswith("?") or '"' in s or "“" in s:
            continue
        s = _FILLER_OPENERS.sub("", s).strip(" ,.;:!…-—")
        if search(_YOU, _YOU_LOW, s):
            continue
        words = s.split()
        kept = _cut(words)
        if kept is None:
            continue
        kept_text = " ".join(kept)  # single spaces: only " ," " ;" " :" can need joining up
        if " ," in kept_text or " ;" in kept_text or " :" in kept_text:
            kept_text = _SPACE_BEFORE.sub(r"\1", kept_text)
        kept_text = kept_text.strip(" ,;:-—")
        # The words, lower-cased (_WORD matches ASCII letters only, so on ASCII text the words
        # of the lower-cased text are the same words, lower-cased, found in one go).
        if kept_text.isascii():
            clean = _WORD.findall(kept_text.lower())
        else:
            clean = [w.lower() for w in _WORD.findall(kept_text)]
        if len(clean) < 4:
            continue
        score = len([w for w in clean if w not in _FUNCTION and len(w) > 2])  # content words
        if score < 2:
            continue
        if clean[-1] in _FUNCTION:  # ends mid-phrase: "... and the"
            continue
        if not _is_statement(clean):
            continue  # a fragment ("Nine days ago, on a Sunday") or a dependent clause
        if best is None or score > best[0]:
            best = (score, kept_text)
    if best is None:
        return None
    text = swap_person(best[1])
    first = text.split(" ", 1)[0]
    if first[1:2].islower() and not _is_name(first, said):
        text = text[0].lower() + text[1:]
    return text


_COMMON_STARTS = frozenset(
    _words(
        """product nobody everyone everybody someone somebody everything nothing work
        management leadership sales legal finance engineering marketing design support staging
        production finance people customers clients"""
    )
)
_NOUN_ENDINGS = (
    "ing",
    "tion",
    "sion",
    "ment",
    "ness",
    "ity",
    "ance",
    "ence",
    "ism",
    "ship",
    "ure",
    "ery",
    "ics",
    "ings",
    "tions",
    "ments",
)


def _is_name(word: str, said: str) -> bool:
    """Whether ``word``, capitalised at the start of a sentence, is a name to keep capitalised.

    Not a name: a function word, a word the employee also wrote in lower case, a common noun
    with a noun ending ("Staging") or a common sentence opener ("Product"). A name: capitalised
    mid-sentence too ("If Jenna ran..."), or anything else ("Kyle got the promotion")."""
    base = LETTERS.match(word)
    if base is None:
        return False
    w = base.group(0)
    low = w.lower()
    if occurs(said, " " + w, lambda c: word_char(c) or c in ",;:"):  # [\w,;:] w\b
        return True
    if low in _FUNCTION or low in _COMMON_STARTS or low.endswith(_NOUN_ENDINGS):
        return False
    return not occurs(said, low, lambda c: not word_char(c), at_start=True)  # \bw\b


@lru_cache(maxsize=4096)
def noun_phrase_of(said: str, *, theirs: bool = True) -> str | None:
    """A noun phrase the employee used ("my dad" -> "your dad"), ending on a real noun. With
    ``theirs=False`` it is the manager's own phrase, kept as said (and "your ..." allowed)."""
    words = _WORD.findall(said)
    best: list[str] | None = None
    for i, w in enumerate(words):
        if w.lower() not in _DETERMINERS and (theirs or w.lower() != "your"):
            continue
        phrase = [w.lower()]
        for nxt in words[i + 1 : i + 4]:
            if nxt.lower() in _NP_STOP or nxt.endswith("ly"):
                break
            phrase.append(nxt)
        while len(phrase) > 1 and (phrase[-1].lower() in _VAGUE or len(phrase[-1]) < 3):
            phrase.pop()
        if len(phrase) < 2 or (phrase[-1].lower().endswith(("ing", "ed")) and len(phrase) == 2):
            continue
        if best is None or len(phrase) > len(best):
            best = phrase
    if not best:
        return None
    return swap_person(" ".join(best)) if theirs else " ".join(best)


def _last_said(said: Sequence[str], k: int = 3) -> list[str]:
    """The employee's last ``k`` non-empty turns, most recent first (read from the end only, so
    a long conversation costs no more than a short one)."""
    out: list[str] = []
    for s in reversed(said):
        if s.strip():
            out.append(s)
            if len(out) == k:
                break
    return out


_SENSITIVE = re.compile(
    r"\b(?:dad|mum|mom|mother|father|parents?|wife|husband|partner|son|daughter|kids?|child"
    r"|children|baby|sister|brother|grand\w+|stroke|hospital|cancer|sick|ill|illness|died|death"
    r"|funeral|diagnos\w*|surgery|pregnan\w*|divorce\w*|miscarriage|grief|passed away)\b",
    re.IGNORECASE,
)
_SENSITIVE_LOW = lowered(_SENSITIVE)

GENERIC = {
    "judgment": "That sounds hard. What's been going on for you?",
    "listen": "What's been the hardest part of this for you?",
    "advice": "Before I suggest anything: what have you already tried, and what got in the way?",
    "closed": "What does this look like from your point of view?",
}


def reflect(said: Sequence[str], follow: str = "What's weighing on you most?") -> str:
    """A reflection of the employee's latest words: a feeling they named, else a clause of
    theirs, else a noun phrase of theirs, else a generic question."""
    recent = _last_said(said)
    for s in recent[:1]:
        feeling = feeling_of(s)
        if feeling:
            return f"It sounds like you're feeling {feeling}. {follow}"
    for s in recent:
        clause = clause_of(s)
        if clause:
            return f"You said {clause}. What's that been like for you?"
    for s in recent:
        np = noun_phrase_of(s)
        if np:
            return f"Tell me more about {np}. What's been hardest?"
    return GENERIC["judgment"]


_REWRITES: dict[tuple[str, str, tuple[str, ...]], str | None] = {}
_REWRITES_MAX = 20_000


def forget() -> None:
    """Empty every cache of lines seen (benchmarks measure from cold)."""
    _REWRITES.clear()
    for cached in (clause_of, noun_phrase_of, feeling_of, said_back):
        cached.cache_clear()


def rewrite_turn(weakness: str, text: str, said: Sequence[str]) -> str | None:
    """A better version of a weak turn, from what the employee has said so far (``said``, oldest
    first). ``weakness`` is why the turn is weak: ``judgment``, ``misreflection``, ``repeat``,
    ``formula``, ``parroted``, ``stuffed``, ``advice`` or ``closed``; anything else gets
    ``None``."""
    return rewrite_after(weakness, text, tuple(_last_said(said)))


def rewrite_after(weakness: str, text: str, recent: tuple[str, ...]) -> str | None:
    """:func:`rewrite_turn` given the employee's last (up to three) non-empty lines, most recent
    first, for callers that keep them as they go."""
    # A rewrite reads only the employee's last few lines (and the turn itself for a closed
    # question), so the same weakness after the same lines is worked out once.
    key = (weakness, text if weakness == "closed" else "", recent)
    if key in _REWRITES:
        return _REWRITES[key]
    out = _rewrite(weakness, text, recent)
    if len(_REWRITES) >= _REWRITES_MAX:
        _REWRITES.clear()
    _REWRITES[key] = out
    return out


@lru_cache(maxsize=4096)
def said_back(said: str) -> str | None:
    """A line giving back the employee's statement in ``said`` (see :func:`clause_of`), if it
    has one: worked out once per line, as every weak turn after it may offer it."""
    clause = clause_of(said)
    if not clause:
        return None
    # "What's that costing you?" after a stroke: no.
    if search(_SENSITIVE, _SENSITIVE_LOW, clause):
        return f"You said {clause}. That sounds really hard. How are you doing?"
    return f"You said {clause}. What's that costing you?"


def _rewrite(weakness: str, text: str, recent: tuple[str, ...]) -> str | None:
    """:func:`rewrite_turn` given the employee's last non-empty lines, most recent first."""
    said = recent[::-1]  # what reflect() reads: the same lines, oldest first
    if weakness == "judgment":
        return reflect(said)
    if weakness in ("misreflection", "repeat", "formula", "parroted", "stuffed"):
        for s in recent:
            out = said_back(s)
            if out:
                return out
        return reflect(said, "What's been hardest about that?")
    if weakness == "advice":
        for s in recent:
            np = noun_phrase_of(s)
            if np:
                return f"Before I suggest anything: what have you tried so far with {np}?"
        return GENERIC["advice"]
    if weakness == "closed":
        # The question's own topic, reopened; else what the employee just talked about.
        for np in (noun_phrase_of(text, theirs=False), *map(noun_phrase_of, recent[:1])):
            if np:
                return f"What's been happening with {np}, from where you sit?"
        return GENERIC["closed"]
    return None
