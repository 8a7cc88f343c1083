"""Alembic environment of the server-only tables (their own version table)."""

from __future__ import annotations

from alembic import context

from fieldvisit.server.models import ServerBase

VERSION_TABLE = "srv_schema_version"


def run_migrations_online() -> None:
    connection = context.config.attributes["connection"]
    context.configure(
        connection=connection,
        target_metadata=ServerBase.metadata,
        version_table=VERSION_TABLE,
        transactional_ddl=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
