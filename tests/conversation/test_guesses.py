"""Guesses: after being corrected twice, the employee stops taking a word of theirs wrapped in
a story they never told as listening (real assessment, real scripted partner)."""

from __future__ import annotations

import pytest

from simulator.content import catalog
from simulator.conversation.scripted import ScriptedPartner
from simulator.conversation.session import Session

# Two reflections of things never said, each corrected ("Brother? Not really.").
_WRONG_TWICE = (
    "So the retry logic has you worried your brother will lose his job at the bank.",
    "It sounds like the twenty minutes is because your landlord is coming round to fix the boiler.",
)


@pytest.mark.parametrize(
    ("before", "line", "earns"),
    [
        pytest.param(
            _WRONG_TWICE,
            "So the retry logic is really about the budget freeze in procurement.",
            False,
            id="after-two-corrections-a-word-in-a-story-is-a-guess",
        ),
        pytest.param(
            _WRONG_TWICE,
            "So you've only got twenty minutes and you're halfway through the retry logic.",
            True,
            id="after-two-corrections-their-own-words-still-earn",
        ),
        pytest.param(
            _WRONG_TWICE[:1],
            "So the retry logic is really about the budget freeze in procurement.",
            True,
            id="one-correction-is-a-miss-not-a-habit",
        ),
    ],
)
def test_a_word_of_theirs_inside_another_guess(
    before: tuple[str, ...], line: str, earns: bool
) -> None:
    """Once two guesses have been corrected, a reflection built on a word or two of theirs
    ("retry logic") inside things they never mentioned (a budget freeze) earns no more than
    a formula; a reflection of what they actually said still earns, and one miss is no
    pattern."""
    s = Session(catalog.get_persona("launch-engineer"), ScriptedPartner(seed=0))
    for wrong in before:
        s.respond(wrong)
        assert s.last_outcome is not None and s.last_outcome.correction
    s.respond(line)
    reasons = [c.reason for c in s.records[-1].changes]
    assert any("reflected back" in r for r in reasons) is earns, reasons
    assert any("another guess" in r for r in reasons) is not earns, reasons


@pytest.mark.parametrize(
    ("line", "known", "made_up"),
    [
        pytest.param(
            "So the retry logic is really about the offsite in Lisbon.",
            "retry logic",
            "Lisbon",
            id="a-place-from-nowhere",
        ),
        pytest.param(
            "It sounds like the new intern has been rewriting your tests.",
            "tests",
            "intern",
            id="a-role-from-nowhere",
        ),
        pytest.param(
            "You feel the CTO doesn't rate your work.",
            "work",
            "CTO",
            id="an-acronym-from-nowhere",
        ),
        pytest.param(
            "So Jenna has been covering the go/no-go calls for you.",
            "jenna calls",
            None,
            id="a-name-they-said",
        ),
        pytest.param(
            "Jenna could take the calls. Would Thursday work for you?",
            "calls",
            None,
            id="sentence-start-and-a-day",
        ),
        pytest.param(
            "You said 'Who shipped this' and sixty people reacted.",
            "shipped sixty people reacted",
            None,
            id="a-quoted-line-starts-a-sentence",
        ),
        pytest.param(
            "Sounds like Slack has been relentless for you since the launch.",
            "launch",
            None,
            id="every-workplace-s-tools",
        ),
        pytest.param(
            "So the SLA reports have been eating your Fridays.",
            "reports",
            None,
            id="team-jargon-is-no-name",
        ),
        pytest.param(
            "So the slide at the all-hands credited the team, not you.",
            "slide hands team",
            None,
            id="a-hyphenated-event-they-named",
        ),
        pytest.param(
            "That's a lot of Saturdays you've given up.",
            "weekends",
            None,
            id="days-of-the-week-in-the-plural",
        ),
        pytest.param(
            "I was at the conference in Leeds last week. How are you?",
            "",
            None,
            id="a-sentence-about-the-speaker",
        ),
        pytest.param(
            "Oh, God love you, that's a lot on you.", "", None, id="a-blessing-names-no-one"
        ),
    ],
)
def test_made_up_names(line: str, known: str, made_up: str | None) -> None:
    """A place, person or work event named in a reflection, which neither they, the situation
    nor their story mention, is made up; names they said, days of the week, the first word of
    a sentence or quote, and sentences about the speaker are not."""
    from simulator.conversation._made_up import made_up_name
    from simulator.conversation._words import content_stems

    assert made_up_name(line, content_stems(known)) == made_up


def test_a_made_up_story_around_their_word_is_corrected() -> None:
    """ "So the retry logic is really about the offsite in Lisbon being cancelled": their words
    with a story at work made up around them earn nothing, and the employee corrects it."""
    s = Session(catalog.get_persona("launch-engineer"), ScriptedPartner(seed=0))
    s.respond("So the retry logic is really about the offsite in Lisbon being cancelled.")
    record = s.records[-1]
    assert record.correction == "Lisbon"
    assert record.trust_delta <= 0 and not record.good


def test_their_words_in_a_listening_frame_earn_twice_then_nothing() -> None:
    """ "So what I'm hearing is <their words, reordered>. What else?", turn after turn, with
    no word of the manager's own (no feeling, meaning or question of theirs): a summary works
    once or twice; as a habit they wait for something of yours."""
    s = Session(catalog.get_persona("launch-engineer"), ScriptedPartner(seed=0))
    for line in (
        "So what I'm hearing is the retry logic, twenty minutes. What else?",
        "So what I'm hearing is staging, load test, settlement code, split-tender payments,"
        " product, Monday. What else?",
        "So what I'm hearing is test data, a dedicated environment, August, staging dies, half"
        " a day. What else?",
    ):
        s.respond(line)
    reasons = [c.reason for c in s.records[-1].changes]
    assert any("waits for yours" in r for r in reasons), reasons
    assert s.records[-1].trust_delta <= 0


def test_a_manner_adverb_tacked_on_is_nothing_of_the_manager_s_own() -> None:
    """ "..., genuinely. What else?": an adverb tacked onto their words in a listening frame
    adds no feeling or meaning of the manager's, so the echo habit still counts the turn."""
    s = Session(catalog.get_persona("launch-engineer"), ScriptedPartner(seed=0))
    for line in (
        "So what I'm hearing is the retry logic, twenty minutes, genuinely. What else?",
        "So what I'm hearing is staging, load test, settlement code, split-tender payments,"
        " product, Monday, clearly. What else?",
        "So what I'm hearing is test data, a dedicated environment, August, staging dies, half"
        " a day, truly. What else?",
    ):
        s.respond(line)
    reasons = [c.reason for c in s.records[-1].changes]
    assert any("waits for yours" in r for r in reasons), reasons


def test_their_words_in_rotating_templates_earn_twice_then_nothing() -> None:
    """ "It sounds like X has really been weighing on you", "X matters a lot to you", "So X is
    a big part of this for you": the template's words are nothing of the manager's own, so
    three different templates around their words are an echo habit too."""
    s = Session(catalog.get_persona("launch-engineer"), ScriptedPartner(seed=0))
    for line in (
        "It sounds like the retry logic has really been weighing on you.",
        "So staging is a big part of this for you.",
        "I'm hearing that the settlement code matters a lot to you.",
    ):
        s.respond(line)
    reasons = [c.reason for c in s.records[-1].changes]
    assert any("waits for yours" in r for r in reasons), reasons


def test_a_reflection_with_a_word_of_the_manager_s_own_is_no_echo() -> None:
    """A reflection that adds a feeling or meaning of the manager's ("that sounds draining")
    to their words is not counted towards the echo habit."""
    s = Session(catalog.get_persona("quota-rep"), ScriptedPartner(seed=0))
    s.respond("So the number is sitting on you, and that sounds draining. What's been hardest?")
    reasons = [c.reason for c in s.records[-1].changes]
    assert not any("waits for yours" in r for r in reasons), reasons


def test_the_same_question_word_for_word_earns_once() -> None:
    """ "How does that sit with you, honestly?" asked again word for word, after a new
    reflection, is no new curiosity: the reflection may earn, the question earns nothing."""
    s = Session(catalog.get_persona("quota-rep"), ScriptedPartner(seed=0))
    s.respond("The number. How does that sit with you, honestly?")
    s.respond(
        "Coming back to a patch that isn't the one you left sounds disorienting, with half"
        " your warm accounts gone. How does that sit with you, honestly?"
    )
    record = s.records[-1]
    reasons = [c.reason for c in record.changes]
    assert record.repeat is False
    assert any("asked Aisha that before" in r for r in reasons), reasons
    assert not any("question" in r and "asked" not in r for r in reasons), reasons


def test_a_carousel_of_feelings_earns_twice_then_nothing() -> None:
    """ "You sound frustrated." "You sound exhausted." "You sound worried.": a different
    feeling guessed every turn, with nothing of theirs, earns twice as a feeling they implied;
    after that each is a formula, and it opens no more than one layer."""
    s = Session(catalog.get_persona("launch-engineer"), ScriptedPartner(seed=0))
    for feeling in ("frustrated", "exhausted", "worried", "overwhelmed", "stuck", "drained"):
        s.respond(f"You sound {feeling}.")
    implied = [r for r in s.records if any("implied" in c.reason for c in r.changes)]
    assert len(implied) == 2
    assert len(s.outcome().layers_disclosed) <= 1


@pytest.mark.parametrize(
    ("line", "implied"),
    [
        pytest.param(
            "That sounds like a lot to carry. Anything you'd like to share?", False, id="formula"
        ),
        pytest.param("You sound worn out. Anything you'd like to share?", True, id="said-to-them"),
    ],
)
def test_a_sympathy_formula_is_no_feeling_of_theirs_named(line: str, implied: bool) -> None:
    """ "That sounds like a lot to carry" is a sympathy formula however a question after it is
    worded: "you'd" in the question does not make it say how they are (blind set 25's formulas
    had opened a second layer with it). A feeling said to them is named."""
    s = Session(catalog.get_persona("new-hire"), ScriptedPartner(seed=0))
    s.respond("Thanks for making time. How are things going for you?")
    s.respond(line)
    reasons = [c.reason for c in s.records[-1].changes]
    assert any("implied" in r for r in reasons) is implied, reasons


@pytest.mark.parametrize(
    ("wrong", "count"),
    [
        pytest.param(2, 2, id="two-misses-leave-the-count"),
        pytest.param(3, 1, id="a-third-miss-takes-one-back"),
        pytest.param(4, 0, id="a-fourth-takes-another"),
    ],
)
def test_a_string_of_made_up_things_sets_the_next_layer_back(wrong: int, count: int) -> None:
    """Two wrong guesses are part of listening; from the third, each thing they never said
    takes a good turn back from the count towards the next layer, so a manager guessing at
    random between good turns does not get the deeper layers for free."""
    guesses = (
        *_WRONG_TWICE,
        "So the retry logic is really about the offsite in Lisbon next month.",
        "It sounds like your cat's vet bills are behind the twenty minutes.",
    )
    s = Session(catalog.get_persona("launch-engineer"), ScriptedPartner(seed=0))
    for line in (
        "Running on fumes. What's draining you most right now?",
        "Only you know the settlement code, and product keeps adding to it. How are you?",
        "Split-tender payments dropped on you Monday, and staging falls over under load. That's"
        " exhausting. What's the worst of it?",
        "So you're the only one who can touch the settlement code, and it's all landing on you."
        " What's that been like?",
    ):
        s.respond(line)
    assert s.engine.state.disclosed == ["launch-scope"]
    assert s.engine.state.good_since_disclosure == 2
    for line in guesses[:wrong]:
        s.respond(line)
        assert s.last_outcome is not None and s.last_outcome.correction, line
    assert s.engine.state.good_since_disclosure == count


def test_reassurance_after_an_apology_is_not_corrected() -> None:
    """ "Sorry, am I late?" "You're fine": putting someone at ease attributes no feeling to
    them, so the employee does not answer "Fine? No."."""
    s = Session(catalog.get_persona("new-hire"), ScriptedPartner(seed=0))
    s.respond("You're fine, we said two. How's the week treating you?")
    assert s.last_outcome is not None
    assert s.last_outcome.correction is None


@pytest.mark.parametrize(
    ("line", "corrected"),
    [
        pytest.param(
            "No hurry on it. You sound worn down. How has the week been?",
            None,
            id="a-remark-of-the-manager-s-own-is-not-a-guess",
        ),
        pytest.param(
            "Fair question, though. You sound stretched. What's on your mind right now?",
            None,
            id="a-question-restates-nothing",
        ),
        pytest.param(
            "No rush. You sound worried about the budget freeze.",
            "budget freeze",
            id="a-made-up-thing-about-them-is-still-corrected",
        ),
    ],
)
def test_only_what_is_said_about_them_can_be_made_up(line: str, corrected: str | None) -> None:
    """A feeling guessed for them ("you sound tired") inside the manager's own remarks ("No
    rush on the logic") or a question is not corrected for the remark's words; a thing they
    never mentioned, said about them, still is."""
    s = Session(catalog.get_persona("launch-engineer"), ScriptedPartner(seed=0))
    s.respond(line)
    assert s.last_outcome is not None
    assert s.last_outcome.correction == corrected


def test_the_same_praise_again_earns_little() -> None:
    """ "You really care about X", turn after turn: the first is recognition; the same praise
    wording again, however new the X, earns no more than generic praise."""
    s = Session(catalog.get_persona("launch-engineer"), ScriptedPartner(seed=0))
    s.respond("Halfway through the retry logic and still making time. You really care about this.")
    first = [c.reason for c in s.records[-1].changes]
    s.respond("Twenty minutes, squeezed in. You really care about the launch.")
    second = [c.reason for c in s.records[-1].changes]
    assert any("specific recognition" in r for r in first), first
    assert any("the same praise again" in r for r in second), second


def test_praise_in_a_stock_counterweight_is_generic() -> None:
    """Praise slotted in as the other side of their words ("on the other hand, you really care
    about getting it right") credits nothing they did: it earns as generic praise."""
    s = Session(catalog.get_persona("launch-engineer"), ScriptedPartner(seed=0))
    s.respond(
        "On the one hand, you're halfway through the retry logic; on the other hand, you really"
        " care about getting it right. Which side feels bigger?"
    )
    reasons = [c.reason for c in s.records[-1].changes]
    assert not any("specific recognition" in r for r in reasons), reasons
    assert any("generic praise" in r for r in reasons), reasons


def test_rotating_kinds_of_hollow_listening_is_one_habit() -> None:
    """A guessed feeling, bare sympathy and their words in a frame each earn a couple of times
    on their own; rotated, they count together, so from the fourth hollow turn of any kind
    nothing more is earned."""
    s = Session(catalog.get_persona("launch-engineer"), ScriptedPartner(seed=0))
    hollow = (
        "You sound exhausted.",
        "That sounds really hard.",
        "It sounds like the retry logic has really been weighing on you.",
        "You sound worried.",
    )
    for line in hollow:
        s.respond(line)
    reasons = [c.reason for c in s.records[-1].changes]
    assert s.engine.state.hollow == 4
    assert any("another guess" in r for r in reasons), reasons


def test_a_habit_of_your_own_stories_earns_nothing() -> None:
    """A moment of self-disclosure can help; from the third turn that tells a story of the
    manager's own ("I went through a reorg just like that"), the employee ends up listening
    to the manager, and the turn earns nothing."""
    s = Session(catalog.get_persona("launch-engineer"), ScriptedPartner(seed=0))
    for line in (
        "I was halfway through a launch like this once. How are you finding it?",
        "I used to juggle retry logic and releases myself. What's the hardest bit?",
        "I went through a launch just like that. What's going on with staging?",
    ):
        s.respond(line)
    reasons = [c.reason for c in s.records[-1].changes]
    assert s.engine.state.own_stories == 3
    assert any("story of your own" in r for r in reasons), reasons


def test_the_same_praise_frame_with_a_new_deed_is_the_same_praise() -> None:
    """ "You were right to flag X", then "you were right to raise Y": the frame is the praise,
    whatever deed is slotted in, so the second earns as generic praise."""
    s = Session(catalog.get_persona("launch-engineer"), ScriptedPartner(seed=0))
    s.respond("You were right to flag the retry logic. What's going on with it?")
    s.respond("You were right to raise the twenty minutes. What's eating your time?")
    reasons = [c.reason for c in s.records[-1].changes]
    assert any("the same praise again" in r for r in reasons), reasons


def test_praise_turn_after_turn_earns_as_generic_after_the_allowance() -> None:
    """A manager recognises a few real things; thanks for a different act every turn, a word
    of theirs slotted in, earns in full as often as the allowance says (two), then as generic
    praise."""
    from simulator.conversation._allowances import _RECOGNITION_HEARD

    s = Session(catalog.get_persona("launch-engineer"), ScriptedPartner(seed=0))
    for line in (
        "Thanks for being honest about the retry logic. What else?",
        "Thanks for owning the twenty minutes. What else?",
        "Thanks for sticking with the launch. What else?",
        "Thanks for raising the staging problem. What else?",
    ):
        s.respond(line)
    reasons = [c.reason for c in s.records[-1].changes]
    assert s.engine.state.recognised == _RECOGNITION_HEARD == 2
    assert any("praise turn after turn" in r for r in reasons), reasons
