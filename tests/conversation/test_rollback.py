"""Rolling back a failed turn restores everything the partner used, its random draws too."""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest

from simulator.content import catalog
from simulator.conversation.scripted import ScriptedPartner
from simulator.conversation.session import Session

# Guarded small talk: the scripted partner answers these from its reaction pools, which it
# draws from with its random generator (a disclosure line would be told in authored order).
TURNS = ["Okay.", "Right.", "Fine.", "Sure, sure.", "Hmm."]


class _FailsOnce(ScriptedPartner):
    """A scripted partner whose stream breaks after its first chunk on one chosen turn."""

    def __init__(self, fail_on: int) -> None:
        super().__init__(seed=0)
        self.fail_on = fail_on
        self.calls = 0

    def reply(self, persona, state, outcome, history) -> Iterator[str]:  # type: ignore[no-untyped-def]
        self.calls += 1
        for i, chunk in enumerate(super().reply(persona, state, outcome, history)):
            if self.calls == self.fail_on and i == 1:
                raise ConnectionError("client went away mid-reply")
            yield chunk


def _replies(session: Session) -> list[str]:
    return [t.text for t in session.turns if t.speaker == "employee"]


@pytest.mark.parametrize(
    ("persona", "fail_on"),
    [
        pytest.param(pid, n, id=f"{pid}-turn{n}")
        for pid in ("launch-engineer", "new-hire", "passed-over")
        for n in (1, 2, 3)
    ],
)
def test_retried_turn_replays_the_same_conversation(persona: str, fail_on: int) -> None:
    """A turn that fails mid-reply and is retried gives the very conversation an
    uninterrupted session with the same seed gives: same lines, same order."""
    p = catalog.get_persona(persona)
    clean = Session(p, ScriptedPartner(seed=0))
    flaky = Session(p, _FailsOnce(fail_on))
    for text in TURNS:
        if clean.ended:
            break
        clean.respond(text)
        try:
            flaky.respond(text)
        except ConnectionError:
            flaky.respond(text)  # the manager retries the same words
    assert _replies(flaky) == _replies(clean)


def test_rollback_restores_the_generator_state() -> None:
    """After a failed turn the partner's generator is exactly where it was before it."""
    partner = _FailsOnce(fail_on=1)
    session = Session(catalog.get_persona("launch-engineer"), partner)
    before = partner._rng.getstate()
    used = set(partner.used)
    with pytest.raises(ConnectionError):
        session.respond(TURNS[0])
    assert partner._rng.getstate() == before
    assert partner.used == used
    assert isinstance(partner._rng, random.Random)
