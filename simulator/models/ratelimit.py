"""A client-side rate limit for LLM calls: an asyncio token bucket shared by every request.

Providers limit requests per minute; going over earns 429s, and every 429 costs a round trip
and a backoff. Spacing requests on the client keeps a large batch just under the limit
instead of bouncing off it. ``--rate 600/min`` becomes ``TokenBucket(rate=10.0 per second)``.

The bucket holds up to ``capacity`` tokens and refills continuously, so over any window of
``T`` seconds at most ``capacity + rate * T`` requests start. When the server still answers
429 with a ``Retry-After``, :meth:`TokenBucket.pause` stops *every* caller for that long:
one client that was told to wait should not keep the other 31 in-flight slots hammering.
"""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Awaitable, Callable
from typing import Protocol

from simulator.errors import RehearseError

_UNITS = {"s": 1.0, "sec": 1.0, "second": 1.0, "m": 60.0, "min": 60.0, "minute": 60.0}
_UNITS |= {"h": 3600.0, "hr": 3600.0, "hour": 3600.0}
_RATE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(?:/\s*([a-z]+?)s?)?\s*$", re.IGNORECASE)


def parse_rate(text: str) -> float:
    """Requests per second from ``"600/min"``, ``"10/s"``, ``"36000/h"`` or ``"600"`` (/min).

    Raises :class:`RehearseError` for anything else, so the CLI can call it a usage error.
    """
    m = _RATE.match(text)
    unit = (m.group(2) or "min").lower() if m else ""
    if not m or unit not in _UNITS or float(m.group(1)) <= 0:
        raise RehearseError(
            f"bad rate {text!r}", hint="write requests per minute, e.g. 600/min, 10/s or 36000/h"
        )
    return float(m.group(1)) / _UNITS[unit]


class Limiter(Protocol):
    """What a model call needs of a rate limiter: a token per request, and a pause on 429."""

    async def acquire(self) -> None:
        """Wait until one request may start."""
        ...

    def pause(self, seconds: float) -> None:
        """Hold every caller for ``seconds``."""
        ...


class TokenBucket:
    """Admit at most ``rate`` acquisitions per second, with bursts up to ``capacity``.

    Waiters are served in arrival order (an :class:`asyncio.Lock` is FIFO), so no request
    starves behind later ones. ``clock`` and ``sleep`` are injectable for tests.
    """

    def __init__(
        self,
        rate: float,
        capacity: float | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        if rate <= 0:
            raise ValueError("rate must be positive")
        self.rate = rate
        # One second's worth by default: smooth, yet a slow start does not waste the budget.
        self.capacity = max(1.0, capacity if capacity is not None else rate)
        self._tokens = self.capacity
        self._clock = clock
        self._sleep = sleep
        self._stamp = clock()
        self._paused_until = 0.0
        self._lock = asyncio.Lock()

    def _refill(self, now: float) -> None:
        # No tokens accrue while paused: the queue restarts at the steady rate, not a burst.
        start = max(self._stamp, min(self._paused_until, now))
        if now > start:
            self._tokens = min(self.capacity, self._tokens + (now - start) * self.rate)
        self._stamp = now

    async def acquire(self) -> None:
        """Wait until one request may start, then take its token."""
        async with self._lock:
            while True:
                now = self._clock()
                self._refill(now)
                if self._paused_until > now:
                    await self._sleep(self._paused_until - now)
                    continue
                # The epsilon absorbs float error: 0.9999999999 tokens is one token, and
                # waiting 1e-17 s more would not move a float clock at all.
                if self._tokens >= 1 - 1e-9:
                    self._tokens = max(0.0, self._tokens - 1)
                    return
                await self._sleep((1 - self._tokens) / self.rate)

    def pause(self, seconds: float) -> None:
        """Hold every caller for ``seconds`` (a server's ``Retry-After``) and drop the saved
        burst, since the server has just said the budget is spent."""
        now = self._clock()
        self._paused_until = max(self._paused_until, now + seconds)
        self._refill(now)
        self._tokens = 0.0


class Unlimited:
    """The no-limit stand-in, so callers never test for ``None``."""

    rate = float("inf")

    async def acquire(self) -> None:
        """Return at once."""

    def pause(self, seconds: float) -> None:
        """Nothing to pause: each request's own backoff still applies."""
