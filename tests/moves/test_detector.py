"""Pins the manager-move detector (simulator.moves.detector.detect) on hand-written examples.

Every example here was written for these tests (none comes from AnnoMI). Each table row is
``pytest.param(text, prev, expected_moves_subset, id=...)``: the moves listed must be among
those detected; rows in the negative tables list moves that must *not* be detected.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from simulator.moves.detector import MOVE_ORDER, Detection, Move, detect

OPEN, C, R = Move.OPEN_QUESTION, Move.CLOSED_QUESTION, Move.REFLECTION
REC, RES, NEXT = Move.RECOGNITION, Move.RESOURCE_CHECK, Move.NEXT_STEP
J, A, OTHER = Move.JUDGMENT, Move.ADVICE, Move.OTHER

SWAMPED = "I'm completely overwhelmed, the launch and the hiring are landing in the same week."

# --------------------------------------------------------------------------------------------
# Questions
# --------------------------------------------------------------------------------------------

OPEN_QUESTIONS = [
    pytest.param("What's been the hardest part of this week?", None, {OPEN}, id="what"),
    pytest.param("How are you finding the new role?", None, {OPEN}, id="how"),
    pytest.param("Why does the Monday meeting bother you so much?", None, {OPEN}, id="why"),
    pytest.param("Okay. So what happened after the demo?", None, {OPEN}, id="filler-okay-so"),
    pytest.param("Mm-hmm. And how did the team take it?", None, {OPEN}, id="filler-mm-hmm-and"),
    pytest.param(
        "Right, well, what would a good week look like?", None, {OPEN}, id="stacked-fillers"
    ),
    pytest.param("Tell me about the client call.", None, {OPEN}, id="tell-me-no-qmark"),
    pytest.param("Walk me through how the release went.", None, {OPEN}, id="walk-me-through"),
    pytest.param(
        "Help me understand what's blocking the handover.", None, {OPEN}, id="help-me-understand"
    ),
    pytest.param("I wonder what would make Mondays calmer", None, {OPEN}, id="i-wonder-what"),
    pytest.param("I'm curious how you see the next quarter.", None, {OPEN}, id="im-curious-how"),
    pytest.param(
        "Can you describe what a typical day looks like now?", None, {OPEN}, id="can-you-describe"
    ),
    pytest.param("Could you tell me more about that?", None, {OPEN}, id="could-you-tell-me"),
    pytest.param("In what way has it changed since March?", None, {OPEN}, id="in-what-way"),
    pytest.param("What else is on your mind?", None, {OPEN}, id="what-else"),
    pytest.param("Anything else on your mind?", None, {OPEN}, id="bare-anything-else"),
    pytest.param("Sam, so what do you think we should do?", None, {OPEN}, id="vocative-then-what"),
    pytest.param(
        "When you look back at the quarter, what stands out?", None, {OPEN}, id="subordinate-when"
    ),
    pytest.param("How come the estimate doubled?", None, {OPEN}, id="how-come"),
    pytest.param(
        "Do you have any idea why the build keeps failing?", None, {OPEN}, id="indirect-why"
    ),
    pytest.param("What do you make of the feedback", None, {OPEN}, id="wh-inverted-no-qmark"),
    pytest.param("Wh-what do you think is going on?", None, {OPEN}, id="stutter"),
    pytest.param(
        "You'd rather keep the role as it is, or?", None, {OPEN}, id="declarative-trailing-or"
    ),
    pytest.param("Is the rota working for you, or something else?", None, {OPEN}, id="or-else"),
    pytest.param(
        'If the team said "we need you back", what would you tell them?',
        None,
        {OPEN},
        id="later-clause-after-quote",
    ),
    pytest.param(
        "I wanted to ask you how the handover went.", None, {OPEN}, id="wanted-to-ask-how"
    ),
    pytest.param("Maybe start by telling me about your week.", None, {OPEN}, id="start-by-telling"),
    pytest.param(
        "Would you mind filling me in on the vendor call?", None, {OPEN}, id="filling-me-in"
    ),
    pytest.param(
        "I wanted to check in with you and see how the handover went.",
        None,
        {OPEN},
        id="check-in-and-see-how",
    ),
    pytest.param(
        "What happened on Tuesday? Was it the deploy?", None, {OPEN}, id="open-then-narrowing"
    ),
    pytest.param(
        "You said the demo is a four on that scale. What would it take to get to a six?",
        None,
        {OPEN},
        id="ruler-follow-up-is-open",
    ),
    pytest.param(
        "On a scale of one to ten you said three. Why a three and not a one?",
        None,
        {OPEN},
        id="ruler-why-not-lower-is-open",
    ),
    pytest.param(
        'Part of you is asking, "Can I even do this job?" What would help you answer that?',
        None,
        {OPEN},
        id="a-quoted-question-is-not-the-manager-s",
    ),
]

CLOSED_QUESTIONS = [
    pytest.param("What kind of laptop?", None, {C}, id="what-kind-of-short"),
    # Issue 12: a yes/no frame around "anything else" asks yes/no.
    pytest.param(
        "Is there anything else you want to raise?", None, {C}, id="is-there-anything-else"
    ),
    pytest.param("Did you send the report to finance?", None, {C}, id="did"),
    pytest.param("Are you okay with the new deadline?", None, {C}, id="are"),
    pytest.param("Can you make the Thursday slot?", None, {C}, id="can"),
    pytest.param("Have you spoken to Priya yet?", None, {C}, id="have"),
    pytest.param("Would Tuesday or Wednesday work better?", None, {C}, id="x-or-y"),
    pytest.param("The launch moved to May, right?", None, {C}, id="tag-right"),
    pytest.param("That was the second outage, wasn't it?", None, {C}, id="tag-wasnt-it"),
    pytest.param("What time does the standup start?", None, {C}, id="what-time-fact"),
    pytest.param("How many people are on the rota?", None, {C}, id="how-many-fact"),
    pytest.param("What's your deadline for the deck?", None, {C}, id="whats-your-deadline-fact"),
    pytest.param("How long have you been on the project?", None, {C}, id="how-long-fact"),
    pytest.param("How quickly can the fix go out?", None, {C}, id="how-quickly-fact"),
    pytest.param("How fast can we get the queue down?", None, {C}, id="how-fast-fact"),
    pytest.param("Which client was it?", None, {C}, id="which"),
    pytest.param("When is the review?", None, {C}, id="when-fact"),
    pytest.param("Okay. Is that the only blocker?", None, {C}, id="filler-then-is"),
    pytest.param("I wonder if you've had a chance to look at it.", None, {C}, id="wonder-if"),
    pytest.param("Do you want to take Friday off", None, {C}, id="aux-inverted-no-qmark"),
    pytest.param(
        "On a scale of one to ten, how confident are you about the demo?",
        None,
        {C},
        id="rating-scale-is-closed",
    ),
    pytest.param(
        "On a scale of 0 to 10, where 10 is very ready, how ready do you feel?",
        None,
        {C},
        id="scale-definition-where-is-not-a-question",
    ),
    pytest.param(
        "On a scale of one to ten, where would you put it? How ready do you feel?",
        None,
        {C},
        id="scale-named-before-the-position-question",
    ),
]


@pytest.mark.parametrize(("text", "prev", "expected"), OPEN_QUESTIONS)
def test_open_questions(text: str, prev: str | None, expected: set[Move]) -> None:
    """Questions that invite elaboration are open, with or without '?', after fillers."""
    found = detect(text, prev)
    assert expected <= set(found.moves), found
    assert C not in found.moves, found


@pytest.mark.parametrize(("text", "prev", "expected"), CLOSED_QUESTIONS)
def test_closed_questions(text: str, prev: str | None, expected: set[Move]) -> None:
    """Yes/no, either-or, tag and single-fact questions are closed, not open."""
    found = detect(text, prev)
    assert expected <= set(found.moves), found
    assert OPEN not in found.moves, found


def test_small_talk_how_are_you_policy() -> None:
    """'How are you?' counts as an open question (as MI codes it), flagged as small talk."""
    found = detect("Hi! How are you?")
    assert found.moves == (OPEN,)
    assert "small talk" in found.cues[OPEN]


def test_why_dont_you_is_a_suggestion_not_an_open_question() -> None:
    """'Why don't you...' proposes an action: advice plus a closed question, never open."""
    found = detect("Why don't you just hand the audit to Lee?")
    assert A in found.moves
    assert OPEN not in found.moves


def test_you_know_what_is_not_a_question() -> None:
    """The discourse marker 'You know what?' is not asked; no question move comes from it."""
    found = detect("You know what? I think we're nearly there.")
    assert OPEN not in found.moves and C not in found.moves


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        pytest.param("Lots of returners tell me the same.", False, id="returners-tell-me"),
        pytest.param("Most people tell me it gets easier.", False, id="people-tell-me"),
        pytest.param("They tell me the rota is fair.", False, id="they-tell-me"),
        pytest.param("Tell me more about the rota.", True, id="tell-me-more"),
        pytest.param("Perhaps tell me what happened.", True, id="perhaps-tell-me"),
        pytest.param("Can you tell me the same in writing?", True, id="can-you-tell-me"),
    ],
)
def test_what_others_tell_the_speaker_asks_nothing(text: str, asks: bool) -> None:
    """ "Returners tell me the same" reports what others say (a review found it read as a
    "tell me" prompt); "tell me" as a request still asks them to go on."""
    assert (OPEN in detect(text).moves) is asks


# --------------------------------------------------------------------------------------------
# Reflections
# --------------------------------------------------------------------------------------------

REFLECTIONS = [
    pytest.param("It sounds like the launch is weighing on you.", SWAMPED, {R}, id="sounds-like"),
    pytest.param("So you're overwhelmed.", SWAMPED, {R}, id="so-you-re"),
    pytest.param("You're feeling pulled in two directions.", SWAMPED, {R}, id="you-feel"),
    pytest.param(
        "The launch and the hiring, both in one week.", SWAMPED, {R}, id="restates-content"
    ),
    pytest.param("You've been carrying both projects alone.", SWAMPED, {R}, id="you-ve-been"),
    pytest.param("That must be exhausting.", SWAMPED, {R}, id="names-the-feeling"),
    pytest.param(
        "Part of you wants to push through, and part of you wants to stop.",
        "I don't know whether to keep going or ask for help.",
        {R},
        id="double-sided",
    ),
    pytest.param(
        "You're not sure the new process is worth it.",
        "I mean, maybe the new process helps, I just don't see it yet.",
        {R},
        id="not-sure",
    ),
    pytest.param(
        "Okay. So the handover keeps slipping and nobody owns it.",
        "The handover slipped again and honestly nobody seems to own it.",
        {R},
        id="so-summary-with-overlap",
    ),
    pytest.param(
        "You're worried the client will walk. What would help right now?",
        "If this slips again I think the client walks.",
        {R, OPEN, RES},
        id="reflection-plus-open-question",
    ),
    pytest.param(
        "I think you're frustrated with how the handover went.",
        None,
        {R},
        id="feeling-named-as-a-guess",
    ),
    pytest.param(
        "Heard about it from the all-hands slide, same as everyone. Nobody told you first.",
        None,
        {R},
        id="subject-left-out-is-no-order",
    ),
    pytest.param(
        "You're fine with the new rota.", "The new rota works for me.", {R}, id="fine-as-content"
    ),
    pytest.param("Found out from a group invite. That must have stung.", None, {R}, id="stung"),
]

NOT_REFLECTIONS = [
    pytest.param("Did you finish the deck?", None, {R}, id="plain-question"),
    pytest.param("You need to update the tracker by Friday.", None, {R}, id="directive"),
    pytest.param("I spoke to finance this morning.", None, {R}, id="own-news"),
    pytest.param("You're welcome.", "Thanks for the help.", {R}, id="courtesy"),
    pytest.param(
        "No, you're fine, it's at two.", "Sorry, am I late?", {R}, id="reassured-after-apology"
    ),
    pytest.param(
        "Honestly, you're okay. How's the week been?",
        "Sorry, I lost track of time.",
        {R},
        id="reassurance-then-question",
    ),
    pytest.param("Okay.", SWAMPED, {R}, id="backchannel"),
    pytest.param("Great.", SWAMPED, {R}, id="bare-affirmation"),
    pytest.param("Thanks for coming in.", None, {R}, id="greeting-thanks"),
    pytest.param(
        "Research shows most people recover from burnout within months.",
        SWAMPED,
        {R},
        id="information",
    ),
]


@pytest.mark.parametrize(("text", "prev", "expected"), REFLECTIONS)
def test_reflections(text: str, prev: str | None, expected: set[Move]) -> None:
    """Statements restating the employee's words or feelings are reflections, stems or not."""
    found = detect(text, prev)
    assert expected <= set(found.moves), found


@pytest.mark.parametrize(("text", "prev", "absent"), NOT_REFLECTIONS)
def test_not_reflections(text: str, prev: str | None, absent: set[Move]) -> None:
    """Questions, directives, own news, courtesies and information are not reflections."""
    found = detect(text, prev)
    assert not absent & set(found.moves), found


def test_reflection_cue_names_the_restated_word() -> None:
    """A reflection found through shared words names the employee's word as its reason."""
    found = detect("Overwhelmed, with both of those landing at once.", SWAMPED)
    assert R in found.moves
    assert found.cues[R] == "restates 'overwhelmed'"


# --------------------------------------------------------------------------------------------
# Recognition, resource checks, next steps, judgment, advice
# --------------------------------------------------------------------------------------------

OTHER_MOVES = [
    pytest.param(
        "You've kept the support queue alive on your own, and it shows.",
        None,
        {REC},
        id="rec-a-deed-that-shows",
    ),
    pytest.param(
        "I've watched you sort out messier launches than this one.",
        None,
        {REC},
        id="rec-confidence-from-their-record",
    ),
    pytest.param("That was thorough digging on the invoices.", None, {REC}, id="rec-their-work"),
    pytest.param(
        "You were the one who caught the double billing.", None, {REC}, id="rec-only-they-did"
    ),
    pytest.param(
        "You've kept the night shift running all month, and I've noticed.",
        None,
        {REC},
        id="rec-a-deed-noticed",
    ),
    pytest.param("Honestly, we'd hate to lose you.", None, {REC}, id="rec-their-worth"),
    pytest.param("You were right to escalate the outage.", None, {REC}, id="rec-right-deed"),
    pytest.param(
        "You carried on when most people would've given up.", None, {REC}, id="rec-most-would"
    ),
    pytest.param("Fixing it by Friday? That's no small feat.", None, {REC}, id="rec-no-small"),
    pytest.param("That's a rare talent.", None, {REC}, id="rec-strength-named"),
    pytest.param("You obviously know your stuff.", None, {REC}, id="rec-know-your-stuff"),
    pytest.param("You kept a level head all week.", None, {REC}, id="rec-kept-head"),
    pytest.param("You've achieved loads with very little.", None, {REC}, id="rec-with-little"),
    pytest.param(
        "You probably know the billing system better than anyone.",
        None,
        {REC},
        id="rec-better-than-anyone-adverb",
    ),
    pytest.param("Your calls were spot on this week.", None, {REC}, id="rec-plural-calls"),
    pytest.param("Cheers for staying on the bridge call.", None, {REC}, id="rec-cheers-for"),
    pytest.param("You always come through for the team.", None, {REC}, id="rec-you-always"),
    pytest.param("Good, call them today.", None, {A}, id="filler-then-imperative"),
    pytest.param("You're right to be annoyed.", None, {Move.SYMPATHY}, id="sym-right-to-feel"),
    pytest.param(
        "Without you the audit would never have closed on time.",
        None,
        {REC},
        id="rec-without-you",
    ),
    pytest.param(
        "Tell me straight; I won't hold any of it against you.",
        None,
        {Move.SYMPATHY},
        id="sym-safety",
    ),
    pytest.param("You handled the client call really well.", None, {REC}, id="rec-handled-well"),
    pytest.param(
        "The way you rebuilt the pipeline took real skill.", None, {REC}, id="rec-took-skill"
    ),
    pytest.param(
        "Thank you for staying late to fix the outage.", None, {REC}, id="rec-thanks-for-act"
    ),
    pytest.param(
        "I really appreciate how you kept the client calm.", None, {REC}, id="rec-appreciate-how"
    ),
    pytest.param("Great job on the migration plan.", None, {REC}, id="rec-great-job-on"),
    pytest.param("What do you need from me?", None, {RES, OPEN}, id="res-need-from-me"),
    pytest.param("What would you want from us?", None, {RES, OPEN}, id="res-want-from-us"),
    pytest.param("What would help?", None, {RES, OPEN}, id="res-what-would-help"),
    pytest.param("What support would make this easier?", None, {RES, OPEN}, id="res-support"),
    pytest.param(
        "Is there anything I can take off your plate?", None, {RES, C}, id="res-off-your-plate"
    ),
    pytest.param("How can I help?", None, {RES, OPEN}, id="res-how-can-i-help"),
    pytest.param(
        "What's one thing you could do this week?", None, {NEXT, OPEN}, id="next-one-thing"
    ),
    pytest.param("Let's agree on a plan.", None, {NEXT}, id="next-lets-agree"),
    pytest.param("Can you get it to me by Friday?", None, {NEXT, C}, id="next-by-friday"),
    pytest.param("Shall we check in on Thursday?", None, {NEXT, C}, id="next-shall-we-check-in"),
    pytest.param("What's a first step?", None, {NEXT, OPEN}, id="next-first-step"),
    pytest.param("I'll talk to HR about backfilling.", None, {NEXT}, id="next-manager-commits"),
    pytest.param("Let me know if you need anything.", None, {RES}, id="res-let-me-know"),
    pytest.param("What would fix the weekend?", None, {RES, OPEN}, id="res-what-would-fix"),
    pytest.param(
        "Who on the team could share it if it were paid?", None, {RES, C}, id="res-who-could-share"
    ),
    pytest.param("What would make you better at this?", None, {OPEN}, id="not-res-better-you"),
    pytest.param("Monday check-ins start next week.", None, {NEXT}, id="next-starts-next-week"),
    pytest.param("Did it start on Monday?", None, {C}, id="not-next-past-start"),
    pytest.param("Calm down.", None, {J}, id="judg-calm-down"),
    pytest.param("You should have told me sooner.", None, {J}, id="judg-should-have"),
    pytest.param("Honestly, that's not a big deal.", None, {J}, id="judg-not-a-big-deal"),
    pytest.param("Everyone is stretched right now.", None, {J}, id="judg-everyone-stretched"),
    pytest.param("Oh great, another excuse.", None, {J}, id="judg-sarcasm"),
    pytest.param("This is on you.", None, {J}, id="judg-blame"),
    pytest.param("You should block out your mornings.", None, {A}, id="adv-you-should"),
    pytest.param("Why don't you ask Lee for help?", None, {A}, id="adv-why-dont-you"),
    pytest.param("Have you tried saying no to the extra meetings?", None, {A, C}, id="adv-tried"),
    pytest.param("My suggestion is to push the review.", None, {A}, id="adv-my-suggestion"),
    pytest.param("Just delegate the reporting.", None, {A}, id="adv-imperative-just"),
    pytest.param("Prioritise the audit and drop the rest.", None, {A}, id="adv-imperative"),
    pytest.param("I think we should move the launch.", None, {A}, id="adv-i-think-we-should"),
    pytest.param("I'd like you to own the rota.", None, {A}, id="adv-id-like-you-to"),
    pytest.param(
        "It's important that you log every incident.", None, {A}, id="adv-important-that-you"
    ),
    pytest.param("You'll need to hand the audit over by June.", None, {A}, id="adv-youll-need-to"),
    pytest.param(
        "Long hours like that can lead to burnout.", None, {Move.INFORMATION}, id="info-can-lead-to"
    ),
    pytest.param(
        "That's more than the recommended limit for overtime.",
        None,
        {Move.INFORMATION},
        id="info-recommended",
    ),
    pytest.param(
        "Don't you realise what happens when the release slips?", None, {J}, id="judg-dont-you"
    ),
    pytest.param("Doesn't that worry you?", None, {J}, id="judg-doesnt-that-worry-you"),
    pytest.param("That sounds like a lot of excuses to me.", None, {J}, id="judg-lot-of-excuses"),
]


@pytest.mark.parametrize(("text", "prev", "expected"), OTHER_MOVES)
def test_other_moves(text: str, prev: str | None, expected: set[Move]) -> None:
    """Lexicon moves fire on their phrases, alongside any question move in the same turn."""
    found = detect(text, prev)
    assert expected <= set(found.moves), found


NEGATIVES = [
    pytest.param("Thanks.", None, {REC}, id="empty-thanks"),
    pytest.param("Thanks for coming in.", None, {REC}, id="courtesy-thanks"),
    pytest.param("You should have the numbers by now.", None, {A}, id="should-have-not-advice"),
    pytest.param("We're all in this together.", None, {J}, id="solidarity-not-judgment"),
    pytest.param("How was your weekend?", None, {NEXT, RES}, id="small-talk-no-lexicon"),
    pytest.param("It sounds like a good plan.", None, {R}, id="sounds-like-agreement"),
    pytest.param("I appreciate you telling me.", None, {OPEN}, id="telling-me-is-not-a-prompt"),
    pytest.param("Sounds like another excuse to me.", None, {R}, id="judging-stem-not-reflection"),
    pytest.param("Thanks for making time today.", None, {REC}, id="courtesy-making-time"),
    pytest.param("You're stretched thin this week.", SWAMPED, {NEXT}, id="this-week-not-plan"),
    pytest.param("That's really important to you.", None, {A}, id="important-to-you-not-advice"),
    pytest.param("Don't you know anyone on that team?", None, {J}, id="dont-you-know-anyone"),
    pytest.param(
        "It seems like you have to redo the whole deck.", None, {R}, id="stem-with-directive"
    ),
    pytest.param("Do you want tea or coffee?", None, {OPEN}, id="choice-question-stays-closed"),
    pytest.param("I think you're right about that.", None, {R}, id="i-think-you-re-right-agrees"),
    pytest.param(
        "You've been distracted lately, and it shows.", None, {REC}, id="it-shows-not-praise"
    ),
    pytest.param("You were the one who broke the build.", None, {REC}, id="the-one-who-blamed"),
    pytest.param("Take a minute before you answer.", None, {A}, id="take-a-minute-is-permission"),
    pytest.param("You're right to be annoyed.", None, {REC}, id="right-to-feel-not-praise"),
    pytest.param("If you were right to escalate, we'd know.", None, {REC}, id="right-supposed"),
    pytest.param("Were you right to escalate it?", None, {REC}, id="right-asked"),
    pytest.param("Cheers for coming in.", None, {REC}, id="cheers-courtesy"),
    pytest.param("You kept your laptop on all weekend.", None, {REC}, id="kept-not-composure"),
    pytest.param("Good call on the rollback.", None, {A}, id="good-call-is-praise-not-an-order"),
    pytest.param(
        'You keep hearing "why bother? Nobody notices."',
        None,
        {C, OPEN},
        id="a-question-inside-their-quoted-words-is-theirs",
    ),
    pytest.param(
        "We recommend that people sleep seven hours.", None, {A}, id="a-guideline-not-advice"
    ),
    pytest.param(
        "What I suggest matters less than what you want.", None, {A}, id="what-i-suggest-subject"
    ),
    pytest.param(
        "Found out from a calendar invite, with everyone else.", None, {A}, id="past-form-no-order"
    ),
]


@pytest.mark.parametrize(("text", "prev", "absent"), NEGATIVES)
def test_negative_cases(text: str, prev: str | None, absent: set[Move]) -> None:
    """Empty praise is not recognition; look-alike phrases do not fire the wrong move."""
    found = detect(text, prev)
    assert not absent & set(found.moves), found


def test_specific_recognition_cue() -> None:
    """Recognition's cue says it is specific and quotes the words that made it so."""
    found = detect("You handled the client call really well.")
    assert found.cues[REC].startswith("specific recognition")


# --------------------------------------------------------------------------------------------
# Several sentences, cues, ordering, odd input
# --------------------------------------------------------------------------------------------


def test_each_sentence_contributes() -> None:
    """A turn with several sentences collects the moves of each."""
    found = detect(
        "You handled the escalation really well. I know it's been a lot. "
        "What would help this week? Let's check in on Friday.",
        SWAMPED,
    )
    assert {REC, OPEN, RES, NEXT} <= set(found.moves), found


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("How was the demo? Did the client like it?", id="open-then-closed"),
        pytest.param("Did the demo go ahead? How was it?", id="closed-then-open"),
        pytest.param("Tell me about Friday. Were you on call?", id="prompt-then-closed"),
    ],
)
def test_one_question_type_per_turn(text: str) -> None:
    """A turn gets one question type, as coders code it: open when it opens the floor at all."""
    found = detect(text)
    assert OPEN in found.moves, found
    assert C not in found.moves, found


def test_moves_in_move_order_and_cues_match() -> None:
    """Moves come in MOVE_ORDER order and every move has a non-empty cue."""
    found = detect("So you're swamped. What would help? Just drop the report.", SWAMPED)
    assert list(found.moves) == sorted(found.moves, key=MOVE_ORDER.index)
    assert set(found.cues) == set(found.moves)
    assert all(found.cues.values())


def test_other_only_when_nothing_fires() -> None:
    """'other' is the move of a turn with no cue, and never sits beside another move."""
    assert detect("Mm-hmm.").moves == (OTHER,)
    assert detect("The printer on floor two is fixed.").moves == (OTHER,)
    assert OTHER not in detect("What happened?").moves


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("", id="empty"),
        pytest.param("   \n\t ", id="whitespace"),
        pytest.param("?!...,;", id="punctuation"),
        pytest.param("\x00\x00\x00", id="nul-bytes"),
        pytest.param("Das ist wirklich ein schwieriger Monat für das Team.", id="german"),
        pytest.param("これは大変な週でした。", id="japanese"),
    ],
)
def test_odd_input_is_other(text: str) -> None:
    """Empty, punctuation-only, NUL-only and non-English text return just 'other'."""
    assert detect(text, text).moves == (OTHER,)


def test_huge_input_is_capped_and_fast() -> None:
    """A 1 MB utterance is read only at its ends, so it is labelled quickly and correctly."""
    import time

    text = "What would help? " + "blah " * 200_000 + "Let's check in on Friday."
    prev = "I'm swamped. " * 80_000
    t0 = time.perf_counter()
    found = detect(text, prev)
    assert time.perf_counter() - t0 < 0.5
    assert {OPEN, RES, NEXT} <= set(found.moves)


def test_detection_is_deterministic() -> None:
    """The same input always gives the same moves and cues."""
    text = "You should have said. Everyone is stretched. Calm down, it's not a big deal."
    assert detect(text) == detect(text)


# --------------------------------------------------------------------------------------------
# Properties on arbitrary text
# --------------------------------------------------------------------------------------------


@settings(max_examples=400, deadline=None)
@given(st.text(), st.one_of(st.none(), st.text()))
def test_detect_never_raises_on_arbitrary_text(text: str, prev: str | None) -> None:
    """Any text gives a Detection with >= 1 move, in MOVE_ORDER, with cues for exactly those."""
    found = detect(text, prev)
    assert isinstance(found, Detection)
    assert len(found.moves) >= 1
    assert set(found.cues) == set(found.moves)
    assert list(found.moves) == sorted(found.moves, key=MOVE_ORDER.index)
    assert (OTHER in found.moves) == (found.moves == (OTHER,))
    assert all(isinstance(c, str) and c for c in found.cues.values())


_CUE_WORDS = "so you what how why okay um tell me sounds like feel not sure calm down should have"
_MORE_WORDS = "by friday let's check in wh-what i-i - -- ? . , ! ' [laughs]"
_WORDS = st.sampled_from([*_CUE_WORDS.split(), *_MORE_WORDS.split(), "\x00"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, max_size=40).map(" ".join), st.one_of(st.none(), st.text(max_size=50)))
def test_detect_never_raises_on_cue_word_soup(text: str, prev: str | None) -> None:
    """Strings made of cue words, stutters and punctuation never break the detector."""
    found = detect(text, prev)
    assert found.moves and set(found.cues) == set(found.moves)
