"""Alembic environment: one transaction for the whole upgrade, foreign keys checked at the end."""

from __future__ import annotations

from alembic import context
from sqlalchemy import text

import fieldvisit.storage.models  # noqa: F401  (fills Base.metadata)
from fieldvisit.domain.errors import MigrationError
from fieldvisit.i18n import message
from fieldvisit.storage.base import Base


def _check_foreign_keys(connection) -> None:  # type: ignore[no-untyped-def]
    # Migrations run with foreign keys off (a batch table rebuild with cascades on would
    # silently delete child rows), so prove the result is consistent before committing.
    if connection.dialect.name != "sqlite":
        return
    problems = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
    if problems:
        sample = ", ".join(f"{row[0]} row {row[1]} -> {row[2]}" for row in problems[:5])
        raise MigrationError(
            message(
                "The upgrade would leave {count} broken references ({sample}); "
                "it was rolled back and the database is unchanged.",
                count=len(problems),
                sample=sample,
            )
        )


def run_migrations_online() -> None:
    connection = context.config.attributes["connection"]
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        transactional_ddl=True,
        compare_type=True,
    )
    with context.begin_transaction():
        before = context.get_context().get_current_revision()
        context.run_migrations()
        if context.get_context().get_current_revision() != before:
            _check_foreign_keys(connection)


run_migrations_online()
