"""The persona engine: the employee's hidden state and the deterministic rules that move it.

The engine decides what may be revealed; partners (scripted or LLM) only render the outcome.
Each manager turn arrives as an :class:`~simulator.moves.assessment.Assessment`: its moves,
judged against the conversation so far (what of the employee's words it takes up, whether it
is a bare formula, a repeat, a mis-reflection or judgment in a listening form). Rules, once
per manager turn:

1. **Trust is earned by grounded listening.** A reflection that takes up the employee's words
   earns most; a question, sympathy, kindness, specific recognition, asking what would help
   and owning a mistake earn some; a bare formula earns a little, twice at most. A repeat
   earns nothing, and from the second repeat on it costs. A mis-reflection earns nothing and
   is corrected. Judgment (in any wording), a trigger phrase *said* (not quoted, negated or
   owned), unsolicited advice and a string of yes/no questions cost trust; guarded and
   defensive personas forgive less (:data:`FORGIVENESS`). A turn with judgment or a trigger
   earns nothing; gains are capped at :data:`MAX_TRUST_GAIN` a turn. A factual question
   is answered and costs nothing on its own. Every change is kept with its reason in plain
   words (:class:`Change`).
2. **Disclosure needs breadth and topic.** A *good turn* is one that earns trust by listening
   (not a formula, repeat or mis-reflection). The next layer opens only in a good turn, with
   trust at its ``unlock.min_trust``, one of its ``unlock.moves`` (sympathy counts as a
   reflection), and at least ``good_turns`` good turns since the last disclosure (by
   difficulty, :data:`GOOD_TURNS`), in a turn that touches the layer's ``topics``, or after
   one good turn more (sustained listening). The most private layer also needs
   :data:`PRIVATE_TOTAL` good turns in the whole conversation. A hostile turn sets the count
   back (:data:`SETBACK`), and a pattern of them keeps the deeper layers shut
   (:data:`HOSTILE_LIMIT`): warmth between verdicts does not buy the most private thing.
   So does each thing they never said from the third on: one or two wrong guesses are part of
   listening, a string of them is not following.
3. A need surfaces when the manager asks what would help, a layer is out and trust has
   reached the need's ``min_trust``.
4. **Agreement to what was offered.** A proposal commits the employee only if the required
   layers are out, trust is at ``next_step.min_trust`` and it covers every need in
   ``next_step.needs`` (by the need's cues, or by saying yes to the employee's own proposal).
   A bare "what's the next step?" gets their own proposal when those needs have surfaced,
   otherwise a line naming what is missing. After agreeing, the manager has one closing turn.
5. The employee shuts down at trust 0 or stress 10; time runs out after ``max_turns``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from simulator.content.personas import Layer, Persona
from simulator.conversation import _agreement, _words
from simulator.conversation._change import Change
from simulator.conversation._turn import TurnScore
from simulator.moves.assessment import Assessment, Speaker
from simulator.moves.vocabulary import Move

MAX_TRUST_GAIN = 3.0
GAIN_CAP = {"open": 3.0, "guarded": 2.5, "defensive": 2.0}
"""Most trust one turn can earn, by difficulty (never above :data:`MAX_TRUST_GAIN`)."""
SHUTDOWN_TRUST = 0.0
SHUTDOWN_STRESS = 10.0

GOOD_TURNS: dict[str, dict[str, int]] = {
    # difficulty: layer kind -> distinct good turns needed since the last disclosure
    "open": {"surface": 1, "stressor": 2, "private": 3},
    "guarded": {"surface": 1, "stressor": 3, "private": 3},
    "defensive": {"surface": 2, "stressor": 3, "private": 4},
}
PRIVATE_TOTAL = {"open": 5, "guarded": 7, "defensive": 8}
"""Good turns in the whole conversation before the most private layer can open."""
HOSTILE_LIMIT = {"stressor": 2, "private": 2}
"""Hostile turns (judgment, a sore point) in a conversation after which a layer of this kind
stays closed, however warm the turns between them: a pattern of slips, not one slip."""
FORGIVENESS = {"open": 1.0, "guarded": 1.25, "defensive": 1.5}
"""Multiplier on every trust cost: guarded and defensive people forgive less."""


class EndReason(StrEnum):
    """Why a session ended. The engine ends it for the first three; a practice run (the
    clock, the End button) for the last two."""

    COMMITTED = "committed"
    SHUTDOWN = "shutdown"
    TURN_LIMIT = "turn_limit"
    TIME_UP = "time_up"
    ENDED_BY_YOU = "ended_by_you"


class Reaction(StrEnum):
    """What kind of reply the turn calls for; partners pick or generate a line for it."""

    DISCLOSE = "disclose"
    NEED = "need"
    ELABORATE = "elaborate"
    OPENING_UP = "opening_up"
    NEUTRAL = "neutral"
    GUARDED = "guarded"
    DEFLECTING = "deflecting"
    ANSWER = "answer"
    KINDNESS = "kindness"
    APOLOGY = "apology"
    CORRECTING = "correcting"
    REPEATING = "repeating"
    SHUTTING_DOWN = "shutting_down"
    PROPOSING = "proposing"
    NOT_READY = "not_ready"
    COMMITTING = "committing"
    AFTER_COMMIT = "after_commit"
    CLOSING = "closing"


@dataclass
class State:
    """The employee's hidden state, and the engine's memory of the conversation.

    Everything the engine remembers lives here, so copying the state rolls a turn back.
    """

    trust: float
    stress: float
    disclosed: list[str] = field(default_factory=list)
    needs_surfaced: list[str] = field(default_factory=list)
    turn: int = 0
    ended: bool = False
    end_reason: EndReason | None = None
    closed_only_last_turn: bool = False
    committed: bool = False
    """They agreed a next step; the manager has one closing turn left."""
    agreed: str | None = None
    agreed_needs: list[str] = field(default_factory=list)
    good_turns: int = 0
    good_since_disclosure: int = 0
    heard_since_disclosure: bool = False
    """Some turn since the last disclosure showed they were heard (see TurnScore.heard)."""
    formula_gain: float = 0.0
    bare_sympathy: int = 0
    apologies: int = 0
    """Turns in which the manager owned their part (see _allowances._OWNED_HEARD)."""
    repeats: list[int] = field(default_factory=list)
    repeat_streak: int = 0
    """Repeats in a row: the first earns nothing, the ones after it cost."""
    echoes: int = 0
    """Reflections that only said their words back (see simulator.moves.ECHO_SHARE)."""
    taken_up: set[str] = field(default_factory=set)
    """Their words the manager's turns have taken up so far (see _turn._rehash)."""
    rehashes: int = 0
    """Reflections that mostly said back what was already said back."""
    cheers: int = 0
    """Turns that agreed with them wholesale (see _allowances._CHEERS_HEARD)."""
    implied: int = 0
    """Feelings named with none of their words (see _allowances._IMPLIED_HEARD)."""
    own_stories: int = 0
    """Turns in which the manager told a story of their own (see _allowances._OWN_STORIES)."""
    hollow: int = 0
    """Turns with an echo, a guessed feeling or bare sympathy, however many of them (see
    _allowances.HOLLOW_HEARD)."""
    slots: int = 0
    """Short stock lines with one phrase of theirs slotted in (see moves.SLOTS_HEARD)."""
    amplified: int = 0
    """Turns that made a feeling bigger than they said it (see moves.AMPLIFIED_HEARD)."""
    stale: int = 0
    """Turns answering a reply before their last, not their last (see moves.STALES_HEARD)."""
    praised: set[str] = field(default_factory=set)
    """The praise wordings used so far (recognition cues): the same praise again is a formula."""
    recognised: int = 0
    """Specific recognitions earned so far (see _allowances._RECOGNITION_HEARD)."""
    corrected: int = 0
    """Turns the employee corrected as a mis-reflection (see _allowances._GUESSES_CORRECTED)."""
    hostile_turns: int = 0
    """Turns with judgment or a sore point (see :data:`HOSTILE_LIMIT`)."""
    stock_asks: int = 0
    """Questions in a row that took up nothing they said (see _allowances._STOCK_ASKS)."""
    asks_in_row: int = 0
    """Turns in a row with nothing heard back (see _allowances._ASKS_IN_ROW)."""
    meanings: int = 0
    """Turns that only asked what a word of theirs means (see _allowances._MEANINGS_HEARD)."""
    proposal_pending: bool = False
    asked_step_at: tuple[int, int] | None = None
    """(layers out, needs named) when a next step was last asked for."""
    last_shared: str | None = None
    """The layer or need disclosed in the previous turn, until the manager responds."""
    triggers_hit: list[tuple[int, str, str]] = field(default_factory=list)
    """(turn, trigger id, the phrase said)."""
    ignored: list[tuple[int, str]] = field(default_factory=list)
    """(turn, layer or need id) the manager passed over right after it was shared."""
    facts_answered: list[str] = field(default_factory=list)
    misattributed: set[str] = field(default_factory=set)
    """Stems of what the manager wrongly attributed: the employee's correction repeats them,
    so taking them up again is no grounding."""

    def progress(self) -> tuple[int, int]:
        """How far the conversation has got: layers out and needs named."""
        return len(self.disclosed), len(self.needs_surfaced)


@dataclass(frozen=True)
class Outcome:
    """What one manager turn did to the state, and the reaction it calls for."""

    turn: int
    moves: tuple[Move, ...]
    trust_delta: float
    stress_delta: float
    reaction: Reaction
    reasons: tuple[str, ...]
    layer: str | None = None
    need: str | None = None
    triggers: tuple[str, ...] = ()
    ended: bool = False
    end_reason: EndReason | None = None
    changes: tuple[Change, ...] = ()
    good: bool = False
    grounding: tuple[str, ...] = ()
    fact: str | None = None
    answer: str | None = None
    """The fact's answer, in the variant trust allows."""
    correction: str | None = None
    """What the manager wrongly attributed, to be corrected."""
    proposal: str | None = None
    """The plan as the employee restates it (committing) or offers it (proposing)."""
    missing: str | None = None
    """What still stands between the conversation and a next step (not ready)."""
    repeat: bool = False
    ignored: str | None = None
    """The layer or need the manager passed over this turn."""
    about: str | None = None
    """The disclosed layer an elaborating reply keeps talking about."""


def _clamp(x: float) -> float:
    return max(0.0, min(10.0, x))


class Engine:
    """Applies the rules above to one persona, turn by turn."""

    def __init__(self, persona: Persona) -> None:
        self.persona = persona
        self.state = State(trust=persona.initial.trust, stress=persona.initial.stress)
        self.name = persona.name.split()[0]
        self.forgive = FORGIVENESS[persona.difficulty]
        self.cap = min(GAIN_CAP[persona.difficulty], MAX_TRUST_GAIN)
        self.context = _words.content_stems(persona.public_context)
        # Everything true of them, said or not: a guess within it is no mis-reflection.
        story = [persona.public_context, persona.situation, persona.opening_line]
        story += [x for layer in persona.layers for x in (layer.summary, *layer.lines)]
        story += [x for need in persona.needs for x in (need.summary, *need.lines)]
        story += [x for fact in persona.facts for x in (fact.guarded, fact.open)]
        self.truth = _words.content_stems(" ".join(story))

    # --- public ---------------------------------------------------------------------------

    def step(
        self,
        assessment: Assessment,
        text: str | None = None,
        history: Sequence[tuple[Speaker, str]] = (),
    ) -> Outcome:
        """Apply one manager turn (assessed against ``history``, the turns before it)."""
        s = self.state
        if s.ended:
            raise RuntimeError("the session has ended; start a new one")
        s.turn += 1
        turn = TurnScore(self, assessment, text if text is not None else assessment.text, history)
        before = (s.trust, s.stress)
        turn.score()
        s.trust = _clamp(s.trust + turn.net_trust)
        s.stress = _clamp(s.stress + turn.stress)
        for name, now, was, wanted in (
            ("trust", s.trust, before[0], turn.net_trust),
            ("stress", s.stress, before[1], turn.stress),
        ):
            if wanted and now in (0.0, 10.0) and now - was != wanted:
                # The chart shows the value stuck at an end; say why a reason's change is not.
                edge = "top" if now == 10 else "bottom"
                turn.changes.append(Change(0.0, 0.0, f"{name} is already at the {edge}"))
        kw: dict[str, Any] = {}
        reaction = self._react(turn, kw)
        if reaction is Reaction.ELABORATE:
            kw["about"] = self._about(turn)
        return Outcome(
            turn=s.turn,
            moves=assessment.moves,
            trust_delta=s.trust - before[0],
            stress_delta=s.stress - before[1],
            reaction=reaction,
            reasons=tuple(c.describe() for c in turn.changes),
            triggers=tuple(turn.triggers),
            ended=s.ended,
            end_reason=s.end_reason,
            changes=tuple(turn.changes),
            good=turn.good,
            grounding=assessment.grounding,
            fact=turn.fact,
            answer=turn.answer,
            correction=turn.wrong if turn.mis else None,
            repeat=turn.repeat,
            ignored=turn.ignored,
            **kw,
        )

    # --- reactions ------------------------------------------------------------------------

    def _react(self, t: TurnScore, kw: dict[str, Any]) -> Reaction:
        s = self.state
        if s.trust <= SHUTDOWN_TRUST or s.stress >= SHUTDOWN_STRESS:
            self._end(EndReason.SHUTDOWN)
            return Reaction.SHUTTING_DOWN
        if s.committed:
            self._end(EndReason.COMMITTED)
            return Reaction.SHUTTING_DOWN if t.hostile else Reaction.AFTER_COMMIT
        if t.proposes and not t.negative:
            reaction = self._next_step(t, kw)
            if reaction is not None:
                return self._time(reaction)
        if not t.negative:
            layer = self._unlockable(t)
            if layer is not None:
                s.disclosed.append(layer.id)
                s.good_since_disclosure = 0
                s.heard_since_disclosure = False
                s.last_shared = layer.id
                kw["layer"] = layer.id
                return self._time(Reaction.DISCLOSE)
            if Move.RESOURCE_CHECK in t.moves and s.disclosed and not t.repeat and not t.mis:
                need = next(
                    (
                        n.id
                        for n in self.persona.needs
                        if n.id not in s.needs_surfaced and s.trust >= n.min_trust
                    ),
                    None,
                )
                if need is not None:
                    s.needs_surfaced.append(need)
                    s.last_shared = need
                    kw["need"] = need
                    return self._time(Reaction.NEED)
        return self._time(self._mood(t))

    def _mood(self, t: TurnScore) -> Reaction:
        s = self.state
        if t.hostile:
            return Reaction.SHUTTING_DOWN
        if t.repeat:
            if t.repeat_cost:
                return Reaction.REPEATING
            return Reaction.GUARDED if s.trust < 5 else Reaction.NEUTRAL
        if t.mis:
            return Reaction.CORRECTING
        if t.apology and t.good:
            return Reaction.APOLOGY
        if t.kind and t.good:
            return Reaction.KINDNESS
        if t.fact is not None:
            return Reaction.ANSWER
        if t.negative:
            return Reaction.SHUTTING_DOWN if s.trust < 5 else Reaction.NEUTRAL
        locked = next((x for x in self.persona.layers if x.id not in s.disclosed), None)
        if locked is not None and _words.matching_cue(t.stems, locked.topics):
            # Asked about what they are not ready to share: they deflect, rather than go on
            # about something else as if that was the answer.
            return Reaction.DEFLECTING
        listening = {Move.REFLECTION, Move.OPEN_QUESTION} & set(t.moves)
        if t.good and s.disclosed and listening:
            return Reaction.ELABORATE
        if t.good:
            # Real listening is never met with a brush-off; warmth shows once trust allows.
            return Reaction.OPENING_UP if s.trust >= 4 else Reaction.NEUTRAL
        return Reaction.GUARDED if s.trust < 5 else Reaction.NEUTRAL

    def _about(self, t: TurnScore) -> str | None:
        """The disclosed layer the turn is about: its topic, or the most words in common
        with what they said of it; the deepest one if nothing points elsewhere."""
        s, p = self.state, self.persona
        best: tuple[int, int, str] | None = None
        for depth, layer_id in enumerate(s.disclosed):
            layer = p.layer(layer_id)
            score = 3 * bool(_words.matching_cue(t.stems, layer.topics))
            score += len(t.content & _words.content_stems(" ".join(layer.lines)))
            if best is None or (score, depth) > best[:2]:
                best = (score, depth, layer_id)
        return best[2] if best else None

    def _next_step(self, t: TurnScore, kw: dict[str, Any]) -> Reaction | None:
        s, p = self.state, self.persona
        step = p.next_step
        # A need named only to turn it down ("Jenna's stretched, you'll have to keep doing the
        # calls") is not offered.
        covered = _agreement.covered_needs(p, _words.offered(t.text))
        agreeing = s.proposal_pending and _words.is_agreement(t.text)
        if agreeing:
            covered += [n for n in s.needs_surfaced if n not in covered]
        layers_ok = all(r in s.disclosed for r in step.requires)
        trust_ok = s.trust >= step.min_trust
        missing = [n for n in step.needs if n not in covered]
        if layers_ok and trust_ok and not missing:
            agreed = [n for n in p.needs if n.id in covered]
            s.agreed_needs = [n.id for n in agreed]
            line = _agreement.agreement_line(p, s.agreed_needs, s.needs_surfaced, t.text)
            s.agreed = line or step.summary
            s.needs_surfaced += [n for n in s.agreed_needs if n not in s.needs_surfaced]
            s.committed = True
            s.proposal_pending = False
            kw["proposal"] = line
            if s.turn >= p.max_turns:
                self._end(EndReason.COMMITTED)
            return Reaction.COMMITTING
        if Move.NEXT_STEP not in t.moves and not t.offers:
            return None  # a "yes" to nothing pending is just a yes
        s.asked_step_at = s.progress()
        ready = layers_ok and trust_ok and all(n in s.needs_surfaced for n in step.needs)
        if not covered and _words.is_question(t.text) and ready and s.needs_surfaced:
            s.proposal_pending = True
            kw["proposal"] = _agreement.own_proposal(p, s.needs_surfaced)
            return Reaction.PROPOSING
        unsaid = next(
            (
                n
                for n in p.needs
                if n.id in missing and n.id not in s.needs_surfaced and s.trust >= n.min_trust
            ),
            None,
        )
        asks_for_more = bool(covered) or t.offers or Move.RESOURCE_CHECK in t.moves
        if layers_ok and trust_ok and unsaid is not None and asks_for_more:
            # "I'll open Thursday myself. Anything else you'd need?": a plan that falls short of
            # what they need is the moment to say the rest of it, not "we haven't talked".
            s.needs_surfaced.append(unsaid.id)
            s.last_shared = unsaid.id
            kw["need"] = unsaid.id
            return Reaction.NEED
        if not layers_ok and _words.hands_back(t.text):
            # A commitment said on the way to listening ("it goes in the action items. What's
            # been hardest for you?") is not pushed back on as a plan too soon: the turn is heard
            # for its question.
            return None
        kw["missing"] = _agreement.missing_line(
            p,
            layers_ok=layers_ok,
            trust_ok=trust_ok,
            missing=missing,
            surfaced=s.needs_surfaced,
            offered=bool(covered) or t.offers,
        )
        return Reaction.NOT_READY

    def _unlockable(self, t: TurnScore) -> Layer | None:
        s, p = self.state, self.persona
        layer = next((x for x in p.layers if x.id not in s.disclosed), None)
        if layer is None or not t.good or s.trust < layer.unlock.min_trust:
            return None
        moves = set(t.moves)
        if t.kindness or t.owned:
            # Validation of what they said is empathy, as a reflection is, and so is owning
            # the manager's part; a formula or "no rush" in front of a question is not.
            moves.add(Move.REFLECTION)
        if layer.unlock.moves and not moves & set(layer.unlock.moves):
            return None
        need = layer.unlock.good_turns or GOOD_TURNS[p.difficulty][layer.kind]
        if s.good_since_disclosure < need:
            return None
        touched = not layer.topics or _words.matching_cue(t.stems, layer.topics) is not None
        if not touched and s.good_since_disclosure < need + 1:
            return None
        if layer.kind == "private" and s.good_turns < PRIVATE_TOTAL[p.difficulty]:
            return None
        if layer.kind != "surface" and not s.heard_since_disclosure:
            # Questions, kindness for nothing in particular and praise, turn after turn, with
            # nothing of what they last shared heard back: the next thing stays unsaid.
            return None
        limit = HOSTILE_LIMIT.get(layer.kind)
        if limit is not None and s.hostile_turns >= limit:
            return None
        return layer

    def _time(self, reaction: Reaction) -> Reaction:
        s = self.state
        if not s.ended and s.turn >= self.persona.max_turns:
            self._end(EndReason.COMMITTED if s.committed else EndReason.TURN_LIMIT)
            if reaction is not Reaction.COMMITTING:
                return Reaction.CLOSING
        return reaction

    def _end(self, reason: EndReason) -> None:
        self.state.ended = True
        self.state.end_reason = reason
