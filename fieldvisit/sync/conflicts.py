"""The Conflicts list: changes the team server refused or overwrote, kept on this laptop.

Each row of ``sync_conflict`` holds this laptop's version (``local_data``) and the team's
(``server_data``). The user keeps the team's (the row is marked resolved) or applies theirs
again: it is written back to the local row, so the capture triggers put it in the outbox and
the next sync pushes it once more.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, delete, text
from sqlalchemy.exc import IntegrityError

from fieldvisit.i18n import message
from fieldvisit.storage.database import Database
from fieldvisit.sync.capture import install_capture
from fieldvisit.sync.codec import decode_key, decode_row, decode_value
from fieldvisit.sync.device import SyncSetupError
from fieldvisit.sync.rows import pk_clause, upsert_rows
from fieldvisit.sync.tables import table

# Columns that say which row it is rather than what the user wrote.
_BOOKKEEPING = frozenset({"id", "created_at", "updated_at", "version", "deleted_at"})
# The columns that name a row, in order of preference.
_NAMING = ("name", "title", "subject", "summary", "content", "notes")


@dataclass(frozen=True, slots=True)
class FieldDifference:
    column: str
    mine: Any
    theirs: Any


@dataclass(frozen=True, slots=True)
class Conflict:
    id: int
    at: str
    table_name: str
    reason: str
    label: str
    """A human name of the row (its name, title…), empty when it has none."""
    differences: tuple[FieldDifference, ...]
    mine_deleted: bool
    theirs_deleted: bool
    command: str | None = None
    """The workflow step the server refused (``plan.withdraw``…); None for a row change."""


def _loads(value: str | None) -> dict[str, Any] | None:
    return None if value is None else dict(json.loads(value))


def _label(*rows: dict[str, Any] | None) -> str:
    for column in _NAMING:
        for row in rows:
            if row and isinstance(row.get(column), str) and row[column].strip():
                return " ".join(str(row[column]).split())[:80]
    return ""


def _differences(mine: dict[str, Any] | None, theirs: dict[str, Any] | None) -> list[Any]:
    mine, theirs = mine or {}, theirs or {}
    out = []
    for column in list(mine) + [c for c in theirs if c not in mine]:
        if column in _BOOKKEEPING:
            continue
        if mine.get(column) != theirs.get(column):
            out.append(FieldDifference(column, mine.get(column), theirs.get(column)))
    return out


def typed_value(table_name: str, column: str, value: Any) -> Any:
    """A conflict's JSON value as its column holds it (a code as its enum, a time, a day),
    for showing; the value as it is when the column is unknown or the value does not fit."""
    try:
        return decode_value(table(table_name).c[column], value)
    except (KeyError, ValueError, TypeError):
        return value


def _has_sync_tables(conn: Connection) -> bool:
    """Whether the laptop's sync tables exist (made when it joined a team)."""
    found = conn.execute(
        text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sync_conflict'")
    ).first()
    return found is not None


def _command_column(conn: Connection) -> str:
    """``command``, or NULL on a laptop that has not synced since the column was added."""
    have = {row[1] for row in conn.execute(text("PRAGMA table_info(sync_conflict)"))}
    return "command" if "command" in have else "NULL"


def window_state(db: Database) -> dict[str, Any]:
    """Changes waiting, unresolved conflicts and the last sync, read without writing.

    The window reads it after every local change, so unlike ``client.status`` it neither
    renews the capture triggers nor takes the write lock.
    """
    with db.read_scope() as session:
        conn = session.connection()
        if not _has_sync_tables(conn):
            return {"waiting": 0, "conflicts": 0, "last_sync": None}
        waiting = conn.execute(
            text("SELECT count(*) FROM (SELECT 1 FROM sync_outbox GROUP BY table_name, row_key)")
        ).scalar()
        conflicts = conn.execute(
            text("SELECT count(*) FROM sync_conflict WHERE resolved = 0")
        ).scalar()
        last = conn.execute(text("SELECT value FROM sync_state WHERE key = 'last_sync'")).scalar()
    return {
        "waiting": int(waiting or 0),
        "conflicts": int(conflicts or 0),
        "last_sync": None if last is None else str(last),
    }


def unresolved(db: Database) -> list[Conflict]:
    """The conflicts not settled yet, newest first."""
    with db.read_scope() as session:
        conn = session.connection()
        if not _has_sync_tables(conn):
            return []
        rows = conn.execute(
            text(
                "SELECT id, at, table_name, reason, local_data, server_data, "
                f"{_command_column(conn)} AS command "
                "FROM sync_conflict WHERE resolved = 0 ORDER BY id DESC"
            )
        ).all()
    out = []
    for row in rows:
        mine, theirs = _loads(row.local_data), _loads(row.server_data)
        out.append(
            Conflict(
                id=int(row.id),
                at=str(row.at),
                table_name=str(row.table_name),
                reason=str(row.reason),
                label=_label(mine, theirs),
                differences=tuple(_differences(mine, theirs)),
                mine_deleted=mine is None,
                theirs_deleted=theirs is None,
                command=None if row.command is None else str(row.command),
            )
        )
    return out


def keep_theirs(db: Database, conflict_id: int) -> None:
    """The team's version stays (it is already the local row): the conflict is settled."""
    with db.engine.begin() as conn:
        _resolve(conn, conflict_id)


class ApplyAgainError(SyncSetupError):
    title = "Team sync"


def apply_mine_again(db: Database, conflict_id: int) -> None:
    """Write this laptop's version back to the local row; the next sync pushes it again."""
    try:
        _apply_mine_again(db, conflict_id)
    except IntegrityError as exc:
        raise ApplyAgainError(
            message(
                "This version cannot be applied again: what it belongs to is no longer on this "
                "laptop. Keep the team's version instead.",
            ),
            "parent_missing",
        ) from exc


def _apply_mine_again(db: Database, conflict_id: int) -> None:
    with db.engine.begin() as conn:
        install_capture(conn)
        found = conn.execute(
            text(
                "SELECT table_name, row_key, local_data, command FROM sync_conflict WHERE id = :i"
            ),
            {"i": conflict_id},
        ).first()
        if found is None:
            return
        if found.command is not None:
            # A refused step is decided anew where it is taken (the plan, the report), on
            # what the team has now; its old row would be refused again.
            raise ApplyAgainError(
                message(
                    "This step was refused by the team server and cannot be sent again as it "
                    "was. Look at the team's version and take the step again if it still applies.",
                ),
                "refused_step",
            )
        t = table(str(found.table_name))
        mine = _loads(found.local_data)
        if mine is None:  # this laptop had deleted it: delete it again
            key = decode_key(t, json.loads(found.row_key))
            conn.execute(delete(t).where(*pk_clause(t, key)))
        else:
            upsert_rows(conn, t, [decode_row(t, mine)])
        _resolve(conn, conflict_id)


def _resolve(conn: Connection, conflict_id: int) -> None:
    conn.execute(text("UPDATE sync_conflict SET resolved = 1 WHERE id = :i"), {"i": conflict_id})
