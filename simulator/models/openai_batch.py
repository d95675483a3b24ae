"""The OpenAI Batch API as a transport: chat completions bodies in, chat completions out.

The Batch API trades latency for price and quota: requests go up as one JSONL file, the
provider runs them within 24 hours at half the price and outside the per-minute rate limit,
and the answers come back as another JSONL file. This module knows nothing of judges or
transcripts: it takes ``{custom_id: body}`` where every body is what
``OpenAIChatModel.structured_request`` builds for a live call, and hands back each answer's
chat completion, which the caller reads with the same
:func:`~simulator.models.openai_model.read_structured` a live call uses.

The steps:

1. write the request file: one ``{"custom_id", "method", "url", "body"}`` line per request,
   split to stay under 50,000 requests and 190 MB per file;
2. upload it (``files.create(purpose="batch")``) and submit it (``batches.create``);
3. poll ``batches.retrieve`` until the batch is completed, failed, expired or cancelled;
4. download the output and error files and hand every answer to the caller; a request the
   provider never answered (an expired batch) is handed back as an error.

Resuming. Every step is recorded in ``state.json`` in the transport's folder before and after
it happens, so a rerun after a crash re-attaches to batches already submitted instead of
paying for them twice. A batch whose creation was interrupted is found again by its
``metadata`` (``rehearse_request``: the hash of its request file).

Every API call goes through the model's retry policy and error mapping
(:mod:`simulator.models.retry`, :func:`~simulator.models.openai_model.translate_error`), so
a 429 waits as ``Retry-After`` says and a bad key is a :class:`ModelAuthError` here too.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import hashlib
import json
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import openai

from simulator._files import write_atomic
from simulator.models.openai_model import OpenAIChatModel
from simulator.models.retry import acall_with_retries

STATE = "state.json"
ENDPOINT = "/v1/chat/completions"
MAX_REQUESTS = 50_000
MAX_BYTES = 190 * 1024 * 1024  # the API takes 200 MB; leave room for multipart overhead
TERMINAL = frozenset({"completed", "failed", "expired", "cancelled"})
R = TypeVar("R")


@dataclass(frozen=True)
class BatchAnswer:
    """The provider's answer to one request: a chat completion, or why there is none."""

    custom_id: str
    completion: dict[str, Any] | None = None
    error: str | None = None


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
        """The JSON form kept in ``state.json``."""
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
    """Every submission of one folder that is not yet fully collected."""

    path: Path
    submissions: list[Submission] = field(default_factory=list)

    @classmethod
    def load(cls, path: Path) -> State:
        """The saved state, or an empty one if there is none (or it is unreadable)."""
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
        live = [s.as_dict() for s in self.submissions if not s.collected]
        write_atomic(self.path, json.dumps({"submissions": live}, indent=1) + "\n", parents=True)


def request_line(custom_id: str, body: Mapping[str, Any]) -> bytes:
    """One line of a Batch API request file."""
    line = {"custom_id": custom_id, "method": "POST", "url": ENDPOINT, "body": body}
    return (json.dumps(line, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


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


def parse_answer(line: Mapping[str, Any]) -> BatchAnswer:
    """One line of an output or error file as a :class:`BatchAnswer`."""
    custom_id = str(line.get("custom_id"))
    error = line.get("error")
    response = line.get("response") or {}
    status = response.get("status_code")
    body = response.get("body") or {}
    if error:
        message = error.get("message") if isinstance(error, dict) else str(error)
        return BatchAnswer(custom_id, error=f"the Batch API could not run this request: {message}")
    if status != 200 or not isinstance(body, dict):
        detail = body.get("error", {}).get("message") if isinstance(body, dict) else None
        return BatchAnswer(
            custom_id, error=f"the model answered {status}" + (f": {detail}" if detail else "")
        )
    return BatchAnswer(custom_id, completion=body)


class OpenAIBatchTransport:
    """Runs chat completions requests through the Batch API of ``model``'s server.

    ``folder`` keeps ``state.json`` and the request files while a batch is out (a request
    file is deleted once its batch is collected: it holds the conversations).
    """

    def __init__(
        self,
        model: OpenAIChatModel,
        folder: Path,
        *,
        poll_interval: float = 30.0,
        on_status: Callable[[int, int], None] | None = None,
    ) -> None:
        self.model = model
        self.folder = folder
        self.poll_interval = poll_interval
        self.on_status = on_status
        self.submitted = 0
        """Requests submitted by this run (not counting batches re-attached to)."""

    async def _call(self, what: str, fn: Callable[[], Awaitable[R]]) -> R:
        """One API call under the model's retry policy and error mapping."""

        async def attempt(timeout: float) -> R:
            try:
                return await fn()
            except openai.OpenAIError as exc:
                raise self.model._translate(exc, timeout) from exc

        return await acall_with_retries(attempt, self.model.policy, what=f"Batch API: {what}")

    async def run(
        self, requests: Mapping[str, Mapping[str, Any]], on_answer: Callable[[BatchAnswer], None]
    ) -> None:
        """Send ``requests`` (``custom_id`` -> body) and call ``on_answer`` once per id.

        Ids already covered by a batch a previous run submitted are not sent again: that
        batch is polled and collected instead. Raises :class:`ModelError` when the API
        keeps failing or refuses outright; what was collected so far has been handed over.
        """
        client = self.model.async_client()
        state = State.load(self.folder / STATE)
        answered: set[str] = set()

        def hand_over(answer: BatchAnswer) -> None:
            if answer.custom_id in requests and answer.custom_id not in answered:
                answered.add(answer.custom_id)
                on_answer(answer)

        async def collect(sub: Submission, batch: Any) -> None:
            for file_id in (batch.output_file_id, batch.error_file_id):
                if file_id:
                    text = await self._file_text(client, file_id)
                    for raw in text.splitlines():
                        try:
                            line = json.loads(raw)
                        except ValueError:
                            continue
                        if isinstance(line, dict):
                            hand_over(parse_answer(line))
            reason = f"the batch ended {batch.status} without an answer"
            details = getattr(getattr(batch, "errors", None), "data", None) or []
            if details:  # e.g. a failed validation: say why, it is the same for every request
                first = details[0]
                reason += f" ({getattr(first, 'code', '')}: {getattr(first, 'message', '')})"
            for key in sub.keys:
                hand_over(BatchAnswer(key, error=f"{reason}; run again"))
            sub.collected = True
            state.save()
            with contextlib.suppress(FileNotFoundError):
                (self.folder / sub.file).unlink()

        # 1. Re-attach to batches a previous run submitted.
        for sub in state.submissions:
            if sub.collected:
                continue
            if sub.batch_id is None and sub.input_file_id is not None:
                sub.batch_id = await self._find_batch(client, sub.request_sha256)
            if sub.batch_id is None:
                sub.collected = True  # never submitted: its requests are sent again below
        state.save()
        covered = {k for s in state.submissions if not s.collected for k in s.keys}
        # 2. Submit what no batch covers yet.
        fresh = [k for k in requests if k not in covered]
        if fresh:
            lines = [request_line(k, requests[k]) for k in fresh]
            for data, keys in split_files(lines, fresh):
                await self._submit(client, state, data, keys)
        # 3. Poll until every batch is over, collecting each as it ends.
        while active := [s for s in state.submissions if not s.collected and s.batch_id]:
            done = total = 0
            for sub in active:
                batch = await self._call(
                    "check the batch", functools.partial(client.batches.retrieve, str(sub.batch_id))
                )
                sub.status = batch.status
                counts = getattr(batch, "request_counts", None)
                if counts is not None:
                    done += counts.completed + counts.failed
                    total += counts.total
                if batch.status in TERMINAL:
                    await collect(sub, batch)
            if self.on_status is not None:
                self.on_status(done, total)
            state.save()
            if any(not s.collected for s in state.submissions):
                await asyncio.sleep(self.poll_interval)

    async def _submit(self, client: Any, state: State, data: bytes, keys: list[str]) -> None:
        sha = hashlib.sha256(data).hexdigest()
        sub = Submission(sha, keys, f"requests-{sha[:16]}.jsonl")
        write_atomic(self.folder / sub.file, data, parents=True)
        state.submissions.append(sub)
        state.save()
        uploaded = await self._call(
            "upload the requests",
            lambda: client.files.create(
                file=(sub.file, data, "application/jsonl"), purpose="batch"
            ),
        )
        sub.input_file_id = uploaded.id
        state.save()
        created = await self._call(
            "create the batch",
            lambda: client.batches.create(
                input_file_id=sub.input_file_id,
                endpoint=ENDPOINT,
                completion_window="24h",
                metadata={"rehearse_request": sub.request_sha256},
            ),
        )
        sub.batch_id, sub.status = created.id, created.status
        state.save()
        self.submitted += len(keys)

    async def _file_text(self, client: Any, file_id: str) -> str:
        content = await self._call("download results", lambda: client.files.content(file_id))
        raw = getattr(content, "content", content)
        return raw.decode("utf-8") if isinstance(raw, bytes) else str(raw)

    async def _find_batch(self, client: Any, request_sha256: str) -> str | None:
        """The id of a batch created from this request file by an interrupted run, if any."""
        page = await self._call("list batches", lambda: client.batches.list(limit=100))
        for batch in getattr(page, "data", []) or []:
            meta = getattr(batch, "metadata", None) or {}
            if meta.get("rehearse_request") == request_sha256:
                return str(batch.id)
        return None
