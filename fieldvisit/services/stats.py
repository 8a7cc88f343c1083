"""How much the database holds."""

from __future__ import annotations

from sqlalchemy import func, select

from fieldvisit.storage.base import Base
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import Account


def entity_counts(db: Database, tables: list[str] | None = None) -> dict[str, int]:
    """Live (not deleted) rows per table, every table of the schema unless ``tables`` is given."""
    chosen = [t for t in Base.metadata.sorted_tables if tables is None or t.name in tables]
    counts: dict[str, int] = {}
    with db.session_scope() as session:
        for table in chosen:
            query = select(func.count()).select_from(table)
            if "deleted_at" in table.c:
                query = query.where(table.c.deleted_at.is_(None))
            counts[table.name] = int(session.execute(query).scalar_one())
    return counts


def has_accounts(db: Database) -> bool:
    with db.session_scope() as session:
        return session.execute(select(Account.id).limit(1)).first() is not None
