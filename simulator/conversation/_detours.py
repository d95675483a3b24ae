"""Open questions that take their words somewhere else: to the machine, or to their body.

The employee's engine pays an open question that follows their words. One that follows them
to the machine ("what does the retry logic actually do?", blind set 34's eager apprentice) or
to a body scan ("With a hundred and forty tickets waiting, what's your body doing right now?",
blind set 35's somatic tour guide) hears nothing of what they said, however attuned it sounds:
a manager in a typed one-on-one cannot see their body, and asking where it sits is a stock
coaching move, not their story followed.
"""

from __future__ import annotations

import re

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


def detour(text: str) -> str | None:
    """Where an open question takes their words instead of following them ("how their work
    works", "their body"), or None."""
    low = text.lower().replace("\u2019", "'")
    if "?" not in low:
        return None
    if _MECHANICS.search(low) and not _FOR_THEM.search(low):
        return "how their work works"
    if any(_BODY.search(q) for q in _QUESTION.findall(low)):
        return "their body"
    return None
