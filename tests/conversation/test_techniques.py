"""Pins the employee's answer to listening techniques used as habits, through real sessions
(real assessment, real scripted partner): a word of theirs lifted from each reply and asked
about ("What do you mean by 'X'?"), and question after question with nothing heard back in
between. Each works once or twice, as it does with a person; as a habit it earns nothing, and
the reason says so. Also pledges of safety and invented observations of their body before
every bare question. Our own wordings, not any blind set's."""

from __future__ import annotations

import pytest

from simulator.content import catalog
from simulator.conversation.scripted import ScriptedPartner
from simulator.conversation.session import Session


def _session(persona_id: str) -> Session:
    return Session(catalog.get_persona(persona_id), ScriptedPartner(seed=0))


def _reasons(s: Session) -> list[str]:
    return [c.reason for c in s.records[-1].changes]


def test_asking_what_each_word_means_is_a_technique_after_two() -> None:
    """Asking what a word of theirs means earns as a question twice; the third time, about
    another word, earns nothing and the reason names the habit."""
    s = _session("launch-engineer")
    for word in ("twenty", "halfway"):
        s.respond(f"You said '{word}'. What do you mean by '{word}'?")
        assert not any("technique" in r for r in _reasons(s)), _reasons(s)
    s.respond("When you say 'retry', what does that word mean to you?")
    assert any("a technique again" in r for r in _reasons(s)), _reasons(s)
    assert s.records[-1].trust_delta <= 0


@pytest.mark.parametrize(
    "third",
    [
        pytest.param(
            "That sounds hard. 'On my own' - what does that phrase hold for you?", id="hold"
        ),
        pytest.param(
            "When you say 'the queue', what does 'queue' mean for you right now?", id="quoted"
        ),
        pytest.param("'Flat out' - what's behind that phrase for you?", id="behind"),
        pytest.param("If I said the word 'rest', what would it mean to you?", id="if-i-said"),
    ],
)
def test_the_same_technique_in_other_frames(third: str) -> None:
    """Blind set 26 varied the frame around a word of theirs ("what does that phrase hold for
    you?", "what's behind that phrase?"): the third, in any of them, is the technique again."""
    s = _session("launch-engineer")
    for word in ("twenty", "halfway"):
        s.respond(f"You said '{word}'. What do you mean by '{word}'?")
    s.respond(third)
    assert any("a technique again" in r for r in _reasons(s)), _reasons(s)


@pytest.mark.parametrize(
    ("fourth", "interviewed"),
    [
        pytest.param("What happens at the launch sync?", True, id="a-fourth-question"),
        pytest.param(
            "Nine days of nights at the hospital and the launch on top. That sounds exhausting."
            " What happens at the launch sync?",
            False,
            id="heard-then-asked",
        ),
    ],
)
def test_question_after_question_is_an_interview(fourth: str, interviewed: bool) -> None:
    """Three questions in a row that follow their words earn; a fourth with nothing heard back
    since (no reflection, kindness or recognition) earns nothing, however well it follows
    them; the same question after something heard back earns again."""
    s = _session("launch-engineer")
    for line in (
        "What's the retry logic for?",
        "What's made the launch so hard?",
        "What does staging falling over cost you?",
    ):
        s.respond(line)
        assert not any("interviewed" in r for r in _reasons(s)), _reasons(s)
    s.respond(fourth)
    assert any("feels interviewed" in r for r in _reasons(s)) is interviewed, _reasons(s)


@pytest.mark.parametrize("persona_id", ["new-hire", "launch-engineer", "quota-rep"])
def test_a_casual_praise_frame_on_repeat_does_not_pay(persona_id: str) -> None:
    """This round made "Cool that you X" count as praise. Said every turn around a word of
    theirs with "What else?", it opens at most one layer, wins nothing, and scores far below a
    skilled manager: the route the new wording could open stays shut."""
    from simulator.scoring.scorer import score

    s = _session(persona_id)
    last = s.persona.opening_line
    for _ in range(10):
        if s.ended:
            break
        words = [w.strip(".,?!'").lower() for w in last.split() if len(w) > 5]
        last = s.respond(f"Cool that you mentioned the {words[0] if words else 'work'}. What else?")
    state = s.engine.state
    assert len(state.disclosed) <= 1 and not state.committed
    assert score(s.transcript(), catalog.get_rubric()).overall < 2.5


@pytest.mark.parametrize(
    ("between", "interviewed"),
    [
        pytest.param(
            "That's a great instinct. What would you do first?", True, id="generic-praise"
        ),
        pytest.param("What's made the launch so hard?", True, id="a-question-again"),
        pytest.param(
            "Nine days of nights at the hospital and the launch on top. That sounds exhausting."
            " What would you do first?",
            False,
            id="heard-back",
        ),
    ],
)
def test_generic_praise_or_a_repeat_does_not_break_an_interview(
    between: str, interviewed: bool
) -> None:
    """Generic praise between questions hears nothing back, and a question asked again is
    still a question: neither resets the count, so two questions, one of those, and a fourth
    question make an interview. A reflection of their words does reset it."""
    s = _session("launch-engineer")
    for line in ("What's the retry logic for?", "What's made the launch so hard?"):
        s.respond(line)
    s.respond(between)  # the third turn in a row, if it hears nothing back
    s.respond("What happens at the launch sync?")
    assert any("feels interviewed" in r for r in _reasons(s)) is interviewed, _reasons(s)


def test_a_reply_behind_as_a_habit_earns_nothing() -> None:
    """Each turn says back what they said the reply before last, never their latest (our own
    script of the trick): the first two earn, as going back now and then does; after that it
    is a habit, earns nothing, and the reason says the manager answered what they said before."""
    s = _session("launch-engineer")
    said = [s.persona.opening_line]
    for i in range(8):
        if s.ended:
            break
        said.append(s.respond(_behind(said, i)))
    reasons = [c.reason for r in s.records for c in r.changes]
    assert s.engine.state.stale > 2, reasons
    assert any("answers what they said before" in r for r in reasons), reasons


_TURNED = {"i": "you", "i'm": "you're", "i've": "you've", "i'd": "you'd", "my": "your", "me": "you"}
_ASKS = (
    "What's that been like?",
    "How has that been for you?",
    "What's the hardest part of that?",
    "How are you finding it?",
    "What does that mean for you?",
    "How is that sitting with you?",
)


def _behind(said: list[str], i: int) -> str:
    """Their reply before last, turned to "you", with a question."""
    line = said[-2] if len(said) > 1 else said[-1]
    turned = " ".join(_TURNED.get(w.lower(), w) for w in line.split())
    return f"So {turned} {_ASKS[i % len(_ASKS)]}"


@pytest.mark.parametrize(
    ("persona_id", "line", "word"),
    [
        pytest.param(
            "new-hire", "Of course you can. I'm listening.", "course", id="of-course-you-can"
        ),
        pytest.param(
            "quota-rep",
            "I hear you, and whatever you're feeling is completely valid.",
            "whatever",
            id="whatever-you-feel",
        ),
    ],
)
def test_no_word_of_a_phrase_is_corrected_as_made_up(persona_id: str, line: str, word: str) -> None:
    """Blind set 16 found the employee answering "Course? Ha. No." to "Of course you can" and
    "Whatever? No." to a validation formula: words that name nothing are never corrected as
    things the manager made up."""
    s = _session(persona_id)
    reply = s.respond(line)
    assert not reply.lower().startswith(f"{word}?"), reply
    assert not any(f"'{word}'" in r for r in _reasons(s)), _reasons(s)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("You're doing a great job. What else?", id="generic-praise"),
        pytest.param("I know this is hard. What else is going on?", id="i-know-this-is-hard"),
        pytest.param("Good call. Today I talk to the team about it.", id="good-call-and-a-plan"),
    ],
)
@pytest.mark.parametrize("persona_id", ["new-hire", "quota-rep"])
def test_this_rounds_new_wordings_on_repeat_do_not_pay(persona_id: str, line: str) -> None:
    """Generic praise, everyday validation, "good call" and a commitment in the simple present
    now count as moves. Said every turn with nothing of theirs, none opens more than one layer,
    wins a commitment, or scores near a skilled manager."""
    from simulator.scoring.scorer import score

    s = _session(persona_id)
    for _ in range(10):
        if s.ended:
            break
        s.respond(line)
    state = s.engine.state
    assert len(state.disclosed) <= 1 and not state.committed
    assert score(s.transcript(), catalog.get_rubric()).overall < 2.5


# Blind set 28's two tricks in our own words: a pledge of safety before every bare question,
# and an invented observation of their body or voice before every one (a session is typed).
_SAFE_HARBOUR = [
    "Before we start: none of this goes on file. Nothing you say here will ever be held against"
    " you. How are things?",
    "You're completely safe here, and it stays between us. What else is on your mind?",
    "No consequences, whatever you tell me. Nobody's judging you in this room. What's really"
    " going on?",
    "That's safe to say. It won't reach anyone else. What else haven't you said out loud?",
    "Off the record, always. Your job is safe. Anything you'd like to add?",
    "Nothing you tell me leaves this room. What else would you want me to know?",
    "It's strictly confidential, no repercussions. What's underneath all that?",
    "You're protected here. What would you need from me?",
    "Between you and me, no fallout. Anything else you need?",
    "Let's meet again Thursday at 10, same promise: off the record. Deal?",
]

_WATCHER = [
    "I noticed your shoulders drop when you sat down. What's going on?",
    "You paused just then, and your voice went quiet. What's that about?",
    "I can see it in your face. What's really happening?",
    "Your jaw tightened on that last bit. What's underneath it?",
    "You glanced away as you said it. What are you not saying?",
    "There's a catch in your voice now. What else is there?",
    "I saw you take a deep breath. What's weighing on you?",
    "Your hands went still. What would help?",
    "You smiled a little at that. What else do you need?",
    "Let's meet Thursday at 10 to go through it. Deal?",
]


@pytest.mark.parametrize("persona_id", sorted(catalog.personas()))
@pytest.mark.parametrize(
    "lines", [pytest.param(_SAFE_HARBOUR, id="safe-harbour"), pytest.param(_WATCHER, id="watcher")]
)
def test_pledges_or_observations_before_bare_questions_open_no_second_layer(
    persona_id: str, lines: list[str]
) -> None:
    """Safety pledged, or their face and voice "read", before every stock question: a pledge is
    room given (it hears nothing they said) and an observation says back nothing they told, so
    at most the first layer opens and no plan is agreed."""
    s = _session(persona_id)
    for line in lines:
        if s.ended:
            break
        s.respond(line)
    assert len(s.engine.state.disclosed) <= 1, s.engine.state.disclosed
    assert not s.engine.state.committed
