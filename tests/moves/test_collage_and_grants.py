"""Pins two ways of saying their words back that are not reflections (blind set 18), and the
pacing wordings that are sympathy, in our own wordings beside near misses:

* a **collage**: three or more fragments of their words strung as sentences of their own
  ("Six weeks of nights. The staging box. Half a day."), which pastes their words back without
  making anything of them; one or two fragments opening a reflection of the manager's own
  ("Eleven months. You built it alone.") are a reflection;
* a **request granted**: their request said back in a yes ("Done. Rosa twice a week.") is the
  yes, not a reflection of anything they shared; a yes that also takes up what they told
  ("Two approvals and it still got through. Agreed, it goes in the actions.") still reflects;
* **pacing** ("no pressure", "whenever you're ready") is sympathy, not a reflection of a
  feeling or a statement about them.
"""

from __future__ import annotations

import pytest

from simulator.moves import Move, assess

TOLD = (
    "I've done six weeks of nights on the staging box. Every time it dies I lose half a day,"
    " and Rosa is the only one who knows the runbook."
)


@pytest.mark.parametrize(
    ("line", "collage"),
    [
        pytest.param(
            "Six weeks of nights. The staging box. Half a day. That's a lot. What's under that?",
            True,
            id="three-fragments",
        ),
        pytest.param(
            "Rosa. The runbook. Every time it dies. Staging box. That must be hard.",
            True,
            id="four-fragments",
        ),
        pytest.param(
            "Six weeks of nights. You've been holding staging up on your own. What's that like?",
            False,
            id="one-fragment-then-their-own",
        ),
        pytest.param(
            "Okay. Right. Sure. What's been hardest?", False, id="backchannels-are-no-fragments"
        ),
    ],
)
def test_a_collage_of_their_words_is_no_reflection(line: str, collage: bool) -> None:
    """Three or more fragments of theirs as sentences on their own are said back, not taken
    up: no reflection, reported as their words said back."""
    a = assess(line, [("employee", TOLD)])
    assert (a.parroted is not None) is collage, a.parroted
    if collage:
        assert Move.REFLECTION not in a.moves
        assert not a.grounded


ASKED = "Could Rosa take the nightly calls? Two people approved the PR, and it still got through."


@pytest.mark.parametrize(
    ("line", "reflects"),
    [
        pytest.param("Done. Rosa takes the nightly calls from Monday.", False, id="a-bare-yes"),
        pytest.param(
            "Yes, Rosa takes the nightly calls. Check in Friday at ten?", False, id="yes-and-time"
        ),
        pytest.param(
            "Rosa on the nightly calls, yes. Anything else?", False, id="the-yes-after-it"
        ),
        pytest.param(
            "Thanks for asking. Yes: Rosa takes the nightly calls.", False, id="the-yes-later-on"
        ),
        pytest.param(
            "Yes. Two people approved it and it still got through, and Rosa takes the calls.",
            True,
            id="yes-that-takes-up-their-story",
        ),
        pytest.param(
            "It sounds like you need Rosa on the nightly calls.", True, id="a-listening-stem"
        ),
    ],
)
def test_their_request_said_back_in_a_yes_is_the_yes(line: str, reflects: bool) -> None:
    """A yes that restates only what they asked for grants it, before or after it; taking up
    what they told besides, or a listening stem, still reflects."""
    a = assess(line, [("employee", ASKED)])
    assert (Move.REFLECTION in a.moves) is reflects, a.cues


@pytest.mark.parametrize(
    ("line", "reflects"),
    [
        pytest.param(
            "Yes - the staging box gets credited to you by name. What's been on your mind most"
            " since?",
            False,
            id="yes-and-a-promise",
        ),
        pytest.param(
            "Yes - that record goes into your file, every night on the staging box since March."
            " What else has been on your mind since?",
            False,
            id="yes-it-goes-in-your-file",
        ),
        pytest.param(
            "Six weeks of nights, and half a day lost every time it dies. Yes, I'll get it fixed.",
            True,
            id="said-back-then-a-promise",
        ),
        pytest.param("Yes, six weeks of nights is a lot.", True, id="a-yes-that-says-it-back"),
    ],
)
def test_what_they_told_made_a_promise_is_no_reflection(line: str, reflects: bool) -> None:
    """Blind set 25's yes-man: "Yes - <what they told, as an action item>" turns each thing
    they tell into a fix at once, which is not saying back what they went through. Their words
    said back in a sentence of their own, with or without a promise after, still reflect."""
    a = assess(line, [("employee", TOLD)])
    assert (Move.REFLECTION in a.moves) is reflects, a.cues


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("No pressure at all. What's been hardest?", id="no-pressure"),
        pytest.param("Whenever you're ready. What's been hardest?", id="whenever-ready"),
        pytest.param("In your own time. What's been hardest?", id="own-time"),
        pytest.param(
            "Okay. I won't push. Whenever you want to, I'll make the time.", id="wont-push"
        ),
        pytest.param("Fair. You don't have to have it today.", id="not-today"),
    ],
)
def test_pacing_is_sympathy_not_a_reflection(line: str) -> None:
    """Time given is sympathy ("pressure" is not a feeling of theirs reflected, "you're ready"
    not a statement about them)."""
    a = assess(line, [("employee", TOLD)])
    assert Move.SYMPATHY in a.moves, a.cues
    assert Move.REFLECTION not in a.moves


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Whenever you want to escalate, tell me first.", id="whenever-you-want-to-x"),
        pytest.param("You don't have to tell me the numbers, they're in the report.", id="no-time"),
        pytest.param("I won't pretend the deadline can move.", id="wont-pretend"),
    ],
)
def test_near_pacing_is_not_sympathy(line: str) -> None:
    """Room given needs its time ("today", "yet") or its end ("whenever you want to."): a
    condition on a task or a plain refusal is no pacing."""
    a = assess(line, [("employee", TOLD)])
    assert Move.SYMPATHY not in a.moves, a.cues
