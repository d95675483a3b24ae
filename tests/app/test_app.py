"""app.py, launched for real on 127.0.0.1 and driven through gradio_client."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from gradio_client import Client

from tests.support.servers import free_port

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def app_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    port = free_port()
    data = tmp_path_factory.mktemp("data")
    env = {**os.environ, "REHEARSE_DATA_DIR": str(data), "GRADIO_ANALYTICS_ENABLED": "True"}
    env.pop("REHEARSE_PARTNER_MODEL", None)
    proc = subprocess.Popen(
        [sys.executable, str(ROOT / "app.py"), "--port", str(port)],
        cwd=data,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise RuntimeError(f"app exited early:\n{proc.stdout.read()}")
            try:
                if httpx.get(url, timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.3)
        else:
            raise RuntimeError("app did not start within 60 s")
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def test_binds_to_loopback_only(app_url: str) -> None:
    """By default the server listens on 127.0.0.1 only, not on every interface."""
    port = int(app_url.rsplit(":", 1)[1].strip("/"))
    listening = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for row in Path(table).read_text().splitlines()[1:]:
            local, state = row.split()[1], row.split()[3]
            addr, hexport = local.split(":")
            if int(hexport, 16) == port and state == "0A":  # 0A = LISTEN
                listening.append(addr)
    assert listening == ["0100007F"], listening  # 127.0.0.1, little-endian hex


def test_practice_turns_through_the_api(app_url: str) -> None:
    """A client picks a persona and holds a conversation with the scripted partner."""
    client = Client(app_url, verbose=False)
    client.predict("quota-rep", api_name="/new_session")
    first = client.predict("How has the quarter been going for you?", api_name="/send")
    second = client.predict("It sounds like you're running on empty.", api_name="/send")
    history = _history(second)
    texts = [m["content"] if isinstance(m["content"], str) else str(m["content"]) for m in history]
    assert len(history) == 5 and history[-1]["role"] == "assistant"
    assert any("quarter" in t for t in texts)
    assert _history(first)[-1]["content"] != history[-1]["content"]


def test_telemetry_is_forced_off() -> None:
    """Importing the UI turns telemetry off even if the environment asked for it on."""
    code = (
        "import os; os.environ['GRADIO_ANALYTICS_ENABLED']='True'; import simulator.app.ui; "
        "print(os.environ['GRADIO_ANALYTICS_ENABLED'], os.environ['HF_HUB_DISABLE_TELEMETRY'])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "1"]


def _history(result: object) -> list[dict]:
    # /send returns (textbox, chat, status) or similar: pick the chat history list.
    items = result if isinstance(result, tuple | list) else [result]
    for item in items:
        if isinstance(item, list) and item and isinstance(item[0], dict) and "role" in item[0]:
            return item
    raise AssertionError(f"no chat history in {result!r}")
