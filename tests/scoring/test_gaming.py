"""The scorer cannot be gamed: it rewards listening, not the words of listening.

Hand-written transcripts (no engine) pin the scorer's resistance on its own: the same employee
lines answered by a skilled manager, honest weaker ones, and six gaming styles. A smaller run
through the real engine and scripted partner (the scripts of ``bench/eval_gaming.py``) checks the
same orderings on live sessions; since the engine's lines change, it asserts margins, never exact
numbers.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from simulator.content import catalog
from simulator.content.rubrics import Rubric
from simulator.content.transcript import Transcript, Turn
from simulator.scoring._explain import NONE_DID
from simulator.scoring.analysis import analyse
from simulator.scoring.scorecard import Scorecard
from simulator.scoring.scorer import features, score

EMPLOYEE = [
    "Hey. I've got maybe twenty minutes, I'm in the middle of the retry logic.",
    "Honestly, the launch is the problem. Staging falls over every time someone runs a load test.",
    "I've asked for a dedicated environment three times. Nobody listens.",
    "And I'm the only one who knows the old settlement code, so it's all on me.",
    "I'm exhausted. I've been pushing commits at two in the morning.",
    "My dad had a stroke last week. He's in hospital and I go there every night.",
    "I didn't want to be the guy with a problem two weeks before launch.",
    "If Jenna could run the nightly go/no-go calls, that would give me my evenings back.",
    "A seven-to-three day for a few weeks would help too.",
]

STYLES: dict[str, list[str]] = {
    "skilled": [
        "Thanks for making the time. How are things really going for you?",
        "So the launch is the problem, and staging keeps falling over under load. "
        "What's that been like?",
        "You've asked for an environment three times and nobody has listened. "
        "That sounds really frustrating.",
        "So you're the only one who knows the settlement code. What's been the hardest part of "
        "carrying that?",
        "Commits at two in the morning, and you're exhausted. What's been keeping you up?",
        "I'm so sorry about your dad. Thank you for telling me. How are you holding up?",
        "It makes sense you didn't want to say anything before launch. You kept the launch "
        "moving through a stroke in the family, and that shows real commitment.",
        "What do you need from me to get your evenings back?",
        "Let's agree Jenna runs the go/no-go calls from tomorrow, you move to seven-to-three, "
        "and we check in on Friday. How does that sound?",
    ],
    "mediocre": [
        "So how's everything going?",
        "Okay. Is the launch on track?",
        "I hear you. Have you tried blocking out focus time in your calendar?",
        "Right. You're doing a great job, by the way.",
        "What do you think is going on?",
        "Have you talked to the team about it?",
        "Okay, I understand. Anything I can do?",
        "I'd suggest you prioritise the most important things first.",
        "Good. Let's check in again next week.",
    ],
    "blunt": [
        "Where are we on the deliverables?",
        "You need to calm down. Everyone is busy right now.",
        "Why didn't you tell me sooner?",
        "Just push through it; it's not a big deal.",
        "Is it going to be done by Friday?",
        "You should have planned better.",
        "Honestly, your work has been sloppy lately.",
        "Get it done by Friday.",
        "Fine. We're done here.",
    ],
    "formula on repeat": ["It sounds like that's really hard. What else?"] * 9,
    "keyword stuffing": [
        "I really appreciate all your hard work. What do you need from me to succeed, and "
        "what's the next step?"
    ]
    * 9,
    "keyword stuffing, reworded": [
        "I really appreciate all your hard work. What do you need from me, and what's the next "
        "step?",
        "I appreciate your hard work so much. What do you need from me and what's our next step?",
        "Thanks for all your hard work. What do you need from me? What's the next step?",
    ]
    * 3,
    "nonsense reflections": [
        "It sounds like you feel like a banana.",
        "So what I'm hearing is that you're worried about penguins on the moon.",
        "It sounds like your trampoline is the real issue.",
    ]
    * 3,
    # The same with people and places instead of things: no determiner names them.
    "nonsense names": [
        "It sounds like you're still upset that Marguerite moved to Lisbon.",
        "So Derek taking over Hartley left you feeling erased.",
        "I'm hearing that Oliver and Fatima ganged up on you in Leeds.",
    ]
    * 3,
    "judgment as reflection": [
        "It sounds like you're making excuses.",
        "I hear you, but honestly your work has been sloppy lately.",
        "Sounds like you're overreacting a bit.",
    ]
    * 3,
    "tell me more on repeat": ["Tell me more about that."] * 9,
    # A hardship over a span of time is taken as an empathic guess, not a mis-reflection;
    # a new guess every turn, with nothing of theirs in it, must not pass for listening.
    "hardship guesses on repeat": [
        "It sounds like it's been a heavy few weeks.",
        "Sounds like a rough month.",
        "Seems like a tough stretch for you.",
        "It sounds like a hard couple of weeks.",
        "So it's been a brutal quarter.",
        "Sounds like a difficult few days.",
        "It sounds like a rough patch.",
        "That sounds like a hard week.",
        "Seems like a tough season.",
    ],
    "yes/no interrogation": [
        "Is the launch on track?",
        "Did you finish the tests?",
        "Are you okay?",
        "Can you make the deadline?",
        "Is there anything else?",
        "Do you have what you need?",
        "Will it be done by Friday?",
        "Is Jenna available?",
        "Are we done?",
    ],
}
GAMING = [s for s in STYLES if s not in ("skilled", "mediocre", "blunt")]


def _transcript(manager: list[str], employee: list[str] = EMPLOYEE, tid: str = "t") -> Transcript:
    turns = [Turn(speaker="employee", text=employee[0])]
    for m, e in zip(manager, [*employee[1:], ""], strict=False):
        turns.append(Turn(speaker="manager", text=m))
        if e:
            turns.append(Turn(speaker="employee", text=e))
    return Transcript(id=tid, turns=turns)


@pytest.fixture(scope="module")
def rubric() -> Rubric:
    return catalog.get_rubric("one-on-one")


@pytest.fixture(scope="module")
def cards(rubric: Rubric) -> dict[str, Scorecard]:
    return {style: score(_transcript(lines, tid=style), rubric) for style, lines in STYLES.items()}


def _crit(card: Scorecard, cid: str) -> float:
    return next(c.score for c in card.criteria if c.id == cid)  # type: ignore[return-value]


def test_honest_managers_are_ordered(cards: dict[str, Scorecard]) -> None:
    """Skilled beats mediocre beats blunt overall, each by a clear margin."""
    sk, me, bl = (cards[s].overall for s in ("skilled", "mediocre", "blunt"))
    assert sk - me >= 1.0 and me - bl >= 0.5, (sk, me, bl)


@pytest.mark.parametrize("style", [pytest.param(s, id=s.replace(" ", "-")) for s in GAMING])
def test_skilled_beats_every_gaming_style_by_a_point(
    cards: dict[str, Scorecard], style: str
) -> None:
    """No gaming style comes within 1.0 of the skilled manager overall, nor beats them on
    either group."""
    sk, game = cards["skilled"], cards[style]
    assert sk.overall - game.overall >= 1.0, (sk.overall, game.overall)
    assert sk.empathy > game.empathy and sk.execution >= game.execution


def test_repeats_earn_nothing_the_second_time(rubric: Rubric) -> None:
    """Saying every skilled line twice earns no more credit than saying each once."""
    once = _transcript(STYLES["skilled"])
    lines = STYLES["skilled"] + STYLES["skilled"]
    twice = _transcript(lines, EMPLOYEE + EMPLOYEE[1:] + ["Okay."])
    names = [f"count:{m}" for m in ("reflection", "open_question", "recognition", "sympathy")]
    names += ["count:resource_check", "count:next_step"]
    f1, f2 = features(analyse(once), names), features(analyse(twice), names)
    for name in names:
        assert f2[name] == pytest.approx(f1[name]), name
    assert score(twice, rubric).overall <= score(once, rubric).overall


def test_one_stuffed_turn_cannot_max_several_criteria(rubric: Rubric) -> None:
    """Appreciation, "what do you need" and "next step" in one turn earn less on each criterion
    than the same three said in turns of their own."""
    filler = ["Okay."] * 3
    stuffed_line = (
        "You have done great work on the launch. What do you need from me, and what's the next "
        "step?"
    )
    stuffed = _transcript([stuffed_line, *filler], EMPLOYEE[:5], tid="stuffed")
    apart = _transcript(
        [
            "You have done great work on the launch.",
            "What do you need from me to get your evenings back?",
            "What's the next step on the launch, and shall we check in on Friday?",
            "Okay.",
        ],
        EMPLOYEE[:5],
        tid="apart",
    )
    s, a = score(stuffed, rubric), score(apart, rubric)
    for cid in ("recognition", "resources", "next_step"):
        assert _crit(s, cid) < 4.0, cid
        assert _crit(s, cid) < _crit(a, cid), cid


def test_grounded_reflections_beat_formulas(cards: dict[str, Scorecard]) -> None:
    """Reflections in the employee's own words earn far more presence than formulas."""
    assert _crit(cards["skilled"], "presence") - _crit(cards["formula on repeat"], "presence") > 1.5


@pytest.mark.parametrize(
    "style",
    [
        pytest.param("nonsense reflections", id="misreflection"),
        pytest.param("nonsense names", id="made-up-names"),
        pytest.param("judgment as reflection", id="disguised-judgment"),
    ],
)
def test_misreflections_and_disguised_judgment_cost(
    rubric: Rubric, cards: dict[str, Scorecard], style: str
) -> None:
    """Reflecting things never said, or judging in a listening form, scores below saying nothing
    much at all ("Okay.") on presence and judgment-free space."""
    neutral = score(_transcript(["Okay."] * 9, tid="neutral"), rubric)
    for cid in ("presence", "judgment_free"):
        assert _crit(cards[style], cid) < _crit(neutral, cid), cid


def test_one_slip_does_not_floor_a_pattern_does(rubric: Rubric) -> None:
    """One "You need to calm down" in an otherwise skilled conversation costs a level or so of
    judgment-free space, never the floor or "repeatedly"; four slips floor it."""
    lines = list(STYLES["skilled"])
    lines[4] = "You need to calm down."
    one = next(c for c in score(_transcript(lines), rubric).criteria if c.id == "judgment_free")
    assert one.score is not None and one.score >= 3.0
    assert "repeatedly" not in one.rationale
    for i in (2, 4, 6, 7):
        lines[i] = "You need to calm down. You should have planned better."
    many = score(_transcript(lines), rubric)
    assert _crit(many, "judgment_free") <= 1.5


def test_no_praise_is_not_generic_praise(rubric: Rubric) -> None:
    """A manager who reflected a lot but praised nobody is not told their praise was generic."""
    lines = [STYLES["skilled"][i] for i in (0, 1, 3, 4, 1, 3, 4, 0, 1)]
    card = score(_transcript(lines), rubric)
    rec = next(c for c in card.criteria if c.id == "recognition")
    assert rec.level == 1 and "generic praise" not in rec.rationale
    assert "No recognition" in rec.rationale


_JARGON = ("ratio", "share:", "any:", "count:", "pattern:", "open question +", "×", "% of open")


@pytest.mark.parametrize("style", [pytest.param(s, id=s.replace(" ", "-")) for s in STYLES])
def test_explanations_follow_their_evidence(
    rubric: Rubric, cards: dict[str, Scorecard], style: str
) -> None:
    """Each criterion's explanation quotes the anchor of the level reached, uses no formula
    jargon, quotes only turns among its evidence, and never says "no X" for a behaviour it
    cites as supporting evidence."""
    card = cards[style]
    transcript = _transcript(STYLES[style])
    moves = {a.turn: set(a.moves) for a in card.annotations}
    for c in card.criteria:
        anchor = rubric.criterion(c.id).anchors[c.level]  # type: ignore[index]
        head = f'Level {c.level}: "{anchor}"'
        assert c.rationale.startswith(head)
        said = c.rationale[len(head) :]
        assert not any(j in said for j in _JARGON), said
        cited = " ".join(transcript.turns[e.turn].text for e in c.evidence)
        for quoted in said.split('("')[1:]:
            assert quoted.split('")')[0].rstrip("…") in cited
        shown = set().union(*(moves[e.turn] for e in c.evidence if e.supports))
        for move, none in NONE_DID.items():
            if none and none in said:
                assert move not in shown, (move, said)


# --- live sessions through the engine and the scripted partner ----------------------------


def _eval_gaming():  # type: ignore[no-untyped-def]
    path = Path(__file__).resolve().parents[2] / "bench" / "eval_gaming.py"
    spec = importlib.util.spec_from_file_location("eval_gaming", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("eval_gaming", module)  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_live_sessions_keep_the_ordering(rubric: Rubric) -> None:
    """On sessions played through the engine with two personas, skilled > mediocre > blunt and
    skilled is at least 1.0 above keyword stuffing and formulas on repeat."""
    ev = _eval_gaming()
    styles = {
        name: ev.STYLES[name]
        for name in ("skilled", "mediocre", "blunt", "keyword stuffing", "formula on repeat")
    }
    rows = ev.run(rubric, turns=12, styles=styles, personas=("launch-engineer", "passed-over"))
    m = {style: o for style, (o, _, _) in ev.means(rows).items()}
    assert m["skilled"] > m["mediocre"] > m["blunt"], m
    assert m["skilled"] - max(m["keyword stuffing"], m["formula on repeat"]) >= 1.0, m


@pytest.mark.parametrize(
    "persona_id", [pytest.param(p, id=p) for p in ("launch-engineer", "passed-over", "quota-rep")]
)
def test_a_day_and_a_time_tacked_onto_every_turn_earns_no_agreed_step(
    rubric: Rubric, persona_id: str
) -> None:
    """Our adversarial pass on the rule that hears a day and a time as a next step: a stock
    question with "Thursday at three?" tacked on, turn after turn, is turned down ("A plan for
    what, though?") and never agreed, so next step stays below "agreed together" and the whole
    stays far below a skilled manager's."""
    from simulator.conversation.scripted import ScriptedPartner
    from simulator.conversation.session import Session

    s = Session(catalog.get_persona(persona_id), ScriptedPartner(seed=0))
    for i in range(12):
        if s.ended:
            break
        s.respond(
            ("What's been hardest?", "What's going on for you?")[i % 2]
            + " Could we pick this up Thursday at three?"
        )
    assert not s.engine.state.committed
    card = score(s.transcript(), rubric)
    step = next(c for c in card.criteria if c.id == "next_step")
    assert step.score is not None and step.score < 3.5, step.rationale
    assert card.overall is not None and card.overall < 2.6, card.overall
