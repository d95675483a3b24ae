"""Next steps and support as the scorer weighs them: a step imposed rather than agreed, a step
the employee turned down, and support taken on in answer to a need the employee voiced when
asked (a pledge).

Resource clarification's top anchor is "explores needs and commits to concrete support"; next
step's second is "the manager dictates a next step". Both turn on how a commitment relates to
what the employee said, so they are read here from the assessment and the conversation so far.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from simulator.moves._own import content_stems, stem
from simulator.moves._text import WEEKDAY_ALTERNATION
from simulator.moves.assessment import Assessment
from simulator.moves.detector import detect
from simulator.moves.vocabulary import Move, cue_words
from simulator.scoring._common import common

_SENTENCE = re.compile(r"[^.!?]+")
_OPENERS = (
    r"(?:(?:and|so|then|just|please|now|ok|okay|right|good|great|fine|no|well|look|listen),? )*"
)


def dictates(a: Assessment) -> bool:
    """Whether the turn's next step is imposed rather than agreed: said with a verdict on them
    in the same turn, as the order itself ("Get the queue under a hundred by Friday.") or as a
    demand ("I want the forecast by Friday."), not a plan beside a kindly "and leave at six
    tonight"."""
    if Move.NEXT_STEP not in a.moves:
        return False
    if Move.JUDGMENT in a.moves:
        return True
    step = cue_words(a.cues.get(Move.NEXT_STEP, ""))
    if not step:
        return False
    order = cue_words(a.cues.get(Move.ADVICE, ""))
    for sentence in _SENTENCE.findall(a.text.lower()):
        if step in sentence:
            # A demand sets the step ("I want a revised forecast on my desk by Friday"), or an
            # order opens its sentence: the turn's first order, or another in a sentence of its
            # own ("Stop apologising. Use the finance number and ship it by Thursday.").
            sentence = sentence.strip()
            if _DEMAND.match(sentence):
                return True
            if not order:
                return False
            if _opens(sentence, order):
                return True
            own = cue_words(detect(sentence).cues.get(Move.ADVICE, ""))
            return bool(own) and own != order and _opens(sentence, own)
    return False


# "I want / need / expect" something of them; not "I want to check in" (the manager's own
# action), "I'd like us to" (shared) or "I need to know" (asking).
_DEMAND = re.compile(
    _OPENERS + r"(?:going forward,? )?(?:i(?:'d| would)(?: also| really| just)? like"
    r"|i(?:'ll| will)?(?: also| really| just)? (?:want|need|expect))(?! (?:to|us|we)\b)"
)


_WHEN = (
    rf"(?:the )?(?:end of |close of )?(?P<when>{WEEKDAY_ALTERNATION}"
    r"|tomorrow|tonight|today|eod|cob|noon|midday|lunch|next \w+|the \w+ of \w+"
    r"|\d{1,2}(?::\d{2})?(?: ?[ap]\.?m\.?)?)"
)
# A deliverable given a deadline inside a plan: "split tender is code-complete by Friday at
# noon", "the write-up is with me by Wednesday at five", "you send the forecast by Monday".
# ("You'll have the reasons by Friday" promises them something: receiving is no deliverable.)
_DEADLINE = re.compile(
    r"\b(?:(?:is|are|gets?|goes|will be|'s|'re) (?:\w+ )?(?:live|done|finished|complete"
    r"|code-complete|merged|shipped|ready|sent|submitted|signed off|with me|on my desk"
    r"|in my inbox)|you(?:'ll| will)? (?:send|finish|deliver|ship|hand in|submit|write up"
    r"|complete) [^.?!;]{1,40}?) by " + _WHEN
)


def sets_deadline(text: str, said: Sequence[str]) -> bool:
    """Whether a plan sets them a deadline they never named: a deliverable due by a day or time
    that appears nowhere in what they said (``said``: their lines). "Timeline by tonight" after
    their own "I'll have the timeline to you tonight" is their offer taken up; "code-complete by
    Friday at noon", slipped in beside the support they asked for, is the manager's demand."""
    low = text.lower()
    found = list(_DEADLINE.finditer(low))
    if not found:
        return False
    theirs = " ".join(said).lower()
    offered = content_stems(" ".join(_OFFER.findall(theirs)))
    for m in found:
        if re.search(rf"\b{re.escape(m.group('when'))}\b", theirs) is not None:
            continue  # a time they named
        clause = low[max(low.rfind(",", 0, m.start()), low.rfind(";", 0, m.start())) + 1 : m.end()]
        if any(not common(w) for w in content_stems(clause) & offered):
            continue  # what they asked to do, given a time
        return True
    return False


# What they asked to do: "Could I send you my forecast in writing?" (not "I'll keep going on
# the write-up": carrying on is no offer of a date).
_OFFER = re.compile(r"[^.?!]*\b(?:could i|can i|may i|let me|i(?:'d| would) like to)\b[^.?!]*")


def _opens(sentence: str, order: str) -> bool:
    return re.match(_OPENERS + re.escape(order) + r"\b", sentence) is not None


# A plan turned down in the reply: refused outright, called premature, or said not to help. "That
# doesn't cover X" is not here: it takes the plan and asks for more.
_DECLINES = re.compile(
    r"\bplan for what\b|\bnot (?:ready|going) to (?:sign up|commit|agree)"
    r"|\bi(?:'m| am) not (?:signing up|agreeing to|committing to)"
    r"|\bwe haven't (?:even |really |actually )?(?:got|gotten|talked|figured)\b"
    r"|\bthat(?:'s| is) not what i (?:need|asked|want|meant)"
    r"|\bthat (?:won't|wouldn't|doesn't|does not|will not|would not) (?:help|work|fix|solve|change)"
    r"|\bi don't (?:think|see how) (?:that|this|it)(?:'ll| will| would| is going to| is gonna)?"
    r" (?:help|work|fix|solve|change)"
    r"|^(?:no|nope|not really)[.!]|^(?:hang on|hold on|slow down)\b"
)


def declines(reply: str) -> bool:
    """Whether the employee's reply turns down the plan just put to them ("A plan for what,
    though?", "I'm not ready to sign up for anything yet.", "That won't fix anything."): the
    rubric's "a concrete next step agreed together" needs them to agree."""
    return _DECLINES.search(reply.lower().replace("\u2019", "'").lstrip()) is not None


# "I'll", not "we'll" or "let's": the manager takes the support on themselves, as an action
# ("I'll get Jenna access", "I'll talk to Rosa"), not a promise with nothing in it ("I'll sort
# it out", "I'll look into it", "I'll see what I can do"), which anyone can make of any words.
_PLEDGING = re.compile(
    r"\bi(?:'ll| will|'m going to| am going to)(?: (?:just|also|then|personally|definitely"
    r"|absolutely))? (?!(?:sort|handle|deal|look|take care|see|try|think|help|do|work on|fix"
    r"|figure|get (?:it|that|this) sorted)\b)[a-z]"
)


class Pledges:
    """Support pledged in answer to a resource check, followed over one conversation.

    Anchor 5 of resource clarification is "explores needs and commits to concrete support": the
    manager asks what they need, hears the answer, and takes it on ("What would help?" -- "a
    named person for questions" -- "I'll ask Rosa today to pair with you twice a week"). A
    pledge is a turn with a next step in the first person ("I'll ...") that takes up, by stem,
    a specific word the employee said after a resource check. Help offered before anyone
    asked, or built only of the manager's own words, is not one: it answers nothing they said.
    """

    __slots__ = ("_asked", "_lines", "_since")

    def __init__(self) -> None:
        self._asked = False
        self._since: set[str] = set()
        # Their lines since the ask, stemmed only when a turn might pledge (most never do).
        self._lines: list[str] = []

    def heard(self, text: str) -> None:
        """An employee line: after a resource check, its words may be the need to answer."""
        if self._asked:
            self._lines.append(text)

    def asked(self, a: Assessment) -> None:
        """A manager turn, after :meth:`answers`: a resource check opens the floor to needs."""
        if Move.RESOURCE_CHECK in a.moves:
            self._asked = True

    def answers(self, a: Assessment, text: str) -> bool:
        """Whether the manager turn ``a`` (``text``) pledges support for a need they voiced."""
        if not (self._since or self._lines) or Move.NEXT_STEP not in a.moves or not a.grounded:
            return False
        if _PLEDGING.search(text.lower()) is None:
            return False
        since = self._since
        for line in self._lines:
            since.update(content_stems(line))
        self._lines.clear()
        for phrase in a.grounding:
            for w in phrase.lower().split():
                if not common(w) and stem(w) in since:
                    return True
        return False
