"""Transcripts: who said what, in order. Formats live in :mod:`simulator.content.formats`."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field, ValidationError, field_validator

from simulator._base import StrictModel
from simulator.content.outcome import OUTCOME_KEY, SessionOutcome

Speaker = Literal["manager", "employee"]
SPEAKERS: tuple[Speaker, ...] = ("manager", "employee")


class Turn(StrictModel):
    """One utterance."""

    speaker: Speaker
    text: str

    @field_validator("text")
    @classmethod
    def _no_nul(cls, v: str) -> str:
        if "\x00" in v:
            raise ValueError("text contains a NUL character")
        return v


class Transcript(StrictModel):
    """A one-on-one conversation between a manager and an employee.

    ``metadata`` is free-form; sessions from the simulator store their outcome under the
    ``"rehearse"`` key: read it with :meth:`session_outcome`, write it with
    :meth:`with_session_outcome`.
    """

    id: str = Field(min_length=1, max_length=200)
    persona: str | None = None
    rubric: str | None = None
    turns: list[Turn] = Field(default_factory=list)
    metadata: dict[str, Any] = Field(default_factory=dict)

    def session_outcome(self) -> SessionOutcome | None:
        """The simulator's outcome this transcript carries, validated; ``None`` when it carries
        none or one that does not validate (a hand-edited or foreign file): such metadata is
        kept as it is, but nothing is read from it, so no report shows a guessed outcome."""
        data = self.metadata.get(OUTCOME_KEY)
        if not isinstance(data, dict):
            return None
        try:
            return SessionOutcome.model_validate(data)
        except ValidationError:
            return None

    def with_session_outcome(self, outcome: SessionOutcome) -> Transcript:
        """A copy carrying ``outcome`` under ``metadata["rehearse"]``."""
        meta = {**self.metadata, OUTCOME_KEY: outcome.model_dump(mode="json")}
        return self.model_copy(update={"metadata": meta})

    def manager_turns(self) -> list[tuple[int, Turn]]:
        """Manager turns with their indices in :attr:`turns`."""
        return [(i, t) for i, t in enumerate(self.turns) if t.speaker == "manager"]
