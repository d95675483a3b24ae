"""Practice hints: the detected move and a rubric example aimed at what is missing."""

from __future__ import annotations

import pytest

from simulator.content import catalog
from simulator.content.rubrics import Rubric
from simulator.scoring.hints import next_hint, primary_move


@pytest.fixture(scope="module")
def rubric() -> Rubric:
    return catalog.get_rubric("one-on-one")


@pytest.mark.parametrize(
    ("turns", "criterion"),
    [
        pytest.param([["closed_question"]], "presence", id="no-reflection-yet-presence"),
        pytest.param([["reflection"]], "open_questions", id="then-open-questions"),
        pytest.param([["reflection"], ["open_question"]], "recognition", id="then-recognition"),
        pytest.param(
            [["reflection"], ["open_question"], ["recognition"]],
            "judgment_free",
            id="then-sympathy",
        ),
        pytest.param(
            [["reflection"], ["open_question"], ["recognition"], ["sympathy"]],
            "resources",
            id="then-resources",
        ),
        pytest.param(
            [["reflection"], ["open_question"], ["recognition"], ["sympathy"], ["resource_check"]],
            "next_step",
            id="then-next-step",
        ),
        pytest.param([["reflection"], ["judgment"]], "judgment_free", id="repair-judgment"),
        pytest.param([["advice"]], "presence", id="repair-advice-by-listening"),
    ],
)
def test_hint_targets_what_is_missing(rubric: Rubric, turns, criterion: str) -> None:
    """The suggestion comes from the first criterion whose main move has not been made, and
    a hostile turn is repaired first."""
    h = next_hint(rubric, turns)
    assert h is not None
    assert h.criterion == criterion
    assert h.suggestion in rubric.criterion(criterion).examples
    assert h.moves == tuple(turns[-1])


def test_hint_rotates_examples(rubric: Rubric) -> None:
    """Asking twice at different turns gives different example lines, not the same one."""
    a = next_hint(rubric, [["closed_question"]])
    b = next_hint(rubric, [["closed_question"], ["closed_question"]])
    assert a.criterion == b.criterion == "presence"
    assert a.suggestion != b.suggestion


def test_when_everything_was_tried_the_least_used_move_is_suggested(rubric: Rubric) -> None:
    """After every move has appeared, the hint points at the one used least."""
    turns = [
        ["reflection", "open_question", "sympathy"],
        ["open_question", "recognition", "resource_check", "next_step"],
        ["open_question", "recognition", "resource_check", "next_step"],
    ]
    h = next_hint(rubric, turns)
    assert h.criterion in ("presence", "judgment_free")
    assert h.reason == "the move you have used least"


def test_no_hint_before_the_first_turn(rubric: Rubric) -> None:
    """Nothing to say before the manager has spoken."""
    assert next_hint(rubric, []) is None


def test_primary_move_reads_the_rubric_weights(rubric: Rubric) -> None:
    """Each criterion's main move is the one behind its largest positive weight."""
    got = {c.id: primary_move(c) for c in rubric.criteria}
    assert got == {
        "presence": "reflection",
        "open_questions": "open_question",
        "recognition": "recognition",
        "judgment_free": "sympathy",
        "resources": "resource_check",
        "next_step": "next_step",
    }
