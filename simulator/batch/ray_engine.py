"""``--engine ray``: the same scoring as a Ray Data pipeline, for more than one machine.

The pipeline is *read → map_batches → write*:

- **read** ``ray.data.from_items`` over the plan: one row per task, each naming the units
  (files or JSONL line ranges) to read. Rows are small; the transcripts themselves are read
  where they are scored, so no file content passes through the driver.
- **map_batches** :func:`_score_rows` runs :func:`simulator.batch.work.process_task`, the very
  function the local engine runs, and emits one row per unit result.
- **write** :class:`ResultsDatasink` appends the records to a part file per write task
  (``DIR/parts/ray-*.jsonl``), one durable line each, and hands the plan back to the driver,
  which compacts everything into ``results.jsonl`` as for a local run.

Part files instead of one shared ``results.jsonl``: on a cluster the output folder is a
network file system, where ``O_APPEND`` from several machines is not atomic. One writer per
file needs no such guarantee, and resuming reads the part files like the main log.

With a judge, records come back to the driver (``iter_batches``) so the judge's rate limit
holds for the whole cluster. The output is byte-for-byte the local engine's: same records,
same compaction, same order. Needs ``pip install 'rehearse[ray]'`` (``ray[data]``); set
``RAY_ADDRESS`` to use a running cluster, otherwise a local Ray starts.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Generator, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from simulator.batch.inputs import Unit
from simulator.batch.output import Located, OutputDir
from simulator.batch.records import BatchRecord
from simulator.batch.work import Item, ScoreContext, Scored, UnitResult, process_task
from simulator.content.transcript import Transcript
from simulator.errors import RehearseError
from simulator.settings import get_settings

RAY_EXTRA_HINT = "pip install 'rehearse[ray]' (or pip install 'ray[data]>=2.40')"


def _require_ray() -> Any:
    try:
        import ray
        import ray.data
    except ImportError as exc:
        raise RehearseError("--engine ray needs Ray Data", hint=RAY_EXTRA_HINT) from exc
    return ray


# --- unit results as plain JSON, to cross process and machine boundaries ----------------------


def encode(result: UnitResult, *, with_scored: bool = True) -> str:
    """``result`` as a JSON string (transcripts included while a judge still needs them)."""
    data: dict[str, Any] = {
        "unit": result.unit,
        "items": [[i.unit, i.pos, i.source, i.key, i.id] for i in result.items],
        "errors": result.errors,
        "reused": result.reused,
        "written": result.written,
        "stored": [
            [key, str(at.path), at.offset, at.length, at.source]
            for key, at in result.stored.items()
        ],
    }
    if with_scored:
        data["scored"] = [
            {
                "record": s.record.on_disk(),
                "transcript": s.transcript.model_dump(mode="json") if s.transcript else None,
            }
            for s in result.scored
        ]
    return json.dumps(data, ensure_ascii=False)


def decode(text: str) -> UnitResult:
    """The inverse of :func:`encode`."""
    data = json.loads(text)
    items = [Item(*row) for row in data["items"]]
    by_key = {i.key: i for i in items}
    scored = [
        Scored(
            by_key[s["record"]["key"]],
            BatchRecord.model_validate(s["record"]),
            Transcript.model_validate(s["transcript"]) if s["transcript"] else None,
        )
        for s in data.get("scored", [])
    ]
    stored = {
        key: Located(Path(path), offset, length, source)
        for key, path, offset, length, source in data.get("stored", [])
    }
    return UnitResult(
        data["unit"], items, data["errors"], data["reused"], data["written"], scored, stored
    )


def _score_rows(batch: dict[str, Any], ctx: ScoreContext) -> dict[str, list[str]]:
    """map_batches: each row's task, scored; one output row per unit result."""
    out: list[str] = []
    for task in batch["task"]:
        units = [Unit.from_dict(u) for u in json.loads(str(task))]
        out += [encode(r) for r in process_task(units, ctx, None)]
    return {"result": out}


def _rows(blocks: Iterable[Any]) -> Iterator[str]:
    from ray.data.block import BlockAccessor

    for block in blocks:
        for row in BlockAccessor.for_block(block).to_arrow().column("result").to_pylist():
            yield str(row)


def results_datasink(root: str, durable: bool) -> Any:
    """A ``ray.data.Datasink`` writing records to ``parts/ray-<id>.jsonl`` (one file per
    write task) and handing the plan back; the class is built here so that importing this
    module does not need Ray."""
    from ray.data import Datasink

    class ResultsDatasink(Datasink[list[str]]):
        def __init__(self) -> None:
            self.root = root
            self.durable = durable
            self.results: list[str] = []

        def write(self, blocks: Iterable[Any], ctx: Any) -> list[str]:
            plan: list[str] = []
            name = f"ray-{os.getpid()}-{uuid.uuid4().hex[:12]}"
            appender = None
            try:
                for row in _rows(blocks):
                    result = decode(row)
                    if result.scored:
                        if appender is None:
                            appender = OutputDir(self.root).appender(
                                name, durable=self.durable, group_sync=True
                            )
                        for s in result.scored:
                            result.stored[s.item.key] = appender.append(s.record)
                        result.written += len(result.scored)
                        result.scored = []
                    plan.append(encode(result, with_scored=False))
            finally:
                if appender is not None:
                    appender.close()
            return plan

        def on_write_complete(self, write_result: Any) -> None:
            returns = getattr(write_result, "write_returns", write_result)
            self.results = [r for chunk in returns for r in chunk]

        def get_name(self) -> str:
            return "RehearseResults"

    return ResultsDatasink()


def _dataset(tasks: Sequence[list[Unit]], ctx: ScoreContext, workers: int) -> Any:
    ray = _require_ray()
    if not ray.is_initialized():
        address = get_settings().ray_address
        ray.init(
            address=address,
            # A local Ray gets --workers CPUs; a cluster brings its own.
            num_cpus=None if address else workers,
            include_dashboard=False,
            log_to_driver=False,
        )
    rows = [{"task": json.dumps([u.as_dict() for u in task])} for task in tasks]
    # One task per block, so Ray can spread tasks over every CPU of the cluster.
    ds = ray.data.from_items(rows, override_num_blocks=max(1, len(rows)))
    return ds.map_batches(_score_rows, batch_size=1, fn_kwargs={"ctx": ctx})


def iter_results(
    tasks: Sequence[list[Unit]],
    ctx: ScoreContext,
    out: OutputDir,
    *,
    write: bool,
    durable: bool = True,
    workers: int = 1,
) -> Generator[UnitResult, None, None]:
    """Unit results from a Ray Data pipeline; with ``write`` the records are already on
    disk (in part files) when a result is yielded."""
    if not tasks:
        return
    ds = _dataset(tasks, ctx, workers)
    if write:
        sink = results_datasink(str(out.root), durable)
        ds.write_datasink(sink)
        for text in sink.results:
            yield decode(text)
        return
    for batch in ds.iter_batches(batch_size=1, batch_format="default"):
        for text in batch["result"]:
            yield decode(str(text))
