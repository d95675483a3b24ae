"""Who may fetch each download, and for how long.

Every file the app offers for download is registered here with the session it belongs to and
the person it was made for. The download guard (:class:`~simulator.app._downloads.DownloadGuard`)
serves it only to someone who may see that session, and only for :data:`DOWNLOAD_TTL` seconds;
then the file is deleted. No Gradio here: the context holds the grants.
"""

from __future__ import annotations

import shutil
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

DOWNLOAD_TTL = 30 * 60.0
"""Seconds a download stays fetchable (and on disk) after it is made. Reopening the session
(History, Coach review) makes fresh ones."""
CACHE_SWEEP = 10 * 60.0
"""How often Gradio sweeps its own copies of downloads older than :data:`DOWNLOAD_TTL`."""
FORGET_GRACE = 6 * CACHE_SWEEP
"""An expired grant is kept this much longer (answering 404), until Gradio's copy is surely
swept: a file with no grant would otherwise be served unguarded."""


@dataclass(frozen=True)
class Grant:
    """One download: the session it shows (``None`` if it never reached the history), who it
    was made for, the folder it lives in, and when it was made (``time.monotonic``)."""

    session_id: str | None
    owner: str
    folder: Path
    made: float


@dataclass
class DownloadGrants:
    """The downloads on offer, by the key the guard reads from a request's path.

    Grants and folders are kept in the order they were made, so a sweep stops at the first
    one still current: adding a download costs the same with ten grants held or ten
    thousand (a sweep that scanned them all ran on every download, under the lock the
    guard takes for every file request).
    """

    ttl: float = DOWNLOAD_TTL
    clock: Callable[[], float] = time.monotonic
    _grants: dict[str, Grant] = field(default_factory=dict)
    _folders: dict[Path, float] = field(default_factory=dict)
    """Download folders still on disk, oldest first, with when they were made."""
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def __len__(self) -> int:
        """How many grants are held (live, or expired and answering 404)."""
        return len(self._grants)

    def add(self, key: str, grant: Grant) -> None:
        """Offer the file under ``key``; sweep away downloads that have expired."""
        with self._lock:
            self._grants[key] = grant
            self._folders.setdefault(grant.folder, grant.made)
        self.sweep()

    def get(self, key: str) -> Grant | None:
        """The grant for ``key``, expired or not; ``None`` for a file that is not a download."""
        with self._lock:
            return self._grants.get(key)

    def live(self, grant: Grant) -> bool:
        """Whether ``grant`` may still be served."""
        return self.clock() - grant.made < self.ttl

    def sweep(self) -> None:
        """Delete the files of expired downloads. Their grants stay (answering 404) until
        :data:`FORGET_GRACE` more, by when Gradio has swept its copies too."""
        now = self.clock()
        dead: list[Path] = []
        with self._lock:
            while self._folders:
                folder, made = next(iter(self._folders.items()))
                if now - made < self.ttl:
                    break
                del self._folders[folder]
                dead.append(folder)
            while self._grants:
                key, grant = next(iter(self._grants.items()))
                if now - grant.made < self.ttl + FORGET_GRACE:
                    break
                del self._grants[key]
        for folder in dead:
            if folder.exists():
                shutil.rmtree(folder, ignore_errors=True)
