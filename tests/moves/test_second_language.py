"""Pins a careful second-language speaker's skilled lines (blind set 15's skilled-dd, in our own
wordings): a commitment in the simple present with a time ("Today I take the target to sales
ops"), permission to take a minute, and leave they asked for granted in the imperative ("Could
I send it in writing?" -- "Yes. Send it in writing.") are a next step, kindness and a grant,
not information or advice. Near misses keep the words and lose the reading."""

from __future__ import annotations

import pytest

from simulator.moves import Move, assess, detect

ASKED = (
    "Could I send you my forecast in writing instead of doing the half-eight call? Or could we"
    " move it after lunch?"
)

PRESENT_COMMITMENTS = [
    pytest.param("Today I take the pro-rated target to sales ops.", True, id="today-i-take"),
    pytest.param("Tomorrow I talk to Jenna and give her the access.", True, id="tomorrow-i-talk"),
    pytest.param("I send you the written criteria by Friday.", True, id="i-send-by-friday"),
    pytest.param("I go to the gym on Fridays.", False, id="a-habit"),
    pytest.param("I talk to my kids every evening.", False, id="every-evening"),
]


@pytest.mark.parametrize(("text", "step"), PRESENT_COMMITMENTS)
def test_a_commitment_in_the_simple_present_with_a_time_is_a_next_step(
    text: str, step: bool
) -> None:
    """A manager's action in the simple present with one occasion in the future commits, as
    "I'll" does; a habit with a recurring time does not."""
    assert (Move.NEXT_STEP in detect(text, None).moves) is step


@pytest.mark.parametrize(
    "text", ["Take your minute.", "Take all the secs you need.", "Take all the minutes you need."]
)
def test_permission_to_take_a_minute_is_kindness_not_advice(text: str) -> None:
    """Permission to take a moment is no order."""
    moves = detect(text, None).moves
    assert Move.ADVICE not in moves and Move.SYMPATHY in moves, moves


GRANTS = [
    pytest.param(
        "Yes. Skip the half-eight call, and send me your forecast in writing instead.",
        False,
        id="yes-then-their-request",
    ),
    pytest.param("Send it in writing, that's fine.", False, id="their-verb"),
    pytest.param("Yes. And get some sleep.", True, id="yes-then-other-advice"),
    pytest.param("Skip the call and focus on the pipeline.", True, id="no-yes-other-verb"),
]


@pytest.mark.parametrize(("text", "advises"), GRANTS)
def test_leave_they_asked_for_granted_is_not_advice(text: str, advises: bool) -> None:
    """What they asked leave to do, granted in the imperative, is permission; an imperative
    that does not take up their request still advises."""
    moves = assess(text, [("employee", ASKED)]).moves
    assert (Move.ADVICE in moves) is advises, moves
