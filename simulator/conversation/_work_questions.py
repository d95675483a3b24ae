"""Questions about how their work works, asked for its own sake.

The employee's engine pays an open question that follows their words; one that follows them
to the machine ("what does the retry logic actually do?") hears nothing of them, however
curious it sounds (blind set 34's eager apprentice).
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


def asks_mechanics(text: str) -> bool:
    """A question about how their work works, for its own sake (see ``_MECHANICS``)."""
    low = text.lower().replace("’", "'")
    return "?" in low and bool(_MECHANICS.search(low)) and not _FOR_THEM.search(low)
