"""Search keys on accounts and stakeholders, the promise's agreed-on day, editor drafts.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import fieldvisit.storage.base

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN: no table rebuild. NULL search keys are rebuilt by the app.
    with op.batch_alter_table("account", schema=None) as batch_op:
        batch_op.add_column(sa.Column("search_key", sa.Text(), nullable=True))
    with op.batch_alter_table("stakeholder", schema=None) as batch_op:
        batch_op.add_column(sa.Column("search_key", sa.Text(), nullable=True))
    with op.batch_alter_table("promise", schema=None) as batch_op:
        batch_op.add_column(sa.Column("agreed_on", sa.Date(), nullable=True))

    op.create_table(
        "draft",
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("subject_id", sa.Uuid(), nullable=True),
        sa.Column("author_id", sa.Uuid(), nullable=True),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", fieldvisit.storage.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", fieldvisit.storage.base.UTCDateTime(), nullable=False),
        sa.Column("deleted_at", fieldvisit.storage.base.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["author_id"],
            ["team_member.id"],
            name=op.f("fk_draft_author_id_team_member"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_draft")),
    )
    with op.batch_alter_table("draft", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_draft_author_id"), ["author_id"], unique=False)
        batch_op.create_index("ix_draft_kind_subject", ["kind", "subject_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("draft", schema=None) as batch_op:
        batch_op.drop_index("ix_draft_kind_subject")
        batch_op.drop_index(batch_op.f("ix_draft_author_id"))
    op.drop_table("draft")
    with op.batch_alter_table("promise", schema=None) as batch_op:
        batch_op.drop_column("agreed_on")
    with op.batch_alter_table("stakeholder", schema=None) as batch_op:
        batch_op.drop_column("search_key")
    with op.batch_alter_table("account", schema=None) as batch_op:
        batch_op.drop_column("search_key")
