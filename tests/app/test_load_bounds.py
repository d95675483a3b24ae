"""What keeps the app's memory and per-reply cost flat under load (issue 15, load): the
debrief's chart reads scores only, and nothing kept per session or per download outlives it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from simulator.app._views import earlier_points
from simulator.app.context import AppContext
from simulator.content import catalog
from simulator.content.transcript import Transcript, Turn
from simulator.reports import charts
from simulator.scoring.scorer import score
from simulator.store.database import Store

T0 = datetime(2026, 12, 6, 9, 30, tzinfo=UTC)
TURNS = [
    Turn(speaker="employee", text="I'm fine, just busy."),
    Turn(speaker="manager", text="Busy sounds like an understatement this week."),
    Turn(speaker="employee", text="It is. The review moved up."),
    Turn(speaker="manager", text="What would make the review easier?"),
]


def _store(tmp_path: Path, owners: list[str], source: str = "practice") -> Store:
    store = Store(tmp_path)
    store.migrate()
    for n, owner in enumerate(owners):
        t = Transcript(id=f"run-{n}", persona="launch-engineer", turns=list(TURNS))
        store.save(
            t,
            score(t, catalog.get_rubric()),
            owner=owner,
            created_at=T0 + timedelta(minutes=n),
            persona_name="Darnell",
            source=source,
        )
    return store


@pytest.mark.parametrize(
    ("owners", "viewer", "expected"),
    [
        pytest.param(["alice"] * 3, "alice", 2, id="own-sessions-but-this-one"),
        pytest.param(["alice", "bob", "bob"], "alice", 0, id="only-this-one"),
        pytest.param(["bob", "alice", "bob", "alice"], "bob", 1, id="another-owner"),
    ],
)
def test_chart_points_match_the_full_history(
    tmp_path: Path, owners: list[str], viewer: str, expected: int
) -> None:
    """The debrief's chart reads scores only (no transcripts), yet plots exactly the points,
    labels and order that the full session list gives, for the viewer's own sessions."""
    store = _store(tmp_path, owners)
    ctx = AppContext(store=store, users=None)
    rows = store.sessions(viewer, source="practice")
    latest = rows[-1].id
    points = earlier_points(ctx, viewer, latest)
    from_full = [
        charts.Point(r.empathy, r.execution, r.label)
        for r in rows
        if r.id != latest and r.empathy is not None and r.execution is not None
    ]
    assert len(points) == expected
    assert points == from_full


def test_chart_points_leave_out_uploads(tmp_path: Path) -> None:
    """Uploaded transcripts are not practice: they stay off the practice chart."""
    store = _store(tmp_path, ["alice", "alice"], source="upload")
    assert store.score_points("alice", source="practice") == []
    assert [p.label for p in store.score_points("alice")] == [
        r.label for r in store.sessions("alice")
    ]
    assert all("(upload)" in p.label for p in store.score_points("alice"))
