"""Push and pull: laptops' changes in, the team's changes out, each within its scope.

A push batch is one PostgreSQL transaction; every change carries ``(device_id, mid)``,
recorded with the write, so a replayed batch changes nothing. A pull pages through the
change log in commit order and serves only changes of transactions older than every one
still running, so a change committed late is never skipped.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    Connection,
    Table,
    delete,
    select,
    text,
)
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.exc import IntegrityError, ProgrammingError

from fieldvisit import clock
from fieldvisit.server import commands
from fieldvisit.server.audit import record_profile_reads
from fieldvisit.server.driver import driver_placeholders, driver_rows, stored_utc
from fieldvisit.server.locks import (
    changed_columns,
    locked_reason,
    reference_reason,
    rep_may_link,
)
from fieldvisit.server.merge import merge
from fieldvisit.server.merge_commands import redirect
from fieldvisit.server.models import Mutation
from fieldvisit.server.purge_commands import resend
from fieldvisit.server.rowjson import Encoded
from fieldvisit.server.scope import (
    Caller,
    may_read,
    may_write,
    owner_in,
    root_row,
    rows_in_scope,
    rows_with_owner,
)
from fieldvisit.server.security import (
    ENTER_CALLER,
    LEAVE_CALLER,
    as_caller,
    caller_params,
    name_caller,
)
from fieldvisit.server.store import caller_scope
from fieldvisit.storage.database import Database
from fieldvisit.sync.codec import decode_key, decode_row, encode_row
from fieldvisit.sync.tables import BOOKKEEPING, COMMAND_COLUMNS, synced_tables, table

PAGE = 1000
SNAPSHOT_PAGE = 5000
"""Rows per page of a first sync's snapshot (a page is one SQLite transaction on the laptop)."""
SNAPSHOT = "s"
"""A snapshot cursor's prefix (``s<xmin>:<table>:<last key>``); a log cursor is ``XID:ID``."""
CallerOf = Callable[[Connection], Caller]
"""Finds who is asking within a given transaction (authentication in the pull's own)."""
XMIN = "SELECT pg_snapshot_xmin(pg_current_snapshot())::text"
MAX_PUSH = 1000
_RANK = {t.name: i for i, t in enumerate(synced_tables())}
PROFILES = "stakeholder_profile"  # keyed by stakeholder_id: each read is audited
INSUFFICIENT_PRIVILEGE = "42501"  # what PostgreSQL says when a policy refuses a write


class BadPush(ValueError):
    """A push that does not follow the protocol (answered 400)."""


class CursorExpired(Exception):
    """Entries after the laptop's cursor may have been pruned: it downloads everything again."""


EXPIRED = (
    "COALESCE((SELECT (CAST(:cx AS xid8), CAST(:ci AS bigint)) < (last_xid, last_id) "
    "FROM srv_pruned WHERE one = 1), false)"
)
"""Whether the log was pruned past the cursor ``(:cx, :ci)`` (see :mod:`.retention`)."""


def apply_order(changes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Upserts parents first, then deletes children first, so foreign keys hold."""
    upserts = [c for c in changes if c.get("op") == "upsert"]
    deletes = [c for c in changes if c.get("op") == "delete"]
    steps = [c for c in changes if c.get("op") == "command"]  # in the order they were taken
    upserts.sort(key=lambda c: _RANK.get(c.get("table", ""), 0))
    deletes.sort(key=lambda c: -_RANK.get(c.get("table", ""), 0))
    return upserts + deletes + steps


def push(db: Database, caller: Caller, body: Mapping[str, Any]) -> dict[str, Any]:
    changes = body.get("changes")
    if not isinstance(changes, list) or len(changes) > MAX_PUSH:
        raise BadPush(f"Send changes as a list of at most {MAX_PUSH}.")
    results: list[dict[str, Any]] = []
    with db.session_scope() as session:
        conn = session.connection()
        name_caller(conn, str(caller.member_id), caller.role.value)
        for change in apply_order(changes):
            if change.get("op") == "command":
                results.append(_run_command(conn, caller, change))
            else:
                results.append(_apply_one(conn, caller, change))
    return {"results": results}


def _replayed(conn: Connection, caller: Caller, mid: int) -> dict[str, Any] | None:
    """The answer given when ``mid`` first came, for a replay (``duplicate``, with what it
    was: a refusal or an overwrite whose answer was lost on the way is said again)."""
    found = conn.execute(
        select(Mutation.answer).where(
            Mutation.device_id == caller.device_id, Mutation.mutation_id == mid
        )
    ).first()
    if found is None:
        return None
    stored = dict(found[0] or {})
    return stored | {"mid": mid, "status": "duplicate", "was": stored.get("status")}


def _run_command(conn: Connection, caller: Caller, change: Mapping[str, Any]) -> dict[str, Any]:
    """A workflow step, decided against the server's state; recorded with its mutation id so
    a replay is answered ``duplicate``."""
    try:
        mid = int(change["mid"])
        name = str(change["command"])
        args = dict(change.get("args") or {})
    except (KeyError, TypeError, ValueError) as exc:
        raise BadPush(f"A command is malformed ({type(exc).__name__}).") from exc
    answer: dict[str, Any] = {"mid": mid}
    replay = _replayed(conn, caller, mid)
    if replay is not None:
        return replay
    try:
        with conn.begin_nested() as step:
            outcome = commands.run(conn, caller, name, args)
            if outcome.reason is not None:
                step.rollback()
    except commands.BadCommand as exc:
        raise BadPush(str(exc)) from exc
    answer |= {"table": outcome.table, "key": outcome.key}
    if outcome.reason is None:
        return _record(conn, caller, mid, answer | {"status": "applied"})
    if outcome.resend and outcome.table in _RANK:
        resend(conn, outcome.table, list(outcome.resend))
    server_row = None
    if outcome.table in _RANK and outcome.key:
        t = table(outcome.table)
        key = decode_key(t, outcome.key)
        current = conn.execute(select(t).where(*[c == key[c.name] for c in t.primary_key])).first()
        if current is not None:
            owner = owner_in(outcome.table, root_row(conn, outcome.table, dict(current._mapping)))
            if may_read(caller, outcome.table, owner):
                server_row = encode_row(t, current)
    refused = {"status": "rejected", "reason": outcome.reason, "server_row": server_row}
    return _record(conn, caller, mid, answer | refused)


def _keep_command_columns(
    t: Table, values: dict[str, Any], current: Mapping[str, Any] | None
) -> None:
    """A row push never sets workflow columns: the server's value stays, a new row gets the
    column's default (the step itself arrives as its command)."""
    for name in COMMAND_COLUMNS.get(t.name, ()):
        if current is not None:
            values[name] = current[name]
            continue
        default: Any = t.c[name].default
        values[name] = default.arg if default is not None and default.is_scalar else None


def _changed_here(change: Mapping[str, Any]) -> set[str] | None:
    """The fields the laptop changed since its base (None without a base)."""
    base, row = change.get("base"), change.get("row")
    if not isinstance(base, dict) or not isinstance(row, dict):
        return None
    return {k for k, v in row.items() if k in base and base[k] != v}


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
    replay = _replayed(conn, caller, mid)
    if replay is not None:
        return replay
    pk = list(t.primary_key.columns)
    where = [c == key[c.name] for c in pk]
    current = conn.execute(select(t).where(*where)).first()
    current_map = dict(current._mapping) if current is not None else None
    if values is not None:
        redirect(conn, name, values)
    if values is not None and name in COMMAND_COLUMNS:
        _keep_command_columns(t, values, current_map)
        workflow = BOOKKEEPING | COMMAND_COLUMNS[name]
        here = _changed_here(change)
        if (
            current_map is not None
            and (
                changed_columns(current_map, values) <= BOOKKEEPING
                or (here is not None and here <= workflow)
            )
            and may_read(caller, name, owner_in(name, root_row(conn, name, current_map)))
        ):
            # Only a workflow step changed the row here: the step travels as its command.
            # (Measured against the laptop's base too: another person's edits it has not
            # pulled yet are not its changes, e.g. a rep acknowledging a report the manager
            # has edited since.)
            return _record(conn, caller, mid, answer | {"status": "applied"}) | {
                "row": encode_row(t, current)
            }
    reason = None
    root = None
    if current_map:
        root = root_row(conn, name, current_map)
        reason = may_write(caller, name, root, current_map)
    if reason is None and values is not None:
        if any(values.get(c.name) != key[c.name] for c in pk):
            raise BadPush("A change's row does not match its key.")
        root = root_row(conn, name, values)
        reason = may_write(caller, name, root, values)
    if reason == "role" and rep_may_link(caller, name, root, current_map, values):
        reason = None  # the rep's record linked to the manager's call of that visit
    if reason is None:
        reason = locked_reason(conn, caller, name, root, current_map, values)
    if reason is None:
        reason = reference_reason(conn, caller, name, current_map, values)
    if reason is not None:
        server_row = None
        if current_map is not None:
            owner = owner_in(name, root_row(conn, name, current_map))
            if may_read(caller, name, owner):
                server_row = encode_row(t, current)
        refused = {"status": "rejected", "reason": reason, "server_row": server_row}
        return _record(conn, caller, mid, answer | refused)
    merged = None
    if values is not None and current is not None:
        base = change.get("base")
        incoming = {
            k: v for k, v in dict(change["row"]).items() if k not in COMMAND_COLUMNS.get(name, ())
        }
        merged = merge(name, encode_row(t, current), incoming, base)
        values = decode_row(t, merged.row)
    answer["status"] = "applied"
    if merged is not None:
        answer["row"] = merged.row  # what the server now holds: the laptop's new base
        if merged.overwritten or merged.kept:
            answer["overwritten"] = merged.overwritten
            answer["kept"] = merged.kept
    try:
        with conn.begin_nested():
            _record(conn, caller, mid, answer)
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
        return {"mid": mid, "status": "deferred"}
    except ProgrammingError as exc:
        if getattr(exc.orig, "sqlstate", None) != INSUFFICIENT_PRIVILEGE:
            raise
        # The policies refused what the service's checks let through: refused, kept.
        refused = {"status": "rejected", "reason": "scope", "server_row": None}
        return _record(conn, caller, mid, {"mid": mid} | refused)
    return answer


def _record(conn: Connection, caller: Caller, mid: int, answer: dict[str, Any]) -> dict[str, Any]:
    """Remember ``mid`` with its answer, in the push's transaction; returns the answer.
    A plain "applied" keeps no row: the laptop's own row is its base on a replay."""
    kept = {k: v for k, v in answer.items() if k != "mid"}
    if kept.get("status") == "applied" and not (kept.get("overwritten") or kept.get("kept")):
        kept.pop("row", None)
    conn.execute(
        pg_insert(Mutation)
        .values(device_id=caller.device_id, mutation_id=mid, answer=kept)
        .on_conflict_do_nothing()
    )
    return answer


def parse_cursor(raw: str | None) -> tuple[str, int]:
    if not raw:
        return "0", 0
    xid, _, last = raw.partition(":")
    if not xid.isdigit() or not last.isdigit():
        raise BadPush("The cursor is XID:ID.")
    return xid, int(last)


def pull(
    db: Database, caller: Caller, after: str | None, limit: int | None = None
) -> dict[str, Any]:
    """:func:`pull_json`'s page as Python values."""
    page: dict[str, Any] = json.loads(pull_json(db, caller, after, limit))
    return page


def pull_json(
    db: Database,
    caller: Caller | CallerOf,
    after: str | None,
    limit: int | None = None,
    extra: Mapping[str, Any] | None = None,
) -> bytes:
    """One page of what ``caller`` may read since ``after``, as the JSON the laptop gets.

    A first sync (no cursor) is served as a snapshot: the caller's current rows read table
    by table, then the log from the point the snapshot covers. Later syncs page the log.
    ``caller`` may be a function finding the caller in the page's own transaction.
    """
    if not after or after.startswith(SNAPSHOT):
        if not isinstance(caller, Caller):
            with db.read_scope() as session:
                caller = caller(session.connection())
        size = min(limit or SNAPSHOT_PAGE, SNAPSHOT_PAGE)
        page, profiles = _snapshot_page(db, caller, after, size)
        if profiles:  # one short write: the audit of the profiles sent
            with db.session_scope() as session:
                record_profile_reads(session, caller, profiles)
    else:  # one transaction, three round trips when no profile was read
        with db.engine.begin() as conn:  # Core: no ORM session to set up for a few statements
            if not isinstance(caller, Caller):
                caller = caller(conn)
            size = max(1, min(limit or PAGE, PAGE))
            page, profiles, as_of = _log_page(conn, caller, after, size)  # ends as the caller
            if profiles:  # the audit is the service's, and waits for the disk
                conn.execute(_LEAVE_FOR_AUDIT)
                record_profile_reads(conn, caller, profiles)
            if not page["more"]:  # the laptop is up to date: its sync is done
                page["as_of"] = as_of
    return page_json(page | dict(extra or {}))


_LEAVE_FOR_AUDIT = text(f"SELECT {LEAVE_CALLER}, set_config('synchronous_commit', 'on', true)")


def page_json(page: dict[str, Any]) -> bytes:
    """The page as JSON, its changes already encoded by PostgreSQL spliced in as they are."""
    head = {k: v for k, v in page.items() if k != "changes"}
    items = ",".join(
        c if isinstance(c, Encoded) else json.dumps(c, ensure_ascii=False, separators=(",", ":"))
        for c in page["changes"]
    )
    text_ = json.dumps(head, ensure_ascii=False, separators=(",", ":"))
    return (text_[:-1] + ("," if head else "") + f'"changes":[{items}]}}').encode()


_ENTER = driver_placeholders(
    "WITH stamp AS (UPDATE srv_device SET last_synced_at = :now, last_seen_at = :now "
    "WHERE id = :device) "
    f"SELECT {EXPIRED}, "
    "(SELECT json_agg(json_build_array(member_id, at)) FROM "
    " (SELECT member_id, max(last_synced_at) AS at FROM srv_device "
    "  WHERE member_id = ANY(:members) AND revoked_at IS NULL GROUP BY member_id) AS x), "
    f"set_config('synchronous_commit', 'off', true), {ENTER_CALLER}"
)
"""A log page's first statement, as the service (a statement's tables are checked as it
starts, before its set_config calls switch the role for the statements after): stamp the
laptop as synced now, check its cursor was not pruned, read when each person whose data
the caller reads last synced, and enter the caller.

The stamp is advisory (a crash can but make an "as of" older), so the commit need not wait
for the disk, which a burst of laptops would otherwise queue on; audits set it back. It is
taken on every log page: the laptop pushed before it pulls, so its changes up to now are on
the server whichever page it is on."""

_LOG_PAGE = driver_placeholders(
    "SELECT id, xid::text AS xid, table_name, row_key, op, old_owner "
    "FROM srv_change "
    "WHERE (xid, id) > (CAST(:xid AS xid8), :id) "
    "AND xid < pg_snapshot_xmin(pg_current_snapshot()) "
    "ORDER BY srv_change.xid, id LIMIT :limit"  # the xid8, not the text column
)


def _log_page(
    conn: Connection, caller: Caller, after: str, limit: int
) -> tuple[dict[str, Any], list[str], dict[str, str]]:
    """One page of the log after ``after``, the profiles in it, and as of when the caller's
    people's data is on the server (see :data:`_ENTER`); the transaction is left as the
    caller."""
    xid, last_id = parse_cursor(after)
    now = clock.now_utc()
    ((expired, synced, *_settings),) = driver_rows(
        conn,
        _ENTER,
        caller_params(str(caller.member_id), caller.role.value)
        | {
            "cx": xid,
            "ci": last_id,
            "now": stored_utc(now),
            "device": caller.device_id,
            "members": [caller.member_id, *caller.reps],
        },
        named=False,  # the settings' columns share a name
    )
    if expired:
        raise CursorExpired(after)
    # Row-level security from here: the caller's scope only, whatever else says.
    log = driver_rows(conn, _LOG_PAGE, {"xid": xid, "id": last_id, "limit": limit})
    changes = _visible_changes(conn, caller, list(log))
    cursor = f"{log[-1].xid}:{log[-1].id}" if log else f"{xid}:{last_id}"
    profiles = [c["key"][0] for c in changes if c["table"] == PROFILES and c["op"] == "upsert"]
    page = {"changes": changes, "cursor": cursor, "more": len(log) == limit}
    return page, profiles, _as_of(synced or [], caller, now)


def _as_of(synced: list[list[Any]], caller: Caller, now: datetime) -> dict[str, str]:
    """Per person (the caller, a manager's reps) when one of their laptops last finished a
    sync, as ISO UTC. Their changes up to then are on the server, so figures made from what
    was pulled are complete "as of" that moment. The caller's own stamp of this statement is
    not among what it read."""
    seen = {
        str(member): datetime.fromisoformat(at).replace(tzinfo=UTC)
        for member, at in synced
        if at is not None
    }
    mine = str(caller.member_id)
    seen[mine] = max(seen.get(mine, now), now)
    return {member: at.isoformat() for member, at in seen.items()}


def _snapshot_page(
    db: Database, caller: Caller, after: str | None, limit: int
) -> tuple[dict[str, Any], list[str]]:
    """Up to ``limit`` of the caller's current rows, table by table (parents first) in key
    order; the cursor ``s<xmin>:<table>:<last key>`` says where the next page starts.

    ``xmin`` is taken before the first row is read: every transaction older than it has
    finished, so its rows are in what the snapshot reads (this page's and later pages',
    which see even more). When the tables are done the cursor becomes ``<xmin>:0`` and the
    log is replayed from there: a change committed by a transaction still running when
    the snapshot began comes again, none is skipped."""
    names = list(_RANK)
    with caller_scope(db, caller) as session:  # row-level security: the caller's scope only
        conn = session.connection()
        if after:
            xmin, start, last = _parse_snapshot_cursor(after)
        else:
            xmin = str(conn.execute(text(XMIN)).scalar_one())
            start, last = names[0], None
        changes: list[Encoded | dict[str, Any]] = []
        profiles: list[str] = []
        for name in names[names.index(start) :]:
            t = table(name)
            after_key = decode_key(t, last) if last is not None and name == start else None
            rows, keys = rows_in_scope(conn, caller, name, after_key, limit - len(changes))
            changes += rows
            if name == PROFILES:
                profiles += [json.loads(k)[0] for k in keys]
            if len(changes) >= limit:
                cursor = SNAPSHOT + f"{xmin}:{name}:{keys[-1]}"
                return {"changes": changes, "cursor": cursor, "more": True}, profiles
    # The tables are read: the log since the snapshot's xmin follows (next request).
    return {"changes": changes, "cursor": f"{xmin}:0", "more": True}, profiles


def _parse_snapshot_cursor(raw: str) -> tuple[str, str, list[Any]]:
    xmin, _, rest = raw[len(SNAPSHOT) :].partition(":")
    name, _, key = rest.partition(":")
    try:
        last = json.loads(key)
    except ValueError as exc:
        raise BadPush("The snapshot cursor's key is not JSON.") from exc
    if not xmin.isdigit() or name not in _RANK or not isinstance(last, list):
        raise BadPush("The snapshot cursor is sXMIN:TABLE:KEY.")
    return xmin, name, last


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
