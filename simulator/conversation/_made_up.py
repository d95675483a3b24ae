"""What a reflection makes up at work: a place, a person or an event they never mentioned, and a
cheerful feeling they never expressed ("you're excited", :func:`wrong_feeling`).

The assessment already reports a made-up life outside work ("your sister's wedding"). At work
a reflection can make things up the same way, built around one word of theirs so that it
looks grounded: "so the retry logic is really about the offsite in Lisbon being cancelled",
"you feel the product manager prefers the Berlin office". A manager can know a name only from
what they said, the situation both know, or (for an empathic guess that lands) their story;
naming one from none of these makes it up, and the employee corrects it ("Lisbon? No.").

Only two kinds of name are checked, because only they are facts a reflection cannot infer:
proper nouns (a capitalised word inside a sentence) and the roles and events of working life
that are not every job's (an intern, the CTO, an offsite, a visa). Feelings, the team, the
workload and the deadline are every job's, and reflecting them is an inference.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from simulator.conversation._words import content_stems, stem, stems
from simulator.moves._misreflection import proper_names, sentences_about_them

_WORD = re.compile(r"[a-z]+(?:-[a-z]+)?")
# Roles and events of working life that not every job has, so that naming one makes a claim.
_WORK_NAME_WORDS = (
    "intern interns cto ceo cfo coo designer designers recruiter recruiters contractor"
    " contractors vendor vendors consultant consultants auditor auditors headhunter offsite"
    " all-hands kickoff kick-off conference visa lawsuit tribunal"
)
_WORK_NAMES = frozenset(_WORK_NAME_WORDS.split())


def made_up_name(text: str, known: frozenset[str]) -> str | None:
    """The first place, person or work event named in a sentence of the turn, other than one
    about the speaker ("I was in Leeds"), whose stem is not in ``known`` (what they said, the
    shared situation and their story), as written; else None."""
    for name in proper_names(text):
        if not _known(name.lower(), known):
            return name
    for sentence in sentences_about_them(text):
        for m in _WORD.finditer(sentence.lower()):
            if m.group() in _WORK_NAMES and not _known(m.group(), known):
                return sentence[m.start() : m.end()]  # as written: "CTO", not "cto"
    return None


def _known(word: str, known: frozenset[str]) -> bool:
    """Whether a word, or every content part of a hyphenated one ("all-hands"), is among
    ``known``."""
    if stem(word) in known:
        return True
    parts = content_stems(word.replace("-", " ")) if "-" in word else frozenset()
    return bool(parts) and parts <= known


_POSITIVE = re.compile(
    r"\byou(?:'re| are| feel| seem| sound| must be)? (?:so |really |pretty |quite |very )?"
    r"(excited|thrilled|happy|delighted|relaxed|relieved|calm|fine|great|good|pleased|proud"
    r"|energi[sz]ed|motivated|enjoying (?:it|this)|loving (?:it|this)|on top of (?:it|things))\b"
    # "You're good at this", "you're great with clients": praise of them, not a mood.
    r"(?! at\b| with\b| to\b)"
)


def wrong_feeling(text: str, history: Sequence[tuple[str, str]]) -> str | None:
    """A cheerful feeling attributed to someone who never expressed it ("you're excited"),
    as they would repeat it back ("Excited"), else ``None``."""
    m = _POSITIVE.search(text.lower().replace("’", "'"))
    if m is None:
        return None
    word = m.group(1)
    if word in ("good", "great") and not re.match(r"you (?:feel|seem|sound|must be)", m.group(0)):
        return None  # "I think you're really good": praise of them, not a mood pinned on them
    said = " ".join(t for sp, t in history if sp == "employee").lower()
    if stem(word.split()[0]) in stems(said):
        return None
    return word[0].upper() + word[1:]
