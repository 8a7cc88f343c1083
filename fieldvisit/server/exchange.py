"""Push and pull: laptops' changes in, the team's changes out, each within its scope.

A push batch is one PostgreSQL transaction; every change carries ``(device_id, mid)``,
recorded with the write, so a replayed batch changes nothing. A pull pages through the
change log in commit order and serves only changes of transactions older than every one
still running, so a change committed late is never skipped.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Connection, delete, func, select, text, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.exc import IntegrityError, ProgrammingError
from sqlalchemy.orm import Session

from fieldvisit import clock
from fieldvisit.server.audit import record_profile_reads
from fieldvisit.server.merge import merge
from fieldvisit.server.models import Device, Mutation
from fieldvisit.server.scope import (
    Caller,
    may_read,
    may_write,
    owner_in,
    root_row,
    rows_with_owner,
)
from fieldvisit.server.security import as_caller, name_caller
from fieldvisit.server.store import caller_scope
from fieldvisit.storage.database import Database
from fieldvisit.sync.codec import decode_key, decode_row, encode_row
from fieldvisit.sync.tables import synced_tables, table

PAGE = 1000
MAX_PUSH = 1000
_RANK = {t.name: i for i, t in enumerate(synced_tables())}
PROFILES = "stakeholder_profile"  # keyed by stakeholder_id: each read is audited
INSUFFICIENT_PRIVILEGE = "42501"  # what PostgreSQL says when a policy refuses a write


class BadPush(ValueError):
    """A push that does not follow the protocol (answered 400)."""


def apply_order(changes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Upserts parents first, then deletes children first, so foreign keys hold."""
    upserts = [c for c in changes if c.get("op") == "upsert"]
    deletes = [c for c in changes if c.get("op") == "delete"]
    upserts.sort(key=lambda c: _RANK.get(c.get("table", ""), 0))
    deletes.sort(key=lambda c: -_RANK.get(c.get("table", ""), 0))
    return upserts + deletes


def push(db: Database, caller: Caller, body: Mapping[str, Any]) -> dict[str, Any]:
    changes = body.get("changes")
    if not isinstance(changes, list) or len(changes) > MAX_PUSH:
        raise BadPush(f"Send changes as a list of at most {MAX_PUSH}.")
    results: list[dict[str, Any]] = []
    with db.session_scope() as session:
        conn = session.connection()
        name_caller(conn, str(caller.member_id), caller.role.value)
        for change in apply_order(changes):
            results.append(_apply_one(conn, caller, change))
    return {"results": results}


def _apply_one(conn: Connection, caller: Caller, change: Mapping[str, Any]) -> dict[str, Any]:
    try:
        mid = int(change["mid"])
        name = str(change["table"])
        op = str(change["op"])
        if name not in _RANK or op not in ("upsert", "delete"):
            raise KeyError(name)
        t = table(name)
        key = decode_key(t, list(change["key"]))
        values = decode_row(t, dict(change.get("row") or {})) if op == "upsert" else None
    except (KeyError, TypeError, ValueError) as exc:
        raise BadPush(f"A change is malformed ({type(exc).__name__}).") from exc
    answer: dict[str, Any] = {"mid": mid}
    seen = conn.execute(
        select(Mutation.mutation_id).where(
            Mutation.device_id == caller.device_id, Mutation.mutation_id == mid
        )
    ).first()
    if seen is not None:
        return answer | {"status": "duplicate"}
    pk = list(t.primary_key.columns)
    where = [c == key[c.name] for c in pk]
    current = conn.execute(select(t).where(*where)).first()
    current_map = dict(current._mapping) if current is not None else None
    reason = None
    if current_map:
        reason = may_write(caller, name, root_row(conn, name, current_map), current_map)
    if reason is None and values is not None:
        if any(values.get(c.name) != key[c.name] for c in pk):
            raise BadPush("A change's row does not match its key.")
        reason = may_write(caller, name, root_row(conn, name, values), values)
    if reason is not None:
        _record(conn, caller, mid)
        server_row = None
        if current_map is not None:
            owner = owner_in(name, root_row(conn, name, current_map))
            if may_read(caller, name, owner):
                server_row = encode_row(t, current)
        return answer | {"status": "rejected", "reason": reason, "server_row": server_row}
    merged = None
    if values is not None and current is not None:
        base = change.get("base")
        merged = merge(name, encode_row(t, current), dict(change["row"]), base)
        values = decode_row(t, merged.row)
    try:
        with conn.begin_nested():
            _record(conn, caller, mid)
            with as_caller(conn):  # row-level security checks the write again
                if values is None:
                    conn.execute(delete(t).where(*where))
                else:
                    others = {k: v for k, v in values.items() if k not in key}
                    statement = pg_insert(t).values(**values)
                    if others:
                        statement = statement.on_conflict_do_update(index_elements=pk, set_=others)
                    else:
                        statement = statement.on_conflict_do_nothing(index_elements=pk)
                    conn.execute(statement)
    except IntegrityError:
        # Most often a parent that has not arrived yet: the laptop sends it again later.
        return answer | {"status": "deferred"}
    except ProgrammingError as exc:
        if getattr(exc.orig, "sqlstate", None) != INSUFFICIENT_PRIVILEGE:
            raise
        # The policies refused what the service's checks let through: refused, kept.
        _record(conn, caller, mid)
        return answer | {"status": "rejected", "reason": "scope", "server_row": None}
    answer["status"] = "applied"
    if merged is not None:
        answer["row"] = merged.row  # what the server now holds: the laptop's new base
        if merged.overwritten or merged.kept:
            answer["overwritten"] = merged.overwritten
            answer["kept"] = merged.kept
    return answer


def _record(conn: Connection, caller: Caller, mid: int) -> None:
    conn.execute(
        pg_insert(Mutation)
        .values(device_id=caller.device_id, mutation_id=mid)
        .on_conflict_do_nothing()
    )


def parse_cursor(raw: str | None) -> tuple[str, int]:
    if not raw:
        return "0", 0
    xid, _, last = raw.partition(":")
    if not xid.isdigit() or not last.isdigit():
        raise BadPush("The cursor is XID:ID.")
    return xid, int(last)


def pull(db: Database, caller: Caller, after: str | None, limit: int = PAGE) -> dict[str, Any]:
    xid, last_id = parse_cursor(after)
    limit = max(1, min(limit, PAGE))
    with caller_scope(db, caller) as session:
        conn = session.connection()
        log = conn.execute(
            text(
                "SELECT id, xid::text AS xid, table_name, row_key, op, old_owner "
                "FROM srv_change "
                "WHERE (xid, id) > (CAST(:xid AS xid8), :id) "
                "AND xid < pg_snapshot_xmin(pg_current_snapshot()) "
                "ORDER BY srv_change.xid, id LIMIT :limit"  # the xid8, not the text column
            ),
            {"xid": xid, "id": last_id, "limit": limit},
        ).all()
        changes = _visible_changes(conn, caller, list(log))
    cursor = f"{log[-1].xid}:{log[-1].id}" if log else f"{xid}:{last_id}"
    page: dict[str, Any] = {"changes": changes, "cursor": cursor, "more": len(log) == limit}
    profiles = [c["key"][0] for c in changes if c["table"] == PROFILES and c["op"] == "upsert"]
    if profiles or not page["more"]:  # one short write: the audit, and a finished sync
        with db.session_scope() as session:
            record_profile_reads(session, caller, profiles)
            if not page["more"]:  # the laptop is up to date: its sync is done
                session.execute(
                    update(Device)
                    .where(Device.id == caller.device_id)
                    .values(last_synced_at=clock.now_utc())
                )
                page["as_of"] = as_of(session, caller)
    return page


def as_of(session: Session, caller: Caller) -> dict[str, str]:
    """Per person whose data the caller reads (themselves, a manager's reps): when one of
    their laptops last finished a sync. Their changes up to then are on the server, so
    figures made from what was pulled are complete "as of" that moment."""
    people = {caller.member_id, *caller.reps}
    rows = session.execute(
        select(Device.member_id, func.max(Device.last_synced_at))
        .where(Device.member_id.in_(people), Device.revoked_at.is_(None))
        .group_by(Device.member_id)
    ).all()
    return {str(member): seen.isoformat() for member, seen in rows if seen is not None}


def _visible_changes(conn: Connection, caller: Caller, log: list[Any]) -> list[dict[str, Any]]:
    latest: dict[tuple[str, str], Any] = {}
    moved: list[Any] = []
    for entry in log:
        latest[(entry.table_name, repr(entry.row_key))] = entry
        if entry.old_owner is not None:
            moved.append(entry)
    by_table: dict[str, list[Any]] = {}
    for entry in latest.values():
        by_table.setdefault(entry.table_name, []).append(entry)
    out: list[dict[str, Any]] = []
    for name, entries in by_table.items():
        if name not in _RANK:
            continue
        t = table(name)
        keys = [decode_key(t, list(e.row_key)) for e in entries]
        found = rows_with_owner(conn, name, keys)
        present = set()
        pk = [c.name for c in t.primary_key.columns]
        for row, owner in found:
            present.add(tuple(row[c] for c in pk))
            if may_read(caller, name, owner):
                encoded = encode_row(t, _Row(row))
                out.append(
                    {"table": name, "key": [encoded[c] for c in pk], "op": "upsert", "row": encoded}
                )
        for key, entry in zip(keys, entries, strict=True):
            if entry.op == "delete" and tuple(key[c] for c in pk) not in present:
                out.append({"table": name, "key": list(entry.row_key), "op": "delete"})
    for entry in moved:
        # A territory handed over: the previous holder's laptop drops it, profiles included.
        if may_read(caller, entry.table_name, entry.old_owner):
            t = table(entry.table_name)
            key = decode_key(t, list(entry.row_key))
            rows = rows_with_owner(conn, entry.table_name, [key])
            if not rows or not may_read(caller, entry.table_name, rows[0][1]):
                out.append({"table": entry.table_name, "key": list(entry.row_key), "op": "drop"})
    return out


class _Row:
    """Adapts a plain mapping to what :func:`encode_row` reads (``row._mapping``)."""

    def __init__(self, mapping: Mapping[str, Any]) -> None:
        self._mapping = mapping
