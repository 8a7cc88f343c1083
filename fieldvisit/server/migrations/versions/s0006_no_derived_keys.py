"""Search keys never sync: forget the ones laptops sent before (each laptop computes its own).

Revision ID: s0006
Revises: s0003
Create Date: 2026-12-02
"""

from __future__ import annotations

from alembic import op

revision = "s0006"
down_revision = "s0005"
branch_labels = None
depends_on = None

DERIVED = {"account": "search_key", "stakeholder": "search_key"}


def upgrade() -> None:
    for table, column in DERIVED.items():
        # Not a change laptops need to pull: the capture trigger stays out of it.
        op.execute(f'ALTER TABLE "{table}" DISABLE TRIGGER USER')
        op.execute(f'UPDATE "{table}" SET "{column}" = NULL WHERE "{column}" IS NOT NULL')
        op.execute(f'ALTER TABLE "{table}" ENABLE TRIGGER USER')


def downgrade() -> None:
    pass  # the keys were derived data: nothing to restore
