"""What a simulator session uncovered, as stored with its transcript.

The engine produces it (:mod:`simulator.conversation`), the transcript carries it under
``metadata["rehearse"]`` (read it with :meth:`Transcript.session_outcome`), and the scorer,
the store and the app read it back. It lives with the transcript, not the engine, so that
reading a stored transcript never needs the conversation machinery.
"""

from __future__ import annotations

from pydantic import Field

from simulator._base import StrictModel

OUTCOME_KEY = "rehearse"
"""The key under ``Transcript.metadata`` that holds a :class:`SessionOutcome`."""


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
