"""Change capture on the laptop: SQLite triggers write every change of a synced table to an
outbox, whatever wrote it (the ORM, a bulk ``update()``, a cascade).

The sync tables and triggers are the sync machinery's own, installed when the laptop joins
a team and renewed before each sync (a migration that rebuilds a table drops its triggers).
While pulled changes are applied, a row in ``sync_applying`` (visible only inside that
transaction) keeps them out of the outbox.
"""

from __future__ import annotations

import json
import uuid
from datetime import datetime

from sqlalchemy import Connection, Table, text

from fieldvisit.sync.tables import DERIVED, TEAM_WIDE, data_columns, key_columns, synced_tables

SETUP = (
    "CREATE TABLE IF NOT EXISTS sync_outbox ("
    " seq INTEGER PRIMARY KEY AUTOINCREMENT, table_name TEXT NOT NULL,"
    " row_key TEXT NOT NULL, op TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS ix_sync_outbox_key ON sync_outbox (table_name, row_key)",
    "CREATE TABLE IF NOT EXISTS sync_applying (one INTEGER PRIMARY KEY)",
    "CREATE TABLE IF NOT EXISTS sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS sync_orphan ("
    " table_name TEXT NOT NULL, row_key TEXT NOT NULL, data TEXT NOT NULL,"
    " PRIMARY KEY (table_name, row_key))",
    # The row as the server last had it (received, or sent and taken): what an edit here
    # started from, so only the fields changed here are sent as changed.
    "CREATE TABLE IF NOT EXISTS sync_base ("
    " table_name TEXT NOT NULL, row_key TEXT NOT NULL, data TEXT NOT NULL,"
    " PRIMARY KEY (table_name, row_key))",
    # During a full download again (a laptop away longer than the server keeps changes):
    # the rows it contained, so those it did not can go at its end.
    "CREATE TABLE IF NOT EXISTS sync_seen ("
    " table_name TEXT NOT NULL, row_key TEXT NOT NULL, PRIMARY KEY (table_name, row_key))",
    "CREATE TABLE IF NOT EXISTS sync_conflict ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, table_name TEXT NOT NULL,"
    " row_key TEXT NOT NULL, reason TEXT NOT NULL, local_data TEXT, server_data TEXT,"
    " resolved INTEGER NOT NULL DEFAULT 0)",
    # Workflow steps waiting to go up (fieldvisit.sync.commands); each has its place in the
    # outbox (table "#command"), so it travels in order with the row changes around it.
    "CREATE TABLE IF NOT EXISTS sync_command ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, args TEXT NOT NULL)",
)

COMMAND_TABLE = "#command"
"""The outbox's table name for a workflow command (its row key is ``[sync_command.id]``)."""

ADDED_COLUMNS = (("sync_conflict", "command", "TEXT"),)
"""Columns added to the sync tables after laptops had joined: (table, column, type)."""


def _key_expr(t: Table, alias: str) -> str:
    parts = ", ".join(f'{alias}."{c.name}"' for c in key_columns(t))
    return f"json_array({parts})"


def _only_derived_changed(t: Table) -> str:
    """SQL true when an update changed a derived column (a search key) and nothing else."""
    derived = " OR ".join(f'OLD."{c}" IS NOT NEW."{c}"' for c in sorted(DERIVED[t.name]))
    same = " AND ".join(f'OLD."{c.name}" IS NEW."{c.name}"' for c in data_columns(t))
    return f"(({derived}) AND {same})"


def _triggers(t: Table) -> list[str]:
    guard = "WHEN NOT EXISTS (SELECT 1 FROM sync_applying)"
    out = []
    for event, alias, op in (
        ("INSERT", "NEW", "upsert"),
        ("UPDATE", "NEW", "upsert"),
        ("DELETE", "OLD", "delete"),
    ):
        name = f"sync_{event.lower()}_{t.name}"
        when = guard
        if event == "UPDATE" and t.name in DERIVED:
            # A rebuilt search key is not a change: it is computed again on every laptop.
            when = f"{guard} AND NOT {_only_derived_changed(t)}"
        out.append(f'DROP TRIGGER IF EXISTS "{name}"')
        out.append(
            f'CREATE TRIGGER "{name}" AFTER {event} ON "{t.name}" {when} BEGIN '
            f"INSERT INTO sync_outbox (table_name, row_key, op) "
            f"VALUES ('{t.name}', {_key_expr(t, alias)}, '{op}'); END"
        )
    return out


def install_capture(conn: Connection) -> None:
    """Create the sync tables and (re)create every synced table's triggers."""
    for statement in SETUP:
        conn.execute(text(statement))
    for name, column, kind in ADDED_COLUMNS:
        have = {row[1] for row in conn.execute(text(f'PRAGMA table_info("{name}")'))}
        if column not in have:
            conn.execute(text(f'ALTER TABLE "{name}" ADD COLUMN "{column}" {kind}'))
    for t in captured_tables():
        for statement in _triggers(t):
            conn.execute(text(statement))


def captured_tables() -> list[Table]:
    """What a laptop sends: everything that syncs but the team-wide tables, which only the
    server (its administrators) writes."""
    return [t for t in synced_tables() if t.name not in TEAM_WIDE]


def enqueue_everything(conn: Connection) -> int:
    """Put every existing row in the outbox, parents first: the first upload after joining."""
    total = 0
    for t in captured_tables():
        result = conn.execute(
            text(
                f"INSERT INTO sync_outbox (table_name, row_key, op) "
                f"SELECT '{t.name}', {_key_expr(t, t.name)}, 'upsert' FROM \"{t.name}\""
            )
        )
        total += result.rowcount or 0
    return total


def pending_count(conn: Connection) -> int:
    value = conn.execute(
        text("SELECT count(DISTINCT table_name || row_key) FROM sync_outbox")
    ).scalar()
    return int(value or 0)


AS_OF = "as_of"
"""Per person (id → ISO time): when their laptop last reached the server, as of this
laptop's last pull. Team figures say how fresh each rep's data is with it."""


def team_as_of(conn: Connection) -> dict[uuid.UUID, datetime]:
    """The :data:`AS_OF` map; empty on a laptop used alone (no sync tables) or not yet synced."""
    joined = conn.execute(
        text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sync_state'")
    ).first()
    raw = get_state(conn, AS_OF) if joined else None
    if not raw:
        return {}
    try:
        stamps = json.loads(raw)
    except ValueError:
        return {}
    found: dict[uuid.UUID, datetime] = {}
    for person, when in stamps.items() if isinstance(stamps, dict) else ():
        try:  # one bad entry (a newer server's format) does not hide the others
            found[uuid.UUID(str(person))] = datetime.fromisoformat(str(when))
        except ValueError:
            continue
    return found


def get_state(conn: Connection, key: str) -> str | None:
    row = conn.execute(text("SELECT value FROM sync_state WHERE key = :k"), {"k": key}).first()
    return None if row is None else str(row[0])


def set_state(conn: Connection, key: str, value: str) -> None:
    conn.execute(
        text(
            "INSERT INTO sync_state (key, value) VALUES (:k, :v) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
        ),
        {"k": key, "v": value},
    )
