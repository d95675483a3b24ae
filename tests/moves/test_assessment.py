"""Pins the context-aware assessment (simulator.moves.assessment.assess).

Every line here was written for these tests (none comes from AnnoMI). Histories are lists of
``(speaker, text)``, oldest first.
"""

from __future__ import annotations

import pytest

import simulator.moves.assessment as assessment_module
from simulator.moves import Assessment, Move, Speaker, assess, detect

R, J, SYM = Move.REFLECTION, Move.JUDGMENT, Move.SYMPATHY
OPEN, OTHER = Move.OPEN_QUESTION, Move.OTHER

STROKE: list[tuple[Speaker, str]] = [
    ("manager", "How are you doing?"),
    ("employee", "Not great. My dad had a stroke last week and I've had no time for anything."),
]
TERRIFIED: list[tuple[Speaker, str]] = [
    ("employee", "I'm terrified I'll mess up the board presentation."),
    ("manager", "What's worrying you most?"),
    ("employee", "Mostly the budget numbers."),
]


GROUNDED = [
    pytest.param("It sounds like you're slammed.", STROKE, ("no time",), id="paraphrase-no-time"),
    pytest.param(
        "You're scared about the presentation.", TERRIFIED, ("presentation",), id="earlier-turn"
    ),
    pytest.param("It sounds like you're scared.", TERRIFIED, ("terrified",), id="feeling-family"),
    pytest.param(
        "Your dad's stroke has hit you hard.", STROKE, ("dad", "stroke"), id="possessive-stem"
    ),
]


@pytest.mark.parametrize(("text", "history", "words"), GROUNDED)
def test_grounded_reflections_name_the_employees_words(
    text: str, history: list[tuple[Speaker, str]], words: tuple[str, ...]
) -> None:
    """A turn that takes up what the employee said, in any earlier turn or by a paraphrase, is a
    grounded, substantive reflection whose grounding holds the employee's own words."""
    found = assess(text, history)
    assert R in found.moves
    assert found.grounded
    assert set(words) <= set(found.grounding)
    assert found.substantive


def test_formula_with_nothing_grounded_is_not_a_reflection() -> None:
    """ "It sounds like it." after a real disclosure is a formula only: no reflection."""
    found = assess("It sounds like that.", STROKE)
    assert found.formula_only
    assert R not in found.moves
    assert not found.substantive


def test_prompt_formula_is_formula_only_but_still_a_question() -> None:
    """ "Tell me more." takes nothing up: formula_only, yet still an open question."""
    found = assess("Tell me more.", STROKE)
    assert found.formula_only
    assert OPEN in found.moves


def test_misreflection_reports_what_was_never_said() -> None:
    """A reflection of something never said is a mis-reflection, not a reflection."""
    found = assess("It sounds like you feel like a banana.", STROKE)
    assert found.misreflection == "a banana"
    assert R not in found.moves
    assert not found.substantive


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("It sounds like you're making excuses.", id="sounds-like-excuses"),
        pytest.param(
            "I hear you, but honestly your work has been sloppy lately.", id="i-hear-you-but"
        ),
    ],
)
@pytest.mark.parametrize(
    "history", [pytest.param((), id="no-context"), pytest.param(STROKE, id="context")]
)
def test_judgment_in_listening_form_is_judgment(
    text: str, history: list[tuple[Speaker, str]]
) -> None:
    """Judgment dressed as listening is disguised judgment, never a reflection, with or without
    context."""
    found = assess(text, history)
    assert found.disguised_judgment
    assert J in found.moves
    assert R not in found.moves


def test_repeat_of_names_the_earlier_manager_turn() -> None:
    """A near-verbatim repeat points at the earlier manager turn (0-based among manager turns)."""
    history: list[tuple[Speaker, str]] = [
        *STROKE,
        ("manager", "What else is going on for you?"),
        ("employee", "Just that, really."),
    ]
    found = assess("So what else is going on for you?", history)
    assert found.repeat_of == 1
    assert not found.substantive
    assert assess("What would help this week?", history).repeat_of is None


def test_no_context_labels_by_form() -> None:
    """With no history, grounding cannot be judged: a formula stays a reflection by form."""
    found = assess("It sounds like you're swamped.")
    assert R in found.moves
    assert not found.grounded
    assert not found.formula_only
    assert found.misreflection is None


def test_sympathy_is_its_own_move() -> None:
    """ "I'm so sorry about your dad." is sympathy (and grounded in "dad")."""
    found = assess("I'm so sorry about your dad.", STROKE)
    assert found.moves == (SYM,)
    assert found.grounding == ("dad",)


def test_assessment_is_frozen_and_cued() -> None:
    """Assessments are immutable, and every move comes with a plain-words cue."""
    found = assess("It sounds like you're slammed. What would help?", STROKE)
    assert isinstance(found, Assessment)
    assert set(found.cues) == set(found.moves)
    assert all(found.cues.values())
    with pytest.raises(AttributeError):
        found.text = "x"  # type: ignore[misc]


def test_interleaved_conversations_give_the_same_result_as_fresh_ones() -> None:
    """assess() keeps the last conversation's context to extend it; switching between
    conversations, or rewriting an earlier turn, must never leak one context into another."""
    other: list[tuple[Speaker, str]] = [("employee", "The budget review went fine, honestly.")]
    turn = "It sounds like you're scared about the presentation."
    expected = assess(turn, TERRIFIED)
    assert assess(turn, other).grounding != expected.grounding
    assert assess(turn, TERRIFIED) == expected
    assert assess(turn, TERRIFIED[:1]).grounding == expected.grounding
    edited = [("employee", "I'm fine about the board meeting."), *TERRIFIED[1:]]
    assert "terrified" not in assess(turn, edited).grounding
    assert assess(turn, tuple(TERRIFIED)) == expected


def test_growing_history_is_extended_not_rebuilt() -> None:
    """A conversation assessed turn by turn gives each turn the same result as assessing it
    alone with its full history."""
    turns: list[tuple[Speaker, str]] = [
        ("employee", "I'm terrified of the launch."),
        ("manager", "What's worrying you?"),
        ("employee", "The load tests keep failing."),
        ("manager", "So the load tests are failing and you're scared."),
        ("employee", "Yes."),
        ("manager", "What's worrying you?"),
    ]
    incremental = [assess(t, turns[:i]) for i, (s, t) in enumerate(turns) if s == "manager"]
    fresh = []
    for i, (s, t) in enumerate(turns):
        if s == "manager":
            assessment_module._LOCAL.context = None  # forget the cached context
            fresh.append(assess(t, turns[:i]))
    assert incremental == fresh
    assert incremental[-1].repeat_of == 0


CONVERSATIONS: list[list[tuple[Speaker, str]]] = [
    [*STROKE, ("manager", "It sounds like you're slammed."), ("employee", "Yes, totally.")],
    [*TERRIFIED, ("manager", "It sounds like you feel like a banana.")],
    [("employee", "The budget review went fine."), ("manager", "I hear you, but be quicker.")],
    [
        *STROKE,
        ("manager", "Tell me more."),
        ("employee", "It's hard."),
        ("manager", "Tell me more."),
    ],
]


@pytest.mark.parametrize(
    "conversation", [pytest.param(c, id=f"conversation-{i}") for i, c in enumerate(CONVERSATIONS)]
)
def test_remembered_results_equal_fresh_ones(conversation: list[tuple[Speaker, str]]) -> None:
    """assess() remembers per-text facts and detect() results; with the caches warm (and after
    other conversations used the same lines) every turn gets what a cold assessment gives."""

    def run() -> list[Assessment]:
        return [
            assess(t, conversation[:i]) for i, (s, t) in enumerate(conversation) if s == "manager"
        ]

    assessment_module._TURNS.clear()
    assessment_module._DETECTED.clear()
    assessment_module._LOCAL.context = None
    cold = run()
    for other in CONVERSATIONS:  # the same lines in other contexts fill the caches
        for i, (s, t) in enumerate(other):
            if s == "manager":
                assess(t, other[:i])
    assert run() == cold
    assert [a.cues for a in run()] == [a.cues for a in cold]


def test_the_same_line_after_different_employee_lines_is_assessed_for_each() -> None:
    """The remembered detection is keyed by the employee's previous line too: the same manager
    line gets the by-form cues detect() gives after each previous line, not the first one's."""
    turn = "You keep going back to the load tests failing."
    for prev in ("The load tests keep failing.", "My cat is sick.", "The load tests keep failing."):
        assert assess(turn, [("employee", prev)]).cues == detect(turn, prev).cues
    assert assess(turn, [("employee", "The load tests keep failing.")]).grounded
    assert not assess(turn, [("employee", "My cat is sick.")]).grounded


@pytest.mark.parametrize(
    "line, misreflects",
    [
        pytest.param("It sounds like this has been a heavy few weeks.", None, id="hard-span-guess"),
        pytest.param("So it's been a rough couple of months.", None, id="rough-months-guess"),
        pytest.param("It sounds like you feel like a banana.", "a banana", id="banana"),
        pytest.param(
            "Sounds like a tough week with your dog.",
            "a tough week with your dog",
            id="span-with-a-thing-never-said",
        ),
    ],
)
def test_a_hard_time_span_is_an_empathic_guess_not_a_misreflection(
    line: str, misreflects: str | None
) -> None:
    """A hardship over a span of time ("a heavy few weeks") guesses at how things have been,
    as the engine's employee takes it; the scorer must not call it a mis-reflection while the
    timeline credits it. A thing never said (a banana, a dog) still is one."""
    history = [
        ("employee", "Hi. I've started the incident timeline, if you want to go through it.")
    ]
    assert assess(line, history).misreflection == misreflects


@pytest.mark.parametrize(
    "line, misreflects",
    [
        pytest.param(
            "It sounds like your divorce is weighing on you.",
            "your divorce is weighing on you",
            id="your-thing-after-sounds-like",
        ),
        pytest.param(
            "It sounds like the move to Leeds is stressing you out.",
            "the move to leeds is stressing you out",
            id="noun-then-preposition",
        ),
        pytest.param(
            "It sounds like your sister's wedding is stressing you.",
            "your sister's wedding is stressing you",
            id="another-relative",
        ),
        pytest.param("It sounds like your family is going through a lot.", None, id="family"),
        pytest.param("It sounds like your father's health is on your mind.", None, id="father"),
        pytest.param("It sounds like you're under a lot of pressure.", None, id="a-lot-of"),
    ],
)
def test_a_named_thing_never_said_is_a_misreflection(line: str, misreflects: str | None) -> None:
    """The noun after "your"/"the" is what a reflection attributes, not the verb after it
    ("your divorce is..." once read "is"), "sounds like you" is not the start of "your", and a
    relative is a referent: "your sister" does not take up "my dad", while "your family" and
    "your father" do. A feeling or a quantity ("a lot of pressure") is an inference, not a
    thing made up."""
    found = assess(line, STROKE)
    assert found.misreflection == misreflects
    assert (R in found.moves) is (misreflects is None)


TERRIFIED: list[tuple[Speaker, str]] = [
    ("employee", "Terrified, honestly. The dashboard is late and that's on me."),
]


@pytest.mark.parametrize(
    ("line", "made_up"),
    [
        pytest.param(
            "You're worried that the plants in the kitchen are dying.", True, id="made-up-cause"
        ),
        pytest.param("So you're anxious about the ski trip.", True, id="made-up-topic"),
        pytest.param(
            "You're worried the dashboard will reflect badly on you.", False, id="their-topic"
        ),
        pytest.param("It sounds like you're scared of letting the team down.", False, id="team"),
        pytest.param("It sounds like you're frightened.", False, id="feeling-alone"),
    ],
)
def test_their_feeling_pinned_on_a_made_up_cause_is_a_misreflection(
    line: str, made_up: bool
) -> None:
    """A paraphrase of their feeling ("worried" for "terrified") grounds a turn only if what it
    is about is theirs too; what every job has ("the team") is an inference, not made up."""
    found = assess(line, TERRIFIED)
    assert (found.misreflection is not None) is made_up
    assert (R in found.moves) is not made_up


@pytest.mark.parametrize(
    ("prev", "line"),
    [
        pytest.param("I stayed late again.", "You feel your cat judges you lately.", id="lately"),
        pytest.param(
            "Monthly active accounts are off.", "You're angry about the drill last month.", id="mo"
        ),
        pytest.param("I keep checking the queue.", "Your chair keeps sinking.", id="keep"),
        pytest.param(
            "I'll be honest, I came in with my arms folded.",
            "I appreciate you being so honest with me.",
            id="ill-be-honest",
        ),
        pytest.param("To be fair, it was Liam's call.", "That's fair.", id="to-be-fair"),
        pytest.param(
            "I've been holding it all together with Sellotape.",
            "Let's agree on a next step together and check in next week.",
            id="together",
        ),
        pytest.param(
            "First response used to be under two hours.", "What's under that?", id="under"
        ),
        pytest.param("It's all over the place.", "What's beneath it, over all?", id="over"),
        pytest.param(
            "I'd rather not go into that just now.",
            "You're the sort who'd rather carry it alone.",
            id="rather",
        ),
    ],
)
def test_dates_and_habits_of_speech_ground_nothing(prev: str, line: str) -> None:
    """ "Lately" does not take up "late", "last month" not "monthly", "keeps" not "keep"; a
    discourse marker ("I'll be honest", "to be fair") or a bare adverb ("together") is no
    content of theirs, so praise for honesty or a stock next step is not made specific by it;
    nor is a preposition ("under two hours" gives "what's under that?" nothing of theirs)."""
    assert assess(line, [("employee", prev)]).grounding == ()


def test_honesty_they_describe_is_still_theirs() -> None:
    """Only the discourse marker is set aside: being honest with someone is what they did."""
    said = [("employee", "Honestly, I've been really honest with Sam about the gap.")]
    assert "honest" in assess("You were honest with Sam.", said).grounding


@pytest.mark.parametrize(
    ("line", "asks", "checklist"),
    [
        pytest.param(
            "What are your obstacles, what resources do you need, and what's the next step?",
            3,
            True,
            id="three",
        ),
        pytest.param(
            "I really value you. What do you need from me, and what does success look like?",
            2,
            True,
            id="two-wrapped-in-praise",
        ),
        pytest.param(
            "What would a good answer look like, and who would you need it from?",
            2,
            False,
            id="two-about-one-thing",
        ),
        pytest.param("What about the 'who shipped this?' thread?", 1, False, id="quoted-question"),
        pytest.param("So the launch moved.", 0, False, id="none"),
        pytest.param(
            "Can I suggest something? What if I ask finance today? And what would help you?",
            1,
            False,
            id="leave-to-speak-and-an-offer-ask-nothing-of-them",
        ),
        pytest.param(
            "Can I ask, what do you need, what does success look like, and what's next?",
            3,
            True,
            id="a-checklist-behind-a-permission-is-still-one",
        ),
        pytest.param(
            "You've been up every night and still turning up. When you're ready, what would"
            " help most?",
            1,
            False,
            id="when-you-are-ready-asks-nothing",
        ),
        pytest.param(
            "When are you free, and what would help most?", 2, False, id="when-are-you-asks"
        ),
    ],
)
def test_questions_asked_at_once(line: str, asks: int, checklist: bool) -> None:
    """The assessment counts the questions a turn asks at once (a "?" inside quotation marks
    is not one of them) and calls three, or two wrapped in praise or another ask, a checklist:
    the one definition the engine and the scorer both use."""
    found = assess(line, STROKE)
    assert found.asks == asks
    assert found.checklist is checklist


@pytest.mark.parametrize(
    ("prev", "line", "blame"),
    [
        pytest.param(
            "I've drafted the email three times. So why haven't I pressed send?",
            "Good question. Why haven't you pressed send?",
            False,
            id="their-question-handed-back",
        ),
        pytest.param(
            "Nobody told me anything about the reorg.",
            "Why didn't you ask?",
            True,
            id="still-blame",
        ),
        pytest.param(
            "Why haven't I heard back from HR?",
            "Why didn't you tell me sooner?",
            True,
            id="a-different-why",
        ),
    ],
)
def test_their_own_why_handed_back_is_not_blame(prev: str, line: str, blame: bool) -> None:
    """ "Why haven't you pressed send?" after their own "why haven't I pressed send?" returns
    their question to them; a "why didn't you" of the manager's own still blames."""
    found = assess(line, [("employee", prev)])
    assert (Move.JUDGMENT in found.moves) is blame
    assert (OPEN in found.moves) is not blame


@pytest.mark.parametrize(
    ("text", "dismisses"),
    [
        pytest.param("Tyre-kickers, sure. Still, target is target.", True, id="noted-still"),
        pytest.param("Half eight, I know. But I need you there every Monday.", True, id="but"),
        pytest.param(
            "Sleeping, oof. Well, let's make sure the pipeline's sorted.", True, id="well"
        ),
        pytest.param(
            "Tyre-kickers, sure. That's a rough patch to inherit. What's been hardest?",
            False,
            id="noted-then-with-them",
        ),
        pytest.param("Right, sure. But how are you doing with all of it?", False, id="asks-them"),
        pytest.param(
            "Mm-hmm. Okay. Well, that's a good place to start from.",
            False,
            id="backchannels-note-no-word-of-theirs",
        ),
    ],
)
def test_their_word_noted_then_the_agenda_is_i_hear_you_but(text: str, dismisses: bool) -> None:
    """One word of theirs said back, acknowledged, then turned to the manager's agenda ("X,
    sure. Still, ...") is "I hear you, but" in other words: disguised judgment, not a
    reflection. Staying with them, or asking them, is not."""
    history = [
        ("employee", "What's left is students and tyre-kickers, and the call's at half eight."),
    ]
    a = assess(text, history)
    assert a.disguised_judgment is dismisses
    assert (Move.JUDGMENT in a.moves) is dismisses
    if dismisses:
        assert Move.REFLECTION not in a.moves


_SAID_LAUNCH = [
    ("employee", "Product added a payment type on Monday and staging keeps falling over."),
]


@pytest.mark.parametrize(
    ("line", "made_up"),
    [
        pytest.param(
            "And I hear that the Jenkins account is where most of that frustration is coming"
            " from, more than anything else this month.",
            "jenkins and account",
            id="two-things-from-nowhere",
        ),
        pytest.param(
            "So the commute since the trains changed has been wearing you down.",
            "commute and trains",
            id="a-story-from-nowhere",
        ),
        pytest.param(
            "It sounds like the launch has been weighing on you.",
            None,
            id="one-word-of-the-situation",
        ),
        pytest.param(
            "So staging keeps falling over, and the new payment type landed on top of it.",
            None,
            id="their-own-words",
        ),
        pytest.param(
            "It sounds like the most frustrating part is the lot of it at once.",
            None,
            id="words-that-name-no-thing",
        ),
        pytest.param(
            "It sounds like you're still upset that Marguerite moved to Lisbon without telling"
            " you.",
            "marguerite and lisbon",
            id="two-names-from-nowhere",
        ),
        pytest.param(
            "I'm hearing that Tomasz selling up in Bristol really shook you.",
            "tomasz and bristol",
            id="names-inside-a-listening-frame",
        ),
        pytest.param(
            "You told me you wanted the lead role, and it went to Kyle. That's hard.",
            None,
            id="one-name-of-the-situation",
        ),
        pytest.param(
            "Thanks for being straight with me, Aisha. It sounds like Monday was a lot.",
            None,
            id="the-name-they-are-addressed-by",
        ),
    ],
)
def test_things_a_reflection_names_from_nowhere(line: str, made_up: str | None) -> None:
    """A reflection with none of their words that names two things they never mentioned
    ("the Jenkins account"), or two people or places ("Marguerite moved to Lisbon"), reports
    them as made up, without changing its moves; one thing or name may be the situation both
    know, the name they are addressed by is known, and their own words are no invention."""
    a = assess(line, _SAID_LAUNCH)
    assert a.made_up == made_up
    assert a.unheard == made_up


_TALK = "Staging keeps falling over, the retry logic is half done, and my manager wants a date."


@pytest.mark.parametrize(
    ("first", "then", "repeat"),
    [
        pytest.param(
            "It sounds like the retry logic has really been weighing on you. What's that like?",
            "It sounds like staging has really been weighing on you. What's that like?",
            True,
            id="a-template-with-another-word-of-theirs",
        ),
        pytest.param(
            "The retry logic. That must be really hard. How does that make you feel?",
            "A date. That must be really hard. How does that make you feel?",
            True,
            id="a-fragment-in-front-of-sentences-said-before",
        ),
        pytest.param(
            "So you've been carrying the retry logic alone for weeks.",
            "So staging keeps falling over while your manager wants a date from you.",
            False,
            id="two-reflections-in-their-own-shapes",
        ),
        pytest.param(
            "Okay. What would help?",
            "Right. What would help with staging specifically, do you think?",
            False,
            id="a-question-taken-further",
        ),
    ],
)
def test_templates_with_their_words_slotted_in_are_repeats(
    first: str, then: str, repeat: bool
) -> None:
    """A turn that is an earlier one with different words of theirs slotted in, or a few words
    of theirs in front of sentences said before, repeats it; reflections and questions in
    shapes of their own do not."""
    history: list[tuple[Speaker, str]] = [("employee", _TALK), ("manager", first)]
    history.append(("employee", _TALK))
    a = assess(then, history)
    assert (a.repeat_of == 0) is repeat, a


@pytest.mark.parametrize(
    ("line", "grounded"),
    [
        pytest.param(
            "I had a staging nightmare myself last year, I was up every night. How is it going?",
            False,
            id="their-word-in-the-speaker-s-own-story",
        ),
        pytest.param(
            "I remember my own load-test disaster. What's the worst of it for you?",
            False,
            id="a-memory-of-the-speaker-s",
        ),
        pytest.param(
            "Ha, mine was a staging mess too, honestly. How is it going?",
            False,
            id="their-word-matched-with-the-speaker-s-own",
        ),
        pytest.param(
            "Mine was falling over too, honestly. How is it going?",
            False,
            id="their-words-for-the-speaker-s-own",
        ),
        pytest.param(
            "Staging falling over on every load test, I'm sorry too. How is it going?",
            True,
            id="their-words-beside-a-me-too-clause",
        ),
        pytest.param(
            "I'm not too surprised staging keeps falling over. How is it going?",
            True,
            id="not-too-is-no-me-too",
        ),
        pytest.param(
            "I was worried staging would hurt you. How are the load tests going?",
            True,
            id="their-words-in-a-sentence-about-them",
        ),
        pytest.param(
            "So staging keeps falling over on load tests. How is it going?",
            True,
            id="a-reflection",
        ),
    ],
)
def test_words_of_theirs_in_the_manager_s_own_story_are_not_taken_up(
    line: str, grounded: bool
) -> None:
    """ "I had a staging nightmare myself last year", "mine was a staging mess too": a word of
    theirs borrowed for the manager's own anecdote, or to match theirs with the manager's own,
    takes up nothing they said; the same word in a sentence about them does."""
    a = assess(line, _SAID_LAUNCH)
    assert a.grounded is grounded, a.grounding


@pytest.mark.parametrize(
    ("said", "grounded"),
    [
        pytest.param("Jenkins account? No. That's not it.", False, id="their-no-to-the-word"),
        pytest.param("Jenkins? Not really. It's the release.", False, id="not-really"),
        pytest.param("The Jenkins account is a mess, honestly.", True, id="their-own-word"),
    ],
)
def test_a_word_they_turned_down_is_not_theirs(said: str, grounded: bool) -> None:
    """ "Jenkins account? No.": the manager's made-up word, said back only to turn it down, is
    not the employee's; taking it up again grounds nothing."""
    history: list[tuple[Speaker, str]] = [("employee", said)]
    a = assess("What would help most with the Jenkins account?", history)
    assert ("jenkins" in " ".join(a.grounding).lower()) is grounded, a.grounding


@pytest.mark.parametrize(
    ("earlier", "then", "again"),
    [
        pytest.param(
            ("How are you doing with it?",),
            "How are you doing with it?",
            True,
            id="word-for-word",
        ),
        pytest.param(
            ("How are you doing with it?",),
            "Okay. How are you doing with it, though, honestly?",
            False,
            id="one-re-ask-with-fillers-is-emphasis",
        ),
        pytest.param(
            ("How are you doing with it?", "How are you really doing with it?"),
            "Okay. How are you doing with it right now, honestly?",
            True,
            id="fillers-rotated-on-a-question-asked-twice",
        ),
        pytest.param(
            ("What would help?", "What would really help?"),
            "What would help with staging specifically?",
            False,
            id="a-question-taken-further-is-new",
        ),
    ],
)
def test_a_question_asked_again(earlier: tuple[str, ...], then: str, again: bool) -> None:
    """The same question again, word for word, or with fillers rotated on it once it has been
    asked twice, is asked again; one emphatic re-ask, or a question taken further with their
    words, is not."""
    history: list[tuple[Speaker, str]] = [("employee", _TALK)]
    for q in earlier:
        history += [("manager", q), ("employee", _TALK)]
    assert assess(then, history).asked_again is again


@pytest.mark.parametrize(
    ("line", "own"),
    [
        pytest.param(
            "It sounds like staging has really been weighing on you. What else?",
            False,
            id="their-word-in-a-template",
        ),
        pytest.param(
            "So: payment type, staging, falling over. Genuinely. Tell me more.",
            False,
            id="their-words-listed-with-a-manner-adverb",
        ),
        pytest.param(
            "So staging keeps falling over. Why do you think that is?",
            False,
            id="their-words-and-a-stock-prompt",
        ),
        pytest.param(
            "Staging falling over, mind. Typical. Ha. Go on then, what else?",
            False,
            id="their-words-with-interjections",
        ),
        pytest.param(
            "Staging falling over. Grand. Tidy. What else?",
            False,
            id="their-words-with-tics-standing-alone",
        ),
        pytest.param(
            "So staging falling over has been on your mind all week.",
            True,
            id="mind-with-a-meaning",
        ),
        pytest.param(
            "So no proper load testing before the payment type went in.",
            True,
            id="proper-with-a-meaning",
        ),
        pytest.param(
            "So staging falls over just when the new payment type needs it most. Exhausting.",
            True,
            id="a-feeling-of-the-manager-s-own",
        ),
        pytest.param(
            "Sounds like product moved the goalposts on you mid-sprint.",
            True,
            id="a-meaning-of-the-manager-s-own",
        ),
    ],
)
def test_what_a_turn_adds_of_the_manager_s_own(line: str, own: bool) -> None:
    """A turn adds something of the manager's own unless it is only their words in a
    listening frame, whatever manner adverb or interjection ("mind", "typical") is tacked on
    (the engine's echo habit and the scorer both read this)."""
    assert assess(line, _SAID_LAUNCH).adds_own is own


def test_with_no_context_every_turn_adds_its_own() -> None:
    """With nothing said yet, nothing can be said back: the flag stays at its default."""
    assert assess("It sounds like staging has really been weighing on you.", []).adds_own


@pytest.mark.parametrize(
    ("line", "life"),
    [
        pytest.param("You sound flat out this week.", None, id="flat-out-is-busy"),
        pytest.param("You seem a bit flat today.", None, id="flat-is-a-mood"),
        pytest.param("So your flat has been freezing all month.", "flat", id="your-flat-is-a-home"),
    ],
)
def test_a_word_that_is_also_an_adjective_names_a_home_only_as_a_noun(
    line: str, life: str | None
) -> None:
    """ "Flat" is their home only after a determiner ("your flat"); "you sound flat out" says
    they are busy, and "flat" alone is a mood: neither makes up a part of their life."""
    assert assess(line, _SAID_LAUNCH).unmentioned_life == life


_SAID_HOME = [
    ("employee", "Shouted at my lad on Sunday for asking for a lift."),
    ("employee", "My base doesn't cover the mortgage, the commission does."),
]


@pytest.mark.parametrize(
    ("line", "life"),
    [
        pytest.param("You shouted at your son over a lift.", None, id="son-for-lad"),
        pytest.param("And the commission is what keeps the house.", None, id="house-for-mortgage"),
        pytest.param("You shouted at your daughter over a lift.", "daughter", id="daughter"),
    ],
)
def test_their_life_in_the_manager_s_own_words_is_not_made_up(line: str, life: str | None) -> None:
    """ "Your son" for "my lad" and "the house" for "the mortgage" say their life in the manager's
    words (blind set 9's skilled voices were corrected for them); a daughter they never
    mentioned is still made up."""
    assert assess(line, _SAID_HOME).unmentioned_life == life


_SAID_PR = [
    ("employee", "Two people approved the PR, and I still blame myself for the config change."),
    ("employee", "I want the process fixed so it can't happen to anyone else."),
]


@pytest.mark.parametrize(
    ("line", "counterweight", "own"),
    [
        pytest.param(
            "On the one hand, two people approved the PR; on the other hand, you clearly care"
            " about doing a good job. Which side feels bigger?",
            "you clearly care about doing a good job",
            False,
            id="a-stock-side-slotted-in",
        ),
        pytest.param(
            "Part of you wants the process fixed, and part of you still blames yourself for the"
            " config change.",
            None,
            True,
            id="both-sides-theirs",
        ),
        pytest.param(
            "Part of you still blames yourself for the config change.",
            None,
            True,
            id="one-sided-is-no-double-reflection",
        ),
    ],
)
def test_a_double_sided_reflection_needs_both_sides_from_them(
    line: str, counterweight: str | None, own: bool
) -> None:
    """A double-sided reflection whose side takes up nothing of theirs beyond everyday words
    ("you clearly care about doing a good job") reports that side as a counterweight and adds
    nothing of the manager's own; ambivalence they expressed on both sides is a reflection."""
    a = assess(line, _SAID_PR)
    assert a.counterweight == counterweight
    assert a.adds_own is own


def test_praise_in_a_counterweight_is_stock_praise() -> None:
    """Praise that sits in the stock side ("part of you really cares about getting it right")
    credits nothing they did."""
    line = (
        "On the one hand, you want the process fixed; on the other hand, you really care about"
        " getting it right."
    )
    a = assess(line, _SAID_PR)
    assert Move.RECOGNITION in a.moves
    assert a.stock_praise
    assert not assess("You really care about getting the process fixed.", _SAID_PR).stock_praise


_SAID_PATCH: list[tuple[Speaker, str]] = [
    (
        "employee",
        "Half my warm accounts went to Liam, and the patch I came back to is all tyre-kickers.",
    )
]


@pytest.mark.parametrize(
    ("history", "line", "own"),
    [
        pytest.param(
            _SAID_PR,
            "It's completely understandable, with the PR and the config change.",
            False,
            id="validation-formula",
        ),
        pytest.param(
            _SAID_PR,
            "Of course you'd feel that way about the config change.",
            False,
            id="of-course-you-would-feel",
        ),
        pytest.param(
            [*_SAID_PR, ("manager", "What's underneath that?")],
            "It sounds like the config change and the PR. What's underneath that?",
            False,
            id="a-stock-question-said-before-adds-nothing",
        ),
        pytest.param(
            _SAID_PR,
            "It sounds like the config change and the PR. What's underneath that?",
            False,
            id="a-question-tacked-on-adds-nothing-to-what-is-said",
        ),
        pytest.param(
            _SAID_PR,
            "So the config change has been sitting on your shoulders alone. What's underneath?",
            True,
            id="own-words-in-what-is-said",
        ),
        pytest.param(
            _SAID_PATCH,
            # (A list of their words alone is no reflection at all: test_reflection_forms.)
            "Adding three: the patch is all tyre-kickers. Which weighs most?",
            False,
            id="their-words-counted-off-in-a-list",
        ),
    ],
)
def test_validation_formulas_and_repeated_lines_add_nothing_of_the_manager_s_own(
    history: list[tuple[Speaker, str]], line: str, own: bool
) -> None:
    """Their words inside a validation formula ("no wonder, with X") add nothing of the
    manager's own, nor does a stock line said before ("What's underneath that?" again), a
    question tacked onto their words said back (what a turn adds is in what it says: blind set
    10's scaler), or numbers counting their words off in a list (blind set 10's ledger)."""
    assert assess(line, history).adds_own is own


_LAUNCH = [
    (
        "employee",
        "Product added split-tender payments on Monday, staging falls over every time someone"
        " runs a load test, and I'm the only one on the settlement code.",
    )
]


@pytest.mark.parametrize(
    ("line", "slotted"),
    [
        pytest.param("What's the hardest part about the settlement code for you?", True, id="q"),
        pytest.param("I really appreciate how you've handled the load test.", True, id="praise"),
        pytest.param("There's no judgment here at all about staging.", True, id="safety"),
        pytest.param("So it sounds like staging has been on your mind lately.", True, id="mind"),
        pytest.param("What would help with the settlement code?", True, id="help"),
        pytest.param(
            "Staging falling over, and you alone on settlement. That's a lot riding on one person.",
            False,
            id="two-things-and-a-meaning",
        ),
        pytest.param(
            "Split-tender dropped on you Monday. That's scope creeping under your feet.",
            False,
            id="own-words-around-theirs",
        ),
        pytest.param("What's been the hardest part for you?", False, id="nothing-of-theirs"),
    ],
)
def test_a_stock_line_with_one_phrase_of_theirs_is_slotted(line: str, slotted: bool) -> None:
    """One phrase of theirs in a line whose other words are a stock line's own is a slot
    filled (a checklist with their nouns); two things of theirs, or a word of the manager's
    own, is not; a line with nothing of theirs fills no slot."""
    assert assess(line, _LAUNCH).slotted is slotted


@pytest.mark.parametrize(
    ("line", "amplified"),
    [
        pytest.param(
            "It sounds like staging falling over has been an unbearable, crushing load.",
            "unbearable",
            id="melodrama",
        ),
        pytest.param("You must be absolutely furious about Monday.", "furious", id="furious"),
        pytest.param("That sounds exhausting, with staging down again.", None, id="their-size"),
        pytest.param("You feel betrayed by Product.", None, id="their-own-word"),
    ],
)
def test_a_feeling_made_bigger_than_they_said_it_is_amplified(
    line: str, amplified: str | None
) -> None:
    """A reflection or sympathy that makes things bigger than they put them ("unbearable",
    "furious") is amplified; a feeling their size, or their own strong word, is not."""
    said = [*_LAUNCH, ("employee", "Honestly I felt betrayed when Product did that.")]
    assert assess(line, said).amplified == amplified


@pytest.mark.parametrize(
    ("employee", "grounded"),
    [
        pytest.param("Lisbon? No. Mortified, mostly.", False, id="thrown-back-with-no"),
        pytest.param("Lisbon? Where did that come from?", False, id="where-did-that-come-from"),
        pytest.param("Lisbon? Yeah, the offsite there was rough.", True, id="taken-up-with-yeah"),
        pytest.param("Lisbon? No. Lisbon was fine, it's the slides.", True, id="said-again"),
    ],
)
def test_a_word_they_only_throw_back_is_not_theirs(employee: str, grounded: bool) -> None:
    """A word of the manager's that they only repeat to turn it down ("Lisbon? No.") is not
    theirs, so a later turn built on it takes up nothing; a word they go on to use is theirs
    (blind set 9's nonsense manager was grounded by the employee's own denials)."""
    history = [("employee", "I've started the incident timeline."), ("employee", employee)]
    a = assess("So the Lisbon offsite is still with you.", history)
    assert ("lisbon" in [g.lower() for g in a.grounding]) is grounded


@pytest.mark.parametrize(
    ("line", "grounding"),
    [
        pytest.param("I think the rota is only part of it.", (), id="only"),
        pytest.param("You want someone to notice.", (), id="someone"),
        pytest.param("So the settlement code sits with you alone.", ("code",), id="content"),
    ],
)
def test_indefinites_and_degree_words_are_nobody_s_own(
    line: str, grounding: tuple[str, ...]
) -> None:
    """ "Only" and "someone" take up nothing of "I'm the only one someone asks about the
    settlement code" (blind set 9's cold reader was grounded by them); "code" does."""
    said = [("employee", "I'm the only one someone asks about the settlement code.")]
    assert assess(line, said).grounding[:1] == grounding


@pytest.mark.parametrize(
    ("line", "grounded"),
    [
        pytest.param("No notes, no record, so just say it.", False, id="no-notes"),
        pytest.param("So the retry logic is half done.", True, id="their-content"),
    ],
)
def test_an_acknowledgement_gives_nothing_to_take_up(line: str, grounded: bool) -> None:
    """ "Yeah. Noted." is an acknowledgement: "no notes, no record" takes up nothing of it
    (blind set 13's secrecy gamer was grounded by it); what they said before still counts."""
    said = [("employee", "I'm halfway through the retry logic."), ("employee", "Yeah. Noted.")]
    assert bool(assess(line, said).grounding) is grounded


def test_a_reply_behind_is_stale_and_an_answer_to_the_latest_is_not() -> None:
    """A turn that says back a good share of an earlier reply and none of the latest answers
    what they said before (``stale``, counted with said-back turns); the same words after a
    reply that they take up, or after a bare backchannel, are not stale."""
    history: list[tuple[Speaker, str]] = [
        ("employee", "Every time staging dies I lose half a day re-seeding test data."),
        ("manager", "What's that been like?"),
        (
            "employee",
            "My dad had a stroke nine days ago. I go straight to the hospital after work.",
        ),
    ]
    behind = "Every time staging dies you lose half a day re-seeding test data. That's a lot."
    a = assess(behind, history)
    assert a.stale and a.says_back
    now = "Your dad had a stroke nine days ago. I'm so sorry. How are you holding up?"
    assert not assess(now, history).stale
    backchannel = [*history[:2], ("employee", "Okay.")]
    assert not assess(behind, backchannel).stale
