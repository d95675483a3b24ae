"""Run ``python -m llama_cpp.server`` on loopback for the end-to-end test, recording and benches.

The server is a real OpenAI-compatible endpoint, so everything that talks to it goes through
the same ``openai:`` provider a user would point at Ollama or vLLM.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from types import TracebackType

from simulator.models.errors import ModelConfigError, ModelTimeout
from simulator.models.local import LOCAL_EXTRA_HINT, default_gguf

DEFAULT_ALIAS = "smollm2"


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


def _get(url: str, timeout: float) -> int:
    # No proxies: the server is on loopback and a proxy variable must not reroute it.
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with opener.open(url, timeout=timeout) as response:
        return int(response.status)


class LlamaServer:
    """A ``llama_cpp.server`` subprocess serving one GGUF model on ``127.0.0.1``.

    Use as a context manager; :meth:`stop` is safe to call more than once and always reaps
    the process (terminate, then kill).
    """

    def __init__(
        self,
        model_path: str | Path | None = None,
        *,
        host: str = "127.0.0.1",
        port: int | None = None,
        alias: str = DEFAULT_ALIAS,
        n_ctx: int = 4096,
        n_threads: int | None = None,
        startup_timeout: float = 120.0,
        log_path: str | Path | None = None,
    ) -> None:
        self.model_path = Path(model_path) if model_path else default_gguf()
        self.host = host
        self.port = port or free_port(host)
        self.alias = alias
        self.n_ctx = n_ctx
        self.n_threads = n_threads or min(2, os.cpu_count() or 1)
        self.startup_timeout = startup_timeout
        # A log we made ourselves is removed on stop; errors quote its tail before that.
        self._own_log = log_path is None
        self.log_path = (
            Path(log_path)
            if log_path
            else Path(tempfile.mkstemp(prefix="llama-server-", suffix=".log")[1])
        )
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def base_url(self) -> str:
        """The OpenAI-compatible base URL, ``http://127.0.0.1:PORT/v1``."""
        return f"http://{self.host}:{self.port}/v1"

    def command(self) -> list[str]:
        """The command line that starts the server."""
        return [
            sys.executable,
            "-m",
            "llama_cpp.server",
            "--model",
            str(self.model_path),
            "--model_alias",
            self.alias,
            "--host",
            self.host,
            "--port",
            str(self.port),
            "--n_ctx",
            str(self.n_ctx),
            "--n_threads",
            str(self.n_threads),
        ]

    def start(self) -> LlamaServer:
        """Start the server and wait until it answers ``GET /v1/models``."""
        try:
            import llama_cpp.server  # noqa: F401
        except ImportError as exc:
            raise ModelConfigError(
                "llama_cpp.server is not installed", hint=LOCAL_EXTRA_HINT
            ) from exc
        log = self.log_path.open("wb")
        try:
            # Passive OpenMP waits: spinning threads make a shared or busy CPU far slower.
            env = {**os.environ, "OMP_WAIT_POLICY": "PASSIVE"}
            self.process = subprocess.Popen(
                self.command(),
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                env=env,
            )
        finally:
            log.close()
        try:
            self._wait_ready()
        except BaseException:
            self.stop()
            raise
        return self

    def _wait_ready(self) -> None:
        assert self.process is not None
        deadline = time.monotonic() + self.startup_timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise ModelConfigError(
                    f"llama_cpp.server exited with code {self.process.returncode} during start-up",
                    hint=f"see its log: {self.tail_log()}",
                )
            try:
                if _get(f"{self.base_url}/models", timeout=2.0) == 200:
                    return
            except (urllib.error.URLError, OSError, json.JSONDecodeError):
                pass
            time.sleep(0.2)
        raise ModelTimeout(
            f"llama_cpp.server on {self.base_url} was not ready after {self.startup_timeout:g}s",
            hint=f"see its log: {self.tail_log()}",
        )

    def tail_log(self, lines: int = 15) -> str:
        """The last lines of the server's output, for error messages."""
        try:
            text = self.log_path.read_text(errors="replace")
        except OSError:
            return "(no log)"
        return " | ".join(text.strip().splitlines()[-lines:])

    def stop(self) -> None:
        """Stop the server: SIGTERM, then SIGKILL if it has not exited after 10 s."""
        proc, self.process = self.process, None
        if proc is not None and proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=10)
        if self._own_log:
            self.log_path.unlink(missing_ok=True)

    def __enter__(self) -> LlamaServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
