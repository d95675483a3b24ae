"""The batch output folder on disk: durable appends, resume, and the final compaction.

The guarantees a batch makes rest on four small rules:

1. **Append one whole line at a time.** Every record is encoded first and handed to a single
   ``write()`` on a descriptor opened with ``O_APPEND``. Appends from several worker processes
   therefore never interleave (Linux serialises appends to one file), and a crash can at worst
   leave one *torn* final line. A record is ``fsync``-ed before it counts as done: a worker
   syncs once per task, before the run hears of the task's records (a written line survives
   the death of its process anyway; the sync is for a machine that loses power, and a task's
   worth of detector scores is cheap to redo), and the judge syncs each record it paid for.
2. **Tolerate the torn line.** Reading skips any line that is not a complete JSON object, and
   before a resumed run appends, the torn tail is cut off so the next record does not get glued
   to it.
3. **Records are content-addressed.** Each carries a ``key`` hashing the transcript, the rubric
   and the scorer (see :mod:`simulator.batch.keys`). A key already on disk is never scored again; a
   changed transcript or rubric has a new key and is scored afresh.
4. **Compact at the end.** The final ``results.jsonl`` is rebuilt from every log (the main one
   plus per-writer part files) with exactly one line per planned input, in input order, written
   to a temporary file and moved into place with ``os.replace``. Lines for inputs that changed
   or disappeared (stale keys) are dropped there, which is how a re-scored input supersedes its
   old line.

A lock file stops two runs from writing the same folder at once; the kernel drops the lock
when the process holding it dies, so ``kill -9`` never leaves the folder locked. Only the run
holds it: a forked worker closes its inherited copy at once (an ``flock`` lock lives as long
as any copy of its descriptor), so an orphaned worker could never keep the folder locked.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import secrets
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from simulator._files import fsync_dir, write_atomic
from simulator.batch.records import BatchRecord
from simulator.errors import RehearseError

RESULTS = "results.jsonl"
ERRORS = "errors.jsonl"
PARTS = "parts"
LOCK = ".rehearse-batch.lock"
_READ_BLOCK = 1 << 20


class BatchLocked(RehearseError):
    """Another batch run is writing to the same output folder."""


_HELD_LOCKS: set[int] = set()
"""Descriptors of the folder locks this process holds."""


def _drop_inherited_locks() -> None:
    """In a forked child: close the copies of the parent's lock descriptors, so the lock
    ends with the run that took it, never with a worker that outlives it."""
    for fd in _HELD_LOCKS:
        with contextlib.suppress(OSError):
            os.close(fd)
    _HELD_LOCKS.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_drop_inherited_locks)


def dumps(record: Mapping[str, Any]) -> str:
    """One record as a JSON line (no trailing newline); key order is kept for stable output."""
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


@dataclass(frozen=True, slots=True)
class Located:
    """Where one complete line lives: which file, byte offset and length, and the record's
    ``source`` when known (a line whose source is already right is copied as it is)."""

    path: Path
    offset: int
    length: int
    source: str | None = None


class Appender:
    """An append-only JSONL file written one durable line per record.

    Safe to use from several processes at once on a local file system: each record is a
    single ``write()`` to an ``O_APPEND`` descriptor. Each append is ``fsync``-ed, unless
    ``group_sync`` says the caller calls :meth:`sync` itself once per group of records.
    ``durable=False`` never syncs and is only for tests and throwaway output.
    """

    def __init__(self, path: str | Path, *, durable: bool = True, group_sync: bool = False) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.durable = durable
        self.group_sync = group_sync
        self._unsynced = False
        self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)

    def sync(self) -> None:
        """Make every record appended so far durable (one ``fsync`` for the lot)."""
        if self.durable and self._unsynced:
            os.fsync(self._fd)
        self._unsynced = False

    def append(self, record: BatchRecord | Mapping[str, Any]) -> Located:
        """Write ``record`` as one line, make it durable (or leave that to :meth:`sync`),
        and say where it landed."""
        if isinstance(record, BatchRecord):
            data, source = (record.line() + "\n").encode("utf-8"), record.source
        else:
            data, source = (dumps(record) + "\n").encode("utf-8"), None
        written = os.write(self._fd, data)
        if written != len(data):  # disk full or similar: the line is torn, say so loudly
            raise OSError(f"short write to {self.path}: {written} of {len(data)} bytes")
        # O_APPEND leaves this descriptor's offset at the end of what it just wrote, however
        # many other processes append to the same file.
        end = os.lseek(self._fd, 0, os.SEEK_CUR)
        self._unsynced = True
        if not self.group_sync:
            self.sync()
        return Located(self.path, end - len(data), len(data), source)

    def close(self) -> None:
        """Sync what is pending and close the descriptor (idempotent)."""
        if self._fd >= 0:
            self.sync()
            os.close(self._fd)
            self._fd = -1

    def __enter__(self) -> Appender:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def iter_lines(path: Path) -> Iterator[tuple[int, bytes]]:
    """``(offset, line)`` for every newline-terminated line in ``path``; a final line
    without a newline is a torn write and is not yielded."""
    try:
        handle = path.open("rb")
    except FileNotFoundError:
        return
    with handle:
        offset, pending = 0, b""
        while block := handle.read(_READ_BLOCK):
            pending += block
            start = 0
            while (nl := pending.find(b"\n", start)) >= 0:
                yield offset + start, pending[start : nl + 1]
                start = nl + 1
            offset += start
            pending = pending[start:]


def parse_line(line: bytes) -> dict[str, Any] | None:
    """The JSON object on ``line``, or ``None`` if it is blank, torn or not an object."""
    try:
        value = json.loads(line)
    except (ValueError, RecursionError):
        return None
    return value if isinstance(value, dict) else None


def repair_tail(path: Path) -> int:
    """Cut a torn final line (no newline) off ``path``; returns the bytes removed."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return 0
    if size == 0:
        return 0
    with path.open("rb+") as handle:
        keep = size
        step = 4096
        # Walk back from the end to the last newline; the torn line is usually short.
        while keep > 0:
            start = max(0, keep - step)
            handle.seek(start)
            chunk = handle.read(keep - start)
            if keep == size and chunk.endswith(b"\n"):
                return 0
            nl = chunk.rfind(b"\n")
            if nl >= 0:
                keep = start + nl + 1
                break
            keep = start
        handle.truncate(keep)
        handle.flush()
        os.fsync(handle.fileno())
    return size - keep


class OutputDir:
    """The files of one batch output folder and the operations on them."""

    def __init__(self, root: str | Path) -> None:
        self.root = Path(root)
        self.results = self.root / RESULTS
        self.errors = self.root / ERRORS
        self.parts = self.root / PARTS
        self._lock_fd = -1

    # --- locking and start-up ------------------------------------------------------------------

    def lock(self) -> None:
        """Take the folder for this run, or raise :class:`BatchLocked`."""
        self.root.mkdir(parents=True, exist_ok=True)
        # O_CLOEXEC: a program this run starts never inherits the lock; forked workers
        # drop their copy at once (_drop_inherited_locks).
        fd = os.open(self.root / LOCK, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise BatchLocked(
                "another batch run is writing to this folder",
                path=self.root,
                hint="wait for it to finish, or choose another --out",
            ) from None
        self._lock_fd = fd
        _HELD_LOCKS.add(fd)

    def unlock(self) -> None:
        """Release the folder (also released by the kernel if the process dies)."""
        if self._lock_fd >= 0:
            _HELD_LOCKS.discard(self._lock_fd)
            os.close(self._lock_fd)
            self._lock_fd = -1

    def prepare(self) -> dict[str, int]:
        """Make the folder ready to append after whatever happened last time.

        Removes temporary files of an interrupted compaction, cuts torn final lines off every
        log, and empties ``errors.jsonl``: failures are retried on every run, so the errors of
        this run are the only ones that mean anything. Returns what was repaired.
        """
        self.root.mkdir(parents=True, exist_ok=True)
        removed_tmp = 0
        for tmp in self.root.glob(".*.tmp"):
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
                removed_tmp += 1
        torn = sum(repair_tail(p) > 0 for p in self.logs())
        self.errors.write_bytes(b"")
        return {"torn_lines": torn, "temp_files": removed_tmp}

    def logs(self) -> list[Path]:
        """Every file records may be in: ``results.jsonl`` then the part files, sorted."""
        found = [self.results] if self.results.exists() else []
        if self.parts.is_dir():
            found += sorted(self.parts.glob("*.jsonl"))
        return found

    def appender(
        self, part: str | None = None, *, durable: bool = True, group_sync: bool = False
    ) -> Appender:
        """An appender on ``results.jsonl``, or on ``parts/PART.jsonl`` for writers that
        may not share a file (e.g. Ray tasks on other machines over NFS, where ``O_APPEND``
        is not atomic)."""
        path = self.results if part is None else self.parts / f"{part}.jsonl"
        return Appender(path, durable=durable, group_sync=group_sync)

    def error_appender(self, *, durable: bool = True) -> Appender:
        """An appender on ``errors.jsonl``."""
        return Appender(self.errors, durable=durable)

    # --- reading -------------------------------------------------------------------------------

    def index(self) -> dict[str, Located]:
        """Where the latest complete record for every key lives (later lines win).

        Only the key and source are read, so lines of any record version are indexed; a
        line whose key no plan asks for is simply never copied.
        """
        found: dict[str, Located] = {}
        for path in self.logs():
            for offset, line in iter_lines(path):
                record = parse_line(line)
                key = record.get("key") if record else None
                if isinstance(key, str):
                    source = record.get("source") if record else None
                    found[key] = Located(
                        path, offset, len(line), source if isinstance(source, str) else None
                    )
        return found

    # --- compaction ----------------------------------------------------------------------------

    def compact(
        self, plan: Sequence[tuple[str, str]], where: Mapping[str, Located] | None = None
    ) -> int:
        """Rewrite ``results.jsonl`` as one line per ``(key, source)`` in ``plan`` that has a
        record, in plan order, with ``source`` set from the plan; then drop the part files.

        Records are content-addressed, so two inputs with identical content share one scored
        record and each gets its own line. ``where`` says where each key's record is, when
        the caller knows (from :meth:`index` at the start and the appenders since); without
        it the logs are indexed again. A line whose source is already right is copied byte
        for byte. Returns the number of lines written.
        """
        if where is None:
            where = self.index()
        tmp = self.root / f".{RESULTS}.{secrets.token_hex(4)}.tmp"
        written = 0
        handles: dict[Path, Any] = {}
        try:
            with tmp.open("wb") as out, contextlib.ExitStack() as stack:
                for key, source in plan:
                    located = where.get(key)
                    if located is None:
                        continue
                    handle = handles.get(located.path)
                    if handle is None:
                        handle = handles[located.path] = stack.enter_context(
                            located.path.open("rb")
                        )
                    handle.seek(located.offset)
                    line = handle.read(located.length)
                    if not line.endswith(b"\n"):  # the index was built from this very line
                        raise RehearseError("results log changed while reading", path=located.path)
                    if located.source != source:
                        record = parse_line(line)
                        if record is None:
                            raise RehearseError(
                                "results log changed while reading", path=located.path
                            )
                        record["source"] = source
                        line = (dumps(_source_first(record)) + "\n").encode("utf-8")
                    out.write(line)
                    written += 1
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, self.results)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
            raise
        fsync_dir(self.root)
        # Only after the compacted file is durable may the parts go: they are its only copy.
        for part in self.logs()[1:]:
            part.unlink()
        with contextlib.suppress(OSError):
            self.parts.rmdir()
        return written

    def rewrite_errors(self, errors: Iterable[dict[str, Any]]) -> int:
        """Replace ``errors.jsonl`` with ``errors`` (already de-duplicated and ordered)."""
        lines = [dumps(e) + "\n" for e in errors]
        write_atomic(self.errors, "".join(lines))
        return len(lines)


def _source_first(record: dict[str, Any]) -> dict[str, Any]:
    # Keep the documented field order (id, source, ...) however the record was built.
    head = {k: record[k] for k in ("id", "source") if k in record}
    return head | {k: v for k, v in record.items() if k not in head}
