"""Search results rank the account meant first, and say why each row matched."""

from __future__ import annotations

import uuid

import pytest

from fieldvisit.domain.enums import AccountType, MemberRole
from fieldvisit.domain.search_match import MatchedBy
from fieldvisit.services.accounts.listing import AccountQuery, list_accounts
from fieldvisit.services.accounts.match_notes import Via
from fieldvisit.services.accounts.search_keys import rebuild_stale_keys
from fieldvisit.services.team import set_current_user
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import Account, Stakeholder, TeamMember
from tests.services.accounts.conftest import TODAY


def _add(
    db: Database,
    owner: uuid.UUID,
    name: str,
    city: str | None = None,
    people: tuple[str, ...] = (),
) -> uuid.UUID:
    with db.session_scope() as session:
        account = Account(name=name, account_type=AccountType.HOSPITAL, city=city, owner_id=owner)
        session.add(account)
        session.flush()
        for person in people:
            session.add(Stakeholder(account_id=account.id, name=person))
        return account.id


@pytest.fixture
def team(db: Database) -> tuple[uuid.UUID, uuid.UUID]:
    me = set_current_user(db, "李娜", MemberRole.REP).id
    with db.session_scope() as session:
        other = TeamMember(name="王强", role=MemberRole.REP)
        session.add(other)
        session.flush()
        return me, other.id


def _names(db: Database, text: str) -> list[str]:
    page = list_accounts(db, AccountQuery(text=text), today=TODAY)
    return [r.name for r in page.rows]


def test_exact_then_prefix_then_own_then_name_then_fields_then_people(
    db: Database, team: tuple[uuid.UUID, uuid.UUID]
) -> None:
    me, other = team
    # Added in an order unlike the expected one; the list's own order is by pinyin.
    _add(db, other, "长沙诊所", people=("徐辉",))  # only a stakeholder's initials
    _add(db, other, "安康诊所", city="西华")  # the city's initials
    _add(db, other, "武汉协和医院")  # the name holds xh
    _add(db, me, "北京协和医院")  # mine, the name holds xh
    _add(db, other, "新华医院")  # starts with xh
    _add(db, other, "协和")  # exactly xh
    rebuild_stale_keys(db)
    assert _names(db, "xh") == [
        "协和",
        "新华医院",
        "北京协和医院",
        "武汉协和医院",
        "安康诊所",
        "长沙诊所",
    ]


def test_own_accounts_first_within_a_group(db: Database, team: tuple[uuid.UUID, uuid.UUID]) -> None:
    me, other = team
    _add(db, other, "阿张诊所")
    _add(db, me, "张家界人民医院")
    _add(db, other, "张家口人民医院")
    _add(db, other, "白云诊所", people=("张三",))
    _add(db, me, "黄山诊所", people=("张四",))
    rebuild_stale_keys(db)
    # Prefix (mine first), then the name holding it, then people (mine first).
    assert _names(db, "zhang") == [
        "张家界人民医院",
        "张家口人民医院",
        "阿张诊所",
        "黄山诊所",
        "白云诊所",
    ]


def test_a_heteronym_reading_finds_and_ranks(
    db: Database, team: tuple[uuid.UUID, uuid.UUID]
) -> None:
    me, _other = team
    _add(db, me, "北京朝阳医院")
    _add(db, me, "解晓东诊所")
    rebuild_stale_keys(db)
    for typed in ("chaoyang", "zhaoyang", "cyyy", "bjcy", "bjzyyy"):
        assert _names(db, typed) == ["北京朝阳医院"], typed
    assert _names(db, "jie") == _names(db, "xie") == ["解晓东诊所"]


def test_rows_say_why_they_matched(db: Database, team: tuple[uuid.UUID, uuid.UUID]) -> None:
    me, other = team
    _add(db, me, "北京朝阳医院", city="北京市")
    _add(db, other, "白云诊所", city="广州市", people=("张三",))
    rebuild_stale_keys(db)
    row = list_accounts(db, AccountQuery(text="chaoyang"), today=TODAY).rows[0]
    assert row.match is not None
    assert row.match.spans == ((2, 4),) and row.match.by is MatchedBy.PINYIN
    assert row.match.via is None
    row = list_accounts(db, AccountQuery(text="zhangsan"), today=TODAY).rows[0]
    assert row.name == "白云诊所"
    assert row.match is not None and row.match.via is Via.PERSON and row.match.person == "张三"
    assert row.match.spans == ()
    row = list_accounts(db, AccountQuery(text="白云 guangzhou"), today=TODAY).rows[0]
    assert row.match is not None and row.match.via is Via.CITY and row.match.spans == ((0, 2),)
    no_text = list_accounts(db, AccountQuery(), today=TODAY).rows
    assert all(r.match is None for r in no_text)
