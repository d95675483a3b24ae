"""Pins the one list of feelings: :func:`simulator.moves.names_a_feeling`, read by the
detectors' grounding, the scorer's feeling ceiling and the employee's engine alike.

Before, the engine and the scorer each had a list of their own and disagreed on a fifth of the
manager turns of our blind sets: the engine took "week", "time" and "month" for feelings (so
"It sounds like another and time has been weighing on you" was a feeling named), the scorer
took "down" in "three people down" and "write it down" for one.
"""

from __future__ import annotations

import pytest

from simulator.moves import assess, names_a_feeling


@pytest.mark.parametrize(
    ("line", "names"),
    [
        pytest.param("You sound worried about the launch.", True, id="a-feeling"),
        pytest.param("Sounds like you're fed up with it.", True, id="a-feeling-phrase"),
        pytest.param("That sounds rough.", True, id="a-hardship"),
        pytest.param("You seem a bit down.", True, id="down-after-being"),
        pytest.param("So eleven months of work went unrecognised.", True, id="unrecognised"),
        pytest.param("You've been carrying this on your own.", True, id="on-your-own"),
        pytest.param("How much you felt you had to carry it quietly.", True, id="a-burden"),
        pytest.param("It's been going round your head all week.", True, id="rumination"),
        pytest.param("Let me write that down.", False, id="write-it-down"),
        pytest.param("And you're doing it three people down.", False, id="people-down"),
        pytest.param("It's a low priority for the team.", False, id="a-low-priority"),
        pytest.param("It sounds like another time.", False, id="time-is-no-feeling"),
        pytest.param("So the migration ran for eleven months.", False, id="months-are-no-feeling"),
        pytest.param("I hear you.", False, id="a-bare-formula"),
        pytest.param("That's a lot.", True, id="its-a-lot"),
        pytest.param("That's a lot to be carrying.", True, id="a-lot-to-carry"),
        pytest.param("Six weekends. That's a lot of weekends.", False, id="a-lot-of-a-count"),
        pytest.param("Three a.m., every night. Lots of three a.m.s.", False, id="lots-of-a-count"),
        pytest.param("That's a lot of pressure.", True, id="a-lot-of-a-feeling"),
        pytest.param("I'm not sure what the plan is.", False, id="not-sure-of-a-plan"),
    ],
)
def test_what_names_a_feeling(line: str, names: bool) -> None:
    """Feelings, hardship, a burden carried and rumination name how it is for them; time
    words, "down" as a direction, a manager's own uncertainty and the size of a thing they
    counted ("a lot of weekends") do not."""
    assert names_a_feeling(line) is names


def test_the_engine_and_the_scorer_read_the_one_list() -> None:
    """The employee's engine and the scorer's feeling ceiling call the same function, so they
    cannot drift apart again."""
    from simulator.conversation import _turn
    from simulator.scoring import scorer

    assert _turn.names_a_feeling is names_a_feeling
    assert scorer.names_a_feeling is names_a_feeling


@pytest.mark.parametrize(
    ("said", "line", "grounded"),
    [
        pytest.param(
            "Let me say this carefully, because I've been rehearsing it wrong all week.",
            "Sounds like it's been going round your head, looking for the way to put it.",
            True,
            id="round-your-head-for-rehearsing",
        ),
        pytest.param(
            "I keep replaying the review in my head.",
            "It keeps going round your head.",
            True,
            id="round-your-head-for-replaying",
        ),
        pytest.param(
            "The review went fine, honestly.",
            "It's been going round your head.",
            False,
            id="nothing-of-rumination-said",
        ),
        pytest.param(
            "I keep replaying the review in my head.",
            "What's been on your mind?",
            False,
            id="a-stock-question-is-no-rumination",
        ),
    ],
)
def test_rumination_is_a_paraphrase_family(said: str, line: str, grounded: bool) -> None:
    """Going round and round, replaying, rehearsing: one thing said in different words, as
    "slammed" is "no time"."""
    a = assess(line, [("employee", said)])
    assert bool(a.grounding) is grounded, a.grounding
