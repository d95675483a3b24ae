"""A practice conversation: the employee's hidden state, and who voices it.

The :mod:`.engine` decides what the employee may reveal; a partner only voices it, either the
embedded :mod:`.scripted` partner or an LLM (:mod:`.llm`). A :mod:`.session` wires the engine,
a partner and the growing transcript together; :mod:`.practice` adds the clock the app shows.
"""

from __future__ import annotations

from simulator.content.outcome import (
    IgnoredDisclosure,
    SessionOutcome,
    StateChange,
    TimelinePoint,
    TriggerHit,
    TurnRecord,
)
from simulator.conversation._change import Change
from simulator.conversation.engine import EndReason, Engine, Outcome, Reaction, State
from simulator.conversation.llm import LLMPartner, build_partner
from simulator.conversation.practice import Practice
from simulator.conversation.scripted import Partner, ScriptedPartner
from simulator.conversation.session import Session

__all__ = [
    "Change",
    "EndReason",
    "Engine",
    "IgnoredDisclosure",
    "LLMPartner",
    "Outcome",
    "Partner",
    "Practice",
    "Reaction",
    "ScriptedPartner",
    "Session",
    "SessionOutcome",
    "State",
    "StateChange",
    "TimelinePoint",
    "TriggerHit",
    "TurnRecord",
    "build_partner",
]
