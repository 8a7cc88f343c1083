"""Deterministic ids for rows that a natural key identifies (one plan per rep and month,
one grade per account and period…): ``uuid5`` of the key, so the same fact created on two
laptops offline is one row when they sync, merged field by field, not a duplicate or a
unique-constraint failure on the server.

Used as the ``id`` column's default (:func:`natural_default`), so every way of creating
such a row (the ORM, a Core ``insert()``) gets it; a row given an explicit id keeps it.
Rows created before this rule keep their random ids.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from datetime import date, datetime
from enum import Enum
from typing import Any

NAMESPACE = uuid.UUID("6f1c0d55-2b8e-4a8e-9c1e-5d0f7f3e2a10")
"""Fixed forever: every laptop and the server must compute the same id for the same key."""

NATURAL_KEYS: dict[str, tuple[str, ...]] = {
    "monthly_plan": ("rep_id", "month"),
    "period_contribution": ("account_id", "period_kind", "period_start"),
    "relationship_grade": ("account_id", "period_kind", "period_start"),
    "standard_rating": ("covisit_id", "standard"),
    "call_observation": ("call_id", "item_key"),
    "covisit_revision": ("covisit_id", "number"),
}
"""Table → the columns that identify its row (day reports have their own ``uuid5(rep,
day)`` in ``services/reviews/day_report``; stakeholder roles and profiles are keyed by
their natural key already)."""


def _part(value: Any) -> str:
    if isinstance(value, Enum):
        value = value.value
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, str) and len(value) == 32:
        try:  # a uuid as SQLite stores it (32 hex digits)
            return str(uuid.UUID(hex=value))
        except ValueError:
            return value
    return str(value)


def natural_id(table: str, values: Mapping[str, Any]) -> uuid.UUID:
    """The id of the ``table`` row with these natural-key ``values``."""
    parts = [table, *(_part(values[c]) for c in NATURAL_KEYS[table])]
    return uuid.uuid5(NAMESPACE, "\x1f".join(parts))


def natural_default(table: str) -> Callable[[Any], uuid.UUID]:
    """A column default computing :func:`natural_id` from the row being inserted."""

    def default(context: Any) -> uuid.UUID:
        values = context.get_current_parameters()
        if any(values.get(c) is None for c in NATURAL_KEYS[table]):
            return uuid.uuid4()  # an incomplete key (never in practice): no natural id
        return natural_id(table, values)

    return default
