"""Scoring remembers what it worked out for lines, turns and rewrites it has seen; these tests pin
that a remembered result is exactly what a fresh computation gives, whatever came before."""

from __future__ import annotations

import random

import pytest

from simulator.content import catalog
from simulator.content.transcript import Transcript, Turn
from simulator.moves.assessment import assess
from simulator.scoring import _language, rewrites
from simulator.scoring.analysis import analyse
from simulator.scoring.rewrites import rewrite_turn
from simulator.scoring.scorer import _forget, score
from tests.support.synthetic import transcript


def _shuffled(t: Transcript, seed: int) -> Transcript:
    """The same lines in another order: each line now follows other lines."""
    turns = list(t.turns)
    random.Random(seed).shuffle(turns)
    return t.model_copy(update={"turns": turns})


BATCH = [transcript(i, turns=k, seed=9) for i, k in enumerate((4, 12, 30, 70))]
BATCH += [_shuffled(t, i) for i, t in enumerate(BATCH)]
BATCH.append(
    Transcript(
        id="repeats",
        turns=[
            Turn(speaker="employee", text="My dad had a stroke and I've had no time."),
            Turn(speaker="manager", text="It sounds like you're slammed."),
            Turn(speaker="employee", text="My dad had a stroke and I've had no time."),
            Turn(speaker="manager", text="It sounds like you're slammed."),
            Turn(speaker="manager", text="Is the report done?"),
            Turn(speaker="employee", text=""),
            Turn(speaker="manager", text="Tell me more."),
        ],
    )
)


@pytest.mark.parametrize(
    "order", [pytest.param(1, id="forwards"), pytest.param(-1, id="backwards")]
)
def test_scorecards_from_warm_caches_equal_cold_ones(order: int) -> None:
    """Every scorecard of a batch is identical whether scored from cold or after the whole
    batch (in another order) filled the caches of lines, credits and rewrites."""
    rubric = catalog.get_rubric()
    cold = []
    for t in BATCH:
        _forget()
        cold.append(score(t, rubric).model_dump_json())
    for t in BATCH[::order]:
        score(t, rubric)
    warm = [score(t, rubric).model_dump_json() for t in BATCH]
    assert warm == cold


SAID = ["I'm exhausted.", "", "The load tests keep failing on staging.", "My dad is in hospital."]


@pytest.mark.parametrize(
    ("weakness", "text"),
    [
        pytest.param(w, "Is the migration plan done?", id=w)
        for w in ("judgment", "misreflection", "repeat", "formula", "advice", "closed", "other")
    ],
)
def test_remembered_rewrites_follow_the_employees_latest_lines(weakness: str, text: str) -> None:
    """A rewrite is remembered by the employee's last few lines: after each new line it is the
    rewrite a fresh call gives, never the one remembered for earlier lines."""
    for k in range(len(SAID) + 1):
        rewrites._REWRITES.clear()
        fresh = rewrite_turn(weakness, text, SAID[:k])
        assert rewrite_turn(weakness, text, SAID[:k]) == fresh
    remembered = [rewrite_turn(weakness, text, SAID[:k]) for k in range(len(SAID) + 1)]
    rewrites._REWRITES.clear()
    assert remembered == [rewrite_turn(weakness, text, SAID[:k]) for k in range(len(SAID) + 1)]


@pytest.mark.parametrize("t", [pytest.param(t, id=t.id) for t in BATCH])
def test_scoring_reads_the_conversation_as_assess_does(t: Transcript) -> None:
    """score() keeps the conversation as it reads it turn by turn, never handing assess() the
    history: every turn's assessment and credit equal those of assess() given the whole
    history before the turn (empty and repeated turns included)."""
    told = analyse(t)
    handed = analyse(t, lambda text, history: assess(text, list(history)))
    assert [(x.index, x.assessment, x.credit) for x in told] == [
        (x.index, x.assessment, x.credit) for x in handed
    ]


def _joined_not_english(texts: list[str]) -> bool:
    """not_english as one joined sample of the opening turns (how it read before it counted
    turns apart)."""
    sample = " ".join(text[:400] for text in texts[:12])
    words = (_language._ASCII_WORD if sample.isascii() else _language._WORD).findall(sample)
    if len(words) < 12:
        return False
    return sum(w.lower() in _language._ENGLISH for w in words) / len(words) < 0.12


_CUT = "x" * 396 + " don't stop"  # the 400-character sample ends inside "don't"
LANGUAGES = {
    "english": ["How are you doing with the launch?", "What would help you most this week?"] * 4,
    "german": ["Wie geht es dir mit dem Projekt?", "Was würde dir diese Woche helfen?"] * 4,
    "mixed-scripts": ["Привет, как дела с запуском?", "Okay, and what's next for you?"] * 4,
    "cut-mid-word": [_CUT] * 13,
    "few-words": ["Hi.", "Okay."],
}


@pytest.mark.parametrize(
    "texts", [pytest.param(texts, id=name) for name, texts in LANGUAGES.items()]
)
def test_language_counted_per_turn_as_the_joined_sample(texts: list[str]) -> None:
    """not_english counts each opening turn's sample once and adds them up: the same verdict
    as counting the joined sample (no word runs over the joining space), remembered or not."""
    _language._COUNTS.clear()
    assert _language.not_english(texts) == _joined_not_english(texts)
    assert _language.not_english(texts) == _joined_not_english(texts)
