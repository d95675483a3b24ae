"""Pins issue 12's probe table and the hard cases it names, plus adversarial cases of our own.

Every line was written for these tests (none comes from AnnoMI). Where the issue gives the
employee's previous line, the probe is run through :func:`assess` with that line as history;
otherwise through :func:`detect` (by form) and :func:`assess` with no history, which must agree.
"""

from __future__ import annotations

import pytest

from simulator.moves import Move, Speaker, assess, detect

OPEN, C, R = Move.OPEN_QUESTION, Move.CLOSED_QUESTION, Move.REFLECTION
REC, SYM, J, A = Move.RECOGNITION, Move.SYMPATHY, Move.JUDGMENT, Move.ADVICE
RES, NEXT = Move.RESOURCE_CHECK, Move.NEXT_STEP

History = list[tuple[Speaker, str]]


def _both(text: str) -> set[Move]:
    """detect() by form and assess() with no history give the same moves; return them."""
    by_form = set(detect(text).moves)
    assert set(assess(text).moves) == by_form
    return by_form


# --------------------------------------------------------------------------------------------
# The issue's probe table (no previous line): (text, must hold, must not hold)
# --------------------------------------------------------------------------------------------

PROBES = [
    pytest.param("It sounds like you're making excuses.", {J}, {R}, id="sounds-like-excuses"),
    pytest.param(
        "I hear you, but honestly your work has been sloppy lately.", {J}, {R}, id="hear-you-but"
    ),
    pytest.param("You're doing fine, don't worry so much.", {J}, {R}, id="dismissive-reassurance"),
    pytest.param("Why didn't you tell me sooner?", {J}, {OPEN, C}, id="blame-why-didnt-you"),
    pytest.param("Is there anything else?", {C}, {OPEN}, id="is-there-anything-else"),
    pytest.param("It's not your fault.", {SYM}, {J, R}, id="not-your-fault"),
    pytest.param("I'm so sorry about your dad.", {SYM}, {R, J}, id="sorry-about-your-dad"),
    pytest.param(
        "I'm really impressed that you kept the team going through the reorg.",
        {REC},
        {J},
        id="impressed-that-you",
    ),
    pytest.param("My advice is to get some rest this weekend.", {A}, {R}, id="my-advice-is"),
]


@pytest.mark.parametrize(("text", "present", "absent"), PROBES)
def test_issue_probe_table(text: str, present: set[Move], absent: set[Move]) -> None:
    """Each probe from issue 12 is labelled as the issue says it should be."""
    found = _both(text)
    assert present <= found, found
    assert not (absent & found), found


PASSED_OVER = "Kyle got the promotion I was promised. I was passed over again."
STROKE = "My dad had a stroke on Sunday and I've barely slept."


def test_kyle_probe_is_judgment_not_reflection() -> None:
    """The "executive presence" probe, after the employee's complaint, is judgment and never a
    reflection, in detect and in assess."""
    text = (
        "Honestly, Kyle's a good fit, and if you worked on your executive presence you'd be next."
    )
    assert J in detect(text, PASSED_OVER).moves
    found = assess(text, [("employee", PASSED_OVER)])
    assert J in found.moves
    assert R not in found.moves


def test_banana_probe_is_a_misreflection() -> None:
    """A reflection of something never said is reported as a mis-reflection, not a reflection."""
    found = assess("It sounds like you feel like a banana.", [("employee", STROKE)])
    assert found.misreflection == "a banana"
    assert R not in found.moves
    assert "never said" in found.cues[Move.OTHER]


# --------------------------------------------------------------------------------------------
# Judgment in any wording, and where it must not fire
# --------------------------------------------------------------------------------------------

JUDGMENTS = [
    pytest.param("You seem really defensive today.", id="you-seem-trait"),
    pytest.param("You sound a bit paranoid about the reorg.", id="you-sound-trait"),
    pytest.param("You're being lazy about the handover.", id="youre-being-trait"),
    pytest.param("Honestly, you come across as unprofessional.", id="come-across-as"),
    pytest.param("Your attitude has been really poor this month.", id="your-work-verdict"),
    pytest.param("We've all been there.", id="weve-all-been-there"),
    pytest.param("It's not a big deal.", id="not-a-big-deal"),
    pytest.param("Look on the bright side, it could be worse.", id="bright-side"),
    pytest.param("You worry too much.", id="worry-too-much"),
    pytest.param("You'll get over it.", id="get-over-it"),
    pytest.param("Do you understand how serious this is?", id="rhetorical-serious"),
    pytest.param("Do you have any idea how bad this looks?", id="rhetorical-any-idea"),
    pytest.param("I think you're being lazy.", id="i-think-is-own-verdict"),
    pytest.param("It feels like you're overreacting.", id="it-feels-like-verdict"),
    pytest.param("How could you let that happen?", id="how-could-you"),
    pytest.param("Why haven't you finished it yet?", id="why-havent-you"),
    pytest.param("Why did you not tell me sooner?", id="why-did-you-not"),
    pytest.param("Did you even read the brief?", id="did-you-even"),
    pytest.param("Oh great, another excuse.", id="sarcasm-another-excuse"),
    pytest.param("Wow, thanks for finally showing up.", id="sarcasm-finally"),
    pytest.param("Nice of you to join us.", id="sarcasm-nice-of-you"),
    pytest.param("Late again as usual, you are.", id="sarcasm-as-usual"),
    pytest.param("I hear you, but we can't keep doing this.", id="hear-you-but-plain"),
    pytest.param("You need to calm down.", id="calm-down"),
    pytest.param("That was a stupid idea.", id="stupid-idea"),
    pytest.param("Stop playing the victim.", id="playing-the-victim"),
    pytest.param("You're only fishing for sympathy.", id="fishing-for-sympathy"),
    pytest.param("Well, you were the one who signed up for it.", id="the-one-who"),
    pytest.param("Honestly, how is that even a problem?", id="rhetorical-after-comma"),
    pytest.param("What did you think would happen?", id="what-did-you-think"),
    pytest.param("That was pretty petty of you.", id="flaw-of-you"),
    pytest.param("What a selfish move.", id="what-a-flaw-move"),
    pytest.param("You seem a bit naive about the politics.", id="you-seem-flaw"),
    pytest.param("I can't see why the rota is such a problem.", id="i-dont-see-the-problem"),
    pytest.param("That was a rookie error on the release.", id="their-mistake-labelled"),
    pytest.param("Honestly, I'm a bit disappointed in you.", id="disapproval"),
    pytest.param("No one else has any trouble with the new tool.", id="shamed-by-comparison"),
    pytest.param("I doubt you're cut out for a lead role.", id="fitness-doubted"),
    pytest.param("That's not how we do it around here.", id="lecturing-house-rules"),
    pytest.param("Well, what did you expect?", id="what-did-you-expect"),
    pytest.param("You always leave the write-up to the last minute.", id="always-a-fault"),
]


@pytest.mark.parametrize("text", JUDGMENTS)
def test_judgment_in_any_wording(text: str) -> None:
    """Verdicts, minimising, blame, rhetorical questions and sarcasm are judgment, and none of
    them is a reflection."""
    found = _both(text)
    assert J in found
    assert R not in found


NOT_JUDGMENTS = [
    pytest.param("It's not your fault.", id="negated-fault"),
    pytest.param("I don't think you're lazy at all.", id="negated-trait"),
    pytest.param("You're not being dramatic.", id="not-dramatic"),
    pytest.param(
        "I passed on that 'executive presence' note, and that's on me.", id="quoted-and-owned"
    ),
    pytest.param('Someone told you to "calm down", and that was wrong.', id="double-quoted"),
    pytest.param("I told you it was a big deal, and I was wrong about that.", id="owned"),
    pytest.param("Why did you decide to take the role?", id="why-did-you-is-a-real-question"),
    pytest.param("Do you know what I mean?", id="do-you-know-what-i-mean"),
    pytest.param("How could you make next quarter less hectic?", id="how-could-you-possibilities"),
    pytest.param("I overreacted in that meeting, sorry.", id="speaker-owns-overreacting"),
    pytest.param("I get over it by going for a run.", id="speaker-is-the-subject"),
    pytest.param("Your lead thinks you were careless with the release.", id="reported-view"),
    pytest.param("You feel like you're being lazy when you rest.", id="their-self-criticism"),
    pytest.param("Why are you at a six and not a two?", id="scaling-why-not-lower"),
    pytest.param("It's great that you asked for help.", id="great-that-you"),
    pytest.param("Don't worry, we'll sort the rota out together.", id="plain-dont-worry"),
    pytest.param("It was an easy mistake to make.", id="a-mistake-normalised"),
    pytest.param("I'm disappointed for you, that review was unfair.", id="disappointed-for-you"),
    pytest.param("I'm disappointed in myself for missing it.", id="disappointed-in-myself"),
    pytest.param("Whoever said you're not cut out for this was wrong.", id="a-verdict-reported"),
    pytest.param("I can see why this is such a big deal for you.", id="i-can-see-why"),
    pytest.param("His reply made you feel like you should've known.", id="their-feeling-restated"),
    pytest.param("I'm glad you asked for it straight out.", id="a-request-praised"),
    pytest.param("What did you expect would happen this year?", id="a-question-about-hopes"),
    pytest.param("You always find a way through.", id="always-a-strength"),
]


@pytest.mark.parametrize("text", NOT_JUDGMENTS)
def test_judgment_does_not_fire_when_negated_quoted_or_owned(text: str) -> None:
    """A judgment phrase that is negated, quoted or owned by the speaker is not judgment, and
    genuine questions and praise never are."""
    assert J not in _both(text)


def test_blaming_question_cue_is_plain_words() -> None:
    """The cue for a blaming question quotes the words, for users to read."""
    cue = detect("Why didn't you tell me sooner?").cues[J]
    assert "why didn't you" in cue


# --------------------------------------------------------------------------------------------
# Recognition, sympathy, advice
# --------------------------------------------------------------------------------------------

RECOGNITIONS = [
    pytest.param("I'm glad that you raised this with me early.", id="glad-that-you"),
    pytest.param("It's great that you asked the client directly.", id="great-that-you"),
    pytest.param("You're resourceful.", id="trait-resourceful"),
    pytest.param("You're a really strong communicator.", id="trait-noun"),
    pytest.param("I'm impressed by how calmly you handled the outage.", id="impressed-by-how"),
    pytest.param("Congrats on shipping the migration!", id="congrats-on"),
    pytest.param("You made the right call.", id="right-call"),
    pytest.param("Well done on the board deck.", id="well-done-on"),
    pytest.param("You should be proud of that launch.", id="should-be-proud"),
    pytest.param("You handled the client call really well.", id="handled-well"),
    pytest.param("That was generous of you to cover the night shift.", id="quality-of-you"),
    pytest.param("What a mature way to handle the escalation.", id="what-a-quality-way"),
    pytest.param("You're incredibly resilient.", id="you-are-quality"),
    pytest.param("I admire how you kept the client calm.", id="admire-how-you"),
]


@pytest.mark.parametrize("text", RECOGNITIONS)
def test_recognition_in_real_wordings(text: str) -> None:
    """Recognition in the wordings people use, naming an act or a quality."""
    found = _both(text)
    assert REC in found
    assert A not in found and J not in found


@pytest.mark.parametrize(
    "text",
    [
        # ("Good job." is generic praise, pinned in test_confrontation.py.)
        pytest.param("Great.", id="great"),
        pytest.param("I'm impressed.", id="impressed-alone"),
        pytest.param("Thanks.", id="thanks"),
        pytest.param("You're not very organised, are you?", id="negated-trait-is-not-praise"),
        pytest.param("You're kind of stuck, then.", id="kind-of-is-not-kindness"),
    ],
)
def test_generic_praise_is_not_specific_recognition(text: str) -> None:
    """Praise that names nothing (or a negated quality) is not recognition."""
    assert REC not in _both(text)


SYMPATHIES = [
    pytest.param("I'm so sorry.", id="so-sorry"),
    pytest.param("That sounds awful.", id="sounds-awful"),
    pytest.param("Thank you for telling me.", id="thank-you-for-telling"),
    pytest.param("It makes sense you'd feel that way.", id="makes-sense"),
    pytest.param("What a rough week.", id="what-a-rough"),
    pytest.param("You're not alone in this.", id="not-alone"),
    pytest.param("That must have been really scary.", id="must-have-been"),
    pytest.param("I can't even imagine what that was like.", id="cant-imagine"),
    pytest.param("Anybody in your position would feel the same.", id="anybody-would"),
    pytest.param("Of course that stung.", id="of-course-it-hurt"),
    pytest.param("Sending you positive thoughts.", id="sending-you"),
    pytest.param("I can only imagine.", id="only-imagine"),
    pytest.param("That's so much on your plate.", id="on-your-plate"),
    pytest.param("I've got your back on this.", id="got-your-back"),
    pytest.param("It's okay not to be okay.", id="okay-not-to-be-okay"),
    pytest.param("If I were in your shoes I'd be livid.", id="in-your-shoes-id-be"),
]


@pytest.mark.parametrize("text", SYMPATHIES)
def test_sympathy_is_its_own_move(text: str) -> None:
    """Sympathy and validation are the sympathy move, not judgment or recognition."""
    found = _both(text)
    assert SYM in found
    assert J not in found and REC not in found


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("I'm sorry, what did you say?", id="sorry-what"),
        pytest.param("Sorry I'm late.", id="sorry-im-late"),
        pytest.param("I'm sorry, but the date can't move.", id="sorry-but"),
    ],
)
def test_apologies_and_repairs_are_not_sympathy(text: str) -> None:
    """A speech repair or an apology for oneself is not sympathy."""
    assert SYM not in _both(text)


ADVICE = [
    pytest.param("I'd encourage you to take Friday off.", id="encourage"),
    pytest.param("My advice is to say no to the extra project.", id="my-advice"),
    pytest.param("I recommend blocking your mornings.", id="recommend"),
    pytest.param("If I were in your position, I'd escalate it.", id="in-your-position"),
    pytest.param("Best to flag it with Dana early.", id="best-to"),
    pytest.param("It'd be wise to get that in writing.", id="itd-be-wise-to"),
    pytest.param("The key is to pace the migration.", id="the-key-is-to"),
    pytest.param("A smart move would be to pause the launch.", id="a-smart-move-would-be"),
    pytest.param("What if you handed the rota to Dana?", id="what-if-you-did"),
    pytest.param("Give Dana a ring about it.", id="give-someone-a-ring"),
    pytest.param("I'd strongly recommend a day off.", id="recommend-with-an-adverb"),
    pytest.param("What I'd like to suggest is a shorter week.", id="like-to-suggest"),
    pytest.param("We'd really recommend you hand over the rota.", id="we-recommend-you"),
    pytest.param("What I recommend is a shorter week.", id="what-i-recommend-is"),
    pytest.param("Maybe talking to someone would help.", id="hedged-maybe-ing"),
    pytest.param("Perhaps you could ask Dana to cover the rota.", id="perhaps-you-could"),
    pytest.param("It might be worth raising it with HR.", id="might-be-worth"),
    pytest.param("You might consider a shorter week.", id="might-consider"),
    pytest.param("Take a proper break this afternoon.", id="imperative-take"),
    pytest.param("Get some rest this weekend.", id="imperative-get"),
    pytest.param("How about taking Monday off?", id="how-about-ing"),
    pytest.param("If I were you, I'd push back.", id="if-i-were-you"),
    pytest.param("You shouldn't answer email at night.", id="you-shouldnt"),
    # Policy (see simulator.moves.detector): "have you tried / considered X?" and "have you
    # thought about X-ing?" are suggestions put as yes/no questions: advice + closed question.
    pytest.param("Have you tried blocking your calendar?", id="have-you-tried"),
    pytest.param("Have you thought about delegating the report?", id="thought-about-ing"),
]


@pytest.mark.parametrize("text", ADVICE)
def test_advice_in_more_wordings(text: str) -> None:
    """Advice in direct, hedged and imperative wordings is advice, never a reflection."""
    found = _both(text)
    assert A in found
    assert R not in found


def test_have_you_thought_about_how_is_an_open_question_not_advice() -> None:
    """Policy: "have you thought about how/what..." asks for their thinking: open, no advice."""
    found = _both("Have you thought about what you'd want instead?")
    assert OPEN in found
    assert A not in found


# --------------------------------------------------------------------------------------------
# Adversarial: keyword stuffing, formulas with nothing behind them, quoted phrases
# --------------------------------------------------------------------------------------------

STUFFED = (
    "I really appreciate how you handled that, so what do you need from me, and what's the next"
    " step?"
)


def test_keyword_stuffed_line_is_not_substantive_and_repeats_are_caught() -> None:
    """A stuffed line takes up nothing the employee said, and the same line again is a repeat
    of the first."""
    history: History = [("employee", STROKE)]
    first = assess(STUFFED, history)
    assert not first.grounded
    history += [("manager", STUFFED), ("employee", "I suppose I need sleep.")]
    again = assess(STUFFED, history)
    assert again.repeat_of == 0
    assert not again.substantive


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("It sounds like that's how it is.", id="sounds-like-nothing"),
        pytest.param("I hear you.", id="i-hear-you"),
        pytest.param("Tell me more.", id="tell-me-more"),
        pytest.param("What else?", id="what-else"),
    ],
)
def test_formula_with_nothing_behind_it(text: str) -> None:
    """A listening formula with nothing of the employee's behind it is formula_only and never a
    reflection when there is context."""
    found = assess(text, [("employee", STROKE)])
    assert found.formula_only
    assert R not in found.moves
    assert not found.substantive


def test_formula_with_the_employees_words_is_a_grounded_reflection() -> None:
    """The same formula carrying what the employee said is a substantive reflection."""
    found = assess(
        "It sounds like you've barely slept since your dad's stroke.", [("employee", STROKE)]
    )
    assert R in found.moves
    assert found.substantive
    assert {"dad", "stroke"} <= set(found.grounding)


def test_quoted_judgment_words_do_not_make_a_reflection_a_judgment() -> None:
    """Restating a word someone else used, in quotes, is a reflection and not judgment."""
    history: History = [("employee", "My lead called me 'lazy' in front of everyone.")]
    found = assess("So your lead called you 'lazy' in front of the whole team.", history)
    assert J not in found.moves
    assert R in found.moves
    assert found.grounded


def test_stuffing_judgment_between_listening_words_is_still_judgment() -> None:
    """Listening words wrapped around a verdict do not launder it."""
    found = assess(
        "I hear you and I appreciate you, but you're being lazy.", [("employee", STROKE)]
    )
    assert J in found.moves
    assert found.disguised_judgment


INFORMATION = [
    pytest.param("The EAP is free, and the programme covers six sessions.", id="programme-covers"),
    pytest.param("There are a few options for flexible hours.", id="there-are-options"),
    pytest.param("We offer a mentoring scheme for new leads.", id="we-offer"),
    pytest.param("Most people find the first month the hardest.", id="most-people-find"),
    pytest.param("Long hours like that increase the risk of burnout.", id="increase-risk"),
    pytest.param(
        "The reorg was announced in March and the new structure starts in the autumn.",
        id="long-statement-telling",
    ),
]


@pytest.mark.parametrize("text", INFORMATION)
def test_information_is_telling_not_advice(text: str) -> None:
    """Facts, options, resources and long statements that ask and restate nothing are
    information, and information is not advice."""
    found = _both(text)
    assert Move.INFORMATION in found
    assert A not in found


def test_short_statement_with_no_cue_stays_other() -> None:
    """A short statement with no cue is "other", not information."""
    assert _both("The room is booked.") == {Move.OTHER}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("What do you think you need to do next?", id="wh-question"),
        pytest.param("So you feel like you have to say yes to everything.", id="feel-like"),
        pytest.param("They told you that you have to move teams.", id="told-that"),
        pytest.param("It would be good to hear what you think.", id="a-wish-to-hear"),
        pytest.param("What if you were right all along?", id="what-if-you-were"),
        pytest.param("If I were in your shoes I'd be livid.", id="in-your-shoes-a-feeling"),
        pytest.param("Give me a second to find it.", id="give-me-a-second"),
        pytest.param("Honestly? I'd call that a good result.", id="id-call-that-a-verdict"),
    ],
)
def test_advice_phrases_in_questions_or_restated_obligations_are_not_advice(text: str) -> None:
    """ "you need to / have to" inside a wh-question, or restating what the person feels or was
    told, is not the speaker's advice."""
    assert A not in _both(text)


def test_wondering_who_else_is_open() -> None:
    """ "I'm wondering who else could help" invites names and ideas: an open question."""
    assert OPEN in _both("I'm wondering who else could help with the rota?")
