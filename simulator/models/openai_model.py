"""``openai:MODEL`` and ``azure:DEPLOYMENT``: any OpenAI-compatible chat completions server.

With a base URL this serves Ollama, vLLM, the llama.cpp servers and LM Studio as well as
OpenAI itself. The SDK's own retries are switched off (``max_retries=0``) so that one
policy, :mod:`simulator.models.retry`, decides backoff and the total time budget for every
provider, and so every failure surfaces as a :class:`ModelError` that says what to do.

Every call has a synchronous and an asynchronous form (``AsyncOpenAI`` over ``httpx2``).
Both build their request with the same :class:`_Shared` methods and read the reply with the
same :meth:`_Shared.read_structured`, which the OpenAI Batch API transport
(:mod:`simulator.models.openai_batch`) uses too: one body, one parser, whatever the route.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import os
import socket
import ssl
from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
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
from simulator.models.ratelimit import Limiter
from simulator.models.retry import (
    RetryPolicy,
    acall_with_retries,
    astream_with_retries,
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
CHAT_PATH = "/chat/completions"


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


class OpenAIChatModel(_Shared):
    """A chat model behind the OpenAI chat completions API, sync and async.

    ``structured_mode="auto"`` tries a JSON-schema response format, then JSON mode with the
    schema (llama.cpp's Python server), then plain prompting; a server that refuses one
    (400/422) is remembered and not asked again. The asynchronous calls use an
    ``AsyncOpenAI`` client built on first use in each event loop (``async_http_client``
    makes its ``httpx2.AsyncClient``, e.g. over a replay transport); ``limiter`` is a rate
    limiter they share with other models or tasks.
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
        async_http_client: Callable[[], httpx2.AsyncClient] | None = None,
        async_client: openai.AsyncOpenAI | None = None,
        azure: bool = False,
        label: str | None = None,
        policy: RetryPolicy | None = None,
        limiter: Limiter | None = None,
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
        if limiter is not None:
            self.policy = dataclasses.replace(self.policy, limiter=limiter)
        if structured_mode != "auto" and structured_mode not in STRUCTURED_ORDER:
            raise ModelConfigError(
                f"unknown structured_mode {structured_mode!r}",
                hint=f"use auto or one of {', '.join(STRUCTURED_ORDER)}",
            )
        self._modes = list(STRUCTURED_ORDER) if structured_mode == "auto" else [structured_mode]
        self._token_param = "max_tokens"
        self._formats = {}
        self._azure = azure
        self._options = client_options
        self._async_http_client = async_http_client
        self._async: tuple[asyncio.AbstractEventLoop | None, openai.AsyncOpenAI] | None = (
            (None, async_client) if async_client is not None else None
        )
        self._client_args: dict[str, Any] | None = None
        if client is not None:
            self._client = client
        else:
            self._client = self._build_client(base_url, api_key, http_client)
        self.base_url = str(self._client.base_url).rstrip("/")
        self._label = label

    def _common(self, http_client: Any) -> dict[str, Any]:
        return {
            "max_retries": 0,  # retries are ours: see simulator.models.retry
            "timeout": self._httpx_timeout(self.policy.timeout),
            "http_client": http_client,
        }

    def _build_client(
        self, base_url: str | None, api_key: str | None, http_client: httpx2.Client | None
    ) -> openai.OpenAI:
        options = dict(self._options)
        try:
            if self._azure:
                if base_url and "azure_endpoint" not in options:
                    options["azure_endpoint"] = base_url
                # The async client is built later from exactly these arguments.
                self._client_args = {"api_key": api_key, **options}
                return openai.AzureOpenAI(**self._client_args, **self._common(http_client))
            env_key = api_key or os.environ.get("OPENAI_API_KEY")
            if not env_key:
                if not base_url or base_url.rstrip("/") == OPENAI_URL:
                    raise ModelConfigError(
                        f"no API key for {self.name}",
                        hint="set OPENAI_API_KEY (or REHEARSE_API_KEY), or set REHEARSE_BASE_URL "
                        "to a local OpenAI-compatible server such as http://127.0.0.1:8080/v1",
                    )
                env_key = PLACEHOLDER_KEY
            self._client_args = {"api_key": env_key, "base_url": base_url, **options}
            return openai.OpenAI(**self._client_args, **self._common(http_client))
        except (openai.OpenAIError, ValueError) as exc:
            raise ModelConfigError(
                f"cannot configure {self.name}: {exc}",
                hint="for Azure set AZURE_OPENAI_ENDPOINT, AZURE_OPENAI_API_KEY and "
                "OPENAI_API_VERSION",
            ) from exc
        except TypeError as exc:
            raise ModelConfigError(f"bad option for {self.name}: {exc}") from exc

    def async_client(self) -> openai.AsyncOpenAI:
        """The ``AsyncOpenAI`` client of the running event loop, with this model's key and URL.

        An async HTTP connection belongs to the loop that opened it, so a new loop (another
        ``asyncio.run``) gets a new client rather than a pool of dead connections.
        """
        loop = asyncio.get_running_loop()
        if self._async is not None and self._async[0] in (None, loop):
            return self._async[1]
        http_client = self._async_http_client() if self._async_http_client else None
        common = self._common(http_client)
        client: openai.AsyncOpenAI
        if self._client_args is None:  # built around a given sync client: mirror it
            args: dict[str, Any] = {"api_key": self._client.api_key, "base_url": self.base_url}
            client = openai.AsyncOpenAI(**args, **common)
        elif self._azure:
            client = openai.AsyncAzureOpenAI(**self._client_args, **common)
        else:
            client = openai.AsyncOpenAI(**self._client_args, **common)
        self._async = (loop, client)
        return client

    async def aclose(self) -> None:
        """Close the async client's connections (the sync client closes with the process)."""
        if self._async is not None:
            client, self._async = self._async[1], None
            await client.close()

    # --- public API: sync ---------------------------------------------------------------------

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

        def open_stream(request_timeout: float) -> Iterator[str]:
            body = self.chat_body(
                messages, stream=True, max_tokens=max_tokens, temperature=temperature, stop=stop
            )
            response = self._create(body, request_timeout)
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
        policy = self._policy(timeout)
        while True:
            request = self.structured_request(
                messages, schema, max_tokens=max_tokens, temperature=temperature
            )

            def post(t: float, request: StructuredRequest = request) -> dict[str, Any]:
                return self._post(request.body, t)

            try:
                completion = call_with_retries(post, policy, what=self.describe())
            except ModelRequestError as exc:
                if self._fall_back(exc):
                    continue
                raise
            return self.read_structured(completion, schema, request)

    # --- public API: async --------------------------------------------------------------------

    async def astream(
        self,
        messages: Sequence[Message],
        *,
        max_tokens: int | None = None,
        temperature: float | None = None,
        timeout: float | None = None,
        stop: Sequence[str] | None = None,
    ) -> AsyncIterator[str]:
        """:meth:`stream`, awaited: the same body, retries and errors."""
        policy = self._policy(timeout)

        async def open_stream(request_timeout: float) -> AsyncIterator[str]:
            body = self.chat_body(
                messages, stream=True, max_tokens=max_tokens, temperature=temperature, stop=stop
            )
            response = await self._acreate(body, request_timeout)
            return self._aiter_chunks(response, request_timeout)

        async for chunk in astream_with_retries(open_stream, policy, what=self.describe()):
            yield chunk

    async def astructured(
        self,
        messages: Sequence[Message],
        schema: type[T],
        *,
        max_tokens: int | None = None,
        temperature: float | None = None,
        timeout: float | None = None,
    ) -> StructuredResult[T]:
        """:meth:`structured`, awaited: the same body, fallbacks, retries and reader."""
        policy = self._policy(timeout)
        while True:
            request = self.structured_request(
                messages, schema, max_tokens=max_tokens, temperature=temperature
            )

            async def post(t: float, request: StructuredRequest = request) -> dict[str, Any]:
                return await self._apost(request.body, t)

            try:
                completion = await acall_with_retries(post, policy, what=self.describe())
            except ModelRequestError as exc:
                if self._fall_back(exc):
                    continue
                raise
            return self.read_structured(completion, schema, request)

    # --- internals ----------------------------------------------------------------------------

    def _post(self, body: dict[str, Any], request_timeout: float) -> dict[str, Any]:
        """POST ``body`` as it is and return the completion's JSON.

        ``client.post`` with a raw response (the SDK's documented route for custom requests)
        rather than ``chat.completions.create``: the typed method re-walks every message and
        the JSON schema through its type-driven transform, which costs more CPU per request
        than everything else here together and capped a 32-wide batch judge well below its
        server's rate. Status errors still arrive as the SDK's exceptions.
        """
        try:
            response = self._client.post(
                CHAT_PATH,
                cast_to=httpx2.Response,
                body=body,
                options={"timeout": self._httpx_timeout(request_timeout)},
            )
        except openai.BadRequestError as exc:
            if self._switch_token_param(exc):
                return self._post(_renamed_tokens(body), request_timeout)
            raise self._translate(exc, request_timeout) from exc
        except openai.OpenAIError as exc:
            raise self._translate(exc, request_timeout) from exc
        return self._completion(response)

    async def _apost(self, body: dict[str, Any], request_timeout: float) -> dict[str, Any]:
        try:
            response = await self.async_client().post(
                CHAT_PATH,
                cast_to=httpx2.Response,
                body=body,
                options={"timeout": self._httpx_timeout(request_timeout)},
            )
        except openai.BadRequestError as exc:
            if self._switch_token_param(exc):
                return await self._apost(_renamed_tokens(body), request_timeout)
            raise self._translate(exc, request_timeout) from exc
        except openai.OpenAIError as exc:
            raise self._translate(exc, request_timeout) from exc
        return self._completion(response)

    def _create(self, body: dict[str, Any], request_timeout: float) -> Any:
        try:
            return self._client.chat.completions.create(
                **body, timeout=self._httpx_timeout(request_timeout)
            )
        except openai.BadRequestError as exc:
            if self._switch_token_param(exc):
                return self._create(_renamed_tokens(body), request_timeout)
            raise self._translate(exc, request_timeout) from exc
        except openai.OpenAIError as exc:
            raise self._translate(exc, request_timeout) from exc

    async def _acreate(self, body: dict[str, Any], request_timeout: float) -> Any:
        try:
            return await self.async_client().chat.completions.create(
                **body, timeout=self._httpx_timeout(request_timeout)
            )
        except openai.BadRequestError as exc:
            if self._switch_token_param(exc):
                return await self._acreate(_renamed_tokens(body), request_timeout)
            raise self._translate(exc, request_timeout) from exc
        except openai.OpenAIError as exc:
            raise self._translate(exc, request_timeout) from exc

    def _iter_chunks(self, response: Any, request_timeout: float) -> Iterator[str]:
        try:
            for chunk in response:
                if text := _chunk_text(chunk):
                    yield text
        except openai.OpenAIError as exc:
            raise self._translate(exc, request_timeout) from exc
        finally:
            # Closing early (the caller stopped reading) tells the server to stop generating.
            response.close()

    async def _aiter_chunks(self, response: Any, request_timeout: float) -> AsyncIterator[str]:
        try:
            async for chunk in response:
                if text := _chunk_text(chunk):
                    yield text
        except openai.OpenAIError as exc:
            raise self._translate(exc, request_timeout) from exc
        finally:
            await response.close()


def _chunk_text(chunk: Any) -> str | None:
    if not chunk.choices:
        return None  # e.g. a usage-only chunk
    text: str | None = chunk.choices[0].delta.content
    return text


def _renamed_tokens(body: dict[str, Any]) -> dict[str, Any]:
    out = dict(body)
    if "max_tokens" in out:
        out["max_completion_tokens"] = out.pop("max_tokens")
    return out


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
