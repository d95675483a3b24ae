"""The history database: migrations, who sees what, comments, shares, and no lost sessions."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from simulator.content import catalog
from simulator.content.transcript import Transcript, Turn
from simulator.conversation.session import Session
from simulator.scoring.scorer import score
from simulator.store import migrations
from simulator.store.archive import archive, recover
from simulator.store.database import Store, StoreError, default_data_dir
from simulator.store.tables import metadata

# ``store`` and ``store_url`` (one per backend: SQLite and PostgreSQL) come from conftest.py.


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Store:
    """A store on a SQLite file, for what only SQLite has (a file another program locks)."""
    s = Store(tmp_path, url=f"sqlite:///{tmp_path / 'rehearse.db'}", busy_timeout=0.2)
    s.migrate()
    yield s
    s.close()


def _transcript(tid: str = "t1", persona: str | None = "launch-engineer") -> Transcript:
    return Transcript(
        id=tid,
        persona=persona,
        rubric="one-on-one",
        turns=[
            Turn(speaker="employee", text="I'm fine."),
            Turn(speaker="manager", text="It sounds like the launch is a lot right now."),
            Turn(speaker="employee", text="It is."),
            Turn(speaker="manager", text="What would help most this week?"),
        ],
    )


def _save(store: Store, owner: str, tid: str, persona: str = "launch-engineer"):
    t = _transcript(tid, persona)
    return store.save(t, score(t, catalog.get_rubric()), owner=owner)


# -- migrations ------------------------------------------------------------------------------


def test_fresh_database_migrates_to_head(tmp_path: Path, store_url: str) -> None:
    """A new database gets every table and is stamped with the newest revision."""
    s = Store(tmp_path, url=store_url)
    assert migrations.current(s.engine) is None
    s.migrate()
    assert migrations.current(s.engine) == migrations.head()
    assert {"sessions", "comments", "shares", "alembic_version"} <= set(
        inspect(s.engine).get_table_names()
    )
    s.migrate()  # running again at startup is a no-op
    assert migrations.current(s.engine) == migrations.head()
    s.close()


def test_migrations_round_trip(store: Store) -> None:
    """Downgrading to base drops everything, and upgrading again restores a working schema."""
    _save(store, "alice", "before")
    migrations.downgrade(store.engine, "base")
    assert set(inspect(store.engine).get_table_names()) <= {"alembic_version"}
    assert migrations.current(store.engine) is None
    migrations.upgrade(store.engine)
    assert migrations.current(store.engine) == migrations.head()
    _save(store, "alice", "after")
    assert [s.id for s in store.sessions("alice")] == ["after"]


def test_models_match_migrations(store: Store) -> None:
    """The ORM models and the migrated schema agree, so nobody changes one without the other."""
    with store.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(ctx, metadata) == []


def test_data_dir_comes_from_the_environment(tmp_path: Path, monkeypatch) -> None:
    """REHEARSE_DATA_DIR picks the folder; the SQLite file lands inside it."""
    monkeypatch.setenv("REHEARSE_DATA_DIR", str(tmp_path / "d"))
    monkeypatch.delenv("REHEARSE_DB_URL", raising=False)
    assert default_data_dir() == tmp_path / "d"
    s = Store()
    s.migrate()
    assert (tmp_path / "d" / "rehearse.db").is_file()


def test_db_url_overrides_the_sqlite_file(tmp_path: Path, monkeypatch) -> None:
    """REHEARSE_DB_URL points the store at another database (here another SQLite file)."""
    other = tmp_path / "team.db"
    monkeypatch.setenv("REHEARSE_DB_URL", f"sqlite:///{other}")
    s = Store(tmp_path / "data")
    s.migrate()
    assert other.is_file() and not (tmp_path / "data" / "rehearse.db").exists()


# -- who sees what ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("viewer", "shared_with", "visible"),
    [
        pytest.param("alice", None, True, id="owner-sees-own"),
        pytest.param("bob", None, False, id="other-user-sees-nothing"),
        pytest.param("carol", None, False, id="coach-needs-a-share"),
        pytest.param("carol", "carol", True, id="coach-sees-shared"),
        pytest.param("bob", "carol", False, id="share-is-per-coach"),
    ],
)
def test_visibility(store: Store, viewer: str, shared_with: str | None, visible: bool) -> None:
    """Only the owner, and coaches the owner shared with, can open a session."""
    _save(store, "alice", "s1")
    if shared_with:
        assert store.share("s1", "alice", shared_with)
    assert (store.get("s1", viewer) is not None) is visible
    assert (len(store.shared_with(viewer)) == 1) is (visible and viewer != "alice")


def test_lists_are_per_owner_and_filter_by_persona(store: Store) -> None:
    """A user's list holds only their sessions, oldest first, optionally for one persona."""
    _save(store, "alice", "a1", "launch-engineer")
    _save(store, "bob", "b1", "launch-engineer")
    _save(store, "alice", "a2", "new-hire")
    assert [s.id for s in store.sessions("alice")] == ["a1", "a2"]
    assert [s.id for s in store.sessions("alice", persona="new-hire")] == ["a2"]
    assert [s.id for s in store.sessions("bob")] == ["b1"]


@pytest.mark.parametrize(
    ("who", "deleted"),
    [
        pytest.param("alice", True, id="owner-deletes"),
        pytest.param("carol", False, id="coach-cannot-delete"),
        pytest.param("bob", False, id="stranger-cannot-delete"),
    ],
)
def test_delete_is_owner_only(store: Store, who: str, deleted: bool) -> None:
    """Deleting removes the session with its comments and shares, and only for its owner."""
    _save(store, "alice", "s1")
    store.share("s1", "alice", "carol")
    store.add_comment("s1", "carol", "Nice reflection.", 1)
    assert store.delete("s1", who) is deleted
    assert (store.get("s1", "alice") is None) is deleted
    with store.engine.connect() as conn:
        left = conn.exec_driver_sql("select count(*) from comments").scalar()
    assert left == (0 if deleted else 1)


def test_only_the_owner_can_share(store: Store) -> None:
    """A coach cannot share someone else's session onwards; unsharing hides it again."""
    _save(store, "alice", "s1")
    assert not store.share("s1", "carol", "dave")
    assert store.share("s1", "alice", "carol")
    assert store.get("s1", "alice").shared_with == ("carol",)
    assert store.share("s1", "alice", "carol", shared=False)
    assert store.get("s1", "carol") is None


# -- comments --------------------------------------------------------------------------------


def test_comments_and_notes(store: Store) -> None:
    """Turn comments accumulate; the overall note is one per author and can be replaced."""
    _save(store, "alice", "s1")
    store.share("s1", "alice", "carol")
    store.add_comment("s1", "carol", "Good open question.", 3)
    store.add_comment("s1", "carol", "Try reflecting here.", 1)
    store.set_note("s1", "carol", "First note")
    store.set_note("s1", "carol", "Solid session overall.")
    got = store.comments("s1", "alice")
    assert [(c.turn, c.text) for c in got] == [
        (3, "Good open question."),
        (1, "Try reflecting here."),
        (None, "Solid session overall."),
    ]
    assert store.comments("s1", "bob") == []


@pytest.mark.parametrize(
    ("author", "text", "problem"),
    [
        pytest.param("carol", "   ", "empty", id="empty-comment"),
        pytest.param("bob", "hi", "no session", id="not-allowed"),
    ],
)
def test_comment_refused(store: Store, author: str, text: str, problem: str) -> None:
    """Empty comments and comments on sessions the author cannot see are refused."""
    _save(store, "alice", "s1")
    store.share("s1", "alice", "carol")
    with pytest.raises(StoreError, match=problem):
        store.add_comment("s1", author, text, 1)


def test_session_round_trips_transcript_and_scorecard(store: Store) -> None:
    """What comes back is the transcript and scorecard that went in, plus summary columns."""
    t = _transcript()
    card = score(t, catalog.get_rubric())
    store.save(t, card, owner="alice", persona_name="Tomás")
    row = store.get("t1", "alice")
    assert row.transcript == t
    assert row.card == card
    assert row.overall == card.overall and row.scores == {c.id: c.score for c in card.criteria}
    assert row.persona_name == "Tomás" and row.manager_turns == 2


# -- no lost sessions ------------------------------------------------------------------------


def _lock(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, timeout=0, isolation_level=None)
    conn.execute("BEGIN EXCLUSIVE")
    return conn


def test_locked_database_keeps_the_file_and_recovers_later(sqlite_store: Store) -> None:
    """With the database locked, the transcript is still written first and the error says
    where it is; once the lock is gone, recovery puts the session in the history."""
    persona = catalog.get_persona("launch-engineer")
    session = Session(persona)
    session.respond("It sounds like the launch is weighing on you.")
    t = session.transcript()
    lock = _lock(sqlite_store.data_dir / "rehearse.db")
    try:
        result = archive(
            t, sqlite_store, owner="alice", rubric=catalog.get_rubric(), persona=persona
        )
    finally:
        lock.rollback()
        lock.close()
    assert result.stored is None
    assert result.file is not None and result.file.is_file()
    assert "not in your history yet" in result.problems[0]
    assert str(result.file) in result.problems[0]
    assert "locked" in result.problems[0]
    assert result.card.overall is not None  # scored all the same
    assert sqlite_store.unrecorded_files() == [("alice", result.file)]
    recovered = recover(sqlite_store)
    assert [r.id for r in recovered] == [t.id]
    assert sqlite_store.get(t.id, "alice").persona_name == persona.name
    assert sqlite_store.unrecorded_files() == []


def test_unwritable_data_dir_still_records_the_session(store: Store, monkeypatch) -> None:
    """If the transcript file cannot be written, the database copy still is, and the
    problem is reported."""

    def refuse(*_a, **_k):
        raise StoreError("cannot write file: No space left on device")

    monkeypatch.setattr(store, "write_transcript_file", refuse)
    t = _transcript()
    result = archive(t, store, owner="alice", rubric=catalog.get_rubric())
    assert result.stored is not None and result.file is None
    assert "No space left" in result.problems[0]


def test_delete_removes_the_transcript_file(store: Store) -> None:
    """Deleting a session also deletes its safety copy, as the person asked."""
    t = _transcript()
    result = archive(t, store, owner="alice", rubric=catalog.get_rubric())
    assert result.file.is_file()
    store.delete(t.id, "alice")
    assert not result.file.exists()


def test_silent_session_is_not_stored(store: Store) -> None:
    """Ending before saying anything keeps nothing and says so."""
    t = Transcript(id="quiet", turns=[Turn(speaker="employee", text="Hi.")])
    result = archive(t, store, owner="alice", rubric=catalog.get_rubric())
    assert result.stored is None and result.file is None
    assert "Nothing was saved" in result.problems[0]
    assert result.card.unscored_reason
    assert store.sessions("alice") == [] and store.unrecorded_files() == []
