"""The ``openai:`` provider: streaming, structured output, retries and error messages.

HTTP goes through hand-written cassettes in tests/fixtures/llm (a 429 or a timeout cannot be
recorded from a healthy server) or an in-memory ``httpx2.MockTransport``; the real-server
cases are in test_openai_live.py and test_e2e_llama.py.
"""

from __future__ import annotations

import json

import httpx2
import pytest
from pydantic import BaseModel

from simulator.models import (
    ModelAuthError,
    ModelConfigError,
    ModelNotFound,
    ModelRateLimited,
    ModelServerError,
    ModelTimeout,
)
from simulator.models.base import Message
from simulator.models.openai_model import OpenAIChatModel

HELLO = [Message("system", "Be brief."), Message("user", "How are things?")]


class Mood(BaseModel):
    name: str
    mood: int


def test_stream_yields_chunks_in_order(llm_cassette, fast_policy) -> None:
    """A streamed reply arrives as several chunks that join to the whole text."""
    cassette = llm_cassette("timeout_then_ok", recordable=False)
    model = cassette.openai_model(policy=fast_policy(max_retries=1))
    chunks = list(model.stream(HELLO, max_tokens=20))
    assert chunks == ["It's ", "been ", "a ", "lot, ", "honestly."]


@pytest.mark.parametrize(
    ("cassette_name", "sleeps"),
    [
        pytest.param("rate_limited", [0.25], id="429-then-ok-honours-retry-after"),
        pytest.param("server_error_then_ok", [0.5, 1.0], id="503-500-then-ok-backs-off"),
        pytest.param("timeout_then_ok", [0.5], id="read-timeout-then-ok"),
    ],
)
def test_transient_failures_are_retried(
    cassette_name: str, sleeps: list[float], llm_cassette, fast_policy, fake_clock
) -> None:
    """A 429, a 5xx or a timeout before the first token is retried and the reply streams."""
    model = llm_cassette(cassette_name, recordable=False).openai_model(
        policy=fast_policy(max_retries=2)
    )
    assert "".join(model.stream(HELLO)) == "It's been a lot, honestly."
    assert fake_clock.sleeps == sleeps


def test_timeouts_give_a_clear_error_after_retries(llm_cassette, fast_policy) -> None:
    """Three timeouts in a row end in ModelTimeout naming the server and the setting."""
    model = llm_cassette("timeouts", recordable=False).openai_model(
        policy=fast_policy(max_retries=2, timeout=5.0)
    )
    with pytest.raises(ModelTimeout) as info:
        list(model.stream(HELLO))
    message = str(info.value)
    assert "replay.invalid/v1 did not answer within 5s" in message
    assert "REHEARSE_TIMEOUT" in message


def test_long_retry_after_is_not_waited_for(llm_cassette, fast_policy, fake_clock) -> None:
    """A 429 asking for an hour fails now with a rate-limit error."""
    model = llm_cassette("rate_limited_long_wait", recordable=False).openai_model(
        policy=fast_policy(max_retries=3)
    )
    with pytest.raises(ModelRateLimited, match="rate limiting"):
        list(model.stream(HELLO))
    assert fake_clock.sleeps == []


@pytest.mark.parametrize(
    ("cassette_name", "error", "words"),
    [
        pytest.param(
            "model_not_found",
            ModelNotFound,
            ["model 'smollm2' not found", "404 model_not_found", "check the model name"],
            id="404-model-not-found",
        ),
        pytest.param(
            "unauthorized",
            ModelAuthError,
            ["rejected the credentials", "401 invalid_api_key", "OPENAI_API_KEY"],
            id="401",
        ),
        pytest.param(
            "insufficient_quota",
            ModelRateLimited,
            ["rate limiting", "insufficient_quota"],
            id="429-quota-not-retried",
        ),
    ],
)
def test_permanent_errors_name_the_fix(
    cassette_name: str, error: type, words: list[str], llm_cassette, fast_policy, fake_clock
) -> None:
    """Wrong model names, bad keys and exhausted quotas fail at once with what to do."""
    model = llm_cassette(cassette_name, recordable=False).openai_model(
        policy=fast_policy(max_retries=3)
    )
    with pytest.raises(error) as info:
        list(model.stream(HELLO))
    for word in words:
        assert word in str(info.value)
    assert fake_clock.sleeps == []


def test_structured_falls_back_when_json_schema_is_refused(llm_cassette, fast_policy) -> None:
    """A 400 for json_schema moves to JSON mode, and the choice is remembered."""
    model = llm_cassette("structured_fallback", recordable=False).openai_model(policy=fast_policy())
    first = model.structured(HELLO, Mood)
    assert first.ok and first.value == Mood(name="Dana", mood=4)
    assert first.mode == "json_object"
    second = model.structured(HELLO, Mood)  # no second json_schema attempt in the cassette
    assert second.value == Mood(name="Dana", mood=9)
    assert "JSON Schema" in first.messages[0].content


def test_structured_reports_a_truncated_reply(llm_cassette, fast_policy) -> None:
    """JSON cut off at the token limit is an error that says so, with the raw text kept."""
    model = llm_cassette("structured_truncated", recordable=False).openai_model(
        policy=fast_policy(), structured_mode="prompt"
    )
    result = model.structured(HELLO, Mood)
    assert not result.ok
    assert result.raw == '{"name": "Da'
    assert "cut off at the token limit" in (result.error or "")


def _mock_model(handler, **opts) -> OpenAIChatModel:
    return OpenAIChatModel(
        "m",
        base_url="http://mock.invalid/v1",
        api_key="k",
        http_client=httpx2.Client(transport=httpx2.MockTransport(handler)),
        **opts,
    )


def test_max_completion_tokens_is_used_when_max_tokens_is_refused(fast_policy) -> None:
    """Models that reject max_tokens get max_completion_tokens instead, remembered."""
    seen: list[dict] = []

    def handler(request: httpx2.Request) -> httpx2.Response:
        body = json.loads(request.content)
        seen.append(body)
        if "max_tokens" in body:
            return httpx2.Response(
                400,
                json={"error": {"message": "Use 'max_completion_tokens' instead of 'max_tokens'."}},
            )
        return httpx2.Response(
            200,
            json={
                "id": "x",
                "object": "chat.completion",
                "created": 0,
                "model": "m",
                "choices": [
                    {
                        "index": 0,
                        "message": {"role": "assistant", "content": '{"name":"a","mood":1}'},
                        "finish_reason": "stop",
                    }
                ],
            },
        )

    model = _mock_model(handler, policy=fast_policy(), structured_mode="prompt")
    assert model.structured(HELLO, Mood, max_tokens=50).ok
    assert model.structured(HELLO, Mood, max_tokens=50).ok
    assert [("max_tokens" in b, b.get("max_completion_tokens")) for b in seen] == [
        (True, None),
        (False, 50),
        (False, 50),
    ]


def test_server_errors_are_retried_with_a_message(fast_policy) -> None:
    """Persistent 5xx ends in ModelServerError with the status and the server's words."""

    def handler(request: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(502, json={"error": {"message": "bad gateway"}})

    model = _mock_model(handler, policy=fast_policy(max_retries=1))
    with pytest.raises(ModelServerError, match="502"):
        list(model.stream(HELLO))


@pytest.mark.parametrize(
    ("base_url", "api_key", "expect_error"),
    [
        pytest.param(None, None, True, id="openai-without-key"),
        pytest.param("https://api.openai.com/v1", None, True, id="explicit-openai-without-key"),
        pytest.param("http://127.0.0.1:8080/v1", None, False, id="local-server-needs-none"),
        pytest.param(None, "sk-x", False, id="openai-with-key"),
    ],
)
def test_missing_key_is_reported_only_where_needed(
    base_url: str | None, api_key: str | None, expect_error: bool
) -> None:
    """OpenAI itself needs a key; a local OpenAI-compatible server does not."""
    if expect_error:
        with pytest.raises(ModelConfigError) as info:
            OpenAIChatModel("gpt-4o-mini", base_url=base_url, api_key=api_key)
        assert "OPENAI_API_KEY" in str(info.value)
        assert "REHEARSE_BASE_URL" in str(info.value)
    else:
        OpenAIChatModel("gpt-4o-mini", base_url=base_url, api_key=api_key)


@pytest.mark.parametrize(
    ("base_url", "label"),
    [
        pytest.param(
            "http://127.0.0.1:8080/v1", "openai:m at http://127.0.0.1:8080/v1", id="local"
        ),
        pytest.param(None, "openai:m", id="openai"),
    ],
)
def test_describe(base_url: str | None, label: str) -> None:
    """The label names the model and, unless it is OpenAI's own, the server."""
    assert OpenAIChatModel("m", base_url=base_url, api_key="k").describe() == label
