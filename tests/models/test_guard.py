"""The live-call guard in tests/conftest.py, checked by running one inner pytest session."""

from __future__ import annotations

from pathlib import Path

import pytest

CONFTEST = Path(__file__).resolve().parent.parent / "conftest.py"

INNER_TESTS = """
import asyncio
import socket
import threading

import openai
import pytest

from simulator.models import get_model
from simulator.models.base import Message


def call(base_url):
    model = get_model("openai:m", base_url=base_url, api_key="sk-x", max_retries=0, timeout=2)
    try:
        list(model.stream([Message("user", "hi")]))
    except Exception:
        pass  # an SDK or app that swallows the error must not hide the call


def test_loopback_unmarked():
    call("http://127.0.0.1:9/v1")


def test_remote_unmarked():
    call("https://api.openai.com/v1")


@pytest.mark.live_model
def test_remote_marked():
    call("https://api.openai.com/v1")


@pytest.mark.live_model
def test_loopback_marked():
    call("http://127.0.0.1:9/v1")


def test_async_unmarked():
    async def go():
        client = openai.AsyncOpenAI(api_key="k", base_url="http://127.0.0.1:9/v1", max_retries=0)
        try:
            await client.chat.completions.create(model="m", messages=[])
        except Exception:
            pass

    # A thread of its own: another test may have left an event loop running on this one.
    thread = threading.Thread(target=asyncio.run, args=(go(),))
    thread.start()
    thread.join(timeout=30)


def test_raw_socket_to_the_internet():
    with pytest.raises(OSError, match="tests stay on loopback"):
        socket.create_connection(("192.0.2.1", 80), timeout=30)
"""


# The inner session runs in this process, under this test's guard as well: the marker lets
# the one allowed loopback call through the outer guard too.
@pytest.mark.live_model
def test_unrecorded_model_calls_fail_the_run(pytester: pytest.Pytester) -> None:
    """A model call outside a cassette fails its test even when the error is swallowed, sync
    or async; only live_model tests may reach a loopback server; nothing reaches the internet
    and a raw socket to it fails at once instead of hanging."""
    pytester.makeconftest(CONFTEST.read_text())
    pytester.makepyfile(test_inner=INNER_TESTS)
    result = pytester.runpytest_inprocess("-q", "-rA", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=6, errors=4)
    result.stdout.fnmatch_lines_random(
        [
            "ERROR test_inner.py::test_loopback_unmarked - Failed: unrecorded live model c*",
            "ERROR test_inner.py::test_remote_unmarked - Failed: unrecorded live model*",
            "ERROR test_inner.py::test_remote_marked - Failed: unrecorded live model*",
            "ERROR test_inner.py::test_async_unmarked - Failed: unrecorded live model*",
            "*unrecorded live model call POST http://127.0.0.1:9/v1/chat/completions*",
            "*unrecorded live model call POST https://api.openai.com/v1/chat/completions*",
        ]
    )
    assert "ERROR test_inner.py::test_loopback_marked" not in result.stdout.str()
