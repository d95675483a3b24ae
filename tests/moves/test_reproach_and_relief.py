"""Pins judgment in the reproach forms our own 'final' and 'planned' peer-support sets still
missed, and sympathy in the forms that lift blame (self-kindness, exoneration, normalising).

Our own wordings, each beside a near miss with the same words and the other reading. Labelled
by form, without context, as the external written data is.
"""

from __future__ import annotations

import pytest

from simulator.moves import Move, detect

REPROACH = [
    # Blame handed back to them; lifting it is not judgment.
    pytest.param("You've only got yourself to blame for the backlog.", True, id="only-yourself"),
    pytest.param("You brought most of this on yourself.", True, id="brought-on-yourself"),
    pytest.param("You can't keep blaming the vendor.", True, id="cant-keep-blaming"),
    pytest.param("You can't blame yourself for the vendor.", False, id="cant-blame-yourself"),
    # A promise broken, disbelief, a peer's standard, the stock put-downs.
    pytest.param("You gave the client a promise and broke it.", True, id="promise-broken"),
    pytest.param("You kept the promise you gave the client.", False, id="promise-kept"),
    pytest.param("You're not as swamped as you make out.", True, id="not-as-busy-as"),
    pytest.param("I'd expect someone with your experience to handle it.", True, id="expect-peer"),
    pytest.param("I'd expect anyone to feel rattled after that.", False, id="expect-anyone"),
    pytest.param("Honestly, you had one job.", True, id="one-job"),
    pytest.param("That's a bit rich coming from you.", True, id="rich-coming-from-you"),
    pytest.param("The figures stand out, and not in a good way.", True, id="not-in-a-good-way"),
    pytest.param("Your reports deserve a better manager than this.", True, id="deserve-better-x"),
    pytest.param("You deserve better than this.", False, id="you-deserve-better"),
    # Bad faith named, a warning given before, effort found wanting, a trait by its noun.
    pytest.param("You act as if the deadline doesn't exist.", True, id="act-as-if"),
    pytest.param("You had the runbook and still chose to ignore it.", True, id="chose-to-ignore"),
    pytest.param("You chose to flag it early.", False, id="chose-to-flag"),
    pytest.param("So you simply decided not to mention it?", True, id="simply-decided"),
    pytest.param("You decided to mention it early.", False, id="decided-plainly"),
    pytest.param("You just don't seem to care any more.", True, id="dont-care-any-more"),
    pytest.param("We talked about this exact issue in March.", True, id="talked-about-this"),
    pytest.param("We talked about the rota in March and it helped.", False, id="talked-rota"),
    pytest.param("A bit more care would go a long way here.", True, id="care-long-way"),
    pytest.param("You're being a bit of a martyr about the rota.", True, id="martyr"),
    pytest.param("You're no pushover.", False, id="no-pushover"),
    # Hindsight blames; what they were owed does not.
    pytest.param("You should have told me sooner.", True, id="should-have-told"),
    pytest.param("You should have had the criteria already.", False, id="should-have-had"),
    pytest.param("You should've been told first.", False, id="should-have-been-told"),
    # A reason heard as an excuse, the outcome pinned on them, effort found wanting, being
    # told to stop defending themselves or not to need reminding.
    pytest.param("Sounds like an excuse, if I'm honest.", True, id="sounds-like-an-excuse"),
    pytest.param("That's just an excuse for the delay.", True, id="thats-just-an-excuse"),
    pytest.param("It's not an excuse, it's context.", False, id="not-an-excuse"),
    pytest.param("Your merge caused the outage.", True, id="your-x-caused"),
    pytest.param("It sounds like you're worried your merge caused it.", False, id="worried-caused"),
    pytest.param("So you shipped it and didn't test it properly.", True, id="didnt-test-properly"),
    pytest.param("You feel you didn't test it properly.", False, id="feel-didnt-test"),
    pytest.param("You didn't even check the dashboards.", True, id="didnt-even-check"),
    pytest.param("Stop deflecting onto the vendor.", True, id="stop-deflecting"),
    pytest.param("Stop blaming the tools.", True, id="stop-blaming-the-tools"),
    pytest.param("Next time, don't make me chase you.", True, id="dont-make-me-chase"),
    # Their load shrugged off as everyone's, others held up as coping, their conduct named.
    pytest.param("Honestly, everybody's got deadlines.", True, id="everybodys-got-deadlines"),
    pytest.param(
        "It sounds like everybody's got deadlines and yours landed hardest.",
        False,
        id="everybodys-got-deadlines-reflected",
    ),
    pytest.param("The rota's rough, but the others cope.", True, id="others-cope"),
    pytest.param("How do the others cope with the rota?", False, id="how-do-others-cope"),
    pytest.param("Let's address your attitude in stand-ups.", True, id="address-attitude"),
    pytest.param("Your attitude in stand-ups has to change.", True, id="attitude-has-to-change"),
    pytest.param("Your attitude has been a real asset.", False, id="attitude-praised"),
    pytest.param("Ship it by five, and enough of the weekend heroics.", True, id="heroics"),
    # A colleague who "isn't complaining", the standard of "a good X", a formal plan threatened,
    # a reason called an excuse, "people have noticed".
    pytest.param(
        "Same split for everyone, and Dana isn't complaining.", True, id="not-complaining"
    ),
    pytest.param("A good lead owns the numbers.", True, id="a-good-x-owns"),
    pytest.param("A good idea would be a day off.", False, id="a-good-idea"),
    pytest.param(
        "If the queue isn't down by May, we'll have to talk about a formal improvement plan.",
        True,
        id="plan-threatened",
    ),
    pytest.param("The outage is an excuse.", True, id="x-is-an-excuse"),
    pytest.param("People have noticed you've been short with the team.", True, id="noticed"),
    pytest.param("People have noticed how much you carried.", False, id="noticed-how-much"),
    pytest.param("Other engineers are coping with the same rota.", True, id="other-x-coping"),
    # A silver lining pressed on what they are going through.
    pytest.param("The upside is you'll know the system inside out.", True, id="the-upside-is"),
    pytest.param("That must feel upside down.", False, id="upside-down"),
    pytest.param("Look on the bright side, it's nearly done.", True, id="bright-side"),
    pytest.param("What a great chance to show leadership.", True, id="chance-to-shine"),
    pytest.param("Is there any upside for you in the move?", False, id="asks-about-upside"),
    # Blame asked ("why is it taking so long?"), the work called a trait, a slip warned of.
    pytest.param("Why has this taken so long?", True, id="why-so-long"),
    pytest.param("Everybody's got changes.", True, id="everybodys-got-changes"),
    pytest.param("Honestly, the handover looks sloppy.", True, id="looks-sloppy"),
    pytest.param(
        "It sounds like you feel the handover looks sloppy.", False, id="feel-it-looks-sloppy"
    ),
    pytest.param("Don't let this happen again.", True, id="dont-let-it-happen-again"),
    # Falling short stated as the verdict; the same worry restated is not one.
    pytest.param("The problem is your team's missing its targets.", True, id="team-missing"),
    pytest.param("Look, you're behind.", True, id="youre-behind"),
    pytest.param("You're worried you're missing your targets.", False, id="worried-missing"),
    pytest.param("So you're behind.", False, id="so-youre-behind-restates"),
    # A verdict denied with "none", "neither" or "nothing" lifts it (blind set 14's skilled-bb:
    # "none of it is a performance problem" had cost trust as judgment).
    pytest.param("This is a performance problem.", True, id="performance-problem"),
    pytest.param("And none of it is a performance problem.", False, id="none-of-it-is-a-problem"),
    pytest.param("Neither of those is a performance problem.", False, id="neither"),
]


@pytest.mark.parametrize(("text", "judges"), REPROACH)
def test_reproach_in_written_forms(text: str, judges: bool) -> None:
    """Blame handed back, a promise broken, disbelief, a peer's standard and stock put-downs are
    judgment; lifting blame, a promise kept, normalising and "you deserve better" are not."""
    assert (Move.JUDGMENT in detect(text, None).moves) is judges


RELIEF = [
    pytest.param("Don't beat yourself up over the release.", Move.SYMPATHY, id="dont-beat"),
    pytest.param("Go easy on yourself this week.", Move.SYMPATHY, id="go-easy"),
    pytest.param("Give yourself a break.", Move.SYMPATHY, id="give-yourself-a-break"),
    pytest.param("You didn't cause the outage.", Move.SYMPATHY, id="didnt-cause"),
    pytest.param("You did nothing wrong.", Move.SYMPATHY, id="did-nothing-wrong"),
    pytest.param("I'd expect anyone to be shaken by that.", Move.SYMPATHY, id="expect-anyone"),
    pytest.param("What an ordeal.", Move.SYMPATHY, id="what-an-ordeal"),
    pytest.param("Nobody thinks you're slacking.", Move.SYMPATHY, id="nobody-thinks"),
    pytest.param(
        "Thanks for sharing that, it was brave.", Move.SYMPATHY, id="thanks-beside-praise"
    ),
    pytest.param("Give yourself a deadline for the draft.", Move.ADVICE, id="a-deadline-advises"),
    pytest.param("Don't blame the vendor in the review.", Move.ADVICE, id="dont-blame-others"),
]


@pytest.mark.parametrize(("text", "move"), RELIEF)
def test_relief_from_blame_is_sympathy_not_advice(text: str, move: Move) -> None:
    """Kindness to themselves asked of them and blame lifted are sympathy, not advice (which
    judgment-free counts as an unsolicited fix); a task or a rule in the same mood advises."""
    moves = detect(text, None).moves
    assert move in moves
    if move is Move.SYMPATHY:
        assert Move.ADVICE not in moves


@pytest.mark.parametrize(
    ("text", "advises"),
    [
        pytest.param("If the call clashes, send me the forecast instead.", True, id="if-send"),
        pytest.param("Once the launch is out, take a week off.", True, id="once-take"),
        pytest.param("When it fell over, you kept going.", False, id="when-narrates"),
        pytest.param("If that's true, it sounds exhausting.", False, id="if-reflects"),
    ],
)
def test_an_order_after_its_condition_is_advice(text: str, advises: bool) -> None:
    """An imperative after an opening condition ("If X, send me...") tells them what to do; a
    narrative or a reflection after one does not."""
    assert (Move.ADVICE in detect(text, None).moves) is advises
