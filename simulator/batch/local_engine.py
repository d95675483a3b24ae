"""``--engine local``: the work of a batch on a pool of processes on this machine.

Workers die with the run. A crash or ``kill -9`` of the run must not leave workers behind:
an orphan would idle forever (nothing tells it the queue it waits on is gone) and, if it
held the output folder's lock, would block the rerun. So each worker

- asks the kernel to kill it when its parent dies (``PR_SET_PDEATHSIG`` on Linux), and
- watches the run (and its parent) from a thread: for systems without that call, for a
  parent that died before the request was made, and for ``forkserver`` workers, whose
  parent (the fork server) outlives the run as long as they live;
- ignores Ctrl-C: the run stops its workers itself, after the task in hand, so no worker
  prints a traceback or dies halfway through appending a record.

The folder lock is never held by a worker: :class:`simulator.batch.output.OutputDir` drops
its copy in every forked child (see :meth:`~simulator.batch.output.OutputDir.lock`).
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Generator, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from pathlib import Path
from typing import Any

from simulator.batch.inputs import Unit
from simulator.batch.output import Appender, OutputDir
from simulator.batch.work import ScoreContext, UnitResult, iter_inline, process_task

_PR_SET_PDEATHSIG = 1
PARENT_POLL_S = 0.25
"""How often a worker checks that its parent is still alive (the fallback to the kernel)."""
QUEUE_DEPTH = 3
"""Tasks queued per worker: enough that a worker never waits on the parent, few enough that
memory stays flat and a stop throws little work away."""


class _Worker:
    """The state of one worker process, set by :func:`_init_worker`."""

    ctx: ScoreContext | None = None
    root = ""
    write = False
    durable = True
    appender: Appender | None = None


def _started(pid: int) -> str | None:
    """When ``pid`` started (``/proc``), so a later process reusing the number is not
    mistaken for it; ``"?"`` where ``/proc`` is missing but the pid exists; None if gone."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        return stat[stat.rindex(")") + 2 :].split()[19]
    except (OSError, ValueError, IndexError):
        pass
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None
    except PermissionError:
        return "?"
    return "?"


def _die_with_parent(run: int) -> None:
    """End this process when the run ends.

    The kernel kills it when its parent dies (``PR_SET_PDEATHSIG``): the run itself when
    workers are forked. Under ``forkserver`` the parent is the fork server, which waits for
    its children before it exits, so the kernel never fires; a thread therefore also watches
    the run itself, and the parent.
    """
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    parent = os.getppid()
    run_started = _started(run)
    if run_started is None:  # the run died before we got here
        os._exit(1)

    def watch() -> None:
        while os.getppid() == parent and _started(run) == run_started:
            time.sleep(PARENT_POLL_S)
        os._exit(1)  # nobody is left to hand results to; records written so far are kept

    threading.Thread(target=watch, name="watch-run", daemon=True).start()


def _init_worker(run: int, ctx: ScoreContext, root: str, write: bool, durable: bool) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the run's handler, inherited by fork
    _die_with_parent(run)
    _Worker.ctx, _Worker.root, _Worker.write, _Worker.durable = ctx, root, write, durable
    _Worker.appender = None


def _worker_task(units: list[Unit]) -> list[UnitResult]:
    assert _Worker.ctx is not None, "worker used before _init_worker"
    sink = None
    if _Worker.write:
        if _Worker.appender is None:
            _Worker.appender = OutputDir(_Worker.root).appender(
                durable=_Worker.durable, group_sync=True
            )
        sink = _Worker.appender.append
    results = process_task(units, _Worker.ctx, sink)
    if _Worker.appender is not None:
        _Worker.appender.sync()  # durable before the run hears of them: one fsync per task
    return results


def _mp_context() -> Any:
    """fork when this process is single-threaded (workers start in milliseconds, sharing the
    loaded code); forkserver otherwise, since forking a process whose other threads may hold
    locks (the judge's event loop, its writer thread) can deadlock the child."""
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


class PoolResults(Iterator[UnitResult]):
    """Results of a running pool; ``close()`` stops the pool even if never iterated."""

    def __init__(self, pool: ProcessPoolExecutor, tasks: Sequence[list[Unit]], depth: int) -> None:
        self._pool = pool
        self._todo = iter(tasks)
        self._depth = depth
        self._pending: set[Future[list[UnitResult]]] = set()
        self._top_up()
        self._results = self._run()

    def _top_up(self) -> None:
        while len(self._pending) < self._depth and (task := next(self._todo, None)) is not None:
            self._pending.add(self._pool.submit(_worker_task, task))

    def _run(self) -> Generator[UnitResult, None, None]:
        while self._pending:
            finished, self._pending = wait(self._pending, return_when=FIRST_COMPLETED)
            self._top_up()  # refill first: workers never wait on us
            for fut in finished:
                yield from fut.result()
        self._pool.shutdown(wait=True)

    def __next__(self) -> UnitResult:
        return next(self._results)

    def close(self) -> None:
        """Stop: queued tasks are cancelled, running ones finish (their records are kept)."""
        self._results.close()
        self._pool.shutdown(wait=True, cancel_futures=True)


def iter_results(
    tasks: Sequence[list[Unit]],
    ctx: ScoreContext,
    out: OutputDir,
    *,
    workers: int,
    write: bool,
    durable: bool = True,
) -> PoolResults | Generator[UnitResult, None, None]:
    """Unit results as tasks finish, from ``workers`` processes (or this one if 1).

    The pool starts, and its first tasks are queued, when this is called rather than when
    iteration begins: the worker processes are then forked before the judge starts its
    threads. At most :data:`QUEUE_DEPTH` tasks per worker are queued at a time.
    """
    if workers <= 1 or len(tasks) <= 1:
        return iter_inline(tasks, ctx, out, write=write, durable=durable)
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=_mp_context(),
        initializer=_init_worker,
        initargs=(os.getpid(), ctx, str(out.root), write, durable),
    )
    try:
        return PoolResults(pool, tasks, workers * QUEUE_DEPTH)
    except BaseException:
        pool.shutdown(wait=True, cancel_futures=True)
        raise
