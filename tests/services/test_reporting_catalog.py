"""The listings the Reports page picks documents from, read from a small demo database."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from fieldvisit import clock
from fieldvisit.domain.enums import AccountType, MemberRole
from fieldvisit.domain.search_text import normalise, pinyin_forms
from fieldvisit.services.covisits.reading import report_late
from fieldvisit.services.demo import generate_demo
from fieldvisit.services.reporting.catalog import (
    latest_covisit_month,
    latest_record_month,
    list_covisits,
    list_people,
    list_records,
    search_accounts,
)
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import Account, ContactRecord, CoVisit, CoVisitCall, TeamMember

TODAY = date(2026, 11, 23)


@pytest.fixture
def demo(db: Database) -> Database:
    generate_demo(db, accounts=40, seed=3, today=TODAY)
    return db


def test_an_empty_database_lists_nothing(db: Database) -> None:
    assert latest_covisit_month(db) is None
    assert latest_record_month(db) is None
    assert list_covisits(db, "2026-11") == []
    assert list_records(db) == []
    assert search_accounts(db) == []
    assert list_people(db, MemberRole.REP) == []


def test_covisits_of_a_month(demo: Database) -> None:
    month = latest_covisit_month(demo)
    assert month is not None and month.day == 1
    with demo.session_scope() as session:
        every = list(session.scalars(select(CoVisit).where(CoVisit.deleted_at.is_(None))))
        names = dict(session.execute(select(TeamMember.id, TeamMember.name)).all())
        types = {
            cv.id: {
                t
                for t in session.scalars(
                    select(CoVisitCall.call_type).where(CoVisitCall.covisit_id == cv.id)
                )
            }
            for cv in every
        }
    by_month: dict[date, list[CoVisit]] = {}
    for cv in every:
        by_month.setdefault(cv.first_day.replace(day=1), []).append(cv)
    assert max(by_month) == month
    for first, rows in by_month.items():
        listed = list_covisits(demo, first)
        assert {item.id for item in listed} == {cv.id for cv in rows}
        assert [item.first_day for item in listed] == sorted(item.first_day for item in listed)
        for item in listed:
            cv = next(cv for cv in rows if cv.id == item.id)
            assert item.rep == names[cv.rep_id]
            assert item.manager == names[cv.manager_id]
            expected = (report_late(cv), cv.status, cv.last_day)
            assert (item.late, item.status, item.last_day) == expected
            assert set(item.call_types) == types[cv.id]
            assert len(item.call_types) == len(set(item.call_types))
    assert list_covisits(demo, "2026-11") == list_covisits(demo, date(2026, 11, 17))


def test_records_newest_first_filtered_by_month_and_text(demo: Database) -> None:
    month = latest_record_month(demo)
    assert month is not None
    listed = list_records(demo, month)
    assert listed
    assert all(r.occurred_at.date().replace(day=1) == month for r in listed)
    stamps = [r.occurred_at for r in listed]
    assert stamps == sorted(stamps, reverse=True)
    with demo.session_scope() as session:
        total = session.scalar(select(func.count()).select_from(ContactRecord))
    assert len(list_records(demo, limit=None)) == total
    assert len(list_records(demo, limit=5)) == 5

    account = listed[0].account
    matching = list_records(demo, text=f"  {account} ", limit=None)
    assert matching and {r.account for r in matching} == {account}
    author = listed[0].author
    assert author is not None
    by_author = list_records(demo, month, text=author, limit=None)
    assert {r.id for r in by_author} == {r.id for r in listed if r.author == author}
    assert list_records(demo, text="%") == []
    assert list_records(demo, text="no such place at all") == []


def test_search_accounts_as_the_account_list_finds_them(demo: Database) -> None:
    everything = search_accounts(demo, limit=100)
    assert len(everything) == 40
    # No current user here: in pinyin order, as the account list shows them.
    pinyin = [pinyin_forms(normalise(a.name))[0] or normalise(a.name) for a in everything]
    assert pinyin == sorted(pinyin)
    assert len(search_accounts(demo)) == 40
    assert len(search_accounts(demo, limit=7)) == 7
    name = everything[3].name
    found = search_accounts(demo, name[1:4])
    assert name in [a.name for a in found]
    assert all(name[1:4] in a.name for a in found[:1])
    full, initials = pinyin_forms(normalise(name))
    assert name in [a.name for a in search_accounts(demo, full, limit=100)]
    assert name in [a.name for a in search_accounts(demo, initials, limit=100)]
    assert search_accounts(demo, full)[0].name == name  # the exact name first
    assert search_accounts(demo, "  ") == everything[:50]


def test_search_escapes_wildcards_and_skips_deleted(db: Database) -> None:

    with db.session_scope() as session:
        session.add(Account(name="100% Pharmacy", account_type=AccountType.PHARMACY))
        session.add(Account(name="Plain_store", account_type=AccountType.RETAILER))
        session.add(
            Account(
                name="Closed 100% shop",
                account_type=AccountType.RETAILER,
                deleted_at=clock.now_utc(),
            )
        )
    assert [a.name for a in search_accounts(db, "100")] == ["100% Pharmacy"]
    # % and _ are no part of a search term: they separate words like spaces.
    assert [a.name for a in search_accounts(db, "0% ph")] == ["100% Pharmacy"]
    assert [a.name for a in search_accounts(db, "n_s")] == ["Plain_store"]
    assert [a.owner for a in search_accounts(db)] == [None, None]


def test_people_by_role(demo: Database) -> None:
    reps = list_people(demo, MemberRole.REP)
    managers = list_people(demo, MemberRole.MANAGER)
    assert reps and managers
    assert all(p.role is MemberRole.REP for p in reps)
    assert all(p.role is MemberRole.MANAGER for p in managers)
    assert [p.name for p in reps] == sorted(p.name for p in reps)
    with demo.session_scope() as session:
        inactive = session.scalars(select(TeamMember).where(TeamMember.active.is_(False))).all()
        assert not {m.id for m in inactive} & {p.id for p in reps + managers}
