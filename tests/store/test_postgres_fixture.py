"""The PostgreSQL fixture itself: where the server is missing, CI fails and laptops skip."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.postgres import PostgresServer

ROOT = Path(__file__).parents[2]
ONE_PG_TEST = "tests/store/test_database.py::test_fresh_database_migrates_to_head[postgresql]"


def _inner(ci: str | None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    env["REHEARSE_PG_BIN"] = "/nonexistent/postgresql/bin"
    if ci is not None:
        env["CI"] = ci
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-rs", ONE_PG_TEST],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.mark.parametrize(
    ("ci", "fails"),
    [
        pytest.param("true", True, id="ci-fails"),
        pytest.param(None, False, id="laptop-skips"),
    ],
)
def test_missing_postgres_fails_only_under_ci(ci: str | None, fails: bool) -> None:
    """Without PostgreSQL binaries the PostgreSQL cases fail under CI (so CI can never pass
    without proving both backends) and are skipped, with the reason, elsewhere."""
    done = _inner(ci)
    output = done.stdout + done.stderr
    if fails:
        assert done.returncode != 0, output
        assert "PostgreSQL is required under CI" in output, output
    else:
        assert done.returncode == 0, output
        assert "1 skipped" in output and "install the Debian package" in output, output


def test_server_runs_unprivileged_on_loopback(postgres_server: PostgresServer) -> None:
    """The shared server listens on 127.0.0.1 only and, under root, runs as another user."""
    import psycopg

    url = postgres_server.create_database()
    dsn = url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(dsn) as conn:
        listen = conn.execute("SHOW listen_addresses").fetchone()
        pid = conn.execute("SELECT pg_backend_pid()").fetchone()
        assert pid is not None
        # Read while connected: the backend process exits when the connection closes.
        owner = Path(f"/proc/{pid[0]}").stat().st_uid
    assert listen == ("127.0.0.1",)
    if os.geteuid() == 0:
        assert owner != 0
