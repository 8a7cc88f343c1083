"""Trash, restore and permanent deletion of accounts and stakeholders."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from sqlalchemy import func, select, text

from fieldvisit import clock
from fieldvisit.domain.enums import AccountType, ContactMethod
from fieldvisit.domain.errors import NotFoundError, ValidationError
from fieldvisit.services.accounts.trash import (
    AccountInTrashError,
    PurgeRefusedError,
    TrashKind,
    empty_trash,
    list_trash,
    purge,
    purge_blockers,
    restore,
    trash_accounts,
    trash_stakeholders,
)
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import (
    Account,
    ContactRecord,
    Draft,
    Promise,
    Stakeholder,
    StakeholderProfile,
)
from tests.services.accounts.merge_factory import WHEN, Pair, build_pair


@pytest.fixture
def pair(db: Database) -> Pair:
    return build_pair(db)


def plain_account(
    db: Database, name: str = "同仁堂药店（王府井店）"
) -> tuple[uuid.UUID, uuid.UUID]:
    """An account with a person, a record and a promise, but no co-visits or plans."""
    with db.session_scope() as s:
        account = Account(name=name, account_type=AccountType.PHARMACY, city="北京")
        s.add(account)
        s.flush()
        person = Stakeholder(account_id=account.id, name="陈静")
        record = ContactRecord(account_id=account.id, occurred_at=WHEN, method=ContactMethod.PHONE)
        s.add_all([person, record])
        s.flush()
        s.add(StakeholderProfile(stakeholder_id=person.id, hobbies="摄影"))
        s.add(Promise(account_id=account.id, description="补货", due_on=WHEN.date()))
        return account.id, person.id


def count(db: Database, model: type[object], *where: object) -> int:
    with db.session_scope() as s:
        return int(s.execute(select(func.count()).select_from(model).where(*where)).scalar_one())


def test_trashed_account_hides_its_people_and_comes_back_with_them(
    db: Database, pair: Pair
) -> None:
    assert trash_accounts(db, [pair.keep], pair.rep) == 1
    with db.session_scope() as s:
        account = s.get(Account, pair.keep)
        person = s.get(Stakeholder, pair.keep_person)
        assert account is not None and account.deleted_at is not None
        assert account.search_key is None
        # The person stays attached and undeleted; lists hide them with the account.
        assert person is not None and person.deleted_at is None
    [item] = list_trash(db)
    assert (item.kind, item.id, item.name, item.city) == (
        TrashKind.ACCOUNT,
        pair.keep,
        "北京协和医院",
        "北京",
    )
    assert item.deleted_by == "李娜" and item.hidden_stakeholders == 1
    assert item.merged_into is None
    assert trash_accounts(db, [pair.keep], pair.rep) == 0  # already there

    assert restore(db, TrashKind.ACCOUNT, [pair.keep]).accounts == 1
    assert list_trash(db) == []
    assert count(db, Draft) == 0  # the trail goes with the restore
    assert count(db, Account, Account.deleted_at.is_(None)) == 2


def test_restoring_a_person_of_a_trashed_account_asks_for_the_account(
    db: Database, pair: Pair
) -> None:
    trash_stakeholders(db, [pair.keep_person], None)
    trash_accounts(db, [pair.keep], None)
    items = {i.id: i for i in list_trash(db)}
    assert items[pair.keep_person].account_in_trash
    assert items[pair.keep_person].account_name == "北京协和医院"
    assert items[pair.keep_person].deleted_by is None

    with pytest.raises(AccountInTrashError) as refused:
        restore(db, TrashKind.STAKEHOLDER, [pair.keep_person])
    assert refused.value.accounts == {pair.keep: "北京协和医院"}
    assert len(list_trash(db)) == 2  # nothing restored

    result = restore(db, TrashKind.STAKEHOLDER, [pair.keep_person], with_accounts=True)
    assert (result.accounts, result.stakeholders) == (1, 1)
    assert list_trash(db) == []


def test_search_filters_the_trash(db: Database, pair: Pair) -> None:
    trash_stakeholders(db, [pair.remove_person], None)
    trash_accounts(db, [pair.keep], None)
    assert {i.id for i in list_trash(db, "协和医院 (2")} == {pair.remove_person}
    assert {i.id for i in list_trash(db, "张伟")} == {pair.remove_person}
    assert {i.id for i in list_trash(db, "北京")} == {pair.keep, pair.remove_person}
    assert list_trash(db, "上海") == []


def test_purge_deletes_an_account_with_its_history(db: Database) -> None:
    account, person = plain_account(db)
    trash_accounts(db, [account], None)
    assert purge_blockers(db, TrashKind.ACCOUNT, [account]) == []
    result = purge(db, TrashKind.ACCOUNT, [account])
    assert (result.accounts, result.stakeholders) == (1, 1)
    assert count(db, Account) == 0
    assert count(db, ContactRecord) == 0
    assert count(db, Promise) == 0
    assert count(db, StakeholderProfile) == 0
    assert count(db, Draft) == 0
    with db.engine.connect() as conn:
        assert list(conn.execute(text("PRAGMA foreign_key_check"))) == []
    assert person


def test_purge_refuses_accounts_and_people_in_reports(db: Database, pair: Pair) -> None:
    trash_accounts(db, [pair.remove], None)
    trash_stakeholders(db, [pair.keep_person], None)
    with pytest.raises(PurgeRefusedError) as refused:
        purge(db, TrashKind.ACCOUNT, [pair.remove])
    [blocker] = refused.value.blockers
    assert (blocker.name, blocker.covisit_calls, blocker.planned_contacts) == (
        "北京协和医院 (2)",
        1,
        1,
    )
    with pytest.raises(PurgeRefusedError):
        purge(db, TrashKind.STAKEHOLDER, [pair.keep_person])
    assert count(db, Account) == 2 and count(db, Stakeholder) == 3


def test_purge_refuses_live_items(db: Database) -> None:
    account, person = plain_account(db)
    with pytest.raises(ValidationError):
        purge(db, TrashKind.ACCOUNT, [account])
    with pytest.raises(ValidationError):
        purge(db, TrashKind.STAKEHOLDER, [person])
    with pytest.raises(NotFoundError):
        trash_accounts(db, [uuid.uuid4()], None)
    assert count(db, Account) == 1


def test_purge_a_person_leaves_promises_without_them(db: Database) -> None:
    account, person = plain_account(db)
    with db.session_scope() as s:
        s.add(
            Promise(
                account_id=account, stakeholder_id=person, description="送样", due_on=WHEN.date()
            )
        )
    trash_stakeholders(db, [person], None)
    assert purge(db, TrashKind.STAKEHOLDER, [person]).stakeholders == 1
    assert count(db, Stakeholder) == 0
    assert count(db, Promise) == 2
    assert count(db, Account, Account.deleted_at.is_(None)) == 1


def test_empty_trash_keeps_recent_and_referenced_items(db: Database, pair: Pair) -> None:
    old, _ = plain_account(db, "老药店")
    recent, _ = plain_account(db, "新药店")
    trash_accounts(db, [old, pair.remove], None)
    trash_accounts(db, [recent], None)
    now = clock.now_utc()
    with db.session_scope() as s:
        for account_id in (old, pair.remove):
            row = s.get(Account, account_id)
            assert row is not None
            row.deleted_at = now - timedelta(days=45)
    result = empty_trash(db, 30, now=now)
    assert (result.accounts, result.stakeholders) == (1, 1)
    assert [b.id for b in result.skipped] == [pair.remove]
    assert {i.id for i in list_trash(db)} == {recent, pair.remove}
    with pytest.raises(ValidationError):
        empty_trash(db, -1)
