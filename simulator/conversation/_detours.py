"""Open questions that take their words somewhere else: to the machine, to their body, to the
manager's own story, to people in general, or to a side detail of their setting.

The employee's engine pays an open question that follows their words. One that follows them
to the machine ("what does the retry logic actually do?", blind set 34's eager apprentice) or
to a body scan ("With a hundred and forty tickets waiting, what's your body doing right now?",
blind set 35's somatic tour guide) hears nothing of what they said, however attuned it sounds:
a manager in a typed one-on-one cannot see their body, and asking where it sits is a stock
coaching move, not their story followed. Nor does one asked after the manager's own story
("When I was passed over for lead years ago I went quiet for weeks too. I remember ... How are
you holding up?", blind set 36's autobiographer): the turn is about the manager, and the
question at its end follows the manager's words, not theirs. One brief disclosure beside what
they said ("I remember that feeling; it sounds like the not-knowing is the worst of it") is
not such a turn: the story must outweigh them.
"""

from __future__ import annotations

import re

from simulator.moves._text import _sentences

# How their work works, asked for its own sake (blind set 34's eager apprentice: "what does the
# retry logic actually do?", "what's it written in?", "how does that even work practically?"):
# a question that follows their words to the machine, not to them. Not "how does that work for
# you?", "what does that do to your evenings?".
_MECHANICS = re.compile(
    r"\b(?:how(?:'s| does| do) (?:it|that|this|the [\w-]+(?: [\w-]+)?) (?:even |actually |really )?"
    r"work\b"
    r"(?! (?:for|out for|with) (?:you|your)\b)|what does (?:it|that|this|the [\w-]+(?: [\w-]+)?)"
    r" (?:actually |even |roughly )?do\b(?! (?:to|for) (?:you|your)\b)|what(?:'s| is) it written in"
    r"|what do the [\w-]+ (?:actually )?do\b|what(?:'s| is) it built on|which database"
    r"|what triggers (?:a|the|it)\b(?! most\b| you\b)|spec-wise|tech stack|what database"
    r"|(?:talk|walk) me through how (?:the|it|that) [\w -]{0,30}works"
    r"|walk me through (?:what|how) (?:that|it|this) (?:involves|works)\b(?! for you\b))"
)
# ... unless it is asked for their sake: "what triggers the page? I'll get it silenced so you
# can sleep", "how does the schedule work, could your sister take the nights?".
_FOR_THEM = re.compile(
    r"\b(?:so (?:that )?you(?:'re| can| could| are| aren't)?|for you\b|off (?:you|your plate)"
    r"|you can (?:sleep|rest|take|stop)|your (?:sleep|rest|evenings?|weekends?|nights?|vacation"
    r"|holiday|family|sister|brother|dad|mum|mom|partner|kids?|health|load))"
)


# A body part or sensation asked about in a question ("where's the most tension sitting?",
# "chest, stomach, a heaviness somewhere?"). Not "take a breath" before a question, nor "your
# body won't let you switch off" said back: only the question's own sentence counts.
_BODY = re.compile(
    r"\b(?:your body|in your (?:body|chest|stomach|gut|throat|shoulders|jaw|neck)|where (?:do|does)"
    r" (?:you|it) feel (?:it|that|this)|physically|chest|stomach|throat|shoulders|jaw|where(?:'s"
    r"| is) the (?:most )?tension|tension (?:sitting|sit)\b)"
)
_QUESTION = re.compile(r"[^.!?]*\?")
# Their words lifted to people or values in general (blind set 38's abstraction elevator: "How
# do you think organisations in general could honour invisible work?", "What does independence
# mean to you, as a value?", "what do you think anger is trying to protect?"), or to a side
# detail of their setting (its side-detail detective: "how's the wifi?", "what laptop are you
# on?", "which fraud provider are we using?"). Not "how are you feeling about it, in general?"
# nor "how is the return going for you, in general?", which ask about them.
_GENERAL = re.compile(
    r"\b(?:in general|people generally|in any field|as a value|as a feeling|in a career"
    r"|organi[sz]ations (?:in general|could)|what do you think \w+ (?:is|are) (?:for|trying)"
    r"|says about a person)\b"
)
_ABOUT_THEM = re.compile(
    r"\b(?:for you|you feeling|are you feeling|you doing|have you been|going for you)\b"
)
_SIDE_DETAIL = re.compile(
    r"\b(?:which (?:provider|brand|brands|model|laptop|pen|surgery|bus|route|deck|version|map"
    r"|fraud provider)|what (?:laptop|pen|brand|provider|deck|model|car|phone) (?:do|are|did"
    r"|were)|how's the wifi|go-to (?:order|coffee|drink|snack)|what do you usually go for"
    r"|who (?:originally )?wrote it|how old is (?:it|the \w+))\b"
)
# The manager's own past told as a story: "when I was", "I remember", "my old boss told me".
_STORY = re.compile(
    r"\b(?:when i (?:was|had|got)|i remember|i had an?|mine was|i was at|i spent|i felt|i went"
    r"|i once|i used to|happened to me|i've been (?:exactly )?(?:there|through)|my (?:first|old"
    r"|last) (?:job|boss|manager|team|company)|(?:my|our) (?:director|boss|manager|partner|vp"
    r"|cto|ceo) (?:told|said)|back when i|years ago,? i|i got passed|i was passed|i watched)\b"
)
_ME = re.compile(r"\b(?:i|my|me|mine|i'd|i've|i'm|i'll|myself)\b")
_YOU = re.compile(r"\b(?:you|your|you're|you've|you'd|you'll|yours|yourself)\b")


def _own_story(low: str) -> bool:
    """Whether the statements before a question tell the manager's own story and outweigh
    them: a story sentence, and at least five words of "I", twice as many as of "you" and two
    more (no blind set's skilled voice reached it; its me-too tricks did)."""
    told = " ".join(s for s in _sentences(low) if not s.rstrip().endswith("?"))
    if _STORY.search(told) is None:
        return False
    me, you = len(_ME.findall(told)), len(_YOU.findall(told))
    return me >= 5 and me >= 2 * you + 2


def detour(text: str) -> str | None:
    """Where an open question takes their words instead of following them ("how their work
    works", "their body", "your own story", "people in general", "a side detail"), or None."""
    low = text.lower().replace("\u2019", "'")
    if "?" not in low:
        return None
    if _MECHANICS.search(low) and not _FOR_THEM.search(low):
        return "how their work works"
    questions = _QUESTION.findall(low)
    if any(_BODY.search(q) for q in questions):
        return "their body"
    if _own_story(low):
        return "your own story"
    if any(_GENERAL.search(q) and not _ABOUT_THEM.search(q) for q in questions):
        return "people in general"
    if any(_SIDE_DETAIL.search(q) for q in questions):
        return "a side detail"
    return None
