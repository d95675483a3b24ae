"""Batch scoring: thousands of transcripts, resumable, concurrent, exactly once.

The run, in order:

1. **Plan.** Inputs are expanded into files and cut into units (:mod:`simulator.batch.inputs`);
   units are grouped into tasks of about ``chunk`` transcripts so a worker process gets
   enough work per round trip to make inter-process traffic negligible.
2. **Score.** Each task reads its transcripts, computes every transcript's **key**
   (:func:`record_key`: a hash of the transcript, the rubric, the scorer's code and the
   judge) and scores only keys not already on disk. Without a judge the workers append
   their records to ``results.jsonl`` themselves (one durable line each, see
   :mod:`simulator.batch.output`), so the parent process does nothing per record and two
   workers run nearly twice as fast as one. With ``--engine ray`` the same function runs as
   a Ray Data pipeline (:mod:`simulator.batch.ray_engine`).
3. **Judge** (optional). Records that need an LLM judge come back to the parent, where up to
   ``concurrency`` requests run on one event loop under a shared rate limit
   (:mod:`simulator.judge._batch`), or go through the OpenAI Batch API
   (:mod:`simulator.batch.batch_api`). The judge lives in one process on purpose: ``--rate`` is
   then a true limit for the whole run, not per worker.
4. **Finish.** ``results.jsonl`` is compacted to one line per input in input order;
   ``errors.jsonl``, ``results.csv``, ``report.html`` and ``manifest.json`` are written from it.

Killing the run at any point loses at most the records being written at that instant;
running the same command again scores only what is missing.
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
import json
import multiprocessing
import os
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import (
    FIRST_COMPLETED,
    Future,
    ProcessPoolExecutor,
    ThreadPoolExecutor,
    wait,
)
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from simulator.batch.inputs import Unit, discover, plan_units, read_unit
from simulator.batch.output import Appender, OutputDir, write_atomic
from simulator.batch.progress import Progress
from simulator.content.rubrics import Rubric
from simulator.content.transcript import Transcript
from simulator.errors import RehearseError
from simulator.judge._batch import JudgeConfig, JudgeError, JudgeFatal, JudgeStats
from simulator.reports import markdown as report
from simulator.scoring.scorecard import Scorecard
from simulator.scoring.scorer import score

RECORD_VERSION = 1
"""Bump when the record's fields change meaning; every key changes with it."""
MANIFEST = "manifest.json"
Engine = Literal["local", "ray"]
_QUOTE = 160
_WEAK_ORDER = ("judgment", "advice", "closed_question")


# --- keys: what makes a result reusable -------------------------------------------------------


def _sha256(data: str | bytes) -> str:
    return hashlib.sha256(data.encode("utf-8") if isinstance(data, str) else data).hexdigest()


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def transcript_sha256(transcript: Transcript) -> str:
    """Hash of everything in the transcript (id, turns, metadata), independent of file format."""
    return _sha256(_canonical(transcript.model_dump(mode="json")))


def rubric_sha256(rubric: Rubric) -> str:
    """Hash of the rubric model: any change to a weight, anchor or criterion changes it."""
    return _sha256(_canonical(rubric.model_dump(mode="json")))


@functools.cache
def scorer_fingerprint() -> str:
    """Hash of the code that turns a transcript into a record.

    Editing the detectors or the scorer changes scores, so old results must not be reused;
    hashing the source files is the one way to notice that nobody has to remember. Taken
    once, at import, so it describes the code this process loaded even if the files are
    edited while a long run goes on.
    """
    import simulator.moves.detector
    import simulator.moves.vocabulary
    import simulator.scoring.rewrites
    import simulator.scoring.scorer

    digest = hashlib.sha256(f"record-v{RECORD_VERSION}".encode())
    for module in (
        simulator.scoring.scorer,
        simulator.moves.detector,
        simulator.moves.vocabulary,
        simulator.scoring.rewrites,
        report,
    ):
        path = getattr(module, "__file__", None)
        if path and os.path.exists(path):
            digest.update(Path(path).read_bytes())
    return digest.hexdigest()


scorer_fingerprint()


def record_key(transcript_digest: str, rubric_digest: str, scorer: str, judge: str | None) -> str:
    """The key of one result: the same key means the same inputs, hence the same scores."""
    return _sha256("\0".join([transcript_digest, rubric_digest, scorer, judge or "detectors"]))


# --- records ----------------------------------------------------------------------------------


def has_manager_text(transcript: Transcript) -> bool:
    """Whether there is anything for a judge to rate."""
    return any(t.speaker == "manager" and t.text.strip() for t in transcript.turns)


def _quote(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _QUOTE else text[: _QUOTE - 1] + "…"


def _coach_note(card: Scorecard, transcript: Transcript) -> dict[str, Any] | None:
    """The weak turn most worth a coach's time, with the suggested rewrite."""
    weak = [a for a in card.annotations if a.weak and a.rewrite]
    if not weak:
        return None

    def rank(a: Any) -> int:
        return min((_WEAK_ORDER.index(m) for m in a.moves if m in _WEAK_ORDER), default=9)

    pick = min(weak, key=lambda a: (rank(a), a.turn))
    return {
        "turn": pick.turn,
        "said": _quote(transcript.turns[pick.turn].text),
        "note": pick.note,
        "try": pick.rewrite,
    }


def build_record(
    transcript: Transcript,
    card: Scorecard,
    *,
    source: str,
    key: str,
    transcript_digest: str,
    rubric_digest: str,
) -> dict[str, Any]:
    """One ``results.jsonl`` line: the stable summary (:func:`simulator.reports.markdown.summary`)
    plus where it came from, its key, and what a coach needs to triage it."""
    summary = report.summary(card)
    moves = Counter(m for a in card.annotations for m in a.moves)
    record: dict[str, Any] = {
        "id": summary.pop("id"),
        "source": source,
        "key": key,
        "rubric": card.rubric_id,
    }
    record |= summary
    record["scored_by"] = "detectors"
    record["persona"] = transcript.persona
    record["turns"] = len(transcript.turns)
    record["manager_turns"] = len(card.annotations)
    record["weak_turns"] = sum(a.weak for a in card.annotations)
    record["moves"] = dict(sorted(moves.items()))
    note = _coach_note(card, transcript)
    if note:
        record["coach_note"] = note
    record["transcript_sha256"] = transcript_digest
    record["rubric_sha256"] = rubric_digest
    return record


# --- the unit of work -------------------------------------------------------------------------


@dataclass(frozen=True)
class ScoreContext:
    """Everything a worker needs to score units; pickled once per worker process."""

    rubric: Rubric
    rubric_digest: str
    scorer: str
    judge: str | None = None
    """The judge's cache key (:meth:`JudgeConfig.cache_key`), or None for detectors only."""
    speakers: dict[str, str] | None = None
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
    record: dict[str, Any]
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


def error_record(
    unit: int, pos: int, source: str, stage: str, message: str, **extra: Any
) -> dict[str, Any]:
    """One ``errors.jsonl`` line; ``_order`` sorts it and is dropped before writing."""
    return {"source": source, **extra, "stage": stage, "error": message, "_order": [unit, pos]}


def process_unit(
    unit: Unit, ctx: ScoreContext, sink: Callable[[dict[str, Any]], None] | None = None
) -> UnitResult:
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
            sink(record)
            result.written += 1
        else:
            result.scored.append(Scored(item, record))
    return result


def process_task(
    units: Sequence[Unit], ctx: ScoreContext, sink: Callable[[dict[str, Any]], None] | None
) -> list[UnitResult]:
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


# --- the local engine: a process pool ---------------------------------------------------------

_WORKER: dict[str, Any] = {}


def _init_worker(ctx: ScoreContext, root: str, write: bool, durable: bool) -> None:
    _WORKER.clear()
    _WORKER.update(ctx=ctx, root=root, write=write, durable=durable, appender=None)


def _worker_task(units: list[Unit]) -> list[UnitResult]:
    ctx: ScoreContext = _WORKER["ctx"]
    sink = None
    if _WORKER["write"]:
        if _WORKER["appender"] is None:
            _WORKER["appender"] = OutputDir(_WORKER["root"]).appender(durable=_WORKER["durable"])
        sink = _WORKER["appender"].append
    return process_task(units, ctx, sink)


def _mp_context() -> Any:
    """fork when this process is single-threaded (workers start in milliseconds, sharing the
    loaded code); forkserver otherwise, since forking a process whose other threads may hold
    locks (the judge's event loop, its writer thread) can deadlock the child."""
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def iter_local(
    tasks: Sequence[list[Unit]],
    ctx: ScoreContext,
    out: OutputDir,
    *,
    workers: int,
    write: bool,
    durable: bool = True,
) -> Iterator[UnitResult]:
    """Unit results as tasks finish, from ``workers`` processes (or this one if 1).

    The pool starts, and its first tasks are queued, when this is called rather than when
    iteration begins: the worker processes are then forked before the judge starts its
    threads. At most a few tasks per worker are queued at a time, so memory stays flat
    however large the batch, and a Ctrl-C leaves little work to throw away.
    """
    if workers <= 1 or len(tasks) <= 1:
        return _iter_inline(tasks, ctx, out, write=write, durable=durable)
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=_mp_context(),
        initializer=_init_worker,
        initargs=(ctx, str(out.root), write, durable),
    )
    todo = iter(tasks)
    pending: set[Future[list[UnitResult]]] = set()
    try:
        _top_up(pool, pending, todo, workers * 3)
    except BaseException:
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    return _PoolResults(pool, pending, todo, workers * 3)


def _top_up(
    pool: ProcessPoolExecutor,
    pending: set[Future[list[UnitResult]]],
    todo: Iterator[list[Unit]],
    depth: int,
) -> None:
    while len(pending) < depth and (task := next(todo, None)) is not None:
        pending.add(pool.submit(_worker_task, task))


class _PoolResults(Iterator[UnitResult]):
    """Results of a running pool; ``close()`` stops the pool even if never iterated."""

    def __init__(
        self,
        pool: ProcessPoolExecutor,
        pending: set[Future[list[UnitResult]]],
        todo: Iterator[list[Unit]],
        depth: int,
    ) -> None:
        self._pool = pool
        self._results = self._run(pending, todo, depth)

    def _run(
        self, pending: set[Future[list[UnitResult]]], todo: Iterator[list[Unit]], depth: int
    ) -> Iterator[UnitResult]:
        while pending:
            finished, pending = wait(pending, return_when=FIRST_COMPLETED)
            _top_up(self._pool, pending, todo, depth)  # refill first: workers never wait on us
            for fut in finished:
                yield from fut.result()
        self._pool.shutdown(wait=True)

    def __next__(self) -> UnitResult:
        return next(self._results)

    def close(self) -> None:
        """Stop: queued tasks are cancelled, running ones finish (their records are kept)."""
        self._results.close()
        self._pool.shutdown(wait=True, cancel_futures=True)


def _iter_inline(
    tasks: Sequence[list[Unit]], ctx: ScoreContext, out: OutputDir, *, write: bool, durable: bool
) -> Iterator[UnitResult]:
    appender = out.appender(durable=durable) if write else None
    try:
        for task in tasks:
            yield from process_task(task, ctx, appender.append if appender else None)
    finally:
        if appender is not None:
            appender.close()


# --- the run ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class BatchConfig:
    """One ``rehearse batch`` invocation."""

    inputs: tuple[str, ...]
    out: Path
    rubric: Rubric
    speakers: dict[str, str] | None = None
    workers: int = 1
    engine: Engine = "local"
    judge: JudgeConfig | None = None
    chunk: int = 64
    """Transcripts per task (and JSONL lines per unit)."""
    durable: bool = True
    """fsync every record; off only for throwaway output."""
    title: str | None = None


@dataclass
class BatchSummary:
    """What a run did; ``exit_code`` is what the CLI returns."""

    out: Path
    inputs: int = 0
    scored: int = 0
    reused: int = 0
    failed: int = 0
    results: int = 0
    elapsed: float = 0.0
    judge: JudgeStats | None = None
    repaired: dict[str, int] = field(default_factory=dict)
    aborted: str | None = None

    @property
    def exit_code(self) -> int:
        """0 all scored, 1 some inputs failed, 2 the run was stopped by a configuration error."""
        if self.aborted:
            return 2
        return 1 if self.failed else 0

    def describe(self) -> str:
        """One line for people."""
        rate = self.scored / self.elapsed if self.elapsed > 0 else 0.0
        text = (
            f"{self.inputs:,} input(s): {self.scored:,} scored, {self.reused:,} already done, "
            f"{self.failed:,} failed in {self.elapsed:.1f}s ({rate:,.0f}/s) -> {self.out}"
        )
        if self.failed:
            text += f" (see {self.out / 'errors.jsonl'})"
        return text


class Collector:
    """Bookkeeping in the parent: the plan, errors and counts, as unit results arrive."""

    def __init__(self, errors: Appender, progress: Progress) -> None:
        self.items: list[Item] = []
        self.errors: list[dict[str, Any]] = []
        self.reused = 0
        self.scored = 0
        self._errors_log = errors
        self.progress = progress

    def unit(self, r: UnitResult) -> list[Scored]:
        """Record ``r``; returns the records it left for the parent to finish."""
        self.items += r.items
        self.reused += r.reused
        self.scored += r.written
        for e in r.errors:
            self.error(e)
        self.progress.advance(r.reused + r.written + len(r.errors), failed=len(r.errors))
        return r.scored

    def error(self, record: dict[str, Any]) -> None:
        self.errors.append(record)
        # Appended at once so a long run shows its failures while it runs.
        self._errors_log.append({k: v for k, v in record.items() if k != "_order"})


def _rubric_info(rubric: Rubric) -> dict[str, Any]:
    return {
        "id": rubric.id,
        "name": rubric.name,
        "description": rubric.description,
        "groups": list(rubric.groups),
        "criteria": [
            {
                "id": c.id,
                "name": c.name,
                "group": c.group,
                "description": c.description,
                "anchors": {str(k): v for k, v in sorted(c.anchors.items())},
            }
            for c in rubric.criteria
        ],
    }


def _iter_engine(
    cfg: BatchConfig, tasks: list[list[Unit]], ctx: ScoreContext, out: OutputDir, write: bool
) -> Iterator[UnitResult]:
    if cfg.engine == "ray":
        from simulator.batch import ray_engine as batch_ray

        return batch_ray.iter_results(
            tasks, ctx, out, write=write, durable=cfg.durable, workers=cfg.workers
        )
    return iter_local(tasks, ctx, out, workers=cfg.workers, write=write, durable=cfg.durable)


def run_batch(cfg: BatchConfig, progress: Progress | None = None) -> BatchSummary:
    """Score everything ``cfg`` names into ``cfg.out``; see the module docstring.

    Raises :class:`RehearseError` for usage problems found before any work starts (no
    inputs, the folder locked by another run); everything else ends up in the summary.
    """
    started = time.monotonic()
    started_at = datetime.now(UTC)
    progress = progress or Progress(enabled=False)
    out = OutputDir(cfg.out)
    out.lock()
    try:
        summary = BatchSummary(out=cfg.out, repaired=out.prepare())
        found = discover(cfg.inputs, exclude=[cfg.out])
        if not found:
            raise RehearseError("no inputs given", hint="pass transcript files, folders or globs")
        units = plan_units(found, lines_per_unit=cfg.chunk)
        tasks = group_tasks(units, cfg.chunk)
        ctx = ScoreContext(
            rubric=cfg.rubric,
            rubric_digest=rubric_sha256(cfg.rubric),
            scorer=scorer_fingerprint(),
            judge=cfg.judge.cache_key() if cfg.judge else None,
            speakers=cfg.speakers,
            done=frozenset(out.index()),
        )
        _write_manifest(out, cfg, started_at, status="running")
        progress.set_total(sum(u.estimate for u in units))
        with out.error_appender(durable=cfg.durable) as errors_log:
            collector = Collector(errors_log, progress)
            write = cfg.judge is None
            results = _iter_engine(cfg, tasks, ctx, out, write)
            try:
                if cfg.judge is None:
                    # Without a judge every engine appends its own results as it goes.
                    for r in results:
                        unwritten = collector.unit(r)
                        assert not unwritten, "an engine returned results it did not write"
                elif cfg.judge.via == "batch-api":
                    from simulator.batch import batch_api

                    pending = [s for r in results for s in collector.unit(r)]
                    summary.judge = batch_api.run(pending, cfg, out, collector)
                else:
                    summary.judge = asyncio.run(_judge_live(results, cfg, out, collector))
            except JudgeFatal as exc:
                summary.aborted = str(exc)
            finally:
                close = getattr(results, "close", None)
                if close is not None:
                    close()
        progress.close()
        plan = sorted(collector.items, key=lambda i: (i.unit, i.pos))
        errors = sorted(collector.errors, key=lambda e: e["_order"])
        # Judge failures are planned items already; read and score failures are not.
        summary.inputs = len(plan) + sum(e["stage"] != "judge" for e in errors)
        summary.scored = collector.scored
        summary.reused = collector.reused
        summary.failed = len(errors)
        if summary.aborted:
            # The plan is partial: compacting now would drop earlier results for inputs this
            # run never reached. The logs as they stand are the state the next run resumes.
            summary.elapsed = time.monotonic() - started
            _write_manifest(out, cfg, started_at, status="aborted", summary=summary)
            return summary
        summary.results = out.compact([(i.key, i.source) for i in plan])
        out.rewrite_errors({k: v for k, v in e.items() if k != "_order"} for e in errors)
        summary.elapsed = time.monotonic() - started
        status = "complete" if not errors else "incomplete"
        _write_manifest(out, cfg, started_at, status=status, summary=summary)
        from simulator.reports import cohort as batch_report

        batch_report.write_outputs(cfg.out, title=cfg.title)
        return summary
    finally:
        out.unlock()


def _write_manifest(
    out: OutputDir,
    cfg: BatchConfig,
    started_at: datetime,
    *,
    status: str,
    summary: BatchSummary | None = None,
) -> None:
    """``manifest.json``: what was run, on what rubric, and how it ended. The report reads
    criterion names and anchors from here, so it never needs the rubric files again."""
    data: dict[str, Any] = {
        "version": RECORD_VERSION,
        "status": status,
        "inputs": list(cfg.inputs),
        "rubric": _rubric_info(cfg.rubric) | {"sha256": rubric_sha256(cfg.rubric)},
        "judge": cfg.judge.cache_key() if cfg.judge else None,
        "judge_via": cfg.judge.via if cfg.judge else None,
        "engine": cfg.engine,
        "workers": cfg.workers,
        "started_at": started_at.isoformat(timespec="seconds"),
    }
    if summary is not None:
        data["finished_at"] = datetime.now(UTC).isoformat(timespec="seconds")
        data["counts"] = {
            "inputs": summary.inputs,
            "results": summary.results,
            "scored": summary.scored,
            "reused": summary.reused,
            "failed": summary.failed,
        }
        data["elapsed_s"] = round(summary.elapsed, 3)
        if summary.aborted:
            data["aborted"] = summary.aborted
    write_atomic(out.root / MANIFEST, json.dumps(data, indent=2, ensure_ascii=False) + "\n")


# --- the live judge ---------------------------------------------------------------------------


async def _judge_live(
    results: Iterator[UnitResult], cfg: BatchConfig, out: OutputDir, collector: Collector
) -> JudgeStats:
    """Judge records as units arrive: ``concurrency`` requests in flight, results appended
    as each finishes. A :class:`JudgeFatal` stops everything and is re-raised."""
    from simulator.judge._batch import AsyncJudge, merge

    assert cfg.judge is not None
    judge = AsyncJudge(cfg.judge, cfg.rubric)
    loop = asyncio.get_running_loop()
    # Reading and detector scoring run in a thread (which drives the worker pool), so the
    # event loop only ever waits on the network; one more thread does the fsyncs.
    reader = ThreadPoolExecutor(1, thread_name_prefix="batch-read")
    writer = ThreadPoolExecutor(1, thread_name_prefix="batch-write")
    work: asyncio.Queue[Scored | None] = asyncio.Queue(maxsize=cfg.judge.concurrency * 2)
    duplicates: dict[str, list[Item]] = {}
    fatal: list[JudgeFatal] = []
    appender = out.appender(durable=cfg.durable)

    async def append(record: dict[str, Any]) -> None:
        await loop.run_in_executor(writer, appender.append, record)

    async def dispatch() -> None:
        try:
            while not fatal:
                r = await loop.run_in_executor(reader, next, results, None)
                if r is None:
                    break
                for s in collector.unit(r):
                    if s.transcript is None:
                        await append(s.record)
                        collector.scored += 1
                        collector.progress.advance()
                    elif s.item.key in duplicates:  # same content twice: judge it once
                        duplicates[s.item.key].append(s.item)
                    else:
                        duplicates[s.item.key] = []
                        await work.put(s)
        finally:
            for _ in range(cfg.judge.concurrency):
                await work.put(None)

    async def consume() -> None:
        while (s := await work.get()) is not None:
            if fatal:
                continue  # drain so dispatch can finish
            twins = duplicates.get(s.item.key, [])
            try:
                ratings = await judge.rate(s.transcript)  # type: ignore[arg-type]
            except JudgeFatal as exc:
                fatal.append(exc)
                continue
            except JudgeError as exc:
                for it in [s.item, *twins]:
                    collector.error(
                        error_record(
                            it.unit, it.pos, it.source, "judge", str(exc), id=it.id, key=it.key
                        )
                    )
                collector.progress.advance(1 + len(twins), failed=1 + len(twins))
                continue
            await append(merge(s.record, ratings, cfg.rubric, judge.name))
            collector.scored += 1
            collector.progress.advance(1 + len(twins))

    collector.progress.set_label("judging")
    try:
        await asyncio.gather(dispatch(), *(consume() for _ in range(cfg.judge.concurrency)))
    finally:
        await judge.aclose()
        reader.shutdown(wait=True)
        writer.shutdown(wait=True)
        appender.close()
    if fatal:
        raise fatal[0]
    return judge.stats
