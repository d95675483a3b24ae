"""Whole sessions: the employee opens up to real listening only, and reads like a person.

Every persona against every style in ``_styles``: gaming never uncovers more than one layer
or wins a commitment, blunt never gets one, skilled listening uncovers at least two layers on
average. Then the behaviours a manager notices, through real sessions (real assessment, real
scripted partner): answers, corrections, kindness, echoes of the plan, the closing turn.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from simulator.content import catalog
from simulator.conversation.engine import Reaction
from simulator.conversation.llm import LLMPartner, build_messages
from simulator.conversation.scripted import ScriptedPartner
from simulator.conversation.session import Session, SessionOutcome
from simulator.prompts import keyed_lines
from tests.conversation._styles import (
    GAMING,
    PERSONAS,
    Script,
    fixed_skilled,
    key_phrase,
    play,
    skilled,
)

CASES = [pytest.param(style, pid, id=f"{style}-{pid}") for style in GAMING for pid in PERSONAS]


@pytest.mark.parametrize(("style", "persona_id"), CASES)
def test_gaming_uncovers_at_most_one_layer_and_no_commitment(style: str, persona_id: str) -> None:
    """Formulas, stuffing, nonsense, disguised judgment, "tell me more" and yes/no strings
    never get past the surface or to an agreement, for any persona."""
    o = play(GAMING[style], persona_id).outcome
    assert len(o.layers_disclosed) <= 1, o.layers_disclosed
    assert not o.committed and o.agreed is None


@pytest.mark.parametrize("persona_id", [pytest.param(p, id=p) for p in PERSONAS])
def test_blunt_never_gets_a_commitment(persona_id: str) -> None:
    """Status questions, orders and blame never win an agreement."""
    from tests.conversation._styles import blunt

    o = play(blunt, persona_id).outcome
    assert not o.committed
    assert o.end_reason == "shutdown"


@pytest.mark.parametrize(
    "style", [pytest.param(skilled, id="adaptive"), pytest.param(fixed_skilled, id="fixed-script")]
)
def test_skilled_listening_uncovers_at_least_two_layers_on_average(style: Script) -> None:
    """Reflecting the employee's words, asking, sympathy and breadth open the layers, whether
    the manager adapts to what is said or follows a script written beforehand."""
    outcomes = [play(style, pid).outcome for pid in PERSONAS]
    mean = sum(len(o.layers_disclosed) for o in outcomes) / len(outcomes)
    assert mean >= 2, [o.layers_disclosed for o in outcomes]
    assert all(len(o.layers_disclosed) >= 2 for o in outcomes)
    assert all(o.committed for o in outcomes)


@pytest.mark.parametrize("persona_id", [pytest.param(p, id=p) for p in PERSONAS])
def test_an_agreed_plan_never_contradicts_the_needs_reached(persona_id: str) -> None:
    """Whatever was agreed is among the needs reached, and the commitment only follows the
    layers the persona requires."""
    o = play(skilled, persona_id).outcome
    persona = catalog.get_persona(persona_id)
    assert set(o.agreed_needs) <= set(o.needs_surfaced)
    if o.committed:
        assert set(persona.next_step.requires) <= set(o.layers_disclosed)
        assert set(persona.next_step.needs) <= set(o.agreed_needs)


# --- a terminal session reads like a person ------------------------------------------------------


def _session(persona_id: str) -> Session:
    return Session(catalog.get_persona(persona_id), ScriptedPartner(seed=0))


def test_they_answer_what_you_ask() -> None:
    """A factual question gets the fact, not a deflection, and costs nothing."""
    s = _session("new-hire")
    reply = s.respond("How far apart are your numbers and finance's?")
    assert "212" in reply
    assert s.records[-1].fact == "numbers-gap" and s.records[-1].trust_delta == 0
    launch = _session("launch-engineer").respond("When exactly is the launch date?")
    assert "twenty-second" in launch


def test_a_made_up_reflection_is_corrected() -> None:
    """ "The moon has been difficult for you": nothing they said or lived; it is corrected."""
    s = _session("reorg-lead")
    reply = s.respond("So what you're saying is the moon has been difficult for you.")
    assert reply.startswith("Moon?") and s.records[-1].correction == "moon"


def test_they_correct_you_when_you_get_them_wrong() -> None:
    """A mis-reflection is corrected in their own voice and earns nothing."""
    s = _session("launch-engineer")
    s.respond("How are things going with the launch?")
    reply = s.respond("It sounds like you're excited about the launch.")
    assert reply.startswith("Excited?")
    assert s.records[-1].reaction == Reaction.CORRECTING and s.records[-1].trust_delta == 0


def test_kindness_gets_its_own_reaction() -> None:
    """ "Go home, be with your dad" is kindness, not advice: it warms, with a kind reply."""
    s = _session("launch-engineer")
    reply = s.respond("Go home, be with your dad. We'll cover for you.")
    assert s.records[-1].trust_delta > 0
    assert reply in s.persona.reactions.kindness or s.records[-1].layer


def test_you_keep_asking_me_that() -> None:
    """The same line again earns nothing; a third time costs, and they say so."""
    s = _session("quota-rep")
    for _ in range(3):
        reply = s.respond("Tell me more.")
    assert s.records[1].trust_delta == 0
    assert s.records[2].trust_delta < 0 and reply in s.persona.reactions.repeat


def test_owning_a_trigger_phrase_is_not_saying_it() -> None:
    """Quoting a hurtful phrase to own it costs nothing; saying it costs, with the reason."""
    owned = _session("passed-over")
    owned.respond(
        "I passed on that 'executive presence' note without being able to tell you what it "
        "meant. That's on me."
    )
    assert owned.outcome().triggers_hit == [] and owned.records[-1].trust_delta >= 0
    said = _session("passed-over")
    said.respond("Honestly, Kyle's a good fit, and with more executive presence you'd be next.")
    hit = said.outcome().triggers_hit
    assert [h.trigger for h in hit] == ["presence-feedback", "wait-your-turn"][: len(hit)]
    assert "sore point for Darnell" in said.records[-1].changes[0].text


def test_after_agreeing_the_manager_closes_the_meeting() -> None:
    """The skilled run agrees a plan that echoes the manager's day, then closes one turn later."""
    played = play(skilled, "launch-engineer")
    o = played.outcome
    assert o.committed and o.end_reason == "committed"
    reactions = [r.reaction for r in o.turns]
    assert reactions[-2:] == [Reaction.COMMITTING, Reaction.AFTER_COMMIT]
    assert "Thursday works." in (o.agreed or "")
    assert "Friday" not in (o.agreed or "")


def test_outcome_carries_the_timeline_for_the_scorecard() -> None:
    """The session outcome holds a per-turn trust/stress timeline with reasons, repeats,
    disclosures passed over and the good-turn count, and survives a JSON round trip."""
    s = _session("launch-engineer")
    s.respond("How are things going with the launch?")
    s.respond("Is the retry logic done?")  # passes over what he just shared
    s.respond("Is the retry logic done?")
    o = s.outcome()
    assert [p.turn for p in o.timeline] == [0, 1, 2, 3]
    assert o.timeline[0].trust == s.persona.initial.trust
    assert o.timeline[1].reasons == ["Trust +1: an open question"]
    assert o.disclosures_ignored[0].turn == 2 and o.disclosures_ignored[0].kind == "layer"
    assert o.repeated_turns == [3] and o.good_turns == 1
    assert SessionOutcome.model_validate(o.model_dump(mode="json")) == o


# --- the LLM partner renders the same state ----------------------------------------------------


def test_every_reaction_has_llm_guidance() -> None:
    """The prompt has guidance for every reaction the engine can choose."""
    assert set(keyed_lines("partner_reactions.txt")) == {r.value for r in Reaction}


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        pytest.param(["How far apart are your numbers and finance's?"], "212", id="fact-answer"),
        pytest.param(
            ["How is it going?", "It sounds like you're excited about all this."],
            'you feel or think "Excited"',
            id="correction",
        ),
    ],
)
def test_llm_prompt_carries_facts_and_corrections(
    turns: list[str], expected: str, fake_model
) -> None:
    """What the engine decided (a fact's answer, a correction) reaches the model's prompt."""
    fake = fake_model(["Okay." for _ in turns])
    s = Session(catalog.get_persona("new-hire"), LLMPartner(fake))
    for text in turns:
        s.respond(text)
    assert expected in fake.calls[-1][0].content


def test_llm_prompt_echoes_the_agreed_plan() -> None:
    """On commitment the prompt holds the plan as the manager offered it, not the file's."""
    played = play(skilled, "launch-engineer")
    s = played.session
    assert s.last_outcome is not None
    persona, state = s.persona, s.engine.state
    commit = next(r for r in s.records if r.reaction == Reaction.COMMITTING)
    assert commit.turn < s.last_outcome.turn
    from simulator.conversation.engine import Outcome

    out = Outcome(
        turn=1,
        moves=(),
        trust_delta=0,
        stress_delta=0,
        reaction=Reaction.COMMITTING,
        reasons=(),
        proposal=state.agreed,
    )
    prompt = build_messages(persona, state, out, [], gist="...")[0].content
    assert "Thursday works." in prompt and (state.agreed or "") in prompt


def test_llm_elaborates_on_the_layer_the_turn_was_about(fake_model) -> None:
    """Told more about the launch after both layers are out, the prompt says to add a detail
    about the launch, not whatever was shared last."""
    persona = catalog.get_persona("launch-engineer")
    s = Session(persona, LLMPartner(fake_model(["Okay."])))
    s.engine.state.trust = 8
    s.engine.state.disclosed = ["launch-scope", "dad-in-hospital"]
    s.respond("So staging keeps falling over on you, every load test. What's that like?")
    assert s.records[-1].reaction == Reaction.ELABORATE
    prompt = s.partner.audit.messages[0].content  # type: ignore[attr-defined]
    assert persona.layer("launch-scope").summary in prompt


@pytest.mark.parametrize(
    "line, said_back",
    [
        pytest.param("It sounds like your divorce is weighing on you.", "Divorce?", id="divorce"),
        pytest.param("It sounds like you feel like a banana.", "A banana?", id="short-kept-whole"),
        pytest.param(
            "What I'm hearing is you feel like a banana in a fruit bowl of apples.",
            "Banana?",
            id="never-two-words-that-were-apart",
        ),
        pytest.param(
            "So the thing that's really bothering you is the font on the company slides.",
            "Font?",
            id="no-verb-form",
        ),
    ],
)
def test_a_long_misreflection_is_said_back_as_the_thing_made_up(line: str, said_back: str) -> None:
    """The assessment names the whole clause it never heard; the employee says back only the
    thing made up ("Divorce? No."), not a stock "that's not what I said"."""
    s = _session("reorg-lead")
    reply = s.respond(line)
    assert reply.startswith(said_back), reply
    assert s.records[-1].correction is not None


@pytest.mark.parametrize(
    ("line", "earns"),
    [
        pytest.param(
            "Thank you for sharing. What are your obstacles, what do you need, and what's the"
            " next step?",
            False,
            id="three-asks-in-thanks",
        ),
        pytest.param(
            "I appreciate your effort. What do you need from me, and what does success look"
            " like for you?",
            False,
            id="praise-and-two-stock-asks",
        ),
        pytest.param("What's been the hardest part of the last few weeks?", True, id="one-ask"),
        pytest.param(
            "What would a good week look like, and who would you need it from?",
            True,
            id="two-asks-nothing-else",
        ),
    ],
)
def test_a_checklist_of_questions_earns_no_trust(line: str, earns: bool) -> None:
    """Several questions at once wrapped in thanks or praise read as a checklist: the employee
    answers one and trusts no more. One question, or two about one thing, still earns."""
    s = _session("launch-engineer")
    s.respond(line)
    record = s.records[-1]
    assert (record.trust_delta > 0) is earns, [c.reason for c in record.changes]


def test_pasting_their_words_back_opens_nothing() -> None:
    """A parrot repeating each of their sentences with its "I" unchanged is not listening: no
    trust for it, however grounded its words look."""
    s = _session("quota-rep")
    gained = 0.0
    for _ in range(6):
        last = next(t.text for t in reversed(s.turns) if t.speaker == "employee")
        s.respond("So " + last[0].lower() + last[1:])
        gained += s.records[-1].trust_delta
    assert gained <= 0.5
    assert len(s.outcome().layers_disclosed) <= 1


def test_their_sentences_said_back_earn_twice_then_nothing() -> None:
    """A simple reflection that only says their sentence back (pronouns turned) works once or
    twice; as a habit it earns nothing, and the reason says so."""
    s = _session("quota-rep")
    swap = {"i": "you", "i'm": "you're", "i've": "you've", "my": "your", "me": "you"}
    for _ in range(4):
        last = next(t.text for t in reversed(s.turns) if t.speaker == "employee")
        said = " ".join(swap.get(w.lower(), w) for w in last.split())
        s.respond(said)
    reasons = [c.reason for rec in s.records[2:] for c in rec.changes]
    assert any("waits for yours" in r for r in reasons), reasons
    assert all(rec.trust_delta <= 0 for rec in s.records[2:])


def test_quoting_them_on_repeat_is_still_an_echo() -> None:
    """Marking the pasted words as theirs ("You said '...'") escapes parroting, not the echo
    habit: said back every turn, their sentences earn trust at most twice."""
    s = _session("quota-rep")
    gained = []
    for _ in range(5):
        last = next(t.text for t in reversed(s.turns) if t.speaker == "employee")
        s.respond(f"You said '{last.rstrip('.!?')}'.")
        gained.append(s.records[-1].trust_delta)
    assert sum(1 for g in gained if g > 0) <= 2, gained


@pytest.mark.parametrize(
    ("line", "last", "echo"),
    [
        pytest.param(
            "You're breathing. That helps, weirdly.",
            "Okay. I'm breathing. That helps, weirdly.",
            True,
            id="pronouns-turned",
        ),
        pytest.param("Mm. Fair.", "Mm. Fair.", True, id="short-line-whole"),
        pytest.param("You guess.", "Yeah, I guess.", True, id="short-line-turned"),
        pytest.param("Fair.", "Fair.", True, id="one-word-line"),
        pytest.param("Fair.", "That's not fair to the team.", True, id="one-word-in-their-line"),
        pytest.param(
            "More enjoy running onward fumes.",
            "Not really. More like running on fumes.",
            True,
            id="words-swapped-in-their-order",
        ),
        pytest.param(
            "So the numbers won't reconcile and it's eating your evenings.",
            "My numbers don't match the finance report, and I keep checking.",
            False,
            id="own-words-paraphrase",
        ),
        pytest.param(
            "So a whole afternoon lost to one query, and then Greg solves it in under a minute.",
            "Last Tuesday I spent three hours on one window function. Then I watched Greg do it "
            "in forty seconds.",
            False,
            id="their-facts-in-a-summary",
        ),
        pytest.param("Exhausted.", "I'm so tired.", False, id="one-word-paraphrase"),
    ],
)
def test_said_back_measures_their_line_repeated(line: str, last: str, echo: bool) -> None:
    """What counts towards the echo habit (most of the turn said back): their last line word
    for word with only "I" turned to "you", short lines included, or with words swapped but
    kept in their order; a paraphrase or a summary of their facts in the manager's words is
    not."""
    from simulator.conversation._said_back import said_back
    from simulator.moves import ECHO_SHARE

    assert (said_back(line, last) >= ECHO_SHARE) is echo


def test_short_and_turned_echoes_count_towards_the_echo_habit() -> None:
    """An echo of short lines ("Fair." back to "Fair.") and of whole sentences with the
    pronouns turned is an echo like any other: no more than two of them earn trust (beyond a
    formula's small gain: "Go on." said back to "Go on." is a prompt)."""
    from simulator.conversation._allowances import FORMULA_GAIN

    s = _session("reorg-lead")
    swap = {"i": "you", "i'm": "you're", "i've": "you've", "my": "your", "me": "you"}
    gained = []
    for _ in range(6):
        last = next(t.text for t in reversed(s.turns) if t.speaker == "employee")
        s.respond(" ".join(swap.get(w.lower(), w) for w in last.split()))
        gained.append(s.records[-1].trust_delta)
    assert sum(1 for g in gained if g > FORMULA_GAIN) <= 2, gained
    assert len(s.outcome().layers_disclosed) <= 1


@pytest.mark.parametrize(
    ("line", "earns"),
    [
        pytest.param("So you're annoyed that your car failed its MOT.", False, id="made-up-car"),
        pytest.param("I can tell you're cross with the coffee machine.", False, id="machine"),
        pytest.param("It sounds like you're exhausted.", True, id="feeling-alone"),
        pytest.param("You seem really anxious about all this.", True, id="feeling-about-all-this"),
        pytest.param(
            "That must be so tough to carry around.", False, id="sympathy-formula-not-their-feeling"
        ),
        pytest.param(
            "It sounds like this has been a heavy few weeks.",
            True,
            id="a-reflection-of-their-state",
        ),
        pytest.param(
            "That must be so tough for you to carry.", False, id="for-you-is-still-the-formula"
        ),
        pytest.param("You must be so tired of all this.", True, id="their-feeling-said-to-them"),
    ],
)
def test_a_feeling_named_earns_only_about_what_is_known(line: str, earns: bool) -> None:
    """Naming a feeling they implied earns trust; pinning one on things neither they nor the
    situation ever mentioned (a car, a coffee machine) is a guess at random and earns none,
    and "that must be so tough" names no feeling of theirs: it is sympathy, counted as such."""
    s = _session("new-hire")
    s.respond(line)
    reasons = [c.reason for c in s.records[-1].changes]
    assert any("implied" in r for r in reasons) is earns, reasons


def test_stock_questions_earn_twice_in_a_row_then_nothing() -> None:
    """The coaching questions the articles recommend, asked one after another about nothing the
    employee said, are a list: two in a row earn trust, the rest nothing, and the reason says
    so; a question that takes up their words earns again."""
    s = _session("incident-engineer")
    for line in (
        "What are your obstacles right now?",
        "What does success look like for you?",
        "What resources do you need to do this well?",
        "How can I support you?",
    ):
        s.respond(line)
    gained = [rec.trust_delta for rec in s.records]
    assert gained[0] > 0 and gained[1] > 0 and gained[2:] == [0, 0], gained
    assert "another stock question" in s.records[-1].changes[-1].reason
    said = " ".join(t.text for t in s.turns if t.speaker == "employee")
    assert "postmortem" in said
    s.respond("What worries you most about the postmortem?")
    assert any("follows" in c.reason for c in s.records[-1].changes), s.records[-1].changes


def test_a_stuffed_turn_earns_no_trust_even_with_their_words() -> None:
    """A turn packed with coaching words around a thin reflection is heard as a script: no
    trust, and the reason says so."""
    s = _session("launch-engineer")
    s.respond("What's going on with the launch?")
    s.respond(
        "Thank you for sharing, I really appreciate it. It sounds like the launch is a big "
        "challenge with lots of obstacles. What support and resources would help you succeed?"
    )
    record = s.records[-1]
    assert record.trust_delta == 0
    assert any("coaching words" in c.reason for c in record.changes)


@pytest.mark.parametrize(
    ("lines", "capped"),
    [
        pytest.param(
            (
                "I'm here for you.",
                "I've got your back.",
                "You're not alone in this.",
                "I'm on your side, always.",
            ),
            True,
            id="bare-support-is-a-formula-on-repeat",
        ),
        pytest.param(
            (
                "Take the afternoon off.",
                "Go home early today, honestly.",
                "Take some time this week for yourself.",
                "Take the day off on Friday and be with your family.",
            ),
            False,
            id="permissions",
        ),
    ],
)
def test_bare_support_on_repeat_earns_only_twice(lines: tuple[str, ...], capped: bool) -> None:
    """Support that names nothing ("I'm here for you", "I've got your back") counts like bare
    sympathy, twice; a concrete permission ("take the afternoon off") always counts."""
    s = _session("quota-rep")
    for line in lines:
        s.respond(line)
    later = [c.reason for c in s.records[3].changes]
    assert any("kindness" in r for r in later) is not capped, later


def test_a_made_up_life_is_corrected_even_when_a_word_of_theirs_is_in_it() -> None:
    """ "So your driving test retry is next week" after "the retry logic": a part of their life
    they never mentioned is corrected, however much else of theirs the turn takes up; the
    assessment reports it without calling the turn a mis-reflection (a counsellor may know
    it from intake)."""
    from simulator.moves import assess

    s = _session("launch-engineer")
    line = "So the dog's surgery and the retry logic are both on your mind this week."
    history = [(t.speaker, t.text) for t in s.turns]
    a = assess(line, history)
    assert a.unmentioned_life == "dog" and a.misreflection is None
    s.respond(line)
    record = s.records[-1]
    assert record.trust_delta <= 0
    assert record.correction and "dog" in record.correction.lower()


@pytest.mark.parametrize(
    ("text", "offer"),
    [
        pytest.param("What you can't stop thinking about is the thread.", False, id="cant"),
        pytest.param("You can take Friday off.", True, id="can"),
        pytest.param("I can move the sync to the morning.", True, id="i-can"),
        # Understanding and listening are not offers (blind set 9's skilled voices heard "A plan
        # for what, though?" after "I can absolutely see how that slide reads").
        pytest.param("I can absolutely see how the slide reads.", False, id="i-can-see"),
        pytest.param("I want to understand the all-hands part.", False, id="i-want-to-understand"),
        pytest.param("I want to fix the all-hands slide.", True, id="i-want-to-fix"),
        pytest.param("I'd like to hear about the slide.", False, id="id-like-to-hear"),
        pytest.param("Let's stay with the slide for now.", False, id="lets-stay-with"),
        pytest.param("Let's fix the slide.", True, id="lets-fix"),
        pytest.param("That's fair, I'll leave the slide.", False, id="ill-leave-it"),
        # Putting the plan off to listen first proposes nothing (blind sets 1-11's skilled
        # voices heard "A plan for what, though?" after these).
        pytest.param("We'll get to the timeline later.", False, id="well-get-to-it"),
        pytest.param("Let's set the timeline aside for now.", False, id="lets-set-aside"),
        pytest.param("Okay, we'll leave the queue.", False, id="well-leave-it"),
        pytest.param("I'll take that.", False, id="ill-take-that"),
        pytest.param("I'll take the timeline to Thursday's review.", True, id="ill-take-it-to"),
        pytest.param("We'll move the sync.", True, id="well-move"),
    ],
)
def test_you_cant_is_no_offer(text: str, offer: bool) -> None:
    """ "You can't stop thinking about it" restates, it offers nothing; "you can take Friday off"
    offers. Seeing, hearing and wanting to understand are listening, not proposals, however
    many of their words they name; staying with something or dropping it proposes nothing."""
    from simulator.conversation._words import is_offer

    assert is_offer(text) is offer


@pytest.mark.parametrize(
    ("text", "cheers"),
    [
        pytest.param("Totally, three times, you're so right, absolutely valid!", True, id="cheer"),
        pytest.param("I couldn't agree more.", True, id="couldnt-agree-more"),
        pytest.param("You're right, I jumped ahead. What's going on?", True, id="concession"),
        pytest.param("You're right on time, no need to apologise.", False, id="on-time"),
        pytest.param("You're right that the number's part of it.", False, id="right-that"),
    ],
)
def test_what_counts_as_agreeing_wholesale(text: str, cheers: bool) -> None:
    """ "You're so right", "totally valid", "couldn't agree more" agree wholesale; "right on
    time" and "right that X" are not cheers."""
    from simulator.conversation._words import cheers as cheer

    assert cheer(text) is cheers


def test_agreeing_with_everything_earns_twice_then_nothing() -> None:
    """A manager who agrees with everything, slotting in a word of theirs ("Totally, the
    launch, you're so right!"), is placating: two such turns earn, then nothing, and the
    employee opens no more than one layer."""
    from tests.conversation._styles import key_phrase

    cheers = (
        "Totally, {p}, you're so right!",
        "Absolutely, {p}. That's so valid.",
        "{p}! I couldn't agree more.",
        "Yes, {p}, you're completely right, totally valid.",
    )
    s = _session("launch-engineer")
    gained = []
    for i in range(8):
        if s.ended:
            break
        last = next(t.text for t in reversed(s.turns) if t.speaker == "employee")
        s.respond(cheers[i % len(cheers)].format(p=key_phrase(last)).capitalize())
        gained.append(s.records[-1].trust_delta)
    assert sum(1 for g in gained if g > 0) <= 2, gained
    assert len(s.outcome().layers_disclosed) <= 1
    assert any("agreeing with everything" in c.reason for r in s.records for c in r.changes)


@pytest.mark.parametrize(
    ("line", "last", "fragment"),
    [
        pytest.param("Staging. What are your obstacles?", "Staging dies again.", True, id="word"),
        pytest.param("Exactly, staging! Yes!", "Staging dies again.", True, id="assent"),
        pytest.param(
            "Staging dying every test sounds maddening. What's that costing you?",
            "Staging dies again.",
            False,
            id="a-reflection-of-their-own",
        ),
        pytest.param("What are your obstacles?", "Staging dies again.", False, id="no-statement"),
    ],
)
def test_a_fragment_of_their_words(line: str, last: str, fragment: bool) -> None:
    """A turn whose statements are only a word or two of their last line, however dressed in
    assent, is a fragment said back; a reflection with words of the manager's own is not."""
    from simulator.conversation._said_back import fragment_of

    assert fragment_of(line, last) is fragment


def _replay(persona_id: str, line: Callable[[int, str], str], turns: int = 12) -> Session:
    s = _session(persona_id)
    for i in range(turns):
        if s.ended:
            break
        last = next(t.text for t in reversed(s.turns) if t.speaker == "employee")
        s.respond(line(i, key_phrase(last)))
    return s


def test_a_word_of_theirs_in_front_of_stock_questions_is_still_a_list() -> None:
    """ "Staging. What are your obstacles?": one word of theirs dropped in front of each stock
    question does not make it a question that follows them, nor a new question when the
    list comes round again; the list stops earning."""
    stock = ("What are your obstacles?", "What does success look like?", "What do you need?")
    s = _replay(
        "launch-engineer",
        lambda i, p: f"{p.split(' and ')[0].capitalize()}. {stock[i % len(stock)]}",
    )
    assert len(s.outcome().layers_disclosed) <= 1
    assert all(r.trust_delta <= 0 for r in s.records[len(stock) :])


def test_assent_around_a_fragment_of_their_words_is_an_echo() -> None:
    """ "Exactly, staging and logic! Yes!": a fragment of their words wrapped in assent counts
    towards the echo habit: two earn, then nothing, and no more than one layer opens."""
    assent = ("Exactly, {p}! Yes!", "Yes, {p}, 100%.", "Oh, {p}, exactly that.")
    s = _replay("launch-engineer", lambda i, p: assent[i % len(assent)].format(p=p))
    assert len(s.outcome().layers_disclosed) <= 1
    assert any("said back again" in c.reason for r in s.records for c in r.changes)


def test_melodrama_as_a_habit_earns_nothing() -> None:
    """Making what they said bigger than they put it ("unbearable", "utterly devastated") is
    heard twice; after that each such turn earns nothing, and what listening built towards the
    next layer slips back."""
    from simulator.moves import AMPLIFIED_HEARD
    from tests.conversation._styles import melodrama

    s = _session("launch-engineer")
    gained = []
    for i in range(6):
        s.respond(melodrama(i, [t.text for t in s.turns if t.speaker == "employee"]))
        gained.append(s.records[-1].trust_delta)
    assert sum(1 for g in gained if g > 0) <= AMPLIFIED_HEARD, gained
    assert any("bigger than" in c.reason for r in s.records for c in r.changes)


@pytest.mark.parametrize(
    ("text", "hands_back"),
    [
        pytest.param(
            "Agreed, it goes in the action items. What's been hardest for you this week?",
            True,
            id="commitment-then-their-floor",
        ),
        pytest.param("I'll set up Rosa twice a week. Does that work?", False, id="asks-about-it"),
        pytest.param("I'll set up Rosa. What else would help?", False, id="asks-what-helps"),
        pytest.param("I'll set up Rosa. When shall we meet?", False, id="asks-when"),
        pytest.param("I'll set up Rosa twice a week.", False, id="no-question"),
    ],
)
def test_a_commitment_on_the_way_to_listening_is_no_proposal(text: str, hands_back: bool) -> None:
    """A turn that ends by handing the floor back with an open question about them is not a
    proposal to agree on, whatever it commits to on the way ("a plan for what, though?" was
    the employee's answer to it); one that asks about the plan, what would help or when, is."""
    from simulator.conversation._words import hands_back as hands

    assert hands(text) is hands_back


_PRAISE_FRAMES = (
    "That's a sharp idea about {}. What else?",
    "That's a sensible plan for {}. What else?",
    "That's a smart guess about {}. What else?",
    "That's a clever theory about {}. What else?",
)


def test_praise_frames_in_rotation_open_no_second_layer() -> None:
    """Each new praise wording ("a sharp idea", "a sensible plan", "a smart guess") is real
    recognition once or twice; rotated around their words turn after turn it is flattery, and
    even the most open persona opens no more than one layer to it."""
    from tests.conversation._styles import key_phrase

    s = _session("new-hire")
    for i in range(10):
        said = [t.text for t in s.turns if t.speaker == "employee"]
        s.respond(_PRAISE_FRAMES[i % len(_PRAISE_FRAMES)].format(key_phrase(said[-1])))
        if s.ended:
            break
    assert len(s.outcome().layers_disclosed) <= 1
    assert any("praise turn after turn" in c.reason for r in s.records for c in r.changes)
