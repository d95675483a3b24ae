"""Pins Transcript.session_outcome: the typed way to read what a simulator session uncovered."""

from __future__ import annotations

from typing import Any

import pytest

from simulator.content.outcome import OUTCOME_KEY, SessionOutcome
from simulator.content.transcript import Transcript

OUTCOME = SessionOutcome(
    persona="launch-engineer",
    partner="scripted partner",
    started_at="2026-12-06T10:00:00+00:00",
    layers_disclosed=["surface"],
    layers_total=3,
    needs_total=2,
    trust=5.0,
    stress=6.0,
)


@pytest.mark.parametrize(
    ("metadata", "expected"),
    [
        pytest.param({}, None, id="no-outcome"),
        pytest.param({OUTCOME_KEY: "oops"}, None, id="not-a-mapping"),
        pytest.param({OUTCOME_KEY: {"persona": "x"}}, None, id="incomplete-is-not-guessed"),
        pytest.param(
            {OUTCOME_KEY: OUTCOME.model_dump(mode="json")}, OUTCOME, id="round-trips-through-json"
        ),
    ],
)
def test_session_outcome_reads_only_a_valid_outcome(
    metadata: dict[str, Any], expected: SessionOutcome | None
) -> None:
    """A transcript yields its outcome only when it validates; otherwise none, never a guess."""
    t = Transcript(id="t", metadata=metadata)
    assert t.session_outcome() == expected


def test_with_session_outcome_keeps_other_metadata() -> None:
    """Writing the outcome leaves the rest of the metadata, and the original, untouched."""
    t = Transcript(id="t", metadata={"source": "upload"})
    updated = t.with_session_outcome(OUTCOME)
    assert updated.metadata["source"] == "upload"
    assert updated.session_outcome() == OUTCOME
    assert t.session_outcome() is None
