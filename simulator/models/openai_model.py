"""``openai:MODEL`` and ``azure:DEPLOYMENT``: any OpenAI-compatible chat completions server.

With a base URL this serves Ollama, vLLM, the llama.cpp servers and LM Studio as well as
OpenAI itself. The SDK's own retries are switched off (``max_retries=0``) so that one
policy, :mod:`simulator.models.retry`, decides backoff and the total time budget for every
provider, and so every failure surfaces as a :class:`ModelError` that says what to do.
"""

from __future__ import annotations

import dataclasses
import os
import socket
import ssl
from collections.abc import Iterator, Sequence
from typing import Any

import httpx2
import openai

from simulator.models.base import (
    Message,
    StructuredMode,
    StructuredResult,
    T,
    parse_structured,
    with_schema_instructions,
)
from simulator.models.errors import (
    ModelAuthError,
    ModelConfigError,
    ModelError,
    ModelNotFound,
    ModelRateLimited,
    ModelRequestError,
    ModelServerError,
    ModelTimeout,
    ModelUnreachable,
)
from simulator.models.retry import (
    RetryPolicy,
    call_with_retries,
    parse_retry_after,
    stream_with_retries,
)

OPENAI_URL = "https://api.openai.com/v1"
# Local servers ignore the key, but the SDK refuses to build a client without one.
PLACEHOLDER_KEY = "not-needed"
# Give up connecting sooner than reading: a dead host should fail fast, a busy one may be slow.
MAX_CONNECT_TIMEOUT = 10.0
STRUCTURED_ORDER: tuple[StructuredMode, ...] = ("json_schema", "json_object", "prompt")


def connection_reason(exc: BaseException) -> str:
    """A few plain words for why a connection failed, from the exception chain."""
    seen: BaseException | None = exc
    texts = []
    while seen is not None:
        if isinstance(seen, ConnectionRefusedError):
            return "connection refused"
        if isinstance(seen, socket.gaierror):
            return "unknown host name"
        if isinstance(seen, ssl.SSLError):
            return "TLS handshake failed"
        if isinstance(seen, httpx2.ConnectTimeout):
            return "connection timed out"
        if isinstance(seen, httpx2.RemoteProtocolError):
            return "the server closed the connection"
        texts.append(str(seen))
        seen = seen.__cause__ or seen.__context__
    lowered = " ".join(texts).lower()
    if "refused" in lowered:
        return "connection refused"
    if "name or service not known" in lowered or "nodename nor servname" in lowered:
        return "unknown host name"
    detail = next((t for t in reversed(texts) if t and t != "Connection error."), "")
    return detail[:120] or "connection failed"


def _error_code(exc: openai.APIStatusError) -> str | None:
    if exc.code:
        return exc.code
    body = exc.body
    if isinstance(body, dict):
        err = body.get("error", body)
        if isinstance(err, dict) and err.get("code"):
            return str(err["code"])
    return None


def translate_error(exc: openai.OpenAIError, *, model: str, url: str, timeout: float) -> ModelError:
    """Turn an openai SDK exception into a ModelError that names the fix."""
    if isinstance(exc, openai.APITimeoutError):
        return ModelTimeout(
            f"{url} did not answer within {timeout:g}s",
            hint="is the server overloaded or the model still loading? raise REHEARSE_TIMEOUT",
        )
    if isinstance(exc, openai.APIConnectionError):
        reason = connection_reason(exc)
        return ModelUnreachable(
            f"cannot reach {url}: {reason} — is the server running?",
            hint="set REHEARSE_BASE_URL to the server's address",
        )
    if isinstance(exc, openai.APIStatusError):
        status = exc.status_code
        code = _error_code(exc)
        detail = f"{status} {code}" if code else str(status)
        message = (exc.message or "")[:200]
        retry_after = parse_retry_after(dict(exc.response.headers))
        err: ModelError
        if status in (401, 403):
            err = ModelAuthError(
                f"{url} rejected the credentials for {model} ({detail})",
                hint="set OPENAI_API_KEY or REHEARSE_API_KEY to a valid key",
            )
        elif status == 404:
            if code == "model_not_found" or "model" in message.lower():
                err = ModelNotFound(
                    f"model {model!r} not found at {url} ({detail})",
                    hint=f"check the model name; list the server's models with `curl {url}/models`",
                )
            else:
                err = ModelNotFound(
                    f"{url} has no chat completions endpoint ({detail})",
                    hint="REHEARSE_BASE_URL usually ends in /v1",
                )
        elif status == 429:
            err = ModelRateLimited(
                f"{url} is rate limiting requests for {model} ({detail})",
                hint="wait a moment, or lower REHEARSE_JUDGE_SAMPLES",
            )
            if code == "insufficient_quota":
                err.retryable = False  # waiting will not refill a quota
        elif "validation error" in message.lower() or "literal_error" in message:
            # Some servers (llama-cpp-python) answer a request they cannot parse with a 500;
            # retrying an invalid request cannot help, and it may mean a response format to
            # fall back from.
            err = ModelRequestError(
                f"{url} refused the request for {model} ({detail}): {message}",
                hint="the server may not support an option Rehearse sent",
            )
        elif status >= 500 or status in (408, 409):
            err = ModelServerError(f"{url} failed ({detail}): {message}".rstrip(": "))
        else:
            err = ModelRequestError(
                f"{url} refused the request for {model} ({detail}): {message}".rstrip(": "),
                hint="the server may not support an option Rehearse sent",
            )
        err.retry_after = retry_after
        return err
    return ModelError(f"{model}: {exc}")


class OpenAIChatModel:
    """A chat model behind the OpenAI chat completions API.

    ``structured_mode="auto"`` tries a JSON-schema response format, then JSON mode with the
    schema (llama.cpp's Python server), then plain prompting; a server that refuses one
    (400/422) is remembered and not asked again.
    """

    def __init__(
        self,
        model: str,
        *,
        base_url: str | None = None,
        api_key: str | None = None,
        timeout: float = 60.0,
        max_retries: int = 2,
        total_timeout: float = 180.0,
        structured_mode: StructuredMode | str = "auto",
        http_client: httpx2.Client | None = None,
        client: openai.OpenAI | None = None,
        azure: bool = False,
        label: str | None = None,
        policy: RetryPolicy | None = None,
        **client_options: Any,
    ) -> None:
        if not model:
            raise ModelConfigError(
                "no model name given",
                hint="write the spec as openai:MODEL, e.g. openai:gpt-4o-mini",
            )
        self.model = model
        self.name = f"{'azure' if azure else 'openai'}:{model}"
        self.policy = policy or RetryPolicy(
            max_retries=max_retries, timeout=timeout, total_timeout=total_timeout
        )
        if structured_mode != "auto" and structured_mode not in STRUCTURED_ORDER:
            raise ModelConfigError(
                f"unknown structured_mode {structured_mode!r}",
                hint=f"use auto or one of {', '.join(STRUCTURED_ORDER)}",
            )
        self._modes: list[StructuredMode] = (
            list(STRUCTURED_ORDER) if structured_mode == "auto" else [structured_mode]  # type: ignore[list-item]
        )
        self._token_param = "max_tokens"
        if client is not None:
            self._client = client
        else:
            self._client = self._build_client(
                base_url, api_key, http_client, azure=azure, **client_options
            )
        self.base_url = str(self._client.base_url).rstrip("/")
        self._label = label

    def _build_client(
        self,
        base_url: str | None,
        api_key: str | None,
        http_client: httpx2.Client | None,
        *,
        azure: bool,
        **options: Any,
    ) -> openai.OpenAI:
        common: dict[str, Any] = {
            "max_retries": 0,  # retries are ours: see simulator.models.retry
            "timeout": self._httpx_timeout(self.policy.timeout),
            "http_client": http_client,
        }
        try:
            if azure:
                if base_url and "azure_endpoint" not in options:
                    options["azure_endpoint"] = base_url
                return openai.AzureOpenAI(api_key=api_key, **common, **options)
            env_key = api_key or os.environ.get("OPENAI_API_KEY")
            if not env_key:
                if not base_url or base_url.rstrip("/") == OPENAI_URL:
                    raise ModelConfigError(
                        f"no API key for {self.name}",
                        hint="set OPENAI_API_KEY (or REHEARSE_API_KEY), or set REHEARSE_BASE_URL "
                        "to a local OpenAI-compatible server such as http://127.0.0.1:8080/v1",
                    )
                env_key = PLACEHOLDER_KEY
            return openai.OpenAI(api_key=env_key, base_url=base_url, **common, **options)
        except (openai.OpenAIError, ValueError) as exc:
            raise ModelConfigError(
                f"cannot configure {self.name}: {exc}",
                hint="for Azure set AZURE_OPENAI_ENDPOINT, AZURE_OPENAI_API_KEY and "
                "OPENAI_API_VERSION",
            ) from exc
        except TypeError as exc:
            raise ModelConfigError(f"bad option for {self.name}: {exc}") from exc

    # --- public API ---------------------------------------------------------------------------

    def describe(self) -> str:
        """``openai:MODEL at URL`` (the URL is left out for OpenAI's own)."""
        if self._label:
            return self._label
        return self.name if self.base_url == OPENAI_URL else f"{self.name} at {self.base_url}"

    def stream(
        self,
        messages: Sequence[Message],
        *,
        max_tokens: int | None = None,
        temperature: float | None = None,
        timeout: float | None = None,
        stop: Sequence[str] | None = None,
    ) -> Iterator[str]:
        """Stream the reply's text; retries only until the first chunk arrives."""
        policy = self._policy(timeout)
        wire = [m.as_dict() for m in messages]

        def open_stream(request_timeout: float) -> Iterator[str]:
            response = self._create(
                wire,
                request_timeout,
                stream=True,
                max_tokens=max_tokens,
                temperature=temperature,
                stop=stop,
            )
            return self._iter_chunks(response, request_timeout)

        yield from stream_with_retries(open_stream, policy, what=self.describe())

    def structured(
        self,
        messages: Sequence[Message],
        schema: type[T],
        *,
        max_tokens: int | None = None,
        temperature: float | None = None,
        timeout: float | None = None,
    ) -> StructuredResult[T]:
        """Ask for JSON matching ``schema``: response format where supported, else the prompt."""
        sent = with_schema_instructions(messages, schema)
        wire = [m.as_dict() for m in sent]
        policy = self._policy(timeout)
        while True:
            mode = self._modes[0]
            fmt = _response_format(mode, schema)
            try:
                completion = call_with_retries(
                    lambda t, fmt=fmt: self._create(
                        wire,
                        t,
                        stream=False,
                        max_tokens=max_tokens,
                        temperature=temperature,
                        response_format=fmt,
                    ),
                    policy,
                    what=self.describe(),
                )
            except ModelRequestError:
                if len(self._modes) > 1:
                    # The server does not take this response format: fall back, remember it.
                    self._modes.pop(0)
                    continue
                raise
            choice = completion.choices[0] if completion.choices else None
            raw = (choice.message.content or "") if choice is not None else ""
            result = parse_structured(raw, schema, mode=mode, messages=sent)
            if result.error and choice is not None and choice.finish_reason == "length":
                result.error += " (the reply was cut off at the token limit)"
            return result

    # --- internals ----------------------------------------------------------------------------

    def _policy(self, timeout: float | None) -> RetryPolicy:
        return dataclasses.replace(self.policy, timeout=timeout) if timeout else self.policy

    @staticmethod
    def _httpx_timeout(seconds: float) -> httpx2.Timeout:
        return httpx2.Timeout(seconds, connect=min(seconds, MAX_CONNECT_TIMEOUT))

    def _create(
        self,
        wire: list[dict[str, str]],
        request_timeout: float,
        *,
        stream: bool,
        max_tokens: int | None,
        temperature: float | None,
        stop: Sequence[str] | None = None,
        response_format: dict[str, Any] | None = None,
    ) -> Any:
        params: dict[str, Any] = {}
        if max_tokens is not None:
            params[self._token_param] = max_tokens
        if temperature is not None:
            params["temperature"] = temperature
        if stop:
            params["stop"] = list(stop)
        if response_format is not None:
            params["response_format"] = response_format
        try:
            return self._client.chat.completions.create(
                model=self.model,
                messages=wire,  # type: ignore[arg-type]
                stream=stream,
                timeout=self._httpx_timeout(request_timeout),
                **params,
            )
        except openai.BadRequestError as exc:
            if self._token_param == "max_tokens" and "max_completion_tokens" in str(exc):
                # Newer OpenAI models reject max_tokens; switch once and remember.
                self._token_param = "max_completion_tokens"
                return self._create(
                    wire,
                    request_timeout,
                    stream=stream,
                    max_tokens=max_tokens,
                    temperature=temperature,
                    stop=stop,
                    response_format=response_format,
                )
            raise self._translate(exc, request_timeout) from exc
        except openai.OpenAIError as exc:
            raise self._translate(exc, request_timeout) from exc

    def _iter_chunks(self, response: Any, request_timeout: float) -> Iterator[str]:
        try:
            for chunk in response:
                if not chunk.choices:
                    continue  # e.g. a usage-only chunk
                text = chunk.choices[0].delta.content
                if text:
                    yield text
        except openai.OpenAIError as exc:
            raise self._translate(exc, request_timeout) from exc
        finally:
            # Closing early (the caller stopped reading) tells the server to stop generating.
            response.close()

    def _translate(self, exc: openai.OpenAIError, request_timeout: float) -> ModelError:
        return translate_error(exc, model=self.model, url=self.base_url, timeout=request_timeout)


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
