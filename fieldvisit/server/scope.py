"""Whose scope a row is in, and who may read or write it (the service's first line).

A row's scope is its root row (an account, a co-visit, a plan, a summary) found through
the foreign keys declared in :mod:`fieldvisit.sync.tables`.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, literal_column, select, text, tuple_

from fieldvisit.domain.enums import MemberRole
from fieldvisit.server.rowjson import Encoded, column_exprs
from fieldvisit.sync.codec import encode_row
from fieldvisit.sync.tables import (
    COMMENTS,
    MANAGER_WRITES,
    ROOT_OWNER,
    SENSITIVE,
    TEAM_WIDE,
    chain,
    root_of,
    table,
)


@dataclass(frozen=True, slots=True)
class Caller:
    """Who is asking: the enrolled device and the person it belongs to."""

    device_id: uuid.UUID
    member_id: uuid.UUID
    name: str
    role: MemberRole
    manager_id: uuid.UUID | None
    reps: frozenset[uuid.UUID]
    """A manager's reps (empty for others)."""

    def member_json(self) -> dict[str, Any]:
        return {
            "id": str(self.member_id),
            "name": self.name,
            "role": self.role.value,
            "manager_id": str(self.manager_id) if self.manager_id else None,
        }


def team_of(conn: Connection, manager_id: uuid.UUID) -> frozenset[uuid.UUID]:
    members = table("team_member")
    rows = conn.execute(select(members.c.id).where(members.c.manager_id == manager_id))
    return frozenset(r[0] for r in rows)


def root_row(conn: Connection, name: str, values: Mapping[str, Any]) -> Mapping[str, Any] | None:
    """The root row whose scope ``values`` (a row of table ``name``) falls in, or None."""
    hops, _owner = chain(name)
    if not hops:
        return values
    parent_id = values.get(hops[0].column.name)
    if parent_id is None:
        return None
    parent = hops[0].parent
    row = conn.execute(select(parent).where(parent.c.id == parent_id)).first()
    return None if row is None else root_row(conn, parent.name, dict(row._mapping))


def owner_in(name: str, root: Mapping[str, Any] | None) -> uuid.UUID | None:
    if root is None or name in TEAM_WIDE:
        return None
    value = root.get(ROOT_OWNER[root_of(name)])
    return value if isinstance(value, uuid.UUID) or value is None else uuid.UUID(str(value))


def may_read(caller: Caller, name: str, owner: uuid.UUID | None) -> bool:
    if name in TEAM_WIDE:
        return True
    if owner is None:
        return False
    if caller.role is MemberRole.REP:
        return owner == caller.member_id
    if caller.role is MemberRole.MANAGER:
        return name not in SENSITIVE and (owner in caller.reps or owner == caller.member_id)
    return False


def may_write(
    caller: Caller,
    name: str,
    root: Mapping[str, Any] | None,
    row: Mapping[str, Any] | None = None,
) -> str | None:
    """``None`` when ``caller`` may write ``row`` (of table ``name``) under ``root``; else
    the reason it may not. Call it with the stored row and again with the incoming one."""
    if name in TEAM_WIDE:
        return "team"  # people and the policy are set on the server
    if root is None:
        return "scope"
    owner = owner_in(name, root)
    if name in COMMENTS:
        return _may_comment(caller, owner, row.get(COMMENTS[name]) if row is not None else None)
    if caller.role is MemberRole.REP:
        if owner != caller.member_id:
            return "scope"
        if root_of(name) in MANAGER_WRITES:
            return "role"  # a co-visit report is the manager's to write
        return None
    if caller.role is MemberRole.MANAGER:
        if root_of(name) not in MANAGER_WRITES or root.get("manager_id") != caller.member_id:
            return "role"
        return None if owner in caller.reps else "scope"
    return "role"


def _may_comment(caller: Caller, owner: uuid.UUID | None, author: object) -> str | None:
    """A rep comments in their own scope, a manager in their reps'; each writes (and
    removes) only their own comments."""
    if author is None or str(author) != str(caller.member_id):
        return "role"
    if caller.role is MemberRole.REP:
        return None if owner == caller.member_id else "scope"
    if caller.role is MemberRole.MANAGER:
        return None if owner in caller.reps else "scope"
    return "role"


def rows_with_owner(
    conn: Connection, name: str, keys: list[dict[str, Any]]
) -> list[tuple[Mapping[str, Any], uuid.UUID | None]]:
    """The current rows for ``keys`` (those still there) with the rep whose scope each is in."""
    t = table(name)
    hops, owner_column = chain(name)
    query = select(t)
    joined: Any = t
    last = t
    for hop in hops:
        joined = joined.outerjoin(hop.parent, hop.column == hop.parent.c.id)
        last = hop.parent
    owner_label = "_scope_owner"
    if owner_column is not None:
        query = query.add_columns(last.c[owner_column].label(owner_label))
    query = query.select_from(joined)
    pk = list(t.primary_key.columns)
    out: list[tuple[Mapping[str, Any], uuid.UUID | None]] = []
    for chunk in _chunks(keys, 1000):
        if len(pk) == 1:
            wanted = pk[0].in_([key[pk[0].name] for key in chunk])
        else:
            wanted = tuple_(*pk).in_([tuple(key[c.name] for c in pk) for key in chunk])
        rows = conn.execute(query.where(wanted)).all()
        for row in rows:
            mapping = dict(row._mapping)
            owner = mapping.pop(owner_label, None) if owner_column is not None else None
            out.append((mapping, owner))
    return out


def rows_in_scope(
    conn: Connection,
    caller: Caller,
    name: str,
    after: dict[str, Any] | None,
    limit: int,
) -> tuple[list[Encoded | dict[str, Any]], list[str]]:
    """Up to ``limit`` current rows of table ``name`` that ``caller`` may read, in key order
    after ``after`` (a key; None: from the first), as upsert changes for the laptop, and
    their keys (JSON): a snapshot read, one join per hop, the JSON built by PostgreSQL
    where it can (:mod:`.rowjson`).

    The same rule as :func:`may_read`, as a query: a rep their own scope, a manager their
    reps' and their own (no personal profiles), everyone the team-wide tables."""
    t = table(name)
    pk = list(t.primary_key.columns)
    exprs = column_exprs(t)
    query = select(t) if exprs is None else select(*exprs)
    joined: Any = t
    if name not in TEAM_WIDE:
        if caller.role is MemberRole.REP:
            people: frozenset[uuid.UUID] = frozenset({caller.member_id})
        elif caller.role is MemberRole.MANAGER and name not in SENSITIVE:
            people = caller.reps | {caller.member_id}
        else:
            return [], []
        hops, owner_column = chain(name)
        if owner_column is None:
            return [], []
        last = t
        for hop in hops:
            joined = joined.join(hop.parent, hop.column == hop.parent.c.id)
            last = hop.parent
        owner = last.c[owner_column]
        query = query.where(owner == next(iter(people)) if len(people) == 1 else owner.in_(people))
    query = query.select_from(joined)
    if after is not None:
        if len(pk) == 1:
            query = query.where(pk[0] > after[pk[0].name])
        else:
            query = query.where(tuple_(*pk) > tuple_(*(after[c.name] for c in pk)))
    query = query.order_by(*pk).limit(limit)
    if exprs is None:
        out: list[Encoded | dict[str, Any]] = []
        keys: list[str] = []
        for row in conn.execute(query):
            encoded = encode_row(t, row)
            key = [encoded[c.name] for c in pk]
            out.append({"table": name, "key": key, "op": "upsert", "row": encoded})
            keys.append(json.dumps(key))
        return out, keys
    x = query.subquery("x")
    key_sql = ", ".join(f'x."{c.name}"' for c in pk)
    change: Any = literal_column(
        f"json_build_object('table', '{name}', 'key', json_build_array({key_sql}), "
        "'op', 'upsert', 'row', row_to_json(x))::text"
    )
    rows = conn.execute(
        select(change, literal_column(f"json_build_array({key_sql})::text"))
        .select_from(x)
        .order_by(*(x.c[c.name] for c in pk))
    ).all()
    return [Encoded(r[0]) for r in rows], [r[1] for r in rows]


def _chunks(items: list[dict[str, Any]], size: int) -> list[list[dict[str, Any]]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def install_server_capture(conn: Connection) -> None:
    """(Re)create the capture trigger on every synced table (tables added by later
    migrations included); idempotent, run at every start."""
    from fieldvisit.sync.tables import key_columns, synced_tables

    first_time = conn.execute(text("SELECT NOT EXISTS (SELECT 1 FROM srv_change)")).scalar()
    for t in synced_tables():
        owner = ROOT_OWNER.get(t.name, "")
        args = ", ".join(f"'{a}'" for a in [owner, *(c.name for c in key_columns(t))])
        conn.execute(
            text(
                "CREATE OR REPLACE TRIGGER srv_capture "
                f'AFTER INSERT OR UPDATE OR DELETE ON "{t.name}" '
                f"FOR EACH ROW EXECUTE FUNCTION srv_capture({args})"
            )
        )
        if first_time:
            # Rows written before there was a log (the default policy from the migrations)
            # are logged once, so every laptop receives them.
            first = key_columns(t)[0].name
            conn.execute(text(f'UPDATE "{t.name}" SET "{first}" = "{first}"'))
