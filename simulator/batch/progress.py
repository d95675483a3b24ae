"""A one-line progress bar with rate and ETA, for long batch runs.

It draws on standard error and only on a terminal: piped or logged output stays clean, so
``rehearse batch ... 2> log`` records the summary, not ten thousand carriage returns. The
rate is a moving average over the last few seconds, so the ETA follows a run that speeds up
(warm caches) or slows down (a rate-limited judge) instead of averaging the whole history.
"""

from __future__ import annotations

import sys
import time
from collections import deque
from collections.abc import Callable
from typing import TextIO

_WINDOW = 10.0  # seconds of history the rate is measured over
_REDRAW = 0.1  # at most ten redraws a second: drawing must not cost throughput


def _duration(seconds: float) -> str:
    seconds = int(max(0, seconds))
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


class Progress:
    """``scoring ████▌····· 45% 4,512/10,000 · 212/s · ETA 0:26 · 3 failed``.

    ``enabled=None`` means "if ``stream`` is a terminal". The total may grow as files turn
    out to hold more transcripts than estimated.
    """

    def __init__(
        self,
        total: int = 0,
        *,
        label: str = "scoring",
        stream: TextIO | None = None,
        enabled: bool | None = None,
        clock: Callable[[], float] = time.monotonic,
        width: int = 24,
    ) -> None:
        self.stream = stream or sys.stderr
        isatty = getattr(self.stream, "isatty", lambda: False)
        self.enabled = isatty() if enabled is None else enabled
        self.total = total
        self.done = 0
        self.failed = 0
        self.label = label
        self.width = width
        self._clock = clock
        self._start = clock()
        self._history: deque[tuple[float, int]] = deque([(self._start, 0)])
        self._drawn = 0.0
        self._last_len = 0

    def set_total(self, total: int) -> None:
        """Replace the expected count."""
        self.total = total
        self._draw()

    def set_label(self, label: str) -> None:
        """Say what stage the run is in (e.g. ``judging``, ``polling batch``)."""
        self.label = label
        self._draw(force=True)

    def advance(self, n: int = 1, *, failed: int = 0) -> None:
        """Count ``n`` more transcripts finished, ``failed`` of them unsuccessfully."""
        self.done += n
        self.failed += failed
        self.total = max(self.total, self.done)
        self._draw()

    def rate(self) -> float:
        """Transcripts per second over the recent window."""
        now = self._clock()
        self._history.append((now, self.done))
        while len(self._history) > 2 and now - self._history[0][0] > _WINDOW:
            self._history.popleft()
        t0, d0 = self._history[0]
        return (self.done - d0) / (now - t0) if now > t0 else 0.0

    def line(self) -> str:
        """The text of the bar as it would be drawn now."""
        frac = self.done / self.total if self.total else 0.0
        full = int(frac * self.width)
        bar = "█" * full + "·" * (self.width - full)
        rate = self.rate()
        parts = [f"{self.label} {bar} {frac:4.0%} {self.done:,}/{self.total:,}"]
        parts.append(f"{rate:,.0f}/s" if rate >= 1 else f"{rate:.2f}/s")
        left = self.total - self.done
        if rate > 0 and left > 0:
            parts.append(f"ETA {_duration(left / rate)}")
        elif left <= 0:
            parts.append(f"in {_duration(self._clock() - self._start)}")
        if self.failed:
            parts.append(f"{self.failed:,} failed")
        return " · ".join(parts)

    def _draw(self, *, force: bool = False) -> None:
        if not self.enabled:
            return
        now = self._clock()
        if not force and now - self._drawn < _REDRAW and self.done < self.total:
            return
        self._drawn = now
        text = self.line()
        pad = max(0, self._last_len - len(text))
        self.stream.write("\r" + text + " " * pad)
        self.stream.flush()
        self._last_len = len(text)

    def close(self) -> None:
        """Draw the final state and end the line."""
        if self.enabled:
            self._draw(force=True)
            self.stream.write("\n")
            self.stream.flush()
            self.enabled = False
