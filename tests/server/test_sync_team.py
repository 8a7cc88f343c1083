"""Three laptops (two reps and their manager) and one server: who gets what, and replays."""

from __future__ import annotations

import json
import subprocess
import sys
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select, text

from fieldvisit.domain.enums import AccountType, ContactMethod, MemberRole
from fieldvisit.server import admin
from fieldvisit.server.audit import PROFILE_READ, audit_trail
from fieldvisit.server.models import Device
from fieldvisit.services.covisits.manager_view import manager_month
from fieldvisit.services.reporting.team import team_snapshot
from fieldvisit.services.team import current_user, set_current_user
from fieldvisit.storage.database import Database
from fieldvisit.storage.migrate import open_database
from fieldvisit.storage.models import Account, ContactRecord, Stakeholder, StakeholderProfile
from fieldvisit.sync import protocol as p
from fieldvisit.sync.capture import team_as_of
from fieldvisit.sync.client import Session, sync_now
from fieldvisit.sync.device import load_identity
from fieldvisit.sync.join import join


@dataclass
class Team:
    server: Database
    url: str
    rep_a: Database
    rep_b: Database
    manager: Database


def _laptop(folder: Path, name: str, role: MemberRole, url: str, code: str) -> Database:
    db = open_database(folder / name / "fieldvisit.db")
    set_current_user(db, name, role)
    join(db, url, code)
    return db


@pytest.fixture
def team(server_db: Database, live_server: str, tmp_path: Path) -> Team:
    m = admin.add_member(server_db, "王经理", MemberRole.MANAGER)
    a = admin.add_member(server_db, "李代表", MemberRole.REP, "王经理")
    b = admin.add_member(server_db, "张代表", MemberRole.REP, "王经理")
    t = Team(
        server_db,
        live_server,
        _laptop(tmp_path, "李代表", MemberRole.REP, live_server, a),
        _laptop(tmp_path, "张代表", MemberRole.REP, live_server, b),
        _laptop(tmp_path, "王经理", MemberRole.MANAGER, live_server, m),
    )
    yield t
    for db in (t.rep_a, t.rep_b, t.manager):
        db.close()


def _me(db: Database) -> uuid.UUID:
    me = current_user(db)
    assert me is not None
    return me.id


def _add_account(db: Database, name: str) -> uuid.UUID:
    """An account of the laptop's user, with a stakeholder, a personal profile and a record."""
    me = _me(db)
    with db.session_scope() as session:
        account = Account(name=name, account_type=AccountType.HOSPITAL, owner_id=me)
        session.add(account)
        session.flush()
        person = Stakeholder(account_id=account.id, name=f"{name}主任")
        session.add(person)
        session.flush()
        session.add(StakeholderProfile(stakeholder_id=person.id, hobbies="钓鱼"))
        session.add(
            ContactRecord(
                account_id=account.id,
                author_id=me,
                occurred_at=datetime(2026, 11, 20, 2, 0, tzinfo=UTC),
                method=ContactMethod.VISIT,
                content="介绍新品",
            )
        )
        return account.id


def _names(db: Database) -> set[str]:
    with db.read_scope() as session:
        return set(session.scalars(select(Account.name)))


def _count(db: Database, model: type) -> int:
    with db.read_scope() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_each_laptop_gets_its_scope_and_profiles_stay_with_the_rep(team: Team) -> None:
    _add_account(team.rep_a, "协和医院")
    _add_account(team.rep_b, "朝阳医院")
    first = sync_now(team.rep_a)
    assert first.pushed >= 4 and first.conflicts == 0
    sync_now(team.rep_b)
    sync_now(team.manager)
    sync_now(team.rep_a)

    assert _names(team.manager) == {"协和医院", "朝阳医院"}
    assert _names(team.rep_a) == {"协和医院"}
    assert _names(team.rep_b) == {"朝阳医院"}
    assert _count(team.manager, Stakeholder) == 2
    assert _count(team.manager, ContactRecord) == 2
    assert _count(team.manager, StakeholderProfile) == 0  # PIPL: not the manager's to read
    with team.server.read_scope() as session:
        assert session.scalar(select(func.count()).select_from(StakeholderProfile)) == 2
    # Every laptop knows the team.
    with team.rep_a.read_scope() as session:
        assert session.scalar(text("SELECT count(*) FROM team_member")) == 3


def test_a_replayed_push_changes_nothing(team: Team) -> None:
    _add_account(team.rep_a, "协和医院")
    session = Session(team.rep_a)
    try:
        batch = session._read_batch()
        body = {
            "protocol": p.PROTOCOL_VERSION,
            "device_id": str(session.identity.device_id),
            "changes": [c for c, _ in batch],
        }
        first = session._post("/push", body)
        assert {r["status"] for r in first["results"]} == {"applied"}
        with team.server.read_scope() as s:
            log_before = s.scalar(text("SELECT count(*) FROM srv_change"))
        again = session._post("/push", body)
        assert {r["status"] for r in again["results"]} == {"duplicate"}
        with team.server.read_scope() as s:
            assert s.scalar(text("SELECT count(*) FROM srv_change")) == log_before
            assert s.scalar(select(func.count()).select_from(Account)) == 1
    finally:
        session.close()


def test_a_territory_move_empties_the_old_laptop(team: Team) -> None:
    _add_account(team.rep_a, "协和医院")
    sync_now(team.rep_a)
    sync_now(team.rep_b)
    assert admin.assign_territory(team.server, "协和医院", "张代表") == 1
    sync_now(team.rep_a)
    sync_now(team.rep_b)
    assert _names(team.rep_a) == set()
    assert _count(team.rep_a, StakeholderProfile) == 0
    assert _count(team.rep_a, ContactRecord) == 0
    assert _names(team.rep_b) == {"协和医院"}
    assert _count(team.rep_b, StakeholderProfile) == 1  # the new holder gets the profile
    assert _count(team.rep_b, ContactRecord) == 1


def test_writing_outside_ones_scope_is_refused_and_kept_as_a_conflict(team: Team) -> None:
    account = _add_account(team.rep_a, "协和医院")
    sync_now(team.rep_a)
    sync_now(team.manager)
    with team.manager.session_scope() as session:  # a manager does not edit a rep's card
        row = session.get(Account, account)
        assert row is not None
        row.name = "改名医院"
    result = sync_now(team.manager)
    assert result.conflicts == 1
    assert _names(team.manager) == {"协和医院"}  # the team's value is back on screen
    with team.manager.read_scope() as session:
        kept = session.execute(text("SELECT reason, local_data FROM sync_conflict")).one()
    assert kept.reason == "role" and "改名医院" in kept.local_data
    with team.server.read_scope() as session:
        assert set(session.scalars(select(Account.name))) == {"协和医院"}


def test_an_old_protocol_is_refused_on_push_with_a_clear_message(team: Team) -> None:
    identity = load_identity(team.rep_a.path)  # type: ignore[arg-type]
    assert identity is not None
    answer = httpx.post(
        f"{team.url}/v1/push",
        json={"protocol": 0, "changes": []},
        headers={"Authorization": f"Bearer {identity.token}"},
    )
    assert answer.status_code == 426
    assert "update" in answer.json()["message"]


def test_every_profile_sent_to_a_laptop_is_in_the_audit_trail(
    team: Team, server_db_url: str
) -> None:
    _add_account(team.rep_a, "协和医院")
    sync_now(team.rep_a)
    sync_now(team.manager)
    # The territory moves to rep B: rep B's laptop receives the profile, and that is audited.
    assert admin.assign_territory(team.server, "协和医院", "张代表") == 1
    sync_now(team.rep_b)
    trail = audit_trail(team.server, action=PROFILE_READ)
    readers = {row.member_name for row in trail}
    assert "王经理" not in readers  # the manager never receives profiles
    with team.server.read_scope() as session:
        person = session.scalars(select(Stakeholder)).one()
    assert all(row.subject_id == person.id for row in trail)
    assert "张代表" in readers
    done = subprocess.run(
        [sys.executable, "-m", "fieldvisit", "server", "audit", "--db", server_db_url,
         "--action", PROFILE_READ, "--json"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert {e["member"] for e in json.loads(done.stdout)} == readers


def test_team_figures_say_as_of_when_each_rep_last_synced(team: Team) -> None:
    _add_account(team.rep_a, "协和医院")
    sync_now(team.rep_a)  # rep B's laptop never synced
    sync_now(team.manager)
    manager = _me(team.manager)
    view = manager_month(team.manager, manager, date(2026, 11, 1))
    stamps = {r.rep: r.as_of for r in view.reps}
    assert stamps["李代表"] is not None and stamps["张代表"] is None
    with team.server.read_scope() as session:
        seen = session.scalar(
            select(func.max(Device.last_synced_at)).where(Device.member_id == _me(team.rep_a))
        )
    assert stamps["李代表"] == seen
    snapshot = team_snapshot(view)
    assert [r.as_of for r in snapshot.reps if r.rep == "李代表"] == [seen]
    # A laptop used alone has no such stamps.
    alone = open_database(team.rep_a.path.parent / "alone.db")
    assert team_as_of_of(alone) == {}
    alone.close()


def team_as_of_of(db: Database) -> dict[uuid.UUID, datetime]:
    with db.read_scope() as session:
        return team_as_of(session.connection())


def test_calendar_marks_come_from_the_server_to_every_laptop(team: Team) -> None:
    """Calendar overrides are team-wide: set on the server, read by everyone; a laptop's own
    mark for the same day is replaced by the server's (one id per day), and is not pushed."""
    from datetime import date

    from fieldvisit.domain.workdays import DayKind
    from fieldvisit.services.planning.calendar import load_calendar, set_day

    set_day(team.rep_b, date(2027, 2, 8), DayKind.WORKDAY, "本机")
    set_day(team.rep_b, date(2027, 2, 9), DayKind.HOLIDAY, "本机")
    assert sync_now(team.rep_b).conflicts == 0
    assert load_calendar(team.server).overrides == {}  # a laptop does not write the team's
    set_day(team.server, date(2027, 2, 8), DayKind.HOLIDAY, "春节")
    for laptop in (team.rep_a, team.rep_b, team.manager):
        sync_now(laptop)
        calendar = load_calendar(laptop)
        assert calendar.is_holiday(date(2027, 2, 8))
        assert calendar.holiday_name(date(2027, 2, 8)) == "春节"
    assert load_calendar(team.rep_b).is_holiday(date(2027, 2, 9))  # its own mark stays local


def test_a_reps_imported_accounts_are_theirs_and_reach_the_manager(
    team: Team, tmp_path: Path
) -> None:
    """An import without an owner column, on a rep's team laptop: the accounts are the rep's,
    so the server takes them and the manager gets them (none refused, none lost)."""
    from fieldvisit.services.import_export.account_import import import_accounts_file

    sheet = tmp_path / "mine.csv"
    sheet.write_text(
        "客户名称,城市,联系人,手机\n"
        + "".join(f"测试医院{i},长沙,张{i}主任,139{i:08d}\n" for i in range(30)),
        encoding="utf-8",
    )
    assert import_accounts_file(team.rep_a, sheet).committed
    with team.rep_a.read_scope() as session:
        owners = set(session.scalars(select(Account.owner_id)))
    assert owners == {_me(team.rep_a)}
    result = sync_now(team.rep_a)
    assert result.conflicts == 0
    sync_now(team.manager)
    assert len(_names(team.manager)) == 30
    assert _count(team.manager, Stakeholder) == 30
    assert len(_names(team.rep_a)) == 30  # nothing removed on the rep's own laptop
