"""Personas: stressed employees authored as YAML data and loaded into strict models."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from simulator._base import Slug, StrictModel, Text
from simulator.moves.detector import Move

Difficulty = Literal["open", "guarded", "defensive"]
LayerKind = Literal["surface", "stressor", "private"]


class Style(StrictModel):
    """How the persona talks, for the scripted lines' author and for an LLM partner."""

    description: Text = Field(description="Voice, rhythm and habits of speech.")
    max_words: int = Field(60, ge=5, le=300, description="Longest reply, in words.")


class InitialState(StrictModel):
    """Where trust and stress stand when the meeting starts (0-10)."""

    trust: float = Field(ge=0, le=10)
    stress: float = Field(ge=0, le=10)


class Unlock(StrictModel):
    """When a layer may be disclosed: trust at least ``min_trust`` after the manager's turn,
    and, if ``moves`` is not empty, that turn containing at least one of them."""

    min_trust: float = Field(ge=0, le=10)
    moves: list[Move] = Field(default_factory=list)


class Layer(StrictModel):
    """One level of what is going on, from surface complaint to most private concern."""

    id: Slug
    kind: LayerKind
    summary: Text = Field(description="One line for the coach's 'what you uncovered'.")
    unlock: Unlock
    lines: list[Text] = Field(
        min_length=3, description="First used on disclosure, the rest when the manager explores."
    )


class Need(StrictModel):
    """A resource the employee would ask for, if asked."""

    id: Slug
    summary: Text
    min_trust: float = Field(4, ge=0, le=10, description="Trust needed before they name it.")
    lines: list[Text] = Field(min_length=1)


class NextStep(StrictModel):
    """The next step they would commit to, and what must be true first."""

    summary: Text
    min_trust: float = Field(ge=0, le=10)
    requires: list[Slug] = Field(
        default_factory=list, description="Layer ids that must be disclosed before committing."
    )


class Trigger(StrictModel):
    """Words that make this person close up, whatever move they arrive in."""

    id: Slug
    phrases: list[Text] = Field(min_length=1, description="Case-insensitive phrases.")
    summary: Text = Field(description="Why it lands badly, for the coach.")
    trust: float = Field(-2, le=0, ge=-10)
    stress: float = Field(2, ge=0, le=10)


class Reactions(StrictModel):
    """Authored lines for each reaction the scripted partner can have."""

    guarded: list[Text] = Field(min_length=5)
    opening_up: list[Text] = Field(min_length=5)
    shutting_down: list[Text] = Field(min_length=4)
    committing: list[Text] = Field(min_length=2)
    closing: list[Text] = Field(min_length=1, description="Said when the time runs out.")


class Persona(StrictModel):
    """A stressed employee the manager practises with."""

    id: Slug
    name: Text
    role: Text
    difficulty: Difficulty
    situation: Text = Field(description="One line for the persona gallery.")
    public_context: Text = Field(description="What the manager knows before the meeting.")
    opening_line: Text
    style: Style
    initial: InitialState
    max_turns: int = Field(20, ge=3, le=100, description="Manager turns before time runs out.")
    layers: list[Layer] = Field(min_length=2, description="Disclosed in order.")
    needs: list[Need] = Field(min_length=1)
    next_step: NextStep
    triggers: list[Trigger] = Field(default_factory=list)
    reactions: Reactions

    @model_validator(mode="after")
    def _check_references(self) -> Persona:
        layer_ids = [layer.id for layer in self.layers]
        if len(set(layer_ids)) != len(layer_ids):
            raise ValueError(f"layer ids must be unique, got {layer_ids}")
        need_ids = [need.id for need in self.needs]
        if len(set(need_ids)) != len(need_ids):
            raise ValueError(f"need ids must be unique, got {need_ids}")
        missing = [ref for ref in self.next_step.requires if ref not in layer_ids]
        if missing:
            raise ValueError(
                f"next_step.requires names unknown layer(s) {missing}; known layers: {layer_ids}"
            )
        return self

    def layer(self, layer_id: str) -> Layer:
        """Return the layer with ``layer_id``."""
        for layer in self.layers:
            if layer.id == layer_id:
                return layer
        raise KeyError(layer_id)

    def need(self, need_id: str) -> Need:
        """Return the need with ``need_id``."""
        for need in self.needs:
            if need.id == need_id:
                return need
        raise KeyError(need_id)
