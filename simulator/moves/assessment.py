"""Context-aware assessment of a manager turn: its moves, and what of the employee's it takes up.

:func:`detect` labels a turn by its form, given at most the employee's previous line.
:func:`assess` also reads the whole conversation before the turn and says:

* **grounding**: which of the employee's own words, feelings or facts (from *any* earlier
  employee turn) the turn takes up, by shared word stems and a small hand-written paraphrase
  table ("slammed" for "no time", "scared" for "terrified"; see :mod:`._grounding`);
* **formula_only**: a listening formula ("it sounds like", "tell me more") with nothing
  grounded behind it: with context, *not* a reflection;
* **misreflection**: a reflection of something the employee never expressed ("it sounds like
  you feel like a banana" after "my dad had a stroke"): reported, and not a reflection. A
  feeling the employee did not name ("it sounds like you're scared") is an inference, which
  complex reflections make, so it stays a reflection, just not a grounded one;
* **repeat_of**: which earlier manager turn this one repeats or nearly repeats;
* **disguised_judgment**: judgment in a listening form ("sounds like you're making excuses",
  "I hear you, but ..."): judgment, never a reflection.

With no context (no earlier employee turn), the moves are :func:`detect`'s, by form.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Literal

from simulator.moves._coaching import _SEEN as _COACHING
from simulator.moves._coaching import STUFFED_AT, coaching_words
from simulator.moves._context import _Context
from simulator.moves._echo import COLLAGE_FRAGMENTS, Echoes, collage, runs
from simulator.moves._formulas import _BARE_OPENER
from simulator.moves._grounding import _KEYS, EmployeeWords, turn_keys
from simulator.moves._lines import _DETECTED, _SAID, _TURNS, _detect, _turn
from simulator.moves._misreflection import (
    LIFE_TOKENS,
    made_up_life,
    named_things,
    proper_names,
)
from simulator.moves._own import (
    ECHO_SHARE,
    STALE_SHARE,
    adds_own,
    amplifies,
    real_grounding,
    stock_praise,
)
from simulator.moves._rereadings import (
    _aside_units,
    aside_only,
    granted,
    request_granted,
    their_own_question,
    told_made_a_fix,
    type_of_person,
    without,
)
from simulator.moves._roles import swapped_roles
from simulator.moves.vocabulary import CHECKLIST_MOVES, MOVE_ORDER, Move, cue_words

__all__ = ["Assessment", "Speaker", "assess"]

Speaker = Literal["manager", "employee"]
"""Who spoke a turn; the same values as :data:`simulator.content.transcript.Speaker`."""


@dataclass(frozen=True, slots=True)
class Assessment:
    """What one manager turn does, judged against the conversation before it."""

    text: str
    moves: tuple[Move, ...]
    """Context-aware moves, in MOVE_ORDER (a formula with nothing grounded is not a reflection
    when there is context)."""
    cues: dict[Move, str]
    """Per move, the words or pattern that fired, in plain words (shown to users)."""
    grounding: tuple[str, ...]
    """The employee's own words/feelings/facts this turn takes up, as the employee said them."""
    grounded: bool
    """Takes up something the employee said in any earlier turn."""
    formula_only: bool
    """A listening formula with nothing grounded behind it."""
    misreflection: str | None
    """What the turn attributes to the employee that they never expressed, else None."""
    repeat_of: int | None
    """0-based index among the earlier manager turns that this turn (nearly) repeats, else None."""
    disguised_judgment: bool
    """Judgment in a listening or reflection form."""
    parroted: str | None = None
    """Words of the employee's, their "I"/"my" unchanged, said back verbatim (quoting or
    parroting, not reflecting), else None."""
    asks: int = 0
    """How many questions the turn asks at once ("what do you need, and what's next?": 2)."""
    echoed: float = 0.0
    """Share of the turn's words in runs (4+ words) copied verbatim from the employee's."""
    unmentioned_life: str | None = None
    """A part of their life outside work ("sister", "dog") that a reflection names and they
    never mentioned, else None. Not a mis-reflection by itself: a counsellor may know it from
    intake, a manager from the situation; the employee's engine decides."""
    asked_again: bool = False
    """Every question the turn asks was asked, word for word, in an earlier manager turn ("How
    does that make you feel?" a third time)."""
    tells_own: bool = False
    """A sentence of the turn tells the manager's own story ("I've been there, last launch I
    was up till three"): the employee's engine counts how often the talk turns to them."""
    counterweight: str | None = None
    """The side of a double-sided reflection that takes up nothing of theirs ("part of you
    always finds a way through"), else None: a stock side slotted in, so the turn adds nothing
    of the manager's own, and praise in it is no recognition of anything they did."""
    adds_own: bool = True
    """The turn holds a word of the manager's own beyond the employee's words and a listening
    template's stock words (see :mod:`._own`): ``False`` for their words said back in a frame
    ("It sounds like the PR has really been weighing on you", "no wonder, with the PR").
    Judged only for turns in a reflection's or sympathy's form (the echo habit is a habit of
    listening formulas); ``True`` for the rest, and with no context."""
    amplified: str | None = None
    """A word that makes a feeling or hardship bigger than they said it ("unbearable", "you
    must be furious"), in a reflection or sympathy, else None (see :data:`._own.AMPLIFIERS`)."""
    slotted: bool = False
    """One phrase of theirs in a short stock line ("What would help with the commits?"): see
    :func:`._own.slotted`. Fine now and then; as a habit, a checklist run with their nouns."""
    stale: bool = False
    """The turn says back words of an earlier reply of theirs (at least
    :data:`~._own.STALE_SHARE` of it copied) and none of their latest one: it answers what they
    said before, not what they just said. Going back to something is good listening now and
    then; as a habit the manager is a reply behind (the scorer counts it in the echo habit's
    allowance, see :attr:`says_back`; the engine after :data:`~._own.STALES_HEARD`)."""
    swapped: str | None = None
    """Who a reflection of their words puts in another's place ("me", or a name they used):
    "Liam's accounts went to you" for "my accounts went to Liam" (then :attr:`misreflection`
    is the clause), else None. See :mod:`._roles`."""
    made_up: str | None = None
    """Two concrete things ("the Jenkins account", "the commute"), or two people or places
    ("Marguerite", "Lisbon"), that a reflection with none of their words names and they never
    mentioned, joined by "and", else None. Like :attr:`unmentioned_life`, not a mis-reflection by
    itself (it may be known from elsewhere); the scorer and the engine decide."""

    @property
    def unheard(self) -> str | None:
        """What a reflection names that they never said: their life, or any concrete thing in a
        reflection with none of their words."""
        return self.unmentioned_life or self.made_up

    @property
    def says_back(self) -> bool:
        """Their words said back (copied, :data:`~._own.ECHO_SHARE` of the turn or more) or
        slotted into a frame, with nothing of the manager's own: a simple reflection once or
        twice, an echo as a habit (the engine and the scorer count it the same way)."""
        return not self.adds_own or self.echoed >= ECHO_SHARE or self.stale

    @property
    def stock_praise(self) -> bool:
        """The turn's praise credits nothing they did (see :func:`._own.stock_praise`)."""
        cue = self.cues.get(Move.RECOGNITION)
        return cue is not None and stock_praise(cue_words(cue), self.counterweight)

    @property
    def checklist(self) -> bool:
        """Questions fired off as a checklist: three at once, or two wrapped in a third ask,
        praise or thanks ("I appreciate you. What do you need, and what's the next step?")."""
        if self.asks < 2:
            return False
        wrapped = sum(m in CHECKLIST_MOVES or m is Move.SYMPATHY for m in self.moves)
        return self.asks >= 3 or wrapped >= 3

    @property
    def stuffed(self) -> bool:
        """Three or more different coaching words: a script recited (see :mod:`._coaching`)."""
        return coaching_words(self.text) >= STUFFED_AT

    @property
    def substantive(self) -> bool:
        """Grounded, and not a formula, a repeat, a mis-reflection or disguised judgment."""
        return (
            self.grounded
            and not self.formula_only
            and self.repeat_of is None
            and self.misreflection is None
            and not self.disguised_judgment
            and self.parroted is None
        )


_RANK = {move: i for i, move in enumerate(MOVE_ORDER)}
_MADE_UP_THINGS = 2
"""Things never mentioned that make a reflection with none of their words made up."""


_LOCAL = threading.local()


def _context(history: Sequence[tuple[Speaker, str]]) -> _Context:
    items = history if isinstance(history, list) else list(history)
    ctx: _Context | None = getattr(_LOCAL, "context", None)
    if ctx is None or len(ctx.items) > len(items) or items[: len(ctx.items)] != ctx.items:
        ctx = _Context()
    ctx.extend(items[len(ctx.items) :])
    _LOCAL.context = ctx
    return ctx


def _clear_caches() -> None:
    """Forget every remembered line (benchmarks measure from cold; tests compare with fresh)."""
    _TURNS.clear()
    _SAID.clear()
    _DETECTED.clear()
    _KEYS.clear()
    _COACHING.clear()
    _aside_units.cache_clear()
    _LOCAL.context = None


_SYMPATHY_CUE = "sympathy for what they are going through"


def _all_theirs(words: EmployeeWords, phrase: str) -> bool:
    """Whether every content word of ``phrase`` is one of theirs ("paused" in "you paused the
    rollout" after "I paused the rollout")."""
    keys = [k for k in turn_keys(phrase) if k.startswith("s:")]
    if not keys:  # no content word ("never get back to"): their very phrase, or not theirs
        return any(phrase in said.lower() for said in words.seen)
    return all(k in words.keys for k in keys)


def assess(text: str, history: Sequence[tuple[Speaker, str]] = ()) -> Assessment:
    """Assess a manager turn against every earlier turn of the conversation.

    ``history``: the earlier turns, oldest first, as ``(speaker, text)``. The employee's turns
    ground the manager's; the manager's own earlier turns are checked for repeats.
    """
    return _assess(_context(history), text)


def _conversation() -> tuple[Callable[[str], Assessment], Callable[[str, str], None]]:
    """:func:`assess` for one conversation told turn by turn, as the scorer reads it: how to
    assess a manager turn after the turns added so far, and how to add the next turn (a
    manager turn after it has been assessed). The same results as handing over the growing
    history each time, without checking each time that it extends the last one."""
    ctx = _Context()
    return partial(_assess, ctx), ctx.add


def _assess(ctx: _Context, text: str) -> Assessment:
    words = ctx.employee
    turn = _turn(text)
    # detect() reads the employee's last line before this turn (even if the manager spoke
    # since): that is the line the turn most likely answers. Its result is never handed out
    # (its cues dict is copied), so a remembered one is safe to reuse.
    found = _detect(text, words.last)
    said = words.said
    copied = ctx.copied(turn) if said else None
    parroted = None if copied is None else Echoes.parroted(turn.low, turn.seq, copied)
    if parroted is None and said and turn.low.count(".") >= COLLAGE_FRAGMENTS - 1:
        # "Six months of coffees. Hallam Logistics. Proposal stage.": their words in a list.
        parroted = collage(turn.low, words.seen)
    # Words pasted back with their "I" unchanged are copied, not taken up.
    grounding = words.grounding(turn.told_keys()) if said and parroted is None else ()
    grounded = bool(grounding)
    cues = found.cues
    if Move.JUDGMENT in cues and cues[Move.JUDGMENT].startswith("blaming question"):
        cues = their_own_question(cues, words.last, grounding)
    if Move.ADVICE in cues and words.last is not None and cues[Move.ADVICE][:12] == "imperative '":
        cues = granted(cues, turn.low, words.last)
    if Move.REFLECTION in cues and words.last is not None and grounded:
        cues = request_granted(cues, turn.low, words.seen, grounding)
    if Move.REFLECTION in cues and grounded:
        cues = told_made_a_fix(cues, turn.low, grounding)
    if Move.REFLECTION in cues:
        cues = type_of_person(cues, turn.low, grounding)
    if Move.REFLECTION in cues and grounded:
        cues = aside_only(
            cues,
            turn.low,
            lambda rest: real_grounding(words.grounding(turn_keys(rest))),
            lambda phrase: _all_theirs(words, phrase),
        )
    if Move.REFLECTION in cues and cues.get(Move.CLOSED_QUESTION) == "leading question":
        # "The churn dashboard is late. When am I getting it?": their words are the charge a
        # demand for an account rests on (only blunt managers did this, in ten blind sets).
        cues = without(cues, Move.REFLECTION, "a demand for an account")

    # Judgment in a listening form: "I hear you, but...", "sounds like you're lazy", or a
    # reflective stem whose sentence detect() refused as a reflection because it judges.
    # "I hear you. There'll be other opportunities": a bare listening opener before a
    # judgment is the judgment's costume, like "I hear you, but".
    disguised = turn.verdict or (
        Move.JUDGMENT in cues
        and (Move.REFLECTION not in cues or _BARE_OPENER.match(turn.low) is not None)
        and turn.judging_form()
    )
    misreflection: str | None = None
    formula_only = sympathy = False
    if said and not grounded and not disguised and parroted is None:
        formula_only, misreflection, sympathy = turn.listening()
    elif grounded and not disguised and not words.takes_up_any(turn.stem_keys):
        # Only a feeling matches ("worried" for their "terrified"): what it is about must be
        # theirs too, or the turn pins their feeling on a made-up cause ("the plants dying").
        misreflection = turn.made_up_cause(words)
    swapped = None
    if grounded and not disguised and misreflection is None and Move.REFLECTION in cues:
        # "So Liam's warm accounts went to you" after "my warm accounts went to Liam": their
        # words, with the people in them swapped round.
        swapped = swapped_roles(text, words.seen)
        misreflection = None if swapped is None else swapped[1]
    life = None
    if said and Move.REFLECTION in cues and not LIFE_TOKENS.isdisjoint(turn.tokens):
        # "So your sister's wedding plans have left you sidelined": their life outside work,
        # which they never mentioned.
        life = made_up_life(turn.low, words.knows)
    made_up = None
    if said and not grounded and misreflection is None and Move.REFLECTION in cues:
        # "And the Jenkins account is where that frustration comes from", to someone who never
        # mentioned it: a thing named from nowhere, though the feeling may be an inference.
        # Two of them: one may be a word of the situation both know ("the launch").
        unknown = [w for w in dict.fromkeys(named_things(turn.low)) if not words.knows(w)]
        if len(unknown) < _MADE_UP_THINGS:
            # Two people or places the same way: "Marguerite moved to Lisbon". One may be
            # known from the situation both share ("it went to Kyle"), like a thing above, and
            # the name they are addressed by is known whether or not they said it.
            names = dict.fromkeys(n.lower() for n in proper_names(text))
            unknown = [w for w in names if not words.knows(w)]
        made_up = " and ".join(unknown[:2]) if len(unknown) >= _MADE_UP_THINGS else None

    counterweight = turn.counterweight(words) if said and Move.REFLECTION in found.cues else None
    feels = Move.REFLECTION in found.cues or Move.SYMPATHY in found.cues
    if disguised:
        moves = dict(cues)
        moves.pop(Move.REFLECTION, None)
        moves.setdefault(
            Move.JUDGMENT, "'I hear you, but'" if turn.yes_but else "verdict about the person"
        )
    elif (
        formula_only or misreflection is not None or sympathy or parroted is not None
    ) and Move.REFLECTION in cues:
        moves = dict(cues)
        del moves[Move.REFLECTION]
        if sympathy:
            moves[Move.SYMPATHY] = _SYMPATHY_CUE
    else:
        moves = None
    if moves is None:
        # Unchanged: detect() gives at least one move, in MOVE_ORDER, with OTHER only alone,
        # and its cues in the order of its moves, so a copy keeps that order.
        ordered = found.moves if cues is found.cues else tuple(cues)
        out = dict(cues)
    else:
        if not moves:
            if formula_only:
                cue = "a listening phrase with none of their words behind it"
            elif misreflection is not None:
                did = "turns round who did what" if swapped else "reflects what they never said"
                cue = f"{did} ('{misreflection[:60]}')"
            elif parroted is not None:
                cue = f"says their words back unchanged ('{parroted[:60]}')"
            else:
                cue = "no move cue"
            moves = {Move.OTHER: cue}
        elif len(moves) > 1:
            moves.pop(Move.OTHER, None)
        ordered = tuple(sorted(moves, key=_RANK.__getitem__))
        out = {m: moves[m] for m in ordered}
    # Words of an earlier reply of theirs said back, none of the latest (which has four words
    # or more): an answer to what they said before, not to what they just said.
    echoed = sum(copied) / len(copied) if copied else 0.0
    stale = (
        echoed >= STALE_SHARE
        and bool(ctx.last_grams)
        and frozenset(ctx.last_grams).isdisjoint(
            turn.grams if turn.grams is not None else runs(turn.seq)
        )
    )
    return Assessment(
        text=text,
        moves=ordered,
        cues=out,
        grounding=grounding,
        grounded=grounded,
        formula_only=formula_only,
        misreflection=misreflection,
        repeat_of=ctx.repeat_of(turn, copied),
        asked_again=ctx.asked_again(turn),
        disguised_judgment=disguised,
        parroted=parroted,
        asks=turn.asks,
        echoed=echoed,
        unmentioned_life=life,
        made_up=made_up,
        stale=stale,
        swapped=None if swapped is None else swapped[0],
        adds_own=(
            not said
            or not feels
            or (
                counterweight is None
                and adds_own(turn.fresh_content(ctx.sentences), ctx.said, turn.low)
            )
        ),
        counterweight=counterweight,
        slotted=grounded and turn.slotted(ctx.said),
        amplified=amplifies(turn.tokens, turn.seq, ctx.said) if said and feels else None,
        tells_own=turn.tells_own(),
    )
