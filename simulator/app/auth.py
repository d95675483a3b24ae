"""Optional login: who may use the app, and whether they are a user or a coach.

Login is off unless one of these is set (read through :mod:`simulator.settings`):

``REHEARSE_USERS_FILE``
    A TOML (or YAML) file of users with password *hashes*, never passwords::

        [users.alice]
        password_hash = "scrypt$16384$8$1$..."
        role = "user"            # or "coach"

    ``python -m simulator.app.auth hash alice --role coach`` asks for a password and prints
    the entry to paste.
``REHEARSE_AUTH``
    ``"alice:pw,bob:pw,carol:pw:coach"`` for a quick local set-up; the passwords are hashed
    in memory as soon as they are read.

Hashes are scrypt (``scrypt$N$r$p$salt$hash``) or PBKDF2-SHA256
(``pbkdf2_sha256$iterations$salt$hash``), salt and hash in base64, compared in constant time.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from simulator.errors import ConfigError

if TYPE_CHECKING:
    from simulator.settings import Settings

Role = Literal["user", "coach"]
ROLES: tuple[Role, ...] = ("user", "coach")
LOCAL_USER = "local"
"""The owner of every session when login is off: one person on their own machine."""

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.@-]{0,63}$")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_password(password: str, *, salt: bytes | None = None) -> str:
    """An scrypt hash of ``password`` in the users-file format."""
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32
    )
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, encoded: str) -> bool:
    """Whether ``password`` matches ``encoded`` (scrypt or pbkdf2_sha256); False if malformed."""
    try:
        scheme, *parts = encoded.split("$")
        if scheme == "scrypt":
            n, r, p, salt, want = parts
            got = hashlib.scrypt(
                password.encode("utf-8"),
                salt=base64.b64decode(salt),
                n=int(n),
                r=int(r),
                p=int(p),
                dklen=len(base64.b64decode(want)),
                maxmem=2**26,
            )
        elif scheme == "pbkdf2_sha256":
            iterations, salt, want = parts
            got = hashlib.pbkdf2_hmac(
                "sha256", password.encode("utf-8"), base64.b64decode(salt), int(iterations)
            )
        else:
            return False
        return hmac.compare_digest(got, base64.b64decode(want))
    except (ValueError, TypeError):
        return False


def _check_hash(encoded: str) -> bool:
    scheme, *parts = encoded.split("$")
    return (scheme == "scrypt" and len(parts) == 5) or (
        scheme == "pbkdf2_sha256" and len(parts) == 3
    )


@dataclass(frozen=True)
class User:
    """A person who may log in."""

    name: str
    role: Role
    password_hash: str


@dataclass(frozen=True)
class Viewer:
    """Who is using the app right now.

    With login off there is one ``local`` person who is both the user and their own coach.
    """

    name: str
    role: Role = "user"
    login: bool = False

    @property
    def is_coach(self) -> bool:
        return self.role == "coach" or not self.login


class Users:
    """The people allowed in, checked by :meth:`check` (Gradio's ``launch(auth=...)``)."""

    def __init__(self, users: Mapping[str, User]) -> None:
        self._users = dict(users)
        # Verifying against a dummy hash for unknown names keeps the response time the same,
        # so timing does not reveal which user names exist.
        self._dummy = hash_password(secrets.token_hex(8))

    def __len__(self) -> int:
        return len(self._users)

    def __contains__(self, name: object) -> bool:
        return name in self._users

    def check(self, username: str, password: str) -> bool:
        """True if ``password`` is ``username``'s."""
        user = self._users.get(username)
        ok = verify_password(password, user.password_hash if user else self._dummy)
        return ok and user is not None

    def viewer(self, username: str | None) -> Viewer:
        """The :class:`Viewer` for a logged-in ``username``."""
        if username is None or username not in self._users:
            raise PermissionError("not logged in")
        return Viewer(username, self._users[username].role, login=True)

    def coaches(self) -> list[str]:
        """Names of users with the coach role, sorted."""
        return sorted(u.name for u in self._users.values() if u.role == "coach")

    @classmethod
    def from_env(cls, spec: str) -> Users:
        """``"alice:pw,bob:pw:coach"``: name, password and an optional role."""
        users: dict[str, User] = {}
        for i, item in enumerate(p.strip() for p in spec.split(",")):
            if not item:
                continue
            name, sep, rest = item.partition(":")
            password, role = rest, "user"
            if rest.rsplit(":", 1)[-1] in ROLES and ":" in rest:
                password, role = rest.rsplit(":", 1)
            if not sep or not password:
                raise ConfigError(
                    f"entry {i + 1} has no password",
                    field="REHEARSE_AUTH",
                    hint='write "name:password" or "name:password:coach", comma-separated',
                )
            users[_name(name, "REHEARSE_AUTH")] = User(name, role, hash_password(password))  # type: ignore[arg-type]
        if not users:
            raise ConfigError("no users", field="REHEARSE_AUTH", hint='e.g. "alice:secret"')
        return cls(users)

    @classmethod
    def from_file(cls, path: str | Path) -> Users:
        """Users from a TOML or YAML file with a ``users`` table (see the module doc)."""
        path = Path(path)
        data = _read_users_file(path)
        table = data.get("users") if isinstance(data, dict) else None
        if not isinstance(table, dict) or not table:
            raise ConfigError(
                "no [users] table", path=path, hint="add [users.NAME] with password_hash and role"
            )
        users: dict[str, User] = {}
        for name, entry in table.items():
            where = f"users.{name}"
            if not isinstance(entry, dict):
                raise ConfigError("must be a table", path=path, field=where)
            if "password" in entry:
                raise ConfigError(
                    "plain-text passwords are not accepted",
                    path=path,
                    field=f"{where}.password",
                    hint="store password_hash from `python -m simulator.app.auth hash NAME`",
                )
            encoded = entry.get("password_hash")
            if not isinstance(encoded, str) or not _check_hash(encoded):
                raise ConfigError(
                    "missing or malformed password_hash",
                    path=path,
                    field=f"{where}.password_hash",
                    hint="generate one with `python -m simulator.app.auth hash NAME`",
                )
            role = entry.get("role", "user")
            if role not in ROLES:
                raise ConfigError(
                    f"unknown role {role!r}", path=path, field=f"{where}.role", hint="user or coach"
                )
            users[_name(str(name), where, path)] = User(str(name), role, encoded)
        return cls(users)


MAX_USERS_FILE_BYTES = 1_000_000
"""A users file is a few lines per person; anything far larger is refused unread."""
_TOML_LINE = re.compile(r"\(at line (\d+), column \d+\)")


def _read_users_file(path: Path) -> object:
    """The parsed users file: bounded in size, UTF-8, and every problem a ConfigError with
    the file and, where the parser knows it, the line."""
    from simulator.content._yamlfile import decode_utf8, parse_yaml, read_bounded

    text = decode_utf8(read_bounded(path, MAX_USERS_FILE_BYTES, "users file"), path)
    if path.suffix.lower() in (".yaml", ".yml"):
        data, _lines = parse_yaml(text, path)
        return data if data is not None else {}
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = _TOML_LINE.search(str(exc))
        raise ConfigError(
            f"not valid TOML: {_TOML_LINE.sub('', str(exc)).strip()}",
            path=path,
            line=int(found[1]) if found else None,
            hint='each entry is [users.NAME] then password_hash = "..." and role = "user"',
        ) from exc
    except RecursionError as exc:
        raise ConfigError("TOML is nested too deeply", path=path, line=1) from exc


def _name(name: str, where: str, path: Path | None = None) -> str:
    if not _NAME.fullmatch(name):
        raise ConfigError(
            f"user name {name!r} is not allowed",
            path=path,
            field=where,
            hint="use letters, digits, '.', '_', '-' or '@', at most 64 characters",
        )
    return name


def load_users(settings: Settings | None = None) -> Users | None:
    """The users the settings configure (``REHEARSE_USERS_FILE``, else ``REHEARSE_AUTH``), or
    ``None`` when login is off."""
    if settings is None:
        from simulator.settings import get_settings

        settings = get_settings()
    if settings.users_file is not None:
        return Users.from_file(settings.users_file)
    if settings.auth is not None and settings.auth.strip():
        return Users.from_env(settings.auth)
    return None


def main(argv: list[str] | None = None) -> None:
    """``python -m simulator.app.auth hash NAME [--role coach]``: print a users-file entry."""
    import argparse
    import getpass

    parser = argparse.ArgumentParser(prog="python -m simulator.app.auth")
    sub = parser.add_subparsers(dest="cmd", required=True)
    h = sub.add_parser("hash", help="hash a password for the users file")
    h.add_argument("name")
    h.add_argument("--role", choices=ROLES, default="user")
    args = parser.parse_args(argv)
    _name(args.name, "name")
    password = getpass.getpass(f"Password for {args.name}: ")
    if password != getpass.getpass("Again: "):
        raise SystemExit("the passwords differ")
    print(
        f'[users."{args.name}"]\npassword_hash = "{hash_password(password)}"\nrole = "{args.role}"'
    )


if __name__ == "__main__":
    main()
