"""Pins how a turn is cut into sentences (:func:`simulator.moves._text._sentences`): the point
of a title is no sentence end, so "St. Joseph's" and "Dr. Fields" stay inside theirs (a record
aside or a question read sentence by sentence would otherwise lose its second half), while a
time's point may end one ("at nine p.m. What then?")."""

from __future__ import annotations

import pytest

from simulator.moves._text import _sentences


@pytest.mark.parametrize(
    ("low", "parts"),
    [
        pytest.param(
            "your dad's at st. joseph's, in the icu. what do you need?",
            ["your dad's at st. joseph's, in the icu.", "what do you need?"],
            id="saint",
        ),
        pytest.param(
            "dr. fields said no. mrs. ali agreed.",
            ["dr. fields said no.", "mrs. ali agreed."],
            id="titles",
        ),
        pytest.param(
            "alone at nine p.m. what's that like?",
            ["alone at nine p.m.", "what's that like?"],
            id="a-time-may-end-one",
        ),
        pytest.param("just. fine!", ["just.", "fine!"], id="st-inside-a-word"),
    ],
)
def test_a_titles_point_ends_no_sentence(low: str, parts: list[str]) -> None:
    """Sentences end at ".", "!" or "?" before a space, but not after a title."""
    assert _sentences(low) == parts
