"""Forgetting Gradio's per-browser state once nobody can use it, so memory stays flat.

Gradio keeps a ``SessionState`` for every session hash it has seen (every page load, every
``gradio_client.Client``): a copy of the config of every component on the page (about
220 KB for this page before a single event), the ``gr.State`` values (the run, with its
transcript) and every component a handler replaced. It never drops one until 10,000 are
held (``state_session_capacity``); when a tab closes it only marks the session closed and,
an hour later, drops its ``gr.State`` values, not the rest. A server that hundreds of
managers open every day would grow by gigabytes.

:class:`SessionReaper` sweeps every :data:`SWEEP_EVERY` seconds, on the server's loop: a
session closed (its tab gone) and unused for :data:`CLOSED_GRACE`, or unused at all for
:data:`IDLE_LIMIT` (``gradio_client`` sessions never close), is forgotten whole, its
``gr.State`` delete callbacks called first. The same sweep expires the download grants,
so their files go even when nobody makes a new download.

Every :data:`TRIM_EVERY` seconds the reaper also hands the C allocator's free memory back
to the system (:func:`release_free_memory`). Under load most of the resident growth was not
live objects but memory already freed and still held by glibc's malloc, in the arenas of
the worker threads: replies and session ends allocate and free megabytes there, while
objects that live on (line caches, saved runs) pin each heap, so glibc cannot shrink it
from the top and the pages of every hole stay resident. Measured with 50 sessions for
2 minutes and the line caches held to 256 lines (so Python objects stayed flat): in the
second minute malloc's free-but-held memory grew 20 MB, its in-use memory 4 MB, resident
memory 25 MB. With the caches at their usual size, a trim every 10 s cut the second
minute's resident growth from 20 to 11 MB (a trim of an 80 MB heap takes ~6 ms).

This reads Gradio's ``StateHolder`` (``session_data``, ``time_last_used``, ``lock``), which is
not public API: :func:`forget_sessions` checks for those names and does nothing without them
(a test pins them for the Gradio version in use).
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import functools
import os
from collections.abc import AsyncIterator, Callable
from datetime import datetime, timedelta
from typing import Any

from simulator.app._grants import DownloadGrants

Lifespan = Callable[[Any], contextlib.AbstractAsyncContextManager[Any]]
"""A Starlette lifespan: entered when the server starts, left when it stops."""

SWEEP_EVERY = 60.0
"""Seconds between two sweeps."""
CLOSED_GRACE = 3600.0
"""A closed tab's state is kept this long after its last event, as Gradio keeps its
``gr.State`` values (a tab that reconnects after a network drop finds its run)."""
IDLE_LIMIT = 12 * 3600.0
"""Any session untouched this long is forgotten (as long as a run is kept for a reload)."""
TRIM_EVERY = 10.0
"""Seconds between two hand-backs of the allocator's free memory (a trim of a heap of a
few hundred MB takes a few milliseconds, off the event loop)."""


@functools.cache
def _libc(name: str, *argtypes: type[ctypes.c_int] | type[ctypes.c_size_t]) -> Any:
    """glibc's ``name`` taking ``argtypes`` and returning an int, or ``None`` where the C
    library lacks it (musl, macOS, Windows)."""
    try:
        function = getattr(ctypes.CDLL(None), name, None)
    except OSError:
        return None
    if function is not None:
        function.argtypes = list(argtypes)
        function.restype = ctypes.c_int
    return function


M_ARENA_MAX = -8
"""glibc's ``mallopt`` parameter for the most malloc arenas (``MALLOC_ARENA_MAX``)."""
ARENAS = 2
"""Arenas the app's threads share. glibc gives each thread that allocates at once its own,
up to 8 per core; under 50 sessions about 15 grew, each holding memory already freed that
no other thread could reuse. Two kept a 5-minute load run's RSS within +17% of its first
minute (+29% with one arena per thread), with reply p95 at 1.4x idle."""


def limit_malloc_arenas(arenas: int = ARENAS) -> bool:
    """Cap glibc's malloc arenas (``mallopt(M_ARENA_MAX)``) for threads started after the
    call, unless the operator set ``MALLOC_ARENA_MAX`` themselves. Returns whether it was
    applied; elsewhere (musl, macOS, Windows) it does nothing."""
    mallopt = _libc("mallopt", ctypes.c_int, ctypes.c_int)
    if "MALLOC_ARENA_MAX" in os.environ or mallopt is None:
        return False
    return bool(mallopt(M_ARENA_MAX, arenas))


def release_free_memory() -> bool:
    """Give the pages glibc's malloc holds free back to the system (``malloc_trim(0)``:
    every arena, not only the top of the heap). Returns whether the C library can do it;
    elsewhere it does nothing. Live objects are untouched: only memory already freed goes."""
    trim = _libc("malloc_trim", ctypes.c_size_t)
    if trim is None:
        return False
    trim(0)
    return True


def forget_sessions(
    holder: Any,
    *,
    now: datetime | None = None,
    closed_grace: float = CLOSED_GRACE,
    idle_limit: float = IDLE_LIMIT,
    queue: Any = None,
) -> int:
    """Drop from Gradio's ``holder`` (``blocks.state_holder``) every session closed and
    unused for ``closed_grace`` seconds, or unused for ``idle_limit``; and, from the
    ``queue``, their empty sets of pending events. Returns how many were dropped."""
    data = getattr(holder, "session_data", None)
    used = getattr(holder, "time_last_used", None)
    lock = getattr(holder, "lock", None)
    if not isinstance(data, dict) or not isinstance(used, dict) or lock is None:
        return 0
    now = now or datetime.now()
    closed_before = now - timedelta(seconds=closed_grace)
    idle_before = now - timedelta(seconds=idle_limit)
    with lock:
        stale = [
            sid
            for sid, state in list(data.items())
            if (last := used.get(sid)) is None
            or last < idle_before
            or (getattr(state, "is_closed", False) and last < closed_before)
        ]
    for sid in stale:
        # gr.State(delete_callback=...) hooks run as Gradio itself would run them.
        with contextlib.suppress(Exception):
            holder.delete_state(sid)
        with lock:
            data.pop(sid, None)
            used.pop(sid, None)
    pending = getattr(queue, "pending_event_ids_session", None)
    if isinstance(pending, dict):
        for sid in [s for s, ids in list(pending.items()) if not ids and s not in data]:
            pending.pop(sid, None)
    return len(stale)


class SessionReaper:
    """Calls :func:`forget_sessions` on the app's Gradio state and sweeps the download
    ``grants``, every ``every`` seconds while the server runs; and calls ``release`` (by
    default :func:`release_free_memory`) every ``trim_every`` seconds.

    It runs as a task on the server's event loop (:meth:`lifespan`, handed to Gradio as the
    app's lifespan), not in a thread of its own: Gradio reads and expires sessions on that
    loop without a lock, so dropping one between its check and its read could fail a
    request or end Gradio's own expiry task.
    """

    def __init__(
        self,
        holder: Callable[[], Any],
        grants: DownloadGrants,
        *,
        queue: Callable[[], Any] = lambda: None,
        every: float = SWEEP_EVERY,
        trim_every: float = TRIM_EVERY,
        release: Callable[[], object] = release_free_memory,
    ) -> None:
        self._holder = holder
        self._queue = queue
        self.grants = grants
        self.every = every
        self.trim_every = trim_every
        self.release = release
        self.running = False

    def sweep(self) -> int:
        """One sweep now: the sessions forgotten (grants are swept too). Call it on the
        server's event loop (or with no server running)."""
        self.grants.sweep()
        holder = self._holder()
        return 0 if holder is None else forget_sessions(holder, queue=self._queue())

    @contextlib.asynccontextmanager
    async def lifespan(self, _app: object) -> AsyncIterator[None]:
        """Sweep while the server runs (a Starlette lifespan)."""
        tasks = [asyncio.create_task(self._run()), asyncio.create_task(self._trim())]
        self.running = True
        try:
            yield
        finally:
            self.running = False
            for task in tasks:
                task.cancel()
            for task in tasks:
                with contextlib.suppress(asyncio.CancelledError):
                    await task

    def around(self, inner: Lifespan | None) -> Lifespan:
        """:meth:`lifespan`, wrapped around the caller's own ``inner`` lifespan if any."""
        if inner is None:
            return self.lifespan

        @contextlib.asynccontextmanager
        async def both(app: object) -> AsyncIterator[None]:
            async with inner(app), self.lifespan(app):
                yield

        return both

    async def _run(self) -> None:
        while True:
            await asyncio.sleep(self.every)
            # Deleting download folders is file work: off the loop. A failed sweep must
            # not end the task: the next one may work.
            with contextlib.suppress(Exception):
                await asyncio.to_thread(self.grants.sweep)
            with contextlib.suppress(Exception):
                holder = self._holder()
                if holder is not None:
                    forget_sessions(holder, queue=self._queue())

    async def _trim(self) -> None:
        while True:
            await asyncio.sleep(self.trim_every)
            # Off the loop: the trim walks every arena. A failure must not end the task.
            with contextlib.suppress(Exception):
                await asyncio.to_thread(self.release)
