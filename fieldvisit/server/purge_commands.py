"""Deleting trashed accounts and people for good, decided on the server.

The laptop deletes what it holds without sending each row; the server checks the purge
against its own rows (still in the trash there, nothing a co-visit report or a plan needs,
rows the laptop has not seen yet included) and deletes with every row that belongs to them,
so each laptop in scope drops them by sync. Refused, the purged rows are sent again to the
laptops in scope, the purging one included, which brings them back there.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from sqlalchemy import ColumnElement, Connection, Table, delete, select, update
from sqlalchemy.orm import Session

from fieldvisit.server.commands import Outcome, command
from fieldvisit.server.scope import Caller, may_write, root_row
from fieldvisit.services.accounts.trash import TrashKind, blockers_in
from fieldvisit.storage.base import Base
from fieldvisit.sync.tables import synced_tables, table

MAX_IDS = 1000


@command("account.purge")
def purge_accounts(conn: Connection, caller: Caller, args: Mapping[str, Any]) -> Outcome:
    return _purge(conn, caller, "account", TrashKind.ACCOUNT, args)


@command("stakeholder.purge")
def purge_stakeholders(conn: Connection, caller: Caller, args: Mapping[str, Any]) -> Outcome:
    return _purge(conn, caller, "stakeholder", TrashKind.STAKEHOLDER, args)


def _purge(
    conn: Connection, caller: Caller, target: str, kind: TrashKind, args: Mapping[str, Any]
) -> Outcome:
    ids = [uuid.UUID(str(i)) for i in args["ids"]]
    if not ids or len(ids) > MAX_IDS:
        raise ValueError("ids")
    t = table(target)
    rows = [dict(r._mapping) for r in conn.execute(select(t).where(t.c.id.in_(ids)))]
    key = [str(ids[0])]
    for row in rows:
        reason = may_write(caller, target, root_row(conn, target, row), row)
        if reason is not None:
            return Outcome(reason, target, [str(row["id"])])
        if row["deleted_at"] is None:
            return Outcome("purge_live", target, [str(row["id"])], resend=present_ids(rows))
    present = [row["id"] for row in rows]
    session = Session(bind=conn)
    try:
        blocked = blockers_in(session, kind, present)
    finally:
        session.close()
    if blocked:
        return Outcome("purge_blocked", target, [str(blocked[0].id)], resend=present)
    if present:
        conn.execute(delete(t).where(t.c.id.in_(present)))
    return Outcome(None, target, key)


def present_ids(rows: list[dict[str, Any]]) -> list[uuid.UUID]:
    return [row["id"] for row in rows]


def resend(conn: Connection, target: str, ids: list[uuid.UUID]) -> None:
    """Log every row of ``ids`` (of ``target``) and of what belongs to them again, so the
    laptops in scope receive them anew (a laptop that deleted them gets them back)."""
    root = table(target)
    for t, picked in _owned(root, root.c.id.in_(ids)):
        first = next(iter(t.primary_key.columns))
        conn.execute(update(t).where(picked).values({first.name: first}))


def _owned(parent: Table, picked: ColumnElement[bool]) -> list[tuple[Table, ColumnElement[bool]]]:
    """``parent``'s rows chosen by ``picked`` and, for every synced table a delete of them
    cascades to, the condition that chooses its rows."""
    synced = {t.name for t in synced_tables()}
    found: list[tuple[Table, ColumnElement[bool]]] = [(parent, picked)]
    (parent_pk,) = parent.primary_key.columns
    for child in Base.metadata.sorted_tables:
        if child.name not in synced or child is parent:
            continue
        for fk in child.foreign_keys:
            if fk.column.table is parent and fk.ondelete == "CASCADE":
                chosen = fk.parent.in_(select(parent_pk).where(picked))
                if len(child.primary_key.columns) == 1:
                    found.extend(_owned(child, chosen))
                else:
                    found.append((child, chosen))
    return found
