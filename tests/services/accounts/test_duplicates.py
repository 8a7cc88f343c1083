"""Possible duplicates by normalised name and by phone digits."""

from __future__ import annotations

from fieldvisit.domain.enums import AccountType
from fieldvisit.services.accounts.card_data import AccountCard, Basics
from fieldvisit.services.accounts.cards import save_card
from fieldvisit.services.accounts.duplicates import similar_accounts, similar_stakeholders
from fieldvisit.services.accounts.stakeholders import StakeholderData, save_stakeholder
from fieldvisit.storage.database import Database


def _account(db: Database, name: str, phone: str | None = None, city: str | None = None):
    basics = Basics(name=name, account_type=AccountType.HOSPITAL, phone=phone, city=city)
    return save_card(db, AccountCard(basics=basics))


def test_same_normalised_name(db: Database) -> None:
    pumch = _account(db, "北京协和医院", city="东城区")
    _account(db, "北京协和医学院")
    for typed in ("北京协和医院有限公司", "北京 协和医院", "北京协和医院"):
        found = similar_accounts(db, typed, None)
        assert [(a.id, a.reason, a.city) for a in found] == [(pumch, "name", "东城区")], typed
    assert similar_accounts(db, "北京协和医院", None, exclude_id=pumch) == []
    assert similar_accounts(db, "北", None) == []


def test_latin_names_ignore_case_and_width(db: Database) -> None:
    sino = _account(db, "Sinopharm Co., Ltd.")
    assert [a.id for a in similar_accounts(db, "ＳＩＮＯＰＨＡＲＭ", None)] == [sino]


def test_same_phone_digits(db: Database) -> None:
    a = _account(db, "甲医院", phone="010-6915 6114")
    _account(db, "乙医院", phone="010-6915 6115")
    found = similar_accounts(db, "丙诊所", "+86 10 69156114")
    assert [(x.id, x.reason) for x in found] == [(a, "phone")]


def test_similar_stakeholders(db: Database) -> None:
    a, b = _account(db, "甲医院"), _account(db, "乙医院")
    mei = save_stakeholder(db, StakeholderData(account_id=a, name="梅 丹", mobile="13911223344"))
    save_stakeholder(db, StakeholderData(account_id=b, name="梅丹"))
    by_name = similar_stakeholders(db, "梅丹", [], a)
    assert [(p.id, p.reason) for p in by_name] == [(mei, "name")]
    by_phone = similar_stakeholders(db, "王五", ["+86 139 1122 3344"], b)
    assert [(p.id, p.account_name, p.reason) for p in by_phone] == [(mei, "甲医院", "phone")]
    assert similar_stakeholders(db, "梅丹", ["13911223344"], a, exclude_id=mei) == []
