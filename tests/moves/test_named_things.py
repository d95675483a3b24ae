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


@pytest.mark.parametrize(
    ("text", "known", "life"),
    [
        pytest.param(
            "So your sister's wedding plans have left you feeling sidelined.",
            (),
            "sister",
            id="made-up-relative",
        ),
        pytest.param(
            "You said the dog's surgery is next week, so you're distracted.", (), "dog", id="pet"
        ),
        pytest.param(
            "Your sister takes the mornings and you take the nights.",
            ("sister",),
            None,
            id="relative-they-mentioned",
        ),
        pytest.param("My dog died last year, so I get it.", (), None, id="about-the-manager"),
        pytest.param("Staging dies every load test and you lose half a day.", (), None, id="work"),
        pytest.param(
            "It must feel like being locked out of your own house.", (), None, id="a-simile"
        ),
        pytest.param("It sounds like your sister covers the mornings.", (), "sister", id="a-stem"),
    ],
)
def test_made_up_life(text: str, known: tuple[str, ...], life: str | None) -> None:
    """A part of their life outside work named in a sentence about them, never mentioned by
    them, is found; one they mentioned, one about the speaker, and work are not."""
    from simulator.moves._misreflection import made_up_life

    assert made_up_life(text.lower(), lambda w: w in known) == life


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param("So Marguerite moved to Lisbon.", ["Marguerite", "Lisbon"], id="person-place"),
        pytest.param("Hi Nadia, thanks for making time.", [], id="greeted-by-name"),
        pytest.param("Thank you for being so open today, Aisha.", [], id="addressed-at-the-end"),
        pytest.param("Okay, Sam, what's up?", [], id="addressed-in-the-middle"),
        pytest.param("You went to Paris, Gareth said.", ["Paris", "Gareth"], id="not-addressed"),
        pytest.param("I was in Leeds with Tomasz.", [], id="about-the-speaker"),
        pytest.param(
            "I'm hearing that Tomasz left Bristol.", ["Tomasz", "Bristol"], id="listening-frame"
        ),
        pytest.param("You hate Slack on a Monday in May.", [], id="names-everyone-shares"),
        pytest.param("Marguerite said so.", [], id="first-word-of-a-sentence"),
    ],
)
def test_proper_names(text: str, names: list[str]) -> None:
    """People and places are capitalised words inside a sentence about them (a listening frame
    is about them); the name they are addressed by, a sentence about the speaker, days,
    months and workplace tools, and a sentence's first word are not."""
    from simulator.moves._misreflection import proper_names

    assert proper_names(text) == names
