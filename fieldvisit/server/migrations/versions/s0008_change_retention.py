"""Keeping the change log to its retention: marks of when each point of the log was
reached (server clock), what was pruned, and an index to find a row's newer entries.

Revision ID: s0008
Revises: s0007
Create Date: 2026-12-02
"""

from __future__ import annotations

from alembic import op

revision = "s0008"
down_revision = "s0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "CREATE TABLE srv_change_mark ("
        " id bigserial CONSTRAINT pk_srv_change_mark PRIMARY KEY,"
        " at timestamp NOT NULL,"
        " log_xmin xid8 NOT NULL)"
    )
    op.execute(
        "CREATE TABLE srv_pruned ("
        " one integer CONSTRAINT pk_srv_pruned PRIMARY KEY CHECK (one = 1),"
        " last_xid xid8 NOT NULL,"
        " last_id bigint NOT NULL,"
        " at timestamp NOT NULL)"
    )
    op.create_index("ix_srv_change_row", "srv_change", ["table_name", "row_key"])


def downgrade() -> None:
    op.drop_index("ix_srv_change_row", "srv_change")
    op.drop_table("srv_pruned")
    op.drop_table("srv_change_mark")
