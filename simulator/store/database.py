"""Finished sessions, coach comments and shares, kept in a real database.

SQLite in the data folder by default (``REHEARSE_DATA_DIR``, else the platform's user data
folder); ``REHEARSE_DB_URL`` points a team at PostgreSQL (or anything SQLAlchemy 2 speaks).
The schema is owned by the Alembic migrations shipped in :mod:`simulator.store.migrations`;
:meth:`Store.migrate` runs them (``alembic upgrade head``) and the app calls it at startup.

Every read and write names who is asking, and the store itself enforces who may see what:
an owner sees their sessions, a coach also sees the sessions shared with them, and only the
owner may delete or share. The UI cannot leak another user's session by forgetting a check.

Transcripts are also written as JSON files under ``<data dir>/transcripts/<owner>/`` before
anything touches the database, so a full disk or a locked database never loses a session;
:meth:`Store.unrecorded_files` finds the files the database is missing.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Engine,
    create_engine,
    delete,
    event,
    select,
)
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from simulator.content.transcript import Transcript
from simulator.scoring.scorecard import Scorecard
from simulator.settings import get_settings
from simulator.store._errors import StoreError
from simulator.store._judgements import JudgementsMixin
from simulator.store._points import PointsMixin
from simulator.store.records import (
    Comment,
    InboxEntry,
    StoredJudgement,
    StoredSession,
    _comment,
    _stored,
)
from simulator.store.tables import CommentRow, JudgeRow, SessionRow, ShareRow

__all__ = [
    "Comment",
    "InboxEntry",
    "Store",
    "StoreError",
    "StoredJudgement",
    "StoredSession",
    "database_url",
    "default_data_dir",
    "safe_name",
]
"""The records are defined in :mod:`.records`; they are re-exported here because every
caller of a :class:`Store` method handles them."""

_SAFE_NAME = re.compile(r"[^A-Za-z0-9_.@-]+")


def default_data_dir() -> Path:
    """``REHEARSE_DATA_DIR``, else the platform's per-user data folder + ``rehearse``."""
    return get_settings().resolved_data_dir()


def database_url(data_dir: Path) -> str:
    """``REHEARSE_DB_URL`` if set, else a SQLite file in ``data_dir``."""
    return get_settings().resolved_db_url(data_dir)


def safe_name(name: str) -> str:
    """A user name made safe for a folder name (user names are free text in a users file)."""
    return _SAFE_NAME.sub("_", name).strip("._") or "_"


def _now() -> datetime:
    return datetime.now(UTC)


def _utc(value: datetime) -> datetime:
    # SQLite hands back naive datetimes; everything is written in UTC.
    return value if value.tzinfo else value.replace(tzinfo=UTC)


# ----------------------------------------------------------------------------------------
# The store
# ----------------------------------------------------------------------------------------


class Store(JudgementsMixin, PointsMixin):
    """The history database plus the transcript files beside it.

    ``url`` defaults to :func:`database_url`; ``busy_timeout`` is how long SQLite waits for a
    lock before giving up (a locked database is reported, never waited on forever).
    """

    def __init__(
        self,
        data_dir: Path | str | None = None,
        url: str | None = None,
        *,
        busy_timeout: float = 5.0,
    ) -> None:
        self.data_dir = Path(data_dir) if data_dir is not None else default_data_dir()
        self.url = url or database_url(self.data_dir)
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.engine: Engine = _engine(self.url, busy_timeout)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    def __repr__(self) -> str:
        return f"Store({str(self.data_dir)!r}, {self.engine.url.render_as_string()!r})"

    # -- schema --------------------------------------------------------------------------

    def migrate(self, revision: str = "head") -> None:
        """Bring the schema to ``revision`` (``alembic upgrade head`` by default)."""
        from simulator.store.migrations import upgrade

        try:
            upgrade(self.engine, revision)
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot migrate the history database: {_reason(exc)}") from exc

    def close(self) -> None:
        """Release the connection pool."""
        self.engine.dispose()

    @contextmanager
    def _tx(self, what: str) -> Iterator[Session]:
        try:
            with self._sessions.begin() as db:
                yield db
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot {what}: {_reason(exc)}", hint=_hint(exc)) from exc

    # -- transcript files ----------------------------------------------------------------

    def transcript_dir(self, owner: str) -> Path:
        """Where ``owner``'s transcript files go."""
        return self.data_dir / "transcripts" / safe_name(owner)

    def write_transcript_file(
        self, transcript: Transcript, owner: str, session_id: str | None = None
    ) -> Path:
        """Write ``transcript`` as ``<session id>.json`` (atomically) and return the path."""
        from simulator.content.formats import write_transcripts

        folder = self.transcript_dir(owner)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create {folder}: {exc.strerror}") from exc
        path = folder / f"{safe_name(session_id or transcript.id)}.json"
        write_transcripts([transcript], path, "json")
        return path

    def unrecorded_files(self) -> list[tuple[str, Path]]:
        """``(owner folder, path)`` of transcript files whose session is not in the database,
        e.g. because the database was locked when the session ended."""
        root = self.data_dir / "transcripts"
        if not root.is_dir():
            return []
        with self._tx("list recorded sessions") as db:
            known = set(db.scalars(select(SessionRow.transcript_file)))
        return [
            (folder.name, path)
            for folder in sorted(root.iterdir())
            if folder.is_dir()
            for path in sorted(folder.glob("*.json"))
            if str(path) not in known
        ]

    # -- sessions ------------------------------------------------------------------------

    def new_id(self, prefix: str = "upload") -> str:
        """A fresh session id for a transcript that brings none we can trust to be unique."""
        return f"{prefix}-{uuid.uuid4().hex[:12]}"

    def save(
        self,
        transcript: Transcript,
        card: Scorecard,
        *,
        owner: str,
        session_id: str | None = None,
        source: str = "practice",
        persona_name: str | None = None,
        partner: str | None = None,
        transcript_file: Path | str | None = None,
        created_at: datetime | None = None,
    ) -> StoredSession:
        """Insert (or replace) a finished session and return it."""
        outcome = transcript.metadata.get("rehearse")
        outcome = outcome if isinstance(outcome, dict) else {}
        u = card.uncovered
        row = SessionRow(
            id=session_id or transcript.id,
            owner=owner,
            source=source,
            created_at=created_at or _now(),
            persona_id=transcript.persona,
            persona_name=persona_name,
            rubric_id=card.rubric_id,
            partner=partner or outcome.get("partner"),
            manager_turns=len(transcript.manager_turns()),
            overall=card.overall,
            empathy=card.empathy,
            execution=card.execution,
            scores={c.id: c.score for c in card.criteria},
            layers_disclosed=len(u.layers_disclosed) if u else None,
            layers_total=u.layers_total if u else None,
            committed=bool(u and u.next_step_agreed),
            end_reason=(u.end_reason if u else None) or outcome.get("end_reason"),
            transcript=transcript.model_dump(mode="json"),
            scorecard=card.model_dump(mode="json"),
            transcript_file=str(transcript_file) if transcript_file else None,
        )
        with self._tx("save the session to the history database") as db:
            existing = db.get(SessionRow, row.id)
            if existing is not None and existing.owner != owner:
                raise StoreError(f"session {row.id!r} belongs to someone else")
            db.merge(row)
        return _stored(row)

    def get(self, session_id: str, viewer: str) -> StoredSession | None:
        """The session if ``viewer`` owns it or it was shared with them, else ``None``."""
        with self._tx("read the session") as db:
            row = db.get(SessionRow, session_id)
            if row is None:
                return None
            shared = list(db.scalars(select(ShareRow.coach).where(ShareRow.session_id == row.id)))
            if row.owner != viewer and viewer not in shared:
                return None
            return _stored(row, shared)

    def sessions(
        self, owner: str, *, persona: str | None = None, source: str | None = None
    ) -> list[StoredSession]:
        """``owner``'s sessions, oldest first, optionally for one persona or source."""
        query = select(SessionRow).where(SessionRow.owner == owner)
        if persona:
            query = query.where(SessionRow.persona_id == persona)
        if source:
            query = query.where(SessionRow.source == source)
        with self._tx("list sessions") as db:
            rows = list(db.scalars(query.order_by(SessionRow.created_at, SessionRow.id)))
            shares = _shares_of(db, [r.id for r in rows])
            return [_stored(r, shares.get(r.id, ())) for r in rows]

    def shared_with(self, coach: str) -> list[StoredSession]:
        """Sessions other people shared with ``coach``, oldest first."""
        query = (
            select(SessionRow)
            .join(ShareRow, ShareRow.session_id == SessionRow.id)
            .where(ShareRow.coach == coach, SessionRow.owner != coach)
            .order_by(SessionRow.created_at, SessionRow.id)
        )
        with self._tx("list shared sessions") as db:
            rows = list(db.scalars(query))
            shares = _shares_of(db, [r.id for r in rows])
            return [_stored(r, shares.get(r.id, ())) for r in rows]

    def delete(self, session_id: str, owner: str) -> bool:
        """Delete ``owner``'s session with its comments and shares; False if not theirs."""
        with self._tx("delete the session") as db:
            row = db.get(SessionRow, session_id)
            if row is None or row.owner != owner:
                return False
            # Explicit deletes rather than trusting ON DELETE CASCADE, which SQLite only
            # honours with a pragma a foreign connection may not have set.
            db.execute(delete(CommentRow).where(CommentRow.session_id == session_id))
            db.execute(delete(ShareRow).where(ShareRow.session_id == session_id))
            db.execute(delete(JudgeRow).where(JudgeRow.session_id == session_id))
            db.delete(row)
            path = row.transcript_file
        if path:
            # The file is the safety copy of the database row; the user asked for both gone.
            Path(path).unlink(missing_ok=True)
        return True

    def share(self, session_id: str, owner: str, coach: str, shared: bool = True) -> bool:
        """Share (or stop sharing) ``owner``'s session with ``coach``; False if not theirs."""
        with self._tx("share the session") as db:
            row = db.get(SessionRow, session_id)
            if row is None or row.owner != owner:
                return False
            existing = db.get(ShareRow, (session_id, coach))
            if shared and existing is None:
                db.add(ShareRow(session_id=session_id, coach=coach, created_at=_now()))
            elif not shared and existing is not None:
                db.delete(existing)
            return True

    # -- comments ------------------------------------------------------------------------

    def add_comment(self, session_id: str, author: str, text: str, turn: int | None) -> Comment:
        """Add ``author``'s comment on turn ``turn`` of a session they may see."""
        text = text.strip()
        if not text:
            raise StoreError("the comment is empty", hint="write something first")
        if self.get(session_id, author) is None:
            raise StoreError(f"no session {session_id!r} that you can comment on")
        row = CommentRow(
            session_id=session_id, turn=turn, author=author, text=text, created_at=_now()
        )
        with self._tx("save the comment") as db:
            db.add(row)
        return _comment(row)

    def set_note(self, session_id: str, author: str, text: str) -> Comment | None:
        """Replace ``author``'s overall note on a session (an empty text removes it)."""
        if self.get(session_id, author) is None:
            raise StoreError(f"no session {session_id!r} that you can comment on")
        with self._tx("save the note") as db:
            db.execute(
                delete(CommentRow).where(
                    CommentRow.session_id == session_id,
                    CommentRow.author == author,
                    CommentRow.turn.is_(None),
                )
            )
            if not text.strip():
                return None
            row = CommentRow(
                session_id=session_id,
                turn=None,
                author=author,
                text=text.strip(),
                created_at=_now(),
            )
            db.add(row)
        return _comment(row)

    def delete_comment(self, comment_id: int, author: str) -> bool:
        """Delete one of ``author``'s own comments."""
        with self._tx("delete the comment") as db:
            row = db.get(CommentRow, comment_id)
            if row is None or row.author != author:
                return False
            db.delete(row)
            return True

    def comments(self, session_id: str, viewer: str) -> list[Comment]:
        """Comments on a session ``viewer`` may see, in the order they were written."""
        if self.get(session_id, viewer) is None:
            return []
        with self._tx("read comments") as db:
            rows = db.scalars(
                select(CommentRow)
                .where(CommentRow.session_id == session_id)
                .order_by(CommentRow.created_at, CommentRow.id)
            )
            return [_comment(r) for r in rows]

    def edit_comment(self, comment_id: int, author: str, text: str) -> Comment | None:
        """Change the text of one of ``author``'s own comments; ``None`` if it is not theirs
        (or is gone). An empty text is refused: deleting is :meth:`delete_comment`."""
        text = text.strip()
        if not text:
            raise StoreError("the comment is empty", hint="write something, or delete it")
        with self._tx("edit the comment") as db:
            row = db.get(CommentRow, comment_id)
            if row is None or row.author != author:
                return None
            row.text = text
            row.edited_at = _now()
            db.flush()
            return _comment(row)

    # -- feedback status -----------------------------------------------------------------

    def inbox(self, coach: str) -> list[InboxEntry]:
        """Sessions other people shared with ``coach``, newest share first, each with
        whether the coach marked it reviewed and how many comments they wrote on it."""
        query = (
            select(SessionRow, ShareRow)
            .join(ShareRow, ShareRow.session_id == SessionRow.id)
            .where(ShareRow.coach == coach, SessionRow.owner != coach)
            .order_by(ShareRow.created_at.desc(), SessionRow.id)
        )
        with self._tx("list the sessions shared with you") as db:
            pairs = [(s, share) for s, share in db.execute(query)]
            ids = [s.id for s, _ in pairs]
            shares = _shares_of(db, ids)
            counts: dict[str, int] = {}
            if ids:
                for sid in db.scalars(
                    select(CommentRow.session_id).where(
                        CommentRow.session_id.in_(ids), CommentRow.author == coach
                    )
                ):
                    counts[sid] = counts.get(sid, 0) + 1
            return [
                InboxEntry(
                    session=_stored(s, shares.get(s.id, ())),
                    shared_at=_utc(share.created_at),
                    reviewed_at=_utc(share.reviewed_at) if share.reviewed_at else None,
                    comments=counts.get(s.id, 0),
                )
                for s, share in pairs
            ]

    def mark_reviewed(self, session_id: str, coach: str, reviewed: bool = True) -> bool:
        """Mark a session shared with ``coach`` reviewed (or not yet); False if it is not
        shared with them."""
        with self._tx("mark the session reviewed") as db:
            share = db.get(ShareRow, (session_id, coach))
            if share is None:
                return False
            share.reviewed_at = _now() if reviewed else None
            return True

    def new_feedback(self, owner: str) -> dict[str, int]:
        """``{session id: count}`` of comments and notes by others on ``owner``'s sessions
        written or edited since the owner last opened that session's feedback."""
        query = (
            select(CommentRow.session_id, CommentRow.created_at, CommentRow.edited_at)
            .add_columns(SessionRow.feedback_seen_at)
            .join(SessionRow, SessionRow.id == CommentRow.session_id)
            .where(SessionRow.owner == owner, CommentRow.author != owner)
        )
        out: dict[str, int] = {}
        with self._tx("look for new feedback") as db:
            for sid, created, edited, seen in db.execute(query):
                if _since(edited or created, seen):
                    out[sid] = out.get(sid, 0) + 1
        return out

    def mark_feedback_seen(self, session_id: str, owner: str) -> bool:
        """Record that ``owner`` has now seen every comment on their session; False if the
        session is not theirs."""
        with self._tx("mark the feedback as seen") as db:
            row = db.get(SessionRow, session_id)
            if row is None or row.owner != owner:
                return False
            row.feedback_seen_at = _now()
            return True


def _since(changed: datetime, seen: datetime | None) -> bool:
    return seen is None or _utc(changed) > _utc(seen)


def _shares_of(db: Session, ids: list[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    if not ids:
        return out
    for sid, coach in db.execute(
        select(ShareRow.session_id, ShareRow.coach).where(ShareRow.session_id.in_(ids))
    ):
        out.setdefault(sid, []).append(coach)
    return out


def _engine(url: str, busy_timeout: float) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": busy_timeout})

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn: Any, _record: Any) -> None:
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            # WAL lets the history tab read while a session is being saved.
            cur.execute("PRAGMA journal_mode=WAL")
            cur.close()

        return engine
    return create_engine(url, pool_pre_ping=True)


def _reason(exc: SQLAlchemyError) -> str:
    orig = getattr(exc, "orig", None)
    return str(orig or exc).splitlines()[0]


def _hint(exc: SQLAlchemyError) -> str | None:
    text = _reason(exc).lower()
    if "locked" in text or "busy" in text:
        return "another program holds the database; close it and try again"
    if "disk" in text and "full" in text:
        return "free some disk space"
    if "readonly" in text or "read-only" in text:
        return "make the data folder writable"
    return None
