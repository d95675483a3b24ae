"""Store tests run against SQLite and a real PostgreSQL server (see tests/support/postgres.py).

``store_url`` is parametrised over both backends; the PostgreSQL server starts once per test
session, on first use, and each test gets its own empty database on it. Where PostgreSQL is
not installed the PostgreSQL cases are skipped with the reason, except under CI (``CI`` set
to anything but ``false``/``0``), where a missing server is a failure: CI must prove both.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from simulator.store.database import Store
from tests.support.postgres import PostgresServer, PostgresUnavailable

BACKENDS = [pytest.param("sqlite", id="sqlite"), pytest.param("postgresql", id="postgresql")]


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """One PostgreSQL server for the whole test session."""
    server: PostgresServer | None = None
    try:
        server = PostgresServer()
        server.start()
    except PostgresUnavailable as exc:
        if server is not None:
            server.stop()
        if _in_ci():
            pytest.fail(f"PostgreSQL is required under CI: {exc}", pytrace=False)
        pytest.skip(f"PostgreSQL unavailable: {exc}")
    yield server
    server.stop()


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A SQLAlchemy URL for an empty database, once per backend."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'rehearse.db'}"
    server: PostgresServer = request.getfixturevalue("postgres_server")
    return server.create_database()


@pytest.fixture
def store(tmp_path: Path, store_url: str) -> Iterator[Store]:
    """A migrated store on each backend, its transcript files in ``tmp_path``."""
    s = Store(tmp_path, url=store_url, busy_timeout=0.2)
    s.migrate()
    yield s
    s.close()
