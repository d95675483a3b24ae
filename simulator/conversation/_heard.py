"""What in a manager turn shows the employee they were heard, besides a reflection that earned:
kindness for what they said, and specific recognition of what they did. Both break a run of
questions (:mod:`._asking`); kindness for what they said also stands in for a reflection when a
layer asks for one (:mod:`.engine`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from simulator.conversation import _words
from simulator.conversation._allowances import _RECOGNITION_HEARD
from simulator.moves._asides import PLEDGE
from simulator.moves._lexicon.sympathy import PACING
from simulator.moves.vocabulary import Move

if TYPE_CHECKING:
    from simulator.conversation._turn import TurnScore

# Asking for time or room: struggling to find the words ("give me a minute", "let me say this
# carefully", "I'm not sure how to put it") or declining for now ("Not going there. Not today.",
# "Not sure I'm having it yet"), which room given respects.
_ASKS_FOR_ROOM = re.compile(
    r"\b(?:give me a (?:minute|moment|sec|second)|let me (?:say|put|think|find)|carefully"
    r"|not sure how to (?:say|put)|(?:don't|do not) know (?:how to (?:say|put)|where to start)"
    r"|hard to (?:say|explain|put into words)|bear with me|rehears"
    r"|not going there|not today|another time|not sure i'm (?:having|ready|going)"
    r"|not ready to (?:talk|say|go|get)|rather not (?:say|talk|get|go)"
    r"|(?:don't|do not) want to (?:talk|get into|go into) (?:it|that|this)"
    r"|not having (?:it|this|that)\b(?! done))"
)


# Words about the conversation itself: "it sounds like a hard stretch, and I'm glad we talked"
# shares "talked" with their "I've not talked to anyone", and is kind about nothing they said.
_TALK_WORDS = (
    "talk talked talking talks chat chatted chatting conversation conversations say saying said"
    " tell telling told open"
)
_TALK = frozenset(_TALK_WORDS.split())


# Leave to speak ("you're allowed to be honest"): room given, like pacing, with nothing of
# theirs heard in it; leave to feel ("you're allowed to be upset") is validation.
_LEAVE_TO_SPEAK = re.compile(
    r"\byou(?:'re| are) (?:allowed|permitted) to (?:be honest|say|tell|speak|talk|ask|disagree"
    r"|push back|answer|be blunt|be frank)\b"
)


def asks_for_room(said: str) -> bool:
    """Whether their line asks for time or declines for now ("Give me a minute.", "Not
    today.")."""
    return bool(_ASKS_FOR_ROOM.search(said.lower().replace("’", "'")))


def gives_room(cue: str, text: str) -> bool:
    """Whether a turn's sympathy (``cue``) only gives them room: time to answer ("'no rush'",
    "'take your time'") or leave to speak ("you're allowed to be honest", read in ``text``),
    kind and about nothing they said. Leave to feel ("you're allowed to be upset") validates."""
    low = cue.lower()
    if PACING.search(low) or PLEDGE.search(low):
        # A pledge of safety ("it stays between us") is room too (blind set 28's safe harbour).
        return True
    return "allowed" in low and _LEAVE_TO_SPEAK.search(text.lower()) is not None


def concrete_kindness(t: TurnScore, moves: set[Move]) -> bool:
    """Whether the turn's sympathy or kindness hears something: it is for what they said, in
    words of the manager's own ("no wonder you're drained, with your dad in the ICU"), or a
    concrete permission ("go home, be with your dad"). A formula for nothing in particular
    ("that sounds hard", "I'm here for you") and pacing ("no rush", "take your time") are kind,
    and hear nothing back: they neither stand in for a reflection nor break a run of questions,
    however much of theirs the question beside them holds."""
    if Move.SYMPATHY not in moves and not t.kind:
        return False
    if gives_room(t.a.cues.get(Move.SYMPATHY, ""), t.text):
        # Room given when they asked for it ("Give me a minute." -- "Take your time.", "Not
        # today." -- "I won't push.") answers them; before a stock question, turn after turn,
        # it is a formula.
        return asks_for_room(t.last_said)
    about_theirs = _words.real_grounding(w for w in t.a.grounding if w not in _TALK)
    return (about_theirs and t.a.adds_own) or (t.kind and not _words.is_bare_kindness(t.text))


def specific_praise(t: TurnScore, moves: set[Move]) -> bool:
    """Whether the turn's praise is specific recognition that still earns: new wording, not
    flattery, not stock, and about something of theirs."""
    s, a = t.e.state, t.a
    return (
        Move.RECOGNITION in moves
        and a.cues.get(Move.RECOGNITION, "") not in s.praised
        and s.recognised < _RECOGNITION_HEARD
        and not a.stock_praise
        and (t.grounded or len(t.content & t.e.context) >= 2)
    )
