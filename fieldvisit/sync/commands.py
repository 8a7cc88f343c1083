"""Workflow steps as commands for the team server (submit a plan, approve it, …).

A step taken on a laptop changes the local rows at once, and on a team laptop also queues
its command, in the same transaction, in order with the row changes around it. The server
decides each command against its own state (``fieldvisit.server.commands``); a refused one
comes back as a conflict and the laptop takes the team's version.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, text

from fieldvisit.storage.database import Database
from fieldvisit.sync.capture import COMMAND_TABLE


def in_team(conn: Connection) -> bool:
    """Whether this database has joined a team (its sync tables exist)."""
    found = conn.execute(
        text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sync_command'")
    ).first()
    return found is not None


def queue_command(conn: Connection, name: str, args: dict[str, Any]) -> None:
    """Queue ``name`` with JSON-ready ``args`` to go up at the next sync; nothing on a laptop
    used alone (the local change is the whole step there)."""
    if not in_team(conn):
        return
    result = conn.execute(
        text("INSERT INTO sync_command (name, args) VALUES (:n, :a)"),
        {"n": name, "a": json.dumps(args, ensure_ascii=False, sort_keys=True)},
    )
    conn.execute(
        text(
            "INSERT INTO sync_outbox (table_name, row_key, op) "
            "VALUES (:t, json_array(:id), 'command')"
        ),
        {"t": COMMAND_TABLE, "id": result.lastrowid},
    )


def waiting_for(db: Database, row_id: uuid.UUID) -> bool:
    """Whether a step about the row ``row_id`` (a plan, a report) has not reached the team
    server yet."""
    with db.read_scope() as session:
        conn = session.connection()
        if not in_team(conn):
            return False
        found = conn.execute(
            text("SELECT 1 FROM sync_command WHERE args LIKE :id LIMIT 1"),
            {"id": f"%{row_id}%"},
        ).first()
    return found is not None


@contextmanager
def uncaptured(conn: Connection) -> Iterator[None]:
    """Changes made inside stay out of the outbox: a command sent instead carries them."""
    if not in_team(conn):
        yield
        return
    conn.execute(text("INSERT OR IGNORE INTO sync_applying (one) VALUES (1)"))
    try:
        yield
    finally:
        conn.execute(text("DELETE FROM sync_applying"))
