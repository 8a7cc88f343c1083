"""How long the change log keeps what it logged, and the laptop that was away longer.

Every change of a synced row is an entry of ``srv_change``; a laptop pulls the entries
after its cursor. Entries are kept at least :data:`RETENTION` (180 days), then pruned,
except the newest entry of a row that still exists: a laptop's first (full) download
reads the log from its start, so every live row keeps one entry. Deletes (tombstones)
go once older than the retention: a laptop that was away longer could miss one, so its
cursor is refused (``cursor_expired``); it pushes what it has, downloads its whole scope
again and drops what that download did not contain.

Times are the service's clock (:mod:`fieldvisit.clock`), not PostgreSQL's: each prune
(and each start of the service) records a *mark*, the point the log had reached at that
time (``pg_snapshot_xmin``: every entry below it is committed). Pruning removes entries
below the newest mark older than the retention; a cursor before the last entry pruned
(in the log's ``(xid, id)`` order) may have missed one, so it is expired.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import text

from fieldvisit import clock
from fieldvisit.server.exchange import EXPIRED, SNAPSHOT, parse_cursor
from fieldvisit.storage.database import Database

RETENTION = timedelta(days=180)
PRUNED = "pruned"


def record_mark(db: Database) -> None:
    """Note where the log is now (an entry below this point is at least as old as now)."""
    with db.session_scope() as session:
        session.execute(
            text(
                "INSERT INTO srv_change_mark (at, log_xmin) "
                "VALUES (:at, pg_snapshot_xmin(pg_current_snapshot()))"
            ),
            {"at": _naive(clock.now_utc())},
        )


def prune(db: Database, retention: timedelta = RETENTION) -> int:
    """Drop log entries older than ``retention`` (never a live row's newest); returns how
    many. Records a mark first, so pruning daily keeps the log about ``retention`` long."""
    record_mark(db)
    horizon = _naive(clock.now_utc() - retention)
    with db.session_scope() as session:
        found = session.execute(
            text(
                "SELECT at, log_xmin::text FROM srv_change_mark WHERE at <= :h "
                "ORDER BY at DESC LIMIT 1"
            ),
            {"h": horizon},
        ).first()
        if found is None:
            return 0
        marked_at, mark = found
        gone = session.execute(
            text(
                "DELETE FROM srv_change c WHERE c.xid < CAST(:x AS xid8) AND (c.op = 'delete' "
                " OR EXISTS (SELECT 1 FROM srv_change n WHERE n.table_name = c.table_name"
                "  AND n.row_key = c.row_key AND (n.xid, n.id) > (c.xid, c.id)))"
                " RETURNING c.xid::text AS xid, c.id"
            ),
            {"x": mark},
        ).all()
        if gone:
            last = max(gone, key=lambda r: (int(r.xid), r.id))
            session.execute(
                text(
                    "INSERT INTO srv_pruned (one, last_xid, last_id, at) "
                    "VALUES (1, CAST(:x AS xid8), :i, :at) ON CONFLICT (one) DO UPDATE "
                    "SET (last_xid, last_id, at) = (excluded.last_xid, excluded.last_id, "
                    "excluded.at) WHERE (srv_pruned.last_xid, srv_pruned.last_id) "
                    "< (excluded.last_xid, excluded.last_id)"
                ),
                {"x": last.xid, "i": last.id, "at": _naive(clock.now_utc())},
            )
            # An entry after every pruned one (of no table: pulls pass over it), so a
            # laptop that downloads everything again ends with a cursor past them.
            session.execute(
                text(
                    "INSERT INTO srv_change (table_name, row_key, op) "
                    f"VALUES ('{PRUNED}', '[]'::jsonb, '{PRUNED}')"
                )
            )
        # Older marks are of no more use; the one used stays for the next prune.
        session.execute(text("DELETE FROM srv_change_mark WHERE at < :m"), {"m": marked_at})
        return len(gone)


def cursor_expired(db: Database, after: str | None) -> bool:
    """Whether entries after ``after`` may have been pruned (the laptop was away too long).
    A first download (no cursor) reads the whole log and is never expired."""
    if not after or after.startswith(SNAPSHOT):
        return False  # a first download in progress reads current rows, not the log
    xid, last_id = parse_cursor(after)
    with db.read_scope() as session:
        return bool(session.execute(text(f"SELECT {EXPIRED}"), {"cx": xid, "ci": last_id}).scalar())


def _naive(moment: datetime) -> datetime:
    """Marks are stored as naive UTC (``timestamp``), like the other server tables."""
    return moment.astimezone(UTC).replace(tzinfo=None)
