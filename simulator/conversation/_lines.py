"""Persona-neutral lines, used when a persona has not authored a pool of its own.

Each pool fits one mood only, so a fallback never contradicts the state: a guarded turn never
borrows a warm line, a warm one never borrows a cold one. Neutral acknowledgements fit any
mood, so a long session never runs dry.
"""

from __future__ import annotations

NEUTRAL: tuple[str, ...] = (
    "Okay.",
    "Right.",
    "Mm.",
    "Yeah.",
    "Sure.",
    "I hear you.",
    "Okay. Yeah.",
    "Fair enough.",
    "Go on.",
    "Mm-hm.",
    "I guess.",
    "Right. Okay.",
)
KINDNESS: tuple[str, ...] = (
    "Thanks. That... actually helps.",
    "Thank you. I mean that.",
    "Okay. Thanks for saying that.",
)
APOLOGY: tuple[str, ...] = (
    "Okay. Thanks for owning that.",
    "I appreciate you saying that.",
    "Okay. That helps, actually.",
)
CORRECTION: tuple[str, ...] = (
    "{wrong}? No. That's not it.",
    "{wrong}? Where did that come from?",
    "{wrong}? No. That's not what I said.",
)
REPEAT: tuple[str, ...] = (
    "You keep asking me that.",
    "You said that already.",
    "We've been over this.",
)
DEFLECTING: tuple[str, ...] = (
    "I'd rather not get into that yet.",
    "Maybe another time.",
    "Not right now, if that's okay.",
)
AFTER_COMMIT: tuple[str, ...] = (
    "Thanks. Really. I'll see you then.",
    "Okay. Thanks for this.",
)
CLOSING: tuple[str, ...] = ("I should go. Let's pick this up later.",)
COMMITTING: tuple[str, ...] = ("Okay. Let's do that.",)
