"""The shared helpers every provider uses to ask for and read JSON."""

from __future__ import annotations

import json

import pytest
from pydantic import BaseModel

from simulator.models.base import (
    Message,
    decode_json,
    parse_structured,
    with_schema_instructions,
)


class Mood(BaseModel):
    name: str
    mood: int


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param('{"a": 1}', {"a": 1}, id="plain"),
        pytest.param('```json\n{"a": 1}\n```', {"a": 1}, id="code-fence"),
        pytest.param('Here you go: {"a": 1} Hope that helps!', {"a": 1}, id="prose-around"),
        pytest.param('  \n{"a": [1, 2]}\n', {"a": [1, 2]}, id="whitespace"),
    ],
)
def test_decode_json_accepts_one_object_with_wrapping(raw: str, expected: object) -> None:
    """A fence or prose around the object is tolerated; the object itself is not changed."""
    data, error = decode_json(raw)
    assert error is None
    assert data == expected


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        pytest.param("", "empty", id="empty"),
        pytest.param('{"a": 1,}', "not valid JSON", id="trailing-comma"),
        pytest.param('{"a": 1', "not valid JSON", id="truncated"),
        pytest.param("5/5, great job", "not valid JSON", id="prose-only"),
    ],
)
def test_decode_json_never_repairs(raw: str, reason: str) -> None:
    """Broken JSON is reported with a reason, never patched up into a guess."""
    data, error = decode_json(raw)
    assert data is None
    assert error is not None and reason in error


@pytest.mark.parametrize(
    ("raw", "ok", "error_part"),
    [
        pytest.param('{"name": "Dana", "mood": 3}', True, None, id="valid"),
        pytest.param('{"name": "Dana", "mood": "grumpy"}', False, "mood", id="wrong-type"),
        pytest.param('{"name": "Dana"}', False, "mood: Field required", id="missing-field"),
        pytest.param("nope", False, "not valid JSON", id="not-json"),
    ],
)
def test_parse_structured_keeps_raw_and_reason(raw: str, ok: bool, error_part: str | None) -> None:
    """The raw text is always kept; exactly one of value and error is set."""
    result = parse_structured(raw, Mood)
    assert result.raw == raw
    assert result.ok is ok
    assert (result.value is None) is not ok
    if error_part:
        assert result.error is not None and error_part in result.error
    else:
        assert result.error is None


def test_schema_instructions_join_the_system_message() -> None:
    """The JSON schema is appended to the existing system message, not sent as a second one."""
    sent = with_schema_instructions([Message("system", "Rate."), Message("user", "hi")], Mood)
    assert [m.role for m in sent] == ["system", "user"]
    assert sent[0].content.startswith("Rate.")
    schema_text = sent[0].content.split("JSON Schema:\n", 1)[1]
    assert json.loads(schema_text)["required"] == ["name", "mood"]


def test_schema_instructions_add_a_system_message_when_none() -> None:
    """Without a system message, one holding the instructions is put first."""
    sent = with_schema_instructions([Message("user", "hi")], Mood)
    assert [m.role for m in sent] == ["system", "user"]
