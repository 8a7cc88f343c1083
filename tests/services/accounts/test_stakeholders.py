"""Stakeholders: roles, end of a role, moves, and the profile kept apart."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import event, select

from fieldvisit.domain import card_rules as r
from fieldvisit.domain.enums import AccountType, AdoptionStage, BuyingRole, OrgLevel
from fieldvisit.domain.errors import ValidationError
from fieldvisit.services.accounts.card_data import AccountCard, Basics
from fieldvisit.services.accounts.cards import load_card, save_card
from fieldvisit.services.accounts.stakeholders import (
    ProfileData,
    StakeholderData,
    active_stakeholder_count,
    end_role,
    list_stakeholders,
    load_profile,
    load_stakeholder,
    move_stakeholder,
    save_profile,
    save_stakeholder,
    stakeholder_problems,
)
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import Account, Stakeholder, StakeholderMove


def _account(db: Database, name: str) -> Any:
    return save_card(db, AccountCard(basics=Basics(name=name, account_type=AccountType.HOSPITAL)))


def capture_sql(db: Database) -> list[str]:
    statements: list[str] = []

    def remember(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", remember)
    return statements


def test_roles_are_multi_valued(db: Database) -> None:
    account = _account(db, "北京协和医院")
    person = StakeholderData(
        account_id=account,
        name="梅丹",
        title="主任",
        department="药剂科",
        mobile="139 1122 3344",
        roles=frozenset({BuyingRole.DECISION_MAKER, BuyingRole.INFLUENCER}),
        org_level=OrgLevel.MIDDLE,
        adoption_stage=AdoptionStage.CONSIDERATION,
        trust_rely=4,
        trust_like=5,
    )
    person_id = save_stakeholder(db, person)
    loaded = load_stakeholder(db, person_id)
    assert loaded == person.replace(id=person_id)
    save_stakeholder(db, loaded.replace(roles=frozenset({BuyingRole.COACH})))
    assert load_stakeholder(db, person_id).roles == {BuyingRole.COACH}
    assert [p.name for p in list_stakeholders(db, account)] == ["梅丹"]


def test_stakeholder_validation(db: Database) -> None:
    account = _account(db, "协和")
    bad = StakeholderData(
        account_id=account, name=" ", mobile="010-1234 5678", email="x@", trust_rely=0
    )
    assert {(p.field, p.detail) for p in stakeholder_problems(bad)} == {
        ("name", r.PERSON_NAME_REQUIRED),
        ("mobile", r.MOBILE_FORMAT),
        ("email", r.EMAIL_FORMAT),
        ("trust_rely", r.SCORE_RANGE),
    }
    with pytest.raises(ValidationError):
        save_stakeholder(db, bad)
    assert list_stakeholders(db, account) == []


def test_end_role_keeps_the_person(db: Database) -> None:
    account = _account(db, "协和")
    first = save_stakeholder(db, StakeholderData(account_id=account, name="甲"))
    save_stakeholder(db, StakeholderData(account_id=account, name="乙"))
    assert active_stakeholder_count(db, account) == 2
    end_role(db, first, date(2025, 3, 1))
    assert active_stakeholder_count(db, account) == 1
    people = list_stakeholders(db, account)
    assert [(p.name, p.ended_on) for p in people] == [("乙", None), ("甲", date(2025, 3, 1))]


def test_move_writes_a_move_row_and_stales_search_keys(db: Database) -> None:
    old, new = _account(db, "协和"), _account(db, "同仁")
    person = save_stakeholder(db, StakeholderData(account_id=old, name="梅丹"))
    with db.session_scope() as s:
        for a in s.scalars(select(Account)):
            a.search_key = "built"
        s.get(Stakeholder, person).search_key = "built"
    move_stakeholder(db, person, new, date(2025, 5, 1))
    with db.session_scope() as s:
        move = s.scalars(select(StakeholderMove)).one()
        assert (move.from_account_id, move.to_account_id, move.moved_on) == (
            old,
            new,
            date(2025, 5, 1),
        )
        assert s.get(Stakeholder, person).search_key is None
        assert all(a.search_key is None for a in s.scalars(select(Account)))
    assert list_stakeholders(db, old) == [] and len(list_stakeholders(db, new)) == 1
    with pytest.raises(ValidationError) as caught:
        move_stakeholder(db, person, new)
    assert caught.value.detail == r.SAME_ACCOUNT


def test_profile_is_never_read_with_the_card_or_the_list(db: Database) -> None:
    account = _account(db, "协和")
    person = save_stakeholder(db, StakeholderData(account_id=account, name="梅丹"))
    save_profile(db, person, ProfileData(hobbies="钓鱼", birthday=date(1975, 6, 1)))
    statements = capture_sql(db)
    load_card(db, account)
    list_stakeholders(db, account)
    load_stakeholder(db, person)
    assert statements and not any("stakeholder_profile" in sql for sql in statements)
    profile = load_profile(db, person)
    assert any("stakeholder_profile" in sql for sql in statements)
    assert profile.hobbies == "钓鱼" and profile.birthday == date(1975, 6, 1)


def test_empty_profile_and_future_birthday(db: Database) -> None:
    account = _account(db, "协和")
    person = save_stakeholder(db, StakeholderData(account_id=account, name="梅丹"))
    assert load_profile(db, person) == ProfileData()
    with pytest.raises(ValidationError) as caught:
        save_profile(db, person, ProfileData(birthday=date(2999, 1, 1)))
    assert caught.value.field == "birthday"
