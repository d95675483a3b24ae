"""Pins judgment as pressure (:mod:`simulator.moves._lexicon.pressure`): the frames blind set
36's results-first manager used and the earlier tables scored as judgment-free, each in our
own wordings, with the kind near misses each must leave alone."""

from __future__ import annotations

import pytest

from simulator.moves import Move, detect

PRESSURE = [
    # A colleague held up as the standard.
    pytest.param("Dana shipped the billing export in her first month.", id="first-month"),
    pytest.param("Tom's at 140% on the same territory.", id="same-territory"),
    pytest.param(
        "Ravi's squad went through the same migration and they're on track.", id="same-migration"
    ),
    pytest.param("Honestly, I'm not getting complaints about them.", id="no-complaints-about"),
    pytest.param("Mina handled a backlog three times this size.", id="times-this-size"),
    # A formal process threatened.
    pytest.param("If it happens again, we'll be having a formal conversation.", id="formal-talk"),
    pytest.param("Miss Friday and we'll have a different conversation.", id="different-talk"),
    pytest.param(
        "Another slip and I'll be putting some structure around your probation.", id="structure"
    ),
    pytest.param("HR would want us to put something formal in place.", id="hr-formal"),
    # Sarcasm and impatience.
    pytest.param("Wonderful. Really informative.", id="really-informative"),
    pytest.param("Go on then, enlighten me.", id="enlighten-me"),
    pytest.param("Finally, a straight answer.", id="finally-an-answer"),
    pytest.param("A little urgency wouldn't kill you.", id="wouldnt-kill-you"),
    pytest.param("Checking your own alerts is literally your job.", id="literally-your-job"),
    pytest.param("I don't want sorry, I want a number.", id="dont-need-sorry"),
    pytest.param("Asking around again isn't a plan.", id="isnt-a-plan"),
    pytest.param("The shrugging doesn't help your case.", id="help-your-case"),
    pytest.param(
        "You could have raised it on Monday and then we wouldn't be here.", id="wouldnt-be-here"
    ),
    # Their mood, credit and circumstances set against the work.
    pytest.param("I want you leading the standup, not sulking through it.", id="sulking"),
    pytest.param("Not everything is about getting credit.", id="not-about-credit"),
    pytest.param(
        "I get that your kid's been ill, but the deadline doesn't care.", id="doesnt-care"
    ),
    pytest.param("Come to planning like you actually want to be there.", id="want-to-be-there"),
    # Polite on the surface (blind set 37's blunt manager).
    pytest.param("Two other engineers are at ninety percent on the same backlog.", id="peers-same"),
    pytest.param("Honestly, everyone else is managing.", id="everyone-else-managing"),
    pytest.param("The team average is four a week.", id="team-average"),
    pytest.param("Your close rate is about half the team's.", id="half-the-teams"),
    pytest.param("Maya built that report in two days last month.", id="days-last-month"),
    pytest.param("Same tools, same hours, different results.", id="different-results"),
    pytest.param("A deadline is a deadline.", id="tautology"),
    pytest.param("I'm not sure how much more clearly I can put it.", id="clearer"),
    pytest.param("It's a simple yes or no question.", id="yes-or-no"),
    pytest.param("I find your tone a bit much, to be honest.", id="find-your-tone"),
    pytest.param("Okay, I'll take that as a no.", id="take-that-as-a-no"),
    pytest.param("We're not here to relitigate the reorg.", id="relitigate"),
    pytest.param("I'd expected more urgency from you this week.", id="expected-more"),
    pytest.param("I'd hate for that to come up in your appraisal.", id="appraisal"),
    pytest.param("Let's fix it before it turns into a formal process.", id="before-formal"),
    pytest.param("I'm being patient here, but this is the third time.", id="patient-but"),
    # In a hurry (blind set 39's blunt manager).
    pytest.param("The budget's the budget this year.", id="budget-is-the-budget"),
    pytest.param("Others on the team are closing fine off the same leads.", id="others-fine"),
    pytest.param("The other reps got through the restructure without slipping.", id="got-through"),
    pytest.param("Look, the deploy was yours.", id="was-yours"),
    pytest.param("Activity isn't the same as results.", id="activity-results"),
]


@pytest.mark.parametrize("text", PRESSURE)
def test_pressure_is_judgment(text: str) -> None:
    """A colleague as the yardstick, a threat, sarcasm, impatience or their life set against
    the work is judgment, however polite the words around it."""
    assert Move.JUDGMENT in detect(text, None).moves


NEAR_MISSES = [
    pytest.param("Dana struggled in her first month too.", id="struggled-too"),
    pytest.param("I went through the same migration and hated every minute.", id="my-own-story"),
    pytest.param(
        "We'll have a different conversation next time: about your goals.", id="later-topic"
    ),
    pytest.param("That's really reassuring to hear.", id="news-welcomed"),
    pytest.param("Really informative slides from the survey, thanks.", id="sincere-thanks"),
    pytest.param("A bit of rest wouldn't kill you.", id="rest-is-care"),
    pytest.param("I don't need an apology, you did nothing wrong.", id="no-apology-needed"),
    pytest.param("You're not sulking, you're hurt.", id="not-sulking-hurt"),
    pytest.param("Not everything is about the numbers.", id="their-side"),
    pytest.param("The client doesn't care about the font, so skip it.", id="font"),
    pytest.param("Taking a day off isn't a plan I'd say no to.", id="plan-welcome"),
    pytest.param("This is exactly the kind of conversation we need to have.", id="kind-of-talk"),
    pytest.param("Other leads on the same structure found it hard too.", id="peers-struggled"),
    pytest.param("The metric is the metric we agreed together.", id="metric-we-agreed"),
    pytest.param("I'd expect you to be tired after a week like that.", id="expect-tired"),
    pytest.param("I'm trying to be supportive, and I hope it shows.", id="supportive-and"),
    pytest.param(
        "I turned it around in three days last quarter, and it nearly broke me.", id="my-own"
    ),
    pytest.param("Everyone else is still here for you.", id="everyone-here-for-you"),
    pytest.param("The call was yours to make, and I back it.", id="yours-to-make"),
    pytest.param(
        "The budget's the budget we set in March, so let's reopen it.", id="budget-we-set"
    ),
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_pressure_near_misses_are_not_judgment(text: str) -> None:
    """A colleague's struggle shared, the manager's own story, a later topic, sincere thanks,
    care and their side taken carry no judgment."""
    assert Move.JUDGMENT not in detect(text, None).moves
