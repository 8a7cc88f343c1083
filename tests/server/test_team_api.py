"""Team set-up over the service (/v1/team/…): who may do what, a manager's territory moves
within the team only, and the changes reaching the laptops by sync."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from fieldvisit.domain.enums import AccountType, MemberRole, PhonePeriod, SubTier
from fieldvisit.domain.errors import ValidationError
from fieldvisit.domain.frequency import DEFAULT_RULES, FrequencyRule
from fieldvisit.server import admin
from fieldvisit.server.audit import audit_trail
from fieldvisit.server.models import AuditEvent, Device
from fieldvisit.services.planning.policy import list_policies
from fieldvisit.services.team import current_user, set_current_user
from fieldvisit.storage.database import Database
from fieldvisit.storage.migrate import open_database
from fieldvisit.storage.models import Account, FrequencyPolicy, TeamMember
from fieldvisit.sync.client import sync_now
from fieldvisit.sync.join import join
from fieldvisit.sync.team_admin import TeamAdmin, TeamSetupError


@dataclass
class Team:
    server: Database
    url: str
    admin: Database
    manager: Database
    rep_a: Database
    rep_b: Database
    other_rep: Database
    """A rep of another manager."""


def _laptop(folder: Path, name: str, role: MemberRole, url: str, code: str) -> Database:
    db = open_database(folder / name / "fieldvisit.db")
    set_current_user(db, name, role)
    join(db, url, code)
    return db


@pytest.fixture
def team(server_db: Database, live_server: str, tmp_path: Path) -> Iterator[Team]:
    boss = admin.add_member(server_db, "赵管理员", MemberRole.ADMIN)
    m = admin.add_member(server_db, "王经理", MemberRole.MANAGER)
    admin.add_member(server_db, "陈经理", MemberRole.MANAGER)
    a = admin.add_member(server_db, "李代表", MemberRole.REP, "王经理")
    b = admin.add_member(server_db, "张代表", MemberRole.REP, "王经理")
    c = admin.add_member(server_db, "刘代表", MemberRole.REP, "陈经理")
    t = Team(
        server_db,
        live_server,
        _laptop(tmp_path, "赵管理员", MemberRole.ADMIN, live_server, boss),
        _laptop(tmp_path, "王经理", MemberRole.MANAGER, live_server, m),
        _laptop(tmp_path, "李代表", MemberRole.REP, live_server, a),
        _laptop(tmp_path, "张代表", MemberRole.REP, live_server, b),
        _laptop(tmp_path, "刘代表", MemberRole.REP, live_server, c),
    )
    yield t
    for db in (t.admin, t.manager, t.rep_a, t.rep_b, t.other_rep):
        db.close()


def _id(server: Database, name: str) -> uuid.UUID:
    with server.read_scope() as session:
        return session.scalars(select(TeamMember.id).where(TeamMember.name == name)).one()


def _account(db: Database, name: str) -> uuid.UUID:
    me = current_user(db)
    assert me is not None
    with db.session_scope() as session:
        row = Account(name=name, account_type=AccountType.HOSPITAL, owner_id=me.id)
        session.add(row)
        session.flush()
        return row.id


def _owner(server: Database, account: uuid.UUID) -> str:
    with server.read_scope() as session:
        return session.scalars(
            select(TeamMember.name)
            .join(Account, Account.owner_id == TeamMember.id)
            .where(Account.id == account)
        ).one()


def _names(db: Database) -> set[str]:
    with db.read_scope() as session:
        return set(session.scalars(select(Account.name)))


def _refused(db: Database, call: str, *args: object) -> str:
    with TeamAdmin(db) as api, pytest.raises(TeamSetupError) as caught:
        getattr(api, call)(*args)
    return caught.value.reason


def test_what_each_role_may_see_and_do(team: Team) -> None:
    with TeamAdmin(team.admin) as api:
        view = api.team()
        assert view.may_people and view.may_territory and view.may_policy
        assert {p.name for p in view.people} == {
            "赵管理员", "王经理", "陈经理", "李代表", "张代表", "刘代表"
        }  # fmt: skip
        li = next(p for p in view.people if p.name == "李代表")
        assert li.manager_name == "王经理" and li.devices == 1
    with TeamAdmin(team.manager) as api:
        view = api.team()
        assert not view.may_people and view.may_territory and not view.may_policy
        assert {p.name for p in view.people} == {"王经理", "李代表", "张代表"}
        assert not api.policy().may_edit
    manager = _id(team.server, "王经理")
    li = _id(team.server, "李代表")
    for call, args in [
        ("add_person", ("新代表", MemberRole.REP, manager)),
        ("move", (li, _id(team.server, "陈经理"))),
        ("set_role", (li, MemberRole.MANAGER, None)),
        ("new_code", (li,)),
        ("save_policy", ("2027", date(2027, 1, 1), DEFAULT_RULES)),
    ]:
        assert _refused(team.manager, call, *args) == "forbidden", call
    for call, args in [("team", ()), ("policy", ()), ("accounts", ("",))]:
        assert _refused(team.rep_a, call, *args) == "forbidden", call
    with team.server.read_scope() as session:
        assert session.scalar(select(TeamMember).where(TeamMember.name == "新代表")) is None
        assert session.get(TeamMember, li).manager_id == manager  # type: ignore[union-attr]
        assert session.scalar(select(FrequencyPolicy).where(FrequencyPolicy.name == "2027")) is None


def test_an_admin_adds_moves_and_promotes_people_and_the_audit_names_the_laptop(
    team: Team, tmp_path: Path
) -> None:
    chen = _id(team.server, "陈经理")
    with TeamAdmin(team.admin) as api:
        code = api.add_person("孙代表", MemberRole.REP, chen)
        api.move(_id(team.server, "李代表"), chen)
        api.set_role(_id(team.server, "张代表"), MemberRole.MANAGER, None)
        with pytest.raises(TeamSetupError) as taken:
            api.add_person("孙代表", MemberRole.REP, chen)
        assert taken.value.reason == "invalid"
        with pytest.raises(TeamSetupError) as busy:  # reps still report to 陈经理
            api.set_role(chen, MemberRole.REP, _id(team.server, "王经理"))
        assert "another manager" in str(busy.value.detail)
    sun = _laptop(tmp_path, "孙代表", MemberRole.REP, team.url, code)  # the code works once
    sun.close()
    with team.server.read_scope() as session:
        rows = {m.name: m for m in session.scalars(select(TeamMember))}
        admin_device = session.scalars(
            select(Device.id).where(Device.member_id == rows["赵管理员"].id)
        ).one()
    assert rows["孙代表"].manager_id == chen and rows["李代表"].manager_id == chen
    assert rows["张代表"].role is MemberRole.MANAGER and rows["张代表"].manager_id is None
    with team.server.read_scope() as session:
        events = session.scalars(select(AuditEvent).order_by(AuditEvent.id)).all()
        trail = {(e.action, e.subject_id or e.member_id): e.device_id for e in events}
    assert trail[("member_moved", rows["李代表"].id)] == admin_device
    assert trail[("role_changed", rows["张代表"].id)] == admin_device
    assert trail[("code_issued", rows["孙代表"].id)] == admin_device
    sync_now(team.rep_a)  # the new reporting line reaches the laptops
    with team.rep_a.read_scope() as session:
        me = session.get(TeamMember, rows["李代表"].id)
        assert me is not None and me.manager_id == chen


def test_a_manager_moves_accounts_between_own_reps_only(team: Team) -> None:
    ours = _account(team.rep_a, "协和医院")
    theirs = _account(team.other_rep, "同仁医院")
    sync_now(team.rep_a)
    sync_now(team.other_rep)
    zhang = _id(team.server, "张代表")
    with TeamAdmin(team.manager) as api:
        assert [a.name for a in api.accounts("")] == ["协和医院"]  # own team's only
        assert api.assign([ours], zhang) == 1
    assert _owner(team.server, ours) == "张代表"
    assert _refused(team.manager, "assign", [theirs], zhang) == "outside_team"
    assert _refused(team.manager, "assign", [ours], _id(team.server, "刘代表")) == "outside_team"
    assert _refused(team.manager, "assign", [ours, theirs], zhang) == "outside_team"
    assert _owner(team.server, theirs) == "刘代表"  # nothing moved
    assert _owner(team.server, ours) == "张代表"
    with TeamAdmin(team.admin) as api:  # an admin may move across teams
        assert {a.name for a in api.accounts("医院")} == {"协和医院", "同仁医院"}
        assert api.accounts("%") == []  # typed text, not a pattern
        assert api.assign([theirs], zhang) == 1
    assert _owner(team.server, theirs) == "张代表"


def test_a_territory_change_reaches_the_reps_laptops(team: Team) -> None:
    ours = _account(team.rep_a, "协和医院")
    sync_now(team.rep_a)
    sync_now(team.rep_b)
    assert _names(team.rep_b) == set()
    with TeamAdmin(team.manager) as api:
        api.assign([ours], _id(team.server, "张代表"))
    sync_now(team.rep_a)
    sync_now(team.rep_b)
    assert _names(team.rep_a) == set()  # the old rep's laptop drops it
    assert _names(team.rep_b) == {"协和医院"}


def test_only_an_admin_saves_a_policy_version_and_every_laptop_receives_it(team: Team) -> None:
    rules = tuple(
        FrequencyRule(r.sub_tier, 3, PhonePeriod.WEEK, 4) if r.sub_tier is SubTier.A1 else r
        for r in DEFAULT_RULES
    )
    with TeamAdmin(team.admin) as api:
        api.save_policy("2027 修订", date(2027, 1, 1), rules)
        with pytest.raises(TeamSetupError) as clash:
            api.save_policy("again", date(2027, 1, 1), rules)
        assert clash.value.reason == "invalid"
        shown = api.policy()
    assert shown.may_edit and shown.versions[0].name == "2027 修订"
    assert shown.versions[0].rules[0] == rules[0]
    sync_now(team.rep_b)
    saved = next(v for v in list_policies(team.rep_b) if v.name == "2027 修订")
    assert saved.rule(SubTier.A1) == rules[0]
    assert any(e.action == "policy_saved" for e in audit_trail(team.server))


def test_the_command_line_changes_a_role_with_the_same_rules(
    server_db: Database, server_db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from fieldvisit.cli import main

    admin.add_member(server_db, "王经理", MemberRole.MANAGER)
    admin.add_member(server_db, "陈经理", MemberRole.MANAGER)
    admin.add_member(server_db, "李代表", MemberRole.REP, "王经理")
    base = ["server", "member", "role", "--db", server_db_url]
    assert main([*base, "李代表", "--role", "manager", "--json"]) == 0
    assert '"role": "manager"' in capsys.readouterr().out
    assert main([*base, "李代表", "--role", "rep", "--manager", "陈经理"]) == 0
    assert "李代表" in capsys.readouterr().out
    with server_db.read_scope() as session:
        li = session.scalars(select(TeamMember).where(TeamMember.name == "李代表")).one()
        chen = session.scalars(select(TeamMember.id).where(TeamMember.name == "陈经理")).one()
    assert li.role is MemberRole.REP and li.manager_id == chen
    assert main([*base, "陈经理", "--role", "admin"]) != 0  # 李代表 reports to 陈经理
    assert "another manager" in capsys.readouterr().err
    with server_db.session_scope() as session:
        session.add(Account(name="协和医院", account_type=AccountType.HOSPITAL, owner_id=li.id))
    with pytest.raises(ValidationError, match="hand them to a rep"):
        admin.set_role(server_db, "李代表", MemberRole.ADMIN)
    with pytest.raises(ValidationError, match="needs a manager"):
        admin.set_role(server_db, "王经理", MemberRole.REP)
