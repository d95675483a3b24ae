"""The History tab's handlers and views: distinct time labels, the overall trend, filters by
persona and criterion, new feedback from a coach, and a reopened session's full scorecard."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from simulator.app import _history_views as hv
from simulator.app import ui
from simulator.app.auth import Users
from simulator.app.context import AppContext
from simulator.content import catalog
from simulator.content.transcript import Transcript, Turn
from simulator.reports import charts
from simulator.scoring.scorer import score
from simulator.store.database import Store

T0 = datetime(2026, 12, 6, 9, 30, 5, tzinfo=UTC)
GOOD = [
    Turn(speaker="employee", text="I'm fine."),
    Turn(speaker="manager", text="It sounds like the launch is a lot right now."),
    Turn(speaker="employee", text="It is. I'm exhausted."),
    Turn(speaker="manager", text="What would help most this week?"),
]


@pytest.fixture
def team(tmp_path: Path) -> ui.RehearseApp:
    """The app with login on: alice (a manager) and carol (a coach)."""
    store = Store(tmp_path)
    store.migrate()
    users = Users.from_env("alice:pw,carol:pw:coach")
    return ui.build_app(context=AppContext(store=store, users=users))


def _as(name: str) -> Any:
    return SimpleNamespace(username=name)


def _save(
    app: ui.RehearseApp, n: int, at: datetime, persona: str = "launch-engineer", turns=GOOD
) -> str:
    t = Transcript(id=f"practice-{n}", persona=persona, turns=list(turns))
    p = catalog.personas().get(persona)
    return app.context.store.save(
        t,
        score(t, catalog.get_rubric()),
        owner="alice",
        created_at=at,
        persona_name=p.name if p else None,
    ).id


@pytest.mark.parametrize(
    ("offsets", "distinct"),
    [
        pytest.param([0, 3600], 2, id="different-hours"),
        pytest.param([0, 20], 2, id="same-minute-gets-seconds"),
        pytest.param([0, 0, 0], 3, id="same-second-gets-a-counter"),
    ],
)
def test_ticks_are_distinct(team: ui.RehearseApp, offsets: list[int], distinct: int) -> None:
    """Every session's label differs from the others and carries the date and the time."""
    for i, off in enumerate(offsets):
        _save(team, i, T0 + timedelta(seconds=off))
    rows = team.context.store.sessions("alice")
    labels = hv.ticks(rows)
    assert len(set(labels)) == distinct == len(labels)
    assert all(" Dec " in lab and ":" in lab for lab in labels)


def test_moving_average_skips_unscored() -> None:
    """The trend averages the last three scored values; unscored sessions add nothing."""
    assert charts.moving_average([None, 2.0, 4.0, None, 3.0, 5.0]) == [
        None,
        2.0,
        3.0,
        3.0,
        3.0,
        4.0,
    ]


def test_chart_has_trend_and_filters(team: ui.RehearseApp) -> None:
    """All criteria plus the dashed overall trend by default; the criterion filter leaves
    one criterion (and the trend); the persona filter leaves that persona's sessions."""
    tab = team.history
    _save(team, 1, T0)
    _save(team, 2, T0 + timedelta(hours=1))
    _save(team, 3, T0 + timedelta(hours=2), persona="new-hire")
    rubric = catalog.get_rubric()
    everything = tab.history("", "", _as("alice"))[tab.chart]
    assert "stroke-dasharray" in everything and "3-session average" in everything
    assert all(c.name in everything for c in rubric.criteria)
    first = rubric.criteria[0]
    one = tab.history("", first.id, _as("alice"))[tab.chart]
    assert first.name in one and rubric.criteria[1].name not in one
    new_hire = tab.history("new-hire", "", _as("alice"))
    assert new_hire[tab.chart].count(f"{first.name}, ") == 1
    assert len(new_hire[tab.pick].choices) == 1


def test_equal_scores_stay_visible(team: ui.RehearseApp) -> None:
    """Two criteria with the same score in a session are drawn at different x, each with a
    title, so neither hides the other."""
    svg = charts.progress({"A": [3.0, 3.0], "B": [3.0, 3.0]}, ["06 Dec 09:30", "06 Dec 10:30"])
    xs = [chunk.split('"')[0] for chunk in svg.split('<circle cx="')[1:]]
    assert len(xs) == 4 and len(set(xs)) == 4
    assert "<title>A, 06 Dec 09:30: 3.0</title>" in svg


def test_table_scrolls_in_its_box_and_headers_do_not_break(team: ui.RehearseApp) -> None:
    """The sessions table is an HTML table inside a scrolling region, headers as <th>."""
    _save(team, 1, T0)
    table = team.history.history("", "", _as("alice"))[team.history.table]
    assert 'class="rh-scroll"' in table and '<th scope="col">Shared with</th>' in table


def test_new_feedback_until_opened(team: ui.RehearseApp) -> None:
    """A coach's comment shows as new feedback in the table, picker and a notice, until the
    owner opens the session; then it is read."""
    tab, store = team.history, team.context.store
    sid = _save(team, 1, T0)
    store.share(sid, "alice", "carol")
    assert tab.history("", "", _as("alice"))[tab.feedback] == ""
    store.add_comment(sid, "carol", "Lovely opening reflection.", 1)
    listed = tab.history("", "", _as("alice"))
    assert "New feedback" in listed[tab.feedback] and "New (1)" in listed[tab.table]
    assert "new feedback" in listed[tab.pick].choices[0][0]
    opened = tab.open(sid, "", "", _as("alice"))
    assert "Lovely opening reflection." in opened[tab.transcript]
    assert opened[tab.feedback] == "" and "New (" not in opened[tab.table]
    assert store.new_feedback("alice") == {}


def test_reopened_session_has_the_full_scorecard(team: ui.RehearseApp) -> None:
    """Reopening shows the persona's name, the tiles, charts and the scores table."""
    tab = team.history
    sid = _save(team, 1, T0)
    summary = tab.open(sid, "", "", _as("alice"))[tab.summary]
    name = catalog.get_persona("launch-engineer").name
    assert f"With {name}" in summary and "<svg" in summary
    assert all(c.name in summary for c in catalog.get_rubric().criteria)
    assert "rh-criteria" in summary


def test_silent_session_draws_no_empty_charts(team: ui.RehearseApp) -> None:
    """A session with no manager turns says nothing was scored instead of drawing empty
    charts, and does not claim it is not a practice session."""
    tab = team.history
    sid = _save(team, 1, T0, turns=[Turn(speaker="employee", text="Hi.")])
    summary = tab.open(sid, "", "", _as("alice"))[tab.summary]
    assert "Nothing was scored" in summary and "<svg" not in summary
    assert "did not come from a practice session" not in summary


def test_progress_table_tells_the_same_story() -> None:
    """The phone's table holds, per criterion and overall, the first score, the latest and
    the average of the last three scored sessions."""
    html = hv.progress_table({"Presence": [2.0, None, 4.0, 3.0]}, [1.0, 2.0, 3.0, 5.0])
    assert "<th scope='row'>Overall</th><td>1.0</td><td>5.0</td><td>3.3</td>" in html
    assert "<th scope='row'>Presence</th><td>2.0</td><td>3.0</td><td>3.0</td>" in html
