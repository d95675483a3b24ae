"""The unit of work every engine runs: read a few transcripts, key them, score the new ones.

An engine (:mod:`simulator.batch.local_engine`, :mod:`simulator.batch.ray_engine`) only
decides *where* :func:`process_task` runs; what it does is defined once, here. A task is a
list of consecutive units (:mod:`simulator.batch.inputs`) of about ``chunk`` transcripts, so
a worker process gets enough work per round trip to make inter-process traffic negligible.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from simulator.batch.inputs import Unit, read_unit
from simulator.batch.keys import record_key, transcript_sha256
from simulator.batch.output import Located, OutputDir
from simulator.batch.records import BatchRecord, build_record, has_manager_text
from simulator.content.rubrics import Rubric
from simulator.content.transcript import Transcript
from simulator.scoring.scorer import score

Sink = Callable[[BatchRecord], Located]
"""Where a worker puts a finished record: appends it and says where it landed."""


@dataclass(frozen=True)
class ScoreContext:
    """Everything a worker needs to score units; pickled once per worker process."""

    rubric: Rubric
    rubric_digest: str
    scorer: str
    judge: str | None = None
    """The judge's cache key, or None for detectors only."""
    speakers: Mapping[str, str] | None = None
    done: frozenset[str] = frozenset()
    """Keys already on disk: skipped, not scored again."""


@dataclass(frozen=True, slots=True)
class Item:
    """One planned transcript: where it sits in the input order and its key."""

    unit: int
    pos: int
    source: str
    key: str
    id: str


@dataclass(slots=True)
class Scored:
    """A new record not yet written; ``transcript`` is set while it still awaits the judge."""

    item: Item
    record: BatchRecord
    transcript: Transcript | None = None


@dataclass
class UnitResult:
    """What processing one unit found. Only ``scored`` holds anything large."""

    unit: int
    items: list[Item] = field(default_factory=list)
    errors: list[dict[str, Any]] = field(default_factory=list)
    reused: int = 0
    written: int = 0
    scored: list[Scored] = field(default_factory=list)
    stored: dict[str, Located] = field(default_factory=dict)
    """Where the records this unit wrote landed, by key: the compaction copies them from
    there without searching the logs."""


class ResultStream(Iterator[UnitResult], Protocol):
    """What an engine returns: unit results as they finish; ``close()`` stops the work."""

    def close(self) -> None:
        """Stop: queued work is dropped, records already written stay."""


class Engine(Protocol):
    """Runs :func:`process_task` over ``tasks`` somewhere: this process, a pool, a cluster.

    With ``write`` the engine appends each new record itself (through ``out``) and yields
    results whose ``scored`` is empty; without, the records come back in ``scored`` for the
    run to finish (a judge). Starting work when called, not when iterated, lets the local
    engine fork before the judge starts threads.
    """

    def __call__(
        self,
        tasks: Sequence[list[Unit]],
        ctx: ScoreContext,
        out: OutputDir,
        *,
        workers: int,
        write: bool,
        durable: bool,
    ) -> ResultStream: ...


def error_record(
    unit: int, pos: int, source: str, stage: str, message: str, **extra: Any
) -> dict[str, Any]:
    """One ``errors.jsonl`` line; ``_order`` sorts it and is dropped before writing."""
    return {"source": source, **extra, "stage": stage, "error": message, "_order": [unit, pos]}


def process_unit(unit: Unit, ctx: ScoreContext, sink: Sink | None = None) -> UnitResult:
    """Read and score one unit. New records go to ``sink`` when given and no judge is
    waiting for them; otherwise they come back in :attr:`UnitResult.scored`."""
    result = UnitResult(unit.index)
    for pos, read in enumerate(read_unit(unit, ctx.speakers)):
        if read.transcript is None:
            result.errors.append(
                error_record(unit.index, pos, read.source, "read", read.error or "unreadable")
            )
            continue
        t = read.transcript
        digest = transcript_sha256(t)
        key = record_key(digest, ctx.rubric_digest, ctx.scorer, ctx.judge)
        item = Item(unit.index, pos, read.source, key, t.id)
        if key in ctx.done:
            result.items.append(item)
            result.reused += 1
            continue
        try:
            card = score(t, ctx.rubric)
            record = build_record(
                t,
                card,
                source=read.source,
                key=key,
                transcript_digest=digest,
                rubric_digest=ctx.rubric_digest,
            )
        except Exception as exc:  # a scorer bug must cost one transcript, not the batch
            result.errors.append(
                error_record(
                    unit.index, pos, read.source, "score", f"{type(exc).__name__}: {exc}", id=t.id
                )
            )
            continue
        result.items.append(item)
        if ctx.judge is not None and has_manager_text(t):
            result.scored.append(Scored(item, record, t))
        elif sink is not None:
            result.stored[key] = sink(record)
            result.written += 1
        else:
            result.scored.append(Scored(item, record))
    return result


def process_task(units: Sequence[Unit], ctx: ScoreContext, sink: Sink | None) -> list[UnitResult]:
    """Process several units (one round trip to a worker)."""
    return [process_unit(u, ctx, sink) for u in units]


def group_tasks(units: Sequence[Unit], chunk: int) -> list[list[Unit]]:
    """Consecutive units in tasks of about ``chunk`` transcripts each (at least one unit)."""
    tasks: list[list[Unit]] = []
    size = 0
    for u in units:
        if not tasks or size + u.estimate > chunk:
            tasks.append([])
            size = 0
        tasks[-1].append(u)
        size += u.estimate
    return tasks


def iter_inline(
    tasks: Sequence[list[Unit]], ctx: ScoreContext, out: OutputDir, *, write: bool, durable: bool
) -> Generator[UnitResult, None, None]:
    """Every task in this process, one after another (one worker, or nothing to share)."""
    appender = out.appender(durable=durable, group_sync=True) if write else None
    try:
        for task in tasks:
            results = process_task(task, ctx, appender.append if appender else None)
            if appender is not None:
                appender.sync()  # one fsync per task, before the run hears of its records
            yield from results
    finally:
        if appender is not None:
            appender.close()
