"""Working days up to today, on the pinned clock (Monday 23 November 2026, 10:00 UTC):
a past month counts all its working days, the current month those up to and including
today, a month not yet begun none; a co-visit tomorrow counts from tomorrow on."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest

from fieldvisit.clock import FixedClock
from fieldvisit.domain.enums import AccountStatus, AccountType, CoVisitType, MemberRole
from fieldvisit.services.covisits.manager_view import manager_month
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import Account, CoVisit, CoVisitCall, TeamMember
from tests.conftest import TEST_DAY


@pytest.fixture
def manager(db: Database) -> uuid.UUID:
    """One co-visit a month: Friday 30 October, Friday 20 November, Tuesday 24 November
    (tomorrow) and Tuesday 1 December, each with one coaching call and unsigned."""
    with db.session_scope() as s:
        boss = TeamMember(name="王喆", role=MemberRole.MANAGER)
        s.add(boss)
        s.flush()
        rep = TeamMember(name="李堃", role=MemberRole.REP, manager_id=boss.id)
        account = Account(
            name="镕安医院", account_type=AccountType.HOSPITAL, status=AccountStatus.ACTIVE
        )
        s.add_all([rep, account])
        s.flush()
        for day in (date(2026, 10, 30), date(2026, 11, 20), date(2026, 11, 24), date(2026, 12, 1)):
            c = CoVisit(
                manager_id=boss.id, rep_id=rep.id, first_day=day, last_day=day, template_version="1"
            )
            s.add(c)
            s.flush()
            s.add(
                CoVisitCall(
                    covisit_id=c.id,
                    seq=1,
                    day=day,
                    account_id=account.id,
                    call_type=CoVisitType.COACHING,
                )
            )
        return boss.id


def test_past_current_and_future_month(db: Database, manager: uuid.UUID) -> None:
    october = manager_month(db, manager, date(2026, 10, 1))
    # 22 weekdays, less the National Day holidays 1, 2, 5, 6, 7, plus the worked Saturday 10th.
    assert (october.field.working_days, october.field.through, october.field.partial) == (
        18,
        date(2026, 10, 31),
        False,
    )
    assert (october.field.field_days, october.covisit_days, october.late_reports) == (1, 1, 1)

    november = manager_month(db, manager, date(2026, 11, 1))
    # 2–23 November: 16 working days reached, of the month's 21.
    assert (november.field.working_days, november.field.through) == (16, TEST_DAY)
    assert november.field.partial
    # The co-visit of tomorrow is not counted yet: not a co-visit, a day, a call or late.
    assert (november.covisits, november.covisit_days, november.calls.total) == (1, 1, 1)
    assert (november.field.field_days, november.field.share_pct) == (1, 6)
    assert november.late_reports == 1

    december = manager_month(db, manager, date(2026, 12, 1))
    assert (december.field.working_days, december.field.through) == (0, None)
    assert (december.covisits, december.covisit_days, december.calls.total) == (0, 0, 0)
    assert december.field.share_pct is None and december.field.meets_target is None


def test_tomorrow_counts_once_reached(
    db: Database, manager: uuid.UUID, fixed_clock: FixedClock
) -> None:
    fixed_clock.advance(timedelta(days=1))
    november = manager_month(db, manager, date(2026, 11, 1))
    assert (november.field.working_days, november.covisits, november.covisit_days) == (17, 2, 2)
    # Its day is not over: its report is not late yet.
    assert november.late_reports == 1
    fixed_clock.advance(timedelta(days=1))
    assert manager_month(db, manager, date(2026, 11, 1)).late_reports == 2


def test_calendar_marks_change_the_working_days(db: Database, manager: uuid.UUID) -> None:
    """The team's calendar marks count as the official days do (16 working days reached by
    Monday 23 November): a company holiday on Monday 2 November takes one away, a worked
    Saturday 21 November gives it back."""
    from fieldvisit.domain.workdays import DayKind
    from fieldvisit.services.planning.calendar import set_day

    set_day(db, date(2026, 11, 2), DayKind.HOLIDAY, "公司假日")
    assert manager_month(db, manager, date(2026, 11, 1)).field.working_days == 15
    set_day(db, date(2026, 11, 21), DayKind.WORKDAY)
    assert manager_month(db, manager, date(2026, 11, 1)).field.working_days == 16
