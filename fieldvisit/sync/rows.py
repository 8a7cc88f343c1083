"""Writing synced rows into the laptop's SQLite file: by key, insert-or-update in bulk."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Table
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from fieldvisit.sync.tables import DERIVED


def pk_clause(t: Table, key: dict[str, Any]) -> list[Any]:
    return [c == key[c.name] for c in t.primary_key.columns]


def upsert_rows(conn: Connection, t: Table, rows: list[dict[str, Any]]) -> None:
    """Insert or update ``rows`` (one statement per set of columns given), then compute
    their derived columns (search keys), which never travel."""
    pk = [c.name for c in t.primary_key.columns]
    by_shape: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row in rows:
        by_shape.setdefault(tuple(sorted(row)), []).append(row)
    for shape, same in by_shape.items():
        statement = sqlite_insert(t)
        others = {name: statement.excluded[name] for name in shape if name not in pk}
        if others:
            statement = statement.on_conflict_do_update(index_elements=pk, set_=others)
        else:
            statement = statement.on_conflict_do_nothing(index_elements=pk)
        conn.execute(statement, same)
    if t.name in DERIVED and rows:
        from fieldvisit.services.accounts.search_keys import fill_keys

        fill_keys(conn, t.name, [row["id"] for row in rows])
