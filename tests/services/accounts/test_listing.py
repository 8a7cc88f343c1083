"""The account list: matching, filters, order, overdue for tier, the single-person warning."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from fieldvisit.domain.enums import AccountStatus, AccountType, ContactMethod, KeyAccountLevel, Tier
from fieldvisit.services.accounts.account_index import load_index
from fieldvisit.services.accounts.listing import (
    AccountQuery,
    SortColumn,
    account_ids,
    find_stakeholders,
    list_accounts,
)
from fieldvisit.services.accounts.search_keys import invalidate_keys, rebuild_stale_keys
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import Account, Stakeholder
from tests.services.accounts.conftest import TODAY, Region, add_contact


def names(db: Database, query: AccountQuery) -> list[str]:
    return [r.name for r in list_accounts(db, query, today=TODAY).rows]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("协和", {"北京协和医院", "华中科技大学同济医学院附属协和医院"}),
        ("xiehe", {"北京协和医院", "华中科技大学同济医学院附属协和医院"}),
        ("xh", {"北京协和医院", "华中科技大学同济医学院附属协和医院"}),
        ("chongqing", {"重庆银行医务室"}),
        ("raffles", {"Raffles Hospital"}),
        ("RAFFLES hosp", {"Raffles Hospital"}),
        ("zhangwei", {"北京协和医院"}),  # a stakeholder's name
        ("zengzhiwei", {"华中科技大学同济医学院附属协和医院"}),
        ("0731-8450", {"老百姓大药房(长沙店)"}),  # the account's phone
        ("13800138000", {"北京协和医院"}),  # a stakeholder's mobile
        (
            "中山路",
            {
                "北京协和医院",
                "华中科技大学同济医学院附属协和医院",
                "重庆银行医务室",
                "Raffles Hospital",
                "老百姓大药房(长沙店)",
            },
        ),
        ("changsha", {"老百姓大药房(长沙店)"}),  # the city in pinyin
        ("liuyang", set()),  # left the account: not in its key
        ("xh wuhan", {"华中科技大学同济医学院附属协和医院"}),
        ("nothing-like-this", set()),
    ],
)
def test_text_matches(db: Database, region: Region, text: str, expected: set[str]) -> None:
    page = list_accounts(db, AccountQuery(text=text), today=TODAY)
    assert {r.name for r in page.rows} == expected
    assert page.total == len(expected)
    assert page.all_accounts == 5


def test_name_prefix_ranks_first(db: Database, region: Region) -> None:
    # Names starting with the text come first; the other matches follow by name.
    assert names(db, AccountQuery(text="h"))[0] == "华中科技大学同济医学院附属协和医院"
    assert names(db, AccountQuery(text="bj"))[0] == "北京协和医院"


def test_default_order_is_pinyin_and_sort_columns(db: Database, region: Region) -> None:
    assert names(db, AccountQuery()) == [
        "北京协和医院",
        "重庆银行医务室",
        "华中科技大学同济医学院附属协和医院",
        "老百姓大药房(长沙店)",
        "Raffles Hospital",
    ]
    by_tier = names(db, AccountQuery(sort=SortColumn.TIER))
    assert by_tier[:2] == ["北京协和医院", "华中科技大学同济医学院附属协和医院"]  # A1, A2
    assert by_tier[-1] == "老百姓大药房(长沙店)"  # D
    assert (
        names(db, AccountQuery(sort=SortColumn.TIER, descending=True))[0] == "老百姓大药房(长沙店)"
    )
    by_owner = names(db, AccountQuery(sort=SortColumn.OWNER))
    assert by_owner[:2] == ["老百姓大药房(长沙店)", "Raffles Hospital"]  # Grace before 李娜
    by_people = names(db, AccountQuery(sort=SortColumn.STAKEHOLDERS, descending=True))
    assert by_people[-1] == "老百姓大药房(长沙店)"
    by_contact = names(db, AccountQuery(sort=SortColumn.LAST_CONTACT, descending=True))
    assert by_contact[:2] == ["北京协和医院", "Raffles Hospital"]


def test_filters(db: Database, region: Region) -> None:
    assert set(
        names(db, AccountQuery(account_types=frozenset({AccountType.CLINIC, AccountType.PHARMACY})))
    ) == {
        "重庆银行医务室",
        "老百姓大药房(长沙店)",
    }
    assert names(db, AccountQuery(tiers=frozenset({Tier.B}))) == ["Raffles Hospital"]
    assert names(db, AccountQuery(statuses=frozenset({AccountStatus.TARGET}))) == ["重庆银行医务室"]
    levels = frozenset({KeyAccountLevel.LEVEL_1})
    assert names(db, AccountQuery(key_account_levels=levels)) == [
        "北京协和医院",
        "Raffles Hospital",
    ]
    grace = frozenset({region.reps["Grace Ng"]})
    assert names(db, AccountQuery(owner_ids=grace, text="hospital")) == ["Raffles Hospital"]


def test_rows_carry_people_contacts_and_overdue(db: Database, region: Region) -> None:
    rows = {r.name: r for r in list_accounts(db, AccountQuery(), today=TODAY).rows}
    pumc = rows["北京协和医院"]
    assert pumc.stakeholder_count == 1
    assert pumc.last_contact == pumc.last_visit == TODAY - timedelta(days=2)
    assert pumc.owner_name == "李娜"
    assert not pumc.overdue  # A1: a visit two days ago counts as contact too
    raffles = rows["Raffles Hospital"]
    assert raffles.last_contact == TODAY - timedelta(days=3)
    assert raffles.last_visit is None
    assert raffles.overdue_visit and not raffles.overdue_phone  # B1: 2 visits a month
    assert rows["重庆银行医务室"].stakeholder_count == 1  # the one who left is not counted
    assert rows["老百姓大药房(长沙店)"].overdue_phone  # D follows C: a call every 2 weeks


def test_overdue_only(db: Database, region: Region) -> None:
    overdue = names(db, AccountQuery(overdue_only=True))
    assert "北京协和医院" not in overdue
    assert {"Raffles Hospital", "重庆银行医务室", "老百姓大药房(长沙店)"} <= set(overdue)
    add_contact(db, region.accounts["Raffles Hospital"], 1, ContactMethod.VISIT)
    assert "Raffles Hospital" not in names(db, AccountQuery(overdue_only=True))


def test_single_stakeholder_warning_on_key_accounts_only(db: Database, region: Region) -> None:
    rows = {r.name: r for r in list_accounts(db, AccountQuery(), today=TODAY).rows}
    assert rows["北京协和医院"].single_stakeholder_warning  # tier A, one person
    assert not rows["华中科技大学同济医学院附属协和医院"].single_stakeholder_warning  # two
    assert not rows["重庆银行医务室"].single_stakeholder_warning  # one, but tier C
    assert not rows["Raffles Hospital"].single_stakeholder_warning
    with db.session_scope() as session:
        session.add(Stakeholder(account_id=region.accounts["北京协和医院"], name="王丽"))
    rows = {r.name: r for r in list_accounts(db, AccountQuery(), today=TODAY).rows}
    assert not rows["北京协和医院"].single_stakeholder_warning
    sorted_rows = names(db, AccountQuery(sort=SortColumn.WARNING))
    assert sorted_rows  # ordering by the warning works without the flag being set anywhere


def test_deleted_accounts_are_left_out_unless_asked(db: Database, region: Region) -> None:
    from fieldvisit.storage.base import utcnow

    with db.session_scope() as session:
        account = session.get(Account, region.accounts["重庆银行医务室"])
        assert account is not None
        account.deleted_at = utcnow()
    assert "重庆银行医务室" not in names(db, AccountQuery())
    page = list_accounts(db, AccountQuery(include_deleted=True, text="chongqing"), today=TODAY)
    assert [r.deleted for r in page.rows] == [True]


def test_paging_and_account_ids(db: Database, region: Region) -> None:
    query = AccountQuery(sort=SortColumn.NAME, descending=True)
    first = list_accounts(db, query, offset=0, limit=2, today=TODAY)
    second = list_accounts(db, query, offset=2, limit=2, today=TODAY)
    assert first.total == second.total == 5
    ids = account_ids(db, query, today=TODAY)
    assert ids[:4] == [r.id for r in first.rows + second.rows]
    assert len(ids) == 5


def test_stale_key_still_finds_by_name(db: Database, region: Region) -> None:
    with db.session_scope() as session:
        invalidate_keys(session, account_ids=[region.accounts["Raffles Hospital"]])
        assert (
            session.scalar(
                select(Account.search_key).where(Account.id == region.accounts["Raffles Hospital"])
            )
            is None
        )
    assert names(db, AccountQuery(text="raffles")) == ["Raffles Hospital"]
    assert names(db, AccountQuery(text="david")) == []  # people come back with the rebuild


def test_typing_on_narrows_the_previous_result(db: Database, region: Region) -> None:
    index = load_index(db, today=TODAY)
    seen = []
    for text in ("x", "xi", "xie", "xieh", "xiehe", "xiehe wu", "xiehe wuhan"):
        seen.append(len(index.search(AccountQuery(text=text))))
    assert seen[4] == 2 and seen[-1] == 1
    assert len(index.search(AccountQuery(text="x"))) == seen[0]  # back to a broader text


@pytest.mark.parametrize(
    "typed",
    ["wuhan", "1391", "139 1111", "zengzhiwei", "xiehe wuhan", "a", "zhang", "+65 9123", "cs"],
)
def test_typing_on_finds_and_ranks_as_a_fresh_search(
    db: Database, region: Region, typed: str
) -> None:
    """Every keystroke, answered from the previous one's matches (by group, in memory
    order or in list order), gives exactly what a search from scratch gives."""
    with db.session_scope() as session:  # found by their city, not their names
        for name in ("协和门诊", "同济药房", "湘雅诊所"):
            session.add(Account(name=name, account_type=AccountType.CLINIC, city="武汉市"))
    rebuild_stale_keys(db)
    typing = load_index(db, today=TODAY)
    for n in range(len(typed) + 1):
        query = AccountQuery(text=typed[:n])
        fresh = load_index(db, today=TODAY).search(query).positions
        assert typing.search(query).positions == fresh, typed[:n]


def test_find_stakeholders(db: Database, region: Region) -> None:
    hits = find_stakeholders(db, "zw")
    assert {(h.name, h.account_name) for h in hits} == {
        ("张伟", "北京协和医院"),
        ("曾志伟", "华中科技大学同济医学院附属协和医院"),
    }
    assert [h.name for h in find_stakeholders(db, "9123 4567")] == ["Dr. David Tan"]
    assert [h.ended_on is not None for h in find_stakeholders(db, "liuyang")] == [True]
    assert find_stakeholders(db, "   ") == []
