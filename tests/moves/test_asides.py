"""Pins that their words inside a pledge of safety, an observation of their body or voice, or the
manager's verdict on someone else say back nothing they told (blind set 28's safe-harbour
pledge and nonverbal cold read, set 29's villain bonding) or a claim about what other people
say or go through (set 31's bandwagon normaliser) or a remark on the form of their words (set
34's grammar sleuth: "a two-word sentence", "the 'but' cancels it") or filed in a record (set
36's action-item stenographer: "Capturing: ...", "owner you"), that an
idiom's words ("off the table") and a formula's ("a heavy load", "I noticed") take up nothing of
theirs, and that the same words said back in a sentence of their own still reflect.

Our own wordings: the employee's line first, then the manager's.
"""

from __future__ import annotations

import pytest

from simulator.moves import Move, assess, names_a_feeling

SAID = (
    "The on-call rota is a mess. I did the weekend again, and Karim never even noticed. I've "
    "been going over the incident notes at my kitchen table till midnight, and every load test "
    "breaks staging. I said it carefully in standup, but nothing changed. The vendors never get"
    " back to me."
)

NOT_REFLECTIONS = [
    # Their words filed in a record (blind set 36's action-item stenographer), whatever the
    # label's word ("adding" after their "added").
    pytest.param(
        "Capturing: you did the weekend again and Karim never noticed, and you go over the"
        " incident notes at your kitchen table till midnight.",
        id="record-capturing",
    ),
    pytest.param(
        "Noted under impact: you did the weekend again, and Karim never noticed.",
        id="record-noted-under",
    ),
    pytest.param(
        "Adding to the template: the vendors never get back to you, and every load test breaks"
        " staging.",
        id="record-adding-to-the-template",
    ),
    pytest.param(
        "Let me jot that down. Every load test breaks staging. Owner you, by Friday.",
        id="record-jot-and-items",
    ),
    # A decision declared final (blind set 34's blunt manager), whatever words of theirs it names.
    pytest.param("The rota isn't moving, that's been decided.", id="final-rota"),
    pytest.param(
        "Good, because the weekend rota is not up for debate.", id="final-not-up-for-debate"
    ),
    # A remark on the form of their words (blind set 34's grammar sleuth).
    pytest.param(
        "'Every load test breaks staging' - a five-word sentence with no 'I' in it. Go on.",
        id="form-word-count",
    ),
    pytest.param(
        "'I said it carefully' - you've said 'carefully' twice now. What else?", id="form-twice"
    ),
    pytest.param(
        "'The weekend again' - the 'again' carries it. And 'never' versus 'again'.",
        id="form-the-word-carries",
    ),
    pytest.param("'The vendors never get back to me' - the pronoun shifts. Go on.", id="pronoun"),
    pytest.param("You're safe saying that; it won't reach Karim. What else?", id="wont-reach"),
    pytest.param(
        "Off the record, the rota stays between us. Anything else on your mind?",
        id="off-the-record",
    ),
    pytest.param("Nobody's judging the weekend work in this room. Go on.", id="nobody-judging"),
    pytest.param(
        "You don't need to be careful with me. Say it however it comes out.",
        id="leave-to-speak",
    ),
    pytest.param(
        "Done, and I won't tell Karim why; your reasons stay confidential. Anything else?",
        id="wont-tell",
    ),
    pytest.param(
        "It won't reach anyone, I promise. What's the on-call rota like at weekends?",
        id="their-words-only-in-the-question",
    ),
    pytest.param(
        "Your voice dropped when you said 'the weekend'. I noticed. What's that about?",
        id="voice-dropped",
    ),
    pytest.param(
        "I saw you glance away at 'the incident notes'. What was in that glance?",
        id="saw-you-glance",
    ),
    pytest.param(
        "You feel it won't reach Karim. What else?", id="a-pledge-dressed-as-their-feeling"
    ),
    pytest.param(
        "Whoever set up that on-call rota should be ashamed. What else?", id="siding-ashamed"
    ),
    pytest.param("Karim never noticed the weekends? That's a disgrace.", id="siding-disgrace"),
    pytest.param(
        "You went a bit tight around the mouth on the weekend rota. I saw it. What's there?",
        id="around-the-mouth",
    ),
    pytest.param(
        "Your eyes said otherwise when you got to the weekend rota. What's there?",
        id="your-eyes-said",
    ),
    pytest.param(
        "There's a tiredness in your voice on 'midnight'. What's behind it?",
        id="in-your-voice",
    ),
    pytest.param(
        "Everyone who's done a weekend on that rota tells me the same: nobody noticed. Very "
        "common.",
        id="crowd-tells-me-the-same",
    ),
    pytest.param(
        "Most people in your spot say the kitchen table at midnight is the worst of it.",
        id="crowd-in-your-spot",
    ),
    pytest.param(
        "Staging breaking on every load test is a really common one, honestly. What else?",
        id="crowd-common",
    ),
    pytest.param(
        "You're not the only one whose weekends went unnoticed. Nearly every engineer I manage "
        "has said that.",
        id="crowd-not-the-only-one",
    ),
    pytest.param(
        "Going over incident notes till midnight, loads of people I've managed do that.",
        id="crowd-do-that",
    ),
]


@pytest.mark.parametrize("text", NOT_REFLECTIONS)
def test_their_words_in_a_pledge_or_an_observation_are_no_reflection(text: str) -> None:
    """However many of their words a pledge, an observation of their body or a claim about
    what other people say or go through holds, it says back nothing they told: no
    reflection, and no move earned as one. A question beside it
    that holds their words follows them; it does not say them back either."""
    a = assess(text, [("employee", SAID)])
    assert Move.REFLECTION not in a.moves, a.cues


STILL_REFLECTIONS = [
    # A promise of how it will come is no record; their own "action items" said back are theirs.
    pytest.param(
        "In writing: the weekend again, and Karim never noticed. I'll send it today.",
        id="in-writing-is-a-promise",
    ),
    # A final decision as one clause of a longer reflection keeps the rest.
    pytest.param(
        "So that's a lot: the weekend again with the rota not changing, every load test breaking"
        " staging, and the vendors never getting back to you.",
        id="final-inside-a-reflection",
    ),
    # Their words as what they meant, not as grammar.
    pytest.param(
        "That's the whole rota in one sentence: you did the weekend again and nobody noticed.",
        id="in-one-sentence",
    ),
    pytest.param(
        "You did the weekend again without a word from Karim.", id="without-a-word-is-content"
    ),
    pytest.param(
        "You did the weekend again, and it's all a bit tense with Karim.", id="tense-is-a-feeling"
    ),
    # A remark on their words beside what they meant, in one sentence (from a review of the rule).
    pytest.param(
        "You said 'carefully' twice, and it sounds like nothing changed however you put it.",
        id="remark-then-meaning",
    ),
    pytest.param(
        "It's a big question mark over the rota: you did the weekend again and nobody noticed.",
        id="question-mark-idiom",
    ),
    pytest.param(
        "You did the weekend again and Karim never noticed. And it stays between us.",
        id="a-sentence-of-its-own-then-a-pledge",
    ),
    pytest.param(
        "Staging breaks on every load test, and you're up at the kitchen table till midnight.",
        id="no-aside-at-all",
    ),
    pytest.param(
        "It's weighing on your shoulders: the rota, the weekends, the notes till midnight.",
        id="a-burden-idiom-is-no-observation",
    ),
    pytest.param(
        "The weekends opened your eyes, and Karim never even noticed them.",
        id="opened-your-eyes-is-an-idiom",
    ),
    pytest.param(
        "You looked up the incident notes till midnight, and staging still breaks.",
        id="looked-up-is-no-gesture",
    ),
    pytest.param(
        "You're worried nobody will know how much the weekend rota took.",
        id="their-fear-in-a-pledges-words",
    ),
    pytest.param(
        "You're worried Karim won't share the rota with the team.", id="their-fear-of-a-refusal"
    ),
    pytest.param("So the vendors never get back to you now.", id="their-phrase-without-content"),
    pytest.param(
        "You did the weekend again and Karim never noticed, like everybody else on the rota.",
        id="like-everybody-else-is-no-crowd-claim",
    ),
    pytest.param(
        "Karim never noticed the weekends, and you said it carefully in standup, to everyone.",
        id="to-everyone-is-no-crowd-claim",
    ),
    pytest.param(
        "You did the weekend again, and Karim never noticed. Lots of people would be angry.",
        id="a-reflection-beside-a-normalising-line",
    ),
    pytest.param(
        "You're up at the kitchen table till midnight over the incident notes, and honestly, "
        "you're not the first lead to feel that.",
        id="a-normalising-clause-beside-a-reflection",
    ),
    pytest.param(
        "It stings that other people got the credit for the weekend rota you did.",
        id="a-group-whose-verb-is-theirs",
    ),
    pytest.param(
        "Karim never noticed the weekends, when you all did that rota.",
        id="you-all-is-them",
    ),
    pytest.param(
        "So the thing that's common to every load test is staging breaking.",
        id="common-to-is-no-normalising",
    ),
]


@pytest.mark.parametrize("text", STILL_REFLECTIONS)
def test_their_words_in_a_sentence_of_their_own_still_reflect(text: str) -> None:
    """Their words said back in a sentence of their own reflect, whatever pledge sits beside
    them; "on your shoulders" is a burden, not a body watched."""
    assert Move.REFLECTION in assess(text, [("employee", SAID)]).moves


IDIOMS = [
    pytest.param("With that off the table, what would help?", "table", id="off-the-table"),
    pytest.param("That changes nothing about how I see you.", "changed", id="changes-nothing"),
    pytest.param("For the record, what's the hardest part?", "record", id="for-the-record"),
    pytest.param("Anything you'd like to add?", "add", id="anything-to-add"),
    pytest.param("What are you doing that nobody knows about?", "obody", id="nobody-is-no-content"),
    pytest.param("Coming in today was a brave call.", "call", id="a-brave-call"),
    pytest.param("You're stronger than you give yourself credit for.", "give", id="give-credit"),
]


@pytest.mark.parametrize(("text", "word"), IDIOMS)
def test_an_idioms_words_take_up_nothing_of_theirs(text: str, word: str) -> None:
    """ "Off the table" after their "kitchen table", "changes nothing" after their "nothing
    changed", "anything to add?" after "Product added", "a brave call" after "a call at two":
    an idiom's words are nobody's, so the
    turn is not grounded in them; nor is it in "nobody", a word with no content."""
    said = (
        SAID + " The record shows it. Product added a feature. Nobody asked me. I've a call at"
        " two, so give me a sec."
    )
    a = assess(text, [("employee", said)])
    assert all(word not in g for g in a.grounding), a.grounding


@pytest.mark.parametrize(
    ("text", "feeling"),
    [
        pytest.param("Whoever set up that rota should be ashamed.", False, id="wished-on-them"),
        pytest.param("Karim ought to feel embarrassed.", False, id="ought-to-feel"),
        pytest.param("You must be exhausted.", True, id="theirs"),
        pytest.param("It must be exhausting.", True, id="their-situation"),
        pytest.param("I'd be furious in your place.", True, id="the-speaker-in-their-place"),
    ],
)
def test_a_feeling_wished_on_someone_else_is_not_theirs_named(text: str, feeling: bool) -> None:
    """ "Should be ashamed" of whoever wronged them names nobody's feeling of theirs: it does
    not reach the presence anchor that needs a feeling named back."""
    assert names_a_feeling(text) is feeling
