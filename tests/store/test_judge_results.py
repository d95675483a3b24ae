"""Judge results in the store: kept with their prompt and raw output, seen only by who may see
the session, gone with the session, on SQLite and PostgreSQL (migration 0003)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import inspect, text

from simulator.content import catalog
from simulator.content.transcript import Transcript, Turn
from simulator.scoring.scorer import score
from simulator.store import migrations
from simulator.store.database import Store, StoreError

# ``store`` and ``store_url`` (one per backend) come from conftest.py.

PROMPT = [
    {"role": "system", "content": "Rate the manager."},
    {"role": "user", "content": "<transcript-x>\nmanager: hello\n</transcript-x>"},
]
SAMPLES = [{"raw": '{"empathy": {"score": 4}}', "mode": "json", "error": None}]


def _save(store: Store, owner: str, tid: str) -> str:
    t = Transcript(
        id=tid,
        persona="launch-engineer",
        turns=[
            Turn(speaker="employee", text="I'm fine."),
            Turn(speaker="manager", text="It sounds like the launch is a lot right now."),
        ],
    )
    return store.save(t, score(t, catalog.get_rubric()), owner=owner).id


def _judge(store: Store, sid: str, viewer: str = "alice", **kw: object):
    fields: dict[str, object] = {
        "judge": "openai:gpt-test",
        "model": "gpt-test",
        "scores": {"empathy": 4.0, "clarity": None},
        "prompt": PROMPT,
        "samples": SAMPLES,
        "result": {"model": "gpt-test", "criteria": []},
    }
    fields.update(kw)
    return store.save_judgement(sid, viewer, **fields)  # type: ignore[arg-type]


def test_migration_0003_adds_the_table_and_downgrade_removes_it(store: Store) -> None:
    """Head has ``judge_results``; downgrading to 0002 drops exactly it and keeps sessions,
    and upgrading again brings it back empty."""
    assert "judge_results" in inspect(store.engine).get_table_names()
    sid = _save(store, "alice", "kept")
    _judge(store, sid)
    migrations.downgrade(store.engine, "0002")
    tables = set(inspect(store.engine).get_table_names())
    assert "judge_results" not in tables and {"sessions", "shares", "comments"} <= tables
    migrations.upgrade(store.engine)
    assert [s.id for s in store.sessions("alice")] == ["kept"]
    assert store.judgement(sid, "alice") is None


def test_judgement_round_trips_prompt_raw_output_and_scores(store: Store) -> None:
    """What is saved comes back whole: label, model, scores (None kept), prompt messages,
    each call's raw output and the result JSON, with an aware UTC timestamp."""
    sid = _save(store, "alice", "s1")
    saved = _judge(store, sid)
    got = store.judgement(sid, "alice")
    assert got == saved
    assert got is not None
    assert got.judge == "openai:gpt-test" and got.model == "gpt-test"
    assert got.scores == {"empathy": 4.0, "clarity": None}
    assert got.prompt == PROMPT
    assert got.raw == ['{"empathy": {"score": 4}}']
    assert got.result == {"model": "gpt-test", "criteria": []}
    assert got.error is None
    assert got.created_at.tzinfo is not None


def test_failed_judgement_is_stored_with_its_error(store: Store) -> None:
    """A judge that could not answer is recorded too: the error, no model, no result."""
    sid = _save(store, "alice", "s1")
    _judge(store, sid, model=None, scores={}, prompt=[], samples=[], result=None, error="refused")
    got = store.judgement(sid, "alice")
    assert got is not None
    assert (got.error, got.model, got.result, got.prompt, got.raw) == (
        "refused",
        None,
        None,
        [],
        [],
    )


def test_newest_judgement_wins_and_older_ones_stay(store: Store) -> None:
    """A session judged twice (say, a retry after an outage) reads the newest opinion."""
    sid = _save(store, "alice", "s1")
    early = datetime(2026, 1, 1, tzinfo=UTC)
    _judge(store, sid, error="unreachable", created_at=early)
    _judge(store, sid, scores={"empathy": 2.0}, created_at=early + timedelta(minutes=5))
    got = store.judgement(sid, "alice")
    assert got is not None and got.error is None and got.scores == {"empathy": 2.0}


@pytest.mark.parametrize(
    ("viewer", "shared_with", "visible"),
    [
        pytest.param("alice", None, True, id="owner"),
        pytest.param("carol", "carol", True, id="coach-shared-with"),
        pytest.param("carol", None, False, id="coach-not-shared-with"),
        pytest.param("mallory", "carol", False, id="stranger"),
    ],
)
def test_judgement_visibility_follows_the_session(
    store: Store, viewer: str, shared_with: str | None, visible: bool
) -> None:
    """Only the owner, or a coach the session is shared with, may read or add a judgement;
    anyone else gets nothing and cannot attach one."""
    sid = _save(store, "alice", "s1")
    _judge(store, sid)
    if shared_with:
        store.share(sid, "alice", shared_with)
    assert (store.judgement(sid, viewer) is not None) is visible
    if visible:
        assert _judge(store, sid, viewer).session_id == sid
    else:
        with pytest.raises(StoreError, match="no session"):
            _judge(store, sid, viewer)


def test_judgement_of_an_unknown_session_is_refused(store: Store) -> None:
    """A judgement never lands without its session (the app stores the session first)."""
    with pytest.raises(StoreError, match="store the session"):
        _judge(store, "no-such-session")
    assert store.judgement("no-such-session", "alice") is None


def test_deleting_the_session_deletes_its_judgements(store: Store) -> None:
    """The owner's delete takes the judge results with it: nothing is left to read back
    if the same id is stored again."""
    sid = _save(store, "alice", "s1")
    _judge(store, sid)
    assert store.delete(sid, "alice")
    _save(store, "alice", "s1")
    assert store.judgement(sid, "alice") is None


def test_database_cascade_removes_judgements_with_their_session(store: Store) -> None:
    """The foreign key itself cascades (not only :meth:`Store.delete`): a session removed
    by hand in SQL takes its judge results with it, on both backends."""
    sid = _save(store, "alice", "s1")
    _judge(store, sid)
    with store.engine.begin() as conn:
        conn.execute(text("DELETE FROM sessions WHERE id = :id"), {"id": sid})
    with store.engine.connect() as conn:
        left = conn.execute(text("SELECT count(*) FROM judge_results")).scalar_one()
    assert left == 0
