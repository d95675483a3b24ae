"""``openai:MODEL`` and ``azure:DEPLOYMENT``: any OpenAI-compatible chat completions server.

With a base URL this serves Ollama, vLLM, the llama.cpp servers and LM Studio as well as
OpenAI itself. The SDK's own retries are switched off (``max_retries=0``) so that one
policy, :mod:`simulator.models.retry`, decides backoff and the total time budget for every
provider, and so every failure surfaces as a :class:`ModelError` that says what to do.

Every call has a synchronous and an asynchronous form (``AsyncOpenAI`` over ``httpx2``).
Both build their request with the same ``_Shared`` methods (:mod:`._openai_shared`) and read
the reply with the same :func:`read_structured`, which the OpenAI Batch API transport
(:mod:`simulator.models.openai_batch`) uses too: one body, one parser, whatever the route.
"""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from typing import Any

import httpx2
import openai

from simulator.models._openai_errors import connection_reason, translate_error
from simulator.models._openai_shared import (
    CHAT_PATH,
    MAX_CONNECT_TIMEOUT,
    OPENAI_URL,
    STRUCTURED_ORDER,
    StructuredRequest,
    _Shared,
    read_structured,
)
from simulator.models.base import Message, StructuredMode, StructuredResult, T
from simulator.models.errors import ModelConfigError, ModelRequestError
from simulator.models.ratelimit import Limiter
from simulator.models.retry import (
    RetryPolicy,
    acall_with_retries,
    astream_with_retries,
    call_with_retries,
    stream_with_retries,
)
from simulator.settings import get_settings

__all__ = [
    "CHAT_PATH",
    "MAX_CONNECT_TIMEOUT",
    "OPENAI_URL",
    "PLACEHOLDER_KEY",
    "STRUCTURED_ORDER",
    "OpenAIChatModel",
    "StructuredRequest",
    "connection_reason",
    "read_structured",
    "translate_error",
]

# Local servers ignore the key, but the SDK refuses to build a client without one.
PLACEHOLDER_KEY = "not-needed"


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
            # The one Settings reads REHEARSE_API_KEY, OPENAI_API_KEY and .env.
            configured = get_settings().api_key
            env_key = api_key or (configured.get_secret_value() if configured else None)
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
