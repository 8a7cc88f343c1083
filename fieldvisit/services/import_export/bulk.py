"""Reading the rows an import touches, and writing its changes as bulk Core statements.

:func:`read_current` runs twice: before the write transaction, to plan, and inside it,
to check that nothing the plan was made from has changed meanwhile. The database
triggers (sync capture) fire for these statements as for any other.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Sequence
from typing import Any, TypeVar

from sqlalchemy import Table, and_, bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from fieldvisit.services.import_export.writer import Changes, Current, Plan, Row
from fieldvisit.storage.models import Account, Stakeholder, StakeholderRole

CHUNK = 500
"""IDs per ``IN (...)``: well under SQLite's limit of bound parameters."""
BATCH = 2000
"""Rows per executemany: bounds the parameter dicts alive at once."""

_account: Table = Account.__table__  # type: ignore[assignment]
_stakeholder: Table = Stakeholder.__table__  # type: ignore[assignment]
_role: Table = StakeholderRole.__table__  # type: ignore[assignment]
TABLES = {"account": _account, "stakeholder": _stakeholder, "stakeholder_role": _role}


T = TypeVar("T")


def _chunks(items: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _columns(table: Table) -> list[Any]:
    return [c for c in table.c if c.name != "search_key"]


def read_current(session: Session, plans: Sequence[Plan]) -> Current:
    """The stored accounts the plans update, their people and roles, and taken person IDs."""
    current = Current()
    targets = [p.account_id for p in plans if p.account_id is not None]
    person_ids: list[uuid.UUID] = []
    a, s = _account, _stakeholder
    for chunk in _chunks(targets):
        for row in session.execute(select(*_columns(a)).where(a.c.id.in_(chunk))).mappings():
            current.accounts[row["id"]] = dict(row)
        query = (
            select(*_columns(s))
            .where(s.c.account_id.in_(chunk), s.c.deleted_at.is_(None))
            .order_by(s.c.account_id, s.c.created_at, s.c.id)
        )
        for row in session.execute(query).mappings():
            current.people.setdefault(row["account_id"], []).append(dict(row))
            person_ids.append(row["id"])
    roles: dict[uuid.UUID, set[str]] = {}
    for chunk in _chunks(person_ids):
        query = select(_role.c.stakeholder_id, _role.c.role).where(
            _role.c.stakeholder_id.in_(chunk)
        )
        for person_id, role in session.execute(query):
            roles.setdefault(person_id, set()).add(role)
    current.roles = {k: frozenset(v) for k, v in roles.items()}
    given: set[uuid.UUID] = set()
    for plan in plans:
        for person in plan.data.people:
            person_id = person.values.get("id")
            if isinstance(person_id, uuid.UUID):
                given.add(person_id)
    taken: set[uuid.UUID] = set()
    for chunk in _chunks(sorted(given, key=str)):
        taken.update(session.scalars(select(s.c.id).where(s.c.id.in_(chunk))))
    current.taken_person_ids = frozenset(taken)
    return current


def apply_changes(session: Session, changes: Changes) -> None:
    """Execute ``changes``: parents before children, each group of rows in batches."""
    conn = session.connection()
    for name in ("account", "stakeholder"):
        table = TABLES[name]
        for columns, rows in changes.inserts.get(name, {}).items():
            _insert(conn, table, columns, rows)
        for columns, rows in changes.updates.get(name, {}).items():
            statement = (
                update(table)
                .where(table.c.id == bindparam("_id"))
                .values({c: bindparam(f"_{c}") for c in columns[1:]})
            )
            for batch in _chunks(rows, BATCH):
                conn.execute(statement, [_params(("_id", *_under(columns[1:])), r) for r in batch])
        keys = changes.key_updates.get(name, [])
        if keys:
            # A key is derived data, not an edit: updated_at stays (sync compares it).
            statement = (
                update(table)
                .where(table.c.id == bindparam("_id"))
                .values(search_key=bindparam("_key"), updated_at=table.c.updated_at)
            )
            for batch in _chunks(keys, BATCH):
                conn.execute(statement, [{"_id": i, "_key": k} for i, k in batch])
    if changes.role_deletes:
        remove = delete(_role).where(
            and_(_role.c.stakeholder_id == bindparam("_id"), _role.c.role == bindparam("_role"))
        )
        for batch in _chunks(changes.role_deletes, BATCH):
            conn.execute(remove, [{"_id": i, "_role": r} for i, r in batch])
    for columns, rows in changes.inserts.get("stakeholder_role", {}).items():
        _insert(conn, _role, columns, rows)


def _under(columns: Sequence[str]) -> tuple[str, ...]:
    return tuple(f"_{c}" for c in columns)


def _params(columns: Sequence[str], values: Sequence[object]) -> Row:
    return dict(zip(columns, values, strict=True))


def _insert(
    conn: Any, table: Table, columns: tuple[str, ...], rows: list[tuple[object, ...]]
) -> None:
    """``rows`` inserted, each a tuple of ``columns``' values.

    When no other column has a default to compute, the values are converted column by
    column with each column type's own bind processor (as SQLAlchemy converts them) and
    handed to the driver's executemany as they are: no parameter dict per row."""
    dialect = conn.dialect
    if (dialect.name, dialect.paramstyle) != ("sqlite", "qmark") or any(
        c.default is not None and c.name not in columns for c in table.c
    ):
        statement = insert(table)
        for batch in _chunks(rows, BATCH):
            conn.execute(statement, [_params(columns, r) for r in batch])
        return
    quote = dialect.identifier_preparer.quote
    sql = "INSERT INTO {} ({}) VALUES ({})".format(
        quote(table.name), ", ".join(quote(c) for c in columns), ", ".join("?" * len(columns))
    )
    processors = [table.c[c].type.dialect_impl(dialect).bind_processor(dialect) for c in columns]
    for batch in _chunks(rows, BATCH):
        converted = [
            list(values) if process is None else [None if v is None else process(v) for v in values]
            for process, values in zip(processors, zip(*batch, strict=True), strict=True)
        ]
        conn.exec_driver_sql(sql, list(zip(*converted, strict=True)))
