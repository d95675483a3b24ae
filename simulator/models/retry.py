"""Retries with exponential backoff, jitter, ``Retry-After`` and a bounded total time.

Providers translate their SDK's exceptions into :class:`ModelError` subclasses; this module
only looks at ``retryable`` and ``retry_after`` on them, so one policy serves every provider.
Every wait and every request is cut to the time left in the budget, which is what guarantees
that nothing hangs on a dead server: ``total_timeout`` is an upper bound on a whole call,
retries and waits included.

The synchronous and the asynchronous calls share one decision, :func:`next_wait` (retry or
give up, and how long to wait), so they cannot drift apart. The asynchronous ones may also
share a client-side rate limiter (:attr:`RetryPolicy.limiter`): every attempt takes a token,
and a 429 that will be retried pauses every caller of that limiter for the wait.
"""

from __future__ import annotations

import asyncio
import email.utils
import random
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TypeVar

from simulator.models.errors import ModelError, ModelRateLimited, ModelTimeout
from simulator.models.ratelimit import Limiter

R = TypeVar("R")


@dataclass
class RetryPolicy:
    """How often and how long to retry transient failures (429, 5xx, connection errors)."""

    max_retries: int = 2
    """Retries after the first attempt; 0 disables retrying."""
    timeout: float = 60.0
    """Seconds allowed for one request (connect, and each read while streaming)."""
    total_timeout: float = 180.0
    """Seconds allowed for the whole call, every attempt and wait included."""
    initial_delay: float = 0.5
    max_delay: float = 8.0
    jitter: float = 0.25
    """Each backoff wait is shortened by a random fraction up to this, so clients that
    failed together do not retry together."""
    max_retry_after: float = 60.0
    """A server asking for a longer wait than this is not waited for."""
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False)
    asleep: Callable[[float], Awaitable[None]] = field(default=asyncio.sleep, repr=False)
    """The asynchronous calls' sleep (injectable for tests, as ``sleep`` is)."""
    limiter: Limiter | None = field(default=None, repr=False)
    """A rate limiter shared by the asynchronous calls of many models or tasks."""
    clock: Callable[[], float] = field(default=time.monotonic, repr=False)
    rng: Callable[[], float] = field(default=random.random, repr=False)

    def backoff(self, retry: int, retry_after: float | None = None) -> float:
        """Seconds to wait before retry number ``retry`` (1-based)."""
        if retry_after is not None and 0 <= retry_after <= self.max_retry_after:
            return retry_after
        base = min(self.initial_delay * 2 ** (retry - 1), self.max_delay)
        return float(base * (1 - self.jitter * self.rng()))


def parse_retry_after(headers: Mapping[str, str] | None) -> float | None:
    """Seconds from ``retry-after-ms`` or ``retry-after`` (seconds or an HTTP date)."""
    if not headers:
        return None
    lowered = {k.lower(): v for k, v in headers.items()}
    for name, divisor in (("retry-after-ms", 1000.0), ("retry-after", 1.0)):
        value = lowered.get(name)
        if value is None:
            continue
        try:
            return max(0.0, float(value) / divisor)
        except ValueError:
            pass
    value = lowered.get("retry-after")
    if value:
        parsed = email.utils.parsedate_tz(value)
        if parsed is not None:
            return max(0.0, email.utils.mktime_tz(parsed) - time.time())
    return None


class Deadline:
    """The time left for one call."""

    def __init__(self, policy: RetryPolicy) -> None:
        self.policy = policy
        self.end = policy.clock() + policy.total_timeout

    def remaining(self) -> float:
        return max(0.0, self.end - self.policy.clock())

    def request_timeout(self, timeout: float | None = None) -> float:
        """The per-request timeout, cut to what is left of the budget."""
        return max(0.01, min(timeout or self.policy.timeout, self.remaining()))


def next_wait(
    exc: ModelError, retry: int, policy: RetryPolicy, deadline: Deadline, what: str
) -> float:
    """Seconds to wait before retry ``retry``, or raise when retrying cannot help.

    Raises ``exc`` itself when it is not retryable, the retries are spent, or the server
    asked for a longer wait than :attr:`RetryPolicy.max_retry_after`; a retryable failure
    whose wait would overrun the total budget becomes a :class:`ModelTimeout` (a rate limit
    stays a rate limit, so its message still says what to do).
    """
    if not exc.retryable or retry > policy.max_retries:
        raise exc
    if exc.retry_after is not None and exc.retry_after > policy.max_retry_after:
        raise exc
    wait = policy.backoff(retry, exc.retry_after)
    if wait >= deadline.remaining():
        if isinstance(exc, ModelRateLimited):
            raise exc
        raise ModelTimeout(
            f"{what}: gave up after {policy.total_timeout:g}s ({exc.message})",
            hint="raise REHEARSE_TOTAL_TIMEOUT, or check the server",
        ) from exc
    return wait


def call_with_retries(
    fn: Callable[[float], R], policy: RetryPolicy, *, what: str = "model call"
) -> R:
    """Call ``fn(request_timeout)`` until it succeeds, retrying retryable ModelErrors."""
    deadline = Deadline(policy)
    retry = 0
    while True:
        try:
            return fn(deadline.request_timeout())
        except ModelError as exc:
            retry += 1
            policy.sleep(next_wait(exc, retry, policy, deadline, what))


def stream_with_retries(
    open_stream: Callable[[float], Iterator[str]],
    policy: RetryPolicy,
    *,
    what: str = "model call",
) -> Iterator[str]:
    """Yield from ``open_stream(request_timeout)``, retrying until the first chunk arrives.

    Once text has been yielded it cannot be taken back, so a failure after that is raised
    rather than retried. Between chunks the total budget is checked too: a server that
    trickles tokens forever is cut off.
    """
    deadline = Deadline(policy)
    retry = 0
    while True:
        started = False
        try:
            for chunk in open_stream(deadline.request_timeout()):
                started = True
                yield chunk
                if deadline.remaining() <= 0:
                    raise ModelTimeout(
                        f"{what}: the reply was still streaming after {policy.total_timeout:g}s",
                        hint="raise REHEARSE_TOTAL_TIMEOUT or lower max_tokens",
                    )
            return
        except ModelError as exc:
            if started:
                raise
            retry += 1
            policy.sleep(next_wait(exc, retry, policy, deadline, what))


async def _take_token(policy: RetryPolicy) -> None:
    if policy.limiter is not None:
        await policy.limiter.acquire()


async def _await_wait(exc: ModelError, wait: float, policy: RetryPolicy) -> None:
    if policy.limiter is not None and isinstance(exc, ModelRateLimited):
        # One 429 means the shared budget is spent: everyone waits, not just this call.
        policy.limiter.pause(wait)
    await policy.asleep(wait)


async def acall_with_retries(
    fn: Callable[[float], Awaitable[R]], policy: RetryPolicy, *, what: str = "model call"
) -> R:
    """The asynchronous :func:`call_with_retries`: ``await fn(request_timeout)`` until it
    succeeds, each attempt taking a token from :attr:`RetryPolicy.limiter` if there is one."""
    deadline = Deadline(policy)
    retry = 0
    while True:
        await _take_token(policy)
        try:
            return await fn(deadline.request_timeout())
        except ModelError as exc:
            retry += 1
            await _await_wait(exc, next_wait(exc, retry, policy, deadline, what), policy)


async def astream_with_retries(
    open_stream: Callable[[float], Awaitable[AsyncIterator[str]]],
    policy: RetryPolicy,
    *,
    what: str = "model call",
) -> AsyncIterator[str]:
    """The asynchronous :func:`stream_with_retries`, with the same rules."""
    deadline = Deadline(policy)
    retry = 0
    while True:
        started = False
        await _take_token(policy)
        try:
            async for chunk in await open_stream(deadline.request_timeout()):
                started = True
                yield chunk
                if deadline.remaining() <= 0:
                    raise ModelTimeout(
                        f"{what}: the reply was still streaming after {policy.total_timeout:g}s",
                        hint="raise REHEARSE_TOTAL_TIMEOUT or lower max_tokens",
                    )
            return
        except ModelError as exc:
            if started:
                raise
            retry += 1
            await _await_wait(exc, next_wait(exc, retry, policy, deadline, what), policy)
