"""Errors raised by chat models, each worded so a user knows what to do next.

They subclass :class:`simulator.errors.RehearseError`, so the CLI and the app show them the
same way as a bad persona file: one sentence with the problem, the fix in brackets.
"""

from __future__ import annotations

from simulator.errors import RehearseError


class ModelError(RehearseError):
    """A chat model could not be built or did not answer usefully."""

    #: Whether trying the same request again may succeed (rate limit, 5xx, dropped link).
    retryable: bool = False
    #: Seconds the server asked us to wait (``Retry-After``), if it said.
    retry_after: float | None = None


class ModelConfigError(ModelError):
    """The model spec, an option, an API key or an optional dependency is missing or wrong."""


class ModelUnreachable(ModelError):
    """The server could not be reached (refused, DNS, TLS, dropped connection)."""

    retryable = True


class ModelTimeout(ModelUnreachable):
    """The server did not answer within the time allowed."""


class ModelAuthError(ModelError):
    """The server rejected the credentials (401/403)."""


class ModelNotFound(ModelError):
    """The server does not know the model name (404, model_not_found)."""


class ModelRateLimited(ModelError):
    """The server asked us to slow down (429) and the retry budget ran out."""

    retryable = True


class ModelServerError(ModelError):
    """The server failed (5xx) or answered with an unexpected status."""

    retryable = True


class ModelRequestError(ModelError):
    """The server refused the request as malformed (400/422): an option it does not support."""


def is_fatal(exc: ModelError) -> bool:
    """Whether no request to this model can succeed until someone changes something.

    A bad key, an unknown model, a missing option, an exhausted quota or a request the server
    refuses as malformed fails every request the same way: a batch should stop at once
    rather than fail ten thousand transcripts one by one. Rate limits, timeouts, dropped
    connections and 5xx are transient (``retryable``) and are not fatal.
    """
    if isinstance(exc, ModelAuthError | ModelNotFound | ModelConfigError | ModelRequestError):
        return True
    return isinstance(exc, ModelRateLimited) and not exc.retryable
