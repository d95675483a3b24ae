"""Optional login: hashed passwords only, roles, and configuration errors that say where."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.app.auth import Users, hash_password, load_users, verify_password
from simulator.errors import ConfigError
from simulator.settings import Settings


@pytest.mark.parametrize(
    ("encoded", "password", "ok"),
    [
        pytest.param(hash_password("s3cret"), "s3cret", True, id="scrypt-match"),
        pytest.param(hash_password("s3cret"), "S3cret", False, id="scrypt-wrong"),
        pytest.param(
            "pbkdf2_sha256$1000$c2FsdA==$Bk+3NgCWyhGGNOOsaPq2L8Ld2r4aXBjHqsG7lO0kxXg=",
            "pw",
            False,
            id="pbkdf2-wrong",
        ),
        pytest.param("plain", "plain", False, id="not-a-hash"),
        pytest.param("scrypt$x$y", "pw", False, id="malformed"),
    ],
)
def test_verify_password(encoded: str, password: str, ok: bool) -> None:
    """Only a matching scrypt/PBKDF2 hash verifies; malformed hashes never do."""
    assert verify_password(password, encoded) is ok


def test_pbkdf2_hashes_verify() -> None:
    """PBKDF2-SHA256 hashes made elsewhere are accepted."""
    import base64
    import hashlib

    salt = b"saltsalt"
    digest = hashlib.pbkdf2_hmac("sha256", b"pw", salt, 1000)
    enc = (
        f"pbkdf2_sha256$1000${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"
    )
    assert verify_password("pw", enc)


def test_users_from_env() -> None:
    """REHEARSE_AUTH gives users with roles; passwords are kept only as hashes."""
    users = Users.from_env("alice:pw1, bob:pw2, carol:pw3:coach")
    assert users.check("alice", "pw1") and not users.check("alice", "pw2")
    assert not users.check("mallory", "pw1")
    assert users.viewer("carol").is_coach and not users.viewer("alice").is_coach
    assert users.coaches() == ["carol"]
    assert "pw1" not in repr(users._users)


def test_users_file(tmp_path: Path) -> None:
    """A TOML users file with hashes and roles logs people in."""
    f = tmp_path / "users.toml"
    f.write_text(
        f'[users.alice]\npassword_hash = "{hash_password("a")}"\n'
        f'[users.carol]\npassword_hash = "{hash_password("c")}"\nrole = "coach"\n'
    )
    users = load_users(Settings(users_file=f))
    assert users.check("alice", "a") and users.check("carol", "c")
    assert users.viewer("alice").role == "user" and users.coaches() == ["carol"]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        pytest.param('[users.alice]\npassword = "pw"\n', "users.alice.password", id="plain-text"),
        pytest.param('[users.alice]\npassword_hash = "x"\n', "password_hash", id="bad-hash"),
        pytest.param(
            f'[users.alice]\npassword_hash = "{hash_password("a")}"\nrole = "admin"\n',
            "users.alice.role",
            id="bad-role",
        ),
        pytest.param("nothing = 1\n", "no [users] table", id="no-table"),
        pytest.param("[users\n", "not valid", id="syntax"),
    ],
)
def test_bad_users_file_names_the_problem(tmp_path: Path, body: str, field: str) -> None:
    """A wrong users file is refused with the file and the field at fault."""
    f = tmp_path / "users.toml"
    f.write_text(body)
    with pytest.raises(ConfigError) as err:
        Users.from_file(f)
    assert str(f) in str(err.value) and field in str(err.value)


@pytest.mark.parametrize(
    "auth",
    [pytest.param(None, id="unset"), pytest.param("  ", id="blank")],
)
def test_login_is_off_by_default(auth: str | None) -> None:
    """With neither variable set (or set blank) there is no login."""
    assert load_users(Settings(users_file=None, auth=auth)) is None


def test_quick_login_list_from_the_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    """REHEARSE_AUTH is read through the settings: names, passwords and roles."""
    monkeypatch.delenv("REHEARSE_USERS_FILE", raising=False)
    monkeypatch.setenv("REHEARSE_AUTH", "alice:apw,carol:cpw:coach")
    users = load_users()
    assert users is not None and users.check("alice", "apw") and users.coaches() == ["carol"]


@pytest.mark.parametrize(
    "spec",
    [pytest.param("alice", id="no-password"), pytest.param(" , ", id="empty")],
)
def test_bad_env_spec(spec: str) -> None:
    """A REHEARSE_AUTH entry without a password is an error naming the variable."""
    with pytest.raises(ConfigError, match="REHEARSE_AUTH"):
        Users.from_env(spec)
