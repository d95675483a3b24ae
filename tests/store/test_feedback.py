"""Feedback status in the store: editing comments, the coach's inbox with reviewed status,
and the owner's "new feedback" marker, on SQLite and PostgreSQL (migration 0002)."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect

from simulator.content import catalog
from simulator.content.transcript import Transcript, Turn
from simulator.scoring.scorer import score
from simulator.store import migrations
from simulator.store.database import Store, StoreError

# ``store`` and ``store_url`` (one per backend) come from conftest.py.


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


def test_migration_0002_adds_the_status_columns(store: Store) -> None:
    """Head has the three status columns, and downgrading to 0001 removes exactly them."""
    cols = {
        t: {c["name"] for c in inspect(store.engine).get_columns(t)}
        for t in ("shares", "sessions", "comments")
    }
    assert "reviewed_at" in cols["shares"]
    assert "feedback_seen_at" in cols["sessions"]
    assert "edited_at" in cols["comments"]
    _save(store, "alice", "kept")
    migrations.downgrade(store.engine, "0001")
    assert "reviewed_at" not in {c["name"] for c in inspect(store.engine).get_columns("shares")}
    migrations.upgrade(store.engine)
    assert [s.id for s in store.sessions("alice")] == ["kept"]


@pytest.mark.parametrize(
    ("editor", "edited"),
    [
        pytest.param("carol", True, id="author-edits-own"),
        pytest.param("alice", False, id="owner-cannot-edit-coach-comment"),
        pytest.param("dave", False, id="other-coach-cannot-edit"),
    ],
)
def test_only_the_author_edits_or_deletes(store: Store, editor: str, edited: bool) -> None:
    """A comment is changed or deleted only by whoever wrote it; the edit is timestamped."""
    sid = _save(store, "alice", "s1")
    store.share(sid, "alice", "carol")
    store.share(sid, "alice", "dave")
    c = store.add_comment(sid, "carol", "Good reflection.", 1)
    changed = store.edit_comment(c.id, editor, "Good reflection; name the feeling too.")
    assert (changed is not None) is edited
    texts = [x.text for x in store.comments(sid, "alice")]
    if edited:
        assert changed is not None and changed.edited_at is not None
        assert texts == ["Good reflection; name the feeling too."]
    else:
        assert texts == ["Good reflection."]
    assert store.delete_comment(c.id, editor) is edited
    assert len(store.comments(sid, "alice")) == (0 if edited else 1)


def test_edit_refuses_an_empty_text(store: Store) -> None:
    """Emptying a comment is refused with a hint, rather than storing a blank remark."""
    sid = _save(store, "alice", "s1")
    c = store.add_comment(sid, "alice", "First thought.", 1)
    with pytest.raises(StoreError, match="empty"):
        store.edit_comment(c.id, "alice", "   ")


def test_inbox_lists_shares_with_reviewed_status(store: Store) -> None:
    """The coach's inbox holds every session shared with them, newest share first, each
    unreviewed until marked, with how many comments the coach wrote; others' shares are not
    in it, and only a coach a session is shared with can mark it."""
    a = _save(store, "alice", "a1")
    b = _save(store, "bob", "b1")
    _save(store, "alice", "private")
    store.share(a, "alice", "carol")
    store.share(b, "bob", "carol")
    store.share(b, "bob", "dave")
    store.add_comment(a, "carol", "Try an open question here.", 1)
    inbox = store.inbox("carol")
    assert {e.session.id for e in inbox} == {a, b}
    assert [e.reviewed for e in inbox] == [False, False]
    assert {e.session.id: e.comments for e in inbox} == {a: 1, b: 0}
    assert store.mark_reviewed(a, "carol")
    assert not store.mark_reviewed(a, "dave"), "not shared with dave"
    status = {e.session.id: e.reviewed for e in store.inbox("carol")}
    assert status == {a: True, b: False}
    assert [e.reviewed for e in store.inbox("dave")] == [False]
    assert store.mark_reviewed(a, "carol", reviewed=False)
    assert not any(e.reviewed for e in store.inbox("carol"))


def test_new_feedback_until_the_owner_looks(store: Store) -> None:
    """Comments by others are "new" on the owner's session until the owner opens it; the
    owner's own notes never count, and an edit after that makes it new again."""
    sid = _save(store, "alice", "s1")
    store.share(sid, "alice", "carol")
    assert store.new_feedback("alice") == {}
    store.add_comment(sid, "alice", "My own reminder.", None)
    assert store.new_feedback("alice") == {}
    c = store.add_comment(sid, "carol", "Nice pause here.", 1)
    store.set_note(sid, "carol", "Overall, strong listening.")
    assert store.new_feedback("alice") == {sid: 2}
    assert not store.mark_feedback_seen(sid, "carol"), "only the owner marks it seen"
    assert store.mark_feedback_seen(sid, "alice")
    assert store.new_feedback("alice") == {}
    store.edit_comment(c.id, "carol", "Nice pause; then reflect.")
    assert store.new_feedback("alice") == {sid: 1}
    assert store.new_feedback("bob") == {}
