"""The held-out sets are well formed: sizes, codes, no duplicates.

Only the sets' integrity is pinned here, never the detectors' accuracy on them: that is measured
once, by ``bench/eval_holdout.py``, and a test on it would invite tuning to the set.
"""

from __future__ import annotations

import re

import pytest

from simulator.moves.vocabulary import Move
from tests.moves.holdout_sets import MANAGER_HOLDOUT, PEER_SUPPORT_HOLDOUT

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
