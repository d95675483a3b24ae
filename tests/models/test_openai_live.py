"""Dead and hanging servers on loopback: clear errors, and never a hang.

These open real sockets (to 127.0.0.1 only), so they are marked ``live_model``.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator

import pytest
from pydantic import BaseModel

from simulator.models import ModelTimeout, ModelUnreachable
from simulator.models.base import Message
from simulator.models.openai_model import OpenAIChatModel
from tests.support.llama_server import free_port

pytestmark = pytest.mark.live_model

HELLO = [Message("user", "Hello?")]


@pytest.fixture
def silent_server() -> Iterator[str]:
    """A server that accepts connections and never answers."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    listener.settimeout(0.2)
    stop = threading.Event()
    held: list[socket.socket] = []

    def accept() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
                held.append(conn)
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}/v1"
    finally:
        stop.set()
        thread.join(timeout=2)
        for conn in held:
            conn.close()
        listener.close()


def test_refused_connection_says_what_to_do() -> None:
    """Nothing listening: a ModelUnreachable naming the URL, the cause and the setting."""
    url = f"http://127.0.0.1:{free_port()}/v1"
    model = OpenAIChatModel("smollm2", base_url=url, max_retries=1, timeout=2, total_timeout=10)
    start = time.monotonic()
    with pytest.raises(ModelUnreachable) as info:
        list(model.stream(HELLO))
    assert str(info.value) == (
        f"cannot reach {url}: connection refused — is the server running? "
        "(set REHEARSE_BASE_URL to the server's address)"
    )
    assert time.monotonic() - start < 5


class Reply(BaseModel):
    x: int


@pytest.mark.parametrize("kind", [pytest.param("stream"), pytest.param("structured")])
def test_silent_server_times_out_within_the_budget(silent_server: str, kind: str) -> None:
    """A server that never answers ends in ModelTimeout within the total budget."""
    model = OpenAIChatModel(
        "smollm2", base_url=silent_server, timeout=0.5, max_retries=5, total_timeout=2.0
    )
    start = time.monotonic()
    with pytest.raises(ModelTimeout):
        if kind == "stream":
            list(model.stream(HELLO))
        else:
            model.structured(HELLO, Reply)
    assert time.monotonic() - start < 4.0
