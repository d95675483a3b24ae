"""``--judge-via batch-api``: a batch's judge requests through the OpenAI Batch API.

Each record's request is the one a live judge call sends (:meth:`Judge.request
<simulator.judge._judge.Judge.request>` through the model's own request builder), and each
answer is read by the same reader and :meth:`Judge.result
<simulator.judge._judge.Judge.result>`, so the two routes rate a transcript identically. The
upload, polling and resuming are the transport's
(:class:`simulator.models.openai_batch.OpenAIBatchTransport`); this module only maps records
to requests and answers back to records, into the ``results.jsonl`` and ``errors.jsonl`` a
live run writes.

The custom id of each request is the record key (``KEY#2``... for extra samples), so an
answer can only ever land on the transcript, rubric and judge it was asked for.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from simulator.batch.output import OutputDir
from simulator.judge._batch import BatchJudge, JudgeFatal, JudgeStats
from simulator.judge._judge import JudgeRequest, Reply
from simulator.models.errors import ModelError, ModelServerError
from simulator.models.openai_batch import BatchAnswer, OpenAIBatchTransport
from simulator.models.openai_model import OpenAIChatModel, StructuredRequest, read_structured

if TYPE_CHECKING:
    from simulator.batch.run import BatchConfig, Collector
    from simulator.batch.work import Scored

FOLDER = "batch-api"


@dataclass
class _Asked:
    """One record key's request, as the judge built it, and the answers so far."""

    judge: JudgeRequest
    wire: StructuredRequest
    ids: list[str]
    replies: list[Reply] = field(default_factory=list)


async def _run(
    pending: list[Scored], cfg: BatchConfig, out: OutputDir, collector: Collector
) -> JudgeStats:
    from simulator.batch.work import error_record

    assert cfg.judge is not None
    batch_judge = BatchJudge(cfg.judge, cfg.rubric)
    judge, stats, progress = batch_judge.judge, batch_judge.stats, collector.progress
    model = judge.model
    if not isinstance(model, OpenAIChatModel):
        raise JudgeFatal(
            f"--judge-via batch-api needs an OpenAI-compatible judge, not {cfg.judge.spec!r}",
            hint="use --judge openai:MODEL, or --judge-via live",
        )
    appender = out.appender(durable=cfg.durable)
    by_key: dict[str, list[Scored]] = {}
    for s in pending:
        if s.transcript is None:  # nothing to judge: the detector record is final
            collector.stored[s.record.key] = appender.append(s.record)
            collector.scored += 1
            progress.advance()
        else:
            by_key.setdefault(s.item.key, []).append(s)

    asked: dict[str, _Asked] = {}
    owner: dict[str, str] = {}
    for key, group in by_key.items():
        req = judge.request(group[0].transcript, cfg.rubric)  # type: ignore[arg-type]
        wire = model.structured_request(
            req.messages,
            req.schema,
            max_tokens=req.max_tokens,
            temperature=req.temperature,
            mode="json_schema",  # the Batch API is OpenAI's own: structured outputs work
        )
        ids = [key] if req.samples == 1 else [f"{key}#{i}" for i in range(1, req.samples + 1)]
        asked[key] = _Asked(req, wire, ids)
        owner.update(dict.fromkeys(ids, key))

    def fail(key: str, reason: str) -> None:
        group = by_key[key]
        for s in group:
            it = s.item
            collector.error(
                error_record(it.unit, it.pos, it.source, "judge", reason, id=it.id, key=key)
            )
        progress.advance(len(group), failed=len(group))
        stats.failed += 1

    def on_answer(answer: BatchAnswer) -> None:
        key = owner[answer.custom_id]
        a = asked[key]
        reply: Reply
        if answer.completion is not None:
            reply = read_structured(answer.completion, a.judge.schema, a.wire)
        else:
            reply = ModelServerError(answer.error or "no answer")
        a.replies.append(reply)
        if len(a.replies) < len(a.ids):
            return
        result = judge.result(a.judge, a.replies)
        if not result.scored_any:
            stats.bad_replies += 1
            fail(key, f"{result.failure()}; run again to resubmit it")
            return
        group = by_key[key]
        record = group[0].record.judged(result.criteria, cfg.rubric, batch_judge.name)
        collector.stored[key] = appender.append(record)
        collector.scored += 1
        stats.succeeded += 1
        progress.advance(len(group))

    transport = OpenAIBatchTransport(
        model,
        out.root / FOLDER,
        poll_interval=cfg.judge.poll_interval,
        on_status=lambda done, total: progress.set_label(f"batch api {done:,}/{total:,}"),
    )
    bodies = {cid: a.wire.body for a in asked.values() for cid in a.ids}
    try:
        await transport.run(bodies, on_answer)
    except ModelError as exc:
        raise JudgeFatal(f"the Batch API failed: {exc}") from exc
    finally:
        stats.requests += transport.submitted
        appender.close()
        await batch_judge.aclose()
    return stats


def run(
    pending: list[Scored], cfg: BatchConfig, out: OutputDir, collector: Collector
) -> JudgeStats:
    """Judge ``pending`` through the Batch API; records and errors go where a live run's go."""
    return asyncio.run(_run(pending, cfg, out, collector))
