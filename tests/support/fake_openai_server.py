"""A fake OpenAI-compatible server on 127.0.0.1 for the batch tests and benchmarks.

It speaks just enough of the API for the batch judge, and misbehaves on purpose:

- ``POST /v1/chat/completions`` answers with a valid judge reply (every criterion id named
  in the request's reply schema, or in its ``- "id" (Name)`` prompt lines, with a score
  derived from a hash of the transcript, so answers are deterministic, and a quote from the
  first manager turn as evidence). With ``fault_rate`` it
  answers some requests 429 or 500 instead, and with ``stall_rate`` it holds some past the
  client's timeout. ``max_faults_per_request`` caps how often one request body is failed,
  which makes "every transcript is eventually scored" a certainty rather than a likelihood.
- The Batch API: ``POST /v1/files`` (multipart upload), ``GET /v1/files/{id}/content``,
  ``POST /v1/batches``, ``GET /v1/batches/{id}`` and ``GET /v1/batches``. A batch moves
  validating → in_progress → completed over ``batch_polls`` status checks, then its output
  file holds one answer per request; ``batch_fail_every=k`` puts every k-th request in the
  error file instead, and ``batch_status="expired"`` ends batches without half the answers.
- ``always_status=401`` answers every chat request with that status (a bad key).

Run it on its own (used by ``bench/bench_batch.py``, so the server does not share a GIL with
the client under test); ``--asyncio`` serves chat completions from one event loop, so the
server adds no queueing of its own to the latency being simulated::

    python tests/support/fake_openai_server.py --asyncio --latency 0.2   # prints the URL
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import email.parser
import email.policy
import hashlib
import itertools
import json
import random
import re
import sys
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

_IDS_IN_PROMPT = re.compile(r'^- "([\w-]+)" \(', re.MULTILINE)
_MANAGER_LINE = re.compile(r"^\[\d+\] manager: (.+)$", re.MULTILINE)


def _criterion_ids(body: dict[str, Any]) -> list[str]:
    """The criterion ids a judge request asks about: the reply schema's keys (JSON-schema or
    JSON mode), else the ``- "id" (Name)`` lines of the judge's prompt."""
    fmt = body.get("response_format") or {}
    schema = (fmt.get("json_schema") or {}).get("schema") or fmt.get("schema") or {}
    props = schema.get("properties")
    if isinstance(props, dict) and props:
        return list(props)
    for m in body.get("messages") or []:
        if m.get("role") == "system":
            return _IDS_IN_PROMPT.findall(str(m.get("content", "")))
    return []


def judge_reply(body: dict[str, Any], *, quirks: bool = False) -> str:
    """A valid judge answer for a chat completions request body.

    Every criterion gets a score derived from a hash of the transcript (so answers are
    deterministic), a rationale, and as evidence the first words of the first manager turn
    (so the judge's quote check has something real to verify).

    ``quirks`` makes it answer like a careless model: the first criterion also quotes words
    nobody said, the second is scored 7, the third is left out. A judge must drop the quote
    and leave those two criteria unscored with the reason, whichever route it took.
    """
    messages = body.get("messages") or []
    user = "".join(str(m.get("content", "")) for m in messages if m.get("role") == "user")
    said = _MANAGER_LINE.search(user)
    quote = " ".join(said.group(1).split()[:4]) if said else ""
    criteria: dict[str, Any] = {}
    for i, cid in enumerate(_criterion_ids(body)):
        digest = hashlib.sha256(f"{cid}\0{user}".encode()).digest()
        entry: dict[str, Any] = {
            "evidence": [quote] if quote else [],
            "rationale": f"turn 1: fake rationale for {cid}",
            "score": 1 + digest[0] % 5,
        }
        if quirks and i == 0:
            entry["evidence"].append("You are doing amazing, keep it up!")
        elif quirks and i == 1:
            entry["score"] = 7
        elif quirks and i == 2:
            continue
        criteria[cid] = entry
    return json.dumps(criteria)


def completion(body: dict[str, Any], content: str) -> dict[str, Any]:
    """A chat.completion object carrying ``content``."""
    return {
        "id": f"chatcmpl-{hashlib.sha1(content.encode()).hexdigest()[:12]}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": body.get("model", "fake"),
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content},
                "finish_reason": "stop",
            }
        ],
        "usage": {"prompt_tokens": 10, "completion_tokens": 10, "total_tokens": 20},
    }


@dataclass
class Counters:
    """What the server saw; tests assert the faults actually happened."""

    chat: int = 0
    ok: int = 0
    rate_limited: int = 0
    server_errors: int = 0
    stalls: int = 0
    bad_replies: int = 0
    uploads: int = 0
    batches_created: int = 0
    batch_polls: int = 0
    paths: list[str] = field(default_factory=list)


class FakeOpenAI:
    """The server; use as a context manager. ``url`` is the ``/v1`` base URL."""

    def __init__(
        self,
        *,
        latency: float = 0.0,
        fault_rate: float = 0.0,
        stall_rate: float = 0.0,
        stall_seconds: float = 2.0,
        bad_reply_rate: float = 0.0,
        max_faults_per_request: int = 3,
        seed: int = 0,
        batch_polls: int = 2,
        batch_fail_every: int = 0,
        batch_status: str = "completed",
        always_status: int | None = None,
        judge_quirks: bool = False,
        port: int = 0,
    ) -> None:
        self.latency = latency
        self.fault_rate = fault_rate
        self.stall_rate = stall_rate
        self.stall_seconds = stall_seconds
        self.bad_reply_rate = bad_reply_rate
        self.max_faults = max_faults_per_request
        self.batch_polls = batch_polls
        self.batch_fail_every = batch_fail_every
        self.batch_status = batch_status
        self.always_status = always_status
        self.judge_quirks = judge_quirks
        self.counters = Counters()
        self.files: dict[str, tuple[str, bytes, str]] = {}
        self.batches: dict[str, dict[str, Any]] = {}
        self._faults: dict[str, int] = {}
        self._rng = random.Random(seed)
        self._lock = threading.RLock()  # run_batch takes it again for ids
        self._ids = itertools.count(1)
        self._server = _Server(("127.0.0.1", port), self._handler())
        self._server.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/v1"

    def start(self) -> FakeOpenAI:
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> FakeOpenAI:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def next_id(self, prefix: str) -> str:
        with self._lock:
            return f"{prefix}-{next(self._ids)}"

    # --- behaviour ----------------------------------------------------------------------------

    def decide(self, raw: bytes) -> str:
        """``ok``, ``429``, ``500``, ``stall`` or ``bad`` for one chat request."""
        fp = hashlib.sha256(raw).hexdigest()
        with self._lock:
            self.counters.chat += 1
            if self._faults.get(fp, 0) < self.max_faults:
                roll = self._rng.random()
                kind = None
                if roll < self.stall_rate:
                    kind = "stall"
                elif roll < self.stall_rate + self.fault_rate:
                    kind = "429" if self._rng.random() < 0.5 else "500"
                elif roll < self.stall_rate + self.fault_rate + self.bad_reply_rate:
                    kind = "bad"
                if kind:
                    self._faults[fp] = self._faults.get(fp, 0) + 1
                    return kind
            return "ok"

    def run_batch(self, batch: dict[str, Any]) -> None:
        """Answer every request of ``batch`` into an output and an error file."""
        _, data, _ = self.files[batch["input_file_id"]]
        out, err = [], []
        for n, raw in enumerate(data.decode().splitlines(), 1):
            if not raw.strip():
                continue
            req = json.loads(raw)
            rid = f"batch_req_{n}"
            if self.batch_status != "completed" and n % 2 == 0:
                continue  # an expired batch: half the answers never came
            if self.batch_fail_every and n % self.batch_fail_every == 0:
                err.append(
                    {
                        "id": rid,
                        "custom_id": req["custom_id"],
                        "response": {
                            "status_code": 500,
                            "request_id": rid,
                            "body": {"error": {"message": "fake server error", "type": "server"}},
                        },
                        "error": None,
                    }
                )
                continue
            body = req["body"]
            out.append(
                {
                    "id": rid,
                    "custom_id": req["custom_id"],
                    "response": {
                        "status_code": 200,
                        "request_id": rid,
                        "body": completion(body, judge_reply(body, quirks=self.judge_quirks)),
                    },
                    "error": None,
                }
            )
        counts = {"total": len(out) + len(err), "completed": len(out), "failed": len(err)}
        for name, lines in (("output_file_id", out), ("error_file_id", err)):
            if lines:
                fid = self.next_id("file")
                text = "".join(json.dumps(x) + "\n" for x in lines).encode()
                self.files[fid] = (f"{name}.jsonl", text, "batch_output")
                batch[name] = fid
        batch["request_counts"] = counts
        batch["status"] = self.batch_status
        batch["completed_at"] = int(time.time())

    # --- HTTP ---------------------------------------------------------------------------------

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:  # quiet
                pass

            def _send(
                self, status: int, payload: Any, headers: dict[str, str] | None = None
            ) -> None:
                data = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    self.send_response(status)
                    ctype = (
                        "application/octet-stream"
                        if isinstance(payload, bytes)
                        else "application/json"
                    )
                    self.send_header("Content-Type", ctype)
                    self.send_header("Content-Length", str(len(data)))
                    for k, v in (headers or {}).items():
                        self.send_header(k, v)
                    self.end_headers()
                    self.wfile.write(data)

            def _body(self) -> bytes:
                length = int(self.headers.get("Content-Length") or 0)
                return self.rfile.read(length) if length else b""

            def do_POST(self) -> None:
                raw = self._body()
                path = self.path.split("?")[0]
                fake.counters.paths.append(f"POST {path}")
                if path.endswith("/chat/completions"):
                    self._chat(raw)
                elif path.endswith("/files"):
                    self._upload(raw)
                elif path.endswith("/batches"):
                    self._create_batch(json.loads(raw))
                else:
                    self._send(404, {"error": {"message": f"no route {path}"}})

            def do_GET(self) -> None:
                path = self.path.split("?")[0]
                fake.counters.paths.append(f"GET {path}")
                if m := re.search(r"/files/([\w-]+)/content$", path):
                    found = fake.files.get(m.group(1))
                    if found is None:
                        self._send(404, {"error": {"message": "no such file"}})
                    else:
                        self._send(200, found[1])
                elif m := re.search(r"/batches/([\w-]+)$", path):
                    self._poll(m.group(1))
                elif path.endswith("/batches"):
                    data = list(fake.batches.values())
                    self._send(200, {"object": "list", "data": data, "has_more": False})
                else:
                    self._send(404, {"error": {"message": f"no route {path}"}})

            def _chat(self, raw: bytes) -> None:
                body = json.loads(raw)
                if fake.always_status:
                    fake.counters.chat += 1
                    err = {"error": {"message": "refused", "code": "invalid_api_key"}}
                    self._send(fake.always_status, err)
                    return
                kind = fake.decide(raw)
                if fake.latency:
                    time.sleep(fake.latency)
                if kind == "stall":
                    fake.counters.stalls += 1
                    time.sleep(fake.stall_seconds)
                elif kind == "429":
                    fake.counters.rate_limited += 1
                    err = {"error": {"message": "slow down", "type": "rate_limit", "code": None}}
                    self._send(429, err, {"retry-after-ms": "20"})
                    return
                elif kind == "500":
                    fake.counters.server_errors += 1
                    self._send(500, {"error": {"message": "boom", "type": "server_error"}})
                    return
                elif kind == "bad":
                    fake.counters.bad_replies += 1
                    self._send(200, completion(body, "I think the manager did fine."))
                    return
                fake.counters.ok += 1
                self._send(200, completion(body, judge_reply(body, quirks=fake.judge_quirks)))

            def _upload(self, raw: bytes) -> None:
                head = f"Content-Type: {self.headers['Content-Type']}\r\n\r\n".encode()
                msg = email.parser.BytesParser(policy=email.policy.default).parsebytes(head + raw)
                fields: dict[str, tuple[str | None, bytes]] = {}
                for part in msg.iter_parts():
                    name = part.get_param("name", header="content-disposition")
                    fields[str(name)] = (part.get_filename(), part.get_payload(decode=True) or b"")
                filename, data = fields["file"]
                purpose = fields.get("purpose", (None, b""))[1].decode()
                fid = fake.next_id("file")
                fake.files[fid] = (filename or "upload.jsonl", data, purpose)
                fake.counters.uploads += 1
                self._send(200, _file_object(fid, filename or "upload.jsonl", data, purpose))

            def _create_batch(self, req: dict[str, Any]) -> None:
                if req.get("input_file_id") not in fake.files:
                    self._send(400, {"error": {"message": "unknown input_file_id"}})
                    return
                bid = fake.next_id("batch")
                batch = {
                    "id": bid,
                    "object": "batch",
                    "endpoint": req["endpoint"],
                    "input_file_id": req["input_file_id"],
                    "completion_window": req["completion_window"],
                    "status": "validating",
                    "created_at": int(time.time()),
                    "metadata": req.get("metadata"),
                    "request_counts": {"total": 0, "completed": 0, "failed": 0},
                    "_polls": 0,
                }
                fake.batches[bid] = batch
                fake.counters.batches_created += 1
                self._send(200, _public(batch))

            def _poll(self, bid: str) -> None:
                batch = fake.batches.get(bid)
                if batch is None:
                    self._send(404, {"error": {"message": "no such batch"}})
                    return
                fake.counters.batch_polls += 1
                with fake._lock:
                    batch["_polls"] += 1
                    if batch["status"] == "validating":
                        batch["status"] = "in_progress"
                    elif batch["status"] == "in_progress" and batch["_polls"] >= fake.batch_polls:
                        fake.run_batch(batch)
                self._send(200, _public(batch))

        return Handler


class _Server(ThreadingHTTPServer):
    # The default backlog of 5 makes a burst of 32 new connections wait for SYN retries.
    request_queue_size = 256


def _public(batch: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in batch.items() if not k.startswith("_")}


def _file_object(fid: str, name: str, data: bytes, purpose: str) -> dict[str, Any]:
    return {
        "id": fid,
        "object": "file",
        "bytes": len(data),
        "created_at": int(time.time()),
        "filename": name,
        "purpose": purpose or "batch",
        "status": "processed",
    }


async def serve_chat_async(port: int, latency: float, ready: Any = None) -> None:
    """A single-threaded asyncio server for ``POST .../chat/completions`` only.

    The benchmark's server: a threaded server's 32 handler threads queue for the GIL after
    every latency sleep, adding tens of milliseconds that would be blamed on the client.
    Here a request costs one JSON parse and one reply, and waiting costs nothing.
    """

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                length = 0
                for line in head.split(b"\r\n")[1:]:
                    name, _, value = line.partition(b":")
                    if name.strip().lower() == b"content-length":
                        length = int(value)
                body = json.loads(await reader.readexactly(length)) if length else {}
                await asyncio.sleep(latency)
                data = json.dumps(completion(body, judge_reply(body))).encode()
                writer.write(
                    b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                    + f"Content-Length: {len(data)}\r\n\r\n".encode()
                    + data
                )
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", port, backlog=256)
    host, bound = server.sockets[0].getsockname()[:2]
    print(f"http://{host}:{bound}/v1", flush=True)
    async with server:
        await server.serve_forever()


def main() -> None:
    """Serve until killed; the first line printed is the base URL."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--latency", type=float, default=0.0)
    parser.add_argument("--fault-rate", type=float, default=0.0)
    parser.add_argument(
        "--asyncio", action="store_true", help="chat completions only, single-threaded (bench)"
    )
    args = parser.parse_args()
    if args.asyncio:
        with contextlib.suppress(KeyboardInterrupt):
            asyncio.run(serve_chat_async(args.port, args.latency))
        return
    server = FakeOpenAI(latency=args.latency, fault_rate=args.fault_rate, port=args.port)
    server.start()
    print(server.url, flush=True)
    with contextlib.suppress(KeyboardInterrupt):
        while True:
            time.sleep(3600)
    sys.exit(0)


if __name__ == "__main__":
    main()
