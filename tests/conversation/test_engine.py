"""The persona engine's rules, one at a time, on hand-made assessments of manager turns.

Each test builds the :class:`Assessment` the detectors would give, so the engine's own rules
(trust, disclosure, facts, triggers, agreement) are pinned independently of the detectors.
"""

from __future__ import annotations

import pytest

from simulator.content import catalog
from simulator.conversation.engine import (
    GOOD_TURNS,
    EndReason,
    Engine,
    Outcome,
    Reaction,
)
from simulator.moves.assessment import Assessment
from simulator.moves.vocabulary import Move

OQ, CQ, REF, REC = Move.OPEN_QUESTION, Move.CLOSED_QUESTION, Move.REFLECTION, Move.RECOGNITION
SYM, RC, NS, JUD = Move.SYMPATHY, Move.RESOURCE_CHECK, Move.NEXT_STEP, Move.JUDGMENT
ADV, OTH = Move.ADVICE, Move.OTHER


def turn(
    *moves: Move,
    text: str = "...",
    grounding: tuple[str, ...] = (),
    formula: bool = False,
    mis: str | None = None,
    repeat: int | None = None,
    disguised: bool = False,
) -> Assessment:
    """The assessment the detectors would give a manager turn."""
    return Assessment(
        text=text,
        moves=moves or (OTH,),
        cues={m: "cue" for m in moves},
        grounding=grounding,
        grounded=bool(grounding),
        formula_only=formula,
        misreflection=mis,
        repeat_of=repeat,
        disguised_judgment=disguised,
    )


def step(engine: Engine, a: Assessment) -> Outcome:
    return engine.step(a, a.text)


# --- trust -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "trust", "stress", "reason"),
    [
        pytest.param(
            turn(REF, text="The launch is all on you.", grounding=("launch",)),
            2,
            -1,
            "reflected back Tomás's own words ('launch')",
            id="grounded-reflection",
        ),
        pytest.param(
            turn(REF, text="You sound worn out."), 1, -0.5, "named a feeling", id="inferred"
        ),
        pytest.param(
            turn(OQ, text="I hear you.", formula=True), 0.25, 0, "listening formula", id="formula"
        ),
        pytest.param(
            turn(REC, text="Good job."), 0.25, 0, "generic praise earns little", id="generic-praise"
        ),
        pytest.param(
            turn(REC, text="You carried the settlement code.", grounding=("settlement code",)),
            1,
            -1,
            "specific recognition",
            id="specific-recognition",
        ),
        pytest.param(turn(SYM, text="I'm so sorry."), 1.5, -1, "kindness", id="sympathy"),
        pytest.param(
            turn(ADV, text="Go home, be with your dad."),
            1.5,
            -1,
            "kindness",
            id="permission-is-kindness-not-advice",
        ),
        pytest.param(
            turn(ADV, text="You should delegate more."),
            -1.25,
            1,
            "advice before Tomás has said",
            id="unsolicited-advice-guarded-forgives-less",
        ),
        pytest.param(
            turn(JUD, REF, text="You're being dramatic.", grounding=("launch",)),
            -2.5,
            2,
            "heard judgment",
            id="judgment-earns-nothing",
        ),
        pytest.param(
            turn(JUD, text="I hear you, but your work is sloppy.", disguised=True),
            -2.5,
            2,
            "judgment dressed as listening",
            id="i-hear-you-but",
        ),
        pytest.param(
            turn(OTH, text="It sounds like you feel like a banana.", mis="a banana"),
            0,
            0.5,
            "never said anything like 'a banana'",
            id="misreflection",
        ),
    ],
)
def test_trust_follows_grounded_listening(
    a: Assessment, trust: float, stress: float, reason: str
) -> None:
    """Each kind of turn moves trust and stress by its rule, with the reason in plain words."""
    engine = Engine(catalog.get_persona("launch-engineer"))
    out = step(engine, a)
    assert out.trust_delta == pytest.approx(trust)
    assert out.stress_delta == pytest.approx(stress)
    assert any(reason in r for r in out.reasons), out.reasons


def test_a_turns_gain_is_capped_by_difficulty() -> None:
    """Guarded people warm slowly: a turn earns at most 2.5 with Tomás, 3 with Aisha."""
    a = turn(REF, OQ, SYM, text="So it's the launch. I'm sorry. How?", grounding=("launch",))
    assert step(Engine(catalog.get_persona("launch-engineer")), a).trust_delta == 2.5
    assert step(Engine(catalog.get_persona("quota-rep")), a).trust_delta == 3


def test_repeat_earns_nothing_then_costs() -> None:
    """The first repeat earns nothing; repeating again costs trust and draws "you keep asking"."""
    engine = Engine(catalog.get_persona("quota-rep"))
    first = step(engine, turn(OQ, text="How are you?"))
    again = step(engine, turn(OQ, text="How are you?", repeat=0))
    third = step(engine, turn(OQ, text="How are you?", repeat=0))
    assert first.trust_delta == 1 and first.good
    assert again.trust_delta == 0 and not again.good and again.reaction is Reaction.NEUTRAL
    assert third.trust_delta == -1 and third.reaction is Reaction.REPEATING
    assert engine.state.repeats == [2, 3]


def test_misreflection_is_corrected_and_its_echo_is_no_grounding() -> None:
    """A mis-reflection is corrected; reflecting the employee's correction back is no better."""
    engine = Engine(catalog.get_persona("launch-engineer"))
    out = step(engine, turn(OTH, text="It sounds like you feel like a banana.", mis="a banana"))
    assert out.reaction is Reaction.CORRECTING and out.correction == "a banana"
    echo = step(engine, turn(REF, text="You feel like a banana.", grounding=("banana",)))
    assert echo.reaction is Reaction.CORRECTING and echo.trust_delta == 0


def test_cheerful_feeling_never_expressed_is_corrected() -> None:
    """ "You're excited" to someone who never said so is a mis-reflection: "Excited? No." """
    engine = Engine(catalog.get_persona("launch-engineer"))
    a = turn(REF, text="It sounds like you're excited about the launch.")
    out = engine.step(a, a.text, [("employee", "I've got maybe twenty minutes.")])
    assert out.reaction is Reaction.CORRECTING and out.correction == "Excited"
    assert out.trust_delta == 0


# --- triggers in context -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        pytest.param("Honestly, you need more executive presence.", True, id="said"),
        pytest.param(
            "I passed on that 'executive presence' note without being able to tell you what it "
            "meant. That's on me.",
            False,
            id="quoted-and-owned",
        ),
        pytest.param('What did "executive presence" mean to you?', False, id="quoted"),
        pytest.param("I'm not going to tell you to work on your polish.", False, id="negated"),
        pytest.param("I should have pushed back on the visibility comment.", False, id="owned"),
    ],
)
def test_triggers_fire_only_when_said(text: str, fires: bool) -> None:
    """A trigger phrase costs trust when said, not when quoted, negated or owned."""
    engine = Engine(catalog.get_persona("passed-over"))
    engine.state.trust = 8
    out = step(engine, turn(OTH, text=text))
    assert bool(out.triggers) is fires
    if fires:
        assert out.trust_delta == -3  # -2, and Darnell (defensive) forgives less
        assert out.reasons[0].startswith(
            "Trust −3, stress +2: 'executive presence' is a sore point for Darnell"
        )
        assert engine.state.triggers_hit == [(1, "presence-feedback", "executive presence")]


# --- disclosure --------------------------------------------------------------------------------


def _good(engine: Engine, text: str = "What has that been like?") -> Outcome:
    return step(engine, turn(REF, OQ, text=text, grounding=("busy",)))


@pytest.mark.parametrize("persona_id", [pytest.param(p, id=p) for p in sorted(catalog.personas())])
def test_stressor_needs_breadth_and_its_topic(persona_id: str) -> None:
    """Past the surface, a layer needs its difficulty's count of good turns since the last
    disclosure, in a turn on its topic, or one good turn more; never just trust."""
    persona = catalog.get_persona(persona_id)
    engine = Engine(persona)
    engine.state.trust = 10
    engine.state.disclosed = [persona.layers[0].id]
    needed = GOOD_TURNS[persona.difficulty]["stressor"]
    off_topic = "What has that been like?"
    for _ in range(needed):
        assert _good(engine, off_topic).layer is None
    on_topic = f"What about {persona.layers[1].topics[0]}? How has that been?"
    assert _good(engine, on_topic).layer == persona.layers[1].id


def test_sustained_listening_opens_a_layer_without_its_topic() -> None:
    """One good turn more than the count opens the next layer even off its topic."""
    persona = catalog.get_persona("quota-rep")
    engine = Engine(persona)
    engine.state.trust = 10
    engine.state.disclosed = ["thin-pipeline"]
    outs = [_good(engine, "What has that been like?") for _ in range(3)]
    assert [o.layer for o in outs] == [None, None, "no-sleep"]


def test_hostile_turn_sets_the_count_back() -> None:
    """Judgment takes back good turns, so breadth must be rebuilt (more for the defensive)."""
    engine = Engine(catalog.get_persona("passed-over"))
    engine.state.trust = 9
    engine.state.disclosed = ["uncredited"]
    for _ in range(3):
        _good(engine)
    step(engine, turn(JUD, text="You're overreacting."))
    assert engine.state.good_since_disclosure == 1


@pytest.mark.parametrize(
    ("hostile", "opens"),
    [
        pytest.param(1, True, id="one-slip-is-forgiven"),
        pytest.param(2, False, id="a-pattern-keeps-the-layer-shut"),
    ],
)
def test_a_pattern_of_hostile_turns_keeps_deeper_layers_shut(hostile: int, opens: bool) -> None:
    """Warmth between verdicts does not buy the deeper layers: after two hostile turns in a
    conversation the stressor and the most private layer stay closed, however many good turns
    follow; after one, they open as usual."""
    engine = Engine(catalog.get_persona("quota-rep"))
    engine.state.disclosed = ["thin-pipeline"]
    for _ in range(hostile):
        engine.state.trust, engine.state.stress = 10, 0  # the slip itself does not end it
        step(engine, turn(JUD, text="You're overreacting."))
    engine.state.trust = 10
    outs = [_good(engine, "What has that been like?") for _ in range(6)]
    assert any(o.layer == "no-sleep" for o in outs) is opens


def test_summaries_of_what_was_already_said_back_earn_once_then_nothing() -> None:
    """A reflection that mostly says back what earlier turns already said back (a running
    summary) earns once; after that it adds nothing and they wait for something new. A
    reflection of something new always earns."""
    engine = Engine(catalog.get_persona("quota-rep"))
    words = ["number", "patch", "accounts", "liam", "hallam", "coffees", "phones", "sleep"]
    gains, reasons = [], []
    for k in range(4, len(words) + 1):
        engine.state.trust, engine.state.stress = 5, 5
        out = step(engine, turn(REF, text=f"So: {k}", grounding=tuple(words[:k])))
        gains.append(out.trust_delta)
        reasons += list(out.reasons)
    # The first turn is new, the second the one summary that earns.
    assert gains[:2] == [2.0, 2.0] and all(g == 0 for g in gains[2:]), gains
    assert any("said back before" in r for r in reasons)
    fresh = step(engine, turn(REF, text="So the demo", grounding=("demo", "pemberton")))
    assert fresh.trust_delta > 0


# --- facts -------------------------------------------------------------------------------------


def test_factual_question_gets_a_true_answer_short_when_trust_is_low() -> None:
    """A factual question is answered (guarded variant at low trust, open later), free."""
    persona = catalog.get_persona("new-hire")
    fact = persona.fact("numbers-gap")
    engine = Engine(persona)
    engine.state.trust = 3
    q = "How far apart are your numbers and finance's?"
    low = step(engine, turn(OQ, text=q))
    assert low.answer == fact.guarded and "212" in low.answer and low.trust_delta == 0
    engine.state.trust = 8
    assert step(engine, turn(OQ, text=q, repeat=None)).answer == fact.open


@pytest.mark.parametrize(
    ("text", "trusted"),
    [
        pytest.param("What does the retry logic actually do?", False, id="what-does-it-do"),
        pytest.param("How does the settlement code even work?", False, id="how-does-it-work"),
        pytest.param("And what's it written in?", False, id="written-in"),
        pytest.param("How does that work for you, day to day?", True, id="for-you"),
        pytest.param("What does the retry logic do to your evenings?", True, id="to-your-evenings"),
        pytest.param("What's been getting in the way with the retry logic?", True, id="obstacle"),
        # For their sake, from a review of the rule: the machine asked about to spare them.
        pytest.param(
            "What triggers the page? I'll get it silenced so you can sleep.", True, id="for-sleep"
        ),
        pytest.param(
            "What triggers it most, the public part or Dan?", True, id="emotional-trigger"
        ),
        pytest.param("How does that even work with your 9am standups?", True, id="with-your"),
        # To their body (blind set 35's somatic tour guide), in a typed one-on-one.
        pytest.param("With the launch close, what's your body doing right now?", False, id="body"),
        pytest.param("Where's the most tension sitting?", False, id="tension"),
        pytest.param(
            "What happens in you? Chest, stomach, somewhere else?", False, id="body-parts"
        ),
        pytest.param(
            "Take a breath. How are things going for you, really?", True, id="a-breath-first"
        ),
        pytest.param(
            "Your body won't let you switch off. What would help you rest?", True, id="said-back"
        ),
        # After the manager's own story (blind set 36's autobiographer), not theirs followed.
        pytest.param(
            "When I was passed over years ago I went quiet for weeks. I remember my director told"
            " me it was visibility, and I spent a month stewing. How are you holding up?",
            False,
            id="own-story",
        ),
        pytest.param(
            "I remember that feeling. It sounds like the not-knowing is the worst of it for you,"
            " and you've carried it alone. How are you holding up?",
            True,
            id="a-brief-disclosure",
        ),
        # To people or values in general, or to a side detail (blind set 38's abstraction
        # elevator and side-detail detective); a question about them "in general" still earns.
        pytest.param(
            "How do you think teams in general could share load better?", False, id="in-general"
        ),
        pytest.param("What does loyalty mean to you, as a value?", False, id="as-a-value"),
        pytest.param("Which laptop model are you on these days?", False, id="side-detail"),
        pytest.param("How has the launch been going for you, in general?", True, id="for-you"),
    ],
)
def test_how_their_work_works_is_no_listening(text: str, trusted: bool) -> None:
    """An open question about how their work works, for its own sake (blind set 34's eager
    apprentice), about where it sits in their body (set 35's somatic tour guide), or asked
    after the manager's own story (set 36's autobiographer), or about people in general or a
    side detail (set 38's two tricks) takes their words somewhere else: it earns no trust. One
    about how it is for them does, and a breath offered or their body's state said back before a
    question changes nothing."""
    engine = Engine(catalog.get_persona("launch-engineer"))
    engine.state.trust = 5
    out = step(engine, turn(OQ, text=text))
    assert (out.trust_delta > 0) is trusted, out.reasons


def test_one_yes_no_question_is_free_an_interrogation_costs() -> None:
    """A single closed question costs nothing; the second in a row costs trust."""
    engine = Engine(catalog.get_persona("launch-engineer"))
    first = step(engine, turn(CQ, text="Is the launch date still the twenty-second?"))
    second = step(engine, turn(CQ, text="Did you finish the retry logic?"))
    assert first.trust_delta == 0 and first.answer
    assert second.trust_delta == -1.25 and "yes/no" in second.reasons[0]


# --- agreement ---------------------------------------------------------------------------------


def _ready(persona_id: str, surfaced: list[str] | None = None) -> Engine:
    persona = catalog.get_persona(persona_id)
    engine = Engine(persona)
    engine.state.trust = 9
    engine.state.disclosed = [layer.id for layer in persona.layers[:2]]
    engine.state.needs_surfaced = list(surfaced or [])
    return engine


def test_bare_next_step_before_the_story_names_what_is_missing() -> None:
    """'What's the next step?' before the required layer is out: no plan, and why."""
    engine = Engine(catalog.get_persona("launch-engineer"))
    engine.state.trust = 9
    out = step(engine, turn(OQ, NS, text="What's the next step?"))
    assert out.reaction is Reaction.NOT_READY and "what's actually going on" in (out.missing or "")
    assert not engine.state.committed


def test_bare_next_step_gets_their_own_proposal_once_needs_surfaced() -> None:
    """With the required needs named, they propose their own plan; a yes commits to exactly it."""
    engine = _ready("launch-engineer", ["release-captain-cover", "shifted-hours"])
    out = step(engine, turn(OQ, NS, text="What's the next step?"))
    assert out.reaction is Reaction.PROPOSING and "Jenna" in (out.proposal or "")
    yes = step(engine, turn(OTH, text="Yes, let's do that. Check in Thursday at 4pm?"))
    assert yes.reaction is Reaction.COMMITTING and engine.state.committed
    assert "Thursday at 4pm works." in (yes.proposal or "")
    assert set(engine.state.agreed_needs) <= set(engine.state.needs_surfaced)


@pytest.mark.parametrize(
    ("reply", "committed"),
    [
        pytest.param("Yes, let's do that. Check in Thursday at 4pm?", True, id="a-yes"),
        pytest.param(
            "Okay, I hear you. I'll see what I can do and get back to you at some point.",
            False,
            id="a-hedged-yes",
        ),
        pytest.param("Sure, maybe. We'll see how the launch goes.", False, id="a-maybe"),
    ],
)
def test_a_hedged_yes_to_their_own_proposal_is_no_agreement(reply: str, committed: bool) -> None:
    """Their own plan put to the manager is agreed by a yes, not by "Okay, I'll see what I can do
    ... at some point", which promises nothing (blind set 20's mediocre manager had won a
    "Deal." with it)."""
    engine = _ready("launch-engineer", ["release-captain-cover", "shifted-hours"])
    out = step(engine, turn(OQ, NS, text="What's the next step?"))
    assert out.reaction is Reaction.PROPOSING
    step(engine, turn(OTH, text=reply))
    assert engine.state.committed is committed


@pytest.mark.parametrize(
    ("text", "committed", "said"),
    [
        pytest.param(
            "Let's have Jenna run the go/no-go calls, you work seven to three, and we check in "
            "Thursday.",
            True,
            "Thursday works.",
            id="covers-both-needs",
        ),
        pytest.param(
            "Let's move you to seven to three and check in Thursday.",
            False,
            "doesn't cover the go/no-go calls",
            id="misses-a-surfaced-need",
        ),
        pytest.param(
            "Jenna's stretched too, so you'll have to keep doing the go/no-go calls. Seven to "
            "three is fine, and we check in Thursday.",
            False,
            "doesn't cover the go/no-go calls",
            id="names-a-need-to-turn-it-down",
        ),
        pytest.param(
            "Jenna won't take the go/no-go calls, that stays with you. Seven to three is fine, "
            "and we check in Thursday.",
            False,
            "doesn't cover the go/no-go calls",
            id="any-verb-refused",
        ),
        pytest.param(
            "This is not about the go/no-go calls. Seven to three is fine, and we check in "
            "Thursday.",
            False,
            "doesn't cover the go/no-go calls",
            id="not-about-it",
        ),
        pytest.param(
            "Seven to three is fine, and the go/no-go calls stay yours. We check in Thursday.",
            False,
            "doesn't cover the go/no-go calls",
            id="stays-yours",
        ),
        pytest.param(
            "Seven to three is fine; the go/no-go rota stays full as it is. Thursday, then.",
            False,
            "doesn't cover the go/no-go calls",
            id="stays-full",
        ),
        pytest.param(
            "Jenna takes the go/no-go calls, so you won't have to run them. Seven to three is "
            "fine, and we check in Thursday.",
            True,
            "Thursday works.",
            id="relief-is-no-refusal",
        ),
    ],
)
def test_commits_only_to_a_proposal_covering_the_required_needs(
    text: str, committed: bool, said: str
) -> None:
    """A proposal must cover next_step.needs; a need named only to be turned down, in any verb
    ("Jenna won't take the calls", "that stays with you", "the calls stay yours"), is not
    covered, though relief ("you won't have to run them") is; the reply echoes the manager's
    own day."""
    engine = _ready("launch-engineer", ["release-captain-cover"])
    out = step(engine, turn(NS, text=text))
    assert engine.state.committed is committed
    assert said in (out.proposal or out.missing or "")
    assert "Friday" not in (out.proposal or "")


def test_offered_need_counts_as_reached_when_agreed() -> None:
    """A need the manager offered and the employee agreed to is reached: the cards agree."""
    engine = _ready("launch-engineer")
    step(engine, turn(NS, text="Jenna takes release captain and you work seven to three."))
    assert engine.state.committed
    assert engine.state.agreed_needs == ["release-captain-cover", "shifted-hours"]
    assert set(engine.state.agreed_needs) <= set(engine.state.needs_surfaced)


def test_after_agreeing_the_manager_gets_a_closing_turn() -> None:
    """Agreement does not end the session; the manager's next turn closes it."""
    engine = _ready("launch-engineer")
    step(engine, turn(NS, text="Jenna takes release captain and you work seven to three."))
    assert engine.state.committed and not engine.state.ended
    close = step(engine, turn(SYM, text="Thank you for trusting me with this."))
    assert close.reaction is Reaction.AFTER_COMMIT
    assert close.ended and close.end_reason is EndReason.COMMITTED


# --- ending ------------------------------------------------------------------------------------


def test_blame_shuts_down_and_ends() -> None:
    """Judgment at low trust ends the session in a shutdown, and no further turn is taken."""
    engine = Engine(catalog.get_persona("reorg-lead"))
    out = step(engine, turn(JUD, text="Calm down."))
    assert out.trust_delta == -2.5  # all the trust Gareth had
    assert out.end_reason is EndReason.SHUTDOWN and engine.state.ended
    with pytest.raises(RuntimeError, match="ended"):
        step(engine, turn(OQ, text="Hello?"))


def test_time_runs_out_after_max_turns() -> None:
    """Neutral turns run the clock out with a closing reaction on the last one."""
    persona = catalog.get_persona("new-hire")
    engine = Engine(persona)
    outs = [step(engine, turn(OTH, text=f"Noted {i}.")) for i in range(persona.max_turns)]
    assert outs[-1].reaction is Reaction.CLOSING
    assert engine.state.end_reason is EndReason.TURN_LIMIT


def test_a_neutral_turn_at_low_trust_never_reads_as_warm() -> None:
    """Logistics at low trust get a guarded reaction, never an opening-up one."""
    engine = Engine(catalog.get_persona("passed-over"))
    outs = [step(engine, turn(OTH, text=f"The sprint ends on day {i}.")) for i in range(3)]
    assert all(o.reaction is Reaction.GUARDED for o in outs)


def test_blame_never_earns_trust_whatever_the_move() -> None:
    """ "That's not good enough" costs trust even when the turn also reads as a reflection."""
    engine = Engine(catalog.get_persona("quota-rep"))
    text = "A prospect said you were all over the place on the demo. That's not good enough."
    out = step(engine, turn(REF, text=text))
    assert out.trust_delta == -2 and out.reaction is Reaction.SHUTTING_DOWN
    assert "that's not good enough" in out.reasons[0]


def test_asking_about_a_locked_layer_gets_a_deflection_not_the_next_story_line() -> None:
    """ "What's going on outside of work?" before he is ready: he deflects, rather than
    telling more of the launch story as if that answered it."""
    engine = Engine(catalog.get_persona("launch-engineer"))
    engine.state.disclosed = ["launch-scope"]
    out = step(engine, turn(OQ, text="What's been going on outside of work?"))
    assert out.layer is None and out.reaction is Reaction.DEFLECTING


def test_elaborating_stays_on_the_layer_the_turn_is_about() -> None:
    """With two layers out, a turn about the launch keeps him on the launch, not his dad."""
    engine = Engine(catalog.get_persona("launch-engineer"))
    engine.state.trust = 8
    engine.state.disclosed = ["launch-scope", "dad-in-hospital"]
    out = step(engine, turn(REF, text="Staging keeps falling over on you.", grounding=("staging",)))
    assert out.reaction is Reaction.ELABORATE and out.about == "launch-scope"


def test_a_reflection_that_names_nothing_is_a_formula() -> None:
    """ "I really appreciate you and I hear you", read as a reflection, names nothing of
    theirs and no feeling: it earns what a formula earns and is no good turn."""
    engine = Engine(catalog.get_persona("passed-over"))
    out = step(engine, turn(REF, text="I really appreciate everything you do and I hear you."))
    assert out.trust_delta == 0.25 and not out.good


def test_real_listening_at_low_trust_gets_no_brush_off() -> None:
    """A grounded reflection while trust is still low gets a plain acknowledgement, never a
    guarded brush-off; warmth comes once trust allows."""
    engine = Engine(catalog.get_persona("passed-over"))
    engine.state.trust = 1
    out = step(engine, turn(REF, text="The slide said 'Platform team'.", grounding=("slide",)))
    assert out.good and out.reaction is Reaction.NEUTRAL


def test_a_proposal_is_not_a_factual_question() -> None:
    """A plan that mentions a fact's topic ("instead of the forecast call. Thursday?") is
    answered as a plan, not with the fact."""
    engine = _ready("quota-rep", ["ramp-target", "later-calls"])
    text = "A pro-rated target, and a written forecast instead of the forecast call. Thursday?"
    out = step(engine, turn(CQ, NS, text=text))
    assert out.reaction is Reaction.COMMITTING and out.answer is None


@pytest.mark.parametrize(
    ("text", "said"),
    [
        pytest.param("Rota from Saturday, and we talk again on Monday?", "Monday", id="check-in"),
        pytest.param(
            "Jenna from tomorrow, and we check in Thursday at 4pm.", "Thursday at 4pm", id="time"
        ),
        pytest.param("Let's get it going, Friday.", "Friday", id="last-day"),
        pytest.param(
            "The sync moves to four o'clock, and we check in Monday.",
            "Monday",
            id="no-time-from-another-part-of-the-plan",
        ),
        pytest.param("Check in Friday at ten?", "Friday at ten", id="a-bare-hour"),
        pytest.param(
            "I'll move the four o'clock sync. Friday at nine, agreed?",
            "Friday at nine",
            id="the-time-named-with-the-day",
        ),
    ],
)
def test_the_agreed_check_in_is_the_one_the_manager_named(text: str, said: str) -> None:
    """The commitment echoes the manager's check-in day and time, not another day they named,
    nor a time from another part of the plan (blind set 19: "Monday at five o'clock")."""
    from simulator.conversation._agreement import check_in

    assert check_in(text) == said


def test_an_offer_of_what_they_need_is_a_proposal() -> None:
    """ "I'll open Thursday by saying it's blameless..." proposes, even with no next-step cue,
    and the day already in the plan is not said twice."""
    engine = _ready("incident-engineer", ["blameless-opening"])
    text = (
        "I'll open Thursday's postmortem by saying it's blameless, and let's do ten minutes "
        "on video every Monday. Sound okay?"
    )
    out = step(engine, turn(CQ, text=text))
    assert out.reaction is Reaction.COMMITTING
    assert out.proposal == (
        "You open Thursday by saying it's blameless and about the process. "
        "Ten minutes on video every Monday."
    )


def test_asking_for_the_next_step_again_after_progress_is_no_repeat() -> None:
    """ "What's the next step?" again once their needs are out gets their proposal; asked
    again with nothing new, it is a repeat."""
    engine = _ready("launch-engineer")
    ask = "What's the next step?"
    assert step(engine, turn(OQ, NS, text=ask)).reaction is Reaction.NOT_READY
    assert step(engine, turn(OQ, NS, text=ask, repeat=0)).repeat
    engine.state.needs_surfaced = ["release-captain-cover", "shifted-hours"]
    again = step(engine, turn(OQ, NS, text=ask, repeat=0))
    assert not again.repeat and again.reaction is Reaction.PROPOSING


def test_a_bare_ask_names_what_is_missing_without_pretending_an_offer() -> None:
    """Asked (not offered) for a step with only some needs named: they say what they need so
    far, rather than "that doesn't cover" an offer nobody made."""
    engine = _ready("passed-over", ["written-reasons"])
    out = step(engine, turn(OQ, NS, text="What would a good next step look like for you?"))
    assert out.reaction is Reaction.NOT_READY
    assert out.missing == (
        "The reasons in writing, for a start. I'm not sure yet what else would help."
    )


def test_a_change_lost_at_the_end_of_the_scale_is_explained() -> None:
    """At full trust a reflection's +2 cannot show on the chart; the reasons say why."""
    engine = Engine(catalog.get_persona("quota-rep"))
    engine.state.trust = 10
    out = step(engine, turn(REF, text="So the number is on you.", grounding=("number",)))
    assert out.trust_delta == 0
    assert out.reasons[-1] == "No change: trust is already at the top"


def test_a_plan_that_falls_short_draws_out_the_rest_of_what_they_need() -> None:
    """Offering one thing they need and asking what else would help is when they say the rest
    (the next need their trust allows), not "we haven't really talked about that"."""
    engine = _ready("incident-engineer", ["blameless-opening"])
    offer = (
        "Yes, I'll open it on Thursday and say up front that it's blameless and about the"
        " process. Is there anything else you'd need from me?"
    )
    out = step(engine, turn(NS, RC, text=offer))
    assert out.reaction is Reaction.NEED
    persona = catalog.get_persona("incident-engineer")
    added = engine.state.needs_surfaced[1:]
    assert len(added) == 1 and added[0] in persona.next_step.needs
    assert added[0] != "blameless-opening"


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        pytest.param(
            "So Greg answered 'It's in the onboarding doc' in front of everyone. That stings.",
            False,
            id="their-quote-with-a-contraction",
        ),
        pytest.param(
            "Oof. 'It's in the onboarding doc,' in your first week.", False, id="quote-opens-it"
        ),
        pytest.param("It's in the onboarding doc, you know.", True, id="said"),
    ],
)
def test_a_quote_with_a_contraction_is_still_a_quote(text: str, fires: bool) -> None:
    """A skilled manager quoting what was said to them ("Greg answered 'It's in the onboarding
    doc'") does not say the trigger phrase, though the quote holds an apostrophe; saying it
    does (six blind skilled voices had drawn "Sorry. Sorry. I'll get it done.")."""
    engine = Engine(catalog.get_persona("new-hire"))
    engine.state.trust = 8
    out = step(engine, turn(OTH, text=text))
    assert bool(out.triggers) is fires


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        pytest.param("It sounds like you're excited about the launch.", "Excited", id="a-mood"),
        pytest.param("You must be great about it all.", "Great", id="a-mood-with-must-be"),
        pytest.param("I think you're really good.", None, id="praise-of-them"),
        pytest.param("You're great with the clients.", None, id="great-with"),
        pytest.param("You're good at untangling incidents.", None, id="good-at"),
    ],
)
def test_praise_of_them_is_no_cheerful_feeling_pinned_on_them(text: str, wrong: str | None) -> None:
    """ "You're excited" to someone who never said so is corrected; "I think you're really good"
    praises them and is not heard as a mood they never expressed (blind set 20 drew "Good? No.")."""
    from simulator.conversation._made_up import wrong_feeling

    assert wrong_feeling(text, [("employee", "I've got maybe twenty minutes.")]) == wrong
