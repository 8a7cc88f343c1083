"""Each person's acknowledgement code (a PIN; only a salted scrypt key derived from it): the
rep proves who they are when acknowledging a co-visit report in person on the manager's laptop.

Revision ID: s0005
Revises: s0004
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0005"
down_revision = "s0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "srv_ack_code",
        sa.Column(
            "member_id",
            sa.Uuid(),
            sa.ForeignKey(
                "team_member.id", ondelete="CASCADE", name="fk_srv_ack_code_member_id_team_member"
            ),
            primary_key=True,
        ),
        sa.Column("code_hash", sa.String(64), nullable=False),
        sa.Column("salt", sa.String(32), nullable=False),
        sa.Column("set_at", sa.DateTime(), nullable=False),
        sa.Column("failed_attempts", sa.Integer(), nullable=False, server_default="0"),
    )


def downgrade() -> None:
    op.drop_table("srv_ack_code")
