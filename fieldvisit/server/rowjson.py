"""Rows encoded by PostgreSQL exactly as :mod:`fieldvisit.sync.codec` encodes them.

A first sync sends tens of thousands of rows; building each row's JSON in SQL
(``row_to_json`` of the row, with the few types whose text differs written out) and
splicing that text into the answer saves reading every value into Python objects and
encoding it again. The codec stays the definition: a test compares
both encodings over every synced table, and a column type not handled here makes the
table fall back to the codec (:func:`column_exprs` answers None).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    ColumnElement,
    Date,
    Enum,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    Uuid,
    literal_column,
)

from fieldvisit.storage.base import UTCDateTime
from fieldvisit.sync.tables import DERIVED

_AS_IS = (Uuid, Date, Enum, String, Text, Integer, Boolean, JSON)
"""Types whose ``to_jsonb`` text is the codec's: uuid and date text, strings (enums hold
their values), numbers, booleans, JSON."""


def _datetime(ref: str) -> str:
    # Python's isoformat() of an aware UTC datetime: microseconds only when not zero.
    return (
        f"to_char({ref}, 'YYYY-MM-DD\"T\"HH24:MI:SS') || "
        f"CASE WHEN mod(extract(microseconds FROM {ref})::bigint, 1000000) = 0 THEN '' "
        f"ELSE to_char({ref}, '.US') END || '+00:00'"
    )


def _binary(ref: str) -> str:
    return (
        f"CASE WHEN {ref} IS NULL THEN NULL ELSE "
        f"json_build_object('b64', translate(encode({ref}, 'base64'), E'\\n', '')) END"
    )


class Encoded(str):
    """One change already encoded as JSON text (spliced into the page as it is)."""


@cache
def column_exprs(t: Table) -> tuple[ColumnElement[Any], ...] | None:
    """``t``'s columns as the codec writes them (each labelled with its name), to select
    from ``t`` and turn into JSON with ``row_to_json``; None when a column's type has no
    SQL encoding here (or a key column is not sent as it is stored)."""
    out: list[ColumnElement[Any]] = []
    derived = DERIVED.get(t.name, frozenset())  # computed by each laptop, never sent
    for column in t.columns:
        if column.name in derived:
            continue
        col = f'"{t.name}"."{column.name}"'
        if isinstance(column.type, UTCDateTime | LargeBinary):
            if column.primary_key:
                return None
            sql = _datetime(col) if isinstance(column.type, UTCDateTime) else _binary(col)
            out.append(literal_column(sql).label(column.name))
        elif isinstance(column.type, _AS_IS):
            out.append(column.label(column.name))
        else:
            return None
    return tuple(out)
