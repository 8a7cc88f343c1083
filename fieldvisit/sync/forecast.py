"""Rows a laptop writes ahead of the server, which makes them itself from a command.

A correction's kept revision is written by the server (``covisit.correct``) from its own
report; the laptop writes the same row at once so the revision reads offline, but does not
push it: the server's row arrives with the next pull and replaces it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import text
from sqlalchemy.orm import Session

from fieldvisit.sync.commands import in_team


@contextmanager
def made_by_command(session: Session) -> Iterator[None]:
    """Rows flushed inside are not captured for the push (on a team laptop)."""
    conn = session.connection()
    if not in_team(conn):
        yield
        return
    session.flush()
    conn.execute(text("INSERT OR IGNORE INTO sync_applying (one) VALUES (1)"))
    try:
        yield
        session.flush()
    finally:
        conn.execute(text("DELETE FROM sync_applying"))
