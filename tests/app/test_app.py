"""app.py, launched for real on 127.0.0.1 and driven through gradio_client."""

from __future__ import annotations

import importlib.util
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


def _app_module() -> object:
    spec = importlib.util.spec_from_file_location("rehearse_app_script", ROOT / "app.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("argv", "env", "where"),
    [
        pytest.param([], {}, ("127.0.0.1", 7860), id="defaults-loopback"),
        pytest.param(
            [],
            {"GRADIO_SERVER_NAME": "0.0.0.0", "GRADIO_SERVER_PORT": "8000"},
            ("0.0.0.0", 8000),
            id="gradio-variables",
        ),
        pytest.param(
            ["--host", "127.0.0.2", "--port", "9000"],
            {"GRADIO_SERVER_NAME": "0.0.0.0", "GRADIO_SERVER_PORT": "8000"},
            ("127.0.0.2", 9000),
            id="flags-win",
        ),
        pytest.param(
            [],
            {"GRADIO_SERVER_NAME": " ", "GRADIO_SERVER_PORT": ""},
            ("127.0.0.1", 7860),
            id="blank-is-unset",
        ),
    ],
)
def test_listening_address(argv: list[str], env: dict[str, str], where: tuple[str, int]) -> None:
    """app.py listens where the flags say, else where Gradio's variables say, else on
    127.0.0.1:7860."""
    args = _app_module().parse_args(argv, env)  # type: ignore[attr-defined]
    assert (args.host, args.port) == where


def test_bad_port_variable_names_it(capsys: pytest.CaptureFixture[str]) -> None:
    """A GRADIO_SERVER_PORT that is not a number stops with the variable and the fix."""
    with pytest.raises(SystemExit):
        _app_module().parse_args([], {"GRADIO_SERVER_PORT": "http"})  # type: ignore[attr-defined]
    err = capsys.readouterr().err
    assert "GRADIO_SERVER_PORT='http'" in err and "--port" in err


def test_importing_the_package_does_not_import_gradio() -> None:
    """``import simulator.app`` (and its context and login) leave Gradio unloaded: the CLI
    and ``python -m simulator.app.auth`` must not pay for it."""
    code = (
        "import sys, simulator.app, simulator.app.auth, simulator.app.context; "
        "print('gradio' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def _history(result: object) -> list[dict]:
    # /send returns (textbox, chat, status) or similar: pick the chat history list.
    items = result if isinstance(result, tuple | list) else [result]
    for item in items:
        if isinstance(item, list) and item and isinstance(item[0], dict) and "role" in item[0]:
            return item
    raise AssertionError(f"no chat history in {result!r}")
