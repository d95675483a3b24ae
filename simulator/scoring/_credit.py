"""How much each manager turn earns, and the rubric features computed from those earnings.

The scorer rewards substance, not the words of listening. A rewarded move counts by what is
behind it:

* a turn that takes up the employee's own words or feelings (``grounded``) counts in full;
* a generic turn (nothing of theirs in it) counts in part: generic praise is not specific
  recognition, a stock question is not one that follows what they said;
* a listening formula with nothing behind it ("it sounds like...", "tell me more") barely counts;
* a repeat or near-repeat of an earlier manager turn counts for nothing the second time;
* reflections that only say their words back, or slot them into a listening frame ("It sounds
  like X has really been weighing on you"), with nothing of the manager's own
  (:attr:`~simulator.moves.Assessment.adds_own`), earn half (:data:`SAID_BACK`: a simple
  reflection shows they were heard, not that anything was understood), and only twice, as the
  employee hears them; after that each earns as a formula and makes nothing else in its turn
  specific (an echo habit);
  so do, after two, a bare "What else?" tacked onto a turn, a stock line with one phrase of
  theirs slotted in, and a feeling made bigger than they said it (see :func:`credit_of`);
* one turn earns at most :data:`BUDGET` in all, shared among its rewarded moves, so a line
  stuffed with appreciation, "what do you need" and "next step" earns less of each (and is
  caught as stuffed besides);
* ``any:`` features take the best single turn, so rewording a stuffed line three times does
  not add up to one real question;
* asking for the same thing in the same words again ("what do you need?", "what's the next
  step?" in turn after turn) adds nothing to how often it was asked (``count:``, ``share:``
  and ratios), though each asking still stands as a turn of its own for ``any:``;
* praise in a turn that also judges the person earns nothing, and half in a turn that also
  gives advice: sincere recognition stands on its own;
* questions that take up nothing they said, one turn after another ("What are your
  obstacles?", "What does success look like?", "What resources do you need?"), are a list
  being worked through: after :data:`STOCK_ASKS` in a row with no grounded turn between, they
  earn nothing (the employee's engine applies the same rule). Motivational interviewing's own
  rule of thumb is the same: no more than a few questions in a row without a reflection;
* a turn stuffed with coaching words (three or more different ones: "I appreciate you, I want
  to support your wellbeing and agree a next step with the resources you need") earns for
  each of its moves no more than a formula does, however much of theirs it slots in;
* support pledged in answer to what they said they need ("What would help?" -- "Someone to
  ask" -- "I'll set up Rosa twice a week") is a ``pledge``: a first-person next step that takes
  up their words from after the manager asked (see :mod:`._commitments`). Offering help nobody
  asked for, or a plan made of the manager's own words, is not one; a next step given as an
  order, or one the employee turns down in their reply ("A plan for what, though?"), keeps
  only part of its credit (:data:`DICTATED`) and pledges nothing: neither was agreed together;
* a checklist turn (three questions at once, or two wrapped in praise, thanks or another
  ask: "I value you. What do you need, what does success look like, and what's next?") earns
  nothing for its questions, asks and praise, however it is reworded each time; a
  reflection or sympathy for what they said in it still counts.

Moves that cost (judgment, advice, closed questions) and the signals (mis-reflection, repeat,
formula) count once per turn that holds them, whatever else the turn does.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from simulator.content.rubrics import SIGNALS
from simulator.moves.assessment import Assessment
from simulator.moves.vocabulary import CHECKLIST_MOVES, Move
from simulator.scoring._commitments import dictates
from simulator.scoring._common import common

REWARDED: tuple[Move, ...] = (
    Move.REFLECTION,
    Move.OPEN_QUESTION,
    Move.RECOGNITION,
    Move.SYMPATHY,
    Move.RESOURCE_CHECK,
    Move.NEXT_STEP,
)
"""Moves a rubric rewards: they count by substance (see the module docstring)."""
_REWARDED = frozenset(REWARDED)

GENERIC: dict[Move, float] = {
    # An inferred feeling or meaning with none of their words (a mis-reflection or a bare formula
    # is caught before this): a complex reflection, which the presence anchors rank highest
    # ("including what is unsaid"), so most of the credit; their own words still count more.
    Move.REFLECTION: 0.8,
    Move.OPEN_QUESTION: 0.8,  # "what's been hardest?" is fine without their words
    Move.RECOGNITION: 0.5,  # generic praise ("good job") against specific recognition
    Move.SYMPATHY: 0.7,
    Move.RESOURCE_CHECK: 0.7,
    Move.NEXT_STEP: 0.7,
}
"""Credit for a rewarded move in a turn that takes up nothing the employee said."""
FORMULA = 0.15
"""Credit for a rewarded move in a listening formula with nothing behind it."""
SAID_BACK = 0.5
"""Credit for a reflection that only says their words back (or slots them into a frame) with
nothing of the manager's own, the first times: a simple reflection shows they were heard, not
that anything was understood, so it earns half of one in the manager's own words."""
SANDWICH = 0.5
"""Share of its credit that recognition keeps in a turn that also gives advice (none in a turn
that also judges)."""
DICTATED = 0.5
"""Share of its credit that a next step keeps in a turn that also orders or judges ("Get the
queue under a hundred by Friday."), or that the employee turns down in their reply: the
rubric's "the manager dictates a next step", not one agreed together."""
BUDGET = 2.5
"""The most one turn earns over all its rewarded moves: two moves earn in full, three five-sixths
each, four five-eighths each. A natural turn loses little: a skilled manager's "So X. I'll do Y
by Friday. How does that sound?" holds three moves (2.0 had cut each to two-thirds, and cost the
blind skilled voices 0.1-0.25 overall). A stuffed one loses more, and is caught as stuffed, a
checklist or a repeat besides."""
COUNT_CAP = 5
SHARE_TURNS = 4
"""The fewest manager turns a ``share:`` feature is taken over: a shorter conversation shows
too little to say how often anything happened."""
PROMPTS_HEARD = 2
"""Turns whose only question is a bare prompt ("What else?", "Tell me more") that earn as the
rest of the turn does: a prompt to go on works once or twice, but as a habit, tacked onto
praise or their own words each turn, it asks nothing that follows what they said."""
STOCK_ASKS = 2
"""Questions in a row that take up nothing the employee said and still earn."""
_STOCK = (Move.OPEN_QUESTION.value, Move.RESOURCE_CHECK.value)


def grounded_in_content(a: Assessment) -> bool:
    """Whether the turn takes up something specific the employee said: a grounding word other
    than the commonest workplace words (in any of their forms)."""
    if not a.grounded:
        return False
    for w in a.grounding:
        low = w.lower()
        if common(low):
            continue
        if " " not in low or not all(common(x) for x in low.split()):
            return True
    return False


@dataclass(frozen=True, slots=True)
class TurnCredit:
    """What one manager turn earns: per move, and the signals it shows."""

    credit: dict[str, float]
    """Move or signal -> credit (0 to 1). Rewarded moves by substance; others 1 when present."""
    grounded: bool
    """Takes up the employee's own words, and is not a repeat, formula or mis-reflection."""


# Credit depends on a handful of facts about a turn, not on its words, so the few combinations
# that occur are worked out once. The shared TurnCredit objects are read-only by contract.
_CREDITS: dict[tuple[tuple[Move, ...], *tuple[bool, ...]], TurnCredit] = {}
_CREDITS_MAX = 4096


def credit_of(
    a: Assessment,
    has_context: bool,
    echo: bool = False,
    prompts: bool = False,
    habit: bool = False,
    pledge: bool = False,
    declined: bool = False,
    demanded: bool = False,
) -> TurnCredit:
    """The credit of one assessed turn. ``has_context``: the employee had said something before
    it, so its grounding could be judged (with no context, form is all there is). ``echo``: the
    turn reflects only their words, after :data:`~simulator.moves.ECHOES_HEARD` such
    turns already (an echo habit): its reflection earns as a formula, and what of theirs it
    slots in makes nothing else in it specific. ``prompts``: the turn's only question is a bare
    prompt to go on ("What else?"), after :data:`PROMPTS_HEARD` such turns already: however
    grounded the rest of the turn, the question earns as a formula. ``habit``: one more turn
    of a hollow habit past its allowance (a stock line with one phrase of theirs slotted in,
    after :data:`~simulator.moves.SLOTS_HEARD`; a feeling made bigger than they said it, after
    :data:`~simulator.moves.AMPLIFIED_HEARD`): every move in it earns as a formula. ``pledge``:
    the turn pledges support they asked for (see :mod:`._commitments`). ``declined``: the
    employee's reply turned down the plan it put to them. ``demanded``: the plan sets them a
    deadline they never named (see :func:`._commitments.sets_deadline`). The result is shared
    between turns alike in every way that matters for credit: do not modify it."""
    specific = grounded_in_content(a) and not echo and not habit
    key = (
        a.moves,
        a.disguised_judgment,
        # With context, a thing named from nowhere makes the reflection a mis-reflection.
        a.misreflection is not None or (has_context and a.unheard is not None),
        a.repeat_of is not None,
        a.formula_only,
        specific,
        has_context,
        a.checklist,
        a.stuffed,
        a.asked_again,
        echo,
        a.stock_praise,
        prompts,
        habit,
        pledge,
        a.says_back,
        dictates(a) or (demanded and Move.NEXT_STEP in a.moves),
        declined and Move.NEXT_STEP in a.moves,
    )
    credit = _CREDITS.get(key)
    if credit is None:
        credit = _credit_of(*key)
        if len(_CREDITS) >= _CREDITS_MAX:
            _CREDITS.clear()
        _CREDITS[key] = credit
    return credit


def _credit_of(
    moves: tuple[Move, ...],
    disguised: bool,
    misreflection: bool,
    repeat: bool,
    formula_only: bool,
    specific: bool,
    has_context: bool,
    checklist: bool,
    stuffed: bool,
    asked_again: bool,
    echo: bool,
    stock_praise: bool,
    prompts: bool,
    habit: bool,
    pledge: bool,
    says_back: bool,
    dictated: bool,
    declined: bool,
) -> TurnCredit:
    if disguised or misreflection:
        # Judgment in a listening form, or a reflection of nothing said, is no reflection.
        moves = tuple(m for m in moves if m is not Move.REFLECTION)
        if disguised and Move.JUDGMENT not in moves:
            moves += (Move.JUDGMENT,)
    if repeat:
        full = 0.0
    elif not has_context or specific:
        full = 1.0
    else:
        full = -1.0  # generic: per move, see GENERIC
    out: dict[str, float] = {}
    earned: list[Move] = []
    total = 0.0
    # Praise in the same breath as a verdict on the person is not sincere recognition ("you were
    # smart, so don't you know..."); praise as the wrapper for a fix (a compliment sandwich)
    # is worth less than praise on its own.
    praise = 0.0 if Move.JUDGMENT in moves else SANDWICH if Move.ADVICE in moves else 1.0
    for m in moves:  # in the assessment's (MOVE_ORDER) order, so sums are reproducible
        if m not in _REWARDED:
            out[m.value] = 1.0
            continue
        c = GENERIC[m] if full < 0 else full
        if (checklist and m in CHECKLIST_MOVES) or (asked_again and m.value in _STOCK):
            c = 0.0  # a checklist, or the same question asked word for word again
        if (
            formula_only
            or stuffed
            or habit
            or (echo and m is Move.REFLECTION)
            or (prompts and m is Move.OPEN_QUESTION)
        ) and c > FORMULA:
            c = FORMULA
        elif says_back and m is Move.REFLECTION and c > SAID_BACK:
            c = SAID_BACK
        if m is Move.NEXT_STEP and (dictated or declined):
            c *= DICTATED
        if m in _CONFRONTED and Move.JUDGMENT in moves:
            # Their words restated to set up a verdict, or a question asked in the same breath
            # as one ("Whatever it is, get over it. What's going on?"): a confrontation.
            c *= SANDWICH
        if m is Move.RECOGNITION:
            if stock_praise:
                c = min(c, GENERIC[m])  # praise slotted in as a stock counterweight
            c *= praise
        out[m.value] = c
        earned.append(m)
        total += c
    if total > BUDGET:
        scale = BUDGET / total
        for m in earned:
            out[m.value] *= scale
    if misreflection:
        out["misreflection"] = 1.0
    if repeat:
        out["repeat"] = 1.0
    if formula_only or habit or (echo and Move.REFLECTION in moves):
        out["formula"] = 1.0
    if pledge and not (repeat or habit or stuffed or checklist or declined):
        out["pledge"] = 1.0
    if declined:
        out["declined"] = 1.0
    substantive = specific and not (repeat or formula_only or misreflection or disguised or stuffed)
    return TurnCredit(out, substantive)


_CONFRONTED = frozenset((Move.REFLECTION, Move.OPEN_QUESTION))


@dataclass(slots=True)
class Tally:
    """Per move or signal, over a transcript: credit summed, the best single turn's credit (and
    the best among grounded turns), turns holding it at all (``raw``), turns where it earned
    something (``earned``) and grounded turns holding it."""

    credit: dict[str, float]
    best: dict[str, float]
    best_grounded: dict[str, float]
    raw: dict[str, int]
    earned: dict[str, int]
    grounded: dict[str, int]
    turns: int
    stock: dict[str, int]
    """Turns where a question earned nothing for being one more stock question in a row."""


COUNTED: tuple[str, ...] = (*(m.value for m in Move), *SIGNALS)


# Moves whose cue is the phrase that asked ("'what do you need'", "'next step'"): the same
# phrase again asks for the same thing again. Reflections and open questions have cues that
# name only their form ("'what' question"), so they are judged by repeats of whole turns.
_ASKED_BY_PHRASE = frozenset(
    m.value for m in (Move.RECOGNITION, Move.SYMPATHY, Move.RESOURCE_CHECK, Move.NEXT_STEP)
)


def tally(turns: Iterable[tuple[TurnCredit, dict[Move, str]]]) -> Tally:
    """Sum the turns' credits (a move with no credit still counts in ``raw``).

    ``turns``: each turn's credit and its assessment's cues. A rewarded move whose cue phrase an
    earlier turn used already adds nothing to the sums (it still counts for the best turn).
    Open questions and asks for what would help in more than :data:`STOCK_ASKS` ungrounded
    turns in a row earn nothing (they still count as asked).
    """
    t = Tally(
        dict.fromkeys(COUNTED, 0.0),
        dict.fromkeys(COUNTED, 0.0),
        dict.fromkeys(COUNTED, 0.0),
        dict.fromkeys(COUNTED, 0),
        dict.fromkeys(COUNTED, 0),
        dict.fromkeys(COUNTED, 0),
        0,
        dict.fromkeys(_STOCK, 0),
    )
    asked: set[tuple[str, str]] = set()
    stock = 0
    for tc, cues in turns:
        t.turns += 1
        credit = tc.credit
        if tc.grounded:
            stock = 0
        elif credit.get(_STOCK[0], 0.0) > 0 or credit.get(_STOCK[1], 0.0) > 0:
            stock += 1
        for name, c in credit.items():
            t.raw[name] += 1
            if stock > STOCK_ASKS and name in _STOCK:
                t.stock[name] += c > 0
                continue
            if name in _ASKED_BY_PHRASE and c > 0:
                key = (name, cues.get(Move(name), ""))
                if key in asked:
                    if c > t.best[name]:
                        t.best[name] = c
                    continue
                asked.add(key)
            t.credit[name] += c
            if c > t.best[name]:
                t.best[name] = c
            if c > 0:
                t.earned[name] += 1
                if tc.grounded:
                    t.grounded[name] += 1
                    if c > t.best_grounded[name]:
                        t.best_grounded[name] = c
    return t


@lru_cache(maxsize=1024)
def parse_feature(feature: str) -> tuple[str, str | None, str | None]:
    """``"ratio:a/b"`` -> ``("ratio", "a", "b")``; ``"share:x"`` -> ``("share", "x", None)``."""
    kind, _, arg = feature.partition(":")
    if kind == "ratio":
        x, y = arg.split("/")
        return kind, x, y
    return kind, (arg or None), None


def pattern(count: int, turns: int) -> float:
    """How much of a habit ``count`` slips in ``turns`` manager turns are, from 0 to 1.

    Judged by number and by frequency: one slip costs little (0.1 plus twice its share of the
    turns: 0.3 in a ten-turn conversation), each further slip adds 0.1 plus its share, so four in
    ten reach 1 while three in a sixty-turn session, where a little advice is normal, stay near
    0.4."""
    if count <= 0:
        return 0.0
    return min(1.0, 0.1 * count + (2.0 * count / turns if turns else 0.0))


def features(
    names: Iterable[str], t: Tally, manager_words: int, employee_words: int
) -> dict[str, float | None]:
    """The named features (see :data:`simulator.content.rubrics.Feature`) from a tally."""
    n = t.turns
    out: dict[str, float | None] = {}
    for name in names:
        kind, a, b = parse_feature(name)
        if kind == "share":
            # Over fewer than SHARE_TURNS turns a share is shrunk: one reflection in a one-turn
            # conversation is not "reflects often".
            out[name] = t.credit[a] / max(n, SHARE_TURNS) if n else 0.0  # type: ignore[index]
        elif kind == "any":
            out[name] = t.best[a]  # type: ignore[index]
        elif kind == "count":
            out[name] = min(float(COUNT_CAP), t.credit[a])  # type: ignore[index]
        elif kind == "grounded":
            out[name] = t.best_grounded[a]  # type: ignore[index]
        elif kind == "pattern":
            out[name] = pattern(t.raw[a], n)  # type: ignore[index]
        elif kind == "ratio":
            asked = t.raw[a] + t.raw[b]  # type: ignore[index]
            # One more in the denominator: a single open question in twelve formula turns is
            # too little evidence for a perfect mix; eight good questions of nine still score
            # high.
            credited = t.credit[a]  # type: ignore[index]
            out[name] = min(1.0, credited / (asked + 1)) if asked else None
        elif kind == "turns":
            out[name] = min(n, 20) / 20
        elif kind == "words_per_turn":
            out[name] = min(manager_words / n, 100) / 100 if n else 0.0
        else:  # manager_talk_share
            total = manager_words + employee_words
            out[name] = manager_words / total if total else 0.5
    return out
