"""A practice session: the engine, a partner and the growing transcript, wired together."""

from __future__ import annotations

import copy
import dataclasses
import random
import uuid
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime

from simulator.content.catalog import DEFAULT_RUBRIC
from simulator.content.outcome import (
    OUTCOME_KEY,
    IgnoredDisclosure,
    SessionOutcome,
    StateChange,
    TimelinePoint,
    TriggerHit,
    TurnRecord,
)
from simulator.content.personas import Persona
from simulator.content.transcript import Transcript, Turn
from simulator.conversation.engine import Engine, Outcome, State
from simulator.conversation.scripted import Partner, ScriptedPartner
from simulator.errors import RehearseError
from simulator.moves.assessment import Assessment, Speaker, assess
from simulator.moves.detector import Detection

MAX_UTTERANCE_CHARS = 4000
"""Longest manager turn accepted in a live session; a chat turn is a few sentences."""

Detector = Callable[[str, str | None], Detection]
Assessor = Callable[[str, Sequence[tuple[Speaker, str]]], Assessment]


class Session:
    """One manager practising with one persona.

    Call :meth:`say` with each manager utterance; it streams the employee's reply and
    records both turns only once the reply is complete, so a partner that fails mid-turn
    leaves the session as it was and the turn can be retried.
    """

    def __init__(
        self,
        persona: Persona,
        partner: Partner | None = None,
        *,
        detector: Detector | None = None,
        assessor: Assessor = assess,
        session_id: str | None = None,
        rubric: str | None = DEFAULT_RUBRIC,
    ) -> None:
        self.persona = persona
        self.partner: Partner = partner or ScriptedPartner(seed=0)
        self.detector = detector
        self.assessor = assessor
        self.id = session_id or f"{persona.id}-{uuid.uuid4().hex[:8]}"
        self.rubric = rubric
        self.engine = Engine(persona)
        self.started_at = datetime.now(UTC).isoformat(timespec="seconds")
        self.turns: list[Turn] = [Turn(speaker="employee", text=persona.opening_line)]
        self.records: list[TurnRecord] = []
        self.last_outcome: Outcome | None = None
        self.branched_from: tuple[str, int] | None = None
        """``(session id, manager turn)`` when this session is a :meth:`branch` of another."""
        # The scripted partner as it was before the first turn: a branch replays through a
        # copy of it, so its random draws and used lines match the original's exactly.
        self._partner_start: Partner | None = (
            copy.deepcopy(self.partner) if isinstance(self.partner, ScriptedPartner) else None
        )

    @property
    def ended(self) -> bool:
        return self.engine.state.ended

    def say(self, text: str) -> Iterator[str]:
        """Stream the employee's reply to the manager's ``text``."""
        text = text.strip()
        if not text:
            raise RehearseError("say something first: the message is empty")
        if len(text) > MAX_UTTERANCE_CHARS:
            raise RehearseError(
                f"message is {len(text)} characters, over the {MAX_UTTERANCE_CHARS} limit",
                hint="a one-on-one turn is a few sentences; split it up",
            )
        if self.ended:
            raise RehearseError("this session has ended", hint="start a new session")
        past: list[tuple[Speaker, str]] = [(t.speaker, t.text) for t in self.turns]
        assessment = self.assessor(text, past)
        if self.detector is not None:
            # An injected detector decides the moves; the assessment still judges grounding.
            prev = past[-1][1] if past and past[-1][0] == "employee" else None
            found = self.detector(text, prev)
            assessment = dataclasses.replace(assessment, moves=found.moves, cues=found.cues)
        state_before = copy.deepcopy(self.engine.state)
        used_before = set(getattr(self.partner, "used", set()))
        # The scripted partner draws lines from its random generator; a retried turn must
        # draw the same ones, so the generator is rolled back with the used lines.
        rng = getattr(self.partner, "_rng", None)
        rng_before = rng.getstate() if isinstance(rng, random.Random) else None
        outcome = self.engine.step(assessment, text, past)
        said = Turn(speaker="manager", text=text)
        history = [*self.turns, said]
        chunks: list[str] = []
        try:
            for chunk in self.partner.reply(self.persona, self.engine.state, outcome, history):
                chunks.append(chunk)
                yield chunk
        except BaseException:
            # Roll back so the manager can retry the same turn with nothing lost or doubled.
            self.engine.state = state_before
            if hasattr(self.partner, "used"):
                self.partner.used = used_before
            if isinstance(rng, random.Random) and rng_before is not None:
                rng.setstate(rng_before)
            raise
        reply = "".join(chunks).strip()
        self.turns += [said, Turn(speaker="employee", text=reply)]
        self.last_outcome = outcome
        s = self.engine.state
        self.records.append(
            TurnRecord(
                turn=outcome.turn,
                moves=[m.value for m in assessment.moves],
                cues={m.value: c for m, c in assessment.cues.items()},
                reaction=outcome.reaction.value,
                trust=s.trust,
                stress=s.stress,
                layer=outcome.layer,
                need=outcome.need,
                triggers=list(outcome.triggers),
                trust_delta=round(outcome.trust_delta, 2),
                stress_delta=round(outcome.stress_delta, 2),
                changes=[
                    StateChange(trust=c.trust, stress=c.stress, reason=c.reason, text=c.describe())
                    for c in outcome.changes
                ],
                good=outcome.good,
                grounding=list(outcome.grounding),
                fact=outcome.fact,
                correction=outcome.correction,
                repeat=outcome.repeat,
                ignored=outcome.ignored,
            )
        )

    def respond(self, text: str) -> str:
        """The whole reply to ``text`` (see :meth:`say`)."""
        return "".join(self.say(text))

    def branch(self, at_manager_turn: int) -> Session:
        """A new session identical to this one just before manager turn ``at_manager_turn``
        (1 = the first), ready for the manager to say something different there.

        The earlier manager turns are replayed through a fresh engine, so trust, stress,
        layers and the turn records are exactly as they were. A scripted partner is replayed
        from its starting state (same seed, same draws), so it will also answer the new turn
        as it would have; any other partner (a model) is not called again: its recorded
        replies are reused. This session is left unchanged.
        """
        managers = [i for i, t in enumerate(self.turns) if t.speaker == "manager"]
        if not 1 <= at_manager_turn <= len(managers):
            raise RehearseError(
                f"no manager turn {at_manager_turn} to rewind to",
                hint=f"choose a turn from 1 to {len(managers)}",
            )
        partner = copy.deepcopy(self._partner_start) if self._partner_start else self.partner
        replay = _Replay(partner, scripted=self._partner_start is not None)
        new = Session(
            self.persona,
            replay,
            detector=self.detector,
            assessor=self.assessor,
            rubric=self.rubric,
        )
        new._partner_start = copy.deepcopy(self._partner_start)
        for i in managers[: at_manager_turn - 1]:
            replay.recorded = self.turns[i + 1].text if i + 1 < len(self.turns) else ""
            new.respond(self.turns[i].text)
        new.partner = partner
        new.branched_from = (self.id, at_manager_turn)
        return new

    def outcome(self) -> SessionOutcome:
        """What the session has uncovered so far."""
        s = self.engine.state
        return SessionOutcome(
            persona=self.persona.id,
            partner=self.partner.label,
            started_at=self.started_at,
            layers_disclosed=list(s.disclosed),
            layers_total=len(self.persona.layers),
            needs_surfaced=list(s.needs_surfaced),
            needs_total=len(self.persona.needs),
            committed=s.committed,
            ended=s.ended,
            end_reason=s.end_reason.value if s.end_reason else None,
            trust=s.trust,
            stress=s.stress,
            turns=list(self.records),
            agreed=s.agreed,
            agreed_needs=list(s.agreed_needs),
            triggers_hit=[
                TriggerHit(turn=t, trigger=tid, phrase=ph, summary=self._trigger_summary(tid))
                for t, tid, ph in s.triggers_hit
            ],
            disclosures_ignored=[self._ignored(t, shared) for t, shared in s.ignored],
            repeated_turns=list(s.repeats),
            good_turns=s.good_turns,
            timeline=self.timeline(),
        )

    def timeline(self) -> list[TimelinePoint]:
        """Trust and stress from the start (turn 0) through every manager turn, with reasons."""
        p = self.persona
        points = [TimelinePoint(turn=0, trust=p.initial.trust, stress=p.initial.stress)]
        points += [
            TimelinePoint(
                turn=r.turn, trust=r.trust, stress=r.stress, reasons=[c.text for c in r.changes]
            )
            for r in self.records
        ]
        return points

    def _trigger_summary(self, trigger_id: str) -> str:
        return next((t.summary for t in self.persona.triggers if t.id == trigger_id), "")

    def _ignored(self, turn: int, shared: str) -> IgnoredDisclosure:
        p = self.persona
        if any(layer.id == shared for layer in p.layers):
            return IgnoredDisclosure(
                turn=turn, shared=shared, kind="layer", summary=p.layer(shared).summary
            )
        need = p.need(shared)
        return IgnoredDisclosure(turn=turn, shared=shared, kind="need", summary=need.summary)

    def transcript(self) -> Transcript:
        """The conversation so far, with the session outcome in its metadata."""
        return Transcript(
            id=self.id,
            persona=self.persona.id,
            rubric=self.rubric,
            turns=list(self.turns),
            metadata={OUTCOME_KEY: self.outcome().model_dump(mode="json")},
        )


class _Replay:
    """Voices a branch's replayed turns: the recorded reply, after advancing a scripted
    partner through the same turn so its state (random draws, used lines) stays in step."""

    def __init__(self, partner: Partner, *, scripted: bool) -> None:
        self.partner = partner
        self.scripted = scripted
        self.label = partner.label
        self.recorded = ""

    def reply(
        self, persona: Persona, state: State, outcome: Outcome, history: Sequence[Turn]
    ) -> Iterator[str]:
        if self.scripted:
            # Same seed, same inputs: the same line the original drew.
            for _ in self.partner.reply(persona, state, outcome, history):
                pass
        yield self.recorded
