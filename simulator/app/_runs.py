"""Runs in progress, kept so nothing is lost: a reload restores one, leaving one saves it.

Each browser keeps an unguessable token in its local storage (``gr.BrowserState``); the
server maps the token to the run in progress and its owner. A reload sends the token back
and gets the run again, but only if the same person is signed in. Runs are held in memory
only while they go on: a finished run is in the store, and an abandoned one expires.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

from simulator.content import catalog
from simulator.conversation.practice import Practice
from simulator.store.archive import Archived, archive
from simulator.store.database import Store

KEEP_SECONDS = 12 * 3600.0
"""How long a run nobody touches stays restorable."""
MAX_RUNS = 2000
"""A cap on runs held, so abandoned tabs cannot grow memory without bound."""
SCAN_EVERY = 60.0
"""Seconds between two scans for runs that ended without being put again."""


def new_token() -> str:
    """A fresh browser token."""
    return uuid.uuid4().hex


@dataclass
class LiveRuns:
    """Runs in progress by browser token, with their owner."""

    keep: float = KEEP_SECONDS
    clock: Callable[[], float] = time.monotonic
    _runs: dict[str, tuple[str, Practice, float]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _swept: float = float("-inf")

    def __len__(self) -> int:
        """How many runs are held."""
        return len(self._runs)

    def put(self, token: str, owner: str, practice: Practice) -> None:
        """Remember ``practice`` as ``token``'s run in progress (forgotten once it ends)."""
        if not token:
            return
        with self._lock:
            if practice.ended:
                self._runs.pop(token, None)
                return
            # Re-inserted at the end, so the oldest touched run is always first.
            self._runs.pop(token, None)
            self._runs[token] = (owner, practice, self.clock())
            self._sweep()

    def get(self, token: str, owner: str) -> Practice | None:
        """``token``'s run in progress if ``owner`` started it and it still goes on."""
        with self._lock:
            held = self._runs.get(token)
        if held is None or held[0] != owner or held[1].ended:
            return None
        if self.clock() - held[2] > self.keep:
            return None
        return held[1]

    def drop(self, token: str) -> None:
        """Forget ``token``'s run."""
        with self._lock:
            self._runs.pop(token, None)

    def _sweep(self) -> None:
        # Every turn puts its run; scanning them all each time cost every reply a little
        # more per run held. Runs are in the order last touched, so the expired ones are
        # at the front; runs that ended elsewhere are dropped by a full scan once a minute.
        now = self.clock()
        while self._runs:
            key, (_, _, touched) = next(iter(self._runs.items()))
            if now - touched <= self.keep:
                break
            del self._runs[key]
        if now - self._swept >= SCAN_EVERY:
            self._swept = now
            for k in [k for k, (_, p, _) in self._runs.items() if p.ended]:
                del self._runs[k]
        while len(self._runs) > MAX_RUNS:
            del self._runs[next(iter(self._runs))]


def in_progress(p: Practice | None) -> bool:
    """Whether leaving ``p`` would lose something: it has turns and has not ended."""
    return p is not None and bool(p.session.records) and not p.ended


def save_unfinished(p: Practice, store: Store, owner: str) -> Archived:
    """Keep a run that is being left mid-conversation in the history, as it stands.

    It is scored on what was said; its outcome says it did not end (``ended: false``),
    which is how the history tells an unfinished session from a finished one.
    """
    session = p.session
    p.result = archive(
        p.transcript(),
        store,
        owner=owner,
        rubric=catalog.get_rubric(session.rubric or catalog.DEFAULT_RUBRIC),
        persona=session.persona,
        partner=session.partner.label,
    )
    return p.result
