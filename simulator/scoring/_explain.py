"""Plain-words explanations of a criterion's score, built from the turns it cites.

Each sentence counts the same turns the evidence is drawn from, so an explanation can never
say "no reflection" beside a quoted reflection; it names behaviours in plain words (never a
feature formula) and ends on the rubric's anchor for the level actually reached.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from functools import lru_cache

from simulator.moves.vocabulary import WEAK_MOVES
from simulator.scoring._credit import Tally

DID: dict[str, str] = {
    "reflection": "reflected back what they said",
    "open_question": "asked an open question",
    "closed_question": "asked a yes/no question",
    "recognition": "recognised their effort or strengths",
    "sympathy": "showed sympathy",
    "resource_check": "asked what they need",
    "next_step": "worked towards a next step",
    "judgment": "judged, blamed or dismissed them",
    "advice": "gave advice",
    "information": "gave information",
    "other": "made no listening move",
    "misreflection": "reflected something they never said, or turned round who did what",
    "repeat": "repeated an earlier line",
    "formula": "used a listening formula with nothing of theirs behind it",
    "pledge": "took on support they said they need",
    "declined": "proposed a next step they turned down",
}
"""What a turn holding each move or signal did, as the end of "you ...": plain words."""

NONE_DID: dict[str, str] = {
    "reflection": "No turn reflected back what they said.",
    "open_question": "No open question.",
    "closed_question": "No yes/no questions.",
    "recognition": "No recognition of their effort or strengths.",
    "sympathy": "No sympathy shown.",
    "resource_check": "You never asked what they need.",
    "next_step": "No next step.",
    "judgment": "No judgment, blame or dismissal.",
    "advice": "No advice given.",
    "information": "No information given.",
    "misreflection": "No reflection of things they never said.",
    "repeat": "No repeated lines.",
    "formula": "No empty listening formulas.",
    "pledge": "You took on none of the support they said they need.",
    "declined": "",
    "other": "",
}

SHORT = 70


def short(quote: str) -> str:
    """A quote cut to a readable length at a word boundary."""
    if len(quote) <= SHORT:
        return quote
    return quote[: SHORT - 1].rsplit(" ", 1)[0] + "…"


def _turns(k: int) -> str:
    return "1 turn" if k == 1 else f"{k} turns"


def rewarded_sentence(name: str, t: Tally, quote: str | None, grounded_matters: bool) -> str:
    """What the manager did of a rewarded move ``name``, counted as the evidence is."""
    earned, raw, n = t.earned[name], t.raw[name], t.turns
    if raw == 0:
        return NONE_DID[name]
    stock = t.stock.get(name, 0)
    empty = raw - earned - stock
    if earned == 0:
        return (
            f"You {DID[name]} in {_turns(raw)}, but only as repeats, formulas or stock "
            "questions with nothing of theirs behind them, which earn nothing."
        )
    s = f"You {DID[name]} in {earned} of {n} turns"
    g = t.grounded[name]
    if grounded_matters:
        s += ", none in their own words" if g == 0 else f", {g} in their own words"
    if quote:
        s += f' ("{short(quote)}")'
    if empty:
        s += f"; {empty} more only repeated a line or a formula"
    if stock:
        s += (
            f"; {stock} more came as one stock question after another, with nothing they said "
            "in them"
        )
    declined = t.raw["declined"] if name == "next_step" else 0
    if declined:
        s += f"; they turned down {'one' if declined == 1 else declined}, so not agreed together"
    return s + "."


def cost_sentence(name: str, t: Tally, quote: str | None) -> str:
    """What the manager did of a costly move or signal ``name``."""
    raw = t.raw[name]
    if raw == 0:
        return NONE_DID[name]
    s = f"You {DID[name]} in {_turns(raw)}"
    if quote:
        s += f' ("{short(quote)}")'
    return s + "."


def explain(
    anchor: str,
    level: int,
    rewarded: list[str],
    costly: list[str],
    t: Tally,
    quotes: Mapping[str, str],
    talk_share: float | None,
    costs_first: bool = False,
) -> str:
    """The rationale: the anchor reached, then a sentence per behaviour the rule looks at.

    ``rewarded`` and ``costly`` name the moves/signals the rule rewards and penalises, most
    important first; ``quotes`` holds the first cited quote for each; ``talk_share`` is the
    manager's share of the words when the rule weighs it. ``costs_first`` is for criteria
    earned mostly by avoiding things (a judgment-free space): what cost comes first, and the
    rewarded behaviours are named only when they happened.
    """
    parts = [f'Level {level}: "{anchor}"']
    gains: list[str] = []
    for i, name in enumerate(rewarded):
        if (i or costs_first) and t.raw[name] == 0:
            continue  # "none" is said for the main behaviour only
        gains.append(rewarded_sentence(name, t, quotes.get(name), name != "open_question"))
    if not costs_first:
        parts += gains
    said_none = False
    for name in costly:
        if t.raw[name] == 0:
            # One "no ..." is enough to say the conversation avoided the costly moves.
            if not said_none and name in WEAK_MOVES:
                parts.append(NONE_DID[name])
                said_none = True
            continue
        parts.append(cost_sentence(name, t, quotes.get(name)))
    if costs_first:
        parts += gains
    if talk_share is not None and talk_share >= 0.6:
        parts.append(f"You spoke {talk_share:.0%} of the words.")
    return " ".join(p for p in parts if p)


# Anchor wordings that deny a behaviour: a level whose anchor says "no reflection" is not the
# level of a conversation that reflected, and "non-judgmental throughout" is not the level of
# one that judged. Rubric authors write such absolutes; the scorer honours them.
_DENIES: dict[str, re.Pattern[str]] = {
    name: re.compile(pattern, re.IGNORECASE)
    for name, pattern in {
        "reflection": r"\bno (?:reflection|sign of having heard)",
        "open_question": r"\bonly closed\b|\bno open question",
        "recognition": r"\bno recognition\b",
        "sympathy": r"\bno sympathy\b",
        "resource_check": r"\bnever asks\b|\bno support offered or asked",
        "next_step": r"\bno next step\b",
        "judgment": r"\bnon-?judgmental throughout|\bno (?:blame|judgment)",
    }.items()
}


_REPEATEDLY = re.compile(r"\b(?:repeatedly|again and again)\b", re.IGNORECASE)

# Anchor wordings that require something shown: "regularly reflects content and feeling" is not
# the level of a conversation that never named a feeling of theirs, however often it said their
# words back; nor is any level above it.
_REQUIRES: dict[str, re.Pattern[str]] = {
    "feeling": re.compile(r"\breflects\b[^.;:]*\bfeelings?\b", re.IGNORECASE),
    # "A concrete next step agreed together" is not the level of a meeting whose last plan
    # they turned down ("A plan for what, though?"), however concrete its wording.
    "agreed": re.compile(r"\bagreed\b", re.IGNORECASE),
    # Recognition is specific when it is tied to what they told; praise around their nouns turn
    # after turn, with not one reflection or word of sympathy that earned, heard nothing to tie
    # it to.
    "heard": re.compile(r"^specific recognition\b", re.IGNORECASE),
}


def ceiling(anchors: Mapping[int, str], shown: Collection[str]) -> int:
    """The highest level reachable without what an anchor requires (5 if nothing is missing):
    one below the lowest anchor that requires something not ``shown``."""
    for level in sorted(anchors):
        if level > 1 and any(name not in shown for name in _requires(anchors[level])):
            return level - 1
    return max(anchors)


@lru_cache(maxsize=256)
def _requires(anchor: str) -> tuple[str, ...]:
    """What an anchor requires (see :data:`_REQUIRES`); anchors recur, as :func:`_claims`."""
    return tuple(name for name, rx in _REQUIRES.items() if rx.search(anchor))


@lru_cache(maxsize=256)
def _claims(anchor: str) -> tuple[tuple[str, ...], bool]:
    """What an anchor denies (moves) and whether it claims a habit ("repeatedly")."""
    denies = tuple(n for n, rx in _DENIES.items() if rx.search(anchor))
    return denies, _REPEATEDLY.search(anchor) is not None


def consistent_level(
    anchors: Mapping[int, str],
    level: int,
    shown: Collection[str],
    costly: Collection[str],
    most_slips: int = 0,
) -> int:
    """The level nearest ``level`` whose anchor denies nothing the transcript ``shown`` (the
    moves it earned credit for, and the costly ones it holds), and claims no habit of slips
    ("blames ... repeatedly") from fewer than two (``most_slips``: the most turns holding any
    one costly move). A denied rewarded move moves the level up, a denied costly move down; an
    unfounded "repeatedly" moves it up. No level goes above the :func:`ceiling` of what the
    anchors require."""
    top = ceiling(anchors, shown)
    level = min(level, top)
    for _ in range(5):
        denies, habit = _claims(anchors[level])
        denied = [n for n in denies if n in shown]
        if not denied:
            if level > 1 or most_slips >= 2 or not habit or level >= top:
                return level
            level += 1
            continue
        step = -1 if any(n in costly for n in denied) else 1
        if not 1 <= level + step <= top:
            return level
        level += step
    return level
