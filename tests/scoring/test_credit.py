"""How much one assessed manager turn earns (simulator.scoring._credit)."""

from __future__ import annotations

import dataclasses

import pytest

from simulator.moves.assessment import Assessment
from simulator.moves.vocabulary import Move
from simulator.scoring._credit import GENERIC, SAID_BACK, SANDWICH, credit_of
from tests.support.assessed import assessed as _assessed


@pytest.mark.parametrize(
    ("moves", "earned"),
    [
        pytest.param((Move.RECOGNITION,), 1.0, id="praise-on-its-own"),
        pytest.param((Move.RECOGNITION, Move.ADVICE), SANDWICH, id="compliment-sandwich"),
        pytest.param((Move.RECOGNITION, Move.JUDGMENT), 0.0, id="praise-with-a-verdict"),
        pytest.param(
            (Move.RECOGNITION, Move.ADVICE, Move.JUDGMENT), 0.0, id="verdict-outweighs-advice"
        ),
    ],
)
def test_recognition_must_stand_on_its_own(moves: tuple[Move, ...], earned: float) -> None:
    """Praise alongside a verdict on the person earns no recognition and praise wrapping a fix
    earns part, yet both still count as praise seen (so the explanation can name it)."""
    credit = credit_of(_assessed(moves), has_context=True).credit
    assert credit[Move.RECOGNITION.value] == pytest.approx(earned)
    for m in moves:
        if m is not Move.RECOGNITION:
            assert credit[m.value] == 1.0  # the costly moves count in full regardless


def test_inferred_reflection_earns_most_of_a_grounded_one() -> None:
    """A reflection with none of the employee's words (an inferred feeling: a complex
    reflection) earns most, but not all, of what one in their own words earns."""
    grounded = credit_of(_assessed((Move.REFLECTION,)), has_context=True).credit
    inferred = credit_of(_assessed((Move.REFLECTION,), grounding=()), has_context=True).credit
    assert inferred[Move.REFLECTION.value] == GENERIC[Move.REFLECTION]
    assert 0.5 < inferred[Move.REFLECTION.value] < grounded[Move.REFLECTION.value] == 1.0


def test_asking_for_the_same_thing_in_the_same_words_adds_nothing_to_the_count() -> None:
    """ "What do you need?" asked in turn after turn counts once towards how often it was asked
    (count/share features); a differently worded ask counts again, and each asking still stands
    for the best single turn."""
    from simulator.scoring._credit import TurnCredit, tally

    def ask(cue: str) -> tuple[TurnCredit, dict[Move, str]]:
        a = _assessed((Move.RESOURCE_CHECK,))
        cues = {Move.RESOURCE_CHECK: cue}
        return credit_of(a, has_context=True), cues

    same = tally([ask("'what do you need'")] * 3)
    varied = tally([ask("'what do you need'"), ask("'what would help'"), ask("'what support'")])
    name = Move.RESOURCE_CHECK.value
    assert same.credit[name] == pytest.approx(1.0)
    assert varied.credit[name] == pytest.approx(3.0)
    assert same.best[name] == varied.best[name] == 1.0
    assert same.raw[name] == 3


@pytest.mark.parametrize(
    ("asks", "moves", "earns"),
    [
        pytest.param(
            3, (Move.OPEN_QUESTION, Move.RESOURCE_CHECK, Move.NEXT_STEP), False, id="three-asks"
        ),
        pytest.param(
            2, (Move.OPEN_QUESTION, Move.RECOGNITION, Move.RESOURCE_CHECK), False, id="praise-wrap"
        ),
        pytest.param(2, (Move.OPEN_QUESTION,), True, id="two-asks-about-one-thing"),
        pytest.param(1, (Move.OPEN_QUESTION, Move.RESOURCE_CHECK), True, id="one-ask"),
    ],
)
def test_a_checklist_turn_earns_nothing_for_its_asks(
    asks: int, moves: tuple[Move, ...], earns: bool
) -> None:
    """Three questions at once, or two wrapped in praise or another ask, are a checklist: its
    questions, asks and praise earn nothing however they are reworded; a plain question (or
    two about one thing) earns as before."""
    import dataclasses

    a = dataclasses.replace(_assessed(moves), asks=asks)
    assert a.checklist is not earns
    credit = credit_of(a, has_context=True).credit
    assert (credit[Move.OPEN_QUESTION.value] > 0) is earns


def test_sympathy_in_a_checklist_still_counts() -> None:
    """Kindness about what they said is not part of the checklist around it."""
    import dataclasses

    moves = (Move.OPEN_QUESTION, Move.SYMPATHY, Move.RESOURCE_CHECK)
    a = dataclasses.replace(_assessed(moves), asks=2)
    assert a.checklist
    assert credit_of(a, has_context=True).credit[Move.SYMPATHY.value] > 0


@pytest.mark.parametrize(
    ("grounded_turns", "earning"),
    [
        pytest.param((), 2, id="five-stock-questions-two-earn"),
        pytest.param((3,), 4, id="a-grounded-turn-between-resets-the-run"),
        pytest.param((0, 1, 2, 3, 4), 5, id="questions-that-follow-their-words-all-earn"),
    ],
)
def test_stock_questions_in_a_row_earn_nothing_after_two(
    grounded_turns: tuple[int, ...], earning: int
) -> None:
    """Open questions that take up nothing they said earn for two turns in a row; after that
    they are a list being worked through and earn nothing (still counted as asked), until a
    turn takes up their words again."""
    from simulator.scoring._credit import STOCK_ASKS, tally

    name = Move.OPEN_QUESTION.value
    turns = []
    for i in range(5):
        grounding = ("migration",) if i in grounded_turns else ()
        a = _assessed((Move.OPEN_QUESTION,), grounding=grounding)
        turns.append((credit_of(a, has_context=True), {Move.OPEN_QUESTION: f"cue {i}"}))
    t = tally(turns)
    assert STOCK_ASKS == 2
    assert t.earned[name] == earning
    assert t.raw[name] == 5
    assert t.stock[name] == 5 - earning


def test_a_stuffed_turn_earns_no_more_than_a_formula() -> None:
    """A turn packed with coaching words earns for each move no more than a listening formula,
    even with their words slotted in, and is not substantive."""
    from simulator.scoring._credit import FORMULA

    text = (
        "I appreciate you and value your honesty. It sounds like the migration is a real "
        "obstacle. What support and resources would help you succeed?"
    )
    base = _assessed((Move.OPEN_QUESTION, Move.REFLECTION, Move.RECOGNITION))
    a = Assessment(**{**{f: getattr(base, f) for f in base.__dataclass_fields__}, "text": text})
    assert a.stuffed
    tc = credit_of(a, has_context=True)
    assert all(
        tc.credit[m.value] <= FORMULA
        for m in (Move.OPEN_QUESTION, Move.REFLECTION, Move.RECOGNITION)
    )
    assert not tc.grounded


@pytest.mark.parametrize(
    ("field", "has_context", "reflection"),
    [
        pytest.param("made_up", True, False, id="things-from-nowhere-in-context"),
        pytest.param("unmentioned_life", True, False, id="a-life-from-nowhere-in-context"),
        pytest.param("made_up", False, True, id="no-context-no-judging-it"),
    ],
)
def test_a_reflection_naming_things_never_said_earns_nothing(
    field: str, has_context: bool, reflection: bool
) -> None:
    """With context to check against, a reflection that names things they never mentioned
    ("the Jenkins account", "your sister's wedding") is a mis-reflection for credit; with no
    context there is nothing to check, and form decides."""
    base = _assessed((Move.REFLECTION,), grounding=())
    fields = {f: getattr(base, f) for f in base.__dataclass_fields__}
    a = Assessment(**{**fields, field: "jenkins and account"})
    tc = credit_of(a, has_context=has_context)
    assert (Move.REFLECTION.value in tc.credit) is reflection
    assert ("misreflection" in tc.credit) is not reflection


@pytest.mark.parametrize(
    ("grounding", "specific"),
    [
        pytest.param(("monday",), False, id="a-day"),
        pytest.param(("next week",), False, id="a-time-phrase"),
        pytest.param(("staging",), True, id="their-thing"),
        pytest.param(("mondays",), False, id="a-day-in-another-form"),
        pytest.param(("checking",), False, id="check-in-is-not-their-checking"),
        pytest.param(("checking numbers",), True, id="a-phrase-with-their-thing"),
    ],
)
def test_days_and_weeks_are_nobody_s_own_words(grounding: tuple[str, ...], specific: bool) -> None:
    """ "Let's check in on Monday" after they mentioned Monday takes up nothing of their story:
    days and time phrases are too common to make a turn specific."""
    from simulator.scoring._credit import grounded_in_content

    assert grounded_in_content(_assessed((Move.NEXT_STEP,), grounding=grounding)) is specific


def test_a_question_asked_again_word_for_word_earns_nothing_as_a_question() -> None:
    """The same open question or resource check again, word for word, earns nothing for the
    asking; the rest of the turn (a reflection) still earns."""
    base = _assessed((Move.OPEN_QUESTION, Move.REFLECTION, Move.RESOURCE_CHECK))
    fields = {f: getattr(base, f) for f in base.__dataclass_fields__}
    tc = credit_of(Assessment(**{**fields, "asked_again": True}), has_context=True)
    assert tc.credit[Move.OPEN_QUESTION.value] == 0.0
    assert tc.credit[Move.RESOURCE_CHECK.value] == 0.0
    assert tc.credit[Move.REFLECTION.value] > 0.0


def test_praise_in_a_stock_counterweight_earns_as_generic_praise() -> None:
    """Recognition that sits in the stock side of a double-sided reflection earns no more than
    generic praise, however grounded the other side is."""
    from dataclasses import replace

    a = _assessed((Move.RECOGNITION, Move.REFLECTION))
    stock = replace(a, counterweight="you really care about getting it right")
    stock = replace(
        stock, cues={**stock.cues, Move.RECOGNITION: "specific recognition 'you really care about'"}
    )
    assert credit_of(a, has_context=True).credit[Move.RECOGNITION.value] == 1.0
    assert (
        credit_of(stock, has_context=True).credit[Move.RECOGNITION.value]
        == GENERIC[Move.RECOGNITION]
    )


@pytest.mark.parametrize(
    ("adds_own", "earned"),
    [
        pytest.param(True, 1.0, id="their-words-and-the-manager-s-own"),
        pytest.param(False, SAID_BACK, id="their-words-said-back"),
    ],
)
def test_a_reflection_that_only_says_their_words_back_earns_half(
    adds_own: bool, earned: float
) -> None:
    """A grounded reflection in the manager's own words earns in full; their sentence said back
    with nothing of the manager's own (a simple reflection, ELIZA's trick) earns half, even the
    first two times, before the echo habit makes it a formula."""
    a = dataclasses.replace(_assessed((Move.REFLECTION,)), adds_own=adds_own)
    assert credit_of(a, True).credit["reflection"] == earned


@pytest.mark.parametrize(
    ("cue", "earned"),
    [
        pytest.param("'i really value you'", GENERIC[Move.RECOGNITION], id="the-person-in-general"),
        pytest.param("'you're amazing'", GENERIC[Move.RECOGNITION], id="youre-amazing"),
        pytest.param("'you handled the rollback brilliantly'", 1.0, id="a-deed-named"),
    ],
)
def test_praise_of_the_person_in_general_is_generic(cue: str, earned: float) -> None:
    """ "I really value you" praises nothing they did: in a turn that takes up their words
    elsewhere it still earns as generic praise (blind set 13's tailgate); praise of a deed
    earns in full."""
    from dataclasses import replace

    a = _assessed((Move.RECOGNITION, Move.REFLECTION))
    a = replace(a, cues={**a.cues, Move.RECOGNITION: f"specific recognition {cue}"})
    assert credit_of(a, has_context=True).credit[Move.RECOGNITION.value] == pytest.approx(earned)


@pytest.mark.parametrize(
    ("moves", "earned"),
    [
        pytest.param((Move.REFLECTION,), 1.0, id="a-reflection"),
        pytest.param((Move.REFLECTION, Move.JUDGMENT), SANDWICH, id="restated-for-a-verdict"),
    ],
)
def test_their_words_restated_to_set_up_a_verdict_earn_half(
    moves: tuple[Move, ...], earned: float
) -> None:
    """A reflection in the same turn as a verdict on them ("So you changed the config. That's
    on you.") sets up a confrontation: half the credit of one on its own."""
    credit = credit_of(_assessed(moves), has_context=True).credit
    assert credit[Move.REFLECTION.value] == pytest.approx(earned)


@pytest.mark.parametrize(
    ("moves", "earned"),
    [
        pytest.param((Move.OPEN_QUESTION,), 1.0, id="a-question"),
        pytest.param((Move.OPEN_QUESTION, Move.JUDGMENT), SANDWICH, id="asked-beside-a-verdict"),
    ],
)
def test_a_question_beside_a_verdict_earns_half(moves: tuple[Move, ...], earned: float) -> None:
    """Set 26's blunt manager: "Whatever it is, get over it. What's going on?" asks for an
    account in the same breath as a verdict: a confrontation, not curiosity, and half the
    credit of the question on its own."""
    credit = credit_of(_assessed(moves), has_context=True).credit
    assert credit[Move.OPEN_QUESTION.value] == pytest.approx(earned)


@pytest.mark.parametrize(
    ("moves", "each"),
    [
        pytest.param((Move.REFLECTION, Move.OPEN_QUESTION), 1.0, id="two-in-full"),
        pytest.param(
            (Move.REFLECTION, Move.OPEN_QUESTION, Move.NEXT_STEP), 2.5 / 3, id="natural-three"
        ),
        pytest.param(
            (Move.OPEN_QUESTION, Move.RECOGNITION, Move.RESOURCE_CHECK, Move.NEXT_STEP),
            2.5 / 4,
            id="stuffed-four",
        ),
    ],
)
def test_one_turn_shares_a_budget_among_its_moves(moves: tuple[Move, ...], each: float) -> None:
    """A skilled manager's "So X. I'll do Y by Friday. How does that sound?" holds three moves
    and keeps most of each; four or more in one turn share the budget, so one stuffed turn
    cannot max out several criteria."""
    credit = credit_of(_assessed(moves), has_context=True).credit
    for m in moves:
        assert credit[m.value] == pytest.approx(each)
