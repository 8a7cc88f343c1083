"""Row-level security on the synced tables: a second line behind the service's checks.

The caller role, its grants and one policy per synced table (see
:mod:`fieldvisit.server.security`, which renews them at every start for tables added
later).

Revision ID: s0007
Revises: s0006
Create Date: 2026-12-02
"""

from __future__ import annotations

from alembic import op

revision = "s0007"
down_revision = "s0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from fieldvisit.server.security import install_row_security

    install_row_security(op.get_bind(), renew=True)


def downgrade() -> None:
    from fieldvisit.server.security import POLICY
    from fieldvisit.sync.tables import synced_tables

    for t in synced_tables():
        op.execute(f'DROP POLICY IF EXISTS {POLICY} ON "{t.name}"')
        op.execute(f'ALTER TABLE "{t.name}" DISABLE ROW LEVEL SECURITY')
