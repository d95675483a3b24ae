"""Pins the constructions added for the detectors' named blind spots (issue 12, accuracy round).

Each table holds our own wordings of one construction, positives and near misses, written for
these rules (none from AnnoMI or the peer-support measurement sets). Labelled by form, without
context, like the external written data.
"""

from __future__ import annotations

import pytest

from simulator.moves import Move, detect

RECOGNITION_CASES = [
    # Qualities an act shows or takes.
    pytest.param("Raising it with the director took real integrity.", True, id="took-integrity"),
    pytest.param("Coming back after that shows a lot of perseverance.", True, id="shows-nouns"),
    pytest.param("That says a lot about you as a lead.", True, id="says-a-lot-about-you"),
    pytest.param("It speaks well of you that you told the client first.", True, id="speaks-well"),
    # Effort credited to the person; a negated or reported one is not.
    pytest.param("You've obviously worked really hard on the migration.", True, id="worked-hard"),
    pytest.param("You put in a huge amount of work on the audit.", True, id="put-in-effort"),
    pytest.param("You really did your homework before that pitch.", False, id="did-not-done"),
    pytest.param("You haven't thought hard about the budget.", False, id="negated-effort"),
    # Credit by comparison with what most people would have done.
    pytest.param("Few managers would have stood up for the intern.", True, id="few-would-have"),
    pytest.param("Not everyone would've spotted that bug.", True, id="not-everyone"),
    pytest.param("Most people would have quit by now.", False, id="most-would-have"),
    pytest.param("Not many people use the old portal.", False, id="not-many-present"),
    # A decision of theirs judged sound; a negated verdict is not praise.
    pytest.param("Your read on the customer was exactly right.", True, id="your-read-right"),
    pytest.param("Your decision to pause it was the right one.", True, id="decision-right"),
    pytest.param("Your decision was not right for the team.", False, id="decision-not-right"),
    pytest.param("Your idea is that we wait a week.", False, id="idea-is-that"),
    # The deed named as a quality, or what it makes them; a question or a problem is not.
    pytest.param("Covering the nights for your team, that's real dedication.", True, id="thats-q"),
    pytest.param("Chasing it three times is proper persistence.", True, id="deed-is-quality"),
    pytest.param("Knowing that old code makes you irreplaceable.", True, id="makes-you"),
    pytest.param("It's a commitment issue, honestly.", False, id="quality-issue"),
    pytest.param("Is patience something you need more of?", False, id="is-question"),
    pytest.param("What is patience for you?", False, id="what-is"),
    # A deed judged as a strength the speaker prizes, or in an evaluative noun phrase.
    pytest.param("That kind of ownership is exactly what I value.", True, id="exactly-value"),
    pytest.param("That's exactly the grit this team needs.", True, id="exactly-team-needs"),
    pytest.param("Carrying six weekends is a seriously impressive feat.", True, id="feat"),
    pytest.param("Spotting the bounce is a great analytical instinct.", True, id="instinct"),
    pytest.param("That's exactly what I need to know.", False, id="exactly-need-to-know"),
    pytest.param("That's a great question.", False, id="great-question"),
    pytest.param("The queue is a great deal longer.", False, id="great-deal"),
    # A deed of theirs, then its praise, through a speaker's fillers; not an outcome's.
    pytest.param(
        "You've pulled the timeline together, which is, like, really thorough.", True, id="which"
    ),
    pytest.param("The queue grew, which is really great for nobody.", False, id="which-sarcasm"),
]


@pytest.mark.parametrize(("text", "expected"), RECOGNITION_CASES)
def test_recognition_in_unusual_wordings(text: str, expected: bool) -> None:
    """Affirmations by quality shown, effort, comparison and sound decisions are recognition;
    their negated, present-tense or descriptive near misses are not."""
    assert (Move.RECOGNITION in detect(text).moves) is expected


JUDGMENT_CASES = [
    # Reproach by a reminder the speaker already gave.
    pytest.param("I've asked you twice to update the ticket.", True, id="asked-twice"),
    pytest.param("We have already told you the process.", True, id="we-already-told"),
    pytest.param("We've been over this.", True, id="been-over-this"),
    pytest.param("I told you the process on Monday.", False, id="told-once"),
    pytest.param("I've told you everything I know about the reorg.", False, id="told-everything"),
    # Peers held up against the person.
    pytest.param("The rest of us manage to file on time.", True, id="rest-of-us"),
    pytest.param("Just get it done without all the fuss.", True, id="without-the-fuss"),
    pytest.param("The rest of us are going to the offsite.", False, id="rest-of-us-plain"),
    # Insinuation and blame handed back.
    pytest.param("Interesting how you're always ill on Mondays.", True, id="interesting-how"),
    pytest.param("Funny how the bug only appears in your branch.", True, id="funny-how-only"),
    pytest.param("It's funny how things work out sometimes.", False, id="funny-how-plain"),
    pytest.param("That's what you get for skipping the review.", True, id="what-you-get"),
    pytest.param("Honestly, it serves you right.", True, id="serves-you-right"),
    pytest.param("That's what you get with the premium plan.", False, id="what-you-get-with"),
    # Sarcasm: an agreeing opener turned round by "because".
    pytest.param("Oh right, because the tests wrote themselves.", True, id="oh-right-because"),
    pytest.param("Yeah sure, since you never make mistakes.", True, id="yeah-sure-since"),
    pytest.param("Oh sure, I can move the meeting.", False, id="oh-sure-plain"),
    pytest.param("It's always somebody else's fault with you.", True, id="somebody-elses-fault"),
    pytest.param("It wasn't anyone else's fault either.", False, id="negated-elses-fault"),
    # Accusing question; a reported or negated one is not.
    pytest.param("You figured it was okay to skip the standup?", True, id="figured-okay-to"),
    pytest.param("He thought it was fine to skip it.", False, id="reported-thought"),
]


@pytest.mark.parametrize(("text", "expected"), JUDGMENT_CASES)
def test_judgment_that_needs_more_than_a_put_down(text: str, expected: bool) -> None:
    """Reproach by reminder, peer comparison, insinuation, sarcasm and accusing questions are
    judgment; the same words used plainly, negated or reported are not."""
    assert (Move.JUDGMENT in detect(text).moves) is expected


ADVICE_CASES = [
    # More imperatives, a suggesting frame, and a softened imperative after a comma.
    pytest.param("Switch off your laptop at six.", True, id="switch-off"),
    pytest.param("Have a chat with payroll about it.", True, id="have-a-chat"),
    pytest.param("Have a good weekend.", False, id="have-a-good-weekend"),
    pytest.param("Let your lead know before Friday.", True, id="let-know"),
    pytest.param("I'd say take the later slot.", True, id="id-say-imperative"),
    pytest.param("I'd say it went well overall.", False, id="id-say-statement"),
    pytest.param("The course was useful for me, maybe try it.", True, id="later-maybe-try"),
    pytest.param("I can send the slides, maybe go through them together.", False, id="own-offer"),
    # A remedy as the subject of a hedged prediction, and "worth ...ing" opening a sentence.
    pytest.param("A day away from the screen could do you good.", True, id="remedy-subject"),
    pytest.param("Some time with a mentor might help.", True, id="some-might-help"),
    pytest.param("I wonder whether a bigger team would help.", False, id="wonder-whether"),
    pytest.param("Worth checking the contract first.", True, id="worth-checking"),
    pytest.param("Was the trip worth taking?", False, id="worth-in-question"),
]


@pytest.mark.parametrize(("text", "expected"), ADVICE_CASES)
def test_advice_in_more_wordings(text: str, expected: bool) -> None:
    """Imperatives beyond the old list, hedged remedies and "worth ...ing" are advice; wishes,
    statements after "I'd say", the speaker's own offer and questions are not."""
    assert (Move.ADVICE in detect(text).moves) is expected


SYMPATHY_CASES = [
    pytest.param("That is so much to deal with at once.", True, id="much-to-deal-with"),
    pytest.param("It's a lot to take in.", True, id="a-lot-to-take-in"),
    pytest.param("I'm really sad for you.", True, id="sad-for-you"),
    pytest.param("That's a lot to ask of the team.", False, id="a-lot-to-ask"),
    pytest.param("I'm sad about the office closing.", False, id="own-sadness"),
]


@pytest.mark.parametrize(("text", "expected"), SYMPATHY_CASES)
def test_sympathy_for_the_weight_of_it(text: str, expected: bool) -> None:
    """Acknowledging how much they carry, or feeling for them, is sympathy; a request or the
    speaker's own feeling about something else is not."""
    assert (Move.SYMPATHY in detect(text).moves) is expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Wishing you a calm week.", id="wishing-you"),
        pytest.param("Good luck with your first review.", id="good-luck"),
        pytest.param("All the best for your move.", id="all-the-best"),
    ],
)
def test_well_wishes_are_not_reflections(text: str) -> None:
    """A well-wish addresses the person but restates nothing they said."""
    assert Move.REFLECTION not in detect(text).moves


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Treat yourself to a long lunch.", True, id="treat-yourself"),
        pytest.param("Bookmark the wiki page.", True, id="bookmark-the"),
        pytest.param("Perhaps archive the old channel.", True, id="softened"),
        pytest.param("Rest up this weekend.", True, id="particle"),
        pytest.param("Sorry your week went sideways.", False, id="sorry-your"),
        pytest.param("Hope the move goes smoothly.", False, id="hope-the"),
        pytest.param("Enjoy your break.", False, id="enjoy-wish"),
        pytest.param("Thanks for the update.", False, id="thanks"),
        pytest.param("Deadlines the size of this one are rare.", False, id="plural-noun"),
        pytest.param("Grow up.", False, id="put-down-is-judgment"),
        pytest.param("Walk me through the incident?", False, id="question"),
        pytest.param("Friday it is, then.", False, id="choice-named"),
        pytest.param("Mm-hmm. Go on.", False, id="go-on-is-a-prompt"),
        pytest.param("Keep going, I'm listening.", False, id="keep-going-is-a-prompt"),
        pytest.param("Go on leave for a week.", True, id="go-on-leave"),
        pytest.param("Fix it before the demo.", True, id="fix-it"),
    ],
)
def test_bare_imperative_by_structure(text: str, expected: bool) -> None:
    """A sentence opening with a bare verb and its object is advice whatever the verb; wishes,
    thanks, inflected nouns, put-downs, questions and a choice named ("Friday it is") are not."""
    assert (Move.ADVICE in detect(text).moves) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Settle down, it's one ticket.", True, id="imperative"),
        pytest.param("I need you to calm down before we talk.", True, id="need-you-to"),
        pytest.param("A walk at lunch helps you calm down.", False, id="helps-you"),
        pytest.param("The kids took an hour to settle down.", False, id="third-party"),
        pytest.param("Your manager might be overreacting a bit.", False, id="verdict-on-boss"),
        pytest.param("Honestly they're being dramatic about the outage.", False, id="they"),
        pytest.param("You're being dramatic about the outage.", True, id="you"),
        pytest.param("You're the one who decides what to take on.", False, id="autonomy"),
        pytest.param("You're the one who skipped the retro.", True, id="blame"),
    ],
)
def test_judgment_is_of_the_listener(text: str, expected: bool) -> None:
    """Judgment is a verdict on, or an order to, the listener: "calm down" said to them, not
    "it helps you calm down"; a verdict on a third person or "you're the one who decides"
    (autonomy) is not judgment."""
    assert (Move.JUDGMENT in detect(text).moves) is expected


@pytest.mark.parametrize(
    ("text", "move", "expected"),
    [
        # Praise of an act or a piece of work, a named talent, credit, the model held up.
        pytest.param(
            "That was a decent thing to do for the intern.",
            Move.RECOGNITION,
            True,
            id="decent-thing",
        ),
        pytest.param("Your write-up was superb.", Move.RECOGNITION, True, id="work-judged"),
        pytest.param("Your write-up was late.", Move.RECOGNITION, False, id="work-late"),
        pytest.param(
            "You have an eye for the details that matter.", Move.RECOGNITION, True, id="eye-for"
        ),
        pytest.param("Credit to you for flagging it early.", Move.RECOGNITION, True, id="credit"),
        pytest.param("That's what a strong engineer does.", Move.RECOGNITION, True, id="model"),
        # Sympathy in more wordings.
        pytest.param("I do feel for you.", Move.SYMPATHY, True, id="feel-for-you"),
        pytest.param("What a lousy break.", Move.SYMPATHY, True, id="lousy-break"),
        pytest.param("That sounds like a brutal week.", Move.SYMPATHY, True, id="sounds-like-a"),
        # Judgment by a count of lapses, a verdict on an act, cleaning up after them.
        pytest.param("That's the fourth late deploy.", Move.JUDGMENT, True, id="fourth-late"),
        pytest.param("That's the third time this week.", Move.JUDGMENT, True, id="third-time"),
        pytest.param(
            "That's the second time you've mentioned sleep.", Move.JUDGMENT, False, id="noticing"
        ),
        pytest.param("That was pretty careless.", Move.JUDGMENT, True, id="careless-act"),
        pytest.param("That's so unfair on you.", Move.JUDGMENT, False, id="unfair-sympathy"),
        pytest.param("I'm tired of tidying up after you.", Move.JUDGMENT, True, id="tidying-after"),
        # Advice in the speaker's place and with the modal first.
        pytest.param(
            "If it was me, I'd ask for the raise now.", Move.ADVICE, True, id="if-it-was-me"
        ),
        pytest.param(
            "Could be worth a chat with the union.", Move.ADVICE, False, id="noun-after-worth"
        ),
        pytest.param("Would help to write the steps down.", Move.ADVICE, True, id="would-help-to"),
        # How workplace arrangements work.
        pytest.param(
            "Parental leave resets every April.", Move.INFORMATION, True, id="leave-resets"
        ),
        pytest.param("Overtime is paid at time and a half.", Move.INFORMATION, True, id="overtime"),
        pytest.param("Your leave went well, I hope.", Move.INFORMATION, False, id="leave-chat"),
    ],
)
def test_general_frames_after_the_after_set(text: str, move: Move, expected: bool) -> None:
    """The frames prompted by the AFTER set's misses, in our own other wordings, with near
    misses: a late report is not praise, noticing a repeated word is not reproach, "unfair on
    you" is sympathy, small talk about leave is not information."""
    assert (move in detect(text).moves) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Great to see you again, come in.", False, id="greeting"),
        pytest.param("It's good to hear you this cheerful.", False, id="hear-greeting"),
        pytest.param("It's good to see you pushing back on scope.", True, id="see-you-doing"),
        pytest.param("If you're dedicated to it, the course is worth it.", False, id="supposed"),
        pytest.param("You're dedicated, and the team sees it.", True, id="credited"),
    ],
)
def test_greetings_and_suppositions_are_not_recognition(text: str, expected: bool) -> None:
    """ "Good to see you" is a greeting and "if you're dedicated" supposes a quality: neither
    credits the person; seeing them do something good, or naming the quality, does."""
    assert (Move.RECOGNITION in detect(text).moves) is expected


@pytest.mark.parametrize(
    ("text", "move", "expected"),
    [
        pytest.param(
            "I liked how calmly you took the escalation.", Move.RECOGNITION, True, id="how-calmly"
        ),
        pytest.param(
            "You're stronger than you give yourself credit for.",
            Move.RECOGNITION,
            True,
            id="stronger-than",
        ),
        pytest.param("Your persistence impresses me.", Move.RECOGNITION, True, id="impresses-me"),
        pytest.param("The new tool impresses me.", Move.RECOGNITION, False, id="not-about-you"),
        pytest.param("No offense, but the deck was a mess.", Move.JUDGMENT, True, id="no-offense"),
        pytest.param(
            "With all due respect, you missed the brief.", Move.JUDGMENT, True, id="due-respect"
        ),
        pytest.param("Did you even open the ticket?", Move.JUDGMENT, True, id="did-you-even"),
        pytest.param("Are you even more busy this week?", Move.JUDGMENT, False, id="even-more"),
        pytest.param(
            "Classic you, volunteering for everything.", Move.JUDGMENT, True, id="classic-you"
        ),
        pytest.param("You'd be better off booking it now.", Move.ADVICE, True, id="better-off"),
        pytest.param("Honestly just log off at five.", Move.ADVICE, True, id="two-softeners"),
        pytest.param("That sounds really unsettling.", Move.SYMPATHY, True, id="unsettling"),
        pytest.param(
            "Anybody would struggle with a move like that.",
            Move.SYMPATHY,
            True,
            id="would-struggle",
        ),
    ],
)
def test_frames_from_the_closing_set_misses(text: str, move: Move, expected: bool) -> None:
    """General frames suggested by the CLOSING set's misses (recorded before these), in our own
    other wordings: manner praise, "better than you think", criticism announced ("no offence,
    but"), rhetorical "even", "you'd be better off", stacked softeners, more sympathy words."""
    assert (move in detect(text).moves) is expected


SECOND_PERSON_CASES = [
    # Validation and permission said to "you" are sympathy, not restatements of what was said.
    pytest.param("You deserve better than that.", Move.SYMPATHY, id="deserve-better"),
    pytest.param("You don't owe anyone an explanation.", Move.SYMPATHY, id="owe-no-one"),
    pytest.param("You're not the only one who's felt this way.", Move.SYMPATHY, id="not-only-one"),
    pytest.param("You're doing the best you can.", Move.SYMPATHY, id="doing-your-best"),
    pytest.param("You matter, and so does your sleep.", Move.SYMPATHY, id="you-matter"),
    pytest.param("You won't feel like this forever.", Move.SYMPATHY, id="not-forever"),
    pytest.param("Your landlord had no right to say that.", Move.SYMPATHY, id="no-right"),
    pytest.param("You're allowed to say no.", Move.SYMPATHY, id="allowed-to"),
    pytest.param("You're entitled to feel let down.", Move.SYMPATHY, id="entitled-to-feel"),
    pytest.param("You don't have to apologise.", Move.SYMPATHY, id="no-need-to-apologise"),
    pytest.param("You're not overreacting.", Move.SYMPATHY, id="not-overreacting"),
    # Entitlements, services and where things are: information, and "entitled to" no trait.
    pytest.param("You're entitled to a phased return.", Move.INFORMATION, id="entitled-to-a"),
    pytest.param("You get 25 days of leave plus bank holidays.", Move.INFORMATION, id="you-get-n"),
    pytest.param("You'll find the helpline number in the handbook.", Move.INFORMATION, id="find"),
    pytest.param("Your GP can refer you to physio.", Move.INFORMATION, id="gp-can-refer"),
    pytest.param("You've done nothing wrong here.", Move.SYMPATHY, id="done-nothing-wrong"),
    pytest.param("Your landlord sounds awful.", Move.SYMPATHY, id="third-party-sounds-awful"),
    pytest.param("Your boss doesn't sound very supportive.", Move.SYMPATHY, id="doesnt-sound"),
    pytest.param("Your worry makes complete sense.", Move.SYMPATHY, id="your-worry-makes-sense"),
    pytest.param("Your employer has a duty of care to you.", Move.INFORMATION, id="duty-of-care"),
    pytest.param("Your team is lucky to have you.", Move.RECOGNITION, id="lucky-to-have-you"),
    # An inferred feeling: "must" here is not an order.
    pytest.param("You must feel so let down.", Move.REFLECTION, id="must-feel"),
    pytest.param("You must be exhausted.", Move.REFLECTION, id="must-be-exhausted"),
    # Suggestions phrased about "you".
    pytest.param("Your best bet is to email HR and keep a copy.", Move.ADVICE, id="best-bet"),
    pytest.param("Your health has to come first.", Move.ADVICE, id="health-first"),
    pytest.param("You owe it to yourself to take the week.", Move.ADVICE, id="owe-it-to-yourself"),
    pytest.param("You might find that a walk at lunch helps.", Move.ADVICE, id="might-find-helps"),
]
SECOND_PERSON_NEAR_MISSES = [
    pytest.param("You're so entitled.", Move.JUDGMENT, id="entitled-trait"),
    pytest.param("You seem entitled to me.", Move.JUDGMENT, id="entitled-to-me"),
    pytest.param("You've been through so much this year.", Move.REFLECTION, id="been-through"),
    pytest.param("You're worried you'll lose the contract.", Move.REFLECTION, id="worried"),
    pytest.param("You'll find a way through this.", Move.OTHER, id="find-a-way"),
    pytest.param("You must call the client today.", Move.ADVICE, id="must-order"),
    pytest.param("You're doing double duty.", Move.REFLECTION, id="double-duty"),
    pytest.param("At least you still have a job.", Move.JUDGMENT, id="at-least-silver-lining"),
    # Judgment that needs more than a put-down: a standard missed, effort implied lacking.
    pytest.param("A bit more effort would go a long way.", Move.JUDGMENT, id="more-effort"),
    pytest.param("That's not really good enough.", Move.JUDGMENT, id="not-good-enough"),
    pytest.param("Let's not make excuses.", Move.JUDGMENT, id="lets-not-make-excuses"),
    pytest.param("Misses happen, don't sweat it.", Move.JUDGMENT, id="dont-sweat-it"),
    pytest.param("I'm really disappointed in you.", Move.JUDGMENT, id="disappointed-in-you"),
    pytest.param("That can't happen again.", Move.JUDGMENT, id="cant-happen-again"),
    pytest.param("So this needs to improve quickly.", Move.JUDGMENT, id="needs-to-improve"),
    pytest.param("The quarter doesn't stop for that.", Move.JUDGMENT, id="doesnt-stop-for-that"),
    pytest.param("Everyone has things going on at home.", Move.JUDGMENT, id="everyone-has-things"),
    pytest.param("There'll be other opportunities.", Move.JUDGMENT, id="other-opportunities"),
    pytest.param("Thanks for not cancelling on me.", Move.RECOGNITION, id="thanks-for-not"),
    pytest.param("You've kept this team running.", Move.RECOGNITION, id="kept-team-running"),
    pytest.param("Next time, just flag it on Monday.", Move.ADVICE, id="next-time-imperative"),
    pytest.param(
        "One thing that might help is a shorter list.", Move.ADVICE, id="thing-might-help"
    ),
    pytest.param("What I'd recommend is an earlier dinner.", Move.ADVICE, id="what-id-recommend"),
    pytest.param("Another option would be the app.", Move.ADVICE, id="another-option"),
    pytest.param("You handled the client really calmly.", Move.RECOGNITION, id="handled-calmly"),
    pytest.param("Well, at least it's not permanent.", Move.JUDGMENT, id="at-least-not"),
    pytest.param(
        "That's a lot to hold, and it sounds like it's gone unseen.",
        Move.REFLECTION,
        id="sympathy-then-stem",
    ),
    pytest.param("You must be joking.", Move.JUDGMENT, id="must-be-joking"),
    # Generic encouragement restates nothing; the same words opening a restatement still do.
    pytest.param("You've got this.", Move.OTHER, id="youve-got-this"),
    # ("Good for you." is generic praise: recognition that earns only part, not a reflection.)
    pytest.param("Good for you.", Move.RECOGNITION, id="good-for-you"),
    pytest.param("Well done you.", Move.RECOGNITION, id="well-done-you"),
    pytest.param("You're the expert on your own life.", Move.OTHER, id="expert-autonomy"),
    pytest.param("Three days is a real achievement.", Move.RECOGNITION, id="an-achievement"),
    pytest.param("You can get through this, one step at a time.", Move.OTHER, id="get-through"),
    pytest.param("You're going to be okay.", Move.OTHER, id="going-to-be-okay"),
    pytest.param(
        "You've got this big review coming up and no time to prep.",
        Move.REFLECTION,
        id="got-this-review",
    ),
]


@pytest.mark.parametrize(("text", "move"), SECOND_PERSON_CASES + SECOND_PERSON_NEAR_MISSES)
def test_second_person_statements_that_restate_nothing(text: str, move: Move) -> None:
    """A sentence about "you" is not a reflection by default: validation and permission are
    sympathy, entitlements and services are information, "you owe it to yourself" advises,
    "you've got this" encourages; a trait ("so entitled") still judges, "you must be
    exhausted" infers a feeling and a restatement ("you're worried...") still reflects."""
    moves = detect(text, None).moves
    assert move in moves, moves
    if move is not Move.REFLECTION:
        assert Move.REFLECTION not in moves, moves


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("It's not good enough that they keep doing this to you.", id="of-them"),
        pytest.param("That's not good enough of them, honestly.", id="of-them-after"),
    ],
)
def test_a_standard_missed_by_someone_else_is_not_judgment_of_the_listener(text: str) -> None:
    """ "Not good enough" about what others did to the listener sides with them."""
    assert Move.JUDGMENT not in detect(text, None).moves


HOW_IT_WORKS_CASES = [
    pytest.param("Your liver has to work harder when you drink every night.", True, id="liver"),
    pytest.param("Your body takes about two weeks to adjust to new tablets.", True, id="body"),
    pytest.param("The nicotine leaves your system within about three days.", True, id="nicotine"),
    pytest.param(
        "You're allowed up to fourteen units under the guidelines.", True, id="guidelines"
    ),
    pytest.param(
        "Caffeine blocks the signal that you're tired, which is why.", True, id="caffeine"
    ),
    # Resources and what is common: the speaker's knowledge.
    pytest.param("We have a weight management group on Tuesdays.", True, id="we-have-a-group"),
    pytest.param("There's a free course run by the council.", True, id="theres-a-course"),
    pytest.param("I'm going to give you a leaflet about this.", True, id="give-you-a-leaflet"),
    pytest.param("A lot of people swap crisps for popcorn.", True, id="a-lot-of-people-swap"),
    pytest.param("Snacking is really common when people are tired.", True, id="common-when"),
    # Their own experience of their body, restated, is not a lesson on how bodies work.
    pytest.param("So your body's taking a real hit after nights out.", False, id="their-body"),
    pytest.param("Your body's telling you something.", False, id="body-telling"),
]


@pytest.mark.parametrize(("text", "informs"), HOW_IT_WORKS_CASES)
def test_how_the_body_and_substances_work_is_information(text: str, informs: bool) -> None:
    """A counsellor explaining how a body part or a substance works ("your liver has to work
    harder", "the nicotine leaves your system in three days") gives information; it read as a
    reflection because it is about "your" body. Restating their own experience is not."""
    assert (Move.INFORMATION in detect(text, None).moves) is informs


def test_the_one_thing_that_helps_them_is_restated_not_advised() -> None:
    """ "So the one thing that helps is the walk" restates their remedy; only a remedy the
    speaker supposes ("one thing that might help is...") advises."""
    prev = "The only thing that helps me is a walk at lunch."
    moves = detect("So the one thing that helps is the walk.", prev).moves
    assert Move.REFLECTION in moves and Move.ADVICE not in moves


AFFIRMATION_CASES = [
    pytest.param("Reaching out like this is a big step.", Move.RECOGNITION, id="big-step"),
    pytest.param("Asking at all shows how much you care.", Move.RECOGNITION, id="shows-you-care"),
    pytest.param("You sound like a really thoughtful person.", Move.RECOGNITION, id="sound-like-a"),
    pytest.param("You're a great mum.", Move.RECOGNITION, id="role-done-well"),
    pytest.param("You've come so far since March.", Move.RECOGNITION, id="come-so-far"),
    pytest.param("Proud of you for getting through the week.", Move.RECOGNITION, id="proud-of-you"),
    pytest.param("You've been so patient with him.", Move.RECOGNITION, id="so-patient"),
    pytest.param("Your self-awareness is impressive.", Move.RECOGNITION, id="your-x-impressive"),
    pytest.param("You put the team first, and that says a lot.", Move.RECOGNITION, id="says-a-lot"),
    pytest.param("That's a really healthy way to see it.", Move.RECOGNITION, id="healthy-way"),
    pytest.param("You're handling this with real maturity.", Move.RECOGNITION, id="handling-with"),
    # Thanks for telling is sympathy; permission is not an order; validation is not advice.
    pytest.param("I appreciate you telling me that.", Move.SYMPATHY, id="appreciate-telling"),
    pytest.param("Take your time. I'm listening.", Move.SYMPATHY, id="take-your-time"),
    pytest.param(
        "Is there anything else that would make the day-to-day easier?",
        Move.RESOURCE_CHECK,
        id="anything-else-easier",
    ),
    pytest.param("If I were you, I'd be furious.", Move.SYMPATHY, id="if-i-were-you-feel"),
]
AFFIRMATION_NEAR_MISSES = [
    pytest.param("Your boss's reaction was amazing, in a bad way.", Move.RECOGNITION, id="theirs"),
    pytest.param("I'd be proud of you if you finished it.", Move.RECOGNITION, id="proud-if"),
    pytest.param("It says a lot about them that they never asked.", Move.RECOGNITION, id="them"),
    pytest.param("Take your time.", Move.ADVICE, id="take-your-time-no-order"),
    pytest.param("If I were you I'd be angry.", Move.ADVICE, id="if-i-were-you-not-advice"),
]


@pytest.mark.parametrize(("text", "move"), AFFIRMATION_CASES)
def test_affirmations_in_the_forms_people_use(text: str, move: Move) -> None:
    """Recognition of a step, a role done well, a quality named impressive; thanks for telling,
    permission and "if I were you I'd be furious" are sympathy, not recognition or advice."""
    moves = detect(text, None).moves
    assert move in moves, moves
    assert Move.ADVICE not in moves


@pytest.mark.parametrize(("text", "move"), AFFIRMATION_NEAR_MISSES)
def test_affirmation_near_misses(text: str, move: Move) -> None:
    """Praise of someone else's act, praise on a condition and "take your time" are not the
    move their words suggest."""
    assert move not in detect(text, None).moves


def test_if_i_were_you_with_an_action_still_advises() -> None:
    """ "If I were you I'd talk to HR" proposes an action: advice."""
    assert Move.ADVICE in detect("If I were you I'd talk to HR.", None).moves


def test_a_bare_i_hear_you_before_a_dismissal_is_its_costume() -> None:
    """ "I hear you. There'll be other opportunities": judgment dressed as listening, no
    reflection; "I hear you. Nobody told you why" still reflects, and "your sleep needs to
    improve" is no verdict on their work."""
    from simulator.moves import assess

    history = [("employee", "Kyle got the lead role. Nobody told me why.")]
    dressed = assess("I hear you. There'll be other opportunities, I'm sure of it.", history)
    assert dressed.disguised_judgment and Move.REFLECTION not in dressed.moves
    heard = assess("I hear you. Nobody told you why, and that's not okay.", history)
    assert Move.REFLECTION in heard.moves and Move.JUDGMENT not in heard.moves
    assert Move.JUDGMENT not in detect("Your sleep needs to improve before anything.", None).moves


# Recognition, sympathy and advice in wordings a fresh list of our own found missing, each
# beside a near miss with the same words and no such move.
MORE_WORDINGS = [
    pytest.param("That was a smart fix on the retry queue.", Move.RECOGNITION, True, id="work"),
    pytest.param("Your write-up was clear and thorough.", Move.RECOGNITION, True, id="write-up"),
    pytest.param(
        "Your report was late, and it wasn't clear.", Move.RECOGNITION, False, id="report-late"
    ),
    pytest.param("You've grown so much this year.", Move.RECOGNITION, True, id="grown"),
    pytest.param(
        "You've grown so much more cautious since the outage.",
        Move.RECOGNITION,
        False,
        id="grown-comparative",
    ),
    pytest.param(
        "I couldn't have done what you did with the migration.",
        Move.RECOGNITION,
        True,
        id="couldnt-have-done",
    ),
    pytest.param(
        "I noticed how much care you put into the onboarding doc.",
        Move.RECOGNITION,
        True,
        id="care-noticed",
    ),
    pytest.param(
        "You're one of the most reliable people I have.", Move.RECOGNITION, True, id="one-of"
    ),
    pytest.param("That must have been frightening.", Move.SYMPATHY, True, id="frightening"),
    pytest.param("Oof, that's a lot.", Move.SYMPATHY, True, id="interjection"),
    pytest.param("I'd be rattled too.", Move.SYMPATHY, True, id="id-be-too"),
    pytest.param("I'd be happy to help too.", Move.SYMPATHY, False, id="id-be-happy-to-help"),
    pytest.param("That's a horrible way to find out.", Move.SYMPATHY, True, id="way-to-find-out"),
    pytest.param(
        "Thank you for trusting me with that.", Move.RECOGNITION, True, id="trust-is-praise"
    ),
    pytest.param("You know this team better than anyone.", Move.RECOGNITION, True, id="knows-best"),
    pytest.param("Do you know it better than me?", Move.RECOGNITION, False, id="knows-asked"),
    pytest.param("You built that team.", Move.RECOGNITION, True, id="built-it"),
    pytest.param(
        "What would need to change here for you to stay?",
        Move.RESOURCE_CHECK,
        True,
        id="what-would-need-to-change",
    ),
    pytest.param(
        "What would change about you if you left?",
        Move.RESOURCE_CHECK,
        False,
        id="change-about-you",
    ),
    pytest.param("Best thing is to get some sleep tonight.", Move.ADVICE, True, id="best-thing"),
    pytest.param("That's the best thing to do.", Move.ADVICE, False, id="best-thing-verdict"),
    pytest.param("Let's have you hand the on-call to Kevin.", Move.ADVICE, True, id="lets-have"),
    # An order as the manager's need; a request to hear them, or permission, is not advice.
    pytest.param("I need you on every call from Monday.", Move.ADVICE, True, id="need-you-on"),
    # A plan in the simple present, and a time proposed; a habit or a topic is not.
    pytest.param(
        "So I open Thursday's postmortem and say it's blameless.",
        Move.NEXT_STEP,
        True,
        id="simple-present-days",
    ),
    pytest.param("How about Mondays at ten?", Move.NEXT_STEP, True, id="how-about-a-time"),
    pytest.param("How about Mondays at ten?", Move.CLOSED_QUESTION, True, id="time-asks-yes-no"),
    pytest.param("I open the laptop on Mondays.", Move.NEXT_STEP, False, id="habit"),
    pytest.param("How about the rest of the team?", Move.NEXT_STEP, False, id="how-about-topic"),
    pytest.param("I expect you to be there at nine.", Move.ADVICE, True, id="expect-you-to"),
    pytest.param("I need you to tell me what's going on.", Move.ADVICE, False, id="need-to-hear"),
    pytest.param("I need you to look after yourself.", Move.ADVICE, False, id="need-you-rest"),
    # Their feelings or reasons waved away.
    pytest.param("I don't need the feelings, I need pipeline.", Move.JUDGMENT, True, id="feels"),
    pytest.param("Well, hope isn't a strategy.", Move.JUDGMENT, True, id="not-a-strategy"),
    pytest.param("I don't need the details, just the gist.", Move.JUDGMENT, False, id="details"),
    # Set 23's skilled voices, in our own wordings: a deed that exists because of them, a deed
    # done in spite of what they carried, effort in the present, "You built that.", and a day
    # and a time proposed in a question.
    pytest.param(
        "The new intake form exists because of you.", Move.RECOGNITION, True, id="because-of-you"
    ),
    pytest.param("Is the delay because of you?", Move.RECOGNITION, False, id="because-asked"),
    pytest.param("That's all down to you.", Move.RECOGNITION, True, id="down-to-you"),
    pytest.param(
        "Two hours' sleep, and you still shipped the fix.", Move.RECOGNITION, True, id="still"
    ),
    pytest.param("And you still missed the deadline.", Move.RECOGNITION, False, id="still-missed"),
    pytest.param("You're putting the hours in.", Move.RECOGNITION, True, id="putting-hours-in"),
    pytest.param(
        "That rota didn't appear by magic. You built that.",
        Move.RECOGNITION,
        True,
        id="you-built-that",
    ),
    pytest.param("You built it, so you fix it.", Move.RECOGNITION, False, id="built-it-fix-it"),
    pytest.param(
        "Could I bring it to you Tuesday at four?", Move.NEXT_STEP, True, id="day-at-time"
    ),
    pytest.param(
        "Can we sit down Wednesday morning at ten to go through it?",
        Move.NEXT_STEP,
        True,
        id="day-morning-at-time",
    ),
    pytest.param("Last Friday at ten you missed the call.", Move.NEXT_STEP, False, id="past-day"),
    # Set 26's blunt manager, in our own wordings: the account of it demanded, and falling short
    # as the verdict before a demand; their own framing said back is not blame.
    pytest.param("It was your change, so you need to own it.", Move.JUDGMENT, True, id="own-it"),
    pytest.param("You need to own the outage.", Move.JUDGMENT, True, id="own-the-outage"),
    pytest.param(
        "It was your change. And two reviewers, and a muted alert. Both true.",
        Move.JUDGMENT,
        False,
        id="their-framing-set-in-context",
    ),
    pytest.param("It was your change that fixed it.", Move.JUDGMENT, False, id="change-fixed-it"),
    pytest.param(
        "Right. You're well behind and I need a plan from you.",
        Move.JUDGMENT,
        True,
        id="behind-before-a-demand",
    ),
    pytest.param(
        "You're worried you're behind on the number.", Move.JUDGMENT, False, id="worry-behind"
    ),
    pytest.param("'Nearly there' isn't a plan.", Move.JUDGMENT, True, id="their-words-no-plan"),
    pytest.param(
        "You said 'Friday' isn't a date that works.", Move.JUDGMENT, False, id="not-a-date-for"
    ),
    pytest.param("It's one report, it shouldn't take this long.", Move.JUDGMENT, True, id="long"),
    pytest.param("It shouldn't take long, honestly.", Move.JUDGMENT, False, id="wont-take-long"),
    pytest.param("Why are you so far behind on this?", Move.JUDGMENT, True, id="why-behind"),
    pytest.param("Figuring that out is the job.", Move.JUDGMENT, True, id="is-the-job"),
]


@pytest.mark.parametrize(("text", "move", "found"), MORE_WORDINGS)
def test_more_recognition_sympathy_and_advice_wordings(text: str, move: Move, found: bool) -> None:
    """Praise of a piece of work, of growth or of care; sympathy by interjection, by a fear
    named or by sharing the reaction; advice as "the best thing is to" or a plan made for them.
    The near misses keep the words but not the move."""
    assert (move in detect(text, None).moves) is found
