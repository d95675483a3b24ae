"""The vocabulary of coaching: words a turn can be stuffed with instead of listening.

A manager who has learned what a good one-on-one sounds like, but not how to listen, packs
each turn with its words: "I appreciate you, I want to support your wellbeing, understand your
obstacles and agree a next step with the resources you need to succeed." Any one of these
words is fine, and skilled managers use one, rarely two, in a turn (none of the 508 turns of
the six blind-written skilled voices we measured used three); three or more different ones in
a turn are a script being recited, and the employee hears the script, not the person. Words
every speaker uses ("help", "thanks", "hear", "understand", "honest", "next") are left out, so
"Thanks for telling me. What support would help, and what's a realistic next step?" is not
stuffed; the stock phrases of listening made from them ("I hear you", "I'm here for you",
"whatever you need", "I'm on your side", "your work matters") count, one family each (blind
set 31's stuffing reached three families only with them; no skilled turn of 31 blind sets
did). The engine and the scorer both read :attr:`simulator.moves.Assessment.stuffed`, defined from
:func:`coaching_words`.
"""

from __future__ import annotations

import re

__all__ = ["STUFFED_AT", "coaching_words"]

STUFFED_AT = 3
"""Different coaching words in one turn that make it a stuffed turn."""

# Each word maps to its family, so "support" and "supporting" count once. The families are the
# rubric's own vocabulary (listening, questions, recognition, safety, resources, next step)
# and the phrases of management training around it.
_FAMILIES = {
    "appreciate": "appreciate appreciated appreciation appreciative",
    "value": "value valued",
    "recognise": "recognise recognised recognize recognized recognition",
    "support": "support supporting supported supportive",
    "resources": "resource resources resourcing eap mentor mentoring coaching",
    "success": "succeed success successful",
    "wellbeing": "wellbeing well-being wellness",
    "obstacles": "obstacle obstacles barrier barriers blocker blockers",
    "challenges": "challenge challenges",
    "step": "step steps",
    "curious": "curious curiosity",
    "listening": "listening listen",
    "perspective": "perspective perspectives",
    "growth": "growth grow",
    "ownership": "ownership",
    "safe": "safe safety",
    "judgment": "judgment judgement judgmental non-judgmental judgment-free judgement-free",
    "empower": "empower empowered empowering",
    "journey": "journey",
    "priorities": "priorities prioritise prioritize",
    "aligned": "align aligned alignment",
    "outcome": "outcome outcomes",
}
_FAMILY_OF = {word: family for family, words in _FAMILIES.items() for word in words.split()}
_WORD = re.compile(r"[a-z][a-z'-]*")
# Stock phrases, one family each (a group's name): "hear" alone is every speaker's word.
_PHRASES = re.compile(
    r"\b(?:(?P<hear>i(?:'ve| have)? (?:really |totally |completely )?(?:hear|heard) you"
    r"|i (?:totally |completely )?get it|i understand where you're coming from)"
    r"|(?P<here>(?:i'm|i am) (?:right |fully |always |just )?here for you"
    r"|(?:i'm|i am) (?:right|fully|always) here|here for you)"
    r"|(?P<whatever>(?:whatever|anything at all) you need)"
    r"|(?P<side>(?:i'm|i am|we're|we are) (?:\w+ )?on your side|(?:i've|i have|i) got your back"
    r"|in your corner)"
    r"|(?P<matters>you matter|your (?:work|wellbeing|voice|feelings|contribution)s? (?:matters?"
    r"|counts?))"
    # Claims of attention and of a safe room, without the family words (blind set 37's
    # stuffing: "I'm paying full attention", "I'm taking in everything you say", "this room is
    # confidential", "everything stays between us", "nothing you say here will be judged").
    r"|(?P<attention>(?:i'm|i am) (?:\w+ )?(?:paying (?:full |close |real )?attention|all ears"
    r"|taking (?:in )?(?:everything|it all|all of it)(?: in)?))"
    r"|(?P<room>(?:this|the) (?:room|conversation|space|chat) is (?:confidential|private)"
    r"|(?:stays|stay|remains) between us|(?:won't|will not|will never) be judged|nothing you say"
    r" (?:here )?(?:will be|gets|is) judged|safe to say anything|confidential))\b"
)
_PHRASE_WORDS = ("you", "here", "i'm", "i am", " us", "confidential")
# A phrase group counts as the family its words would: a safe room is "safe".
_GROUP_FAMILY = {"room": "safe"}
_SEEN: dict[str, int] = {}
_SEEN_MAX = 20_000


def coaching_words(text: str) -> int:
    """How many different coaching-word families the turn holds ("support" and "supporting"
    are one). Remembered by text: the scorer and the engine both ask of every turn."""
    n = _SEEN.get(text)
    if n is None:
        low = text.lower()
        families = {f for w in _WORD.findall(low) if (f := _FAMILY_OF.get(w))}
        # (Every phrase says "you", "here", "i'm", "i am", "us" or "confidential": most lines
        # skip the search.)
        if any(w in low for w in _PHRASE_WORDS):
            families.update(
                _GROUP_FAMILY.get(m.lastgroup, m.lastgroup)
                for m in _PHRASES.finditer(low)
                if m.lastgroup
            )
        n = len(families)
        if len(_SEEN) >= _SEEN_MAX:
            _SEEN.clear()
        _SEEN[text] = n
    return n
