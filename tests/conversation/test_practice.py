"""Pins Practice.end: how a practice run's end is recorded, whoever ends it."""

from __future__ import annotations

import pytest

from simulator.content import catalog
from simulator.conversation.engine import EndReason
from simulator.conversation.practice import Practice
from simulator.conversation.session import Session


def _run() -> Practice:
    return Practice(Session(catalog.get_persona("launch-engineer")))


@pytest.mark.parametrize(
    ("agreed", "expected"),
    [
        pytest.param(False, EndReason.ENDED_BY_YOU, id="ended-by-you"),
        pytest.param(True, EndReason.COMMITTED, id="agreed-then-ended-keeps-agreement"),
    ],
)
def test_end_records_the_agreement_when_there_was_one(agreed: bool, expected: EndReason) -> None:
    """Ending right after the employee agreed (before a closing line) still reads 'committed'."""
    run = _run()
    run.session.engine.state.committed = agreed
    run.end()
    outcome = run.transcript().session_outcome()
    assert outcome is not None
    assert outcome.end_reason == expected.value
    assert outcome.ended
