"""The async model calls: the same request, retries, fallbacks and reader as the sync ones.

Each async case replays the same hand-written cassette as its sync twin (one cassette per
call, since an interaction plays once) and must give the same text, result and waits.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Any

import httpx2
import pytest
from pydantic import BaseModel

from simulator.models import ModelRateLimited, astructured
from simulator.models.base import AsyncChatModel, Message
from simulator.models.openai_model import OpenAIChatModel

HELLO = [Message("system", "Be brief."), Message("user", "How are things?")]


class Mood(BaseModel):
    name: str
    mood: int


async def _join(chunks: AsyncIterator[str]) -> str:
    return "".join([c async for c in chunks])


@pytest.mark.parametrize(
    ("cassette_name", "sleeps"),
    [
        pytest.param("rate_limited", [0.25], id="429-then-ok-honours-retry-after"),
        pytest.param("server_error_then_ok", [0.5, 1.0], id="503-500-then-ok-backs-off"),
        pytest.param("timeout_then_ok", [0.5], id="read-timeout-then-ok"),
    ],
)
def test_astream_retries_like_stream(
    cassette_name: str, sleeps: list[float], llm_cassette, fast_policy, fake_clock
) -> None:
    """A 429, a 5xx or a timeout before the first token is retried by astream with the
    waits stream uses (Retry-After honoured), and the reply streams whole."""
    model = llm_cassette(cassette_name, recordable=False).openai_model(
        policy=fast_policy(max_retries=2)
    )
    text = asyncio.run(_join(model.astream(HELLO)))
    assert text == "It's been a lot, honestly."
    assert fake_clock.sleeps == sleeps


def test_astructured_falls_back_and_reads_like_structured(llm_cassette, fast_policy) -> None:
    """A server refusing the JSON-schema response format makes astructured fall back to JSON
    mode, as structured does, and both read the same reply into the same value."""
    sync_model = llm_cassette("structured_fallback", recordable=False).openai_model(
        policy=fast_policy()
    )
    async_model = llm_cassette("structured_fallback", recordable=False).openai_model(
        policy=fast_policy()
    )
    sync = [sync_model.structured(HELLO, Mood) for _ in range(2)]

    async def both() -> list[Any]:
        return [await async_model.astructured(HELLO, Mood) for _ in range(2)]

    awaited = asyncio.run(both())
    assert [(r.value, r.mode, r.raw) for r in awaited] == [(r.value, r.mode, r.raw) for r in sync]
    assert awaited[0].value == Mood(name="Dana", mood=4) and awaited[0].mode == "json_object"


def test_sync_and_async_send_the_same_body() -> None:
    """One request builder: structured and astructured post byte-for-byte the same JSON."""
    seen: list[Any] = []

    def answer(request: httpx2.Request) -> httpx2.Response:
        seen.append(json.loads(request.content))
        reply = {"choices": [{"message": {"content": '{"name": "A", "mood": 2}'}}]}
        return httpx2.Response(200, json=reply)

    transport = httpx2.MockTransport(answer)
    model = OpenAIChatModel(
        "m",
        base_url="http://127.0.0.1:9/v1",
        http_client=httpx2.Client(transport=transport),
        async_http_client=lambda: httpx2.AsyncClient(transport=transport),
    )
    sync = model.structured(HELLO, Mood, max_tokens=50, temperature=0.0)
    awaited = asyncio.run(model.astructured(HELLO, Mood, max_tokens=50, temperature=0.0))
    assert sync.value == awaited.value == Mood(name="A", mood=2)
    assert seen[0] == seen[1]
    assert seen[0]["response_format"]["type"] == "json_schema" and seen[0]["stream"] is False


class _Limiter:
    def __init__(self) -> None:
        self.acquired = 0
        self.pauses: list[float] = []

    async def acquire(self) -> None:
        self.acquired += 1

    def pause(self, seconds: float) -> None:
        self.pauses.append(seconds)


@pytest.mark.parametrize(
    ("cassette_name", "acquired", "pauses"),
    [
        pytest.param("rate_limited", 2, [0.25], id="429-pauses-everyone-for-retry-after"),
        pytest.param("server_error_then_ok", 3, [], id="5xx-takes-a-token-per-attempt"),
    ],
)
def test_limiter_counts_every_attempt_and_pauses_on_429(
    cassette_name: str, acquired: int, pauses: list[float], llm_cassette, fast_policy
) -> None:
    """A shared limiter gives a token to every HTTP attempt, and a retried 429 pauses it
    for the server's Retry-After so other callers wait too."""
    limiter = _Limiter()
    model = llm_cassette(cassette_name, recordable=False).openai_model(
        policy=fast_policy(max_retries=2), limiter=limiter
    )
    asyncio.run(_join(model.astream(HELLO)))
    assert (limiter.acquired, limiter.pauses) == (acquired, pauses)


def test_long_retry_after_is_not_waited_for_async(llm_cassette, fast_policy) -> None:
    """A 429 asking for an hour fails at once with a rate-limit error, awaited as well."""
    model = llm_cassette("rate_limited_long_wait", recordable=False).openai_model(
        policy=fast_policy(max_retries=3)
    )
    with pytest.raises(ModelRateLimited, match="rate limiting"):
        asyncio.run(_join(model.astream(HELLO)))


def test_astructured_runs_a_sync_only_model_in_a_thread(fake_model) -> None:
    """A provider without async methods still works awaited, through a worker thread."""
    fake = fake_model(['{"name": "B", "mood": 5}'])
    assert not isinstance(fake, AsyncChatModel)
    result = asyncio.run(astructured(fake, HELLO, Mood))
    assert result.value == Mood(name="B", mood=5) and len(fake.calls) == 1


def test_openai_model_is_an_async_chat_model() -> None:
    """The openai provider offers the async half of the interface."""
    model = OpenAIChatModel("m", base_url="http://127.0.0.1:9/v1")
    assert isinstance(model, AsyncChatModel)
