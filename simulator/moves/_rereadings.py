"""What the conversation changes in a turn's cues: an imperative that grants the leave they
asked for is no advice, their request said back in a yes is no reflection, a promise or a type of
person made of their words is no reflection, their own "why" handed back is no blame.

Each takes the cues :func:`~simulator.moves._lines._detect` found and returns them, or a copy
without the move the context rules out (see :func:`simulator.moves.assessment.assess`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from simulator.moves._asides import (
    ASIDE,
    CROWD,
    CROWD_CLAUSES,
    FINAL,
    FINAL_CLAUSES,
    FORM,
    FORM_CLAUSES,
    LEAVE,
    RECORD,
    about_others,
)
from simulator.moves._formulas import TYPECAST
from simulator.moves._own import FORMULA_STEMS, content_stems
from simulator.moves._text import _sentences
from simulator.moves.vocabulary import MOVE_ORDER, Move, cue_words

__all__ = [
    "aside_only",
    "granted",
    "request_granted",
    "their_own_question",
    "told_made_a_fix",
    "type_of_person",
    "without",
]

_RANK = {move: i for i, move in enumerate(MOVE_ORDER)}

_OWN_WHY = re.compile(r"\bwhy (?:haven't|didn't|don't|can't|won't|wouldn't|am|do|did) i\b")


# Asking leave: "could I send it in writing?", "can we move it after lunch?", "would it be okay
# if I left at four?".
_ASKS_LEAVE = re.compile(
    r"\b(?:could|can|may|might) (?:i|we)\b|\b(?:is it|would it be) (?:ok|okay|alright|all right)"
    r" if\b|\bwould you mind if\b"
)
_ASSENT = re.compile(
    r"\W*(?:yes|yeah|yep|of course|course|sure|absolutely|definitely|totally|deal|done|go ahead"
    r"|please do|by all means|fine by me|that's fine)\b"
)


def without(cues: dict[Move, str], move: Move, what: str) -> dict[Move, str]:
    """``cues`` without ``move``; if nothing is left, the turn is "other", for ``what``."""
    out = {m: c for m, c in cues.items() if m is not move}
    return out or {Move.OTHER: what}


def granted(cues: dict[Move, str], low: str, last: str) -> dict[Move, str]:
    """ "Could I send my forecast in writing?" -- "Yes. Send it in writing, and skip the call.":
    what they asked leave to do, granted in the imperative, is permission, not advice. A grant
    takes up their request (two of its words) and says yes first or uses their verb; "Yes. And
    get some sleep." still advises."""
    said = last.lower()
    if _ASKS_LEAVE.search(said) is None or len(content_stems(low) & content_stems(said)) < 2:
        return cues
    verb = cue_words(cues[Move.ADVICE]).split(" ", 1)[0]
    if _ASSENT.match(low) is None and re.search(rf"\b{re.escape(verb)}\b", said) is None:
        return cues
    return without(cues, Move.ADVICE, "leave they asked for, granted")


# What they ask for: "If the target could be pro-rated...", "Could Jenna run the calls?", "I'd
# like a skip-level with Elaine".
_REQUEST = re.compile(
    r"\b(?:could|can|may|might|would) (?:i|we|you|someone|somebody)\b"
    r"|^\s*(?:could|can|may|might) \w+ \w+"
    r"|\bif (?:you|we|i|someone|somebody|the \w+|\w+) could\b|\bi(?:'d| would) (?:like|love)\b"
    r"|\bi need\b|\bneeds (?:a|an|some|more|to)\b|\bwhat would help\b|\bwould (?:help|give me)\b"
    r"|\b(?:is it|would it be) (?:ok|okay|alright|all right) if\b|\bwould you mind\b"
    r"|\bif (?:it|that) (?:was|were) offered\b"
)


_SENTENCE = re.compile(r"[^.!?]+[.!?]*")
# The yes after the request said back: "A proper ramp-back, pro-rated, yes."
_YES_AFTER = re.compile(r",\s*(?:yes|yeah|absolutely|done|of course|agreed)\s*[.!]")
_STOCK_ASK = content_stems("ask asked asking")
# A sentence that reports their fear or doubt ("You're worried nobody will know ...", "you're
# not sure your job is safe", "you've been telling yourself you won't tell anyone"): a pledge's
# words in it are what they fear, reflected. Not "you feel" or "you think": "You feel it won't
# reach Kyle" is a pledge dressed as their feeling.
_THEIR_VIEW = re.compile(
    r"\W*(?:so,? )?you(?:'re| are|'ve been| have been)? (?:really |still )?(?:worried|afraid"
    r"|scared|frightened|not sure|unsure|wonder|wondering|fear|telling yourself"
    r"|keep telling yourself)\b"
)


def request_granted(
    cues: dict[Move, str], low: str, said: Iterable[str], grounding: tuple[str, ...]
) -> dict[Move, str]:
    """ "Could Jenna run the nightly calls?" -- "Done. Jenna runs the nightly calls.": their
    request said back in a yes is the yes, not a reflection of anything they shared. Only a
    bare restatement of the request is a grant: a listening stem ("it sounds like you need your
    evenings back"), or words of theirs from beyond the request ("Two approvals and it still
    sailed through. Agreed, that goes in the action items."), still reflect."""
    if not cues[Move.REFLECTION].startswith("restates") or (
        _YES_AFTER.search(low) is None and not any(_ASSENT.match(x) for x in _sentences(low))
    ):
        return cues
    # Any of their requests: a yes often gathers what they asked for over several replies.
    asked = " ".join(
        x for line in said for x in _SENTENCE.findall(line.lower()) if _REQUEST.search(x)
    )
    wanted = content_stems(asked)
    # (A stock ask's own words beside the yes take up nothing: "Done. Anything else? Ask
    # freely.")
    theirs = content_stems(" ".join(grounding)) - FORMULA_STEMS - _STOCK_ASK
    if len(content_stems(low) & wanted) < 2 or not theirs <= wanted:
        return cues
    return without(cues, Move.REFLECTION, "their request, granted")


# A promise or a grant: "I'll correct the slide", "that record goes into your file", "you'll
# get the why".
_PROMISE = re.compile(
    r"\b(?:i'll|i will|we'll|we will|you'll|you will|i'm going to|we're going to|gets?|goes"
    r"|will be|consider it)\b"
)


def _said_back_only_inside(
    cues: dict[Move, str],
    low: str,
    grounding: tuple[str, ...],
    inside: re.Pattern[str],
    what: str,
    *,
    none_reflects: bool,
) -> dict[Move, str]:
    """``cues`` without the reflection when every sentence that takes up their words is one
    ``inside`` marks (a promise, a type of person); ``what`` names the turn if nothing is left.
    A sentence of its own that says their words back still reflects, and so does a turn with
    no sentence sharing their words if ``none_reflects`` (its grounding is a paraphrase)."""
    theirs = content_stems(" ".join(grounding))
    told = [s for s in _SENTENCE.findall(low) if content_stems(s) & theirs]
    if (none_reflects and not told) or (told and not all(inside.search(s) for s in told)):
        return cues
    return without(cues, Move.REFLECTION, what)


def told_made_a_fix(cues: dict[Move, str], low: str, grounding: tuple[str, ...]) -> dict[Move, str]:
    """ "Yes - the pricing engine gets credited to you by name." after "The pricing engine.
    Eleven months... the slide said 'Platform team'": what they told, turned at once into a
    yes and a promise, is a fix, not a reflection of what they went through. A yes whose words
    of theirs sit in a sentence that says them back ("Eleven months, and the slide said
    'Platform team'. Yes, I'll get it corrected.") still reflects."""
    if not cues[Move.REFLECTION].startswith("restates") or _ASSENT.match(low) is None:
        return cues
    what = "what they told, made a promise"
    return _said_back_only_inside(cues, low, grounding, _PROMISE, what, none_reflects=True)


def type_of_person(cues: dict[Move, str], low: str, grounding: tuple[str, ...]) -> dict[Move, str]:
    """ "People like you tend to replay the moment it went wrong." "You're the sort who'd
    rather carry it quietly.": a type of person described, however many of their words it
    borrows, is a label that fits anyone (blind set 25's cold reader), not a reflection of
    this person."""
    if TYPECAST.search(low) is None:
        return cues
    what = "a type of person, not them"
    return _said_back_only_inside(cues, low, grounding, TYPECAST, what, none_reflects=False)


def their_own_question(
    cues: dict[Move, str], last: str | None, grounding: tuple[str, ...]
) -> dict[Move, str]:
    """ "Why haven't you pressed send?" after their own "why haven't I pressed send?" hands
    their question back to them: an open question, not blame."""
    if last is None or len(grounding) < 2 or not _OWN_WHY.search(last.lower()):
        return cues
    out = {m: c for m, c in cues.items() if m is not Move.JUDGMENT}
    out.setdefault(Move.OPEN_QUESTION, "their own question handed back")
    return {m: out[m] for m in sorted(out, key=_RANK.__getitem__)}


@lru_cache(maxsize=8192)
def _aside_units(low: str) -> tuple[str, ...]:
    """The sentences (or clauses) of a turn that may hold an aside, or none if no aside
    pattern matches anywhere in it. The patterns are long alternations that take tens of
    microseconds a turn, and a turn recurs across a batch; its context does not change this."""
    if ASIDE.search(low) is None and CROWD.search(low) is None:
        return ()
    # (A question holding their words follows them; it does not say them back.) A sentence
    # with a claim about others, a decision declared final or a remark on the form of their
    # words is read clause by clause: the aside may sit beside a reflection.
    return tuple(unit for x in _sentences(low) for unit in _clauses(x) if unit)


def _clauses(sentence: str) -> list[str]:
    if CROWD.search(sentence) is not None:
        return CROWD_CLAUSES.split(sentence)
    if FINAL.search(sentence) is not None:
        return FINAL_CLAUSES.split(sentence)
    if FORM.search(sentence) is not None:
        return FORM_CLAUSES.split(sentence)
    return [sentence]


def aside_only(
    cues: dict[Move, str],
    low: str,
    takes_up: Callable[[str], bool],
    theirs: Callable[[str], bool],
) -> dict[Move, str]:
    """ "You're safe saying that; it won't reach Kyle." "Your voice caught on 'stopped
    booking'." "Everyone who comes back tells me the patch isn't the one they left.": their
    words inside a pledge of safety, an observation of their body or voice, or a claim about
    what other people say or go through (see :mod:`._asides`) say back nothing they told.
    ``takes_up``: whether a text takes up anything of theirs; the turn still reflects if
    another statement in it does. ``theirs``: whether a phrase is all their own words: "you
    paused the rollout" after "I paused the rollout", "no record of the change" after "there
    was no record", "a joke" after "the new split is a joke" say back what they told."""
    units = _aside_units(low)
    if not units:
        return cues

    def aside(sentence: str) -> bool:
        if _THEIR_VIEW.match(sentence) is not None:
            return False  # "You're worried nobody will know": their fear, reflected
        return (
            LEAVE.search(sentence) is not None
            or RECORD.search(sentence) is not None
            or any(not theirs(m.group(0)) for m in ASIDE.finditer(sentence))
            # Who and the verb, not the words of theirs between: "everyone who's come back
            # to a territory split tells me" wraps their words in a claim about others.
            or (
                about_others(sentence)
                and any(
                    not theirs(f"{m['group']} {m['says']}" if m["group"] else m.group(0))
                    for m in CROWD.finditer(sentence)
                )
            )
        )

    asides = [aside(x) for x in units]
    if not any(asides):
        return cues
    rest = " ".join(
        x
        for x, is_aside in zip(units, asides, strict=True)
        if not is_aside and not x.rstrip().endswith("?")
    )
    if rest.strip() and takes_up(rest):
        return cues
    return without(cues, Move.REFLECTION, "a pledge, observation or remark, not what they said")
