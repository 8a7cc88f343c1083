"""A first sync served as a snapshot: the caller's current rows table by table, then the log
from the snapshot's xmin. Same rows as replaying the log, paged, and nothing committed
out of order is skipped."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import insert, literal_column, select

from fieldvisit.domain.enums import AccountType, ContactMethod, MemberRole
from fieldvisit.server import admin, exchange
from fieldvisit.server.app import authenticate, enrol
from fieldvisit.server.scope import Caller
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import (
    Account,
    ContactRecord,
    Stakeholder,
    StakeholderProfile,
    TeamMember,
)
from fieldvisit.sync import protocol as p


def _caller(db: Database, name: str, role: MemberRole, manager: str | None = None) -> Caller:
    code = admin.add_member(db, name, role, manager)
    token = enrol(db, {"code": code, "device_name": "笔记本", "protocol": p.PROTOCOL_VERSION})
    return authenticate(db, f"Bearer {token['token']}")


def _member(db: Database, name: str) -> uuid.UUID:
    with db.read_scope() as session:
        return session.scalars(select(TeamMember.id).where(TeamMember.name == name)).one()


def _fill(db: Database, owner: uuid.UUID, prefix: str, n: int) -> None:
    with db.session_scope() as session:
        for i in range(n):
            account = Account(
                name=f"{prefix}{i}", account_type=AccountType.HOSPITAL, owner_id=owner
            )
            session.add(account)
            session.flush()
            person = Stakeholder(account_id=account.id, name=f"{prefix}{i}主任")
            session.add(person)
            session.flush()
            session.add(StakeholderProfile(stakeholder_id=person.id, hobbies="钓鱼"))
            session.add(
                ContactRecord(
                    account_id=account.id,
                    author_id=owner,
                    occurred_at=datetime(2026, 11, 20, 2, 0, tzinfo=UTC),
                    method=ContactMethod.VISIT,
                    content="介绍新品",
                )
            )


def _pull_all(db: Database, caller: Caller, after: str | None, limit: int | None) -> Any:
    """Every page until the server says done: the rows by (table, key), the pages, the cursor."""
    rows: dict[tuple[str, str], dict[str, Any] | None] = {}
    pages = 0
    cursor = after
    while True:
        page = exchange.pull(db, caller, cursor, limit)
        pages += 1
        for change in page["changes"]:
            key = (change["table"], repr(change["key"]))
            rows[key] = change.get("row") if change["op"] == "upsert" else None
        cursor = page["cursor"]
        if not page["more"]:
            return {k: v for k, v in rows.items() if v is not None}, pages, cursor


@pytest.fixture
def people(server_db: Database) -> dict[str, Caller]:
    boss = _caller(server_db, "王经理", MemberRole.MANAGER)
    a = _caller(server_db, "李代表", MemberRole.REP, "王经理")
    b = _caller(server_db, "张代表", MemberRole.REP, "王经理")
    _fill(server_db, _member(server_db, "李代表"), "协和", 4)
    _fill(server_db, _member(server_db, "张代表"), "朝阳", 3)
    return {"boss": boss, "a": a, "b": b}


def test_snapshot_pages_hold_the_same_rows_as_the_log(
    server_db: Database, people: dict[str, Caller]
) -> None:
    for who in ("a", "b"):
        caller = people[who]
        snapshot, pages, cursor = _pull_all(server_db, caller, None, 3)
        replayed, _, _ = _pull_all(server_db, caller, "0:0", None)
        assert snapshot == replayed
        assert pages > 4  # 3 rows a page, then the log after the snapshot
        assert not cursor.startswith(exchange.SNAPSHOT)
        tables = {name for name, _ in snapshot}
        assert {"account", "stakeholder", "stakeholder_profile", "contact_record"} <= tables
    a_accounts = [r["name"] for (t, _), r in snapshot.items() if t == "account"]
    assert sorted(a_accounts) == ["朝阳0", "朝阳1", "朝阳2"]  # b's only


def test_a_manager_snapshot_has_the_team_without_profiles(
    server_db: Database, people: dict[str, Caller]
) -> None:
    boss = authenticate_again(server_db, people["boss"])
    snapshot, _, _ = _pull_all(server_db, boss, None, None)
    replayed, _, _ = _pull_all(server_db, boss, "0:0", None)
    assert snapshot == replayed
    names = sorted(r["name"] for (t, _), r in snapshot.items() if t == "account")
    assert len(names) == 7
    assert not [t for t, _ in snapshot if t == "stakeholder_profile"]


def authenticate_again(db: Database, caller: Caller) -> Caller:
    # the manager enrolled before their reps existed: their team is read at each request
    from fieldvisit.server.scope import team_of

    with db.read_scope() as session:
        reps = team_of(session.connection(), caller.member_id)
    return Caller(
        caller.device_id, caller.member_id, caller.name, caller.role, caller.manager_id, reps
    )


def test_a_row_committed_after_the_snapshot_began_comes_with_the_log(
    server_db: Database, people: dict[str, Caller]
) -> None:
    """SYNC.md's cursor rule: a transaction still running while the snapshot is read (so
    its row is not in it) commits later; the next pull must bring its row."""
    a = people["a"]
    owner = a.member_id
    late = server_db.engine.connect()
    try:
        tx = late.begin()
        late.execute(
            insert(Account).values(
                name="迟到医院", account_type=AccountType.HOSPITAL, owner_id=owner
            )
        )
        _fill(server_db, owner, "后来", 1)  # begun later, committed first
        first, _, cursor = _pull_all(server_db, a, None, 2)
        names = [r.get("name") for r in first.values()]
        assert "后来0" in names and "迟到医院" not in names
        tx.commit()
    finally:
        late.close()
    later, _, _ = _pull_all(server_db, a, cursor, None)
    names = {r.get("name") for r in later.values()}
    assert "迟到医院" in names


def test_postgresql_encodes_every_synced_table_as_the_codec_does(server_db: Database) -> None:
    """The snapshot's rows are built by PostgreSQL (rowjson); the laptop merges against
    them as bases, so each must be exactly what the codec writes, type by type."""
    from fieldvisit.server.rowjson import column_exprs
    from fieldvisit.services.demo import MIN_ACCOUNTS, generate_demo
    from fieldvisit.storage.models import Attachment
    from fieldvisit.sync.codec import encode_row
    from fieldvisit.sync.tables import synced_tables

    generate_demo(server_db, accounts=MIN_ACCOUNTS, seed=3)
    with server_db.session_scope() as session:
        account = session.scalars(select(Account)).first()
        assert account is not None
        account.updated_at = datetime(2026, 11, 23, 10, 0, 0, 120, tzinfo=UTC)  # microseconds
        session.add(
            Attachment(
                account_id=account.id,
                filename="名片.png",
                media_type="image/png",
                size_bytes=300,
                sha256="0" * 64,
                content=bytes(range(256)) + b"\n\x00" * 22,  # base64 longer than a line
            )
        )
    compared = 0
    with server_db.read_scope() as session:
        conn = session.connection()
        for t in synced_tables():
            exprs = column_exprs(t)
            assert exprs is not None, t.name  # every table takes the fast path
            pk = list(t.primary_key.columns)
            by_codec = [encode_row(t, r) for r in conn.execute(select(t).order_by(*pk))]
            x = select(*exprs).select_from(t).subquery("x")
            by_sql = conn.scalars(
                select(literal_column("row_to_json(x)"))
                .select_from(x)
                .order_by(*(x.c[c.name] for c in pk))
            ).all()
            assert by_sql == by_codec, t.name
            compared += len(by_codec)
    assert compared > 500
