"""Pins statement forms that decide whether a turn restates (reflection) or does something else.

Our own wordings (none from AnnoMI): a reflective stem in the progressive ("I'm getting the
sense..."), a pseudo-cleft said as a question, autonomy statements, and a question word left in
place at the end of a statement.
"""

from __future__ import annotations

import pytest

from simulator.moves import Move, assess, detect

PREV = "The audit moved up a month and I honestly don't know if I want to stay on the team."

CASES = [
    pytest.param("I'm getting the sense you'd rather leave.", True, id="getting-the-sense"),
    pytest.param("I have a strong feeling the audit scares you.", True, id="strong-feeling"),
    pytest.param("What I'm hearing is that staying feels uncertain?", True, id="cleft-question"),
    pytest.param("What you're describing is a month taken away?", True, id="cleft-describing"),
    pytest.param("It's your call in the end.", False, id="your-call"),
    pytest.param("That's entirely up to you.", False, id="up-to-you"),
    pytest.param("It's a decision only you can make.", False, id="decision-you-make"),
    pytest.param("And you've felt this way for how long?", False, id="how-long-in-situ"),
    pytest.param("So the audit moved to when?", False, id="when-in-situ"),
    pytest.param("You're not sure you want to stay?", True, id="declarative-reflection"),
    pytest.param("Okay, here you go.", False, id="here-you-go"),
    pytest.param("Well, it was nice talking to you.", False, id="nice-talking-to-you"),
    pytest.param("Great, talk to you next week.", False, id="talk-to-you-next-week"),
    pytest.param(
        "Good to talk with you. You seem lighter than last week.", True, id="courtesy-then-you"
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_reflection_by_form(text: str, expected: bool) -> None:
    """Reflective stems in more tenses and clefts said as questions restate; autonomy
    statements, questions with the wh-word left in place and courtesies with "you" in them
    ("here you go", "nice talking to you") do not."""
    assert (Move.REFLECTION in detect(text, PREV).moves) is expected


@pytest.mark.parametrize(
    ("text", "move"),
    [
        pytest.param("What I'm hearing is that it's too much?", Move.CLOSED_QUESTION, id="cleft"),
        pytest.param("You check the logs how often?", Move.CLOSED_QUESTION, id="in-situ"),
        pytest.param("What are you hearing from the team?", Move.OPEN_QUESTION, id="real-wh"),
    ],
)
def test_question_type_of_statement_forms(text: str, move: Move) -> None:
    """A cleft said as a question is not an open "what" question; a wh-word left in place asks
    for a fact (closed); an ordinary wh-question stays open."""
    assert move in detect(text).moves


@pytest.mark.parametrize(
    ("text", "prev", "expected"),
    [
        pytest.param(
            "Next Thursday, after the board meeting.", "When is the review?", True, id="when"
        ),
        pytest.param(
            "The contractor budget covers it.", "Who pays for the extra hours?", True, id="who"
        ),
        pytest.param("Mm-hmm.", "Can I take Friday off?", False, id="backchannel"),
        pytest.param("Exactly.", "Does that make sense?", False, id="agreement"),
        pytest.param("Next Thursday.", "It was a long week, right?", False, id="tag-question"),
        pytest.param("Next Thursday.", "It was a long week.", False, id="no-question"),
    ],
)
def test_answer_to_their_question_is_information(text: str, prev: str, expected: bool) -> None:
    """A turn with no other move that answers a real question the employee just asked gives
    information; a backchannel, a bare agreement or a reply to a tag question does not."""
    assert (Move.INFORMATION in detect(text, prev).moves) is expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Thanks so much for making the time today, I know your week has been packed.",
            id="thanks",
        ),
        pytest.param(
            "Good to see you again, it has been a while since our last one-on-one here.",
            id="greeting",
        ),
    ],
)
def test_long_rituals_are_not_information(text: str) -> None:
    """Greetings and thanks of twelve words or more are not read as telling."""
    assert Move.INFORMATION not in detect(text).moves


@pytest.mark.parametrize(
    ("text", "reflection"),
    [
        pytest.param("It sounds like you handled the outage really well.", True, id="stem"),
        pytest.param("You handled the outage really well.", False, id="plain-affirmation"),
    ],
)
def test_affirmation_through_a_reflective_stem_also_restates(text: str, reflection: bool) -> None:
    """Recognition said through a reflective stem is also a reflection; a plain affirmation is
    recognition only."""
    moves = detect(text).moves
    assert Move.RECOGNITION in moves
    assert (Move.REFLECTION in moves) is reflection


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("You'll get the new laptop next week.", False, id="future"),
        pytest.param("You could move to the platform team in spring.", False, id="option"),
        pytest.param("You'd rather keep your evenings free.", True, id="preference"),
        pytest.param("You're dreading the quarterly review.", True, id="present"),
    ],
)
def test_predictions_and_options_about_you_are_not_restatements(text: str, expected: bool) -> None:
    """Without context, a second-person prediction or option ("you'll get...", "you could...")
    tells rather than restates; a preference or a present state ("you'd rather...",
    "you're dreading...") restates."""
    assert (Move.REFLECTION in detect(text).moves) is expected


EXPLAIN = (
    "The new rota goes live next month and the on-call pager rotates weekly between the four"
    " senior engineers, with a day off in lieu after any night that gets paged."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(EXPLAIN + " Does that work for you?", True, id="explanation-then-question"),
        pytest.param("The rota changes next month. Does that work for you?", False, id="short"),
        pytest.param(
            "You've been carrying the pager on your own for weeks and you're worn out, and the"
            " new rota still leaves you on call most nights. What would help most?",
            False,
            id="long-reflection",
        ),
    ],
)
def test_long_explanation_with_a_question_is_information(text: str, expected: bool) -> None:
    """Statements that restate nothing and run past 25 words are information even when a
    question follows; a short preface or a long reflection is not."""
    assert (Move.INFORMATION in detect(text, PREV).moves) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("I can see a real sense of relief in you.", True, id="sense-of"),
        pytest.param("Let me make sure I've understood the timeline.", True, id="make-sure-i"),
        pytest.param("Make sure you send the timeline.", False, id="make-sure-you"),
        pytest.param("That's pretty shocking, being moved without a word.", True, id="shocking"),
    ],
)
def test_more_reflective_openers(text: str, expected: bool) -> None:
    """Naming a sense perceived in them, checking one's understanding, and naming a shock
    restate; "make sure you ..." is a directive."""
    assert (Move.REFLECTION in detect(text, PREV).moves) is expected


@pytest.mark.parametrize(
    ("text", "informs"),
    [
        pytest.param(
            "Then here's the plan. I'll write up the review criteria and send them to you by"
            " Thursday, and I'll book Priya for two pairing slots a week. Does that work?",
            False,
            id="plan-agreed",
        ),
        pytest.param(
            "The review criteria are written by the people team and cover delivery, quality"
            " and collaboration, and every new starter in the company is measured on exactly"
            " the same three of them. Does that work?",
            True,
            id="how-reviews-work",
        ),
    ],
)
def test_a_plan_spelled_out_is_a_next_step_not_telling(text: str, informs: bool) -> None:
    """A long turn that commits to what will happen is the next step, not information (which
    judgment-free counts as lecturing); a long explanation of how things are is information."""
    moves = detect(text, PREV).moves
    assert (Move.INFORMATION in moves) is informs
    assert (Move.NEXT_STEP in moves) is not informs


@pytest.mark.parametrize(
    ("text", "move"),
    [
        pytest.param("Take whatever time you need.", Move.SYMPATHY, id="whatever-time"),
        pytest.param("Take as long as you need.", Move.SYMPATHY, id="as-long-as"),
        pytest.param("Take the time to write it up properly.", Move.ADVICE, id="take-the-time-to"),
    ],
)
def test_permission_to_take_time_is_not_an_order(text: str, move: Move) -> None:
    """ "Take whatever time you need" gives permission, as "take your time" does; "take the time
    to" something still tells them what to do."""
    assert move in detect(text).moves


ROTA_LINE = "The rota's a mess, the pager goes every night, and I've not had a weekend since March."


@pytest.mark.parametrize(
    ("text", "reflects"),
    [
        pytest.param("Noted: one, the rota; two, the pager; three, March.", False, id="ledger"),
        pytest.param("So: the rota, the pager, weekends, March.", False, id="bare-list"),
        pytest.param(
            "You've got the rota, the pager every night, and no weekend since March.",
            True,
            id="summary-with-a-clause",
        ),
        pytest.param("So the pager goes every night and the rota's a mess.", True, id="restated"),
    ],
)
def test_a_list_of_their_words_is_not_a_reflection(text: str, reflects: bool) -> None:
    """Their words listed (four or more short items, no clause among them) say nothing about
    them: not a reflection, however many of their words it holds. A summary that says something
    about them is one."""
    assert (Move.REFLECTION in detect(text, ROTA_LINE).moves) is reflects


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        pytest.param("What's going on is the numbers are behind.", False, id="cleft-statement"),
        pytest.param("What matters is the queue.", False, id="what-matters-is"),
        pytest.param("What is going on?", True, id="asked"),
        pytest.param("What's going on for you", True, id="asked-unpunctuated"),
    ],
)
def test_a_statement_opening_with_what_is_not_a_question(text: str, asks: bool) -> None:
    """ "What's going on is you're behind" answers its own question: a statement, not an open
    question; the same words asked, with or without a question mark, still ask."""
    assert (Move.OPEN_QUESTION in detect(text, None).moves) is asks


@pytest.mark.parametrize(
    ("text", "move"),
    [
        pytest.param("What's the hold-up?", Move.CLOSED_QUESTION, id="the-hold-up"),
        pytest.param("What's your plan to fix it?", Move.CLOSED_QUESTION, id="plan-to-fix-it"),
        pytest.param("When's it actually done?", Move.CLOSED_QUESTION, id="when-done"),
        pytest.param("What's getting in the way for you?", Move.OPEN_QUESTION, id="in-the-way"),
        pytest.param("What's your plan for the weekend?", Move.OPEN_QUESTION, id="plan-for"),
        # Blunt managers across our blind sets, in our own wordings.
        pytest.param("What are you doing about it?", Move.CLOSED_QUESTION, id="doing-about-it"),
        pytest.param("How will you close the gap?", Move.CLOSED_QUESTION, id="close-the-gap"),
        pytest.param("When do I get the report?", Move.CLOSED_QUESTION, id="when-do-i-get"),
        pytest.param("What are you doing this weekend?", Move.OPEN_QUESTION, id="weekend"),
        pytest.param(
            "How are you going to get there on Friday, by train?",
            Move.OPEN_QUESTION,
            id="get-there-by-train",
        ),
    ],
)
def test_a_demand_for_an_account_is_a_leading_question(text: str, move: Move) -> None:
    """ "What's the hold-up?" presumes a shortfall and asks for an account of it: a leading
    question, which the open-questions anchors rank with closed ones; asking what is in their
    way is open."""
    assert move in detect(text, None).moves


HEARING_FORMS = [
    pytest.param(
        "So what I'm hearing you say is that, if your mum helped with the kids, you could cut"
        " down?",
        id="what-im-hearing-you-say-is-asked",
    ),
    pytest.param("I'm hearing some frustration.", id="im-hearing-some"),
    pytest.param(
        "So I'm hearing there are some things you really like about it. What about the other side?",
        id="im-hearing-there-are",
    ),
    pytest.param(
        "I kind of see a sense of sadness there when you have to think about this.",
        id="when-you-have-to-is-no-directive",
    ),
    pytest.param(
        "Hmm. I also am hearing that your mum could help with the kids.", id="also-am-hearing"
    ),
    pytest.param("What I'm also hearing is that you'd cut down.", id="what-im-also-hearing"),
]


@pytest.mark.parametrize("text", HEARING_FORMS)
def test_what_the_speaker_is_hearing_is_a_reflection(text: str) -> None:
    """ "What I'm hearing you say is ...?" is a reflection put as a check (not an open
    question); "I'm hearing some frustration" names what was heard; "when you have to" sets a
    time, it does not direct."""
    moves = detect(text, "My mum could help more with the kids, and then I'd cut down.").moves
    assert Move.REFLECTION in moves, moves
    assert Move.ADVICE not in moves


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("I really hear you.", id="really-hear-you"),
        pytest.param("I'm also hearing you.", id="also-hearing-you"),
        pytest.param("I am hearing you.", id="am-hearing-you"),
        pytest.param("I'm hearing you.", id="hearing-you"),
    ],
)
def test_the_bare_formula_said_louder_reflects_nothing(text: str) -> None:
    """An adverb in the frame ("I also am hearing that ...") still introduces what they said,
    but "I really hear you" is "I hear you" said louder: with their words to check against, it
    is a listening phrase with nothing of theirs, not a reflection."""
    history = [("employee", "My mum could help more with the kids, and then I'd cut down.")]
    assert Move.REFLECTION not in assess(text, history).moves


def test_a_directive_after_i_hear_you_is_still_advice() -> None:
    """The clause rule is narrow: "you need to cut down" after a yes-but still advises."""
    moves = detect("I hear you, but you need to cut down.", None).moves
    assert Move.ADVICE in moves and Move.JUDGMENT in moves, moves


@pytest.mark.parametrize(
    ("text", "move"),
    [
        pytest.param("I hear how hard this is.", Move.REFLECTION, id="hear-how-hard-is-stock"),
        pytest.param("Fine, stay late if you need to.", Move.REFLECTION, id="if-you-need-to"),
    ],
)
def test_hearing_near_misses_are_not_reflections(text: str, move: Move) -> None:
    """A stock "I hear how hard this is" names nothing they said (a stuffer's line, blind set
    2), and "stay late if you need to" permits an act: neither is a reflection."""
    assert move not in detect(text, "I'm behind on the dashboard and I keep staying late.").moves


@pytest.mark.parametrize(
    ("text", "reflects"),
    [
        pytest.param(
            "Imagine it's the end of the quarter and you've smashed your number. What do you"
            " notice?",
            False,
            id="imagine-a-scene",
        ),
        pytest.param(
            "Think of the best closer you've ever worked with. What would she do?",
            False,
            id="think-of-the-best",
        ),
        pytest.param("Picture next week going a bit better for you.", False, id="picture"),
        pytest.param("I imagine you're exhausted.", True, id="i-imagine-is-a-stem"),
    ],
)
def test_a_scene_to_picture_restates_nothing(text: str, reflects: bool) -> None:
    """ "Imagine you've smashed your number" asks them to picture a scene (blind set 15's
    miracle-question manager): their word in it restates nothing. "I imagine you're
    exhausted" is the speaker's guess at their feeling, a reflection."""
    prev = "I know what this is about. The number. I can't work out which bit's broken."
    assert (Move.REFLECTION in detect(text, prev).moves) is reflects
