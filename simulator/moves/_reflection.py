"""How much a sentence reads as a reflection: the points system behind :func:`detect`."""

from __future__ import annotations

import re

from simulator.moves._lexicon.forms import (
    _AFFIRM_FIRST,
    _AFFIRM_ONLY,
    _AUTONOMY,
    _CONSEQUENCE,
    _COURTESY,
    _DIRECTIVE,
    _DIRECTIVE_FIRST,
    _DIRECTIVE_START,
    _EMPATHY,
    _ENCOURAGE,
    _ENCOURAGE_FIRST,
    _FEELING,
    _FIRST_PERSON,
    _INFORMATION,
    _INFORMATION_PHRASE,
    _NEGATION,
    _PERSISTS,
    _REFLECT_STEM,
    _STOPWORDS,
    _YOU,
    _YOU_ACTED_ON,
    _YOU_ANY,
    _YOU_MODAL,
    _YOU_SUBJECT,
    _YOU_SUBJECT_FIRST,
)
from simulator.moves._text import _TOKEN, _normalise, _words

# --------------------------------------------------------------------------------------------
# Reflections
# --------------------------------------------------------------------------------------------
# A reflection restates what the other person said or feels. Stems such as "it sounds like"
# decide at once; otherwise each statement sentence collects points (see _reflection) and is a
# reflection at _REFLECT_AT points. The cue shown is the strongest piece of evidence.

_REFLECT_AT = 1
_ENCOURAGE_OPENINGS = frozenset(("good", "well", "nice", "fair"))
# A turn that also asks a real question, or runs to many sentences, needs one more point: its
# statements are then mostly the question's preface, or information and structuring.
_BUSY_TURN_EXTRA = 1
_MANY_SENTENCES = 4
# A turn that advises or judges is the speaker's agenda: only a reflective stem counts there.
_ADVISING_TURN_EXTRA = 2
_STEM_POINTS = 100
_NO_REFLECTION = (-100, "")
# Points for the evidence in one sentence (see _reflection):
# Leave given to what they asked ("Can I be honest?" -- "Of course you can.").
_GRANTED = re.compile(
    r"(?:(?:of )?course|sure|yes|absolutely|definitely|totally|please)[,!]? you (?:can|may|could"
    r"|do|should)(?: (?:say|be|tell me|ask)(?: \w+)?)?\W*$"
)
# A scene to picture: "Imagine it's the end of the quarter", "Picture next week going better",
# "Think of the best closer you've worked with" (not "I imagine you're tired", a stem).
_HYPOTHETICAL_FIRST = frozenset(("imagine", "picture", "suppose", "pretend", "let's", "think"))
_HYPOTHETICAL = re.compile(
    r"(?:imagine|picture|suppose|pretend|let's say|let's imagine|let's pretend|think (?:of|about)"
    r" (?:a|an|the|someone|somebody|your (?:best|favourite|favorite)))\b"
)
# "Yes, the number." / "Yes, it's about the dashboard.": their guess at the subject confirmed,
# an answer rather than a restatement of anything they said about it.
_CONFIRMED = re.compile(
    r"(?:yes|yeah|yep|yup|correct|exactly)[,.!]? (?:(?:it's|it is|this is|that's|we're doing)"
    r" )?(?:about )?(?:the|your|this|that|it|this one) ?[\w'-]*(?: [\w'-]+)?\W*$"
)
_P_YOU_SUBJECT = 2  # opens with "you're / you've / your ...": a statement about the listener
_P_YOU_MODAL = 0  # ... but "you could / you'll / you're going to": a plan or hypothesis
_P_YOU_ELSEWHERE = 1  # "you" later in the sentence
_P_SO = 1  # "so ..." announces a summary of what was said
_P_FEELING = 1  # a feeling or stance word ("stressed", "worried", "want")
_P_EMPATHY = 2  # naming the experience: "that sounds exhausting", "it's been hard"
_P_NEGATION = 1  # "you're not sure", "it doesn't work for you": restating doubt
_P_SHARED_ONE = 1  # one content word taken from the employee's last turn
_P_SHARED_MANY = 2  # two or more
_P_FIRST_PERSON = -1  # "I" / "we" in the sentence: the speaker's own view or agenda
_P_FIRST_PERSON_START = -2  # ... as its subject
_P_AGENDA = -2  # directives ("you need to"), information ("research shows"), courtesies
_P_SHORT = -2  # under three words and nothing restated: "Got it."
_P_LONG = -1  # over 25 words: mostly information or structuring
_P_SAID_AS_QUESTION = -1  # "You're worried?" is partly a question
_P_CONDITION = -1  # "If you...", "When you...": a hypothesis, not a restatement
_P_CONSEQUENCE = -1  # "that could cause...", "the risk is...": information about consequences
_P_PERSISTS = -1  # "you're still...", "you keep...": confronting a behaviour
_P_CATALOGUE = -3  # "four, grand; five, busy": their words listed, nothing said about them


_SUFFIX = re.compile(r"(?:ing|ed|es|(?<!s)s|ly|ness)$")
_STEMS: dict[str, str] = {}  # word -> stem ("" for words that carry no content); a cache


def _stem(word: str) -> str:
    """A rough stem: common suffixes cut, first 6 letters kept; "" for non-content words."""
    if len(word) < 3 or not word[0].isalpha():
        stem = ""
    else:
        stem = _SUFFIX.sub("", word)[:6] if len(word) > 4 else word
    if len(_STEMS) < 100_000 and len(word) < 40:  # bounded cache of ordinary words
        _STEMS[word] = stem
    return stem


def _content_stems(words: set[str]) -> dict[str, str]:
    """Stem -> word for the content words (stopwords, numbers, short words dropped).

    Where two words share a stem the alphabetically first is kept, so cues are stable.
    """
    content = sorted(words - _STOPWORDS, reverse=True)
    stems = list(map(_STEMS.get, content))  # C-level lookups in the cache
    if None in stems:
        stems = [_stem(w) if s is None else s for w, s in zip(content, stems, strict=True)]
    out = dict(zip(stems, content, strict=True))
    out.pop("", None)
    return out  # type: ignore[return-value]  # no None stems are left


# "You're fine" to someone who just apologised puts them at ease; it restates nothing. ("You're
# good at this" praises, and "you're fine" out of the blue still reads as a reflection.)
_ALL_RIGHT_FIRST = frozenset(("you're", "you", "no", "oh", "honestly", "nah"))
_ALL_RIGHT = re.compile(
    r"(?:(?:no|oh|honestly|nah),? (?:no,? )?)?you(?:'re| are)"
    r"(?: (?:totally|absolutely|completely|honestly|all|really))?"
    r" (?:fine|ok|okay|alright|all right|good)\b(?! (?:at|with|for|to)\b)"
)
_APOLOGY = re.compile(r"\b(?:sorry|apologi[sz]e|apologies|my bad|am i late)\b")


def _apologised(prev: _Prev) -> bool:
    line = prev.line()
    return line is not None and _APOLOGY.search(_normalise(line)) is not None


class _Prev:
    """The employee's previous utterance; its content words are only worked out if needed."""

    __slots__ = ("_stems", "_text")

    def __init__(self, text: str | None) -> None:
        self._text = text
        self._stems: dict[str, str] | None = None

    def line(self) -> str | None:
        """The line itself."""
        return self._text

    def stems(self) -> dict[str, str]:
        """Content stem -> the word the employee used."""
        if self._stems is None:
            text = self._text
            self._stems = _content_stems(set(_TOKEN.findall(_normalise(text)))) if text else {}
        return self._stems


_LIST_SPLIT = re.compile(r"[,;:]| and ")
_CLAUSE_WORD = _words(
    "you you're you've you'd you'll i i'm i've we we're they they're he she it's that's is are"
    " was were has have had feel feels felt"
)


def _catalogue(body: str) -> bool:
    """Whether a sentence only lists things, four or more short items with no clause among them
    ("so: brisk, the tickets, another time, grand, busy"): a ledger of their words, which says
    nothing about them. A summary that says something ("you've got the queue, the rota and no
    weekends") has a clause."""
    if body.count(",") + body.count(";") + body.count(":") < 3:
        return False
    items = [x.split() for x in _LIST_SPLIT.split(body)]
    items = [x for x in items if x]
    return (
        len(items) >= 4
        and all(len(x) <= 5 for x in items)
        and not any(w in _CLAUSE_WORD for x in items for w in x)
    )


def _reflection(
    sentence: str,
    body: str,
    first: str,
    words: set[str],
    so: bool,
    declarative_q: bool,
    prev: _Prev,
) -> tuple[int, str]:
    """How much a sentence reads as a reflection: (points, cue); a stem scores _STEM_POINTS.

    ``body`` is the sentence without its opening fillers, ``first`` its first word and ``words``
    its word tokens; ``so`` says whether the fillers held a "so"; ``declarative_q`` marks a
    statement said as a question ("You're worried about it?"); ``prev`` is the employee's last
    turn.
    """
    # A sentence that judges never gets here: detect() takes it as judgment first.
    m = None if _REFLECT_STEM.isdisjoint(words) else _REFLECT_STEM.search(sentence, words)
    if m:
        if not _DIRECTIVE.isdisjoint(words) and _DIRECTIVE.search(sentence, words):
            return _NO_REFLECTION  # "it seems like you have to...": a directive behind a stem
        return _STEM_POINTS, f"'{m.group(0)}'"
    if (
        (
            (first in _AFFIRM_FIRST and _AFFIRM_ONLY.match(body))
            # The sentence too: "good" and "well" are fillers, so "good for you" has body "for you".
            or (first in _ENCOURAGE_FIRST and _ENCOURAGE.match(body))
            or (sentence[:4] in _ENCOURAGE_OPENINGS and _ENCOURAGE.match(sentence))
        )
        or (len(words) > 2 and _STOPWORDS.isdisjoint(words))
    ):
        return _NO_REFLECTION  # a bare affirmation, or not English (no common English word)
    courtesy = None if _COURTESY.isdisjoint(words) else _COURTESY.search(body, words)
    if courtesy and courtesy.start() == 0:
        return _NO_REFLECTION
    if not _AUTONOMY.isdisjoint(words) and _AUTONOMY.search(body, words):
        return _NO_REFLECTION  # "it's your call": autonomy, not a restatement
    if first in _ALL_RIGHT_FIRST and _ALL_RIGHT.match(body) and _apologised(prev):
        return _NO_REFLECTION  # "Sorry, am I late?" "No, you're fine": a courtesy
    if _GRANTED.match(body):
        return _NO_REFLECTION  # "Can I say a real thing?" "Of course you can.": leave given
    if first in _HYPOTHETICAL_FIRST and _HYPOTHETICAL.match(body):
        # "Imagine you've smashed your number": a scene they are asked to picture, with their
        # word in it, restates nothing they said.
        return _NO_REFLECTION
    if sentence[:1] in "yrce" and _CONFIRMED.match(sentence):
        return _NO_REFLECTION  # "Is it the number?" "Yes, the number.": an answer, confirmed
    score = 0
    cue = ""
    if not _YOU.isdisjoint(words):
        you = _YOU_SUBJECT.match(body) if first in _YOU_SUBJECT_FIRST else None
        if you:
            score += _P_YOU_MODAL if _YOU_MODAL.match(body) else _P_YOU_SUBJECT
            cue = f"'{you.group(0).strip()} ...' statement"
        elif _YOU_ACTED_ON.isdisjoint(words) or _YOU_ANY.search(body):
            score += _P_YOU_ELSEWHERE
            cue = "about 'you'"
        if not _DIRECTIVE.isdisjoint(words) and _DIRECTIVE.search(body, words):
            score += _P_AGENDA
    if not _FIRST_PERSON.isdisjoint(words):
        score += _P_FIRST_PERSON_START if first in _FIRST_PERSON else _P_FIRST_PERSON
    if so:
        score += _P_SO
        cue = cue or "'so ...' summary"
    feeling = _FEELING.intersection(words)
    if feeling:
        m = _EMPATHY.search(body)
        if m:
            score += _P_EMPATHY
            cue = f"names the feeling '{m.group(0)}'"
        else:
            score += _P_FEELING
            cue = cue or f"feeling word '{min(feeling)}'"
    if cue and (not _NEGATION.isdisjoint(words) or "n't" in body):
        score += _P_NEGATION
    shared_any = False
    # Shared words can add at most _P_SHARED_MANY: skip the work when it cannot matter.
    prev_stems = prev.stems() if score + _P_SHARED_MANY >= _REFLECT_AT else {}
    if prev_stems:
        shared = _content_stems(words).keys() & prev_stems.keys()
        if shared:
            shared_any = True
            score += _P_SHARED_MANY if len(shared) > 1 else _P_SHARED_ONE
            stem = max(shared, key=lambda s: (len(s), s))
            cue = f"restates '{prev_stems[stem]}'"
    if (
        courtesy
        or (first in _DIRECTIVE_FIRST and _DIRECTIVE_START.match(body))
        or not _INFORMATION.isdisjoint(words)
        or (not _INFORMATION_PHRASE.isdisjoint(words) and _INFORMATION_PHRASE.search(body, words))
    ):
        score += _P_AGENDA
    if not _CONSEQUENCE.isdisjoint(words):
        score += _P_CONSEQUENCE
    if not _PERSISTS.isdisjoint(words):
        score += _P_PERSISTS
    n_words = len(words)
    if n_words < 3 and not shared_any:
        score += _P_SHORT
    elif n_words > 25:
        score += _P_LONG
    if shared_any and _catalogue(body):
        score += _P_CATALOGUE
    if declarative_q:
        score += _P_SAID_AS_QUESTION
    if body.startswith(("if ", "when ")):
        score += _P_CONDITION
    return score, cue
