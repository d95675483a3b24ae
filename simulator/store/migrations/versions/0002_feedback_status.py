"""Feedback status: a coach marks a shared session reviewed, an owner has seen the feedback,
and a comment remembers when it was last edited.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Nullable columns with no default: existing rows read as "not reviewed", "feedback never
    # seen" and "never edited", which is what they are. batch_alter_table lets SQLite (which
    # cannot alter columns in place) take the same script as PostgreSQL.
    with op.batch_alter_table("shares") as batch:
        batch.add_column(sa.Column("reviewed_at", sa.DateTime(timezone=True), nullable=True))
    with op.batch_alter_table("sessions") as batch:
        batch.add_column(sa.Column("feedback_seen_at", sa.DateTime(timezone=True), nullable=True))
    with op.batch_alter_table("comments") as batch:
        batch.add_column(sa.Column("edited_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("comments") as batch:
        batch.drop_column("edited_at")
    with op.batch_alter_table("sessions") as batch:
        batch.drop_column("feedback_seen_at")
    with op.batch_alter_table("shares") as batch:
        batch.drop_column("reviewed_at")
