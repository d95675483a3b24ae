"""The held-out sets are well formed: sizes, codes, no duplicates.

Only the sets' integrity is pinned here, never the detectors' accuracy on them: that is measured
once, by ``bench/eval_holdout.py``, and a test on it would invite tuning to the set.
"""

from __future__ import annotations

import re

import pytest

from simulator.moves.vocabulary import Move
from tests.moves.holdout_sets import MANAGER_HOLDOUT, PEER_SUPPORT_HOLDOUT
from tests.moves.spoken_holdout import (
    FINAL_SESSIONS,
    SPOKEN_FINAL,
    SPOKEN_VALIDATION,
    TAGS,
    VALIDATION_SESSIONS,
    Session,
    SpokenItem,
)

PEER_CODES = frozenset(
    {
        Move.REFLECTION,
        Move.RECOGNITION,
        Move.JUDGMENT,
        Move.ADVICE,
        Move.SYMPATHY,
        Move.INFORMATION,
        Move.OPEN_QUESTION,
        Move.CLOSED_QUESTION,
    }
)
MANAGER_CODES = PEER_CODES | {"misreflection"}


def _key(text: str) -> str:
    """Text compared for duplicates: lowercase, letters and digits only."""
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def test_peer_items_are_well_formed() -> None:
    """Every peer item is (non-empty text, set of known move names)."""
    for item in PEER_SUPPORT_HOLDOUT:
        assert len(item) == 2, item
        text, codes = item
        assert isinstance(text, str) and text.strip() == text and text, item
        assert isinstance(codes, set), item
        assert codes <= PEER_CODES, (item, codes - PEER_CODES)


def test_manager_items_are_well_formed() -> None:
    """Every manager item is (employee line, manager line, known codes, note), lines non-empty."""
    for item in MANAGER_HOLDOUT:
        assert len(item) == 4, item
        employee, manager, codes, note = item
        assert isinstance(employee, str) and employee.strip(), item
        assert isinstance(manager, str) and manager.strip(), item
        assert isinstance(codes, set), item
        assert codes <= MANAGER_CODES, (item, codes - MANAGER_CODES)
        assert isinstance(note, str), item


def test_misreflection_is_never_also_a_reflection() -> None:
    """The coding policy codes a mis-reflection instead of a reflection, never both."""
    both = [m for _, m, codes, _ in MANAGER_HOLDOUT if {"misreflection", "reflection"} <= codes]
    assert both == []


@pytest.mark.parametrize(
    "texts",
    [
        pytest.param([t for t, _ in PEER_SUPPORT_HOLDOUT], id="peer-replies"),
        pytest.param([m for _, m, _, _ in MANAGER_HOLDOUT], id="manager-lines"),
    ],
)
def test_no_duplicates(texts: list[str]) -> None:
    """No text appears twice (ignoring case and punctuation): a repeat would weigh double."""
    seen: dict[str, str] = {}
    dupes = []
    for text in texts:
        key = _key(text)
        if key in seen:
            dupes.append((seen[key], text))
        seen[key] = text
    assert dupes == []


@pytest.mark.parametrize(
    ("items", "low", "high"),
    [
        pytest.param([c for _, c in PEER_SUPPORT_HOLDOUT], 140, 220, id="peer"),
        pytest.param([c for _, _, c, _ in MANAGER_HOLDOUT], 95, 150, id="manager"),
    ],
)
def test_size(items: list[set[str]], low: int, high: int) -> None:
    """Each set is about the size the brief asked for (~150 peer, ~100 manager items)."""
    assert low <= len(items) <= high


@pytest.mark.parametrize(
    ("items", "codes", "least"),
    [
        pytest.param([c for _, c in PEER_SUPPORT_HOLDOUT], PEER_CODES, 12, id="peer"),
        pytest.param([c for _, _, c, _ in MANAGER_HOLDOUT], MANAGER_CODES, 6, id="manager"),
    ],
)
def test_every_move_has_enough_gold_items(
    items: list[set[str]], codes: frozenset[str], least: int
) -> None:
    """Every move has enough gold items for its F1 to mean something."""
    counts = {code: sum(code in c for c in items) for code in codes}
    assert {code: n for code, n in counts.items() if n < least} == {}


def test_peer_set_has_items_with_no_move() -> None:
    """Some peer replies (self-disclosure, thanks, small talk) carry no scored move at all."""
    empty = sum(not codes for _, codes in PEER_SUPPORT_HOLDOUT)
    assert 0.05 <= empty / len(PEER_SUPPORT_HOLDOUT) <= 0.25


# --- spoken counselling sets (tests/moves/spoken_holdout.py) ---------------------------------

SPOKEN_SETS = [
    pytest.param(SPOKEN_VALIDATION, VALIDATION_SESSIONS, id="validation"),
    pytest.param(SPOKEN_FINAL, FINAL_SESSIONS, id="final"),
]
SPOKEN_CODES = frozenset({"reflection", "question", "input", "other"})
SHORT_WORDS = 3
"""Utterances of at most this many words ("Mm-hmm.", "Okay.") may recur, as in real sessions."""


@pytest.mark.parametrize(("items", "sessions"), SPOKEN_SETS)
def test_spoken_items_are_well_formed(items: list[SpokenItem], sessions: list[Session]) -> None:
    """Each item has a known code, a subtype exactly when it is a question, ``reflects`` set for
    every reflection, and a history of (employee|manager, non-empty text) turns."""
    for it in items:
        assert it.text and it.text.strip() == it.text, it
        assert it.code in SPOKEN_CODES, it
        assert (it.subtype in ("open", "closed")) == (it.code == "question"), it
        assert it.subtype is None or it.code == "question", it
        if it.code == "reflection":
            assert it.reflects, it
        if it.code in ("input", "other"):
            assert not it.reflects, it
        for speaker, text in it.history:
            assert speaker in ("employee", "manager"), it
            assert text and text.strip() == text, it


@pytest.mark.parametrize(("items", "sessions"), SPOKEN_SETS)
def test_spoken_tables_use_known_tags_and_build_every_item(
    items: list[SpokenItem], sessions: list[Session]
) -> None:
    """Every turn in the session tables has a known tag, no session id repeats, and every
    counsellor turn becomes exactly one item whose history is its session so far."""
    ids = [sid for sid, _, _ in sessions]
    assert len(ids) == len(set(ids))
    for _, topic, turns in sessions:
        assert topic
        assert {tag for tag, _ in turns} <= {"E", *TAGS}, topic
    assert len(items) == sum(tag != "E" for _, _, turns in sessions for tag, _ in turns)
    by_session: dict[str, list[SpokenItem]] = {}
    for it in items:
        by_session.setdefault(it.session, []).append(it)
    for sid, _, turns in sessions:
        full = [("employee" if tag == "E" else "manager", text) for tag, text in turns]
        for it in by_session[sid]:
            n = len(it.history)
            assert list(it.history) == full[:n] and full[n] == ("manager", it.text), it


def test_spoken_sessions_are_disjoint_across_sets() -> None:
    """No session, and no client or counsellor line of more than three words, is in both sets:
    the final set must be independent of anything tuned against the validation set."""
    assert not {i.session for i in SPOKEN_VALIDATION} & {i.session for i in SPOKEN_FINAL}

    def lines(items: list[SpokenItem]) -> set[str]:
        out = {_key(i.text) for i in items} | {_key(t) for i in items for _, t in i.history}
        return {k for k in out if len(k.split()) > SHORT_WORDS}

    assert lines(SPOKEN_VALIDATION) & lines(SPOKEN_FINAL) == set()


def test_spoken_utterances_are_not_duplicated() -> None:
    """Across both sets no counsellor utterance of more than three words appears twice: it
    would weigh double."""
    counts: dict[str, int] = {}
    for it in (*SPOKEN_VALIDATION, *SPOKEN_FINAL):
        counts[_key(it.text)] = counts.get(_key(it.text), 0) + 1
    assert {k: n for k, n in counts.items() if n > 1 and len(k.split()) > SHORT_WORDS} == {}


@pytest.mark.parametrize(("items", "sessions"), SPOKEN_SETS)
def test_spoken_backchannels_do_not_dominate(
    items: list[SpokenItem], sessions: list[Session]
) -> None:
    """Short backchannels may recur, as in real sessions, but none more than five times a set,
    so "other" is not mostly one easy string."""
    counts: dict[str, int] = {}
    for it in items:
        counts[_key(it.text)] = counts.get(_key(it.text), 0) + 1
    assert {k: n for k, n in counts.items() if n > 5} == {}


@pytest.mark.parametrize(("items", "sessions"), SPOKEN_SETS)
def test_spoken_set_size_and_sessions(items: list[SpokenItem], sessions: list[Session]) -> None:
    """Each set has about 220 items from about 30 sessions, each session giving several items."""
    assert 200 <= len(items) <= 260
    assert 25 <= len(sessions) <= 35
    per = {sid: sum(i.session == sid for i in items) for sid, _, _ in sessions}
    assert min(per.values()) >= 4, per


@pytest.mark.parametrize(("items", "sessions"), SPOKEN_SETS)
@pytest.mark.parametrize(
    ("code", "low", "high"),
    [
        pytest.param("reflection", 0.24, 0.36, id="reflection"),
        pytest.param("question", 0.24, 0.40, id="question"),
        pytest.param("input", 0.10, 0.20, id="input"),
        pytest.param("other", 0.18, 0.30, id="other"),
    ],
)
def test_spoken_class_mix(
    items: list[SpokenItem], sessions: list[Session], code: str, low: float, high: float
) -> None:
    """Each main behaviour's share is near the brief's mix (30/30/15/25), so no class's F1 rests
    on a handful of items and the macro-F1 is not dominated by one class."""
    assert low <= sum(i.code == code for i in items) / len(items) <= high


@pytest.mark.parametrize(("items", "sessions"), SPOKEN_SETS)
def test_spoken_questions_mix_open_and_closed(
    items: list[SpokenItem], sessions: list[Session]
) -> None:
    """Open questions are 40-65% of the questions (the brief's 55/45), and some questions follow a
    reflection (tie-break 1), so the open/closed and reflection-vs-question figures both mean
    something."""
    questions = [i for i in items if i.code == "question"]
    assert 0.40 <= sum(i.subtype == "open" for i in questions) / len(questions) <= 0.65
    assert sum(i.reflects for i in questions) >= 5


@pytest.mark.parametrize(("items", "sessions"), SPOKEN_SETS)
def test_spoken_sets_hold_the_hard_forms(items: list[SpokenItem], sessions: list[Session]) -> None:
    """Each set holds the hard forms the brief asked for: reflections said as questions,
    questions with no question mark, and summaries after long histories."""
    refl_q = [i for i in items if i.code == "reflection" and i.text.endswith("?")]
    bare_q = [i for i in items if i.code == "question" and "?" not in i.text]
    summaries = [
        i
        for i in items
        if i.code == "reflection"
        and len(i.text.split()) >= 40
        and sum(s == "employee" for s, _ in i.history) >= 6
    ]
    assert len(refl_q) >= 4
    assert len(bare_q) >= 3
    assert len(summaries) >= 1
