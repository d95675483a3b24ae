"""Session.branch: rewind to a manager turn and say something different from there."""

from __future__ import annotations

import copy
from collections.abc import Iterator, Sequence

import pytest

from simulator.content import catalog
from simulator.content.personas import Persona
from simulator.content.transcript import Turn
from simulator.conversation.engine import Outcome, State
from simulator.conversation.scripted import ScriptedPartner
from simulator.conversation.session import Session
from simulator.errors import RehearseError

TURNS = [
    "It sounds like this has been a heavy few weeks.",
    "Did you finish the dashboard?",
    "What has been the hardest part?",
    "You're carrying a lot on your own.",
    "What would help most this week?",
]


class CountingPartner:
    """A stand-in for a model partner: numbered replies, and a count of calls."""

    label = "counting"

    def __init__(self) -> None:
        self.calls = 0

    def reply(
        self, persona: Persona, state: State, outcome: Outcome, history: Sequence[Turn]
    ) -> Iterator[str]:
        self.calls += 1
        yield f"reply {self.calls}"


def _played(persona: str, partner: object | None = None) -> tuple[Session, list[State]]:
    """A session through all of TURNS, with the engine state before each manager turn."""
    s = Session(catalog.get_persona(persona), partner or ScriptedPartner(seed=None))  # type: ignore[arg-type]
    states = []
    for text in TURNS:
        states.append(copy.deepcopy(s.engine.state))
        s.respond(text)
    return s, states


@pytest.mark.parametrize(
    "persona",
    [pytest.param("new-hire", id="open"), pytest.param("launch-engineer", id="guarded")],
)
@pytest.mark.parametrize("turn", [pytest.param(k, id=f"turn-{k}") for k in (1, 2, 3, 5)])
def test_branch_replays_to_the_same_state(persona: str, turn: int) -> None:
    """A branch at manager turn k holds exactly the turns, records and engine state the
    original had before turn k, and a random-seeded scripted partner answers the same turn k
    with the same line it gave the first time."""
    original, states = _played(persona)
    b = original.branch(turn)
    keep = 2 * turn - 1
    assert [t.text for t in b.turns] == [t.text for t in original.turns[:keep]]
    assert b.engine.state == states[turn - 1]
    assert b.records == original.records[: turn - 1]
    assert b.branched_from == (original.id, turn)
    assert b.respond(TURNS[turn - 1]) == original.turns[keep + 1].text


def test_branch_leaves_the_original_alone_and_can_diverge() -> None:
    """Saying something else in the branch changes only the branch."""
    original, _ = _played("new-hire")
    before = [t.text for t in original.turns]
    b = original.branch(2)
    b.respond("That sounds like a lot. What's been weighing on you most?")
    assert [t.text for t in original.turns] == before
    assert b.turns[3].text != original.turns[3].text
    assert len(b.records) == 2


def test_a_branch_of_a_branch_replays_too() -> None:
    """Rewinding a branch again still replays deterministically from the start."""
    original, states = _played("new-hire")
    b = original.branch(4)
    b.respond(TURNS[3])
    again = b.branch(2)
    assert again.engine.state == states[1]


def test_model_partner_is_not_called_again_for_replayed_turns() -> None:
    """With a partner that is not the scripted one (a model), replayed turns reuse the
    recorded replies: the model is called only for the new turn."""
    partner = CountingPartner()
    original, states = _played("new-hire", partner)
    assert partner.calls == len(TURNS)
    b = original.branch(4)
    assert partner.calls == len(TURNS)
    assert [t.text for t in b.turns] == [t.text for t in original.turns[:7]]
    assert b.engine.state == states[3]
    b.respond("Something different.")
    assert partner.calls == len(TURNS) + 1


@pytest.mark.parametrize("turn", [pytest.param(0, id="zero"), pytest.param(6, id="past-the-end")])
def test_branch_to_a_turn_that_does_not_exist_says_which_exist(turn: int) -> None:
    """Rewinding to a turn that was never taken is refused, naming the valid range."""
    original, _ = _played("new-hire")
    with pytest.raises(RehearseError, match="no manager turn") as err:
        original.branch(turn)
    assert "1 to 5" in (err.value.hint or "")
