"""Shared test setup: the live-model-call guard, record/replay of model fixtures, fakes.

Guard: every test runs with
- sockets to anything but loopback refused (the machine is offline anyway; this makes an
  accidental call fail at once instead of hanging on DNS or a connect timeout), and
- any HTTP request to a model API path (``/chat/completions``, ``/completions``, ...) sent
  through a real ``httpx2``/``httpx`` transport blocked *and* failing the test at teardown,
  because SDKs wrap transport errors and retry, so an exception alone could be swallowed.

Only tests marked ``live_model`` (the end-to-end test against a loopback llama.cpp server and
the dead-server timeout tests) and record mode may send real model requests, and only to
loopback. Everything else replays cassettes from ``tests/fixtures/llm/``.

Record mode: ``pytest --record`` or ``REHEARSE_RECORD=1`` re-records the recordable
cassettes against ``--record-base-url`` / ``REHEARSE_RECORD_BASE_URL`` (default
``http://127.0.0.1:8080/v1``); ``scripts/record_fixtures.py`` starts a server and does it all.
"""

from __future__ import annotations

import ipaddress
import os
import socket
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx2
import pytest

from simulator.content._yamlfile import load_model
from simulator.content.personas import Persona
from simulator.models.base import Message, StructuredResult, T, parse_structured
from simulator.models.openai_model import OpenAIChatModel
from simulator.models.recording import RecordingTransport, ReplayTransport
from simulator.models.retry import RetryPolicy

# pytester runs inner sessions to check the guard itself (tests/models/test_guard.py).
pytest_plugins = ["pytester"]

FIXTURES = Path(__file__).parent / "fixtures" / "llm"
REPLAY_BASE_URL = "http://replay.invalid/v1"
DEFAULT_RECORD_URL = "http://127.0.0.1:8080/v1"
MODEL_PATHS = (
    "/chat/completions",
    "/completions",
    "/embeddings",
    "/responses",
    "/api/chat",
    "/api/generate",
    "/messages",
)
# Variables that would point a test at a real model or change its defaults.
MODEL_ENV = (
    "OPENAI_API_KEY",
    "OPENAI_BASE_URL",
    "OPENAI_ORG_ID",
    "OPENAI_PROJECT_ID",
    "AZURE_OPENAI_API_KEY",
    "AZURE_OPENAI_ENDPOINT",
    "REHEARSE_PARTNER_MODEL",
    "REHEARSE_JUDGE_MODEL",
    "REHEARSE_BASE_URL",
    "REHEARSE_API_KEY",
    "REHEARSE_TIMEOUT",
    "REHEARSE_TOTAL_TIMEOUT",
    "REHEARSE_MAX_RETRIES",
    "REHEARSE_JUDGE_SAMPLES",
    "REHEARSE_STRUCTURED_MODE",
)


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("rehearse")
    group.addoption(
        "--record",
        action="store_true",
        default=False,
        help="re-record LLM fixtures against a real OpenAI-compatible server on loopback",
    )
    group.addoption(
        "--record-base-url",
        default=None,
        help=f"server to record against (default REHEARSE_RECORD_BASE_URL or {DEFAULT_RECORD_URL})",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "live_model: may send real model API requests, to loopback servers only",
    )


def _record_mode(config: pytest.Config) -> bool:
    return bool(config.getoption("--record")) or os.environ.get("REHEARSE_RECORD") == "1"


@pytest.fixture(scope="session")
def record_mode(pytestconfig: pytest.Config) -> bool:
    """True when cassettes are being re-recorded against a real server."""
    return _record_mode(pytestconfig)


# --- the guard ---------------------------------------------------------------------------------


class LiveCallBlocked(OSError):
    """A test tried to reach the network or a real model without being allowed to."""


def _is_loopback(host: str) -> bool:
    if host in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@pytest.fixture(autouse=True)
def _live_call_guard(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """Refuse non-loopback sockets; block and fail unrecorded model API calls."""
    for name in MODEL_ENV:
        monkeypatch.delenv(name, raising=False)
    allowed = request.node.get_closest_marker("live_model") is not None or _record_mode(
        request.config
    )
    violations: list[str] = []

    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex

    def check_address(sock: socket.socket, address: Any) -> None:
        if sock.family in (socket.AF_INET, socket.AF_INET6):
            host = address[0] if isinstance(address, tuple) else str(address)
            if not _is_loopback(str(host)):
                raise LiveCallBlocked(f"test tried to connect to {host}: tests stay on loopback")

    def connect(sock: socket.socket, address: Any) -> None:
        check_address(sock, address)
        return real_connect(sock, address)

    def connect_ex(sock: socket.socket, address: Any) -> int:
        check_address(sock, address)
        return real_connect_ex(sock, address)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)

    def check_request(req: Any) -> None:
        if req.url.path.endswith(MODEL_PATHS) and not (allowed and _is_loopback(req.url.host)):
            message = (
                f"unrecorded live model call {req.method} {req.url}: use a cassette "
                "(tests/fixtures/llm) or mark the test live_model"
            )
            violations.append(message)
            raise LiveCallBlocked(message)

    def guard_transport(cls: type) -> None:
        real = cls.handle_request

        def handle_request(self: Any, req: Any) -> Any:
            check_request(req)
            return real(self, req)

        monkeypatch.setattr(cls, "handle_request", handle_request)

    def guard_async_transport(cls: type) -> None:
        real = cls.handle_async_request

        async def handle_async_request(self: Any, req: Any) -> Any:
            check_request(req)
            return await real(self, req)

        monkeypatch.setattr(cls, "handle_async_request", handle_async_request)

    # The real network transports of both HTTP clients (openai 3.x uses httpx2; other SDKs
    # use httpx); in-memory transports (cassettes, MockTransport) are not touched.
    guard_transport(httpx2.HTTPTransport)
    guard_async_transport(httpx2.AsyncHTTPTransport)
    try:
        import httpx

        guard_transport(httpx.HTTPTransport)
        guard_async_transport(httpx.AsyncHTTPTransport)
    except ImportError:  # pragma: no cover
        pass
    yield
    if violations:
        pytest.fail("; ".join(dict.fromkeys(violations)), pytrace=False)


# --- cassettes ---------------------------------------------------------------------------------


class FakeClock:
    """A monotonic clock that only moves when slept on, so retry tests take no real time."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def time(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


@dataclass
class CassetteHandle:
    """A cassette wired for this test: replaying, or recording against a real server."""

    path: Path
    recording: bool
    base_url: str
    transport: ReplayTransport | RecordingTransport
    record_model: str

    def client(self) -> httpx2.Client:
        """An httpx2 client the openai SDK can use (``http_client=``)."""
        return httpx2.Client(transport=self.transport)

    @property
    def model_name(self) -> str:
        """The model name the cassette was recorded with (or will be)."""
        if isinstance(self.transport, ReplayTransport):
            return self.transport.cassette.first_model() or self.record_model
        return self.record_model

    def openai_model(self, **opts: Any) -> OpenAIChatModel:
        """An ``openai:`` model whose HTTP goes through this cassette."""
        opts.setdefault("timeout", 120.0)
        opts.setdefault("total_timeout", 300.0)
        transport = self.transport
        return OpenAIChatModel(
            self.model_name,
            base_url=self.base_url,
            api_key="sk-test-not-a-real-key",
            http_client=self.client(),
            async_http_client=lambda: httpx2.AsyncClient(transport=transport),
            **opts,
        )


@pytest.fixture
def llm_cassette(
    request: pytest.FixtureRequest, record_mode: bool
) -> Iterator[Callable[..., CassetteHandle]]:
    """Factory: ``llm_cassette("name", recordable=True)`` -> :class:`CassetteHandle`.

    Hand-written cassettes (429s, timeouts, invalid judge output) pass ``recordable=False``
    and always replay. At teardown a replayed cassette must have matched every request and
    played every interaction, so a fixture cannot silently stop exercising anything.
    """
    handles: list[CassetteHandle] = []
    option = request.config.getoption("--record-base-url")
    record_url = option or os.environ.get("REHEARSE_RECORD_BASE_URL") or DEFAULT_RECORD_URL
    record_model = os.environ.get("REHEARSE_RECORD_MODEL", "smollm2")

    def make(name: str, *, recordable: bool = True) -> CassetteHandle:
        path = FIXTURES / f"{name}.json"
        transport: ReplayTransport | RecordingTransport
        if record_mode and recordable:
            if not _is_loopback(httpx2.URL(record_url).host):
                pytest.fail(f"record only against a loopback server, not {record_url}")
            transport = RecordingTransport(path, secrets=["sk-test-not-a-real-key"])
            handle = CassetteHandle(path, True, record_url, transport, record_model)
        else:
            transport = ReplayTransport(path)
            handle = CassetteHandle(path, False, REPLAY_BASE_URL, transport, record_model)
        handles.append(handle)
        return handle

    yield make
    problems = []
    for h in handles:
        if isinstance(h.transport, ReplayTransport):
            problems += h.transport.unmatched
            if h.transport.unplayed() and not h.transport.unmatched:
                problems.append(
                    f"{h.path.name}: interactions {h.transport.unplayed()} never played"
                )
    if problems:
        pytest.fail("; ".join(problems), pytrace=False)


@pytest.fixture
def fake_clock() -> FakeClock:
    """A clock for :class:`RetryPolicy` that advances only when slept on."""
    return FakeClock()


@pytest.fixture
def fast_policy(fake_clock: FakeClock) -> Callable[..., RetryPolicy]:
    """Factory for a RetryPolicy on the fake clock, with no jitter: waits are exact."""

    def make(**kw: Any) -> RetryPolicy:
        kw.setdefault("jitter", 0.0)
        return RetryPolicy(
            sleep=fake_clock.sleep, asleep=fake_clock.asleep, clock=fake_clock.time, **kw
        )

    return make


# --- personas, rubrics and fake models ---------------------------------------------------------


@pytest.fixture(scope="session")
def test_persona() -> Persona:
    """A small persona whose layers carry marker words (harbour, violin, lighthouse)."""
    return load_model(Persona, FIXTURES / "persona.yaml")


@dataclass
class FakeChatModel:
    """A ChatModel that plays back canned replies and records what it was sent.

    ``replies`` are consumed one per call: for :meth:`stream` a string (split into small
    chunks) or a list of chunks; for :meth:`structured` the raw text. An Exception in the
    list is raised instead.
    """

    replies: list[Any]
    name: str = "fake:model"
    chunk_size: int = 4
    calls: list[list[Message]] = field(default_factory=list)
    closed: int = 0

    def describe(self) -> str:
        return f"{self.name} (fake)"

    def _next(self, messages: Sequence[Message]) -> Any:
        self.calls.append(list(messages))
        if not self.replies:
            raise AssertionError("FakeChatModel ran out of replies")
        reply = self.replies.pop(0)
        if isinstance(reply, Exception):
            raise reply
        return reply

    def stream(self, messages: Sequence[Message], **_: Any) -> Iterator[str]:
        reply = self._next(messages)
        chunks = (
            reply
            if isinstance(reply, list)
            else [reply[i : i + self.chunk_size] for i in range(0, len(reply), self.chunk_size)]
        )
        try:
            yield from chunks
        finally:
            self.closed += 1

    def structured(
        self, messages: Sequence[Message], schema: type[T], **_: Any
    ) -> StructuredResult[T]:
        return parse_structured(self._next(messages), schema, messages=messages)


@pytest.fixture
def fake_model() -> Callable[..., FakeChatModel]:
    """Factory: ``fake_model(["reply one", "reply two"])``."""
    return FakeChatModel
