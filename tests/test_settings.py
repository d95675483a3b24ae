"""Pins simulator.settings as the one reader of the environment for data, database and logins."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from simulator.content import catalog
from simulator.settings import Settings, get_settings
from simulator.store.database import database_url, default_data_dir


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        pytest.param({"REHEARSE_DATA_DIR": "/srv/rehearse"}, Path("/srv/rehearse"), id="explicit"),
        pytest.param({"REHEARSE_DATA_DIR": "  "}, None, id="blank-means-default"),
        pytest.param({"XDG_DATA_HOME": "/x"}, Path("/x/rehearse"), id="xdg"),
    ],
)
def test_data_dir_comes_from_settings(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], expected: Path | None
) -> None:
    """The store's data folder is what Settings resolves: the variable, else the platform's."""
    monkeypatch.delenv("REHEARSE_DATA_DIR", raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    got = default_data_dir()
    if expected is None:
        assert got.name == "rehearse" and got != Path("  ")
    else:
        assert got == expected


def test_db_url_defaults_to_sqlite_in_the_data_dir(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without REHEARSE_DB_URL the database is a SQLite file beside the transcripts."""
    monkeypatch.delenv("REHEARSE_DB_URL", raising=False)
    assert database_url(Path("/d")) == "sqlite:////d/rehearse.db"
    monkeypatch.setenv("REHEARSE_DB_URL", "postgresql+psycopg://u@127.0.0.1/r")
    assert database_url(Path("/d")) == "postgresql+psycopg://u@127.0.0.1/r"


def test_extra_folders_are_read_once_here(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """REHEARSE_PERSONAS lists folders separated by os.pathsep; the catalog searches them."""
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    monkeypatch.setenv("REHEARSE_PERSONAS", f"{a}{os.pathsep}{b}")
    assert get_settings().folders("personas") == [a, b]
    assert catalog.search_dirs("personas")[1:] == [a, b]


@pytest.mark.parametrize(
    ("var", "field"),
    [
        pytest.param("RAY_ADDRESS", "ray_address", id="ray-address-unprefixed"),
        pytest.param("REHEARSE_AUTH", "auth", id="quick-logins"),
        pytest.param("REHEARSE_USERS_FILE", "users_file", id="users-file"),
    ],
)
def test_every_variable_is_a_settings_field(
    monkeypatch: pytest.MonkeyPatch, var: str, field: str
) -> None:
    """Each variable the app reads is a validated field; a blank one means unset."""
    monkeypatch.setenv(var, "x")
    assert getattr(Settings(), field) in ("x", Path("x"))
    monkeypatch.setenv(var, " ")
    assert getattr(Settings(), field) is None
