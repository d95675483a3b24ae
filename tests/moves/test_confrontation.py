"""Pins what separates a mediocre manager from a blunt one in the detectors (after blind sets
12-14, where the two had drawn level): praise of the person in general is generic recognition
(not a reflection, and not nothing), everyday validation ("I know this is hard") is sympathy,
and a blunt manager's confrontations are judgment: a concern waved off ("muted alerts are no
excuse", "I don't need the backstory"), a verdict of unacceptability, their load made everyone's,
a tautology that closes the subject, and a "why" that demands an account of a shortfall.

Our own wordings, each table beside near misses that keep the words and lose the reading.
Labelled by form (the employee's previous line given where grounding could matter).
"""

from __future__ import annotations

import pytest

from simulator.moves import Move, assess, detect

PREV = "Honestly, the launch is the problem. Staging falls over and I'm behind on everything."

GENERIC_PRAISE = [
    pytest.param("You're doing a great job.", id="doing-a-great-job"),
    pytest.param("You're doing great overall.", id="doing-great"),
    pytest.param("You're doing really well, honestly.", id="doing-really-well"),
    pytest.param("You're a great engineer, everyone knows that.", id="great-engineer"),
    pytest.param("You're a valued member of the team.", id="valued-member"),
    pytest.param("You're one of our best.", id="one-of-our-best"),
    pytest.param("We do value you, you know that.", id="we-value-you"),
    pytest.param("You're amazing.", id="amazing"),
    pytest.param("You're a star.", id="a-star"),
    # Praise of work with nothing named: the rubric's own anchor for generic praise.
    pytest.param("Good job.", id="bare-good-job"),
    pytest.param("Well done!", id="bare-well-done"),
    pytest.param("Okay, great work.", id="bare-great-work"),
    pytest.param("Nice one.", id="nice-one"),
]


@pytest.mark.parametrize("text", GENERIC_PRAISE)
def test_praise_of_the_person_in_general_is_generic_recognition(text: str) -> None:
    """The recognition anchors rank "empty or generic praise" above none: it is recognition,
    cued as generic (so it earns only part), and not a reflection of anything they said."""
    a = assess(text, [("employee", PREV)])
    assert Move.RECOGNITION in a.moves, a.moves
    assert a.cues[Move.RECOGNITION].startswith("generic praise"), a.cues
    assert a.stock_praise
    assert Move.REFLECTION not in a.moves


SPECIFIC_NOT_GENERIC = [
    pytest.param("You're great at untangling incidents.", Move.RECOGNITION, id="great-at"),
    pytest.param("You're great with the clients.", Move.RECOGNITION, id="great-with"),
    pytest.param("I really value your honesty.", Move.RECOGNITION, id="value-your-honesty"),
    pytest.param("You're the best person to lead this.", None, id="best-person-to"),
    pytest.param("Good job on the runbook.", Move.RECOGNITION, id="good-job-on-a-deed"),
    pytest.param("Well done for raising it early.", Move.RECOGNITION, id="well-done-for-a-deed"),
]


@pytest.mark.parametrize(("text", "move"), SPECIFIC_NOT_GENERIC)
def test_praise_that_names_a_strength_is_not_generic(text: str, move: Move | None) -> None:
    """A strength named ("great at ...", "your honesty") stays specific; confidence in them for
    a task is no generic praise; "good job" on a deed of theirs credits the deed."""
    a = assess(text, [("employee", PREV)])
    cue = a.cues.get(Move.RECOGNITION, "")
    assert not cue.startswith("generic praise"), a.cues
    if move is None:
        assert Move.RECOGNITION not in a.moves
    else:
        assert move in a.moves and cue.startswith("specific recognition"), a.cues


VALIDATION = [
    pytest.param("Look, I know it's disappointing.", Move.SYMPATHY, id="know-disappointing"),
    pytest.param("I know this is hard.", Move.SYMPATHY, id="know-hard"),
    pytest.param("I know it's been a tough week.", Move.SYMPATHY, id="know-tough-week"),
    pytest.param("I know how hard this has been.", Move.SYMPATHY, id="know-how-hard"),
    pytest.param("It's a juggle, I know.", Move.SYMPATHY, id="juggle-i-know"),
    # Granted only to be set aside: a yes-but.
    pytest.param("I know it's hard, but the number is the number.", Move.JUDGMENT, id="yes-but"),
    pytest.param("I know, but we need it by Friday.", Move.JUDGMENT, id="i-know-but"),
]


@pytest.mark.parametrize(("text", "move"), VALIDATION)
def test_everyday_validation_is_sympathy_and_its_yes_but_is_judgment(text: str, move: Move) -> None:
    """ "I know this is hard" validates; "I know it's hard, but ..." discounts, as "I hear you,
    but" does."""
    moves = detect(text, PREV).moves
    assert move in moves, moves
    if move is Move.JUDGMENT:
        assert Move.SYMPATHY not in moves


CONFRONTATIONS = [
    pytest.param("Muted alerts are no excuse.", id="no-excuse"),
    pytest.param("I don't want excuses about territory, I want pipeline.", id="no-excuses"),
    pytest.param("I don't need the backstory.", id="no-backstory"),
    pytest.param("That's not acceptable.", id="not-acceptable"),
    pytest.param("That's not going to cut it.", id="not-cut-it"),
    pytest.param("Forty percent isn't good enough.", id="isnt-good-enough"),
    pytest.param("Everyone's got a queue, yours isn't special.", id="yours-not-special"),
    pytest.param("You don't get to be not ready.", id="dont-get-to-be"),
    pytest.param("There's nothing to get into.", id="nothing-to-get-into"),
    pytest.param("Being back is hard, but the quota is the quota.", id="tautology"),
    pytest.param("Rules are rules.", id="rules-are-rules"),
    pytest.param("Everyone's got stuff at home.", id="stuff-at-home"),
    pytest.param("Territory changes happen to everyone.", id="happen-to-everyone"),
    pytest.param("Everyone got hit by the split.", id="everyone-got-hit"),
    pytest.param("The territory split affected everyone.", id="affected-everyone"),
    pytest.param("You skipped the team lunch. People noticed.", id="people-noticed"),
]


@pytest.mark.parametrize("text", CONFRONTATIONS)
def test_a_concern_waved_off_or_a_verdict_is_judgment_not_reflection(text: str) -> None:
    """A blunt manager's confrontations, several of which restate the employee's own word to
    overturn it, are judgment, and never a reflection."""
    moves = assess(text, [("employee", PREV)]).moves
    assert Move.JUDGMENT in moves, moves
    assert Move.REFLECTION not in moves


NOT_CONFRONTATIONS = [
    # Their own words said back, the speaker owning a failure, or their side taken.
    pytest.param("You say it's not an excuse, and I hear that.", id="their-not-an-excuse"),
    pytest.param(
        "I passed on that note without explaining it. That wasn't good enough.", id="owned"
    ),
    pytest.param("That's no excuse for how Greg spoke to you.", id="excuse-for-their-conduct"),
    pytest.param("It's not good enough that they keep doing this to you.", id="of-them"),
    pytest.param("You feel like you're not good enough.", id="their-feeling"),
    pytest.param("Everyone's pulling for you on this.", id="everyone-pulling-for-you"),
    pytest.param("The team noticed how you kept the client calm.", id="noticed-praise"),
]


@pytest.mark.parametrize("text", NOT_CONFRONTATIONS)
def test_near_misses_of_confrontation_are_not_judgment(text: str) -> None:
    """The same words, reflected, owned, or said on their side, judge nobody."""
    assert Move.JUDGMENT not in detect(text, PREV).moves


BLAMING_WHY = [
    pytest.param("Why isn't it done?", id="why-isnt-it-done"),
    pytest.param("Why wasn't it tested properly before you shipped it?", id="why-not-tested"),
    pytest.param("Why did you miss the forecast calls?", id="why-did-you-miss"),
    pytest.param("Why are response times so bad?", id="why-so-bad"),
    pytest.param("Liam's hitting his number. Why aren't you?", id="why-arent-you"),
    pytest.param("Why are you taking it out on the team?", id="taking-it-out"),
    pytest.param("Why has your team let it slip this far?", id="let-it-slip"),
    pytest.param("Why aren't you hitting your number?", id="why-arent-you-hitting"),
]


@pytest.mark.parametrize("text", BLAMING_WHY)
def test_a_why_that_demands_an_account_of_a_shortfall_is_blame(text: str) -> None:
    """ "Why isn't it done?" wants an admission, not their story: blame, not an open question."""
    moves = detect(text, PREV).moves
    assert Move.JUDGMENT in moves, moves
    assert Move.OPEN_QUESTION not in moves


CURIOUS_WHY = [
    pytest.param("Why is that important to you?", id="important-to-you"),
    pytest.param("Why do you think it slipped?", id="why-do-you-think"),
    pytest.param("Why did you decide to take the job?", id="why-decide"),
    pytest.param("Why is it slipping, from where you sit?", id="why-slipping"),
]


@pytest.mark.parametrize("text", CURIOUS_WHY)
def test_a_curious_why_stays_an_open_question(text: str) -> None:
    """A "why" that asks for their reasons or view is an open question, not blame."""
    moves = detect(text, PREV).moves
    assert Move.OPEN_QUESTION in moves and Move.JUDGMENT not in moves, moves


QUOTA = "Hiya. Sorry, I know what this is about. The number."

NOT_REFLECTIONS = [
    pytest.param("Yes, the number.", id="their-guess-confirmed"),
    pytest.param("Yes, it's about the dashboard.", id="confirmed-about"),
    pytest.param("You've missed two standups. What's going on?", id="missed-two"),
    pytest.param("You've declined my last two one-on-ones.", id="declined-my-last-two"),
    pytest.param("You're at less than half of target.", id="at-half-of-target"),
    pytest.param("Yes, the number. You're at thirty-eight per cent.", id="confirmed-then-metric"),
]


@pytest.mark.parametrize("text", NOT_REFLECTIONS)
def test_a_confirmed_subject_or_the_managers_record_of_them_is_no_reflection(text: str) -> None:
    """ "Yes, the number." answers their guess at the subject, and "you've missed two standups"
    is the manager's own record of them (feedback): neither restates anything they said."""
    assert Move.REFLECTION not in assess(text, [("employee", QUOTA)]).moves


STILL_REFLECTIONS = [
    pytest.param("So the number's been weighing on you.", id="weighing"),
    pytest.param("Yes, the number has been brutal for you.", id="yes-then-restates"),
    pytest.param("You feel the number has missed its moment this quarter.", id="missed-feel"),
]


@pytest.mark.parametrize("text", STILL_REFLECTIONS)
def test_what_they_said_about_the_number_is_still_a_reflection(text: str) -> None:
    """The rules are narrow: a statement of what the number is doing to them reflects, even after
    "yes" or with "missed" in it."""
    assert Move.REFLECTION in assess(text, [("employee", QUOTA)]).moves


LISTENER_NOT_JUDGED = [
    pytest.param(
        "You've been rehearsing this call since Tuesday. What did you expect me to say?",
        id="what-did-you-expect-me-to-say",
    ),
    pytest.param(
        "That's totally fair, and honestly it should've been offered when you came back.",
        id="it-should-have-been-offered",
    ),
    pytest.param(
        "So you keep checking. And you already say it is your fault.", id="their-own-verdict"
    ),
    pytest.param(
        "Four hours of quiet and you couldn't sleep. What else is on you?", id="what-is-on-you"
    ),
    pytest.param(
        "You're careful not to sound like you're making excuses.", id="careful-not-to-sound"
    ),
]


@pytest.mark.parametrize("text", LISTENER_NOT_JUDGED)
def test_skilled_voices_are_not_read_as_judging(text: str) -> None:
    """Lines of blind skilled voices that the judgment rules had caught: curiosity about what
    they expected, what the organisation owed them, their own verdict said back, a question
    about what they carry, their worry reflected. None judges the listener."""
    assert Move.JUDGMENT not in assess(text, [("employee", PREV)]).moves


STILL_JUDGED = [
    pytest.param("What did you expect?", id="what-did-you-expect"),
    pytest.param("You should've tested it.", id="you-should-have"),
    pytest.param("I say it's your fault.", id="i-say-your-fault"),
    pytest.param("That's on you.", id="thats-on-you"),
    pytest.param("It sounds like you're making excuses.", id="sounds-like-excuses"),
]


@pytest.mark.parametrize("text", STILL_JUDGED)
def test_the_same_words_said_as_a_verdict_still_judge(text: str) -> None:
    """The exceptions are narrow: the same phrases as the speaker's own verdict still judge."""
    assert Move.JUDGMENT in detect(text, PREV).moves
