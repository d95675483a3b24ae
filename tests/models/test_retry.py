"""Backoff, jitter, Retry-After and the total time budget, on a fake clock."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from simulator.models.errors import (
    ModelAuthError,
    ModelError,
    ModelRateLimited,
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


def failing(errors: list[ModelError], result: str = "ok") -> Callable[[float], str]:
    """A call that raises each error in turn, then returns ``result``."""

    def fn(_timeout: float) -> str:
        if errors:
            raise errors.pop(0)
        return result

    return fn


def rate_limited(after: float | None) -> ModelRateLimited:
    err = ModelRateLimited("429")
    err.retry_after = after
    return err


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        pytest.param({"retry-after": "2"}, 2.0, id="seconds"),
        pytest.param({"Retry-After": "0.5"}, 0.5, id="fraction-any-case"),
        pytest.param({"retry-after-ms": "250", "retry-after": "9"}, 0.25, id="ms-preferred"),
        pytest.param({"retry-after": "soon"}, None, id="garbage"),
        pytest.param({}, None, id="absent"),
        pytest.param({"retry-after": "Wed, 21 Oct 2015 07:28:00 GMT"}, 0.0, id="past-date"),
    ],
)
def test_parse_retry_after(headers: dict[str, str], expected: float | None) -> None:
    """Retry-After is read in milliseconds, seconds or as an HTTP date (never negative)."""
    assert parse_retry_after(headers) == expected


def test_backoff_doubles_and_is_capped() -> None:
    """Waits grow 0.5, 1, 2, 4... up to max_delay, without jitter."""
    policy = RetryPolicy(initial_delay=0.5, max_delay=3.0, jitter=0.0)
    assert [policy.backoff(n) for n in range(1, 6)] == [0.5, 1.0, 2.0, 3.0, 3.0]


def test_jitter_only_shortens() -> None:
    """Jitter takes up to its fraction off a wait, never adds to it."""
    policy = RetryPolicy(initial_delay=1.0, jitter=0.25, rng=lambda: 1.0)
    assert policy.backoff(1) == 0.75
    policy = RetryPolicy(initial_delay=1.0, jitter=0.25, rng=lambda: 0.0)
    assert policy.backoff(1) == 1.0


@pytest.mark.parametrize(
    ("errors", "sleeps"),
    [
        pytest.param([ModelServerError("503")], [0.5], id="5xx-once"),
        pytest.param([ModelUnreachable("refused"), ModelServerError("500")], [0.5, 1.0], id="two"),
        pytest.param([rate_limited(0.25)], [0.25], id="429-retry-after-honoured"),
        pytest.param([rate_limited(None)], [0.5], id="429-no-header-backoff"),
    ],
)
def test_transient_errors_are_retried(
    errors: list[ModelError], sleeps: list[float], fast_policy, fake_clock
) -> None:
    """429, 5xx and connection errors are retried with the expected waits."""
    assert call_with_retries(failing(errors), fast_policy(max_retries=2)) == "ok"
    assert fake_clock.sleeps == sleeps


@pytest.mark.parametrize(
    "error",
    [
        pytest.param(ModelAuthError("401"), id="auth"),
        pytest.param(ModelError("bad request"), id="plain"),
    ],
)
def test_permanent_errors_are_not_retried(error: ModelError, fast_policy, fake_clock) -> None:
    """An error retrying cannot fix is raised at once."""
    with pytest.raises(type(error)):
        call_with_retries(failing([error]), fast_policy(max_retries=3))
    assert fake_clock.sleeps == []


def test_retries_run_out(fast_policy, fake_clock) -> None:
    """After max_retries the last error is raised."""
    errors: list[ModelError] = [ModelServerError(str(i)) for i in range(5)]
    with pytest.raises(ModelServerError, match="2"):
        call_with_retries(failing(errors), fast_policy(max_retries=2))
    assert len(fake_clock.sleeps) == 2


def test_retry_after_beyond_the_cap_is_not_waited_for(fast_policy, fake_clock) -> None:
    """A server asking for an hour's wait gets an error now, not a hung client."""
    with pytest.raises(ModelRateLimited):
        call_with_retries(failing([rate_limited(3600)]), fast_policy(max_retries=3))
    assert fake_clock.sleeps == []


def test_total_budget_bounds_the_call(fast_policy, fake_clock) -> None:
    """When the next wait would pass the total budget, the call gives up with a timeout."""
    errors: list[ModelError] = [ModelUnreachable("refused") for _ in range(10)]
    policy = fast_policy(max_retries=10, total_timeout=2.0)
    with pytest.raises(ModelTimeout, match="gave up after 2s"):
        call_with_retries(failing(errors), policy)
    assert sum(fake_clock.sleeps) < 2.0


def test_request_timeout_is_cut_to_the_budget(fast_policy, fake_clock) -> None:
    """Each attempt gets at most the time left in the budget."""
    seen: list[float] = []

    def fn(timeout: float) -> str:
        seen.append(timeout)
        if len(seen) < 3:
            raise ModelServerError("500")
        return "ok"

    call_with_retries(fn, fast_policy(max_retries=3, timeout=10.0, total_timeout=4.0))
    assert seen == [4.0, 3.5, 2.5]


def test_stream_retries_only_before_the_first_chunk(fast_policy, fake_clock) -> None:
    """A failure before any text is retried; after text was yielded it is raised."""
    attempts = {"n": 0}

    def open_stream(_timeout: float) -> Iterator[str]:
        attempts["n"] += 1
        if attempts["n"] == 1:
            raise ModelUnreachable("refused")
        yield "Hel"
        yield "lo"
        raise ModelUnreachable("dropped")

    got: list[str] = []
    with pytest.raises(ModelUnreachable, match="dropped"):
        for chunk in stream_with_retries(open_stream, fast_policy(max_retries=3)):
            got.append(chunk)
    assert got == ["Hel", "lo"]
    assert attempts["n"] == 2


def test_stream_stops_at_the_total_budget(fast_policy, fake_clock) -> None:
    """A server trickling tokens forever is cut off at the total budget."""

    def open_stream(_timeout: float) -> Iterator[str]:
        while True:
            fake_clock.now += 1.0
            yield "x"

    with pytest.raises(ModelTimeout, match="still streaming"):
        for _ in stream_with_retries(open_stream, fast_policy(total_timeout=5.0)):
            pass
