"""Re-point every row that references one account or stakeholder at another.

The references are discovered from ``Base.metadata``, so a table added later that
points at ``account`` or ``stakeholder`` is moved by a merge without anyone
remembering to list it here. How a reference is moved depends on its keys:

* plain foreign key – the column is updated;
* link – the column is part of a key with other columns and the row carries nothing
  else (``record_stakeholder``, ``stakeholder_role``): a link the kept side already has
  is dropped, the others are moved;
* fold – part of a key, and the row carries data (``period_contribution``): when the
  kept side has a row for the same key, its empty fields are filled from the other
  row, which stays behind (soft-deleted) with the removed account, and is reported;
* extension – the column is the whole primary key (``stakeholder_profile``): filled
  like a fold, or moved when the kept side has none.
"""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Literal

from sqlalchemy import Column, Table, and_, delete, func, select, update
from sqlalchemy.orm import Session

import fieldvisit.storage.models  # noqa: F401  (every table registered on the metadata)
from fieldvisit import clock
from fieldvisit.storage.base import Base

BOOKKEEPING = frozenset({"id", "created_at", "updated_at", "deleted_at"})

RefKind = Literal["plain", "link", "fold", "extension"]


@dataclass(frozen=True, slots=True)
class Reference:
    """One foreign-key column pointing at the merged table."""

    table: Table
    column: Column[Any]
    kind: RefKind
    key: tuple[str, ...] = ()
    """The other columns of the unique key the column belongs to (link and fold)."""
    payload: tuple[str, ...] = ()
    """Columns carrying data, filled from the removed side on a clash."""

    @property
    def name(self) -> str:
        return f"{self.table.name}.{self.column.name}"


@dataclass(frozen=True, slots=True)
class FoldedRow:
    """A row of the removed side that met a row with the same key on the kept side.

    The kept row stays; ``filled`` of its empty fields were taken from the other row,
    and in ``conflicts`` both rows held different values, so the kept value stayed.
    The other row is left, soft-deleted, with the removed account or person.
    """

    table: str
    key: tuple[tuple[str, object], ...]
    filled: tuple[str, ...]
    conflicts: tuple[str, ...]
    left_row: tuple[tuple[str, object], ...]
    """Primary key of the row left behind."""


@dataclass(slots=True)
class RelinkReport:
    moved: Counter[str] = field(default_factory=Counter)
    """Rows re-pointed, per table."""
    folded: list[FoldedRow] = field(default_factory=list)
    dropped_links: Counter[str] = field(default_factory=Counter)
    """Links the kept side already had, per table (duplicates, removed)."""


def is_empty(value: object) -> bool:
    return value is None or value == "" or value == [] or value == {}


def references_to(target: str) -> list[Reference]:
    """Every foreign key that points at ``target`` (a table name), classified."""
    found: list[Reference] = []
    for table in Base.metadata.sorted_tables:
        for fk in sorted(table.foreign_keys, key=lambda f: f.parent.name):
            if fk.column.table.name != target:
                continue
            column = fk.parent
            pk = tuple(c.name for c in table.primary_key.columns)
            if pk == (column.name,):
                payload = tuple(
                    c.name for c in table.columns if c.name not in BOOKKEEPING | {column.name}
                )
                found.append(Reference(table, column, "extension", (), payload))
                continue
            key = _unique_key_with(table, column.name, pk)
            if key is None:
                found.append(Reference(table, column, "plain"))
                continue
            others = tuple(name for name in key if name != column.name)
            payload = tuple(
                c.name
                for c in table.columns
                if c.name not in BOOKKEEPING and c.name not in key and c.name not in pk
            )
            kind: RefKind = "fold" if payload else "link"
            found.append(Reference(table, column, kind, others, payload))
    return found


def _unique_key_with(table: Table, column: str, pk: tuple[str, ...]) -> tuple[str, ...] | None:
    if column in pk and len(pk) > 1:
        return pk
    for constraint in table.constraints:
        names = tuple(c.name for c in getattr(constraint, "columns", ()))
        if constraint.__class__.__name__ == "UniqueConstraint" and column in names:
            return names
    return None


def count_references(session: Session, target: str, subject: uuid.UUID) -> Counter[str]:
    """Live rows that point at ``subject``, per table."""
    moving: Counter[str] = Counter()
    for ref in references_to(target):
        query = select(func.count()).select_from(ref.table).where(ref.column == subject)
        if "deleted_at" in ref.table.c:
            query = query.where(ref.table.c.deleted_at.is_(None))
        moving[ref.table.name] += int(session.execute(query).scalar_one())
    return moving


def count_clashes(
    session: Session, target: str, keep: uuid.UUID, remove: uuid.UUID
) -> Counter[str]:
    """Rows of ``remove`` whose key the kept side already has (folded or dropped)."""
    clashes: Counter[str] = Counter()
    for ref in references_to(target):
        if ref.kind == "plain":
            continue
        kept = _keys(session, ref, keep)
        for row in _rows(session, ref, remove):
            if _key_of(ref, row) in kept:
                clashes[ref.table.name] += 1
    return clashes


def relink(session: Session, target: str, keep: uuid.UUID, remove: uuid.UUID) -> RelinkReport:
    """Point every reference to ``remove`` at ``keep``; the caller owns the transaction."""
    report = RelinkReport()
    for ref in references_to(target):
        if ref.kind == "plain":
            result = session.execute(
                update(ref.table).where(ref.column == remove).values({ref.column.name: keep})
            )
            report.moved[ref.table.name] += int(getattr(result, "rowcount", 0) or 0)
            continue
        kept = _keyed_rows(session, ref, keep)
        for row in _rows(session, ref, remove):
            match = kept.get(_key_of(ref, row))
            if match is None:
                session.execute(
                    update(ref.table)
                    .where(_pk_clause(ref.table, row))
                    .values({ref.column.name: keep})
                )
                report.moved[ref.table.name] += 1
            elif ref.kind == "link":
                session.execute(delete(ref.table).where(_pk_clause(ref.table, row)))
                report.dropped_links[ref.table.name] += 1
            else:
                report.folded.append(_fold(session, ref, match, row))
    return report


def _fold(session: Session, ref: Reference, kept: Any, other: Any) -> FoldedRow:
    table = ref.table
    has_deleted = "deleted_at" in table.c
    values: dict[str, object] = {}
    filled: list[str] = []
    conflicts: list[str] = []
    revive = has_deleted and kept.deleted_at is not None and other.deleted_at is None
    for name in ref.payload:
        mine, theirs = getattr(kept, name), getattr(other, name)
        if revive and not is_empty(theirs):
            # The kept row was deleted and the other is live: the live values win.
            if theirs != mine:
                values[name] = theirs
                filled.append(name)
        elif is_empty(mine) and not is_empty(theirs):
            values[name] = theirs
            filled.append(name)
        elif not is_empty(theirs) and theirs != mine:
            conflicts.append(name)
    if revive:
        values["deleted_at"] = None
    if values:
        session.execute(update(table).where(_pk_clause(table, kept)).values(values))
    if has_deleted and other.deleted_at is None:
        session.execute(
            update(table).where(_pk_clause(table, other)).values(deleted_at=clock.now_utc())
        )
    return FoldedRow(
        table=table.name,
        key=tuple((name, getattr(other, name)) for name in ref.key),
        filled=tuple(filled),
        conflicts=tuple(conflicts),
        left_row=tuple((c.name, getattr(other, c.name)) for c in table.primary_key.columns),
    )


def _rows(session: Session, ref: Reference, subject: uuid.UUID) -> list[Any]:
    return list(session.execute(select(ref.table).where(ref.column == subject)))


def _key_of(ref: Reference, row: Any) -> tuple[object, ...]:
    return tuple(getattr(row, name) for name in ref.key)


def _keys(session: Session, ref: Reference, subject: uuid.UUID) -> set[tuple[object, ...]]:
    return set(_keyed_rows(session, ref, subject))


def _keyed_rows(
    session: Session, ref: Reference, subject: uuid.UUID
) -> dict[tuple[object, ...], Any]:
    return {_key_of(ref, row): row for row in _rows(session, ref, subject)}


def _pk_clause(table: Table, row: Any) -> Any:
    return and_(*(c == getattr(row, c.name) for c in table.primary_key.columns))
