"""Pins that a reflection which turns round who did what is a mis-reflection, however many of
their words it says back (blind set 19's distorted echo): people swapped, or a thing of theirs
made the one that acts on them ("the migration plan rewrote you"). Paraphrases which rightly
reorder people, or keep them, still reflect.

Our own wordings: the employee's line first, then the manager's.
"""

from __future__ import annotations

import pytest

from simulator.moves import Move, assess

SWAPS = [
    pytest.param(
        "Most of my best clients went to Priya when the regions were redrawn.",
        "So Priya's best clients went to you when the regions were redrawn.",
        "priya",
        id="went-to-the-other-way",
    ),
    pytest.param(
        "Omar asked me how the billing cron works, twice, in front of the whole team.",
        "So you asked Omar how the billing cron works, twice, in front of the whole team.",
        "me",
        id="asked-the-other-way",
    ),
    pytest.param(
        "I want a fortnight off, with Dana covering the weekend rota, in writing.",
        "A fortnight off, with you covering the weekend rota, in writing.",
        "me",
        id="covering-someone-else",
    ),
    pytest.param(
        "I rewrote the migration plan three times this week.",
        "So the migration plan rewrote you three times this week.",
        "migration plan",
        id="a-thing-made-the-doer",
    ),
    pytest.param(
        "I've been checking the error budget every night since the launch.",
        "So the error budget has been checking on you every night since the launch.",
        "error budget",
        id="a-thing-checking-on-them",
    ),
    pytest.param(
        "Honestly, Sam rewrote my design doc over the weekend without asking.",
        "So you rewrote Sam's design doc over the weekend without asking.",
        "me",
        id="rewrote-the-other-way",
    ),
]


@pytest.mark.parametrize(("said", "text", "who"), SWAPS)
def test_people_swapped_round_is_a_misreflection(said: str, text: str, who: str) -> None:
    """Their words with the people in them swapped round: reported as a mis-reflection (with
    who was put in whose place), and not a reflection."""
    a = assess(text, [("employee", said)])
    assert a.swapped == who, a
    assert a.misreflection is not None
    assert Move.REFLECTION not in a.moves
    assert not a.substantive


STILL_REFLECTIONS = [
    pytest.param(
        "Most of my best clients went to Priya when the regions were redrawn.",
        "So your best clients went to Priya when the regions were redrawn.",
        id="the-same-way-round",
    ),
    pytest.param(
        "Greg replied to my question in public, in the main channel.",
        "So your question got a public reply from Greg in the main channel.",
        id="passive-paraphrase-reorders-people",
    ),
    pytest.param(
        "I rebuilt the cohort table twice this week.",
        "And Rosa could sit with you twice this week.",
        id="a-number-and-a-unit-are-not-enough",
    ),
    pytest.param(
        "I rewrote the migration plan three times this week.",
        "So the migration plan has had three rewrites from you this week.",
        id="a-thing-first-with-another-word",
    ),
    pytest.param(
        "And I'm the only one who knows the old billing code.",
        "And the old billing code lives only in your head.",
        id="an-adverb-is-no-verb",
    ),
    pytest.param(
        "Omar asked me how the billing cron works.",
        "So you didn't ask Omar how the billing cron works; he asked you.",
        id="a-negated-contrast",
    ),
    pytest.param(
        "I want a fortnight off, with Dana covering the weekend rota, in writing.",
        "A fortnight off, with Dana covering the weekend rota, and you'd like it in writing.",
        id="who-covers-kept",
    ),
]


STILL_REFLECTIONS += [
    pytest.param(
        "Imran asked me to cover the weekend queue.",
        "So you were asked by Imran to cover the weekend queue.",
        id="a-passive-with-by",
    ),
    pytest.param(
        "I lost the biggest deal of the quarter to Dana.",
        "Dana won the biggest deal of the quarter off you.",
        id="a-converse-verb",
    ),
    pytest.param(
        "It's basically me against Kyle for the team lead role.",
        "So it's Kyle against you for the team lead role.",
        id="a-symmetric-relation",
    ),
    pytest.param(
        "I worry about the layoffs constantly.",
        "The layoffs worry you constantly.",
        id="a-feeling-caused",
    ),
    pytest.param(
        "I've been mentoring Ana on code reviews for months.",
        "Ana has been getting mentoring from you on code reviews for months.",
        id="them-as-the-source",
    ),
]


@pytest.mark.parametrize(("said", "text"), STILL_REFLECTIONS)
def test_paraphrases_that_keep_or_rightly_reorder_people_reflect(said: str, text: str) -> None:
    """The same people in the same roles, a voice that reorders them around another word, a
    clause sharing only a number and a unit, or a contrast that negates: no swap."""
    a = assess(text, [("employee", said)])
    assert a.swapped is None, a
    assert Move.REFLECTION in a.moves, a.cues
