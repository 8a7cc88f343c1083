"""Merged accounts and people: where a removed one went, so changes made offline against it
land on the kept one. Each applied mutation keeps its answer, so a replay after a lost
answer is told again about a refusal or an overwrite.

Revision ID: s0004
Revises: s0003
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision = "s0004"
down_revision = "s0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("srv_mutation", sa.Column("answer", JSONB(), nullable=True))
    op.create_table(
        "srv_merge",
        sa.Column("removed_id", sa.Uuid(), primary_key=True),
        sa.Column("target", sa.String(length=20), nullable=False),
        sa.Column("kept_id", sa.Uuid(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("member_id", sa.Uuid(), nullable=True),
    )


def downgrade() -> None:
    op.drop_column("srv_mutation", "answer")
    op.drop_table("srv_merge")
