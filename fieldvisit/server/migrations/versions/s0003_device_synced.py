"""When each laptop last finished a sync: team figures say "as of" per rep.

Revision ID: s0003
Revises: s0002
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0003"
down_revision = "s0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("srv_device", sa.Column("last_synced_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    op.drop_column("srv_device", "last_synced_at")
