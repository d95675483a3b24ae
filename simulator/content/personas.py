"""Personas: stressed employees authored as YAML data and loaded into strict models."""

from __future__ import annotations

import re
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
    and, if ``moves`` is not empty, that turn containing at least one of them; and enough
    distinct good listening turns since the last disclosure (``good_turns``; by default set
    by the persona's difficulty), in a turn that touches the layer's ``topics`` or after one
    good turn more than that."""

    min_trust: float = Field(ge=0, le=10)
    moves: list[Move] = Field(default_factory=list)
    good_turns: int | None = Field(
        None,
        ge=1,
        le=20,
        description="Good turns needed since the last disclosure (default: by difficulty).",
    )


class Layer(StrictModel):
    """One level of what is going on, from surface complaint to most private concern."""

    id: Slug
    kind: LayerKind
    summary: Text = Field(description="One line for the coach's 'what you uncovered'.")
    unlock: Unlock
    topics: list[Text] = Field(
        default_factory=list,
        description=(
            "Words or short phrases that touch this layer's topic (e.g. 'outside of work', "
            "'family'). A turn that touches one may draw the layer out; without topics the "
            "layer opens only to sustained listening."
        ),
    )
    lines: list[Text] = Field(
        min_length=3, description="First used on disclosure, the rest when the manager explores."
    )


class Need(StrictModel):
    """A resource the employee would ask for, if asked."""

    id: Slug
    summary: Text
    min_trust: float = Field(4, ge=0, le=10, description="Trust needed before they name it.")
    lines: list[Text] = Field(min_length=1)
    cues: list[Text] = Field(
        default_factory=list,
        description=(
            "Words or short phrases that mean a manager's proposal offers this need "
            "(names, days, the thing itself): 'Jenna', 'go/no-go', 'release captain'."
        ),
    )
    short: Text | None = Field(
        None, description="A noun phrase for it, in their voice: 'the nightly go/no-go calls'."
    )
    echo: Text | None = Field(
        None,
        description=(
            "One sentence restating it when they agree or propose: 'Jenna takes the go/no-go "
            "calls.' Names in it must appear in the need's lines or the manager's offer."
        ),
    )


def _unsaid_names(echo: str, said: str) -> list[str]:
    """Capitalised words inside a sentence of ``echo`` (names, days) missing from ``said``."""
    out = []
    for m in re.finditer(r"[A-Z][a-z]+", echo):
        starts_sentence = not echo[: m.start()].strip() or echo[: m.start()].rstrip()[-1] in ".!?"
        if not starts_sentence and m.group(0) not in said:
            out.append(m.group(0))
    return sorted(set(out))


class Fact(StrictModel):
    """A plain fact the employee answers truthfully when asked, in their own voice."""

    id: Slug
    topics: list[Text] = Field(
        min_length=1,
        description="Words or phrases a question about this fact contains: 'launch date'.",
    )
    guarded: Text = Field(description="The short answer, given while trust is low.")
    open: Text = Field(description="The fuller answer, once trust reaches ``min_trust``.")
    min_trust: float = Field(5, ge=0, le=10, description="Trust needed for the open answer.")


class NextStep(StrictModel):
    """The next step they would commit to, and what must be true first."""

    summary: Text
    min_trust: float = Field(ge=0, le=10)
    requires: list[Slug] = Field(
        default_factory=list, description="Layer ids that must be disclosed before committing."
    )
    needs: list[Slug] = Field(
        default_factory=list,
        description=(
            "Need ids a proposal must cover (by the need's cues, or by agreeing to the "
            "employee's own proposal) before they commit."
        ),
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
    committing: list[Text] = Field(
        min_length=2,
        description=(
            "Short acceptances with no names, days or times: the engine adds what was agreed."
        ),
    )
    closing: list[Text] = Field(min_length=1, description="Said when the time runs out.")
    neutral: list[Text] = Field(
        default_factory=list, description="Plain acknowledgements that fit any mood."
    )
    kindness: list[Text] = Field(
        default_factory=list, description="Reactions to sympathy, kindness or permission."
    )
    apology: list[Text] = Field(
        default_factory=list, description="Reactions to the manager owning a mistake."
    )
    correction: list[Text] = Field(
        default_factory=list,
        description=(
            "Corrections of a mis-reflection; '{wrong}' stands for what the manager wrongly "
            "attributed: '{wrong}? No. Exhausted.'"
        ),
    )
    repeat: list[Text] = Field(
        default_factory=list, description="Said when the manager repeats themselves again."
    )
    deflecting: list[Text] = Field(
        default_factory=list,
        description="Said when asked about something they are not ready to share yet.",
    )
    after_commit: list[Text] = Field(
        default_factory=list, description="The last words, after agreeing, as the meeting closes."
    )


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
    facts: list[Fact] = Field(
        default_factory=list, description="Plain facts they answer truthfully when asked."
    )
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
        unknown = [ref for ref in self.next_step.needs if ref not in need_ids]
        if unknown:
            raise ValueError(
                f"next_step.needs names unknown need(s) {unknown}; known needs: {need_ids}"
            )
        for need in self.needs:
            if need.echo:
                unsaid = _unsaid_names(need.echo, " ".join(need.lines))
                if unsaid:
                    raise ValueError(
                        f"needs[{need.id}].echo names {unsaid}, which the need's lines never "
                        "mention; the employee would agree to someone nobody named. Use names "
                        "from the lines, or leave them out"
                    )
        fact_ids = [fact.id for fact in self.facts]
        if len(set(fact_ids)) != len(fact_ids):
            raise ValueError(f"fact ids must be unique, got {fact_ids}")
        for line in self.reactions.correction:
            stray = set(re.findall(r"\{(\w*)\}", line)) - {"wrong"}
            if stray:
                raise ValueError(
                    f"reactions.correction line {line!r} uses {sorted(stray)}; only {{wrong}} "
                    "is filled in"
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

    def fact(self, fact_id: str) -> Fact:
        """Return the fact with ``fact_id``."""
        for fact in self.facts:
            if fact.id == fact_id:
                return fact
        raise KeyError(fact_id)
