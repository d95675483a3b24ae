"""Sessions, shares and comments.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sessions",
        sa.Column("id", sa.String(length=200), nullable=False),
        sa.Column("owner", sa.String(length=128), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("persona_id", sa.String(length=64), nullable=True),
        sa.Column("persona_name", sa.String(length=200), nullable=True),
        sa.Column("rubric_id", sa.String(length=64), nullable=False),
        sa.Column("partner", sa.String(length=200), nullable=True),
        sa.Column("manager_turns", sa.Integer(), nullable=False),
        sa.Column("overall", sa.Float(), nullable=True),
        sa.Column("empathy", sa.Float(), nullable=True),
        sa.Column("execution", sa.Float(), nullable=True),
        sa.Column("scores", sa.JSON(), nullable=False),
        sa.Column("layers_disclosed", sa.Integer(), nullable=True),
        sa.Column("layers_total", sa.Integer(), nullable=True),
        sa.Column("committed", sa.Boolean(), nullable=False),
        sa.Column("end_reason", sa.String(length=32), nullable=True),
        sa.Column("transcript", sa.JSON(), nullable=False),
        sa.Column("scorecard", sa.JSON(), nullable=False),
        sa.Column("transcript_file", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sessions")),
    )
    op.create_index(op.f("ix_sessions_created_at"), "sessions", ["created_at"])
    op.create_index(op.f("ix_sessions_owner"), "sessions", ["owner"])
    op.create_index(op.f("ix_sessions_persona_id"), "sessions", ["persona_id"])

    op.create_table(
        "comments",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("session_id", sa.String(length=200), nullable=False),
        sa.Column("turn", sa.Integer(), nullable=True),
        sa.Column("author", sa.String(length=128), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
            name=op.f("fk_comments_session_id_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_comments")),
    )
    op.create_index(op.f("ix_comments_session_id"), "comments", ["session_id"])

    op.create_table(
        "shares",
        sa.Column("session_id", sa.String(length=200), nullable=False),
        sa.Column("coach", sa.String(length=128), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
            name=op.f("fk_shares_session_id_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("session_id", "coach", name=op.f("pk_shares")),
    )
    op.create_index(op.f("ix_shares_coach"), "shares", ["coach"])


def downgrade() -> None:
    op.drop_index(op.f("ix_shares_coach"), table_name="shares")
    op.drop_table("shares")
    op.drop_index(op.f("ix_comments_session_id"), table_name="comments")
    op.drop_table("comments")
    op.drop_index(op.f("ix_sessions_persona_id"), table_name="sessions")
    op.drop_index(op.f("ix_sessions_owner"), table_name="sessions")
    op.drop_index(op.f("ix_sessions_created_at"), table_name="sessions")
    op.drop_table("sessions")
