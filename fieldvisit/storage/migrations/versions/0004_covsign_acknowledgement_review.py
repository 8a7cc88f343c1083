"""The acknowledgement bound to what the rep saw; where an action was last reviewed; the
manager's comment on the day.

Revision ID: 0004_covsign
Revises: 0003
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_covsign"
down_revision = "0004_covcalls"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN on SQLite: no table rebuild, no cascade can fire.
    with op.batch_alter_table("covisit", schema=None) as batch_op:
        batch_op.add_column(sa.Column("rep_acknowledged_hash", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("manager_comments", sa.Text(), nullable=True))
    with op.batch_alter_table("action_item", schema=None) as batch_op:
        batch_op.add_column(sa.Column("reviewed_in_id", sa.Uuid(), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_action_item_reviewed_in_id"), ["reviewed_in_id"], unique=False
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_action_item_reviewed_in_id_covisit"),
            "covisit",
            ["reviewed_in_id"],
            ["id"],
            ondelete="SET NULL",
        )


def downgrade() -> None:
    with op.batch_alter_table("action_item", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_action_item_reviewed_in_id_covisit"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_action_item_reviewed_in_id"))
        batch_op.drop_column("reviewed_in_id")
    with op.batch_alter_table("covisit", schema=None) as batch_op:
        batch_op.drop_column("manager_comments")
        batch_op.drop_column("rep_acknowledged_hash")
