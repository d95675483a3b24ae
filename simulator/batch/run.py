"""Batch scoring: thousands of transcripts, resumable, concurrent, exactly once.

The run, in order:

1. **Plan.** Inputs are expanded into files and cut into units (:mod:`simulator.batch.inputs`);
   units are grouped into tasks of about ``chunk`` transcripts (:mod:`simulator.batch.work`).
2. **Score.** An engine runs the tasks: :mod:`simulator.batch.local_engine` on a process pool,
   :mod:`simulator.batch.ray_engine` as a Ray Data pipeline. Each task reads its transcripts,
   computes every transcript's **key** (:mod:`simulator.batch.keys`) and scores only keys not
   already on disk. Without a judge the workers append their records
   (:class:`simulator.batch.records.BatchRecord`) to ``results.jsonl`` themselves (one durable
   line each, see :mod:`simulator.batch.output`) and say where each landed, so the parent
   process does nothing per record and two workers run nearly twice as fast as one.
3. **Judge** (optional). Records that need an LLM judge come back to the parent, where up to
   ``concurrency`` requests run on one event loop under a shared rate limit, or go through
   the OpenAI Batch API. The judge lives in one process on purpose: ``--rate`` is then a
   true limit for the whole run, not per worker.
4. **Finish.** ``results.jsonl`` is compacted to one line per input in input order, copying
   each record from where it was written; ``errors.jsonl`` and ``manifest.json`` are written.
   ``results.csv`` and ``report.html`` are made from these files by
   :func:`simulator.reports.cohort.write_outputs` (``rehearse batch`` calls it).

Killing the run at any point loses at most the records being written at that instant, and
its workers end with it; running the same command again scores only what is missing.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from simulator._files import write_atomic
from simulator.batch.inputs import discover, plan_units
from simulator.batch.keys import RECORD_VERSION, rubric_sha256, scorer_fingerprint
from simulator.batch.output import Appender, Located, OutputDir
from simulator.batch.progress import Progress
from simulator.batch.records import BatchRecord, check_rubric
from simulator.batch.work import (
    Engine,
    Item,
    ResultStream,
    ScoreContext,
    Scored,
    UnitResult,
    error_record,
    group_tasks,
)
from simulator.content.rubrics import Rubric
from simulator.errors import RehearseError
from simulator.judge._batch import JudgeConfig, JudgeError, JudgeFatal, JudgeStats

MANIFEST = "manifest.json"
EngineName = Literal["local", "ray"]


def pick_engine(name: EngineName) -> Engine:
    """The engine called ``name``; imported only when picked (Ray is an optional extra)."""
    if name == "ray":
        from simulator.batch.ray_engine import iter_results as ray_results

        return ray_results
    from simulator.batch.local_engine import iter_results as local_results

    return local_results


# --- the run ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class BatchConfig:
    """One ``rehearse batch`` invocation."""

    inputs: tuple[str, ...]
    out: Path
    rubric: Rubric
    speakers: Mapping[str, str] | None = None
    workers: int = 1
    engine: EngineName = "local"
    judge: JudgeConfig | None = None
    chunk: int = 64
    """Transcripts per task (and JSONL lines per unit)."""
    durable: bool = True
    """fsync every record; off only for throwaway output."""
    title: str | None = None
    """Title of ``report.html``, kept in the manifest for the report."""


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
        self.stored: dict[str, Located] = {}
        """Where this run's records landed, by key."""
        self.errors: list[dict[str, Any]] = []
        self.reused = 0
        self.scored = 0
        self._errors_log = errors
        self.progress = progress

    def unit(self, r: UnitResult) -> list[Scored]:
        """Record ``r``; returns the records it left for the parent to finish."""
        self.items += r.items
        self.stored |= r.stored
        self.reused += r.reused
        self.scored += r.written
        for e in r.errors:
            self.error(e)
        self.progress.advance(r.reused + r.written + len(r.errors), failed=len(r.errors))
        return r.scored

    def error(self, record: dict[str, Any]) -> None:
        """Record a failed input (an :func:`error_record`) and log it at once."""
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


def run_batch(cfg: BatchConfig, progress: Progress | None = None) -> BatchSummary:
    """Score everything ``cfg`` names into ``cfg.out``; see the module docstring.

    Raises :class:`RehearseError` for usage problems found before any work starts (no
    inputs, the folder locked by another run); everything else ends up in the summary.
    """
    started = time.monotonic()
    started_at = datetime.now(UTC)
    progress = progress or Progress(enabled=False)
    check_rubric(cfg.rubric)
    engine = pick_engine(cfg.engine)
    out = OutputDir(cfg.out)
    out.lock()
    try:
        summary = BatchSummary(out=cfg.out, repaired=out.prepare())
        found = discover(cfg.inputs, exclude=[cfg.out])
        if not found:
            raise RehearseError("no inputs given", hint="pass transcript files, folders or globs")
        units = plan_units(found, lines_per_unit=cfg.chunk)
        tasks = group_tasks(units, cfg.chunk)
        on_disk = out.index()
        ctx = ScoreContext(
            rubric=cfg.rubric,
            rubric_digest=rubric_sha256(cfg.rubric),
            scorer=scorer_fingerprint(),
            judge=cfg.judge.cache_key() if cfg.judge else None,
            speakers=cfg.speakers,
            done=frozenset(on_disk),
        )
        _write_manifest(out, cfg, started_at, status="running")
        progress.set_total(sum(u.estimate for u in units))
        with out.error_appender(durable=cfg.durable) as errors_log:
            collector = Collector(errors_log, progress)
            write = cfg.judge is None
            results: ResultStream = engine(
                tasks, ctx, out, workers=cfg.workers, write=write, durable=cfg.durable
            )
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
                results.close()
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
        where: dict[str, Located] | None = on_disk | collector.stored
        if where is not None and any(i.key not in where for i in plan):
            where = None  # a writer did not say where (or a judge failed): search the logs
        summary.results = out.compact([(i.key, i.source) for i in plan], where)
        out.rewrite_errors({k: v for k, v in e.items() if k != "_order"} for e in errors)
        summary.elapsed = time.monotonic() - started
        status = "complete" if not errors else "incomplete"
        _write_manifest(out, cfg, started_at, status=status, summary=summary)
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
        "title": cfg.title,
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
    from simulator.judge._batch import BatchJudge

    assert cfg.judge is not None
    judge = BatchJudge(cfg.judge, cfg.rubric)
    concurrency = cfg.judge.concurrency
    loop = asyncio.get_running_loop()
    # Reading and detector scoring run in a thread (which drives the worker pool), so the
    # event loop only ever waits on the network; one more thread does the fsyncs.
    reader = ThreadPoolExecutor(1, thread_name_prefix="batch-read")
    writer = ThreadPoolExecutor(1, thread_name_prefix="batch-write")
    work: asyncio.Queue[Scored | None] = asyncio.Queue(maxsize=cfg.judge.concurrency * 2)
    duplicates: dict[str, list[Item]] = {}
    fatal: list[JudgeFatal] = []
    appender = out.appender(durable=cfg.durable)

    async def append(record: BatchRecord) -> None:
        collector.stored[record.key] = await loop.run_in_executor(writer, appender.append, record)

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
            for _ in range(concurrency):
                await work.put(None)

    async def consume() -> None:
        while (s := await work.get()) is not None:
            if fatal:
                continue  # drain so dispatch can finish
            twins = duplicates.get(s.item.key, [])
            try:
                result = await judge.rate(s.transcript)  # type: ignore[arg-type]
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
            await append(s.record.judged(result.criteria, cfg.rubric, judge.name))
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
