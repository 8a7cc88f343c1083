"""Field-by-field merging: the rules alone, then two laptops of one rep editing one card."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select, text

from fieldvisit.domain.enums import AccountType, MemberRole
from fieldvisit.server import admin
from fieldvisit.server.merge import merge
from fieldvisit.services.team import current_user, set_current_user
from fieldvisit.storage.database import Database
from fieldvisit.storage.migrate import open_database
from fieldvisit.storage.models import Account
from fieldvisit.sync.client import sync_now
from fieldvisit.sync.join import join


def test_only_fields_changed_here_are_written() -> None:
    current = {"name": "协和", "phone": "2", "address": "东单"}
    base = {"name": "协和", "phone": "1", "address": "东单"}
    mine = {"name": "协和", "phone": "1", "address": "王府井"}  # I changed the address only
    result = merge("account", current, mine, base)
    assert result.row == {"name": "协和", "phone": "2", "address": "王府井"}
    assert result.overwritten == {}


def test_the_same_field_changed_twice_keeps_the_replaced_value() -> None:
    result = merge("account", {"name": "B"}, {"name": "C"}, {"name": "A"})
    assert result.row == {"name": "C"}
    assert result.overwritten == {"name": "B"}


def test_completion_is_monotone() -> None:
    current = {"status": "complete", "completed_at": "2026-11-20T10:00:00", "content": "x"}
    reopened = {"status": "draft", "completed_at": None, "content": "y"}
    result = merge("contact_record", current, reopened, {"status": "complete", "content": "x"})
    assert result.row["status"] == "complete"
    assert result.row["completed_at"] == "2026-11-20T10:00:00"
    assert result.row["content"] == "y"
    assert result.kept == {"status": "draft"}


def test_two_laptops_of_one_rep_merge_their_edits(
    server_db: Database, live_server: str, tmp_path: Path
) -> None:
    admin.add_member(server_db, "王经理", MemberRole.MANAGER)
    first_code = admin.add_member(server_db, "李代表", MemberRole.REP, "王经理")
    second_code = admin.new_code_for(server_db, "李代表")
    laptops = []
    for name, code in (("office", first_code), ("home", second_code)):
        db = open_database(tmp_path / name / "fieldvisit.db")
        set_current_user(db, "李代表", MemberRole.REP)
        join(db, live_server, code)
        laptops.append(db)
    office, home = laptops
    try:
        me = current_user(office)
        assert me is not None
        with office.session_scope() as session:
            session.add(Account(name="协和医院", account_type=AccountType.HOSPITAL, owner_id=me.id))
        sync_now(office)
        sync_now(home)
        # Offline, each changes another field of the same card.
        for db, field, value in ((office, "phone", "010-1"), (home, "address", "东单")):
            with db.session_scope() as session:
                account = session.scalars(select(Account)).one()
                setattr(account, field, value)
        sync_now(office)
        assert sync_now(home).conflicts == 0
        sync_now(office)
        for db in (office, home):
            with db.read_scope() as session:
                account = session.scalars(select(Account)).one()
                assert (account.phone, account.address) == ("010-1", "东单")
        # Both rename it: the later arrival wins, the replaced name is kept on that laptop.
        for db, name in ((office, "协和医院东院"), (home, "北京协和医院")):
            with db.session_scope() as session:
                session.scalars(select(Account)).one().name = name
        sync_now(office)
        assert sync_now(home).conflicts == 1
        sync_now(office)
        for db in (office, home):
            with db.read_scope() as session:
                assert session.scalars(select(Account.name)).one() == "北京协和医院"
        with home.read_scope() as session:
            kept = session.execute(text("SELECT reason, server_data FROM sync_conflict")).one()
        assert kept.reason == "overwritten" and "协和医院东院" in kept.server_data
    finally:
        for db in laptops:
            db.close()
