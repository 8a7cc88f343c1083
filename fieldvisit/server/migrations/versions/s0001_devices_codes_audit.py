"""Server-only tables: devices, enrolment codes, audit trail.

Revision ID: s0001
Revises:
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "srv_device",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column(
            "member_id",
            sa.Uuid(),
            sa.ForeignKey(
                "team_member.id", ondelete="CASCADE", name="fk_srv_device_member_id_team_member"
            ),
            nullable=False,
        ),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(), nullable=True),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.UniqueConstraint("token_hash", name="uq_srv_device_token_hash"),
    )
    op.create_index("ix_srv_device_member_id", "srv_device", ["member_id"])
    op.create_table(
        "srv_enrolment_code",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column(
            "member_id",
            sa.Uuid(),
            sa.ForeignKey(
                "team_member.id",
                ondelete="CASCADE",
                name="fk_srv_enrolment_code_member_id_team_member",
            ),
            nullable=False,
        ),
        sa.Column("code_hash", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.Column("used_at", sa.DateTime(), nullable=True),
        sa.Column("device_id", sa.Uuid(), nullable=True),
        sa.UniqueConstraint("code_hash", name="uq_srv_enrolment_code_code_hash"),
    )
    op.create_index("ix_srv_enrolment_code_member_id", "srv_enrolment_code", ["member_id"])
    op.create_table(
        "srv_audit_event",
        sa.Column("id", sa.BigInteger(), primary_key=True, autoincrement=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("member_id", sa.Uuid(), nullable=True),
        sa.Column("device_id", sa.Uuid(), nullable=True),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("subject_id", sa.Uuid(), nullable=True),
    )
    op.create_index("ix_srv_audit_event_member_id", "srv_audit_event", ["member_id"])


def downgrade() -> None:
    op.drop_table("srv_audit_event")
    op.drop_table("srv_enrolment_code")
    op.drop_table("srv_device")
