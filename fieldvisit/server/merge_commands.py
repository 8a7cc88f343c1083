"""Account and person merges, decided and carried out on the server.

A laptop merges what it holds; the server's merge moves every row that points at the
removed one, those the laptop has never seen included (a manager's co-visit call at that
account, a record from the rep's other laptop), and remembers where the removed one went:
a change made offline against it later lands on the kept one (:func:`redirect`).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Connection, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.orm import Session

from fieldvisit import clock
from fieldvisit.server.commands import Outcome, command
from fieldvisit.server.models import Merge
from fieldvisit.server.scope import Caller, may_write, root_row
from fieldvisit.services.accounts.merge_refs import references_to, relink
from fieldvisit.sync.tables import table

TARGETS = ("account", "stakeholder")


@command("account.merge")
def merge_accounts(conn: Connection, caller: Caller, args: Mapping[str, Any]) -> Outcome:
    return _merge(conn, caller, "account", args)


@command("stakeholder.merge")
def merge_stakeholders(conn: Connection, caller: Caller, args: Mapping[str, Any]) -> Outcome:
    return _merge(conn, caller, "stakeholder", args)


def _merge(conn: Connection, caller: Caller, target: str, args: Mapping[str, Any]) -> Outcome:
    keep, remove = uuid.UUID(str(args["keep_id"])), uuid.UUID(str(args["remove_id"]))
    if keep == remove:
        raise ValueError("a merge needs two different rows")
    t = table(target)
    rows = {
        r.id: dict(r._mapping) for r in conn.execute(select(t).where(t.c.id.in_([keep, remove])))
    }
    if keep not in rows or remove not in rows:
        return Outcome("missing", target, [str(keep if keep not in rows else remove)])
    for row in rows.values():
        reason = may_write(caller, target, root_row(conn, target, row), row)
        if reason is not None:
            return Outcome(reason, target, [str(keep)])
    # The Session works in a savepoint of the push's transaction; its commit releases the
    # savepoint (closing it unreleased would undo the relink).
    with Session(bind=conn, join_transaction_mode="create_savepoint") as session:
        relink(session, target, keep, remove)
        session.commit()
    now = clock.now_utc()
    conn.execute(
        update(t)
        .where(t.c.id == remove, t.c.deleted_at.is_(None))
        .values(deleted_at=now, updated_at=now)
    )
    conn.execute(
        pg_insert(Merge)
        .values(removed_id=remove, target=target, kept_id=keep, at=now, member_id=caller.member_id)
        .on_conflict_do_update(index_elements=["removed_id"], set_={"kept_id": keep, "at": now})
    )
    return Outcome(None, target, [str(keep)])


def _plain_columns(table_name: str) -> list[tuple[str, str]]:
    """(column, target) of ``table_name``'s plain references to an account or a person."""
    return [
        (ref.column.name, target)
        for target in TARGETS
        for ref in references_to(target)
        if ref.kind == "plain" and ref.table.name == table_name
    ]


def redirect(conn: Connection, table_name: str, values: dict[str, Any]) -> None:
    """Point ``values`` (a pushed row) at the kept account or person where it names one
    merged away meanwhile (links and profiles stay: they fold on the merge itself)."""
    columns = [(c, values[c]) for c, _ in _plain_columns(table_name) if values.get(c) is not None]
    for _ in range(5):  # a merged-into row merged again: follow the chain
        if not columns:
            return
        found = dict(
            conn.execute(
                select(Merge.removed_id, Merge.kept_id).where(
                    Merge.removed_id.in_({v for _, v in columns})
                )
            ).all()
        )
        columns = [(c, found[v]) for c, v in columns if v in found]
        for column, kept in columns:
            values[column] = kept
