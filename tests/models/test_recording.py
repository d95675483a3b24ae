"""Record/replay transports: reviewable files, no secrets, strict matching."""

from __future__ import annotations

import json
from pathlib import Path

import httpx2
import pytest

from simulator.models import get_model
from simulator.models.base import Message
from simulator.models.openai_model import OpenAIChatModel
from simulator.models.recording import (
    Cassette,
    RecordingTransport,
    ReplayTransport,
    UnmatchedRequest,
)

SECRET = "sk-live-0123456789abcdef"
HELLO = [Message("user", "Hello?")]


def fake_server(request: httpx2.Request) -> httpx2.Response:
    """An in-memory OpenAI-compatible server: streams two words, echoes nothing secret."""
    body = json.loads(request.content)
    events = [
        {
            "id": "c",
            "object": "chat.completion.chunk",
            "created": 0,
            "model": body["model"],
            "choices": [{"index": 0, "delta": {"content": w}, "finish_reason": None}],
        }
        for w in ("Fine, ", "thanks.")
    ]
    text = "".join(f"data: {json.dumps(e)}\n\n" for e in events) + "data: [DONE]\n\n"
    return httpx2.Response(
        200,
        headers={
            "content-type": "text/event-stream",
            "set-cookie": "session=abc",
            "openai-organization": "org-secret",
            "x-request-id": "req-1",
        },
        content=text.encode(),
    )


def record(path: Path) -> str:
    transport = RecordingTransport(path, secrets=[SECRET], inner=httpx2.MockTransport(fake_server))
    model = OpenAIChatModel(
        "smollm2",
        base_url="http://127.0.0.1:8080/v1",
        api_key=SECRET,
        http_client=httpx2.Client(transport=transport),
    )
    return "".join(model.stream(HELLO, max_tokens=10))


def test_recorded_file_is_reviewable_and_has_no_secrets(tmp_path: Path) -> None:
    """The cassette is pretty JSON with the request body and SSE events, and no credentials."""
    path = tmp_path / "c.json"
    assert record(path) == "Fine, thanks."
    text = path.read_text()
    assert SECRET not in text
    for leaked in ("Bearer", "authorization", "set-cookie", "org-secret", "session=abc"):
        assert leaked.lower() not in text.lower()
    data = json.loads(text)
    (interaction,) = data["interactions"]
    assert interaction["request"]["endpoint"] == "chat/completions"
    assert interaction["request"]["json"]["messages"] == [{"role": "user", "content": "Hello?"}]
    assert interaction["response"]["sse"][-1] == "[DONE]"
    assert interaction["response"]["sse"][0]["choices"][0]["delta"]["content"] == "Fine, "
    assert "\n  " in text  # indented for review


def test_secret_in_a_body_is_redacted(tmp_path: Path) -> None:
    """A key that shows up in a request body is replaced before the file is written."""
    cassette = Cassette(tmp_path / "c.json", [{"request": {"note": f"key {SECRET}"}}])
    cassette.save(secrets=[SECRET])
    assert SECRET not in cassette.path.read_text()
    assert "<redacted>" in cassette.path.read_text()


def test_replay_needs_no_network(tmp_path: Path) -> None:
    """What was recorded replays through the same SDK path, and as a replay: spec."""
    path = tmp_path / "c.json"
    record(path)
    model = get_model(f"replay:{path}")
    assert model.name == "openai:smollm2"
    assert "replay of c.json" in model.describe()
    assert list(model.stream(HELLO, max_tokens=10)) == ["Fine, ", "thanks."]


def test_replay_rejects_a_changed_request(tmp_path: Path) -> None:
    """A request that differs from the recording is refused and remembered, naming the field."""
    path = tmp_path / "c.json"
    record(path)
    transport = ReplayTransport(path)
    client = httpx2.Client(transport=transport)
    with pytest.raises(UnmatchedRequest, match=r"differs from interaction 0 in \['max_tokens'\]"):
        client.post(
            "http://replay.invalid/v1/chat/completions",
            json={
                "model": "smollm2",
                "messages": [{"role": "user", "content": "Hello?"}],
                "stream": True,
                "max_tokens": 11,
            },
        )
    assert transport.unmatched and transport.unplayed() == [0]


def test_missing_cassette_says_how_to_record(tmp_path: Path) -> None:
    """Replaying a cassette that was never recorded points at record mode."""
    with pytest.raises(FileNotFoundError, match="--record"):
        ReplayTransport(tmp_path / "nope.json")


def test_each_interaction_plays_once_in_order(tmp_path: Path) -> None:
    """Two identical requests get the two recorded answers, in order."""
    path = tmp_path / "c.json"
    Cassette(
        path,
        [
            {
                "request": {"method": "GET", "endpoint": "models", "json": None},
                "response": {"status": 200, "json": {"n": i}},
            }
            for i in (1, 2)
        ],
    ).save()
    client = httpx2.Client(transport=ReplayTransport(path))
    got = [client.get("http://replay.invalid/v1/models").json()["n"] for _ in range(2)]
    assert got == [1, 2]
