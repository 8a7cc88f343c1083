"""Planned against done on a small fixture, worked out by hand."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest

from fieldvisit.domain.enums import ContactMethod, DaySlot, PlannedKind, PlanStatus
from fieldvisit.services.planning.compliance import compliance_for_rep, compliance_for_team
from fieldvisit.services.planning.plans import add_contact
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import ContactRecord, MonthlyPlan
from tests.services.local_tz import local_zone
from tests.services.planning.conftest import MONTH, Team


def _record(db: Database, account, when: datetime, method: ContactMethod, author) -> None:
    with db.session_scope() as s:
        s.add(ContactRecord(account_id=account, occurred_at=when, method=method, author_id=author))


def _utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


@pytest.fixture
def shanghai() -> Iterator[None]:
    with local_zone("Asia/Shanghai"):
        yield


@pytest.mark.usefixtures("shanghai")
def test_planned_and_done_per_account(db: Database, team: Team) -> None:
    a1, b2 = team.accounts["A1"], team.accounts["B2"]
    for day, kind in ((2, PlannedKind.VISIT), (9, PlannedKind.VISIT), (3, PlannedKind.PHONE)):
        add_contact(db, team.rep, a1, date(2025, 9, day), kind, DaySlot.MORNING)
    add_contact(db, team.rep, b2, date(2025, 9, 10), PlannedKind.SERVICE)
    # A1: a visit by the rep, a joint visit the manager wrote up, a phone call, a WeChat.
    _record(db, a1, _utc(2025, 9, 2, 2), ContactMethod.VISIT, team.rep)
    _record(db, a1, _utc(2025, 9, 16, 2), ContactMethod.VISIT, team.manager)
    _record(db, a1, _utc(2025, 9, 18, 6), ContactMethod.PHONE, team.rep)
    _record(db, a1, _utc(2025, 9, 25, 6), ContactMethod.IM, team.rep)
    # 00:30 in Shanghai on 1 October is still 30 September in UTC: October's, not September's.
    _record(db, b2, _utc(2025, 9, 30, 16, 30), ContactMethod.VISIT, team.rep)
    # 00:30 in Shanghai on 1 September (31 August in UTC): September's.
    _record(db, b2, _utc(2025, 8, 31, 16, 30), ContactMethod.PHONE, team.rep)

    report = compliance_for_rep(db, team.rep, MONTH, today=date(2025, 10, 15))
    assert report.as_of == date(2025, 9, 30)
    line = {a.account: a for a in report.accounts}
    a = line["A1医院"]
    assert (a.visits_required, a.visits_planned, a.visits_done) == (4, 2, 2)
    assert (a.phone_required, a.phone_planned, a.phone_done) == (8, 1, 2)
    # Last contact 25 Sep: 5 days by 30 Sep > 4 allowed for "2 a week"; last visit 16 Sep:
    # 14 days > 8 allowed for "4 a month".
    assert a.overdue_phone and a.overdue_visit and not a.visits_ok
    b = line["B2医院"]
    assert (b.visits_planned, b.visits_done, b.phone_done) == (1, 0, 1)
    assert b.last_contact == date(2025, 9, 1)
    assert b.overdue_visit and b.overdue_phone  # no visit at all; 29 days since the call
    c = line["C医院"]
    assert (c.visits_required, c.phone_required, c.visits_done) == (None, 2, 0)
    assert c.overdue_phone and not c.overdue_visit  # visits "as needed" are never late
    assert "同行公司" not in line and "别人的医院" not in line
    assert (report.visits_planned, report.visits_done) == (3, 2)
    assert (report.phone_planned, report.phone_done) == (1, 3)
    assert report.visits_required == 4 + 3 + 2 + 1
    assert [(w.key, w.visits_planned, w.visits_done, w.phone_done) for w in report.weeks] == [
        ("1", 1, 1, 1),
        ("2", 2, 0, 0),
        ("3", 0, 1, 1),
        ("4", 0, 0, 1),
    ]
    tiers = {t.key: t for t in report.tiers}
    assert (tiers["A1"].visits_done, tiers["B2"].visits_planned) == (2, 1)

    october = compliance_for_rep(db, team.rep, date(2025, 10, 1), today=date(2025, 10, 15))
    assert {a.account: a.visits_done for a in october.accounts}["B2医院"] == 1


@pytest.mark.usefixtures("shanghai")
def test_recent_contacts_are_not_overdue(db: Database, team: Team) -> None:
    b2 = team.accounts["B2"]
    _record(db, b2, _utc(2025, 9, 20, 2), ContactMethod.VISIT, team.rep)
    report = compliance_for_rep(db, team.rep, MONTH, today=date(2025, 9, 25))
    line = {a.account: a for a in report.accounts}["B2医院"]
    assert not line.overdue and line.visits_ok and report.as_of == date(2025, 9, 25)


def test_team_totals_per_rep(db: Database, team: Team) -> None:
    with db.session_scope() as s:
        s.add(MonthlyPlan(rep_id=team.other_rep, month=MONTH, status=PlanStatus.APPROVED))
    reports = compliance_for_team(db, team.manager, MONTH, today=date(2025, 9, 30))
    assert [r.rep for r in reports] == ["李娜", "赵强"]
    other = reports[1]
    assert other.plan_status is PlanStatus.APPROVED and reports[0].plan_status is None
    assert [a.account for a in other.accounts] == ["别人的医院"]
    assert other.overdue_accounts == 1 and other.visits_required == 4
    assert compliance_for_team(db, team.rep, MONTH) == []
