"""Scoring remembers what it worked out for lines, turns and rewrites it has seen; these tests pin
that a remembered result is exactly what a fresh computation gives, whatever came before."""

from __future__ import annotations

import random

import pytest

from simulator.content import catalog
from simulator.content.transcript import Transcript, Turn
from simulator.scoring import rewrites
from simulator.scoring.rewrites import rewrite_turn
from simulator.scoring.scorer import _forget, score
from tests.support.synthetic import transcript


def _shuffled(t: Transcript, seed: int) -> Transcript:
    """The same lines in another order: each line now follows other lines."""
    turns = list(t.turns)
    random.Random(seed).shuffle(turns)
    return t.model_copy(update={"turns": turns})


BATCH = [transcript(i, turns=k, seed=9) for i, k in enumerate((4, 12, 30, 70))]
BATCH += [_shuffled(t, i) for i, t in enumerate(BATCH)]
BATCH.append(
    Transcript(
        id="repeats",
        turns=[
            Turn(speaker="employee", text="My dad had a stroke and I've had no time."),
            Turn(speaker="manager", text="It sounds like you're slammed."),
            Turn(speaker="employee", text="My dad had a stroke and I've had no time."),
            Turn(speaker="manager", text="It sounds like you're slammed."),
            Turn(speaker="manager", text="Is the report done?"),
            Turn(speaker="employee", text=""),
            Turn(speaker="manager", text="Tell me more."),
        ],
    )
)


@pytest.mark.parametrize(
    "order", [pytest.param(1, id="forwards"), pytest.param(-1, id="backwards")]
)
def test_scorecards_from_warm_caches_equal_cold_ones(order: int) -> None:
    """Every scorecard of a batch is identical whether scored from cold or after the whole
    batch (in another order) filled the caches of lines, credits and rewrites."""
    rubric = catalog.get_rubric()
    cold = []
    for t in BATCH:
        _forget()
        cold.append(score(t, rubric).model_dump_json())
    for t in BATCH[::order]:
        score(t, rubric)
    warm = [score(t, rubric).model_dump_json() for t in BATCH]
    assert warm == cold


SAID = ["I'm exhausted.", "", "The load tests keep failing on staging.", "My dad is in hospital."]


@pytest.mark.parametrize(
    ("weakness", "text"),
    [
        pytest.param(w, "Is the migration plan done?", id=w)
        for w in ("judgment", "misreflection", "repeat", "formula", "advice", "closed", "other")
    ],
)
def test_remembered_rewrites_follow_the_employees_latest_lines(weakness: str, text: str) -> None:
    """A rewrite is remembered by the employee's last few lines: after each new line it is the
    rewrite a fresh call gives, never the one remembered for earlier lines."""
    for k in range(len(SAID) + 1):
        rewrites._REWRITES.clear()
        fresh = rewrite_turn(weakness, text, SAID[:k])
        assert rewrite_turn(weakness, text, SAID[:k]) == fresh
    remembered = [rewrite_turn(weakness, text, SAID[:k]) for k in range(len(SAID) + 1)]
    rewrites._REWRITES.clear()
    assert remembered == [rewrite_turn(weakness, text, SAID[:k]) for k in range(len(SAID) + 1)]
