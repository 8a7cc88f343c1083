"""The change log laptops pull from, the applied-mutation record, and the capture function.

Revision ID: s0002
Revises: s0001
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0002"
down_revision = "s0001"
branch_labels = None
depends_on = None

CAPTURE = """
CREATE OR REPLACE FUNCTION srv_capture() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    r jsonb;
    k jsonb := '[]'::jsonb;
    owner_col text := NULLIF(TG_ARGV[0], '');
    moved_from uuid := NULL;
BEGIN
    IF TG_OP = 'DELETE' THEN r := to_jsonb(OLD); ELSE r := to_jsonb(NEW); END IF;
    FOR i IN 1 .. TG_NARGS - 1 LOOP
        k := k || jsonb_build_array(r -> TG_ARGV[i]);
    END LOOP;
    IF TG_OP = 'UPDATE' AND owner_col IS NOT NULL
       AND (to_jsonb(OLD) -> owner_col) IS DISTINCT FROM (r -> owner_col) THEN
        moved_from := (to_jsonb(OLD) ->> owner_col)::uuid;
    END IF;
    INSERT INTO srv_change (table_name, row_key, op, old_owner)
    VALUES (TG_TABLE_NAME, k, CASE WHEN TG_OP = 'DELETE' THEN 'delete' ELSE 'upsert' END,
            moved_from);
    RETURN NULL;
END $$;
"""


def upgrade() -> None:
    # xid8: the writing transaction, so a pull can wait for every older one to finish.
    op.execute(
        "CREATE TABLE srv_change ("
        " id bigserial CONSTRAINT pk_srv_change PRIMARY KEY,"
        " xid xid8 NOT NULL DEFAULT pg_current_xact_id(),"
        " table_name varchar(63) NOT NULL,"
        " row_key jsonb NOT NULL,"
        " op varchar(10) NOT NULL,"
        " old_owner uuid)"
    )
    op.create_index("ix_srv_change_xid_id", "srv_change", ["xid", "id"])
    op.create_table(
        "srv_mutation",
        sa.Column("device_id", sa.Uuid(), primary_key=True),
        sa.Column("mutation_id", sa.BigInteger(), primary_key=True),
        sa.Column("at", sa.DateTime(), nullable=False, server_default=sa.text("now()")),
    )
    op.execute(CAPTURE)


def downgrade() -> None:
    op.execute("DROP FUNCTION IF EXISTS srv_capture() CASCADE")
    op.drop_table("srv_mutation")
    op.drop_table("srv_change")
