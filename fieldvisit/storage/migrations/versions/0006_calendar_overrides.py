"""Calendar overrides: days marked as working days or holidays by the team.

Revision ID: 0006_calendar
Revises: 0005_dayreport
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import fieldvisit.storage.base

revision = "0006_calendar"
down_revision = "0005_dayreport"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A new table only: nothing is rebuilt, no cascade can fire.
    op.create_table(
        "calendar_override",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("kind", sa.Enum("workday", "holiday", name="daykind", native_enum=False,
                                  create_constraint=False, length=32), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", fieldvisit.storage.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", fieldvisit.storage.base.UTCDateTime(), nullable=False),
        sa.Column("deleted_at", fieldvisit.storage.base.UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_calendar_override")),
        sa.UniqueConstraint("day", name=op.f("uq_calendar_override_day")),
    )


def downgrade() -> None:
    op.drop_table("calendar_override")
