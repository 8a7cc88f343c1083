"""A pulled page is written straight from the wire's JSON to SQLite (sync/rows.py's bulk
path): what it stores must be exactly what the codec and SQLAlchemy store."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from fieldvisit.services.demo import MIN_ACCOUNTS, generate_demo
from fieldvisit.storage.database import Database
from fieldvisit.storage.migrate import open_database
from fieldvisit.storage.models import Account, Attachment
from fieldvisit.sync.codec import encode_row
from fieldvisit.sync.rows import storage_key, upsert_encoded, upsert_rows
from fieldvisit.sync.tables import DERIVED, synced_tables


def _raw(db: Database, derived: bool = True) -> dict[str, list[tuple[Any, ...]]]:
    """Every synced row as SQLite stores it; ``derived=False`` leaves out the search keys
    (each laptop computes its own from the row)."""
    out = {}
    with db.engine.connect() as conn:
        for t in synced_tables():
            keys = ", ".join(f'"{c.name}"' for c in t.primary_key.columns)
            skip = set() if derived else DERIVED.get(t.name, set())
            columns = ", ".join(f'"{c.name}"' for c in t.columns if c.name not in skip)
            query = f'SELECT {columns} FROM "{t.name}" ORDER BY {keys}'
            out[t.name] = [tuple(r) for r in conn.exec_driver_sql(query)]
    return out


def _encoded(db: Database) -> dict[str, list[dict[str, Any]]]:
    with db.engine.connect() as conn:
        return {
            t.name: [encode_row(t, r) for r in conn.execute(select(t))] for t in synced_tables()
        }


@pytest.fixture
def source(tmp_path: Path) -> Iterator[Database]:
    db = open_database(tmp_path / "source.db")
    generate_demo(db, accounts=MIN_ACCOUNTS, seed=4)
    with db.session_scope() as session:
        account = session.scalars(select(Account)).first()
        assert account is not None
        account.updated_at = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)  # no microseconds
        session.add(
            Attachment(
                account_id=account.id,
                filename="名片.png",
                media_type="image/png",
                size_bytes=300,
                sha256="0" * 64,
                content=bytes(range(256)) * 2,
            )
        )
    yield db
    db.close()


def test_bulk_rows_store_what_sqlalchemy_stores(source: Database, tmp_path: Path) -> None:
    rows = _encoded(source)
    assert sum(len(r) for r in rows.values()) > 300
    bulk = open_database(tmp_path / "bulk.db")
    orm = open_database(tmp_path / "orm.db")
    from fieldvisit.sync.codec import decode_row
    from fieldvisit.sync.tables import table

    for _ in range(2):  # inserts, then the same rows again: updates
        with bulk.engine.begin() as conn:
            for name, encoded in rows.items():
                upsert_encoded(conn, table(name), encoded)
        with orm.engine.begin() as conn:
            for name, encoded in rows.items():
                upsert_rows(conn, table(name), [decode_row(table(name), r) for r in encoded])
        assert _raw(bulk) == _raw(orm)
        assert _raw(bulk, derived=False) == _raw(source, derived=False)
    bulk.close()
    orm.close()


def test_a_row_from_another_version_and_odd_values_take_the_careful_path(
    source: Database, tmp_path: Path
) -> None:
    from fieldvisit.sync.tables import table

    t = table("account")
    (row,) = [r for r in _encoded(source)["account"]][:1]
    target = open_database(tmp_path / "target.db")
    row = dict(row, owner_id=None)
    shifted = dict(row, updated_at="2026-11-23T18:00:00+08:00", id=row["id"].upper())
    older = dict(row, id="0" * 8 + row["id"][8:])
    older.pop("notes")  # a peer without this column: written with this version's defaults
    with target.engine.begin() as conn:
        upsert_encoded(conn, t, [shifted, older])
        stored = conn.exec_driver_sql("SELECT id, updated_at FROM account ORDER BY id").all()
    assert (row["id"].replace("-", ""), "2026-11-23 10:00:00.000000") in stored
    assert len(stored) == 2
    assert storage_key(t, [row["id"].upper()]) == [row["id"].replace("-", "")]
    with pytest.raises(ValueError), target.engine.begin() as conn:
        upsert_encoded(conn, t, [dict(row, account_type="spaceport")])
    target.close()
