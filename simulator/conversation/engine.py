"""The persona engine: the employee's hidden state and the deterministic rules that move it.

The engine decides what may be revealed; partners (scripted or LLM) only render the
outcome. Rules, applied once per manager turn, in this order:

1. Trust and stress change by the sum of :data:`MOVE_EFFECTS` for the moves detected in
   the turn (each move counts once), with two context rules: advice before the persona's
   second layer is disclosed is *unsolicited* (it costs trust), and a closed question
   following a closed-question-only turn is a *string* of closed questions (it costs
   trust). Any trigger phrase of the persona adds its own effect. A turn containing
   judgment or a trigger earns no trust, whatever else it holds. Trust gained in one turn
   is capped at :data:`MAX_TRUST_GAIN`. Both values are clamped to 0-10. A turn whose net
   trust change is negative, or that holds judgment or a trigger, is *negative*: it
   discloses nothing and the employee closes up.
2. If trust has reached 0 or stress 10, the employee shuts down and the session ends.
3. If the turn was not negative and proposed a next step, the persona's
   ``next_step.requires`` layers are disclosed and trust is at least
   ``next_step.min_trust``, the employee commits and the session ends.
4. Otherwise, unless the turn was negative, the next locked layer (layers open in order)
   is disclosed if trust is at least its ``unlock.min_trust`` and the turn holds one of
   its ``unlock.moves``.
5. Otherwise, unless the turn was negative, if the manager asked about resources and trust
   is at least a not yet surfaced need's ``min_trust``, that need is surfaced.
6. The session ends when the manager has had ``max_turns`` turns.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from simulator.content.personas import Persona
from simulator.moves.detector import Detection, Move

MOVE_EFFECTS: dict[Move, tuple[float, float]] = {
    # move: (trust change, stress change)
    Move.REFLECTION: (2.0, -1.0),
    Move.OPEN_QUESTION: (1.0, 0.0),
    Move.RECOGNITION: (1.0, -1.0),
    Move.RESOURCE_CHECK: (1.0, -0.5),
    Move.NEXT_STEP: (0.0, 0.0),
    Move.CLOSED_QUESTION: (0.0, 0.0),
    Move.JUDGMENT: (-2.0, 2.0),
    Move.ADVICE: (0.0, 0.0),
    Move.OTHER: (0.0, 0.0),
}
UNSOLICITED_ADVICE: tuple[float, float] = (-1.0, 1.0)
CLOSED_STRING: tuple[float, float] = (-1.0, 1.0)
MAX_TRUST_GAIN = 3.0
SHUTDOWN_TRUST = 0.0
SHUTDOWN_STRESS = 10.0


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
    GUARDED = "guarded"
    SHUTTING_DOWN = "shutting_down"
    COMMITTING = "committing"
    CLOSING = "closing"


@dataclass
class State:
    """The employee's hidden state."""

    trust: float
    stress: float
    disclosed: list[str] = field(default_factory=list)
    needs_surfaced: list[str] = field(default_factory=list)
    turn: int = 0
    ended: bool = False
    end_reason: EndReason | None = None
    closed_only_last_turn: bool = False

    @property
    def committed(self) -> bool:
        """Whether the employee committed to a next step (which ends the session)."""
        return self.end_reason is EndReason.COMMITTED


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


def _clamp(x: float) -> float:
    return max(0.0, min(10.0, x))


class Engine:
    """Applies the rules above to one persona, turn by turn."""

    def __init__(self, persona: Persona) -> None:
        self.persona = persona
        self.state = State(trust=persona.initial.trust, stress=persona.initial.stress)
        self._triggers = [(t, tuple(p.lower() for p in t.phrases)) for t in persona.triggers]

    def _advice_is_unsolicited(self) -> bool:
        # Until the person has said what is really going on, advice is fixing, not listening.
        layers = self.persona.layers
        return len(self.state.disclosed) < min(2, len(layers))

    def step(self, detection: Detection, text: str) -> Outcome:
        """Apply one manager turn and return what happened."""
        s = self.state
        if s.ended:
            raise RuntimeError("the session has ended; start a new one")
        s.turn += 1
        moves = detection.moves
        reasons: list[str] = []
        gain = loss = stress = 0.0
        for move in moves:
            dt, ds = MOVE_EFFECTS[move]
            if move is Move.ADVICE and self._advice_is_unsolicited():
                dt, ds = UNSOLICITED_ADVICE
                reasons.append("unsolicited advice")
            if dt or ds:
                reasons.append(f"{move.value} {dt:+g} trust {ds:+g} stress")
            gain += max(dt, 0.0)
            loss += min(dt, 0.0)
            stress += ds
        closed_only = set(moves) == {Move.CLOSED_QUESTION}
        if closed_only and s.closed_only_last_turn:
            loss += CLOSED_STRING[0]
            stress += CLOSED_STRING[1]
            reasons.append("string of closed questions")
        s.closed_only_last_turn = closed_only
        lowered = text.lower()
        fired_ids: list[str] = []
        for trig, phrases in self._triggers:
            if any(p in lowered for p in phrases):
                fired_ids.append(trig.id)
                loss += trig.trust
                stress += trig.stress
                reasons.append(f"trigger {trig.id}")
        fired = tuple(fired_ids)
        hostile = Move.JUDGMENT in moves or bool(fired)
        if hostile:
            gain = 0.0
        gain = min(gain, MAX_TRUST_GAIN)
        net = gain + loss
        before_trust, before_stress = s.trust, s.stress
        s.trust = _clamp(s.trust + net)
        s.stress = _clamp(s.stress + stress)
        # A listening turn with a small misstep still nets trust; only a net loss (or any
        # hostility) closes the person up. Judged on the unclamped change, so good listening
        # at full trust still reads as good listening.
        negative = hostile or net < 0
        positive = net > 0 and not negative

        def outcome(reaction: Reaction, **kw: object) -> Outcome:
            return Outcome(
                turn=s.turn,
                moves=moves,
                trust_delta=s.trust - before_trust,
                stress_delta=s.stress - before_stress,
                reaction=reaction,
                reasons=tuple(reasons),
                triggers=fired,
                ended=s.ended,
                end_reason=s.end_reason,
                **kw,  # type: ignore[arg-type]
            )

        if s.trust <= SHUTDOWN_TRUST or s.stress >= SHUTDOWN_STRESS:
            self._end(EndReason.SHUTDOWN)
            return outcome(Reaction.SHUTTING_DOWN)

        step = self.persona.next_step
        if (
            Move.NEXT_STEP in moves
            and not negative
            and all(r in s.disclosed for r in step.requires)
            and s.trust >= step.min_trust
        ):
            self._end(EndReason.COMMITTED)
            return outcome(Reaction.COMMITTING)

        if not negative:
            layer = self._next_unlockable(moves)
            if layer is not None:
                s.disclosed.append(layer)
                return self._maybe_time_up(outcome, Reaction.DISCLOSE, layer=layer)
            if Move.RESOURCE_CHECK in moves:
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
                    return self._maybe_time_up(outcome, Reaction.NEED, need=need)

        if negative:
            reaction = Reaction.SHUTTING_DOWN
        elif positive and s.disclosed and {Move.REFLECTION, Move.OPEN_QUESTION} & set(moves):
            reaction = Reaction.ELABORATE
        elif positive:
            reaction = Reaction.OPENING_UP
        else:
            reaction = Reaction.GUARDED
        return self._maybe_time_up(outcome, reaction)

    def _maybe_time_up(self, outcome, reaction: Reaction, **kw: object) -> Outcome:  # type: ignore[no-untyped-def]
        if self.state.turn >= self.persona.max_turns:
            self._end(EndReason.TURN_LIMIT)
            return outcome(Reaction.CLOSING, **kw)
        return outcome(reaction, **kw)

    def _next_unlockable(self, moves: tuple[Move, ...]) -> str | None:
        for layer in self.persona.layers:
            if layer.id in self.state.disclosed:
                continue
            ok_moves = not layer.unlock.moves or bool(set(layer.unlock.moves) & set(moves))
            if self.state.trust >= layer.unlock.min_trust and ok_moves:
                return layer.id
            return None  # layers open in order
        return None

    def _end(self, reason: EndReason) -> None:
        self.state.ended = True
        self.state.end_reason = reason
