"""A throwaway PostgreSQL server for tests and benchmarks, from Debian's ``postgresql`` package.

:class:`PostgresServer` runs ``initdb`` and ``postgres`` from ``/usr/lib/postgresql/*/bin``
(``REHEARSE_PG_BIN`` overrides the folder) in a fresh temporary directory, listening on
127.0.0.1 and a free port only, with durability switched off (``fsync=off``: the data is
thrown away afterwards). PostgreSQL refuses to run as root, so under root (as in CI) both
run as an unprivileged system user (``REHEARSE_PG_USER``, default ``nobody``) that owns the
directory. The server gets SIGINT (fast shutdown) when the test run ends, and also when the
process that started it dies, so a killed test run leaves no server behind.

Each :meth:`PostgresServer.create_database` gives a test its own empty database.
"""

from __future__ import annotations

import contextlib
import ctypes
import glob
import os
import pwd
import shutil
import signal
import subprocess
import tempfile
import time
import uuid
from pathlib import Path

from tests.support.servers import free_port

SUPERUSER = "rehearse"
_PR_SET_PDEATHSIG = 1


class PostgresUnavailable(RuntimeError):
    """PostgreSQL (or the psycopg driver) is not installed, or the server would not start."""


def find_bin() -> Path:
    """The folder holding ``initdb`` and ``postgres``: the newest Debian major version."""
    env = os.environ.get("REHEARSE_PG_BIN", "").strip()
    candidates = [env] if env else glob.glob("/usr/lib/postgresql/*/bin")
    found = [Path(c) for c in candidates if (Path(c) / "initdb").is_file()]
    if not found:
        raise PostgresUnavailable(
            "no PostgreSQL binaries in /usr/lib/postgresql/*/bin: install the Debian package "
            "'postgresql' (make system-deps), or set REHEARSE_PG_BIN"
        )
    return max(found, key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0)


def _die_with_parent() -> None:
    # Runs in the child after the switch to the server's user (a credential change clears
    # the parent-death signal, so it must be set afterwards).
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(_PR_SET_PDEATHSIG, signal.SIGINT)


class PostgresServer:
    """A PostgreSQL server on 127.0.0.1 in a temporary directory; see the module doc."""

    def __init__(self, bin_dir: Path | None = None, run_as: str | None = None) -> None:
        self.bin_dir = bin_dir or find_bin()
        self.run_as = run_as or (
            os.environ.get("REHEARSE_PG_USER", "nobody") if os.geteuid() == 0 else None
        )
        self.port = free_port()
        self.root = Path(tempfile.mkdtemp(prefix="rehearse-pg-"))
        self.data = self.root / "data"
        self.log = self.root / "server.log"
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def admin_url(self) -> str:
        """A SQLAlchemy URL for the ``postgres`` maintenance database."""
        return self.url("postgres")

    def url(self, database: str) -> str:
        """A SQLAlchemy URL (psycopg 3 driver) for ``database`` on this server."""
        return f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def _user_kwargs(self) -> dict[str, object]:
        if self.run_as is None:
            return {}
        entry = pwd.getpwnam(self.run_as)
        return {"user": entry.pw_uid, "group": entry.pw_gid, "extra_groups": []}

    def start(self, timeout: float = 60.0) -> PostgresServer:
        """Create the cluster and start the server; raise :class:`PostgresUnavailable`."""
        try:
            import psycopg  # noqa: F401  (the driver the URLs name)
        except ImportError as exc:
            raise PostgresUnavailable(
                "the psycopg driver is missing: pip install -e '.[postgres]'"
            ) from exc
        kwargs = self._user_kwargs()
        if self.run_as is not None:
            entry = pwd.getpwnam(self.run_as)
            os.chown(self.root, entry.pw_uid, entry.pw_gid)
        self.root.chmod(0o700)
        env = {"PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}
        initdb = [
            str(self.bin_dir / "initdb"),
            "-D",
            str(self.data),
            "-U",
            SUPERUSER,
            "--auth=trust",
            "-E",
            "UTF8",
            "--no-sync",
        ]
        done = subprocess.run(
            initdb, capture_output=True, env=env, cwd=self.root, timeout=300, **kwargs
        )
        if done.returncode:
            raise PostgresUnavailable(f"initdb failed: {done.stderr.decode(errors='replace')}")
        server = [
            str(self.bin_dir / "postgres"),
            "-D",
            str(self.data),
            "-p",
            str(self.port),
            "-k",
            str(self.root),  # the Unix socket stays in our folder, not /var/run/postgresql
            "-c",
            "listen_addresses=127.0.0.1",
            "-c",
            "fsync=off",
            "-c",
            "synchronous_commit=off",
            "-c",
            "full_page_writes=off",
            "-c",
            "max_connections=200",
            "-c",
            "shared_buffers=32MB",
        ]
        with self.log.open("wb") as log:
            self.process = subprocess.Popen(
                server,
                stdout=log,
                stderr=subprocess.STDOUT,
                env=env,
                cwd=self.root,
                preexec_fn=_die_with_parent,
                **kwargs,  # type: ignore[arg-type]
            )
        self._wait_ready(timeout)
        return self

    def _wait_ready(self, timeout: float) -> None:
        import psycopg

        deadline = time.monotonic() + timeout
        last: Exception | None = None
        while time.monotonic() < deadline:
            assert self.process is not None
            if self.process.poll() is not None:
                raise PostgresUnavailable(f"postgres exited: {self.log.read_text()[-2000:]}")
            try:
                with psycopg.connect(self._dsn("postgres"), connect_timeout=2):
                    return
            except psycopg.OperationalError as exc:
                last = exc
                time.sleep(0.1)
        self.stop()
        raise PostgresUnavailable(f"postgres did not accept connections in {timeout}s: {last}")

    def _dsn(self, database: str) -> str:
        return f"host=127.0.0.1 port={self.port} user={SUPERUSER} dbname={database}"

    def create_database(self, name: str | None = None) -> str:
        """Create an empty database and return its SQLAlchemy URL."""
        import psycopg

        name = name or f"t_{uuid.uuid4().hex[:16]}"
        with psycopg.connect(self._dsn("postgres"), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        """Fast shutdown, then remove the directory."""
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None
        with contextlib.suppress(OSError):
            shutil.rmtree(self.root)

    def __enter__(self) -> PostgresServer:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()
