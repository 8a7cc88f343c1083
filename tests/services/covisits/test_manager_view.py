"""The manager's month against figures worked out by hand from a small team.

March 2025 starts on a Saturday and has 21 working days. The clock is Shanghai's
(UTC+8), so a contact at 00:30 on 1 April is still 31 March in UTC.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime

import pytest

from fieldvisit.domain.enums import (
    AccountStatus,
    AccountType,
    ActionStatus,
    ContactMethod,
    CoVisitType,
    MemberRole,
    RecordStatus,
    Standard,
    WorkBase,
)
from fieldvisit.domain.errors import NotFoundError
from fieldvisit.services.covisits.manager_view import (
    CallCounts,
    list_managers,
    manager_month,
    manager_reps,
)
from fieldvisit.storage.base import utcnow
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import (
    Account,
    ActionItem,
    ContactRecord,
    CoVisit,
    CoVisitCall,
    RecordParticipant,
    StandardRating,
    TeamMember,
)
from tests.services.local_tz import local_zone

MARCH = date(2025, 3, 1)
TODAY = date(2025, 4, 10)


@dataclass
class Team:
    office: uuid.UUID
    home: uuid.UUID
    r1: uuid.UUID
    r2: uuid.UUID
    r3: uuid.UUID


@pytest.fixture(autouse=True)
def _shanghai() -> Iterator[None]:
    with local_zone("Asia/Shanghai"):
        yield


def local(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute).astimezone()


@pytest.fixture
def team(db: Database) -> Team:
    with db.session_scope() as s:
        office = TeamMember(name="王喆", role=MemberRole.MANAGER, work_base=WorkBase.OFFICE)
        home = TeamMember(name="Helen Ho", role=MemberRole.MANAGER, work_base=WorkBase.HOME)
        s.add_all([office, home])
        s.flush()
        r1 = TeamMember(name="李堃", role=MemberRole.REP, manager_id=office.id)
        r2 = TeamMember(name="周宁", role=MemberRole.REP, manager_id=office.id)
        r3 = TeamMember(name="Amy Lam", role=MemberRole.REP, manager_id=home.id)
        s.add_all([r1, r2, r3])
        s.flush()
        account = Account(
            name="镕安医院", account_type=AccountType.HOSPITAL, status=AccountStatus.ACTIVE
        )
        s.add(account)
        s.flush()

        def covisit(
            manager: TeamMember, rep: TeamMember, first: date, last: date, **kw: object
        ) -> CoVisit:
            c = CoVisit(
                manager_id=manager.id,
                rep_id=rep.id,
                first_day=first,
                last_day=last,
                template_version="1",
                **kw,
            )
            s.add(c)
            s.flush()
            return c

        def calls(c: CoVisit, *day_types: tuple[date, CoVisitType]) -> None:
            for seq, (day, kind) in enumerate(day_types, start=1):
                s.add(
                    CoVisitCall(
                        covisit_id=c.id, seq=seq, day=day, account_id=account.id, call_type=kind
                    )
                )

        def rate(c: CoVisit, **scores: int) -> None:
            for standard, score in scores.items():
                s.add(StandardRating(covisit_id=c.id, standard=Standard(standard), score=score))

        J, D, C = CoVisitType.JOINT, CoVisitType.DEMONSTRATION, CoVisitType.COACHING
        # Friday–Monday: two co-visit days, not four.
        c1 = covisit(office, r1, date(2025, 3, 7), date(2025, 3, 10))
        calls(c1, (date(2025, 3, 7), J), (date(2025, 3, 7), C), (date(2025, 3, 10), C))
        rate(c1, communication=3, sales_calls=4)
        c2 = covisit(office, r1, date(2025, 3, 20), date(2025, 3, 20), late=True)
        calls(c2, (date(2025, 3, 20), D))
        rate(c2, communication=5, sales_calls=2)
        # Across the month boundary: only Monday 3 March is in March.
        c3 = covisit(office, r2, date(2025, 2, 28), date(2025, 3, 3))
        calls(c3, (date(2025, 2, 28), C), (date(2025, 3, 3), J))
        rate(c3, communication=4)
        # A Saturday with a call: a co-visit day with the rep, not a working day.
        c4 = covisit(office, r2, date(2025, 3, 15), date(2025, 3, 15))
        calls(c4, (date(2025, 3, 15), C))
        gone = covisit(office, r1, date(2025, 3, 25), date(2025, 3, 25), late=True)
        gone.deleted_at = utcnow()
        # A year before: outside the 12-month trend window.
        old = covisit(office, r1, date(2024, 3, 15), date(2024, 3, 15))
        rate(old, communication=1)
        # The home-based manager co-visits r1 once in March, and r3 on 3–4 March.
        covisit(home, r1, date(2025, 3, 12), date(2025, 3, 12))
        covisit(home, r3, date(2025, 3, 3), date(2025, 3, 4))

        s.add_all(
            [
                ActionItem(
                    covisit_id=c1.id,
                    seq=1,
                    description="准备价格异议数据",
                    owner_id=r1.id,
                    due_on=date(2025, 3, 20),
                ),
                ActionItem(
                    covisit_id=c1.id,
                    seq=2,
                    description="约药剂科主任",
                    owner_id=r1.id,
                    due_on=date(2025, 5, 1),
                ),
                ActionItem(
                    covisit_id=c1.id,
                    seq=3,
                    description="done",
                    due_on=date(2025, 3, 9),
                    status=ActionStatus.DONE,
                ),
                ActionItem(covisit_id=c3.id, seq=1, description="读完新品资料", owner_id=r2.id),
            ]
        )

        def record(author: TeamMember, when: datetime, *, joined: TeamMember | None = None) -> None:
            r = ContactRecord(
                account_id=account.id,
                author_id=author.id,
                occurred_at=when,
                method=ContactMethod.VISIT,
                status=RecordStatus.COMPLETE,
            )
            s.add(r)
            s.flush()
            if joined is not None:
                s.add(RecordParticipant(record_id=r.id, member_id=joined.id))

        record(office, local(date(2025, 3, 12), 10))  # written by the manager
        record(r2, local(date(2025, 3, 13), 15), joined=office)  # the manager took part
        record(office, local(date(2025, 3, 8), 10))  # a Saturday
        record(r1, local(date(2025, 3, 14), 10))  # without the manager
        record(office, local(date(2025, 4, 1), 0, 30))  # April here, 31 March in UTC
        return Team(office.id, home.id, r1.id, r2.id, r3.id)


def test_field_days_office_manager(db: Database, team: Team) -> None:
    view = manager_month(db, team.office, MARCH, today=TODAY)
    field = view.field
    # Co-visit weekdays 3, 7, 10, 20 and record days 12, 13 (not the Saturday, not 1 April).
    assert (field.field_days, field.working_days) == (6, 21)
    assert field.target_pct == 70 and not field.partial
    assert field.share == pytest.approx(6 / 21)
    assert field.meets_target is False


def test_home_based_target_and_current_month_up_to_today(db: Database, team: Team) -> None:
    view = manager_month(db, team.home, MARCH, today=date(2025, 3, 5))
    field = view.field
    # Working days 3–5 March; in the field 3 and 4 March: 67 %, above 60 % but not 70 %.
    assert (field.field_days, field.working_days, field.through) == (2, 3, date(2025, 3, 5))
    assert field.partial and field.target_pct == 60 and field.meets_target is True


def test_future_month_has_no_share(db: Database, team: Team) -> None:
    field = manager_month(db, team.office, date(2025, 5, 1), today=TODAY).field
    assert (field.working_days, field.share, field.meets_target) == (0, None, None)


def test_covisit_days_calls_and_late_reports_per_rep(db: Database, team: Team) -> None:
    view = manager_month(db, team.office, MARCH, today=TODAY)
    rows = {r.rep: r for r in view.reps}
    assert set(rows) == {"李堃", "周宁"}
    assert (rows["李堃"].covisits, rows["李堃"].covisit_days) == (2, 3)
    assert (rows["周宁"].covisits, rows["周宁"].covisit_days) == (2, 2)
    assert rows["李堃"].calls == CallCounts(joint=1, demonstration=1, coaching=2)
    assert rows["周宁"].calls == CallCounts(joint=1, demonstration=0, coaching=1)
    assert rows["李堃"].late_reports == 1 and rows["周宁"].late_reports == 0
    assert rows["李堃"].average_rating == pytest.approx(3.5)
    assert view.calls == CallCounts(joint=2, demonstration=1, coaching=3)
    assert (view.covisits, view.covisit_days, view.late_reports) == (4, 5, 1)


def test_one_rep_selected(db: Database, team: Team) -> None:
    view = manager_month(db, team.office, MARCH, rep_id=team.r1, today=TODAY)
    assert (view.covisits, view.covisit_days, view.late_reports) == (2, 3, 1)
    assert view.calls.total == 4
    assert [a.description for a in view.open_actions] == ["准备价格异议数据", "约药剂科主任"]
    assert [a.overdue for a in view.open_actions] == [True, False]
    # The field-days figure is the manager's, whichever rep is shown.
    assert view.field.field_days == 6


def test_open_actions_all_reps_due_first(db: Database, team: Team) -> None:
    view = manager_month(db, team.office, MARCH, today=TODAY)
    actions = view.open_actions
    assert [(a.rep, a.due_on) for a in actions] == [
        ("李堃", date(2025, 3, 20)),
        ("李堃", date(2025, 5, 1)),
        ("周宁", None),
    ]
    assert actions[0].owner == "李堃" and actions[2].overdue is False
    rows = {r.rep: r for r in view.reps}
    assert (rows["李堃"].open_actions, rows["李堃"].overdue_actions) == (2, 1)


def test_rating_trends_per_standard_last_twelve_months(db: Database, team: Team) -> None:
    view = manager_month(db, team.office, MARCH, rep_id=team.r1, today=TODAY)
    assert view.trend_from == date(2024, 4, 1) and view.trend_to == date(2025, 3, 31)
    trends = {t.standard: t for t in view.trends}
    assert list(trends) == [Standard.COMMUNICATION.value, Standard.SALES_CALLS.value]
    communication = trends["communication"]
    assert [(p.day, p.average) for p in communication.points] == [
        (date(2025, 3, 7), 3.0),
        (date(2025, 3, 20), 5.0),
    ]
    assert communication.average == pytest.approx(4.0)
    assert trends["sales_calls"].average == pytest.approx(3.0)
    assert view.average_rating == pytest.approx(3.5)
    everyone = manager_month(db, team.office, MARCH, today=TODAY)
    points = {t.standard: t.points for t in everyone.trends}["communication"]
    assert [p.day for p in points] == [date(2025, 2, 28), date(2025, 3, 7), date(2025, 3, 20)]


def test_managers_and_their_reps(db: Database, team: Team) -> None:
    assert [m.name for m in list_managers(db)] == ["Helen Ho", "王喆"]
    # Helen's own rep, and r1 whom she co-visited.
    assert [r.name for r in manager_reps(db, team.home)] == ["Amy Lam", "李堃"]


def test_unknown_manager(db: Database) -> None:
    with pytest.raises(NotFoundError):
        manager_month(db, uuid.uuid4(), MARCH)
