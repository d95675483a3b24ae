"""``langchain:module:Class``: any LangChain chat model (a ``BaseChatModel``).

Either name the class in the spec (``langchain:langchain_ollama:ChatOllama`` with keyword
options such as ``model="llama3.2"``) or pass an instance built in Python to
:func:`simulator.models.get_model`. Structured output asks for JSON in the prompt and
validates it here, which works with every chat model; pass ``structured_method`` (e.g.
``"json_schema"`` or ``"function_calling"``) to use the model's ``with_structured_output``
instead, where the provider supports it.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Iterator, Sequence
from typing import Any

from simulator.models.base import (
    Message,
    StructuredResult,
    T,
    parse_structured,
    with_schema_instructions,
)
from simulator.models.errors import ModelConfigError, ModelError, ModelTimeout, ModelUnreachable
from simulator.models.retry import RetryPolicy, call_with_retries, stream_with_retries


def load_class(path: str) -> type:
    """Import ``module:Class`` (or ``module.Class``) and return the class."""
    module_name, sep, attr = path.partition(":")
    if not sep:
        module_name, _, attr = path.rpartition(".")
    if not module_name or not attr:
        raise ModelConfigError(
            f"bad LangChain class path {path!r}",
            hint="write langchain:MODULE:CLASS, e.g. langchain:langchain_openai:ChatOpenAI",
        )
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:
        raise ModelConfigError(
            f"cannot import {module_name!r} for langchain:{path}",
            hint=f"install the package that provides {module_name}",
        ) from exc
    try:
        found: type = getattr(module, attr)
        return found
    except AttributeError as exc:
        raise ModelConfigError(f"{module_name} has no {attr!r}") from exc


def _to_langchain(messages: Sequence[Message]) -> list[Any]:
    from langchain_core.messages import AIMessage, HumanMessage, SystemMessage

    kinds = {"system": SystemMessage, "user": HumanMessage, "assistant": AIMessage}
    return [kinds[m.role](content=m.content) for m in messages]


def _translate(exc: Exception, name: str) -> ModelError:
    # LangChain wraps many SDKs; map the common shapes by name so no SDK must be installed.
    if isinstance(exc, ModelError):
        return exc
    kind = type(exc).__name__
    if isinstance(exc, TimeoutError) or "Timeout" in kind:
        err: ModelError = ModelTimeout(f"{name} did not answer in time ({kind})")
    elif isinstance(exc, ConnectionError) or "Connection" in kind:
        err = ModelUnreachable(f"cannot reach {name}: {exc}", hint="is the server running?")
    elif "RateLimit" in kind:
        err = ModelError(f"{name} is rate limiting requests ({kind})")
        err.retryable = True
    else:
        err = ModelError(f"{name} failed: {kind}: {str(exc)[:200]}")
    return err


class LangChainChatModel:
    """Adapts a LangChain ``BaseChatModel`` to :class:`simulator.models.ChatModel`."""

    def __init__(
        self,
        model: Any,
        *,
        name: str | None = None,
        structured_method: str | None = None,
        timeout: float = 60.0,
        max_retries: int = 2,
        total_timeout: float = 180.0,
        policy: RetryPolicy | None = None,
    ) -> None:
        from langchain_core.language_models import BaseChatModel

        if not isinstance(model, BaseChatModel):
            raise ModelConfigError(
                f"{type(model).__name__} is not a LangChain BaseChatModel",
                hint="pass a chat model such as ChatOpenAI(...) or ChatOllama(...)",
            )
        self.lc_model = model
        self.name = name or f"langchain:{type(model).__name__}"
        self.structured_method = structured_method
        self.policy = policy or RetryPolicy(
            max_retries=max_retries, timeout=timeout, total_timeout=total_timeout
        )

    @classmethod
    def from_spec(cls, path: str, **options: Any) -> LangChainChatModel:
        """Build from ``module:Class`` and keyword options for the class."""
        own = {
            k: options.pop(k)
            for k in ("structured_method", "timeout", "max_retries", "total_timeout", "policy")
            if k in options
        }
        klass = load_class(path)
        try:
            instance = klass(**options)
        except Exception as exc:
            raise ModelConfigError(f"cannot build {path}: {exc}") from exc
        return cls(instance, name=f"langchain:{path}", **own)

    def describe(self) -> str:
        """``langchain:Class`` plus the model name the instance reports, if any."""
        model_name = getattr(self.lc_model, "model_name", None) or getattr(
            self.lc_model, "model", None
        )
        return f"{self.name} ({model_name})" if isinstance(model_name, str) else self.name

    def stream(
        self,
        messages: Sequence[Message],
        *,
        max_tokens: int | None = None,
        temperature: float | None = None,
        timeout: float | None = None,
        stop: Sequence[str] | None = None,
    ) -> Iterator[str]:
        """Stream text chunks. Token limits and temperature are set on the LangChain model
        itself, since their names differ between providers."""
        lc_messages = _to_langchain(messages)

        def open_stream(_timeout: float) -> Iterator[str]:
            try:
                for chunk in self.lc_model.stream(lc_messages, stop=list(stop) if stop else None):
                    text = chunk.text
                    if text:
                        yield text
            except Exception as exc:
                raise _translate(exc, self.name) from exc

        yield from stream_with_retries(open_stream, self.policy, what=self.name)

    def structured(
        self,
        messages: Sequence[Message],
        schema: type[T],
        *,
        max_tokens: int | None = None,
        temperature: float | None = None,
        timeout: float | None = None,
    ) -> StructuredResult[T]:
        """JSON matching ``schema``, validated here; the raw text is kept either way."""
        sent = with_schema_instructions(messages, schema)
        lc_messages = _to_langchain(sent)
        if self.structured_method:
            # Pass the schema as a dict so LangChain does not validate: we do, keeping the raw.
            runnable = self.lc_model.with_structured_output(
                schema.model_json_schema(), method=self.structured_method, include_raw=True
            )

            def call(_timeout: float) -> str:
                try:
                    result = runnable.invoke(lc_messages)
                except Exception as exc:
                    raise _translate(exc, self.name) from exc
                out: Any = result
                raw_msg = out.get("raw")
                calls = getattr(raw_msg, "tool_calls", None)
                if calls:
                    return json.dumps(calls[0]["args"], ensure_ascii=False)
                if out.get("parsed") is not None:
                    return json.dumps(out["parsed"], ensure_ascii=False, default=str)
                return getattr(raw_msg, "text", "") or ""

            raw = call_with_retries(call, self.policy, what=self.name)
            return parse_structured(raw, schema, mode="json_schema", messages=sent)

        def invoke(_timeout: float) -> str:
            try:
                return self.lc_model.invoke(lc_messages).text
            except Exception as exc:
                raise _translate(exc, self.name) from exc

        raw = call_with_retries(invoke, self.policy, what=self.name)
        return parse_structured(raw, schema, mode="prompt", messages=sent)
