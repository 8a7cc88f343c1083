"""Rows as JSON between laptop and server: the same encoding both ways, by column type."""

from __future__ import annotations

import base64
import uuid
from datetime import date, datetime
from enum import Enum as PyEnum
from functools import cache
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    Enum,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    Uuid,
)

from fieldvisit.storage.base import UTCDateTime
from fieldvisit.sync.tables import data_columns


def encode_value(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float | str | list | dict):
        return value.value if isinstance(value, PyEnum) else value
    if isinstance(value, PyEnum):
        return value.value
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes | memoryview):
        return {"b64": base64.b64encode(bytes(value)).decode("ascii")}
    raise TypeError(f"cannot encode {type(value).__name__}")


def decode_value(column: Column[Any], value: Any) -> Any:
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, Uuid):
        return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
    if isinstance(kind, UTCDateTime):
        return datetime.fromisoformat(value)
    if isinstance(kind, Date):
        return date.fromisoformat(value)
    if isinstance(kind, Enum) and kind.enum_class is not None:
        return kind.enum_class(value)
    if isinstance(kind, LargeBinary):
        return base64.b64decode(value["b64"])
    return value


def _plain(value: Any) -> Any:
    return value


def _text(value: Any) -> Any:
    return None if value is None else str(value)


def _iso(value: Any) -> Any:
    return None if value is None else value.isoformat()


def _enum(value: Any) -> Any:
    return None if value is None else getattr(value, "value", value)


def _encoder(column: Column[Any]) -> Any:
    """The fastest correct encoder for one column's values (a pull encodes many rows)."""
    kind = column.type
    if isinstance(kind, Uuid):
        return _text
    if isinstance(kind, UTCDateTime | Date):
        return _iso
    if isinstance(kind, Enum):
        return _enum
    if isinstance(kind, LargeBinary):
        return encode_value
    if isinstance(kind, String | Integer | Boolean | JSON | Text):
        return _plain
    return encode_value


@cache
def _encoders(table: Table) -> tuple[tuple[str, Any], ...]:
    return tuple((c.name, _encoder(c)) for c in data_columns(table))


def encode_row(table: Table, row: Any) -> dict[str, Any]:
    mapping = row._mapping
    return {name: encode(mapping[name]) for name, encode in _encoders(table)}


def decode_row(table: Table, data: dict[str, Any]) -> dict[str, Any]:
    """The row's values for an insert or update; unknown columns (a newer peer) and derived
    ones (an older peer sending its search keys) are left out."""
    return {c.name: decode_value(c, data[c.name]) for c in data_columns(table) if c.name in data}


def encode_key(table: Table, values: list[Any]) -> list[Any]:
    columns = list(table.primary_key.columns)
    return [encode_value(decode_value(c, v)) for c, v in zip(columns, values, strict=True)]


def decode_key(table: Table, values: list[Any]) -> dict[str, Any]:
    columns = list(table.primary_key.columns)
    if len(values) != len(columns):
        raise ValueError(f"{table.name}: key has {len(values)} parts, needs {len(columns)}")
    return {c.name: decode_value(c, v) for c, v in zip(columns, values, strict=True)}
