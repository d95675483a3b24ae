"""Pins judgment found by structure, not by a stock phrase, and the guards that stop it.

Judgment in wordings nobody listed: a verdict on what the person knew or chose ("you knew the
risks"), a pattern pinned on them ("you keep missing..."), blame for a result ("you let the team
down", "a mistake on your part"), a put-down conditional ("if you can't take the pressure..."),
"you of all people", a motive imputed ("you seem to enjoy complaining"), blaming questions
("what's your excuse this time?"). Every line was written for these tests, after the structural
rules were planned and before they were written (none comes from AnnoMI). The guards are the
same phrases negated, owned, reported or praising, which must not judge.
"""

from __future__ import annotations

import pytest

from simulator.moves import Move, assess, detect

J, R = Move.JUDGMENT, Move.REFLECTION

STRUCTURAL_JUDGMENTS = [
    pytest.param("You knew the risks when you signed up for this.", id="knew-the-risks"),
    pytest.param("You knew full well the report was due Friday.", id="knew-full-well"),
    pytest.param("Maybe you're just in the wrong role.", id="in-the-wrong-role"),
    pytest.param("If you can't take the pressure, this team isn't for you.", id="if-you-cant"),
    pytest.param("You seem to enjoy complaining more than fixing things.", id="enjoy-complaining"),
    pytest.param("Typical of you to leave it to the last minute.", id="typical-of-you"),
    pytest.param("You keep missing the same deadlines.", id="keep-missing"),
    pytest.param("You let the whole team down on Thursday.", id="let-the-team-down"),
    pytest.param("You dropped the ball on the client handover.", id="dropped-the-ball"),
    pytest.param("Frankly, you messed this one up.", id="messed-up"),
    pytest.param("That was a careless mistake on your part.", id="on-your-part"),
    pytest.param("You of all people should know better.", id="of-all-people"),
    pytest.param("What's your excuse this time?", id="whats-your-excuse"),
    pytest.param("Why would you even send that email?", id="why-would-you-even"),
    pytest.param("You're not being realistic about your workload.", id="not-being-realistic"),
    pytest.param("You're blowing this way out of proportion.", id="out-of-proportion"),
    pytest.param("You make everything about yourself.", id="about-yourself"),
    pytest.param("You take every bit of feedback as a personal attack.", id="personal-attack"),
    pytest.param("Honestly, you just don't pull your weight.", id="pull-your-weight"),
    pytest.param("When are you going to start owning your work?", id="when-are-you-going-to"),
    pytest.param("You only ever think about yourself.", id="only-ever-yourself"),
    pytest.param("You're acting like a child.", id="acting-like-a-child"),
    pytest.param("This is a problem of your own making.", id="own-making"),
    pytest.param("You're making a drama out of nothing.", id="drama-out-of-nothing"),
    pytest.param("You've been warned about this before.", id="warned-before"),
    pytest.param("You were asked more than once to update the ticket.", id="asked-more-than-once"),
    pytest.param("I would have expected better from a team lead.", id="expected-better"),
    pytest.param("Everybody else managed to hit the target.", id="everybody-else-managed"),
]


@pytest.mark.parametrize("text", STRUCTURAL_JUDGMENTS)
def test_judgment_found_by_structure(text: str) -> None:
    """A verdict, blame or put-down with no stock phrase is judgment, and not a reflection."""
    moves = set(detect(text).moves)
    assert J in moves, moves
    assert R not in moves, moves
    assert set(assess(text).moves) == moves  # no context: assess labels by form too


GUARDS = [
    pytest.param("You knew something was off before anyone else did.", id="knew-praise"),
    pytest.param("I let the team down on that one, not you.", id="owned-let-down"),
    pytest.param("He told you that you'd dropped the ball, and that stung.", id="reported"),
    pytest.param("Nobody is saying you messed up.", id="negated-messed-up"),
    pytest.param("You didn't let anyone down.", id="negated-let-down"),
    pytest.param("You feel you're in the wrong role.", id="reported-wrong-role"),
    pytest.param("Stop being so hard on yourself.", id="self-compassion"),
    pytest.param("You keep showing up for your team, even now.", id="keep-showing-up"),
    pytest.param("You take feedback really well.", id="takes-feedback-well"),
    pytest.param("It wasn't a mistake on your part.", id="negated-on-your-part"),
    pytest.param("If you can't make Friday, we'll move it.", id="if-you-cant-logistics"),
    pytest.param("What's your plan for this week?", id="whats-your-plan"),
    pytest.param("You worry you might be in the wrong job.", id="worry-wrong-job"),
    pytest.param("You were told the role was yours.", id="told-once-reports"),
    pytest.param("I'd expect you to be tired after a week like that.", id="expect-sympathy"),
    pytest.param("Everyone else had left, so you finished it alone.", id="everyone-else-left"),
    pytest.param("Stop blaming yourself for the outage.", id="stop-blaming-yourself"),
    pytest.param(
        "It feels like the news is blowing things out of proportion.", id="blowing-not-you"
    ),
    # Blind set 39's French-speaking manager, read as judging in three turns of one meeting.
    pytest.param("Before the review, what did you expect, honestly?", id="expect-before"),
    pytest.param("That is not acceptable, and I take my part of it.", id="owned-not-acceptable"),
    pytest.param("Your attitude is not the problem here.", id="attitude-not-the-problem"),
]


@pytest.mark.parametrize("text", GUARDS)
def test_structural_judgment_guards(text: str) -> None:
    """The same structures negated, owned, reported or praising do not judge."""
    assert J not in detect(text).moves


NOUN_FRAMES = [
    pytest.param("That was a brave decision you made.", Move.RECOGNITION, id="brave-decision-you"),
    pytest.param("It's a solid plan you've put together.", Move.RECOGNITION, id="solid-plan-you"),
    pytest.param("You really need some time off.", Move.ADVICE, id="need-time-off"),
    pytest.param("You need a coach, not another course.", Move.ADVICE, id="need-a-coach"),
]


@pytest.mark.parametrize(("text", "move"), NOUN_FRAMES)
def test_praise_and_remedies_named_as_nouns(text: str, move: Move) -> None:
    """An act praised as a noun ("a brave decision you made") is recognition and a remedy
    prescribed as a noun ("you need some time off") is advice; neither is a reflection."""
    moves = set(detect(text).moves)
    assert move in moves, moves
    assert R not in moves, moves


def test_generic_praise_of_a_question_is_not_recognition() -> None:
    """ "That's a good question you have" praises nothing the person did: not recognition."""
    assert Move.RECOGNITION not in detect("That's a good question you have there.").moves


# Wordings of minimising, hindsight, standards, waved-away feelings, a questioned place and
# sarcasm, each beside a near miss that keeps the words but not the verdict.
MINIMISING = [
    pytest.param("Bet you wish you'd checked that config first.", True, id="hindsight-bet"),
    pytest.param("If only you'd asked sooner.", True, id="hindsight-if-only"),
    pytest.param("I bet you're tired after all that.", False, id="bet-as-empathy"),
    pytest.param("Other people have it much worse.", True, id="others-worse"),
    pytest.param(
        "You were right that other people have it worse, and that doesn't make yours small.",
        False,
        id="others-worse-agreed-with",
    ),
    pytest.param("Let's not make this bigger than it is.", True, id="bigger-than-it-is"),
    pytest.param("I'm not making this bigger than it is, I promise.", False, id="bigger-owned"),
    pytest.param("Come on, it's just one meeting.", True, id="come-on-just"),
    pytest.param("Come on in, take a seat.", False, id="come-on-in"),
    pytest.param("Just push through, it's only two more weeks.", True, id="push-through"),
    pytest.param("What would help you push through the next two weeks?", False, id="push-asked"),
    pytest.param("Try to be a bit more professional about it.", True, id="more-professional"),
    pytest.param(
        "You said you want to be more professional when you present; what would that look like?",
        False,
        id="their-own-aim",
    ),
    pytest.param("I don't think crying about it will help.", True, id="crying-wont-help"),
    pytest.param("Moaning won't fix it.", True, id="moaning-wont-fix"),
    pytest.param("Honestly, crying about it will help more than you think.", False, id="crying-ok"),
    pytest.param(
        "If you can't handle the pressure, maybe this isn't the role for you.", True, id="fit"
    ),
    pytest.param(
        "It's not your fault if you can't handle the pressure alone; nobody could.",
        False,
        id="fit-negated",
    ),
    pytest.param("Interesting choice, muting the alert.", True, id="sarcasm-interesting-choice"),
]


@pytest.mark.parametrize(("text", "judges"), MINIMISING)
def test_minimising_hindsight_and_sarcasm(text: str, judges: bool) -> None:
    """Judgment in the wordings managers use to minimise, second-guess, set a standard, wave a
    feeling away, question someone's place or be sarcastic; the same words without the verdict
    (negated, owned, agreed with, or kind) are not judgment."""
    assert (Move.JUDGMENT in detect(text, None).moves) is judges


# Pressure and blame that a manager mixes into otherwise kind turns: a demand to work better,
# blame by cause, an effort judged wanting, hindsight with an adverb, "we all are".
PRESSURE = [
    pytest.param("You need to manage your time better.", True, id="demand-better"),
    pytest.param("You do need to speak up sooner when you're stuck.", True, id="demand-sooner"),
    pytest.param("You need to get better sleep, and I want to help.", False, id="better-sleep"),
    pytest.param("You need to build a thicker skin here.", True, id="thicker-skin"),
    pytest.param("Getting a thicker skin isn't the answer here.", False, id="thicker-skin-not"),
    pytest.param("So you need to pick up the pace.", True, id="pick-up-the-pace"),
    pytest.param("Sitting on it quietly is why it's late.", True, id="blame-by-cause"),
    pytest.param("So you think the handover is why it's late?", False, id="their-own-cause"),
    pytest.param("I don't think that's why it's late at all.", False, id="cause-denied"),
    pytest.param(
        "Lining up your old job doesn't show much commitment, honestly.", True, id="no-commitment"
    ),
    pytest.param("Asking isn't enough though.", True, id="asking-not-enough"),
    pytest.param(
        "Asking three times isn't enough if it's that important.", True, id="asking-thrice"
    ),
    pytest.param(
        "Checking twice wasn't enough for you to feel sure, so you kept going.",
        False,
        id="not-enough-reflected",
    ),
    pytest.param("Rebuilding it twice was a wasted day, frankly.", True, id="wasted-day"),
    pytest.param("But you still should have told me earlier.", True, id="still-should-have"),
    pytest.param("Well, we all are. But the date isn't moving.", True, id="we-all-are"),
    pytest.param("We all are, me included, and that's on me.", False, id="we-all-are-owned"),
    pytest.param("That has to stop.", True, id="warning-stop"),
    pytest.param("It doesn't have to stop you from asking.", False, id="stop-negated"),
    pytest.param("You can't expect special treatment.", True, id="special-treatment"),
    pytest.param(
        "I don't want special treatment for anyone, including me.", False, id="special-owned"
    ),
    pytest.param("That sounds a bit like sour grapes.", True, id="sour-grapes"),
    pytest.param("You need to show more initiative.", True, id="show-more-initiative"),
    pytest.param("Lots of parents manage on little sleep.", True, id="others-manage"),
    pytest.param("How do most parents cope, do you think?", False, id="others-asked-about"),
    pytest.param("The quarter won't wait.", True, id="quarter-wont-wait"),
    pytest.param("You were all over the place.", True, id="all-over-the-place"),
    pytest.param("Your focus has gone.", True, id="focus-gone"),
    pytest.param("It's hard to keep up if you can't sleep.", False, id="keep-up-sympathy"),
    pytest.param("I need you working smarter, not making excuses.", True, id="not-excuses"),
    pytest.param("You're not making excuses at all.", False, id="excuses-denied"),
    pytest.param("And that's on your team.", True, id="on-your-team"),
    pytest.param("That isn't a great look for a lead.", True, id="not-a-great-look"),
    pytest.param("You need to get on board with the new structure.", True, id="get-on-board"),
    pytest.param("So you need to model a better attitude.", True, id="better-attitude"),
    pytest.param(
        "What would the right attitude look like to you?", False, id="attitude-asked-about"
    ),
    pytest.param("Honestly, that sounds a bit cynical.", True, id="cynical"),
    pytest.param("You're not cynical, you're tired.", False, id="cynical-denied"),
    pytest.param(
        "A config change that fails silently is exactly the sort of thing that should have been "
        "caught in review.",
        True,
        id="should-have-been-caught",
    ),
    pytest.param("Put it in your action items as your own gap.", True, id="your-own-gap"),
    pytest.param("It sounds like you feel it was your own mistake.", False, id="their-own-view"),
    pytest.param("Checking at three in the morning isn't healthy.", True, id="not-healthy"),
    pytest.param(
        "Working all weekend isn't healthy for anyone, and that's on me.",
        False,
        id="not-healthy-owned",
    ),
    pytest.param("You can't expect to be invited to everything.", True, id="cant-expect"),
    pytest.param("You can't expect yourself to carry this alone.", False, id="cant-expect-kind"),
    pytest.param("I wouldn't read into it.", True, id="brushed-off"),
    pytest.param("You need to stop that and get some sleep.", True, id="stop-that"),
    pytest.param("Blaming the inbound queue won't get you to target.", True, id="blaming-wont"),
    pytest.param(
        "You said you're not blaming anyone, and it still stings.", False, id="not-blaming"
    ),
    pytest.param(
        "Lots of people have young kids and still hit their number.", True, id="others-still"
    ),
    pytest.param(
        "How do people with young kids still hit their numbers here, do you think?",
        False,
        id="others-asked",
    ),
    pytest.param("That can't happen in front of prospects.", True, id="cant-happen-in-front"),
    pytest.param("The sarcasm isn't helping, to be honest.", True, id="sarcasm-not-helping"),
    pytest.param("People have noticed the attitude lately.", True, id="noticed-attitude"),
    pytest.param("That's why people find you hard to work with.", True, id="hard-to-work-with"),
    pytest.param(
        "Do people find you hard to work with, or is that what Elaine said?",
        False,
        id="hard-to-work-with-asked",
    ),
    pytest.param("You need to move on from it.", True, id="move-on"),
    pytest.param("You don't need to move on from it yet.", False, id="move-on-negated"),
    pytest.param("You can't expect a personal briefing.", True, id="no-personal-briefing"),
    pytest.param("Activity without conversion is a skills problem.", True, id="skills-problem"),
    pytest.param(
        "Is it a skills problem, or is something else going on?", False, id="skills-asked"
    ),
    pytest.param("You need to sharpen your pitch.", True, id="sharpen"),
    pytest.param("What would help you feel prepared?", False, id="prepared-asked"),
    pytest.param("That's a team performance problem.", True, id="team-performance-problem"),
    pytest.param("As lead, it's yours to fix.", True, id="yours-to-fix"),
    pytest.param("Is it yours to fix, or mine?", False, id="yours-asked"),
    pytest.param("You need better boundaries.", True, id="better-boundaries"),
    pytest.param(
        "You don't need better boundaries, you need cover.", False, id="boundaries-negated"
    ),
    pytest.param("Five hours is poor, though.", True, id="poor-though"),
    pytest.param("You can't just work unrecorded hours.", True, id="cant-just"),
    pytest.param("You can't just stop caring, I know.", False, id="cant-just-stop-caring"),
]


@pytest.mark.parametrize(("text", "judges"), PRESSURE)
def test_pressure_and_blame_mixed_into_kind_turns(text: str, judges: bool) -> None:
    """A demand to work better, blame by cause, an effort judged wanting and hindsight are
    judgment; a remedy, their own view of the cause, a denial or an owned remark is not."""
    assert (Move.JUDGMENT in detect(text, None).moves) is judges
