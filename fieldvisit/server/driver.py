"""The few statements of every pull, run straight on the driver's cursor.

A pull that finds nothing new (most of them, and all of a morning's burst of laptops) is
three tiny statements; SQLAlchemy's statement and result handling cost about as much again
as PostgreSQL's work on them. These take plain values (naive UTC datetimes, uuids, with
``%(name)s`` placeholders) and give plain rows, inside the caller's SQLAlchemy transaction.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any, cast

import psycopg
from psycopg.rows import namedtuple_row, tuple_row
from sqlalchemy import Connection, Executable
from sqlalchemy.dialects.postgresql import psycopg as pg_psycopg


def driver_rows(
    conn: Connection, sql: str, params: Mapping[str, Any], *, named: bool = True
) -> list[Any]:
    """The rows of ``sql`` (named tuples, or plain ones), run in ``conn``'s transaction."""
    dbapi = cast("psycopg.Connection[Any]", conn.connection.dbapi_connection)
    with dbapi.cursor(row_factory=namedtuple_row if named else tuple_row) as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def driver_sql(statement: Executable) -> str:
    """A Core statement as the driver's SQL (``%(name)s`` for each bound parameter), once."""
    return str(statement.compile(dialect=pg_psycopg.dialect()))  # type: ignore[attr-defined,no-untyped-call]


def driver_placeholders(sql: str) -> str:
    """``:name`` bound parameters as the driver's ``%(name)s`` (casts ``::`` left alone)."""
    return re.sub(r"(?<![:\w]):([A-Za-z_]\w*)", r"%(\1)s", sql)


def stored_utc(moment: datetime) -> datetime:
    """An aware moment as the server's columns store it (naive UTC, like UTCDateTime)."""
    return moment.astimezone(UTC).replace(tzinfo=None)


def read_utc(stored: datetime | None) -> datetime | None:
    return None if stored is None else stored.replace(tzinfo=UTC)
