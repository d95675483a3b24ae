"""Pins the blunt manager's confrontations that blind set 27 showed were still read as
reflections or as nothing: a reason waved off as none ("that isn't a reason"), excuses named as
what they offered, their work found wanting by an adjective, a shrug that closes the subject
("that's the job"), their hardship made everyone's, a peer held up as coping with the same, a
shortfall stated flat ("you're well behind target"), their care found wanting ("without testing
it properly") and a formal talk threatened (blind sets 27 and 29). Also pins that their words
set up as the charge of a demand for an account ("The migration is late. When will it be
done?") are no reflection.

Our own wordings, each table beside near misses that keep the words and lose the reading.
"""

from __future__ import annotations

import pytest

from simulator.moves import Move, assess, detect

PREV = "The migration's late, I know. Half the team got moved to the billing project."

CONFRONTATIONS = [
    pytest.param("Headcount being frozen isn't a reason.", id="isnt-a-reason"),
    pytest.param("That's not an excuse.", id="thats-not-an-excuse"),
    pytest.param("Excuses won't ship the release.", id="excuses-wont-ship"),
    pytest.param("Your estimates have been careless.", id="your-estimates-careless"),
    pytest.param("Honestly? No more half-baked plans like this one.", id="half-baked-plans"),
    pytest.param("And no more sloppy handovers.", id="no-more-sloppy-handovers"),
    pytest.param("Honestly, that's the job.", id="thats-the-job"),
    pytest.param("That's just business.", id="just-business"),
    pytest.param("Well, that's how it goes.", id="how-it-goes"),
    pytest.param("Look, everybody had deadline changes this quarter.", id="everybody-had-changes"),
    pytest.param("Everybody's overloaded.", id="everybodys-overloaded"),
    pytest.param("Stop obsessing over the review.", id="stop-obsessing"),
    pytest.param("Stop feeling sorry for yourself.", id="stop-feeling-sorry"),
    pytest.param("Dana's closing hers with the same territory.", id="peer-with-the-same"),
    pytest.param("The other leads delivered on less.", id="others-on-less"),
    pytest.param("You're well behind target.", id="well-behind-target"),
    pytest.param("You merged it without testing it properly.", id="without-testing-properly"),
    pytest.param("The handover isn't the excuse.", id="isnt-the-excuse"),
    pytest.param("You should know the deploy process by now.", id="should-know"),
    pytest.param("You've been in the role long enough for this.", id="long-enough"),
    pytest.param("Renewals close if you're good enough.", id="if-good-enough"),
    pytest.param("The other leads managed it.", id="the-others-managed"),
    pytest.param("Miss it again and we'll have a more formal conversation.", id="formal-talk"),
    pytest.param("Honestly, everyone got restructured.", id="everyone-got-restructured"),
]


@pytest.mark.parametrize("text", CONFRONTATIONS)
def test_a_blunt_managers_confrontation_is_judgment(text: str) -> None:
    """Each waves off, shrugs off or finds wanting what they raised: judgment, and never a
    reflection of their words, by form and in context."""
    assert Move.JUDGMENT in detect(text).moves
    a = assess(text, [("employee", PREV)])
    assert Move.JUDGMENT in a.moves, a.cues
    assert Move.REFLECTION not in a.moves


NOT_CONFRONTATIONS = [
    pytest.param("That's no reason to beat yourself up.", id="no-reason-to-beat-yourself-up"),
    pytest.param("It isn't an excuse, it's a real constraint.", id="a-real-constraint"),
    pytest.param("Greg's sloppy handoff left you exposed.", id="a-third-partys-sloppiness"),
    pytest.param("Your manager was careless with that message.", id="your-managers-care"),
    pytest.param("I don't think that was sloppy work at all.", id="negated"),
    pytest.param("You feel your reviews have been sloppy lately.", id="their-self-criticism"),
    pytest.param("You hit it with the same split last year.", id="their-own-record"),
    pytest.param(
        "So Dana's closing hers with the same territory, and you're not - that stings.",
        id="their-comparison-said-back",
    ),
    pytest.param(
        "That's how it goes for a lot of new leads, and it still stings.", id="goes-on-to-them"
    ),
    pytest.param("That's life-changing news.", id="life-changing"),
    pytest.param("Everyone had a great time at the offsite.", id="no-hardship"),
    pytest.param("It's the job you wanted, and it got moved under you.", id="the-job-they-wanted"),
    pytest.param("It doesn't change that you did great work.", id="doesnt-change-great-work"),
    pytest.param(
        "I value your work, and this week doesn't change that.", id="doesnt-change-that-kindly"
    ),
    # Found by a review of this round's rules: kind lines in the same words.
    pytest.param("Caring for your mum isn't an excuse.", id="a-reason-not-an-excuse"),
    pytest.param("Excuses don't come into it - you were ill.", id="excuses-dont-come-into-it"),
    pytest.param(
        "You were made to ship without testing it properly, and that's on whoever set the"
        " deadline.",
        id="made-to-ship-untested",
    ),
    pytest.param("It's not you. It's the job.", id="its-not-you-its-the-job"),
    pytest.param("Nobody's coping with less than you right now.", id="nobody-copes-with-less"),
    pytest.param(
        "Your team is delivering with half the headcount. That's remarkable.", id="your-team"
    ),
    pytest.param("You should know the door's always open.", id="should-know-the-door"),
    pytest.param("You keep asking if you're good enough. You are.", id="asking-if-good-enough"),
    pytest.param("If Liam can take a day off, so can you.", id="so-can-you-a-permission"),
    pytest.param(
        "We'll have a more formal conversation about your promotion in June.", id="formal-good"
    ),
    pytest.param(
        "You want to stop dwelling on it, and it keeps pulling you back.", id="want-to-stop"
    ),
    pytest.param(
        "Freezing like that happens to anyone who cares this much. It's not a flaw.",
        id="happens-to-anyone-who-cares",
    ),
    pytest.param(
        "The on-call rota is also on you this month - that's too much.", id="also-on-you-a-load"
    ),
    pytest.param("You should know that I'm on your side.", id="should-know-that-im-with-you"),
    pytest.param(
        "The other leads managed it with two more people than you have.", id="others-with-more"
    ),
]


@pytest.mark.parametrize("text", NOT_CONFRONTATIONS)
def test_near_misses_of_the_confrontations_are_not_judgment(text: str) -> None:
    """Kindness about a reason, a third party's conduct, their own self-criticism or record,
    and a sentence that goes on to them keep the words and are not judgment."""
    assert Move.JUDGMENT not in detect(text, PREV).moves
    assert Move.JUDGMENT not in assess(text, [("employee", PREV)]).moves


DEMANDS = [
    pytest.param("The migration is late. When will it be done?", id="late-when-done"),
    pytest.param(
        "Half the team got moved and the migration's late. What are you doing about it?",
        id="moved-late-doing-about-it",
    ),
]


@pytest.mark.parametrize("text", DEMANDS)
def test_their_words_as_the_charge_of_a_demand_are_no_reflection(text: str) -> None:
    """A demand for an account (a leading question) turns the facts they gave into the charge
    it rests on: no reflection, however many of their words it says back."""
    a = assess(text, [("employee", PREV)])
    assert a.moves == (Move.CLOSED_QUESTION,), a.cues


STILL_REFLECTIONS = [
    pytest.param(
        "Half the team got moved to billing and the migration's on you. What would help most?",
        id="an-open-question",
    ),
    pytest.param(
        "The migration's late and you lost half the team to billing. When would you like to"
        " talk it through?",
        id="a-question-about-them",
    ),
]


@pytest.mark.parametrize("text", STILL_REFLECTIONS)
def test_their_words_before_a_real_question_still_reflect(text: str) -> None:
    """The same facts said back before a question that asks for no account still reflect."""
    assert Move.REFLECTION in assess(text, [("employee", PREV)]).moves
