"""Syncs cut off at random points resume and converge; laptop clocks decide nothing."""

from __future__ import annotations

import contextlib
import random
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from fieldvisit.clock import FixedClock
from fieldvisit.domain.enums import AccountType, MemberRole
from fieldvisit.server import admin
from fieldvisit.services.team import current_user, set_current_user
from fieldvisit.storage.database import Database
from fieldvisit.storage.migrate import open_database
from fieldvisit.storage.models import Account, Stakeholder
from fieldvisit.sync.client import SyncError, sync_now
from fieldvisit.sync.join import join
from tests.server.faults import FlakyTransport


def _rep_laptops(server_db: Database, url: str, folder: Path, count: int) -> list[Database]:
    admin.add_member(server_db, "王经理", MemberRole.MANAGER)
    first = admin.add_member(server_db, "李代表", MemberRole.REP, "王经理")
    codes = [first] + [admin.new_code_for(server_db, "李代表") for _ in range(count - 1)]
    laptops = []
    for n, code in enumerate(codes):
        db = open_database(folder / f"laptop{n}" / "fieldvisit.db")
        set_current_user(db, "李代表", MemberRole.REP)
        join(db, url, code)
        laptops.append(db)
    return laptops


def _sync_until_done(db: Database, transport: FlakyTransport | None = None) -> None:
    for _ in range(200):
        try:
            sync_now(db, transport)
            return
        except SyncError:
            continue  # cut off: simply sync again
    pytest.fail("sync never got through")


def test_cut_off_syncs_resume_and_converge(
    server_db: Database, live_server: str, tmp_path: Path
) -> None:
    office, home = _rep_laptops(server_db, live_server, tmp_path, 2)
    try:
        me = current_user(office)
        assert me is not None
        flaky = FlakyTransport(random.Random(11), rate=0.5)
        for i in range(30):
            with office.session_scope() as session:
                account = Account(
                    name=f"药店{i:02d}", account_type=AccountType.PHARMACY, owner_id=me.id
                )
                session.add(account)
                session.flush()
                session.add(Stakeholder(account_id=account.id, name=f"店长{i:02d}"))
            if i % 3 == 0:
                with contextlib.suppress(SyncError):
                    sync_now(office, flaky)
        _sync_until_done(office, flaky)
        _sync_until_done(home, flaky)
        assert flaky.cuts > 5  # the test did cut syncs off
        for db in (office, home, server_db):
            with db.read_scope() as session:
                names = session.scalars(select(Account.name)).all()
                people = session.scalar(select(func.count()).select_from(Stakeholder))
            assert sorted(names) == [f"药店{i:02d}" for i in range(30)]  # no duplicates
            assert people == 30
    finally:
        office.close()
        home.close()


def test_a_laptop_clock_two_days_fast_changes_no_outcome(
    server_db: Database, live_server: str, tmp_path: Path, fixed_clock: FixedClock
) -> None:
    fast, right = _rep_laptops(server_db, live_server, tmp_path, 2)
    try:
        me = current_user(fast)
        assert me is not None
        with fast.session_scope() as session:
            session.add(Account(name="协和医院", account_type=AccountType.HOSPITAL, owner_id=me.id))
        sync_now(fast)
        sync_now(right)
        # The fast laptop edits "in two days' time"; the right one edits later, at true time.
        fixed_clock.advance(timedelta(days=2))
        with fast.session_scope() as session:
            session.scalars(select(Account)).one().phone = "fast"
        sync_now(fast)
        fixed_clock.advance(timedelta(days=-2, minutes=5))
        with right.session_scope() as session:
            session.scalars(select(Account)).one().phone = "right"
        sync_now(right)
        sync_now(fast)
        # The server's order of arrival decides, not the laptops' time stamps.
        for db in (fast, right, server_db):
            with db.read_scope() as session:
                assert session.scalars(select(Account.phone)).one() == "right"
    finally:
        fast.close()
        right.close()
