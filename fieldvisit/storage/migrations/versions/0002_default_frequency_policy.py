"""Seed the default tier frequency policy of DOMAIN.md §5.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import sqlalchemy as sa
from alembic import op
from fieldvisit import clock

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# Frozen copy of the rules as of this revision: later edits to the domain defaults
# must not change what this migration wrote.
_RULES = (
    ("A1", 2, "week", 4),
    ("A2", 1, "week", 3),
    ("B1", 1, "week", 2),
    ("B2", 1, "two_weeks", 1),
    ("C", 1, "two_weeks", None),
)
_POLICY_ID = uuid.UUID("5f0c7a52-3f55-4c6e-9d4e-5d2b1f2a0001")


def upgrade() -> None:
    now = clock.now_utc().replace(tzinfo=None)
    policy = sa.table(
        "frequency_policy",
        sa.column("id", sa.Uuid()),
        sa.column("name", sa.String()),
        sa.column("effective_from", sa.Date()),
        sa.column("created_at", sa.DateTime()),
        sa.column("updated_at", sa.DateTime()),
    )
    rule = sa.table(
        "frequency_rule",
        sa.column("id", sa.Uuid()),
        sa.column("policy_id", sa.Uuid()),
        sa.column("sub_tier", sa.String()),
        sa.column("phone_contacts", sa.Integer()),
        sa.column("phone_period", sa.String()),
        sa.column("visits_per_month", sa.Integer()),
        sa.column("created_at", sa.DateTime()),
        sa.column("updated_at", sa.DateTime()),
    )
    op.bulk_insert(
        policy,
        [
            {
                "id": _POLICY_ID,
                "name": "Default tier frequency",
                "effective_from": date(2000, 1, 1),
                "created_at": now,
                "updated_at": now,
            }
        ],
    )
    op.bulk_insert(
        rule,
        [
            {
                "id": uuid.uuid5(_POLICY_ID, sub_tier),
                "policy_id": _POLICY_ID,
                "sub_tier": sub_tier,
                "phone_contacts": phone,
                "phone_period": period,
                "visits_per_month": visits,
                "created_at": now,
                "updated_at": now,
            }
            for sub_tier, phone, period, visits in _RULES
        ],
    )


def downgrade() -> None:
    op.execute(sa.text("DELETE FROM frequency_rule WHERE policy_id = :p").bindparams(p=_POLICY_ID.hex))
    op.execute(sa.text("DELETE FROM frequency_policy WHERE id = :p").bindparams(p=_POLICY_ID.hex))
