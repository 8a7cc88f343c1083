"""Comments on contact records, the day report (日报) and comments on it.

Three new tables, nothing else changed.

Revision ID: 0005_dayreport
Revises: 0004_covsign
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from fieldvisit.storage.base import UTCDateTime

revision = "0005_dayreport"
down_revision = "0004_covsign"
branch_labels = None
depends_on = None


def _entity() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("deleted_at", UTCDateTime(), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "record_comment",
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("author_id", sa.Uuid(), nullable=True),
        sa.Column("written_at", UTCDateTime(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        *_entity(),
        sa.ForeignKeyConstraint(
            ["record_id"],
            ["contact_record.id"],
            name=op.f("fk_record_comment_record_id_contact_record"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["author_id"],
            ["team_member.id"],
            name=op.f("fk_record_comment_author_id_team_member"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_record_comment")),
    )
    with op.batch_alter_table("record_comment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_record_comment_record_id"), ["record_id"])
        batch_op.create_index(batch_op.f("ix_record_comment_author_id"), ["author_id"])

    op.create_table(
        "day_report",
        sa.Column("rep_id", sa.Uuid(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("sent_at", UTCDateTime(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        *_entity(),
        sa.ForeignKeyConstraint(
            ["rep_id"],
            ["team_member.id"],
            name=op.f("fk_day_report_rep_id_team_member"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_day_report")),
    )
    with op.batch_alter_table("day_report", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_day_report_day"), ["day"])
        batch_op.create_index("ix_day_report_rep_day", ["rep_id", "day"], unique=True)

    op.create_table(
        "day_report_comment",
        sa.Column("report_id", sa.Uuid(), nullable=False),
        sa.Column("author_id", sa.Uuid(), nullable=True),
        sa.Column("written_at", UTCDateTime(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        *_entity(),
        sa.ForeignKeyConstraint(
            ["report_id"],
            ["day_report.id"],
            name=op.f("fk_day_report_comment_report_id_day_report"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["author_id"],
            ["team_member.id"],
            name=op.f("fk_day_report_comment_author_id_team_member"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_day_report_comment")),
    )
    with op.batch_alter_table("day_report_comment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_day_report_comment_report_id"), ["report_id"])
        batch_op.create_index(batch_op.f("ix_day_report_comment_author_id"), ["author_id"])


def downgrade() -> None:
    op.drop_table("day_report_comment")
    op.drop_table("day_report")
    op.drop_table("record_comment")
