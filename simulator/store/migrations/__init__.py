"""Alembic migrations for the history database, shipped inside the package.

The app runs :func:`upgrade` at startup, the programmatic ``alembic upgrade head``; no
``alembic.ini`` is needed. To add a migration after changing :mod:`simulator.store.database`::

    python -m simulator.store.migrations revision -m "what changed"

which autogenerates a script in ``versions/`` from the models (review it before committing).
"""

from __future__ import annotations

import sys
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine

HERE = Path(__file__).resolve().parent


def config(engine: Engine | None = None) -> Config:
    """An Alembic config pointing at these scripts (and ``engine``'s database, if given)."""
    cfg = Config()
    cfg.set_main_option("script_location", str(HERE))
    if engine is not None:
        cfg.set_main_option(
            "sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%")
        )
    return cfg


def upgrade(engine: Engine, revision: str = "head") -> None:
    """``alembic upgrade REVISION`` on ``engine``'s database, in one transaction."""
    with engine.begin() as conn:
        cfg = config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def downgrade(engine: Engine, revision: str) -> None:
    """``alembic downgrade REVISION`` on ``engine``'s database."""
    with engine.begin() as conn:
        cfg = config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)


def current(engine: Engine) -> str | None:
    """The revision the database is at, or ``None`` before the first migration."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head() -> str:
    """The newest revision shipped."""
    from alembic.script import ScriptDirectory

    found = ScriptDirectory.from_config(config()).get_current_head()
    assert found is not None
    return found


def main(argv: list[str] | None = None) -> None:
    """``python -m simulator.store.migrations revision -m MSG`` | ``upgrade`` | ``current``,
    against ``REHEARSE_DB_URL`` or the SQLite file in the data folder."""
    import argparse

    from simulator.store.database import Store

    parser = argparse.ArgumentParser(prog="python -m simulator.store.migrations")
    sub = parser.add_subparsers(dest="cmd", required=True)
    rev = sub.add_parser("revision", help="autogenerate a migration from the models")
    rev.add_argument("-m", "--message", required=True)
    sub.add_parser("upgrade", help="migrate the database to the newest revision")
    sub.add_parser("current", help="print the database's revision")
    args = parser.parse_args(argv)
    store = Store()
    if args.cmd == "upgrade":
        upgrade(store.engine)
    elif args.cmd == "current":
        print(current(store.engine) or "(empty database)")
    else:
        with store.engine.begin() as conn:
            cfg = config()
            cfg.attributes["connection"] = conn
            command.revision(cfg, message=args.message, autogenerate=True)
    sys.exit(0)


if __name__ == "__main__":
    main()
