"""Row-level security: what a caller's unit reads and writes even if the service's own
checks were wrong (they are bypassed here on purpose)."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import func, select, text

from fieldvisit.domain.enums import AccountType, MemberRole
from fieldvisit.server import admin, exchange
from fieldvisit.server.scope import Caller
from fieldvisit.server.store import caller_scope, open_store
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import Account, Stakeholder, StakeholderProfile, TeamMember
from fieldvisit.sync.codec import encode_row
from fieldvisit.sync.tables import synced_tables


def _caller(db: Database, name: str) -> Caller:
    with db.read_scope() as s:
        m = s.scalars(select(TeamMember).where(TeamMember.name == name)).one()
        reps = frozenset(s.scalars(select(TeamMember.id).where(TeamMember.manager_id == m.id)))
        return Caller(uuid.uuid4(), m.id, m.name, m.role, m.manager_id, reps)


@pytest.fixture
def people(server_db: Database) -> dict[str, Caller]:
    admin.add_member(server_db, "王经理", MemberRole.MANAGER)
    admin.add_member(server_db, "李代表", MemberRole.REP, "王经理")
    admin.add_member(server_db, "张代表", MemberRole.REP, "王经理")
    admin.add_member(server_db, "赵经理", MemberRole.MANAGER)
    callers = {n: _caller(server_db, n) for n in ("王经理", "李代表", "张代表", "赵经理")}
    with server_db.session_scope() as s:  # written as the owner (admin tooling)
        for rep, hospital in (("李代表", "协和医院"), ("张代表", "朝阳医院")):
            account = Account(
                name=hospital, account_type=AccountType.HOSPITAL, owner_id=callers[rep].member_id
            )
            s.add(account)
            s.flush()
            person = Stakeholder(account_id=account.id, name=f"{hospital}主任")
            s.add(person)
            s.flush()
            s.add(StakeholderProfile(stakeholder_id=person.id, hobbies="钓鱼"))
    return callers


def _seen(db: Database, caller: Caller, model: type) -> int:
    with caller_scope(db, caller) as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_each_callers_unit_reads_only_its_scope(
    server_db: Database, people: dict[str, Caller]
) -> None:
    with caller_scope(server_db, people["李代表"]) as s:
        assert s.scalars(select(Account.name)).all() == ["协和医院"]
        assert s.scalars(select(Stakeholder.name)).all() == ["协和医院主任"]
        assert _count(s, StakeholderProfile) == 1
        assert _count(s, TeamMember) == 4  # team-wide: everyone reads it
    assert _seen(server_db, people["张代表"], Account) == 1
    assert _seen(server_db, people["王经理"], Account) == 2
    assert _seen(server_db, people["王经理"], Stakeholder) == 2
    assert _seen(server_db, people["王经理"], StakeholderProfile) == 0  # PIPL
    assert _seen(server_db, people["赵经理"], Account) == 0  # another team
    with server_db.read_scope() as s:  # the owner (admin tooling) reads everything
        assert _count(s, Account) == 2 and _count(s, StakeholderProfile) == 2


def test_the_caller_role_without_a_caller_sees_nothing(
    server_db: Database, people: dict[str, Caller]
) -> None:
    with server_db.read_scope() as s:
        s.execute(text("SET LOCAL ROLE fieldvisit_caller"))
        assert _count(s, Account) == 0 and _count(s, Stakeholder) == 0


def test_a_pull_shows_no_other_reps_rows_even_if_the_service_check_says_yes(
    server_db: Database, people: dict[str, Caller], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(exchange, "may_read", lambda *_args: True)  # the first line fails
    page = exchange.pull(server_db, people["李代表"], None)
    names = {c["row"]["name"] for c in page["changes"] if c["table"] == "account"}
    assert names == {"协和医院"}
    boss = exchange.pull(server_db, people["王经理"], None)
    assert not [c for c in boss["changes"] if c["table"] == "stakeholder_profile" and "row" in c]


def test_a_log_page_shows_no_other_reps_rows_even_if_the_service_check_says_yes(
    server_db: Database, people: dict[str, Caller], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The later syncs' path: the caller is entered in the same statement that checks the
    cursor (``set_config('role', …)``), and left before the end-of-sync stamp."""
    monkeypatch.setattr(exchange, "may_read", lambda *_args: True)  # the first line fails
    page = exchange.pull(server_db, people["李代表"], "0:0")
    names = {c["row"]["name"] for c in page["changes"] if c["table"] == "account" and "row" in c}
    assert names == {"协和医院"}
    assert str(people["李代表"].member_id) in page["as_of"]  # stamped as the service
    boss = exchange.pull(server_db, people["王经理"], "0:0")
    assert {c["row"]["name"] for c in boss["changes"] if c["table"] == "account"} == {
        "协和医院",
        "朝阳医院",
    }
    assert not [c for c in boss["changes"] if c["table"] == "stakeholder_profile" and "row" in c]


def test_a_push_into_another_reps_scope_is_refused_by_the_policies(
    server_db: Database, people: dict[str, Caller], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(exchange, "may_write", lambda *_args: None)  # the first line fails
    with server_db.read_scope() as s:
        theirs = s.execute(
            select(Account.__table__).where(Account.name == "朝阳医院")  # type: ignore[arg-type]
        ).one()
    row = encode_row(Account.__table__, theirs) | {"name": "改名"}  # type: ignore[arg-type]
    stolen = {"mid": 1, "table": "account", "key": [row["id"]], "op": "upsert", "row": row}
    answer = exchange.push(server_db, people["李代表"], {"changes": [stolen]})
    assert answer["results"][0]["status"] == "rejected"
    with server_db.read_scope() as s:
        assert s.scalar(select(Account.name).where(Account.id == theirs.id)) == "朝阳医院"
    # A new account given to the other rep is refused the same way.
    row2 = row | {"id": str(uuid.uuid4()), "name": "新医院"}
    new = {"mid": 2, "table": "account", "key": [row2["id"]], "op": "upsert", "row": row2}
    answer = exchange.push(server_db, people["李代表"], {"changes": [new]})
    assert answer["results"][0]["status"] == "rejected"
    assert _seen(server_db, people["张代表"], Account) == 1


def _count(s: object, model: type) -> int:
    return int(s.scalar(select(func.count()).select_from(model)) or 0)  # type: ignore[attr-defined]


def test_a_synced_table_without_its_policy_gets_it_at_the_next_start(
    server_db: Database, server_db_url: str
) -> None:
    with server_db.session_scope() as s:
        s.execute(text("DROP POLICY srv_scope ON account"))
        s.execute(text("ALTER TABLE account DISABLE ROW LEVEL SECURITY"))
    open_store(server_db_url).close()  # what every start does
    with server_db.read_scope() as s:
        policies = set(
            s.scalars(text("SELECT tablename FROM pg_policies WHERE policyname = 'srv_scope'"))
        )
        assert policies == {t.name for t in synced_tables()}
        assert s.scalar(text("SELECT relrowsecurity FROM pg_class WHERE relname = 'account'"))
