"""The one narrow interface every chat model provider implements.

Partners and the judge only ever call :meth:`ChatModel.stream` (text, chunk by chunk) and
:meth:`ChatModel.structured` (a JSON object validated against a pydantic model). Keeping the
surface this small is what lets an OpenAI-compatible server, a LangChain chat model, an
in-process GGUF model and a recorded fixture stand in for one another.

A provider may also offer the same two calls as coroutines (:class:`AsyncChatModel`:
``astream`` and ``astructured``), for callers that keep many requests in flight on one event
loop, such as a batch judge. It builds the request once for both (as simonw/llm's
``_Shared`` base does), so a sync and an async call of one model send the same body. Callers
use :func:`astructured`, which runs a sync-only provider in a worker thread.
"""

from __future__ import annotations

import asyncio
import functools
import json
import re
from collections.abc import AsyncIterator, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, Literal, Protocol, TypeVar, runtime_checkable

from pydantic import BaseModel, ValidationError

Role = Literal["system", "user", "assistant"]
StructuredMode = Literal["json_schema", "json_object", "prompt"]
T = TypeVar("T", bound=BaseModel)


@dataclass(frozen=True, slots=True)
class Message:
    """One chat message."""

    role: Role
    content: str

    def as_dict(self) -> dict[str, str]:
        """The OpenAI wire form, ``{"role": ..., "content": ...}``."""
        return {"role": self.role, "content": self.content}


@dataclass
class StructuredResult(Generic[T]):
    """What a model said when asked for JSON, and what became of it.

    Exactly one of :attr:`value` and :attr:`error` is set. Nothing is guessed: a reply that
    does not decode or validate keeps its raw text and the reason, for the caller to report.
    """

    raw: str
    value: T | None = None
    error: str | None = None
    data: Any = None
    """The decoded JSON before validation (``None`` if it did not decode), so a caller can
    salvage the parts that do validate, e.g. one criterion out of several."""
    mode: StructuredMode = "prompt"
    """How the JSON was asked for: a JSON-schema response format, JSON mode, or the prompt."""
    messages: list[Message] = field(default_factory=list)
    """The messages actually sent, schema instructions included, for audit."""

    @property
    def ok(self) -> bool:
        """True when :attr:`value` holds a validated object."""
        return self.value is not None


@runtime_checkable
class ChatModel(Protocol):
    """A chat model: text in, streamed text or validated JSON out.

    ``timeout`` is the time allowed for one request in seconds (``None``: the model's own
    setting). Implementations retry transient failures themselves and raise
    :class:`simulator.models.errors.ModelError` subclasses with an actionable message.
    """

    name: str

    def describe(self) -> str:
        """A plain label for people, e.g. ``openai:gpt-4o-mini at http://127.0.0.1:8080/v1``."""
        ...

    def stream(
        self,
        messages: Sequence[Message],
        *,
        max_tokens: int | None = None,
        temperature: float | None = None,
        timeout: float | None = None,
        stop: Sequence[str] | None = None,
    ) -> Iterator[str]:
        """Yield the reply's text as it is generated."""
        ...

    def structured(
        self,
        messages: Sequence[Message],
        schema: type[T],
        *,
        max_tokens: int | None = None,
        temperature: float | None = None,
        timeout: float | None = None,
    ) -> StructuredResult[T]:
        """Ask for one JSON object matching ``schema``; never raise on a bad reply."""
        ...


@runtime_checkable
class AsyncChatModel(Protocol):
    """A :class:`ChatModel` that can also be awaited: the same calls, as coroutines.

    The arguments, retries and errors are those of the synchronous methods.
    """

    name: str

    def astream(
        self,
        messages: Sequence[Message],
        *,
        max_tokens: int | None = None,
        temperature: float | None = None,
        timeout: float | None = None,
        stop: Sequence[str] | None = None,
    ) -> AsyncIterator[str]:
        """Yield the reply's text as it is generated."""
        ...

    async def astructured(
        self,
        messages: Sequence[Message],
        schema: type[T],
        *,
        max_tokens: int | None = None,
        temperature: float | None = None,
        timeout: float | None = None,
    ) -> StructuredResult[T]:
        """Ask for one JSON object matching ``schema``; never raise on a bad reply."""
        ...


async def astructured(
    model: ChatModel,
    messages: Sequence[Message],
    schema: type[T],
    *,
    max_tokens: int | None = None,
    temperature: float | None = None,
    timeout: float | None = None,
) -> StructuredResult[T]:
    """``model.astructured(...)`` if the provider has it, else ``model.structured`` in a thread.

    The thread keeps the event loop free, so a provider without native async (LangChain,
    llama.cpp in-process) still runs beside the others, only without their concurrency.
    """
    if isinstance(model, AsyncChatModel):
        return await model.astructured(
            messages, schema, max_tokens=max_tokens, temperature=temperature, timeout=timeout
        )
    return await asyncio.to_thread(
        model.structured,
        messages,
        schema,
        max_tokens=max_tokens,
        temperature=temperature,
        timeout=timeout,
    )


# --- helpers shared by providers -------------------------------------------------------------

_FENCE = re.compile(r"^\s*```(?:json|JSON)?\s*\n?(.*?)\n?\s*```\s*$", re.DOTALL)


@functools.lru_cache(maxsize=256)
def schema_instructions(schema: type[BaseModel]) -> str:
    """The sentence appended to the system prompt when asking for JSON.

    Cached per schema class: generating a JSON Schema costs milliseconds, more than the rest
    of building a request, and a batch asks with the same schema thousands of times.
    """
    return (
        "Reply with one JSON object and nothing else: no prose, no code fences. "
        "It must match this JSON Schema:\n"
        + json.dumps(schema.model_json_schema(), ensure_ascii=False, separators=(",", ":"))
    )


def with_schema_instructions(messages: Sequence[Message], schema: type[BaseModel]) -> list[Message]:
    """``messages`` with the JSON instructions added to the system message (or a new one).

    The instructions go in every mode, not only in prompt mode: servers that accept a
    response format still produce better JSON when the prompt says what is wanted.
    """
    note = schema_instructions(schema)
    out = list(messages)
    for i, m in enumerate(out):
        if m.role == "system":
            out[i] = Message("system", f"{m.content.rstrip()}\n\n{note}")
            return out
    return [Message("system", note), *out]


def decode_json(raw: str) -> tuple[Any, str | None]:
    """Decode a model's JSON reply; returns ``(data, None)`` or ``(None, reason)``.

    Tolerates a code fence or prose around one object (small models add them even when told
    not to) but never repairs the JSON itself.
    """
    text = raw.strip()
    if not text:
        return None, "the reply was empty"
    m = _FENCE.match(text)
    if m:
        text = m.group(1).strip()
    try:
        return json.loads(text), None
    except json.JSONDecodeError as exc:
        first_error = exc
    start, end = text.find("{"), text.rfind("}")
    if 0 <= start < end:
        try:
            return json.loads(text[start : end + 1]), None
        except json.JSONDecodeError:
            pass
    return None, f"the reply is not valid JSON ({first_error.msg} at char {first_error.pos})"


def validation_message(exc: ValidationError, limit: int = 3) -> str:
    """A short, readable summary of a pydantic error: ``field: problem (got value)``."""
    parts = []
    for err in exc.errors()[:limit]:
        loc = ".".join(str(x) for x in err["loc"]) or "(root)"
        got = err.get("input")
        shown = json.dumps(got, ensure_ascii=False, default=str)
        if len(shown) > 40:
            shown = shown[:37] + "..."
        parts.append(f"{loc}: {err['msg']} (got {shown})")
    more = len(exc.errors()) - limit
    if more > 0:
        parts.append(f"and {more} more")
    return "; ".join(parts)


def parse_structured(
    raw: str,
    schema: type[T],
    *,
    mode: StructuredMode = "prompt",
    messages: Sequence[Message] = (),
) -> StructuredResult[T]:
    """Decode and validate ``raw`` against ``schema`` into a :class:`StructuredResult`."""
    data, error = decode_json(raw)
    result: StructuredResult[T] = StructuredResult(
        raw=raw, data=data, mode=mode, messages=list(messages)
    )
    if error is not None:
        result.error = error
        return result
    try:
        result.value = schema.model_validate(data)
    except ValidationError as exc:
        result.error = f"the reply does not match the schema: {validation_message(exc)}"
    return result
