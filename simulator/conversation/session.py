"""A practice session: the engine, a partner and the growing transcript, wired together."""

from __future__ import annotations

import copy
import dataclasses
import random
import uuid
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime

from pydantic import Field

from simulator._base import StrictModel
from simulator.content.catalog import DEFAULT_RUBRIC
from simulator.content.personas import Persona
from simulator.content.transcript import Transcript, Turn
from simulator.conversation.engine import Engine, Outcome
from simulator.conversation.scripted import Partner, ScriptedPartner
from simulator.errors import RehearseError
from simulator.moves.assessment import Assessment, Speaker, assess
from simulator.moves.detector import Detection

MAX_UTTERANCE_CHARS = 4000
"""Longest manager turn accepted in a live session; a chat turn is a few sentences."""

Detector = Callable[[str, str | None], Detection]
Assessor = Callable[[str, Sequence[tuple[Speaker, str]]], Assessment]


class StateChange(StrictModel):
    """One change to trust and/or stress in a turn, with its reason in plain words."""

    trust: float = 0.0
    stress: float = 0.0
    reason: str
    text: str = Field(description="Ready to show: \"Trust −2, stress +2: 'after the launch' …\"")


class TurnRecord(StrictModel):
    """The engine's view of one manager turn, kept for coaches, the scorer and the app."""

    turn: int
    moves: list[str]
    cues: dict[str, str] = Field(default_factory=dict)
    reaction: str
    trust: float
    stress: float
    layer: str | None = None
    need: str | None = None
    triggers: list[str] = Field(default_factory=list)
    trust_delta: float = 0.0
    stress_delta: float = 0.0
    changes: list[StateChange] = Field(default_factory=list)
    good: bool = Field(False, description="A distinct good listening turn (counts to disclosure).")
    grounding: list[str] = Field(default_factory=list, description="The employee's words taken up.")
    fact: str | None = None
    correction: str | None = Field(None, description="A mis-reflection the employee corrected.")
    repeat: bool = False
    ignored: str | None = Field(None, description="A layer or need just shared and passed over.")


class TimelinePoint(StrictModel):
    """Trust and stress after one manager turn (turn 0: the start), and why they moved."""

    turn: int
    trust: float
    stress: float
    reasons: list[str] = Field(default_factory=list)


class TriggerHit(StrictModel):
    """A persona trigger the manager said (not quoted, negated or owned)."""

    turn: int
    trigger: str
    phrase: str
    summary: str


class IgnoredDisclosure(StrictModel):
    """Something the employee had just shared that the manager's next turn passed over."""

    turn: int
    shared: str = Field(description="The layer or need id.")
    kind: str = Field(description="'layer' or 'need'.")
    summary: str


class SessionOutcome(StrictModel):
    """What a simulator session uncovered; stored in ``Transcript.metadata["rehearse"]``."""

    persona: str
    partner: str
    started_at: str
    layers_disclosed: list[str] = Field(default_factory=list)
    layers_total: int
    needs_surfaced: list[str] = Field(default_factory=list)
    needs_total: int
    committed: bool = False
    ended: bool = False
    end_reason: str | None = None
    trust: float
    stress: float
    turns: list[TurnRecord] = Field(default_factory=list)
    agreed: str | None = Field(None, description="The plan as the employee restated it.")
    agreed_needs: list[str] = Field(default_factory=list)
    triggers_hit: list[TriggerHit] = Field(default_factory=list)
    disclosures_ignored: list[IgnoredDisclosure] = Field(default_factory=list)
    repeated_turns: list[int] = Field(default_factory=list, description="Manager turns repeated.")
    good_turns: int = 0
    timeline: list[TimelinePoint] = Field(default_factory=list)


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
            metadata={"rehearse": self.outcome().model_dump(mode="json")},
        )
