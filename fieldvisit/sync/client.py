"""One sync of this laptop with its team server: push what changed here, pull what changed
there. Safe to cut off at any point: a push batch is retried whole (the server answers
``duplicate`` for what it has), a pulled page and its cursor commit together.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import Any

import httpx
from sqlalchemy import Connection, Table, delete, select, text
from sqlalchemy.exc import IntegrityError

from fieldvisit import clock
from fieldvisit.i18n import message
from fieldvisit.storage.database import Database
from fieldvisit.sync import protocol as p
from fieldvisit.sync.capture import (
    AS_OF,
    COMMAND_TABLE,
    captured_tables,
    get_state,
    install_capture,
    set_state,
)
from fieldvisit.sync.codec import decode_key, decode_row, encode_key, encode_row
from fieldvisit.sync.device import DeviceIdentity, SyncSetupError, load_identity
from fieldvisit.sync.rows import pk_clause, storage_key, upsert_encoded, upsert_rows
from fieldvisit.sync.tables import synced_tables, table

PUSH_BATCH = 200
CURSOR = "pull_cursor"
RESYNC = "full_download"
"""Set while the laptop downloads its whole scope again (kept across a killed sync)."""
_RANK = {t.name: i for i, t in enumerate(synced_tables())}
TIMEOUT = httpx.Timeout(60.0, connect=10.0)


class SyncError(SyncSetupError):
    title = "Sync"


@dataclass(frozen=True, slots=True)
class SyncResult:
    pushed: int
    pulled: int
    conflicts: int


def _storage_key(t: Table, key: dict[str, Any]) -> list[Any]:
    """The key as SQLite stores it (uuids as 32 hex digits), to match the outbox's json."""
    out: list[Any] = []
    for c in t.primary_key.columns:
        value = key[c.name]
        out.append(value.hex if isinstance(value, uuid.UUID) else getattr(value, "value", value))
    return out


class Session:
    """A sync of ``db`` with the server in its device identity."""

    def __init__(self, db: Database, transport: httpx.BaseTransport | None = None) -> None:
        if db.path is None:
            raise SyncError(
                message(
                    "Only a laptop's own database file syncs.",
                )
            )
        identity = load_identity(db.path)
        if identity is None:
            raise SyncError(
                message(
                    "This laptop is not in a team: join one first (fieldvisit sync join).",
                )
            )
        self.db = db
        self.identity: DeviceIdentity = identity
        self.http = httpx.Client(
            base_url=identity.server_url,
            headers={"Authorization": f"Bearer {identity.token}"},
            transport=transport,
            timeout=TIMEOUT,
        )

    def close(self) -> None:
        self.http.close()

    def run(self) -> SyncResult:
        with self.db.engine.begin() as conn:
            install_capture(conn)
        pushed, conflicts = self.push()
        pulled = self.pull()
        with self.db.engine.begin() as conn:
            set_state(conn, "last_sync", clock.now_utc().isoformat())
        return SyncResult(pushed, pulled, conflicts)

    # --- push -------------------------------------------------------------------------

    def push(self) -> tuple[int, int]:
        pushed = conflicts = 0
        while True:
            batch = self._read_batch()
            if not batch:
                return pushed, conflicts
            answer = self._post(
                "/push",
                {
                    "protocol": p.PROTOCOL_VERSION,
                    "device_id": str(self.identity.device_id),
                    "changes": [c for c, _ in batch],
                },
            )
            done, new_conflicts = self._settle(batch, answer.get("results", []))
            pushed += done
            conflicts += new_conflicts
            if done + new_conflicts == 0:
                return pushed, conflicts  # only deferred ones: their parents come next time

    def _read_batch(self) -> list[tuple[dict[str, Any], int]]:
        with self.db.read_scope() as session:
            conn = session.connection()
            groups = conn.execute(
                text(
                    "SELECT table_name, row_key, min(seq) AS first, max(seq) AS last "
                    "FROM sync_outbox GROUP BY table_name, row_key ORDER BY first LIMIT :n"
                ),
                {"n": PUSH_BATCH},
            ).all()
            batch: list[tuple[dict[str, Any], int]] = []
            for g in groups:
                if g.table_name == COMMAND_TABLE:
                    # A workflow step goes alone, after the changes made before it.
                    if not batch:
                        batch.append((_command_change(conn, g), g.last))
                    break
                t = table(g.table_name)
                key = decode_key(t, json.loads(g.row_key))
                row = conn.execute(select(t).where(*pk_clause(t, key))).first()
                change: dict[str, Any] = {
                    "mid": g.last,
                    "table": g.table_name,
                    "key": encode_key(t, json.loads(g.row_key)),
                    "op": "upsert" if row is not None else "delete",
                }
                if row is not None:
                    change["row"] = encode_row(t, row)
                    base = _base(conn, t, key)
                    if base is not None:
                        change["base"] = base
                batch.append((change, g.last))
            return batch

    def _settle(
        self, batch: list[tuple[dict[str, Any], int]], results: list[dict[str, Any]]
    ) -> tuple[int, int]:
        by_mid = {int(r["mid"]): r for r in results}
        done = conflicts = 0
        with self.db.engine.begin() as conn:
            conn.execute(text("INSERT OR IGNORE INTO sync_applying (one) VALUES (1)"))
            for change, last in batch:
                result = by_mid.get(last, {"status": "deferred"})
                if result.get("status") == "duplicate" and result.get("was"):
                    # Sent before, its answer lost on the way: the first answer counts.
                    result = dict(result, status=result["was"])
                status = result.get("status")
                if status == "deferred":
                    continue
                if change["op"] == "command":
                    conflicts += _settle_command(conn, change, result)
                    done += status != "rejected"
                    continue
                t = table(change["table"])
                key = decode_key(t, change["key"])
                if status == "rejected":
                    conflicts += 1
                    _keep_conflict(conn, t, key, change.get("row"), result)
                    _take_server_version(conn, t, key, result.get("server_row"))
                    _set_base(conn, t, key, result.get("server_row"))
                else:
                    done += 1
                    _set_base(conn, t, key, result.get("row", change.get("row")))
                    if result.get("overwritten") or result.get("kept"):
                        conflicts += 1
                        _keep_overlap(conn, t, key, change.get("row"), result)
                conn.execute(
                    text(
                        "DELETE FROM sync_outbox WHERE table_name = :t "
                        "AND row_key = json(:k) AND seq <= :last"
                    ),
                    {"t": t.name, "k": json.dumps(_storage_key(t, key)), "last": last},
                )
            conn.execute(text("DELETE FROM sync_applying"))
        return done, conflicts

    # --- pull -------------------------------------------------------------------------

    def pull(self) -> int:
        pulled = 0
        restarted = False
        while True:
            with self.db.read_scope() as session:
                cursor = get_state(session.connection(), CURSOR)
                again = get_state(session.connection(), RESYNC) is not None
            params = {"after": cursor} if cursor else {}
            try:
                page = self._get("/pull", params)
            except SyncError as exc:
                if exc.reason != p.CURSOR_EXPIRED or restarted:
                    raise
                restarted = True  # away too long: what we had is pushed; download it all
                self._start_full_download()
                continue
            if again:
                self._note_seen(page.get("changes", []))
            pulled += self._apply_page(page.get("changes", []), str(page["cursor"]))
            if not page.get("more"):
                if again:
                    self._drop_unseen()
                if isinstance(page.get("as_of"), dict):
                    with self.db.engine.begin() as conn:
                        set_state(conn, AS_OF, json.dumps(page["as_of"]))
                return pulled

    # --- a full download again (the server pruned changes this laptop had not seen) ----

    def _start_full_download(self) -> None:
        with self.db.engine.begin() as conn:
            conn.execute(text("DELETE FROM sync_seen"))
            conn.execute(text("DELETE FROM sync_state WHERE key = :k"), {"k": CURSOR})
            set_state(conn, RESYNC, clock.now_utc().isoformat())

    def _note_seen(self, changes: list[dict[str, Any]]) -> None:
        """Before the page is applied (a page applied twice notes the same rows again)."""
        seen = []
        for change in changes:
            if change.get("op") == "upsert" and change.get("table") in _RANK:
                t = table(change["table"])
                key = _compact(_storage_key(t, decode_key(t, change["key"])))
                seen.append({"t": t.name, "k": key})
        if seen:
            with self.db.engine.begin() as conn:
                conn.execute(
                    text("INSERT OR IGNORE INTO sync_seen (table_name, row_key) VALUES (:t, :k)"),
                    seen,
                )

    def _drop_unseen(self) -> None:
        """The full download is done: rows it did not contain were deleted (or left this
        laptop's scope) while it was away, unless changed here and still to be sent."""
        with self.db.engine.begin() as conn:
            conn.execute(text("PRAGMA defer_foreign_keys = ON"))
            conn.execute(text("INSERT OR IGNORE INTO sync_applying (one) VALUES (1)"))
            for t in reversed(captured_tables()):
                key = ", ".join(f'"{c.name}"' for c in t.primary_key.columns)
                conn.execute(
                    text(
                        f'DELETE FROM "{t.name}" WHERE json_array({key}) NOT IN '
                        "(SELECT row_key FROM sync_seen WHERE table_name = :t) "
                        f"AND json_array({key}) NOT IN "
                        "(SELECT json(row_key) FROM sync_outbox WHERE table_name = :t)"
                    ),
                    {"t": t.name},
                )
                conn.execute(
                    text(
                        "DELETE FROM sync_base WHERE table_name = :t AND row_key NOT IN "
                        "(SELECT row_key FROM sync_seen WHERE table_name = :t) AND row_key "
                        "NOT IN (SELECT json(row_key) FROM sync_outbox WHERE table_name = :t)"
                    ),
                    {"t": t.name},
                )
            conn.execute(text("DELETE FROM sync_seen"))
            conn.execute(text("DELETE FROM sync_state WHERE key = :k"), {"k": RESYNC})
            conn.execute(text("DELETE FROM sync_applying"))

    def _apply_page(self, changes: list[dict[str, Any]], cursor: str) -> int:
        try:
            return self._apply(changes, cursor, hold_orphans=False)
        except IntegrityError:
            # A row whose parent has not arrived yet: apply again, holding such rows aside.
            return self._apply(changes, cursor, hold_orphans=True)

    def _apply(self, changes: list[dict[str, Any]], cursor: str, *, hold_orphans: bool) -> int:
        """One page and its cursor in one transaction, applied table by table in bulk."""
        applied = 0
        with self.db.engine.begin() as conn:
            conn.execute(text("PRAGMA defer_foreign_keys = ON"))
            conn.execute(text("INSERT OR IGNORE INTO sync_applying (one) VALUES (1)"))
            pending = {
                (name, key)
                for name, key in conn.execute(
                    text("SELECT DISTINCT table_name, json(row_key) FROM sync_outbox")
                )
            }
            for (name, op), group in _grouped(_apply_order(changes)):
                t = table(name)
                fresh = []
                for change in group:
                    stored = _compact(storage_key(t, change["key"]))
                    if (name, stored) not in pending:  # changed here since: ours goes up first
                        fresh.append((change, stored))
                if not fresh:
                    continue
                applied += len(fresh)
                if op == "upsert":
                    upsert_encoded(conn, t, [c["row"] for c, _ in fresh])
                    _set_bases(conn, name, [(s, c["row"]) for c, s in fresh])
                else:  # delete, or drop (a territory handed over): cascades to children
                    for change, _ in fresh:
                        conn.execute(delete(t).where(*pk_clause(t, decode_key(t, change["key"]))))
                    _set_bases(conn, name, [(s, None) for _, s in fresh])
            if hold_orphans or conn.execute(text("SELECT 1 FROM sync_orphan LIMIT 1")).first():
                _hold_orphans(conn)
            set_state(conn, CURSOR, cursor)
            conn.execute(text("DELETE FROM sync_applying"))
        return applied

    # --- http -------------------------------------------------------------------------

    def _post(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        return self._answer(lambda: self.http.post(f"{p.API_PREFIX}{path}", json=body))

    def _get(self, path: str, params: dict[str, str]) -> dict[str, Any]:
        return self._answer(lambda: self.http.get(f"{p.API_PREFIX}{path}", params=params))

    def _answer(self, send: Any) -> dict[str, Any]:
        try:
            response = send()
        except httpx.HTTPError as exc:
            raise SyncError(
                message(
                    "The team server cannot be reached ({reason}); changes stay "
                    "on this laptop and go at the next sync.",
                    reason=type(exc).__name__,
                )
            ) from exc
        try:
            data: dict[str, Any] = response.json()
        except ValueError as exc:
            raise SyncError(message("The team server's answer could not be read.")) from exc
        if response.status_code != 200:
            raise SyncError(_refusal(data, response.status_code), str(data.get("error", "")))
        return data


def _refusal(data: dict[str, Any], status: int) -> str:
    """The server's refusal in the user's language: the server's own text is the admin's
    language, so the laptop says the known codes itself."""
    code = str(data.get("error", ""))
    if code == p.DEVICE_REVOKED:
        return message(
            "This laptop was removed from the team; its changes stay here. Ask your "
            "administrator for a new code to join again.",
        )
    if code == p.UNAUTHORIZED:
        return message(
            "The team server no longer accepts this laptop (an unknown device, or a person "
            "no longer in the team). Ask your administrator.",
        )
    if code == p.PROTOCOL_OUTDATED:
        return message(
            "This FieldVisit is too old to sync with the team server. Update it, then sync again.",
        )
    return message(
        "The team server refused the request ({code}).",
        code=code or status,
    )


def _command_change(conn: Connection, group: Any) -> dict[str, Any]:
    (command_id,) = json.loads(group.row_key)
    found = conn.execute(
        text("SELECT name, args FROM sync_command WHERE id = :i"), {"i": command_id}
    ).one()
    return {
        "mid": group.last,
        "op": "command",
        "key": [command_id],
        "command": str(found.name),
        "args": json.loads(found.args),
    }


def _settle_command(conn: Connection, change: dict[str, Any], result: dict[str, Any]) -> int:
    """Done with a command: a refused one is kept as a conflict over the row it was about
    (this laptop's version against the team's), and the team's version is taken."""
    conflicts = 0
    if result.get("status") == "rejected" and result.get("table") in _RANK:
        t = table(str(result["table"]))
        key = decode_key(t, list(result.get("key") or []))
        local = conn.execute(select(t).where(*pk_clause(t, key))).first()
        conn.execute(
            text(
                "INSERT INTO sync_conflict "
                "(at, table_name, row_key, reason, local_data, server_data, command) "
                "VALUES (:at, :t, :k, :r, :l, :s, :c)"
            ),
            {
                "at": clock.now_utc().isoformat(),
                "t": t.name,
                "k": json.dumps([str(v) for v in _storage_key(t, key)]),
                "r": str(result.get("reason") or "rejected"),
                "l": json.dumps(encode_row(t, local), ensure_ascii=False) if local else None,
                "s": json.dumps(result.get("server_row"), ensure_ascii=False)
                if result.get("server_row") is not None
                else None,
                "c": change["command"],
            },
        )
        if result.get("server_row") is not None:
            _take_server_version(conn, t, key, result.get("server_row"))
            _set_base(conn, t, key, result.get("server_row"))
        conflicts = 1
    conn.execute(
        text("DELETE FROM sync_outbox WHERE table_name = :t AND seq = :s"),
        {"t": COMMAND_TABLE, "s": change["mid"]},
    )
    conn.execute(text("DELETE FROM sync_command WHERE id = :i"), {"i": change["key"][0]})
    return conflicts


def _apply_order(changes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    upserts = [c for c in changes if c.get("op") == "upsert"]
    removals = [c for c in changes if c.get("op") in ("delete", "drop")]
    upserts.sort(key=lambda c: _RANK.get(c["table"], 0))
    removals.sort(key=lambda c: -_RANK.get(c["table"], 0))
    return upserts + removals


def _compact(values: list[Any]) -> str:
    """A key as SQLite's json() writes it, to compare with the outbox's keys."""
    if len(values) == 1 and isinstance(values[0], str) and values[0].isalnum():
        return f'["{values[0]}"]'  # one uuid's hex digits: nothing to escape
    return json.dumps(values, separators=(",", ":"), ensure_ascii=False)


def _grouped(changes: list[dict[str, Any]]) -> list[tuple[tuple[str, str], list[dict[str, Any]]]]:
    """Runs of consecutive changes to one table with one kind of operation (order kept)."""
    runs: list[tuple[tuple[str, str], list[dict[str, Any]]]] = []
    for change in changes:
        op = "upsert" if change["op"] == "upsert" else "delete"
        if runs and runs[-1][0] == (change["table"], op):
            runs[-1][1].append(change)
        else:
            runs.append(((change["table"], op), [change]))
    return runs


def _set_bases(conn: Connection, name: str, bases: list[tuple[str, dict[str, Any] | None]]) -> None:
    kept = [
        (name, key, json.dumps(data, ensure_ascii=False)) for key, data in bases if data is not None
    ]
    gone = [(name, key) for key, data in bases if data is None]
    if kept:
        conn.exec_driver_sql(
            "INSERT INTO sync_base (table_name, row_key, data) VALUES (?, ?, ?) "
            "ON CONFLICT (table_name, row_key) DO UPDATE SET data = excluded.data",
            kept,
        )
    if gone:
        conn.exec_driver_sql("DELETE FROM sync_base WHERE table_name = ? AND row_key = ?", gone)


def _hold_orphans(conn: Connection) -> None:
    """Rows whose parent has not arrived yet wait aside (``sync_orphan``), then come back."""
    for t in synced_tables():
        waiting = conn.execute(
            text("SELECT row_key, data FROM sync_orphan WHERE table_name = :t"), {"t": t.name}
        ).all()
        for row_key, data in waiting:
            conn.execute(
                text("DELETE FROM sync_orphan WHERE table_name = :t AND row_key = :k"),
                {"t": t.name, "k": row_key},
            )
            upsert_rows(conn, t, [decode_row(t, json.loads(data))])
    for _ in range(len(_RANK)):
        problems = conn.execute(text("PRAGMA foreign_key_check")).all()
        if not problems:
            return
        for name, rowid, *_rest in problems:
            t = table(name)
            row = conn.execute(text(f'SELECT * FROM "{name}" WHERE rowid = :r'), {"r": rowid})
            found = row.first()
            if found is None:
                continue
            values = {c.name: found._mapping[c.name] for c in t.columns}
            typed = conn.execute(select(t).where(*pk_clause(t, _typed_key(t, values)))).first()
            if typed is None:
                continue
            data = encode_row(t, typed)
            conn.execute(
                text(
                    "INSERT OR REPLACE INTO sync_orphan (table_name, row_key, data) "
                    "VALUES (:t, :k, :d)"
                ),
                {"t": name, "k": json.dumps(data_key(t, data)), "d": json.dumps(data)},
            )
            conn.execute(text(f'DELETE FROM "{name}" WHERE rowid = :r'), {"r": rowid})


def _typed_key(t: Table, raw: dict[str, Any]) -> dict[str, Any]:
    return decode_key(t, [raw[c.name] for c in t.primary_key.columns])


def data_key(t: Table, data: dict[str, Any]) -> list[Any]:
    return [data[c.name] for c in t.primary_key.columns]


def _base(conn: Connection, t: Table, key: dict[str, Any]) -> dict[str, Any] | None:
    row = conn.execute(
        text("SELECT data FROM sync_base WHERE table_name = :t AND row_key = json(:k)"),
        {"t": t.name, "k": json.dumps(_storage_key(t, key))},
    ).first()
    return None if row is None else dict(json.loads(row[0]))


def _set_base(conn: Connection, t: Table, key: dict[str, Any], data: dict[str, Any] | None) -> None:
    params = {"t": t.name, "k": json.dumps(_storage_key(t, key))}
    if data is None:
        conn.execute(
            text("DELETE FROM sync_base WHERE table_name = :t AND row_key = json(:k)"), params
        )
        return
    conn.execute(
        text(
            "INSERT INTO sync_base (table_name, row_key, data) VALUES (:t, json(:k), :d) "
            "ON CONFLICT (table_name, row_key) DO UPDATE SET data = excluded.data"
        ),
        params | {"d": json.dumps(data, ensure_ascii=False)},
    )


def _keep_overlap(
    conn: Connection,
    t: Table,
    key: dict[str, Any],
    local: dict[str, Any] | None,
    result: dict[str, Any],
) -> None:
    """Two people changed the same field: ours went in; keep the value it replaced (or,
    for a completed record, ours that the server kept out) so nothing is lost unseen."""
    server_row = dict(result.get("row") or {})
    if result.get("overwritten"):
        replaced = dict(server_row) | dict(result["overwritten"])
        _keep_conflict(conn, t, key, local, {"reason": "overwritten", "server_row": replaced})
    if result.get("kept"):
        _keep_conflict(conn, t, key, local, {"reason": "completed", "server_row": server_row})
        _take_server_version(conn, t, key, server_row)


def _keep_conflict(
    conn: Connection,
    t: Table,
    key: dict[str, Any],
    local: dict[str, Any] | None,
    result: dict[str, Any],
) -> None:
    conn.execute(
        text(
            "INSERT INTO sync_conflict (at, table_name, row_key, reason, local_data, server_data) "
            "VALUES (:at, :t, :k, :r, :l, :s)"
        ),
        {
            "at": clock.now_utc().isoformat(),
            "t": t.name,
            "k": json.dumps([str(v) for v in _storage_key(t, key)]),
            "r": str(result.get("reason", "rejected")),
            "l": json.dumps(local, ensure_ascii=False) if local is not None else None,
            "s": json.dumps(result.get("server_row"), ensure_ascii=False)
            if result.get("server_row") is not None
            else None,
        },
    )


def _take_server_version(
    conn: Connection, t: Table, key: dict[str, Any], server_row: dict[str, Any] | None
) -> None:
    """After a refusal the laptop shows what the team has (the refused value is kept above)."""
    if server_row is None:
        conn.execute(delete(t).where(*pk_clause(t, key)))
    else:
        upsert_rows(conn, t, [decode_row(t, server_row)])


def sync_now(db: Database, transport: httpx.BaseTransport | None = None) -> SyncResult:
    session = Session(db, transport)
    try:
        return session.run()
    finally:
        session.close()


def status(db: Database) -> dict[str, Any]:
    """What ``sync status --json`` prints: membership, changes waiting, conflicts, last sync."""
    identity = load_identity(db.path) if db.path is not None else None
    if identity is None:
        return {"joined": False}
    with db.engine.begin() as conn:
        install_capture(conn)
        waiting = conn.execute(
            text("SELECT count(*) FROM (SELECT 1 FROM sync_outbox GROUP BY table_name, row_key)")
        ).scalar()
        conflicts = conn.execute(
            text("SELECT count(*) FROM sync_conflict WHERE resolved = 0")
        ).scalar()
        last = get_state(conn, "last_sync")
    return {
        "joined": True,
        "server": identity.server_url,
        "member": identity.member_name,
        "role": identity.role,
        "device_id": str(identity.device_id),
        "joined_at": identity.joined_at,
        "waiting": int(waiting or 0),
        "conflicts": int(conflicts or 0),
        "last_sync": last,
    }
