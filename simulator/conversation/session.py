"""A practice session: the engine, a partner and the growing transcript, wired together."""

from __future__ import annotations

import copy
import random
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime

from pydantic import Field

from simulator._base import StrictModel
from simulator.content.catalog import DEFAULT_RUBRIC
from simulator.content.personas import Persona
from simulator.content.transcript import Transcript, Turn
from simulator.conversation.engine import Engine, Outcome
from simulator.conversation.scripted import Partner, ScriptedPartner
from simulator.errors import RehearseError
from simulator.moves.detector import Detection, detect

MAX_UTTERANCE_CHARS = 4000
"""Longest manager turn accepted in a live session; a chat turn is a few sentences."""

Detector = Callable[[str, str | None], Detection]


class TurnRecord(StrictModel):
    """The engine's view of one manager turn, kept for coaches and the scorer."""

    turn: int
    moves: list[str]
    cues: dict[str, str] = Field(default_factory=dict)
    reaction: str
    trust: float
    stress: float
    layer: str | None = None
    need: str | None = None
    triggers: list[str] = Field(default_factory=list)


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
        detector: Detector = detect,
        session_id: str | None = None,
        rubric: str | None = DEFAULT_RUBRIC,
    ) -> None:
        self.persona = persona
        self.partner: Partner = partner or ScriptedPartner(seed=0)
        self.detector = detector
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
        prev = self.turns[-1].text if self.turns and self.turns[-1].speaker == "employee" else None
        detection = self.detector(text, prev)
        state_before = copy.deepcopy(self.engine.state)
        used_before = set(getattr(self.partner, "used", set()))
        # The scripted partner draws lines from its random generator; a retried turn must
        # draw the same ones, so the generator is rolled back with the used lines.
        rng = getattr(self.partner, "_rng", None)
        rng_before = rng.getstate() if isinstance(rng, random.Random) else None
        outcome = self.engine.step(detection, text)
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
                moves=[m.value for m in detection.moves],
                cues={m.value: c for m, c in detection.cues.items()},
                reaction=outcome.reaction.value,
                trust=s.trust,
                stress=s.stress,
                layer=outcome.layer,
                need=outcome.need,
                triggers=list(outcome.triggers),
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
        )

    def transcript(self) -> Transcript:
        """The conversation so far, with the session outcome in its metadata."""
        return Transcript(
            id=self.id,
            persona=self.persona.id,
            rubric=self.rubric,
            turns=list(self.turns),
            metadata={"rehearse": self.outcome().model_dump(mode="json")},
        )
