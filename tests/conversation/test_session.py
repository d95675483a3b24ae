"""A practice session: detection, engine and partner wired, with a safe transcript."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from simulator.content import catalog
from simulator.conversation.scripted import ScriptedPartner
from simulator.conversation.session import MAX_UTTERANCE_CHARS, Session
from simulator.errors import RehearseError


def test_say_streams_and_records_both_turns() -> None:
    """The reply streams, then the manager and employee turns are recorded in order."""
    session = Session(catalog.get_persona("quota-rep"))
    chunks = list(session.say("How has this quarter been for you?"))
    assert len(chunks) > 1
    t = session.transcript()
    assert [x.speaker for x in t.turns] == ["employee", "manager", "employee"]
    assert t.turns[2].text == "".join(chunks).strip()
    meta = t.metadata["rehearse"]
    assert meta["persona"] == "quota-rep" and meta["partner"] == "scripted partner"
    assert meta["turns"][0]["moves"]


class _Flaky(ScriptedPartner):
    """Fails once mid-reply, like a model connection dropping."""

    def __init__(self) -> None:
        super().__init__(seed=0)
        self.failed = False

    def reply(self, persona, state, outcome, history) -> Iterator[str]:
        for i, chunk in enumerate(super().reply(persona, state, outcome, history)):
            if i == 2 and not self.failed:
                self.failed = True
                raise ConnectionError("model went away")
            yield chunk


def test_failed_reply_loses_nothing_and_can_be_retried() -> None:
    """A partner failing mid-turn rolls the session back; the retry lands exactly once."""
    session = Session(catalog.get_persona("launch-engineer"), _Flaky())
    before = (session.engine.state.trust, len(session.turns))
    with pytest.raises(ConnectionError):
        session.respond("What's been going on with the launch?")
    assert (session.engine.state.trust, len(session.turns)) == before
    reply = session.respond("What's been going on with the launch?")
    assert reply and len(session.turns) == 3 and session.engine.state.turn == 1


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param("   ", "empty", id="empty"),
        pytest.param("x" * (MAX_UTTERANCE_CHARS + 1), "over the", id="too-long"),
    ],
)
def test_bad_manager_input_is_refused(text: str, message: str) -> None:
    """Empty or oversized turns get a clear error and change nothing."""
    session = Session(catalog.get_persona("new-hire"))
    with pytest.raises(RehearseError, match=message):
        session.respond(text)
    assert len(session.turns) == 1


def test_judgmental_session_ends_and_refuses_more() -> None:
    """Blame shuts the employee down; the ended session says to start a new one."""
    session = Session(catalog.get_persona("passed-over"))
    for text in ["Calm down. You should have seen this coming.", "It's not a big deal."]:
        if not session.ended:
            session.respond(text)
    assert session.ended and session.outcome().end_reason == "shutdown"
    assert session.outcome().layers_disclosed == []
    with pytest.raises(RehearseError, match="start a new session"):
        session.respond("Hello?")
