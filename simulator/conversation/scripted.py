"""Partners render the engine's outcome as the employee's words.

The :class:`ScriptedPartner` is the embedded default: it voices what the engine decided (a
disclosure, a need, a fact's answer, a correction, the plan as agreed) and otherwise picks one
of the persona's authored lines for the reaction, never repeating a line in a session while
an unused one fits. A pool that runs dry falls back only to a pool of the same mood, then to
neutral acknowledgements, so a line never contradicts the state. LLM partners implement the
same :class:`Partner` protocol.
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from typing import Protocol

from simulator.content.personas import Persona
from simulator.content.transcript import Turn
from simulator.conversation import _lines
from simulator.conversation.engine import Outcome, Reaction, State

SCRIPTED_LABEL = "scripted partner"

# Authored pools for each reaction, nearest mood first, then the built-in fallback.
_POOLS: dict[Reaction, tuple[tuple[str, ...], tuple[str, ...]]] = {
    Reaction.GUARDED: (("guarded", "neutral"), _lines.NEUTRAL),
    Reaction.NEUTRAL: (("neutral",), _lines.NEUTRAL),
    Reaction.DEFLECTING: (("deflecting",), _lines.DEFLECTING),
    Reaction.OPENING_UP: (("opening_up", "neutral"), _lines.NEUTRAL),
    Reaction.ELABORATE: (("opening_up", "neutral"), _lines.NEUTRAL),
    Reaction.DISCLOSE: (("opening_up", "neutral"), _lines.NEUTRAL),
    Reaction.NEED: (("opening_up", "neutral"), _lines.NEUTRAL),
    Reaction.ANSWER: (("neutral",), _lines.NEUTRAL),
    Reaction.KINDNESS: (("kindness",), _lines.KINDNESS),
    Reaction.APOLOGY: (("apology",), _lines.APOLOGY),
    Reaction.CORRECTING: (("correction",), _lines.CORRECTION),
    Reaction.REPEATING: (("repeat",), _lines.REPEAT),
    Reaction.SHUTTING_DOWN: (("shutting_down",), _lines.NEUTRAL),
    Reaction.PROPOSING: (("neutral",), _lines.NEUTRAL),
    Reaction.NOT_READY: (("guarded", "neutral"), _lines.NEUTRAL),
    Reaction.COMMITTING: (("committing",), _lines.COMMITTING),
    Reaction.AFTER_COMMIT: (("after_commit",), _lines.AFTER_COMMIT),
    Reaction.CLOSING: (("closing",), _lines.CLOSING),
}
# Reactions that always get their own line, after (or, for committing, before) the content.
_OWN_LINE = frozenset(
    {
        Reaction.CLOSING,
        Reaction.COMMITTING,
        Reaction.AFTER_COMMIT,
        Reaction.KINDNESS,
        Reaction.APOLOGY,
        Reaction.CORRECTING,
        Reaction.REPEATING,
    }
)
FINAL_SHUTDOWN_LINES = 2
MAX_ECHOED_WORDS = 4
"""Longest mis-reflection a correction repeats back ("A banana? No.")."""
LAST_RESORT = _lines.NEUTRAL
"""Persona-neutral acknowledgements, used once every fitting authored line is spent."""


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
        """The reply for ``outcome``: what the engine let through, then a line for the mood."""
        r = outcome.reaction
        parts: list[str] = []
        if r is Reaction.COMMITTING:
            parts.append(self._reaction_line(persona, r, outcome))
        if outcome.answer:
            parts.append(outcome.answer)
        if outcome.layer is not None:
            parts.append(self._first_unused(persona.layer(outcome.layer).lines))
        elif outcome.need is not None:
            parts.append(self._first_unused(persona.need(outcome.need).lines))
        if outcome.proposal:
            parts.append(outcome.proposal)
        if outcome.missing:
            parts.append(outcome.missing)
        if r is Reaction.ELABORATE and state.disclosed:
            # Keep talking about what the turn was about, else the deepest thing shared.
            order = list(reversed(state.disclosed))
            if outcome.about in order:
                order.remove(outcome.about)
                order.insert(0, outcome.about)
            for layer_id in order:
                line = self._first_unused(persona.layer(layer_id).lines)
                if line:
                    parts.append(line)
                    break
        parts = [p for p in parts if p]
        if r is not Reaction.COMMITTING and (not parts or r in _OWN_LINE):
            line = self._reaction_line(persona, r, outcome)
            # A correction or a repeat answers the turn first; the rest follows it.
            first = r in (Reaction.CORRECTING, Reaction.REPEATING, Reaction.KINDNESS)
            parts = [line, *parts] if first else [*parts, line]
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

    def _reaction_line(self, persona: Persona, reaction: Reaction, outcome: Outcome) -> str:
        names, fallback = _POOLS[reaction]
        for pool_name in names:
            authored: list[str] = getattr(persona.reactions, pool_name)
            pool = [x for x in authored if x not in self.used]
            if not pool:
                continue
            if pool_name == "shutting_down":
                # Authors order this pool from wary to done: the last lines end a conversation,
                # so they are kept for the turn that really ends it.
                if outcome.ended:
                    line = pool[-1]
                else:
                    early = [x for x in pool if x not in authored[-FINAL_SHUTDOWN_LINES:]]
                    line = self._rng.choice(early or pool)
            else:
                line = self._rng.choice(pool)
            self.used.add(line)
            return self._fill(line, outcome)
        spare = [x for x in fallback if x not in self.used]
        line = spare[0] if spare else self._rng.choice(fallback)
        self.used.add(line)
        return self._fill(line, outcome)

    @staticmethod
    def _fill(line: str, outcome: Outcome) -> str:
        if "{wrong}" not in line:
            return line
        wrong = (outcome.correction or "").strip().rstrip(".?!,")
        if not wrong[:1].isalpha() or len(wrong.split()) > MAX_ECHOED_WORDS:
            # Too long to say back naturally: correct it without quoting it.
            return "No. That's not what I said."
        line = line.replace("{wrong}", wrong)
        return line[0].upper() + line[1:]
