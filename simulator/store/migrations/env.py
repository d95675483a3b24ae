"""Alembic environment: runs against the connection :mod:`simulator.store.migrations` hands in."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from simulator.store.tables import metadata

cfg = context.config


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=metadata,
        # SQLite cannot ALTER most things; batch mode rebuilds the table instead.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = cfg.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    engine = create_engine(cfg.get_main_option("sqlalchemy.url") or "")
    with engine.begin() as conn:
        _run(conn)
