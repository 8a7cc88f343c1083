"""A randomized run: three laptops, a thousand steps of edits, deletes, restores, links,
territory moves and syncs cut off at random; at the end every laptop equals the server
within its scope, nothing is duplicated, and every change is applied or in a conflict list.
"""

from __future__ import annotations

import contextlib
import random
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import Connection, delete, select, text

from fieldvisit import clock
from fieldvisit.domain.enums import (
    AccountType,
    ContactMethod,
    MemberRole,
    PlannedKind,
    PlanStatus,
)
from fieldvisit.domain.errors import FieldVisitError
from fieldvisit.server import admin
from fieldvisit.server.scope import Caller, may_read, owner_in, root_row, team_of
from fieldvisit.services.accounts.merge import merge_accounts
from fieldvisit.services.planning.plans import (
    add_contact,
    approve_plan,
    load_plan,
    return_plan,
    submit_plan,
    withdraw_plan,
)
from fieldvisit.services.team import current_user, set_current_user
from fieldvisit.storage.database import Database
from fieldvisit.storage.migrate import open_database
from fieldvisit.storage.models import (
    Account,
    ContactRecord,
    MonthlyPlan,
    RecordStakeholder,
    Stakeholder,
    StakeholderProfile,
)
from fieldvisit.sync.client import SyncError, sync_now
from fieldvisit.sync.codec import encode_row
from fieldvisit.sync.join import join
from fieldvisit.sync.tables import synced_tables
from tests.server.faults import FlakyTransport

STEPS = 1000
SEED = 20261202


@dataclass
class Laptop:
    name: str
    role: MemberRole
    db: Database
    member_id: uuid.UUID
    edits: int = 0
    conflicts_expected: bool = False
    made: list[uuid.UUID] = field(default_factory=list)


def _laptop(folder: Path, name: str, role: MemberRole, url: str, code: str) -> Laptop:
    db = open_database(folder / name / "fieldvisit.db")
    set_current_user(db, name, role)
    join(db, url, code)
    me = current_user(db)
    assert me is not None
    return Laptop(name, role, db, me.id)


def _own_accounts(laptop: Laptop, live_only: bool = False) -> list[uuid.UUID]:
    with laptop.db.read_scope() as session:
        query = select(Account.id).where(Account.owner_id == laptop.member_id)
        if live_only:
            query = query.where(Account.deleted_at.is_(None))
        return list(session.scalars(query.order_by(Account.name)))


def _step(rng: random.Random, laptop: Laptop, serial: int) -> None:
    db = laptop.db
    if laptop.role is MemberRole.MANAGER and rng.random() < 0.3:
        _decide_plans(rng, laptop)
        return
    if laptop.role is MemberRole.MANAGER:
        with db.session_scope() as session:
            accounts = session.scalars(select(Account).order_by(Account.name)).all()
            if accounts:
                rng.choice(accounts).phone = f"经理改{serial}"
                laptop.conflicts_expected = True
        return
    mine = _own_accounts(laptop)
    action = rng.choice(
        ["create", "create", "edit", "edit", "edit", "delete", "link", "unlink", "plan", "merge"]
    )
    if action in ("plan", "merge") and len(mine) > 1:
        with contextlib.suppress(FieldVisitError):  # e.g. an account moved away meanwhile
            if action == "plan":
                _plan_step(rng, laptop, _own_accounts(laptop, live_only=True))
            else:
                _merge_step(rng, laptop, _own_accounts(laptop, live_only=True))
        laptop.edits += 1
        return
    if action in ("plan", "merge") or not mine:
        with db.session_scope() as session:
            account = Account(
                name=f"{laptop.name}-{serial:04d}",
                account_type=AccountType.PHARMACY,
                owner_id=laptop.member_id,
            )
            session.add(account)
            session.flush()
            person = Stakeholder(account_id=account.id, name=f"店长{serial}")
            session.add(person)
            session.flush()
            session.add(StakeholderProfile(stakeholder_id=person.id, hobbies=f"爱好{serial}"))
        return
    target = rng.choice(mine)
    with db.session_scope() as session:
        account = session.get(Account, target)
        assert account is not None
        if action == "edit":
            setattr(account, rng.choice(["phone", "address", "notes"]), f"值{serial}")
        elif action == "delete":
            account.deleted_at = None if account.deleted_at else clock.now_utc()
        elif action == "link":
            people = session.scalars(
                select(Stakeholder.id).where(Stakeholder.account_id == target)
            ).all()
            record = ContactRecord(
                account_id=target,
                author_id=laptop.member_id,
                occurred_at=datetime(2026, 11, 20, 2, serial % 60, tzinfo=UTC),
                method=ContactMethod.VISIT,
                content=f"拜访{serial}",
            )
            session.add(record)
            session.flush()
            for person in people[:2]:
                session.add(RecordStakeholder(record_id=record.id, stakeholder_id=person))
        else:  # unlink: a link row removed (hard delete, travels as a delete)
            link = session.execute(
                select(RecordStakeholder.record_id, RecordStakeholder.stakeholder_id)
                .join(ContactRecord, ContactRecord.id == RecordStakeholder.record_id)
                .where(ContactRecord.account_id == target)
            ).first()
            if link is not None:
                session.execute(
                    delete(RecordStakeholder).where(
                        RecordStakeholder.record_id == link[0],
                        RecordStakeholder.stakeholder_id == link[1],
                    )
                )
    laptop.edits += 1


MONTH = date(2026, 12, 1)


def _plan_step(rng: random.Random, laptop: Laptop, live: list[uuid.UUID]) -> None:
    """A rep works on next month's plan: adds a visit, submits, withdraws (commands)."""
    me = laptop.member_id
    status = load_plan(laptop.db, me, MONTH).status
    if status in (None, PlanStatus.DRAFT, PlanStatus.RETURNED):
        if live and rng.random() < 0.6:
            day = date(2026, 12, rng.choice([1, 2, 3, 4, 7, 8, 9, 10, 11]))
            add_contact(laptop.db, me, rng.choice(live), day, PlannedKind.VISIT, actor_id=me)
        else:
            submit_plan(laptop.db, me, MONTH, me)
    elif status is PlanStatus.SUBMITTED:
        withdraw_plan(laptop.db, me, MONTH, me)


def _merge_step(rng: random.Random, laptop: Laptop, live: list[uuid.UUID]) -> None:
    if len(live) > 1 and rng.random() < 0.3:  # merges are rare
        keep, remove = rng.sample(live, 2)
        merge_accounts(laptop.db, keep, remove, None, laptop.member_id)


def _decide_plans(rng: random.Random, laptop: Laptop) -> None:
    """The manager approves or returns the submitted plans this laptop has seen."""
    with laptop.db.read_scope() as session:
        reps = session.scalars(
            select(MonthlyPlan.rep_id).where(MonthlyPlan.status == PlanStatus.SUBMITTED)
        ).all()
    for rep in reps:
        with contextlib.suppress(FieldVisitError):
            if rng.random() < 0.5:
                approve_plan(laptop.db, rep, MONTH, laptop.member_id)
            else:
                return_plan(laptop.db, rep, MONTH, laptop.member_id, "请调整")
            laptop.conflicts_expected = True


def _nothing_dropped_unseen(laptop: Laptop, server: Database, serial: int) -> None:
    """After every step: each record on a rep's laptop is on the server or still waiting to
    go (a change refused on a push whose answer was lost must not be taken as done)."""
    if laptop.role is not MemberRole.REP:
        return
    with laptop.db.read_scope() as session:
        local = set(session.scalars(select(ContactRecord.id)))
        waiting = set(
            session.scalars(
                text("SELECT row_key FROM sync_outbox WHERE table_name = 'contact_record'")
            )
        )
    with server.read_scope() as session:
        there = set(session.scalars(select(ContactRecord.id).where(ContactRecord.id.in_(local))))
    lost = [r for r in local - there if f'["{r.hex}"]' not in waiting]
    assert not lost, f"step {serial}: {laptop.name} holds records the server never got"


def _sync(laptop: Laptop, transport: FlakyTransport | None) -> None:
    with contextlib.suppress(SyncError):  # cut off: the next sync carries on
        sync_now(laptop.db, transport)


def _rows(conn: Connection, names: list[str]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for t in synced_tables():
        if t.name not in names:
            continue
        out[t.name] = {repr(sorted(encode_row(t, r).items())) for r in conn.execute(select(t))}
    return out


def _server_view(server: Database, caller: Caller, names: list[str]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    with server.read_scope() as session:
        conn = session.connection()
        for t in synced_tables():
            if t.name not in names:
                continue
            seen: set[str] = set()
            for row in conn.execute(select(t)):
                owner = owner_in(t.name, root_row(conn, t.name, dict(row._mapping)))
                if may_read(caller, t.name, owner):
                    seen.add(repr(sorted(encode_row(t, row).items())))
            out[t.name] = seen
    return out


@pytest.mark.slow
def test_random_steps_end_with_every_laptop_equal_to_the_server(
    server_db: Database, live_server: str, tmp_path: Path
) -> None:
    rng = random.Random(SEED)
    codes = {
        "王经理": admin.add_member(server_db, "王经理", MemberRole.MANAGER),
        "李代表": admin.add_member(server_db, "李代表", MemberRole.REP, "王经理"),
        "张代表": admin.add_member(server_db, "张代表", MemberRole.REP, "王经理"),
    }
    laptops = [
        _laptop(tmp_path, "李代表", MemberRole.REP, live_server, codes["李代表"]),
        _laptop(tmp_path, "张代表", MemberRole.REP, live_server, codes["张代表"]),
        _laptop(tmp_path, "王经理", MemberRole.MANAGER, live_server, codes["王经理"]),
    ]
    flaky = FlakyTransport(rng, rate=0.3)
    moves = 0
    try:
        for serial in range(STEPS):
            roll = rng.random()
            laptop = rng.choice(laptops)
            if roll < 0.25:
                _sync(laptop, flaky)
            elif roll < 0.27:
                with server_db.read_scope() as session:
                    accounts = session.execute(
                        select(Account.id, Account.owner_id).where(Account.deleted_at.is_(None))
                    ).all()
                if accounts:
                    account_id, owner = rng.choice(accounts)
                    to = "张代表" if owner == laptops[0].member_id else "李代表"
                    admin.assign_territory(server_db, str(account_id), to)
                    moves += 1
            elif laptop.role is MemberRole.MANAGER and roll > 0.3:
                _sync(laptop, flaky)
            else:
                _step(rng, laptop, serial)
            _nothing_dropped_unseen(laptop, server_db, serial)
        for _ in range(3):  # the network is back: everyone syncs until nothing moves
            for laptop in laptops:
                sync_now(laptop.db)
        assert flaky.cuts > 10 and moves > 5
        with server_db.read_scope() as session:  # the plan steps did run, as commands
            steps = session.execute(
                text(
                    "SELECT answer->>'status' FROM srv_mutation "
                    "WHERE answer->>'table' = 'monthly_plan' AND answer ? 'key'"
                )
            ).scalars()
            assert "applied" in set(steps)

        names = [t.name for t in synced_tables()]
        for laptop in laptops:
            with laptop.db.read_scope() as session:
                conn = session.connection()
                assert conn.execute(text("SELECT count(*) FROM sync_outbox")).scalar() == 0
                mine = _rows(conn, names)
                conflicts = conn.execute(text("SELECT count(*) FROM sync_conflict")).scalar()
            with server_db.read_scope() as session:
                reps = team_of(session.connection(), laptop.member_id)
            caller = Caller(uuid.uuid4(), laptop.member_id, laptop.name, laptop.role, None, reps)
            theirs = _server_view(server_db, caller, names)
            for name in names:
                assert mine[name] == theirs[name], f"{laptop.name}: {name} differs"
            if laptop.conflicts_expected:
                assert conflicts and conflicts > 0  # the manager's refused edits are kept
            if laptop.role is MemberRole.MANAGER:
                assert mine["stakeholder_profile"] == set()
        # No duplicates: every account made once is on the server once.
        with server_db.read_scope() as session:
            all_names = session.scalars(select(Account.name)).all()
        assert len(all_names) == len(set(all_names))
    finally:
        for laptop in laptops:
            laptop.db.close()
