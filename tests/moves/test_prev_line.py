"""detect() says whether it read the employee's previous line, and a labelling that did
not read it is the same after any line (assess() remembers those by text alone)."""

from __future__ import annotations

import pytest

from simulator.moves.assessment import _clear_caches, assess
from simulator.moves.detector import PrevLine, detect

PREVS = [
    None,
    "I'm exhausted, the launch keeps slipping.",
    "When's the review?",
    "My dad had a stroke.",
    "",
]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("What's been the hardest part?", id="open-question"),
        pytest.param("Is the report done?", id="closed-question"),
        pytest.param("You should delegate the launch.", id="advice"),
        pytest.param("You're exhausted by the launch slipping.", id="restatement"),
        pytest.param("Next Thursday.", id="maybe-an-answer"),
        pytest.param("Okay.", id="backchannel"),
    ],
)
def test_a_labelling_that_did_not_read_the_line_holds_after_any_line(text: str) -> None:
    """Whenever detect() leaves ``read`` false, every other previous line gives the same
    moves and cues."""
    for prev in PREVS:
        context = PrevLine(prev)
        found = detect(text, context)
        assert found == detect(text, prev)
        if not context.read:
            assert all(detect(text, other) == found for other in PREVS)


@pytest.mark.parametrize(
    ("text", "prev", "read"),
    [
        pytest.param("What's been the hardest part?", "I'm tired.", False, id="question"),
        pytest.param("Next Thursday.", "When's the review?", True, id="answer-check"),
        pytest.param(
            "So the launch keeps slipping.", "The launch slipped.", True, id="shared-words"
        ),
    ],
)
def test_read_says_whether_the_line_was_consulted(text: str, prev: str, read: bool) -> None:
    """A question is labelled by form alone; a possible answer or restatement reads the line."""
    context = PrevLine(prev)
    detect(text, context)
    assert context.read is read


def test_remembered_detections_match_fresh_ones_across_previous_lines() -> None:
    """assess() on the same turn after different employee lines gives what it gives from cold,
    whichever it saw first."""
    turns = ["Next Thursday.", "So the launch keeps slipping.", "What else?", "Good job."]
    for text in turns:
        fresh = []
        for prev in PREVS[1:]:
            _clear_caches()
            fresh.append(assess(text, [("employee", prev)]))
        _clear_caches()
        assert [assess(text, [("employee", prev)]) for prev in PREVS[1:]] == fresh
