"""Practice hints: the detected move and a rubric example aimed at what is missing."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from simulator.content import catalog
from simulator.content.rubrics import Rubric
from simulator.scoring.hints import hint_after, next_hint, primary_move


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


LAUNCH = (
    "Honestly, the launch is the problem. Staging falls over every time someone runs a load test."
)


@pytest.mark.parametrize(
    ("manager", "reason", "words"),
    [
        pytest.param(
            ["Tell me more about that.", "Tell me more about that."],
            "repeated an earlier line",
            "environment",
            id="repeat",
        ),
        pytest.param(["Tell me more about that."], "listening formula", "staging", id="formula"),
        pytest.param(
            ["It sounds like you feel like a banana."],
            "never said 'a banana'",
            "staging",
            id="misreflection",
        ),
        pytest.param(
            ["What's been hardest?", "So I've asked for a dedicated environment three times."],
            "pasted their words back unchanged",
            "environment",
            id="parroted",
        ),
        pytest.param(
            [
                "I appreciate you. It sounds like staging is a real obstacle. What support and "
                "resources do you need to succeed?"
            ],
            "packed with coaching words",
            "staging",
            id="stuffed",
        ),
    ],
)
def test_hint_reacts_to_what_just_happened(
    rubric: Rubric, manager: list[str], reason: str, words: str
) -> None:
    """A repeat, an empty formula, a reflection of something never said, their words pasted
    back unchanged or a turn packed with coaching words is named as such, and the suggestion is
    built from the employee's own latest words."""
    employee = [LAUNCH, "I've asked for a dedicated environment three times."]
    conversation: list[tuple[str, str]] = [("employee", employee[0])]
    for i, line in enumerate(manager):
        conversation.append(("manager", line))
        if i + 1 < len(manager):
            conversation.append(("employee", employee[i + 1]))
    h = hint_after(rubric, conversation)  # type: ignore[arg-type]
    assert h is not None
    assert reason in h.reason
    assert words in h.suggestion.lower() and h.suggestion.startswith("You said")


def test_hint_never_tells_another_personas_story(rubric: Rubric) -> None:
    """A rubric example naming something this employee never mentioned (an outage review, a
    migration) is skipped for one that fits; a reflection hint reflects this employee."""
    said = ["The launch is two weeks out and I'm the only one on the settlement code."]
    for turn in range(4):
        h = next_hint(rubric, [["reflection"], ["open_question"]] + [["other"]] * turn, said=said)
        assert h is not None and h.criterion == "recognition"
        assert "outage" not in h.suggestion and "migration" not in h.suggestion
    h = next_hint(rubric, [["closed_question"]], said=said)
    assert h is not None and h.criterion == "presence"
    assert "settlement code" in h.suggestion


def test_hint_after_assesses_in_context(rubric: Rubric) -> None:
    """``hint_after`` assesses the manager's turns against the conversation and reports the
    employee's words the last turn took up."""
    h = hint_after(
        rubric,
        [("employee", LAUNCH), ("manager", "So staging keeps falling over under load tests.")],
    )
    assert h is not None and "staging" in h.grounding
    assert hint_after(rubric, [("employee", LAUNCH)]) is None


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.booleans(), st.text(max_size=120)), max_size=8))
def test_hint_after_never_crashes(rubric: Rubric, turns: list[tuple[bool, str]]) -> None:
    """Any conversation gives a hint after a manager turn with words, or none before one."""
    conversation = [("manager" if m else "employee", x) for m, x in turns]
    h = hint_after(rubric, conversation)  # type: ignore[arg-type]
    spoke = any(m and x.strip() for m, x in turns)
    assert (h is not None) == spoke
    if h is not None:
        assert h.suggestion and h.reason
