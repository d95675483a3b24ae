"""What the sync and the async calls of an OpenAI-compatible model share.

:class:`_Shared` builds every request body and reads every structured reply, as simonw/llm's
``_Shared`` base does for its sync and async OpenAI models. The OpenAI Batch API transport
sends the same bodies and reads its answers with the same :func:`read_structured`.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import httpx2
import openai

from simulator.models._openai_errors import translate_error
from simulator.models.base import (
    Message,
    StructuredMode,
    StructuredResult,
    T,
    parse_structured,
    with_schema_instructions,
)
from simulator.models.errors import ModelError, ModelRequestError, ModelServerError
from simulator.models.retry import RetryPolicy

OPENAI_URL = "https://api.openai.com/v1"
# Give up connecting sooner than reading: a dead host should fail fast, a busy one may be slow.
MAX_CONNECT_TIMEOUT = 10.0
STRUCTURED_ORDER: tuple[StructuredMode, ...] = ("json_schema", "json_object", "prompt")
CHAT_PATH = "/chat/completions"


@dataclass(frozen=True)
class StructuredRequest:
    """One request for JSON: the chat completions body and what it was built from.

    ``body`` is what goes over the wire, live or as a Batch API line's ``body``.
    """

    body: dict[str, Any]
    messages: list[Message]
    """The messages sent, JSON instructions included (for the audit)."""
    mode: StructuredMode


class _Shared:
    """Request building and reply reading shared by the sync and the async calls.

    Everything that decides what is sent (the body, the response format, the token
    parameter's name, the fallback between structured modes) lives here, so the two
    routes cannot send different requests for the same call.
    """

    model: str
    name: str
    base_url: str
    policy: RetryPolicy
    _label: str | None
    _modes: list[StructuredMode]
    _token_param: str
    _formats: dict[tuple[StructuredMode, type[Any]], dict[str, Any] | None]

    def describe(self) -> str:
        """``openai:MODEL at URL`` (the URL is left out for OpenAI's own)."""
        if self._label:
            return self._label
        return self.name if self.base_url == OPENAI_URL else f"{self.name} at {self.base_url}"

    @property
    def structured_mode(self) -> StructuredMode:
        """The way JSON is asked for now (after any fallback this server forced)."""
        return self._modes[0]

    def chat_body(
        self,
        messages: Sequence[Message],
        *,
        stream: bool,
        max_tokens: int | None = None,
        temperature: float | None = None,
        stop: Sequence[str] | None = None,
        response_format: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """The ``/chat/completions`` body: the one request builder of this provider."""
        body: dict[str, Any] = {
            "model": self.model,
            "messages": [m.as_dict() for m in messages],
            "stream": stream,
        }
        if max_tokens is not None:
            body[self._token_param] = max_tokens
        if temperature is not None:
            body["temperature"] = temperature
        if stop:
            body["stop"] = list(stop)
        if response_format is not None:
            body["response_format"] = response_format
        return body

    def structured_request(
        self,
        messages: Sequence[Message],
        schema: type[T],
        *,
        max_tokens: int | None = None,
        temperature: float | None = None,
        mode: StructuredMode | None = None,
    ) -> StructuredRequest:
        """The request for one JSON object matching ``schema`` (default: the current mode)."""
        mode = mode or self._modes[0]
        key = (mode, schema)
        if key not in self._formats:  # the strict schema conversion is not cheap
            self._formats[key] = _response_format(mode, schema)
        sent = with_schema_instructions(messages, schema)
        body = self.chat_body(
            sent,
            stream=False,
            max_tokens=max_tokens,
            temperature=temperature,
            response_format=self._formats[key],
        )
        return StructuredRequest(body, sent, mode)

    def read_structured(
        self, completion: Mapping[str, Any], schema: type[T], request: StructuredRequest
    ) -> StructuredResult[T]:
        """A chat completion (as JSON) read into a :class:`StructuredResult`; never raises."""
        return read_structured(completion, schema, request)

    def _fall_back(self, exc: ModelRequestError) -> bool:
        """Drop the structured mode the server refused; False when none is left."""
        if len(self._modes) > 1:
            self._modes.pop(0)
            return True
        return False

    def _switch_token_param(self, exc: openai.BadRequestError) -> bool:
        # Newer OpenAI models reject max_tokens; switch once and remember.
        if self._token_param == "max_tokens" and "max_completion_tokens" in str(exc):
            self._token_param = "max_completion_tokens"
            return True
        return False

    def _policy(self, timeout: float | None) -> RetryPolicy:
        return dataclasses.replace(self.policy, timeout=timeout) if timeout else self.policy

    @staticmethod
    def _httpx_timeout(seconds: float) -> httpx2.Timeout:
        return httpx2.Timeout(seconds, connect=min(seconds, MAX_CONNECT_TIMEOUT))

    def _translate(self, exc: openai.OpenAIError, request_timeout: float) -> ModelError:
        return translate_error(exc, model=self.model, url=self.base_url, timeout=request_timeout)

    def _completion(self, response: httpx2.Response) -> dict[str, Any]:
        try:
            data = json.loads(response.content)
        except ValueError:
            data = None
        if not isinstance(data, dict):
            raise ModelServerError(f"{self.base_url} answered with something not a chat completion")
        return data


def read_structured(
    completion: Mapping[str, Any], schema: type[T], request: StructuredRequest
) -> StructuredResult[T]:
    """The reply text of a chat completion, decoded and validated against ``schema``.

    The one reader of a structured reply, whether it came from a live call or from a line
    of a Batch API output file.
    """
    choices = completion.get("choices")
    choice = choices[0] if isinstance(choices, list) and choices else None
    message = choice.get("message") if isinstance(choice, dict) else None
    content = message.get("content") if isinstance(message, dict) else None
    raw = content if isinstance(content, str) else ""
    result = parse_structured(raw, schema, mode=request.mode, messages=request.messages)
    if result.error and isinstance(choice, dict) and choice.get("finish_reason") == "length":
        result.error += " (the reply was cut off at the token limit)"
    return result


def _response_format(mode: StructuredMode, schema: type[T]) -> dict[str, Any] | None:
    if mode == "json_schema":
        return {
            "type": "json_schema",
            "json_schema": {
                "name": schema.__name__,
                "schema": _strict_schema(schema),
                "strict": True,
            },
        }
    if mode == "json_object":
        # llama-cpp-python turns "schema" into a grammar; other servers ignore the extra key.
        return {"type": "json_object", "schema": schema.model_json_schema()}
    return None


def _strict_schema(schema: type[T]) -> dict[str, Any]:
    """The schema in the form OpenAI's strict structured outputs require."""
    try:
        from openai.lib._pydantic import to_strict_json_schema  # the SDK's own conversion

        return to_strict_json_schema(schema)
    except Exception:  # a private helper; fall back to the plain schema if it moves
        return schema.model_json_schema()
