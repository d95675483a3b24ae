"""Partners render the engine's outcome as the employee's words.

The :class:`ScriptedPartner` is the embedded default: it picks one of the persona's
authored lines for the reaction the engine chose and never repeats a line in a session.
LLM partners implement the same :class:`Partner` protocol.
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from typing import Protocol

from simulator.content.personas import Persona
from simulator.content.transcript import Turn
from simulator.conversation.engine import Outcome, Reaction, State

SCRIPTED_LABEL = "scripted partner"

# When a pool runs dry, borrow from the nearest reaction in mood rather than repeat a line.
_FALLBACKS: dict[Reaction, tuple[str, ...]] = {
    Reaction.ELABORATE: ("opening_up", "guarded"),
    Reaction.OPENING_UP: ("opening_up", "guarded"),
    Reaction.GUARDED: ("guarded", "opening_up"),
    Reaction.SHUTTING_DOWN: ("shutting_down", "guarded"),
    Reaction.COMMITTING: ("committing", "opening_up"),
    Reaction.CLOSING: ("closing", "guarded"),
    Reaction.DISCLOSE: ("opening_up", "guarded"),
    Reaction.NEED: ("opening_up", "guarded"),
}
FINAL_SHUTDOWN_LINES = 2
# Persona-neutral acknowledgements, used only if every authored line is spent.
LAST_RESORT: tuple[str, ...] = ("Mm.", "Okay.", "Right.", "I guess.", "Sure.", "...")


def stream_words(line: str) -> Iterator[str]:
    """Yield ``line`` word by word, so an authored line streams like a model's reply."""
    words = line.split(" ")
    for i, word in enumerate(words):
        yield word if i == len(words) - 1 else word + " "


class Partner(Protocol):
    """Something that voices the employee."""

    label: str

    def reply(
        self, persona: Persona, state: State, outcome: Outcome, history: Sequence[Turn]
    ) -> Iterator[str]:
        """Stream the employee's reply to the last manager turn, chunk by chunk."""
        ...


class ScriptedPartner:
    """Authored lines only: no model, no network, fully deterministic for a given seed."""

    label = SCRIPTED_LABEL

    def __init__(self, seed: int | None = 0) -> None:
        self._rng = random.Random(seed)
        self.used: set[str] = set()

    def line_for(self, persona: Persona, state: State, outcome: Outcome) -> str:
        """Choose the line for ``outcome``; layer and need lines are told in authored order."""
        parts: list[str] = []
        if outcome.layer is not None:
            parts.append(self._first_unused(persona.layer(outcome.layer).lines))
        elif outcome.need is not None:
            parts.append(self._first_unused(persona.need(outcome.need).lines))
        if outcome.reaction is Reaction.ELABORATE and state.disclosed:
            # Keep talking about the deepest thing they have shared so far.
            for layer_id in reversed(state.disclosed):
                line = self._first_unused(persona.layer(layer_id).lines)
                if line:
                    parts.append(line)
                    break
        parts = [p for p in parts if p]
        # Closing and committing always get their own line, after any disclosure.
        if not parts or outcome.reaction in (Reaction.CLOSING, Reaction.COMMITTING):
            parts.append(self._reaction_line(persona, outcome.reaction, final=outcome.ended))
        return " ".join(parts)

    def reply(
        self, persona: Persona, state: State, outcome: Outcome, history: Sequence[Turn]
    ) -> Iterator[str]:
        yield from stream_words(self.line_for(persona, state, outcome))

    def _first_unused(self, lines: Sequence[str]) -> str:
        for line in lines:
            if line not in self.used:
                self.used.add(line)
                return line
        return ""

    def _reaction_line(self, persona: Persona, reaction: Reaction, final: bool = False) -> str:
        pools = _FALLBACKS[reaction]
        for pool_name in pools:
            authored = getattr(persona.reactions, pool_name)
            pool = [x for x in authored if x not in self.used]
            if not pool:
                continue
            if pool_name == "shutting_down":
                # Authors order this pool from wary to done: the last lines end a conversation,
                # so they are kept for the turn that really ends it.
                if final:
                    line = pool[-1]
                else:
                    early = [x for x in pool if x not in authored[-FINAL_SHUTDOWN_LINES:]]
                    line = self._rng.choice(early or pool)
            else:
                line = self._rng.choice(pool)
            self.used.add(line)
            return line
        spare = [x for x in LAST_RESORT if x not in self.used]
        line = spare[0] if spare else "..."
        self.used.add(line)
        return line
