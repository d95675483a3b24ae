"""``named_things``: the concrete things a phrase names, which a reflection can make up."""

from __future__ import annotations

import pytest

from simulator.moves import named_things


@pytest.mark.parametrize(
    ("text", "things"),
    [
        pytest.param("So you're annoyed that your car failed its MOT.", ["car", "mot"], id="car"),
        pytest.param("You're cross with the coffee machine.", ["coffee", "machine"], id="machine"),
        pytest.param("It sounds like you feel like a banana.", ["banana"], id="banana"),
        pytest.param("It sounds like you're exhausted.", [], id="feeling-only"),
        pytest.param("Think of your health and the team.", [], id="life-and-job"),
        pytest.param("It's been a heavy few weeks.", [], id="span-of-time"),
        pytest.param("You've made real progress.", [], id="abstraction"),
        pytest.param("You did the first eleven months alone.", [], id="numbers"),
        pytest.param("you'll fail probation", [], id="no-determiner-no-thing"),
    ],
)
def test_named_things(text: str, things: list[str]) -> None:
    """Concrete nouns after a determiner are things; feelings, qualities, what every life or
    job has, abstractions, spans of time and numbers are not."""
    assert named_things(text) == things
