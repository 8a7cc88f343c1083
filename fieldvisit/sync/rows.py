"""Writing synced rows into the laptop's SQLite file: by key, insert-or-update in bulk."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from functools import cache
from operator import itemgetter
from typing import Any

from sqlalchemy import Column, Connection, Date, Dialect, Enum, Integer, String, Table, Text, Uuid
from sqlalchemy.dialects import sqlite as sqlite_dialect
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from fieldvisit.storage.base import UTCDateTime
from fieldvisit.sync.codec import decode_row, decode_value
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


# --- pulled pages in bulk -------------------------------------------------------------
#
# A first sync writes tens of thousands of rows. Going from the wire's JSON values
# straight to what SQLite stores (uuids as 32 hex digits, datetimes as SQLAlchemy writes
# them) skips building Python objects only to have SQLAlchemy turn them back into text.
# Anything unexpected takes the codec and SQLAlchemy's own bind processing, and a test
# compares what both ways store.


def _uuid_text(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, str) and len(value) == 36 and value.islower():
        return value.replace("-", "")
    return uuid.UUID(str(value)).hex


def _datetime_text(slow: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """The wire's isoformat() of a UTC datetime → SQLAlchemy's SQLite text for it."""

    def convert(value: Any) -> Any:
        if isinstance(value, str) and value.endswith("+00:00") and value[10:11] == "T":
            if len(value) == 25:  # no microseconds
                return f"{value[:10]} {value[11:19]}.000000"
            if len(value) == 32:
                return f"{value[:10]} {value[11:26]}"
        return slow(value)

    return convert


def _date_text(value: Any) -> Any:
    if value is None or (isinstance(value, str) and len(value) == 10 and value[4] == "-"):
        return value
    return date.fromisoformat(value).isoformat()


def _enum_text(allowed: frozenset[str]) -> Callable[[Any], Any]:
    def convert(value: Any) -> Any:
        if value is None or value in allowed:
            return value
        raise ValueError(f"{value!r} is not one of the known values")

    return convert


def _same(value: Any) -> Any:
    return value


def _through_sqlalchemy(column: Column[Any], dialect: Dialect) -> Callable[[Any], Any]:
    process = column.type.dialect_impl(dialect).bind_processor(dialect)

    def convert(value: Any) -> Any:
        decoded = decode_value(column, value)
        return process(decoded) if process is not None else decoded

    return convert


def _storage_converter(column: Column[Any], dialect: Dialect) -> Callable[[Any], Any]:
    kind = column.type
    if isinstance(kind, UTCDateTime):
        return _datetime_text(_through_sqlalchemy(column, dialect))
    if isinstance(kind, Uuid):
        return _uuid_text
    if isinstance(kind, Enum) and kind.enum_class is not None:
        return _enum_text(frozenset(str(m.value) for m in kind.enum_class))
    if isinstance(kind, Date):
        return _date_text
    if isinstance(kind, String | Text | Integer) and not isinstance(kind, Enum):
        return _same
    return _through_sqlalchemy(column, dialect)  # JSON, booleans, binary, anything new


@cache
def _storage_plan(t: Table) -> tuple[tuple[str, Callable[[Any], Any]], ...]:
    dialect = sqlite_dialect.dialect()
    return tuple((c.name, _storage_converter(c, dialect)) for c in _wire_columns(t))


def _wire_columns(t: Table) -> list[Column[Any]]:
    """The columns a pulled row carries: all but the ones the laptop derives (search keys)."""
    derived = DERIVED.get(t.name, frozenset())
    return [c for c in t.columns if c.name not in derived]


def storage_key(t: Table, key: list[Any]) -> list[Any]:
    """A wire key as SQLite stores it (uuids as 32 hex digits)."""
    return [convert(v) for convert, v in zip(_key_plan(t), key, strict=True)]


@cache
def _key_plan(t: Table) -> tuple[Callable[[Any], Any], ...]:
    plan = dict(_storage_plan(t))
    return tuple(plan[c.name] for c in t.primary_key.columns)


def upsert_encoded(conn: Connection, t: Table, rows: list[dict[str, Any]]) -> None:
    """Insert or update rows as they came over the wire (codec-encoded), in bulk.

    Rows with every column of ``t`` go straight to SQLite; others (a peer on another
    version) through :func:`upsert_rows`, which fills this version's defaults."""
    names, get, converted = _storage_steps(t)
    whole = [r for r in rows if names <= r.keys()]
    if len(whole) < len(rows):
        partial = [r for r in rows if not names <= r.keys()]
        upsert_rows(conn, t, [decode_row(t, r) for r in partial])
    if not whole:
        return
    values = []
    for row in whole:
        one = list(get(row))
        for i, convert in converted:
            one[i] = convert(one[i])
        values.append(tuple(one))
    conn.exec_driver_sql(_upsert_sql(t), values)
    if t.name in DERIVED:
        from fieldvisit.services.accounts.search_keys import fill_keys

        fill_keys(conn, t.name, [uuid.UUID(str(row["id"])) for row in whole])


@cache
def _storage_steps(
    t: Table,
) -> tuple[frozenset[str], Callable[[dict[str, Any]], Any], tuple[tuple[int, Any], ...]]:
    """The column names, one getter for all of a row's values in column order, and the
    positions whose wire value needs converting (strings and numbers go as they are)."""
    plan = _storage_plan(t)
    names = [name for name, _ in plan]
    get: Callable[[dict[str, Any]], Any] = itemgetter(*names)
    if len(names) == 1:  # itemgetter of one name answers the value, not a tuple
        get = lambda row: (row[names[0]],)  # noqa: E731
    converted = tuple((i, f) for i, (_, f) in enumerate(plan) if f is not _same)
    return frozenset(names), get, converted


@cache
def _upsert_sql(t: Table) -> str:
    names = [c.name for c in _wire_columns(t)]
    pk = [c.name for c in t.primary_key.columns]
    others = [n for n in names if n not in pk]
    columns = ", ".join(f'"{n}"' for n in names)
    marks = ", ".join("?" for _ in names)
    keys = ", ".join(f'"{n}"' for n in pk)
    sql = f'INSERT INTO "{t.name}" ({columns}) VALUES ({marks}) ON CONFLICT ({keys}) DO '
    if not others:
        return sql + "NOTHING"
    return sql + "UPDATE SET " + ", ".join(f'"{n}" = excluded."{n}"' for n in others)
