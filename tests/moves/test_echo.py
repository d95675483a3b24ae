"""Pins parroting and template repeats: words pasted back unchanged are not a reflection.

Our own wordings. A reflection makes the employee's words the listener's ("my accounts" ->
"your accounts"); a manager who pastes their sentence back with its "I" and "my" unchanged is
quoting or parroting, and a stuffed template with a different quote slotted in each turn is
the same template again.
"""

from __future__ import annotations

import pytest

from simulator.moves import Move, assess
from simulator.moves._echo import RUN, Echoes
from simulator.moves.assessment import Speaker

ACCOUNTS: list[tuple[Speaker, str]] = [
    ("manager", "How are things?"),
    ("employee", "Half my warm accounts went to Liam in the territory split."),
]


@pytest.mark.parametrize(
    ("line", "parroted", "reflection"),
    [
        pytest.param(
            "So half my warm accounts went to Liam in the territory split.",
            "half my warm accounts went to liam in the territory split",
            False,
            id="verbatim-with-my",
        ),
        pytest.param(
            "I appreciate you telling me that half my warm accounts went to Liam.",
            "half my warm accounts went to liam",
            False,
            id="slotted-into-a-template",
        ),
        pytest.param(
            "So half your warm accounts went to Liam in the split.",
            None,
            True,
            id="made-the-listeners-own",
        ),
        pytest.param(
            "When you said 'half my warm accounts went to Liam', that sounded like it stung.",
            None,
            True,
            id="quoted-as-theirs",
        ),
        pytest.param(
            "So the territory split took your best accounts.",
            None,
            True,
            id="a-fact-repeated-is-fine",
        ),
    ],
)
def test_words_pasted_back_unchanged_are_not_a_reflection(
    line: str, parroted: str | None, reflection: bool
) -> None:
    """A run of their words with their "I"/"my" unchanged is parroting: reported, not a
    reflection, and not grounding; made the listener's own, or quoted as theirs ("when you
    said '...'"), it reflects."""
    found = assess(line, ACCOUNTS)
    assert found.parroted == parroted
    assert (Move.REFLECTION in found.moves) is reflection
    if parroted is not None:
        assert not found.grounded and not found.substantive


def test_a_template_with_a_new_quote_each_turn_is_a_repeat() -> None:
    """The same stuffed template with a different quote slotted in is judged on its own words,
    so the second one repeats the first."""
    template = "Thank you for sharing that: {}. I appreciate you. What do you need from me?"
    history: list[tuple[Speaker, str]] = [
        ("employee", "I'm not sure yet what else would help."),
        ("manager", template.format("i'm not sure yet what else would help")),
        ("employee", "Staging falls over every time someone runs the load test."),
    ]
    second = assess(template.format("staging falls over every time someone runs"), history)
    assert second.repeat_of == 0


def test_different_reflections_in_one_frame_are_not_repeats() -> None:
    """Two reflections of different things are not repeats because they share a frame: only
    runs of their words copied verbatim are left out of the comparison, and these copy none."""
    history: list[tuple[Speaker, str]] = [
        ("employee", "The deploy broke twice and nobody told me."),
        ("manager", "So the deploy broke twice and you were left out. What was that like?"),
        ("employee", "Then my manager moved the demo without asking."),
    ]
    again = assess("So the demo got moved without anyone asking you. What was that like?", history)
    assert again.repeat_of is None


@pytest.mark.parametrize(
    ("said", "line", "copied"),
    [
        pytest.param("a b c d e", "x a b c d y", [False, True, True, True, True, False], id="run"),
        pytest.param("a b c d e", "a b c x", None, id="shorter-than-a-run"),
        pytest.param("a b c d", "a b c d a b c d", [True] * 8, id="twice"),
    ],
)
def test_copied_marks_runs_of_the_minimum_length(
    said: str, line: str, copied: list[bool] | None
) -> None:
    """Only runs of at least RUN consecutive words count as copied."""
    assert RUN == 4
    echoes = Echoes()
    echoes.add(said.split())
    assert echoes.copied(line.split()) == copied
