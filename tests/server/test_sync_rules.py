"""Protocol rules: derived search keys never sync; the change log's retention and the
laptop away longer than it."""

from __future__ import annotations

import json
import uuid
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import delete, insert, select, text, update

from fieldvisit.cli import main
from fieldvisit.clock import FixedClock
from fieldvisit.domain.enums import AccountType, MemberRole, PlannedKind
from fieldvisit.server import admin, exchange, retention
from fieldvisit.server.scope import Caller
from fieldvisit.services.accounts.search_keys import (
    VERSION_SETTING,
    account_search_key,
    rebuild_stale_keys,
    stakeholder_search_key,
)
from fieldvisit.services.planning.plans import add_contact
from fieldvisit.services.team import set_current_user
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import (
    Account,
    AppSetting,
    MonthlyPlan,
    PlannedContact,
    Stakeholder,
    TeamMember,
)
from fieldvisit.storage.natural_ids import NATURAL_KEYS, natural_id
from fieldvisit.sync.capture import get_state, pending_count
from fieldvisit.sync.client import Session, sync_now
from fieldvisit.sync.tables import synced_tables
from tests.server.test_sync_team import (  # noqa: F401  (team: the fixture)
    Team,
    _add_account,
    _laptop,
    _me,
    team,
)


def test_search_keys_never_travel_and_each_laptop_computes_its_own(team: Team) -> None:  # noqa: F811
    account_id = _add_account(team.rep_a, "协和医院")
    rebuild_stale_keys(team.rep_a)
    with team.rep_a.read_scope() as s:
        assert s.scalar(select(Account.search_key).where(Account.id == account_id))
    session = Session(team.rep_a)
    try:
        for change, _ in session._read_batch():
            if change["table"] in ("account", "stakeholder"):
                assert "search_key" not in change["row"]
    finally:
        session.close()
    sync_now(team.rep_a)
    with team.server.read_scope() as s:
        assert s.scalar(select(Account.search_key).where(Account.id == account_id)) is None
        assert s.scalars(select(Stakeholder.search_key)).all() == [None]

    sync_now(team.manager)  # the manager's laptop computes the keys from the pulled rows
    with team.manager.read_scope() as s:
        person = s.scalars(select(Stakeholder)).one()
        account = s.get(Account, account_id)
        assert account is not None
        assert person.search_key == stakeholder_search_key(person.name)
        assert account.search_key == account_search_key(
            account.name, people=[stakeholder_search_key(person.name)]
        )
        with team.manager.engine.connect() as conn:
            assert pending_count(conn) == 0  # applying the page sent nothing back

    # The rep renames the account: the manager's key follows the new name.
    with team.rep_a.session_scope() as s:
        s.execute(update(Account).where(Account.id == account_id).values(name="北京协和医院"))
    sync_now(team.rep_a)
    sync_now(team.manager)
    with team.manager.read_scope() as s:
        key = s.scalar(select(Account.search_key).where(Account.id == account_id))
        assert key is not None and "北京协和医院" in key


def test_a_key_version_bump_rebuilding_every_key_sends_nothing(team: Team) -> None:  # noqa: F811
    _add_account(team.rep_a, "协和医院")
    _add_account(team.rep_a, "朝阳医院")
    rebuild_stale_keys(team.rep_a)
    sync_now(team.rep_a)
    with team.rep_a.engine.connect() as conn:
        assert pending_count(conn) == 0
    with team.rep_a.session_scope() as s:  # as after an upgrade with a new KEY_VERSION
        s.get_one(AppSetting, VERSION_SETTING).value = "0"
    assert rebuild_stale_keys(team.rep_a) == 4
    with team.rep_a.engine.connect() as conn:
        assert pending_count(conn) == 0
        stale = text("SELECT count(*) FROM account WHERE search_key IS NULL")
        assert conn.execute(stale).scalar() == 0
    assert sync_now(team.rep_a).pushed == 0

    # A real edit next to a key rebuild still goes.
    with team.rep_a.session_scope() as s:
        s.execute(update(Account).where(Account.name == "朝阳医院").values(city="北京"))
    with team.rep_a.engine.connect() as conn:
        assert pending_count(conn) == 1


def _plain_account(db: Database, name: str) -> uuid.UUID:
    me = _me(db)
    with db.session_scope() as session:
        account = Account(name=name, account_type=AccountType.HOSPITAL, owner_id=me)
        session.add(account)
        session.flush()
        return account.id


def _account_names(db: Database) -> set[str]:
    with db.read_scope() as session:
        return set(session.scalars(select(Account.name)))


def test_a_laptop_away_longer_than_the_retention_downloads_its_scope_again(
    team: Team,  # noqa: F811
    fixed_clock: FixedClock,
    capsys: pytest.CaptureFixture[str],
) -> None:
    kept = _plain_account(team.rep_a, "协和医院")
    gone = _plain_account(team.rep_a, "朝阳医院")
    sync_now(team.rep_a)
    sync_now(team.manager)
    with team.server.session_scope() as s:  # purged on the server while the laptop is away
        s.execute(delete(Account).where(Account.id == gone))
    retention.record_mark(team.server)  # what the service does at each start / prune
    with team.server.read_scope() as s:
        tombstones = s.scalar(text("SELECT count(*) FROM srv_change WHERE op = 'delete'"))
    assert tombstones == 1
    assert retention.prune(team.server) == 0  # nothing is 180 days old yet

    fixed_clock.advance(timedelta(days=200))
    with team.rep_a.session_scope() as s:  # the laptop's own work while away
        s.execute(update(Account).where(Account.id == kept).values(city="北京"))
    assert (
        main(
            [
                "server",
                "prune",
                "--db",
                team.server.url.render_as_string(hide_password=False),
                "--json",
            ]
        )
        == 0
    )
    assert json.loads(capsys.readouterr().out)["pruned"] >= 1
    with team.server.read_scope() as s:
        assert s.scalar(text("SELECT count(*) FROM srv_change WHERE op = 'delete'")) == 0
        # Every live row keeps its newest entry: a new laptop still downloads it.
        assert s.scalar(text("SELECT count(*) FROM srv_change WHERE table_name = 'account'")) == 1
    assert _account_names(team.rep_a) == {"协和医院", "朝阳医院"}

    result = sync_now(team.rep_a)  # pushes its edit, told it was away too long, downloads all
    assert result.pushed == 1
    assert _account_names(team.rep_a) == {"协和医院"}
    with team.rep_a.read_scope() as s:
        assert s.scalar(select(Account.city).where(Account.id == kept)) == "北京"
        assert get_state(s.connection(), "full_download") is None
        assert s.scalar(text("SELECT count(*) FROM sync_seen")) == 0
    with team.server.read_scope() as s:
        assert s.scalar(select(Account.city).where(Account.id == kept)) == "北京"
    with team.rep_a.read_scope() as s:  # its cursor is current again
        cursor = get_state(s.connection(), "pull_cursor")
    assert cursor and not retention.cursor_expired(team.server, cursor)
    sync_now(team.rep_a)

    # The manager (also away) gets the same; rows only in its outbox stay.
    unsent = _plain_account(team.manager, "经理的草稿医院")
    session = Session(team.manager)
    try:
        session.pull()  # no push first: the new account is still waiting to go
    finally:
        session.close()
    assert _account_names(team.manager) == {"协和医院", "经理的草稿医院"}
    with team.manager.engine.connect() as conn:
        assert pending_count(conn) == 1
    assert unsent


def test_two_laptops_of_one_rep_making_the_same_months_plan_offline_end_with_one_plan(
    team: Team,  # noqa: F811
    tmp_path: Path,
) -> None:
    account = _plain_account(team.rep_a, "协和医院")
    sync_now(team.rep_a)
    code = admin.new_code_for(team.server, "李代表")
    second = _laptop(tmp_path / "second", "李代表", MemberRole.REP, team.url, code)
    try:
        sync_now(second)
        me = _me(team.rep_a)
        # Both offline: each adds a visit to December's plan, which neither had yet.
        add_contact(team.rep_a, me, account, date(2026, 12, 1), PlannedKind.VISIT)
        add_contact(second, me, account, date(2026, 12, 2), PlannedKind.VISIT)
        for laptop in (team.rep_a, second, team.rep_a, team.manager):
            assert sync_now(laptop).conflicts == 0
        for db in (team.server, team.rep_a, second, team.manager):
            with db.read_scope() as s:
                plans = s.scalars(select(MonthlyPlan)).all()
                assert len(plans) == 1, db.describe()
                assert plans[0].id == natural_id(
                    "monthly_plan", {"rep_id": me, "month": date(2026, 12, 1)}
                )
                days = s.scalars(select(PlannedContact.planned_on)).all()
                assert sorted(days) == [date(2026, 12, 1), date(2026, 12, 2)]
    finally:
        second.close()


def test_natural_ids_are_the_same_whichever_way_the_row_is_written(db: Database) -> None:
    set_current_user(db, "李代表", MemberRole.REP)
    rep = _me(db)
    with db.session_scope() as s:
        plan = MonthlyPlan(rep_id=rep, month=date(2027, 1, 1))
        s.add(plan)
        s.flush()
        core = s.execute(
            insert(MonthlyPlan).values(rep_id=rep, month=date(2027, 2, 1)).returning(MonthlyPlan.id)
        ).scalar_one()
    assert plan.id == natural_id("monthly_plan", {"rep_id": rep, "month": date(2027, 1, 1)})
    assert core == natural_id("monthly_plan", {"rep_id": str(rep), "month": date(2027, 2, 1)})
    assert set(NATURAL_KEYS) <= {t.name for t in synced_tables()}


def test_pull_pages_follow_the_transaction_order_across_a_power_of_ten(
    server_db: Database,
) -> None:
    """The log was paged by the xid's text ('2012' < '727'): a page of later transactions
    came first and the cursor then skipped the earlier ones."""
    admin.add_member(server_db, "王经理", MemberRole.MANAGER)
    admin.add_member(server_db, "李代表", MemberRole.REP, "王经理")
    with server_db.read_scope() as s:
        member = s.scalars(select(TeamMember).where(TeamMember.name == "李代表")).one()
        early = s.scalar(text("SELECT min(xid)::text FROM srv_change"))
    caller = Caller(
        uuid.uuid4(), member.id, member.name, member.role, member.manager_id, frozenset()
    )
    with server_db.engine.connect() as conn:  # the next transactions have longer xids
        while True:
            now = conn.execute(text("SELECT pg_current_xact_id()::text")).scalar_one()
            conn.commit()
            if len(now) > len(str(early)):
                break
    _plain_server_account(server_db, member.id)
    with server_db.read_scope() as s:
        logged = s.scalar(text("SELECT count(*) FROM srv_change"))
    seen, cursor = 0, None
    while True:
        page = exchange.pull(server_db, caller, cursor, limit=2)
        seen += len(page["changes"])
        cursor = page["cursor"]
        if not page["more"]:
            break
    assert seen == logged  # a rep reads every entry here: team-wide rows and its account


def _plain_server_account(db: Database, owner: uuid.UUID) -> None:
    with db.session_scope() as s:
        s.add(Account(name="协和医院", account_type=AccountType.HOSPITAL, owner_id=owner))
