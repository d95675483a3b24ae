"""``--judge-via batch-api``: judge a batch through the OpenAI Batch API.

The Batch API trades latency for price and quota: requests go up as one JSONL file, the
provider runs them within 24 hours at half the price and outside the per-minute rate limit,
and the answers come back as another JSONL file. The steps:

1. write the request file: one ``{"custom_id", "method", "url", "body"}`` line per distinct
   record key, with exactly the body a live judge call would send
   (:func:`simulator.judge._batch.request_body`), split to stay under 50,000 requests and
   190 MB per file;
2. upload it (``files.create(purpose="batch")``) and submit it (``batches.create``);
3. poll ``batches.retrieve`` until the batch is completed, failed, expired or cancelled;
4. download the output and error files and collect every answer into the same records,
   ``results.jsonl`` and ``errors.jsonl`` a live run writes.

Resuming. Every step is recorded in ``batch-api/state.json`` before and after it happens, so
a rerun after a crash re-attaches to batches already submitted instead of paying for them
twice. A batch whose creation was interrupted is found again by its ``metadata``
(``rehearse_request``: the hash of its request file). Answers the provider lost (an expired
batch) become errors, and the next run submits only those.

The custom id of each request is the record key, so an answer can only ever land on the
transcript, rubric and judge it was asked for.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from simulator.batch.output import OutputDir, dumps, write_atomic
from simulator.judge._batch import (
    JudgeError,
    JudgeFatal,
    JudgeStats,
    make_client,
    merge,
    parse_reply,
    reply_schema,
    request_body,
    retry_after,
    system_prompt,
)

if TYPE_CHECKING:
    from simulator.batch.run import BatchConfig, Collector, Scored

FOLDER = "batch-api"
STATE = "state.json"
ENDPOINT = "/v1/chat/completions"
MAX_REQUESTS = 50_000
MAX_BYTES = 190 * 1024 * 1024  # the API takes 200 MB; leave room for multipart overhead
TERMINAL = frozenset({"completed", "failed", "expired", "cancelled"})
R = TypeVar("R")


@dataclass
class Submission:
    """One submitted (or being submitted) batch, as kept in ``state.json``."""

    request_sha256: str
    keys: list[str]
    file: str
    input_file_id: str | None = None
    batch_id: str | None = None
    status: str = "preparing"
    collected: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {
            "request_sha256": self.request_sha256,
            "file": self.file,
            "input_file_id": self.input_file_id,
            "batch_id": self.batch_id,
            "status": self.status,
            "collected": self.collected,
            "keys": self.keys,
        }


@dataclass
class State:
    """Every submission of this output folder that is not yet fully collected."""

    path: Path
    submissions: list[Submission] = field(default_factory=list)

    @classmethod
    def load(cls, path: Path) -> State:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (FileNotFoundError, ValueError):
            return cls(path)
        subs = [
            Submission(
                request_sha256=str(s["request_sha256"]),
                keys=[str(k) for k in s.get("keys", [])],
                file=str(s.get("file", "")),
                input_file_id=s.get("input_file_id"),
                batch_id=s.get("batch_id"),
                status=str(s.get("status", "preparing")),
                collected=bool(s.get("collected")),
            )
            for s in data.get("submissions", [])
            if isinstance(s, dict) and "request_sha256" in s
        ]
        return cls(path, subs)

    def save(self) -> None:
        """Write atomically, so a crash mid-write leaves the previous state."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        live = [s.as_dict() for s in self.submissions if not s.collected]
        write_atomic(self.path, json.dumps({"submissions": live}, indent=1) + "\n")


def request_lines(pending: list[Scored], cfg: BatchConfig) -> list[bytes]:
    """One Batch API input line per record, ``custom_id`` = record key."""
    assert cfg.judge is not None
    system, schema = system_prompt(cfg.rubric), reply_schema(cfg.rubric)
    return [
        (
            dumps(
                {
                    "custom_id": s.item.key,
                    "method": "POST",
                    "url": ENDPOINT,
                    "body": request_body(
                        cfg.judge,
                        s.transcript,  # type: ignore[arg-type]
                        cfg.rubric,
                        system=system,
                        schema=schema,
                    ),
                }
            )
            + "\n"
        ).encode("utf-8")
        for s in pending
    ]


def split_files(lines: list[bytes], keys: list[str]) -> list[tuple[bytes, list[str]]]:
    """Group lines into files within the API's request and size limits."""
    files: list[tuple[bytes, list[str]]] = []
    chunk: list[bytes] = []
    chunk_keys: list[str] = []
    size = 0
    for line, key in zip(lines, keys, strict=True):
        if chunk and (len(chunk) >= MAX_REQUESTS or size + len(line) > MAX_BYTES):
            files.append((b"".join(chunk), chunk_keys))
            chunk, chunk_keys, size = [], [], 0
        chunk.append(line)
        chunk_keys.append(key)
        size += len(line)
    if chunk:
        files.append((b"".join(chunk), chunk_keys))
    return files


class _Api:
    """The few Batch API calls, each retried on 429, 5xx and network errors."""

    def __init__(self, client: Any, cfg: BatchConfig) -> None:
        assert cfg.judge is not None
        self.client = client
        self.judge = cfg.judge

    async def call(self, what: str, fn: Callable[[], Awaitable[R]]) -> R:
        import openai

        attempt = 0
        while True:
            hinted: float | None = None
            try:
                return await fn()
            except openai.APIStatusError as exc:
                if exc.status_code in (401, 403, 404) or (
                    exc.status_code < 500 and exc.status_code not in (408, 409, 429)
                ):
                    raise JudgeFatal(
                        f"the Batch API refused to {what} ({exc.status_code}): {str(exc)[:200]}",
                        hint="check the key, the model name and that the server offers /v1/batches",
                    ) from exc
                hinted = retry_after(dict(exc.response.headers))
                failure = f"{exc.status_code}"
            except openai.APIConnectionError as exc:  # includes timeouts
                failure = type(exc).__name__
            attempt += 1
            if attempt > self.judge.max_retries:
                raise JudgeFatal(f"the Batch API kept failing to {what} ({failure})")
            base = min(self.judge.max_delay, self.judge.initial_delay * 2 ** (attempt - 1))
            await asyncio.sleep(
                hinted if hinted is not None else base * (0.5 + random.random() / 2)
            )


async def _file_text(api: _Api, file_id: str) -> str:
    content = await api.call("download results", lambda: api.client.files.content(file_id))
    raw = getattr(content, "content", content)
    return raw.decode("utf-8") if isinstance(raw, bytes) else str(raw)


def _answer(line: dict[str, Any]) -> tuple[str | None, str | None]:
    """``(message content, None)`` for a successful answer line, else ``(None, reason)``."""
    error = line.get("error")
    response = line.get("response") or {}
    status = response.get("status_code")
    body = response.get("body") or {}
    if error:
        message = error.get("message") if isinstance(error, dict) else str(error)
        return None, f"the Batch API could not run this request: {message}"
    if status != 200:
        detail = body.get("error", {}).get("message") if isinstance(body, dict) else None
        return None, f"the judge answered {status}" + (f": {detail}" if detail else "")
    try:
        return body["choices"][0]["message"]["content"], None
    except (KeyError, IndexError, TypeError):
        return None, "the Batch API answer holds no message"


async def _run(
    pending: list[Scored], cfg: BatchConfig, out: OutputDir, collector: Collector
) -> JudgeStats:
    from simulator.batch.run import error_record

    assert cfg.judge is not None
    stats = JudgeStats()
    progress = collector.progress
    folder = out.root / FOLDER
    state = State.load(folder / STATE)
    appender = out.appender(durable=cfg.durable)
    by_key: dict[str, list[Scored]] = {}
    for s in pending:
        if s.transcript is None:  # nothing to judge: the detector record is final
            appender.append(s.record)
            collector.scored += 1
            progress.advance()
        else:
            by_key.setdefault(s.item.key, []).append(s)
    api = _Api(make_client(cfg.judge), cfg)
    answered: set[str] = set()

    def fail(key: str, reason: str) -> None:
        for s in by_key.get(key, []):
            it = s.item
            collector.error(
                error_record(it.unit, it.pos, it.source, "judge", reason, id=it.id, key=key)
            )
        progress.advance(len(by_key.get(key, [])), failed=len(by_key.get(key, [])))
        answered.add(key)

    def collect_text(text: str) -> None:
        for raw in text.splitlines():
            try:
                line = json.loads(raw)
            except ValueError:
                continue
            key = line.get("custom_id") if isinstance(line, dict) else None
            if key not in by_key or key in answered:
                continue  # an answer for something already done, or not ours
            content, reason = _answer(line)
            if reason is not None:
                stats.server_errors += 1
                fail(key, reason)
                continue
            try:
                ratings = parse_reply(content, cfg.rubric)
            except JudgeError as exc:
                stats.bad_replies += 1
                fail(key, f"{exc.message}; run again to resubmit it")
                continue
            first = by_key[key][0]
            appender.append(merge(first.record, ratings, cfg.rubric, cfg.judge.spec))
            collector.scored += 1
            stats.succeeded += 1
            progress.advance(len(by_key[key]))
            answered.add(key)

    async def collect(sub: Submission, batch: Any) -> None:
        for file_id in (batch.output_file_id, batch.error_file_id):
            if file_id:
                collect_text(await _file_text(api, file_id))
        reason = f"the batch ended {batch.status} without an answer"
        details = getattr(getattr(batch, "errors", None), "data", None) or []
        if details:  # e.g. a failed validation: say why, it is the same for every request
            first = details[0]
            reason += f" ({getattr(first, 'code', '')}: {getattr(first, 'message', '')})"
        for key in sub.keys:
            if key in by_key and key not in answered:
                fail(key, f"{reason}; run again")
        sub.collected = True
        state.save()
        with contextlib.suppress(FileNotFoundError):
            (folder / sub.file).unlink()  # the request file holds transcripts: do not keep it

    try:
        # 1. Re-attach to batches a previous run submitted.
        for sub in state.submissions:
            if sub.collected:
                continue
            if sub.batch_id is None and sub.input_file_id is not None:
                sub.batch_id = await _find_batch(api, sub.request_sha256)
            if sub.batch_id is None:
                sub.collected = True  # never submitted: its keys are sent again below
        state.save()
        covered = {k for s in state.submissions if not s.collected for k in s.keys}
        # 2. Submit what no batch covers yet.
        fresh = [group[0] for key, group in by_key.items() if key not in covered]
        if fresh:
            lines = request_lines(fresh, cfg)
            for data, keys in split_files(lines, [s.item.key for s in fresh]):
                sha = hashlib.sha256(data).hexdigest()
                sub = Submission(sha, keys, f"requests-{sha[:16]}.jsonl")
                folder.mkdir(parents=True, exist_ok=True)
                write_atomic(folder / sub.file, data.decode("utf-8"))
                state.submissions.append(sub)
                state.save()
                uploaded = await api.call(
                    "upload the requests",
                    lambda sub=sub, data=data: api.client.files.create(
                        file=(sub.file, data, "application/jsonl"), purpose="batch"
                    ),
                )
                sub.input_file_id = uploaded.id
                state.save()
                created = await api.call(
                    "create the batch",
                    lambda sub=sub: api.client.batches.create(
                        input_file_id=sub.input_file_id,
                        endpoint=ENDPOINT,
                        completion_window="24h",
                        metadata={"rehearse_request": sub.request_sha256},
                    ),
                )
                sub.batch_id, sub.status = created.id, created.status
                state.save()
                stats.requests += len(keys)
        # 3. Poll until every batch is over, collecting each as it ends.
        while active := [s for s in state.submissions if not s.collected and s.batch_id]:
            done_requests = total_requests = 0
            for sub in active:
                batch = await api.call(
                    "check the batch", lambda sub=sub: api.client.batches.retrieve(sub.batch_id)
                )
                sub.status = batch.status
                counts = getattr(batch, "request_counts", None)
                if counts is not None:
                    done_requests += counts.completed + counts.failed
                    total_requests += counts.total
                if batch.status in TERMINAL:
                    await collect(sub, batch)
            progress.set_label(f"batch api {done_requests:,}/{total_requests:,}")
            state.save()
            if any(not s.collected for s in state.submissions):
                await asyncio.sleep(cfg.judge.poll_interval)
    finally:
        appender.close()
        close = getattr(api.client, "close", None)
        if close is not None:
            await close()
    return stats


async def _find_batch(api: _Api, request_sha256: str) -> str | None:
    """The id of a batch created from this request file by an interrupted run, if any."""
    page = await api.call("list batches", lambda: api.client.batches.list(limit=100))
    for batch in getattr(page, "data", []) or []:
        meta = getattr(batch, "metadata", None) or {}
        if meta.get("rehearse_request") == request_sha256:
            return str(batch.id)
    return None


def run(
    pending: list[Scored], cfg: BatchConfig, out: OutputDir, collector: Collector
) -> JudgeStats:
    """Judge ``pending`` through the Batch API; records and errors go where a live run's go."""
    return asyncio.run(_run(pending, cfg, out, collector))
