"""Record and replay HTTP exchanges with an OpenAI-compatible server, as reviewable JSON.

The openai SDK (3.x) sends every request through an ``httpx2`` transport, so a transport is
the narrowest place to record and replay: the SDK's own request building, SSE parsing and
error mapping all still run. A *cassette* is one pretty-printed JSON file::

    {"version": 1, "interactions": [
      {"request": {"method": "POST", "endpoint": "chat/completions", "json": {...}},
       "response": {"status": 200, "headers": {...}, "sse": [{...}, "[DONE]"]}}]}

``response`` holds ``json`` (a JSON body), ``sse`` (the ``data:`` payloads of a streamed
reply, decoded where they are JSON), ``text`` (anything else), or ``raise`` (the name of an
``httpx2`` exception such as ``ReadTimeout``, to replay a network failure).

Both transports serve the synchronous and the asynchronous ``httpx2`` clients alike (one
cassette, one matching rule), so ``AsyncOpenAI`` replays the same fixtures as ``OpenAI``.

Only an allow-list of headers is written, so ``Authorization``, ``api-key``, cookies and
organisation ids never reach a file; any string passed as a secret is also redacted from
bodies. Requests are matched by method, endpoint and JSON body, in recorded order. A
hand-written interaction may give ``json_subset`` instead of ``json``: the request body must
then contain those keys with those values (``{}`` matches any body), which keeps fixtures
for 429s, timeouts and malformed replies independent of the exact prompt.
"""

from __future__ import annotations

import json
import threading
from collections.abc import AsyncIterator, Iterable, Iterator
from pathlib import Path
from typing import Any

import httpx2

CASSETTE_VERSION = 1
REDACTED = "<redacted>"
# Only these headers are stored: enough to replay content type and rate-limit behaviour.
_KEPT_RESPONSE_HEADERS = frozenset(
    {"content-type", "retry-after", "retry-after-ms", "x-should-retry"}
)
_RAISABLE = {
    "ReadTimeout": httpx2.ReadTimeout,
    "ConnectTimeout": httpx2.ConnectTimeout,
    "ConnectError": httpx2.ConnectError,
    "ReadError": httpx2.ReadError,
    "RemoteProtocolError": httpx2.RemoteProtocolError,
}


class UnmatchedRequest(AssertionError):
    """A replayed client sent a request the cassette does not hold."""


def _endpoint(request: httpx2.Request, base_path: str) -> str:
    path = request.url.path
    if base_path and path.startswith(base_path):
        path = path[len(base_path) :]
    return path.lstrip("/")


def _request_json(request: httpx2.Request) -> Any:
    body = request.content
    if not body:
        return None
    try:
        return json.loads(body)
    except ValueError:
        return body.decode("utf-8", "replace")


def _split_sse(body: str) -> list[Any]:
    events: list[Any] = []
    for block in body.replace("\r\n", "\n").split("\n\n"):
        if not block.strip():
            continue
        lines = block.split("\n")
        if all(line.startswith("data:") for line in lines):
            payload = "\n".join(line[5:].lstrip(" ") for line in lines)
            try:
                events.append(json.loads(payload) if payload != "[DONE]" else payload)
            except ValueError:
                events.append(payload)
        else:
            events.append({"_raw_event": block})
    return events


def _join_sse_event(event: Any) -> bytes:
    if isinstance(event, dict) and "_raw_event" in event:
        return (str(event["_raw_event"]) + "\n\n").encode()
    payload = event if isinstance(event, str) else json.dumps(event, ensure_ascii=False)
    return f"data: {payload}\n\n".encode()


class _EventStream(httpx2.SyncByteStream, httpx2.AsyncByteStream):
    """Yields a recorded SSE reply one event at a time, as the server sent it."""

    def __init__(self, events: list[Any]) -> None:
        self._events = events

    def __iter__(self) -> Iterator[bytes]:
        for event in self._events:
            yield _join_sse_event(event)

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for event in self._events:
            yield _join_sse_event(event)


def _redact(value: Any, secrets: Iterable[str]) -> Any:
    text = json.dumps(value, ensure_ascii=False)
    for secret in secrets:
        if secret and len(secret) >= 4:
            text = text.replace(json.dumps(secret)[1:-1], REDACTED)
    return json.loads(text)


def _contains(actual: Any, expected: Any) -> bool:
    """Whether ``actual`` holds everything in ``expected`` (dicts compared key by key)."""
    if isinstance(expected, dict):
        return isinstance(actual, dict) and all(
            k in actual and _contains(actual[k], v) for k, v in expected.items()
        )
    return bool(actual == expected)


class Cassette:
    """The interactions of one cassette file, loaded or being recorded."""

    def __init__(self, path: str | Path, interactions: list[dict[str, Any]] | None = None) -> None:
        self.path = Path(path)
        self.interactions: list[dict[str, Any]] = interactions or []

    @classmethod
    def load(cls, path: str | Path) -> Cassette:
        """Read a cassette file; a missing file is an error that says how to record it."""
        p = Path(path)
        if not p.is_file():
            raise FileNotFoundError(
                f"no recorded fixture at {p}: record it with `pytest --record` "
                "(or REHEARSE_RECORD=1) against a local server, see scripts/record_fixtures.py"
            )
        data = json.loads(p.read_text(encoding="utf-8"))
        if data.get("version") != CASSETTE_VERSION:
            raise ValueError(f"{p}: unsupported cassette version {data.get('version')!r}")
        return cls(p, list(data["interactions"]))

    def save(self, secrets: Iterable[str] = ()) -> None:
        """Write the cassette as pretty JSON, secrets redacted."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = {"version": CASSETTE_VERSION, "interactions": self.interactions}
        text = json.dumps(_redact(data, list(secrets)), indent=2, ensure_ascii=False)
        self.path.write_text(text + "\n", encoding="utf-8")

    def first_model(self) -> str | None:
        """The model name of the first recorded request, for ``replay:FILE`` specs."""
        for item in self.interactions:
            body = item["request"].get("json")
            model = body.get("model") if isinstance(body, dict) else None
            if isinstance(model, str):
                return model
        return None


class ReplayTransport(httpx2.BaseTransport, httpx2.AsyncBaseTransport):
    """Answers requests from a cassette; never opens a socket.

    A request with no matching unplayed interaction raises :class:`UnmatchedRequest` and is
    also remembered in :attr:`unmatched`, because the SDK wraps transport errors in its own
    connection error (and may retry), so a test fixture checks the list at teardown.
    """

    def __init__(self, cassette: Cassette | str | Path, *, base_path: str = "/v1") -> None:
        self.cassette = cassette if isinstance(cassette, Cassette) else Cassette.load(cassette)
        self.base_path = base_path.rstrip("/")
        self.played: list[int] = []
        self.unmatched: list[str] = []
        self._lock = threading.Lock()

    def unplayed(self) -> list[int]:
        """Indices of recorded interactions no request has used."""
        return [i for i in range(len(self.cassette.interactions)) if i not in self.played]

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        endpoint = _endpoint(request, self.base_path)
        body = _request_json(request)
        with self._lock:
            index = self._match(request.method, endpoint, body)
            if index is None:
                message = self._mismatch_message(request.method, endpoint, body)
                self.unmatched.append(message)
                raise UnmatchedRequest(message)
            self.played.append(index)
        return self._respond(self.cassette.interactions[index]["response"], request)

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        await request.aread()  # an async request's body is a stream until read
        return self.handle_request(request)

    def _match(self, method: str, endpoint: str, body: Any) -> int | None:
        for i, item in enumerate(self.cassette.interactions):
            if i in self.played:
                continue
            req = item["request"]
            if req["method"] != method or req["endpoint"] != endpoint:
                continue
            if "json_subset" in req:
                if _contains(body, req["json_subset"]):
                    return i
            elif req.get("json") == body:
                return i
        return None

    def _mismatch_message(self, method: str, endpoint: str, body: Any) -> str:
        head = f"unrecorded model call {method} {endpoint} (cassette {self.cassette.path})"
        for i, item in enumerate(self.cassette.interactions):
            if i in self.played:
                continue
            req = item["request"]
            if req["endpoint"] != endpoint or not isinstance(body, dict):
                continue
            recorded = req.get("json") or {}
            diff = sorted(k for k in set(body) | set(recorded) if body.get(k) != recorded.get(k))
            return f"{head}: differs from interaction {i} in {diff}; re-record with --record"
        return f"{head}: no unplayed interaction for this endpoint; re-record with --record"

    def _respond(self, spec: dict[str, Any], request: httpx2.Request) -> httpx2.Response:
        if "raise" in spec:
            raise _RAISABLE[spec["raise"]](f"replayed {spec['raise']}", request=request)
        headers = dict(spec.get("headers", {}))
        status = int(spec.get("status", 200))
        if "sse" in spec:
            headers.setdefault("content-type", "text/event-stream")
            return httpx2.Response(
                status, headers=headers, stream=_EventStream(spec["sse"]), request=request
            )
        if "json" in spec:
            content = json.dumps(spec["json"], ensure_ascii=False).encode()
            headers.setdefault("content-type", "application/json")
        else:
            content = spec.get("text", "").encode()
        return httpx2.Response(status, headers=headers, content=content, request=request)


class RecordingTransport(httpx2.BaseTransport, httpx2.AsyncBaseTransport):
    """Forwards requests to a real server and appends each exchange to a cassette.

    The cassette is written after every exchange, so an interrupted run keeps what it got.
    """

    def __init__(
        self,
        cassette: Cassette | str | Path,
        *,
        base_path: str = "/v1",
        secrets: Iterable[str] = (),
        inner: httpx2.BaseTransport | None = None,
    ) -> None:
        self.cassette = cassette if isinstance(cassette, Cassette) else Cassette(cassette)
        self.cassette.interactions = []
        self.base_path = base_path.rstrip("/")
        self.secrets = [s for s in secrets if s]
        self.inner = inner or httpx2.HTTPTransport()
        self.async_inner: httpx2.AsyncBaseTransport | None = None

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        response = self.inner.handle_request(request)
        try:
            raw = response.read()
        finally:
            response.close()
        return self._keep(request, response, raw)

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        if self.async_inner is None:
            self.async_inner = httpx2.AsyncHTTPTransport()
        await request.aread()
        response = await self.async_inner.handle_async_request(request)
        try:
            raw = await response.aread()
        finally:
            await response.aclose()
        return self._keep(request, response, raw)

    def _keep(
        self, request: httpx2.Request, response: httpx2.Response, raw: bytes
    ) -> httpx2.Response:
        """Append the exchange to the cassette and hand the SDK a response over ``raw``."""
        headers = {
            k.lower(): v for k, v in response.headers.items() if k.lower() in _KEPT_RESPONSE_HEADERS
        }
        spec: dict[str, Any] = {"status": response.status_code, "headers": headers}
        text = raw.decode("utf-8", "replace")
        if headers.get("content-type", "").startswith("text/event-stream"):
            spec["sse"] = _split_sse(text)
        else:
            try:
                spec["json"] = json.loads(text) if text else None
            except ValueError:
                spec["text"] = text
        self.cassette.interactions.append(
            {
                "request": {
                    "method": request.method,
                    "endpoint": _endpoint(request, self.base_path),
                    "json": _request_json(request),
                },
                "response": spec,
            }
        )
        self.cassette.save(self.secrets)
        # A fresh response over the bytes already read (already decoded, so the encoding
        # and length headers no longer describe them).
        passed = {
            k: v
            for k, v in response.headers.items()
            if k.lower() not in ("content-encoding", "content-length", "transfer-encoding")
        }
        return httpx2.Response(
            response.status_code,
            headers=passed,
            content=raw,
            request=request,
        )

    def close(self) -> None:
        self.inner.close()
