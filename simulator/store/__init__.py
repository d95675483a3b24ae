"""Where finished sessions live: the database, its migrations and the transcript archive.

:func:`archive` writes a transcript to disk before it is scored or stored, so nothing is lost
when the database is locked; :func:`recover` stores what was archived but not recorded.
"""

from __future__ import annotations

from simulator.store.archive import Archived, archive, recover
from simulator.store.database import Store, StoreError
from simulator.store.records import StoredJudgement, StoredSession

__all__ = [
    "Archived",
    "Store",
    "StoreError",
    "StoredJudgement",
    "StoredSession",
    "archive",
    "recover",
]
