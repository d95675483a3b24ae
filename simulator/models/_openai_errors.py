r"""OpenAI SDK exceptions as :class:`ModelError`\ s that name the fix.

One mapping for every route to an OpenAI-compatible server (sync, async, the Batch API), so a
bad key or a rate limit reads the same wherever it happens, and
:func:`simulator.models.errors.is_fatal` can tell a batch to stop.
"""

from __future__ import annotations

import socket
import ssl

import httpx2
import openai

from simulator.models.errors import (
    ModelAuthError,
    ModelError,
    ModelNotFound,
    ModelRateLimited,
    ModelRequestError,
    ModelServerError,
    ModelTimeout,
    ModelUnreachable,
)
from simulator.models.retry import parse_retry_after


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
