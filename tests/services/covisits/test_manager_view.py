"""The manager's month against figures worked out by hand from a small team.

March 2025 starts on a Saturday and has 21 working days. The clock is Shanghai's
(UTC+8), so a contact at 00:30 on 1 April is still 31 March in UTC. Today is moved
with the pinned clock (``fixed_clock``), never passed in.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from fieldvisit.clock import FixedClock
from fieldvisit.domain.enums import CoVisitStatus, Standard
from fieldvisit.domain.errors import NotFoundError
from fieldvisit.services.covisits.manager_view import (
    CallCounts,
    list_managers,
    manager_month,
    manager_reps,
)
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import CoVisit
from tests.services.covisits.team_data import Team, build_team
from tests.services.local_tz import local_zone

MARCH = date(2025, 3, 1)
TODAY = date(2025, 4, 10)


SHANGHAI = ZoneInfo("Asia/Shanghai")


@pytest.fixture(autouse=True)
def _shanghai(fixed_clock: FixedClock) -> Iterator[None]:
    fixed_clock.tz = SHANGHAI
    fixed_clock.set_day(TODAY)
    with local_zone("Asia/Shanghai"):
        yield


@pytest.fixture
def team(db: Database) -> Team:
    return build_team(db)


def test_field_days_office_manager(db: Database, team: Team) -> None:
    view = manager_month(db, team.office, MARCH)
    field = view.field
    # Co-visit weekdays 3, 7, 10, 20 and record days 12, 13 (not the Saturday, not 1 April).
    assert (field.field_days, field.working_days) == (6, 21)
    assert field.target_pct == 70 and not field.partial
    assert field.share == pytest.approx(6 / 21)
    assert field.meets_target is False


def test_home_based_target_and_current_month_up_to_today(
    db: Database, team: Team, fixed_clock: FixedClock
) -> None:
    fixed_clock.set_day(date(2025, 3, 5))
    view = manager_month(db, team.home, MARCH)
    field = view.field
    # Working days 3–5 March; in the field 3 and 4 March: 67 %, above 60 % but not 70 %.
    assert (field.field_days, field.working_days, field.through) == (2, 3, date(2025, 3, 5))
    assert field.partial and field.target_pct == 60 and field.meets_target is True


def test_future_month_has_no_share(db: Database, team: Team) -> None:
    field = manager_month(db, team.office, date(2025, 5, 1)).field
    assert (field.working_days, field.share, field.meets_target) == (0, None, None)


def test_covisit_days_calls_and_late_reports_per_rep(db: Database, team: Team) -> None:
    view = manager_month(db, team.office, MARCH)
    rows = {r.rep: r for r in view.reps}
    assert set(rows) == {"李堃", "周宁"}
    assert (rows["李堃"].covisits, rows["李堃"].covisit_days) == (2, 3)
    assert (rows["周宁"].covisits, rows["周宁"].covisit_days) == (2, 2)
    assert rows["李堃"].calls == CallCounts(joint=1, demonstration=1, coaching=2)
    assert rows["周宁"].calls == CallCounts(joint=1, demonstration=0, coaching=1)
    # 李堃: signed the morning after 20 March. 周宁: 15 March never signed.
    assert rows["李堃"].late_reports == 1 and rows["周宁"].late_reports == 1
    assert rows["李堃"].average_rating == pytest.approx(3.5)
    assert view.calls == CallCounts(joint=2, demonstration=1, coaching=3)
    assert (view.covisits, view.covisit_days, view.late_reports) == (4, 5, 2)
    # The team's totals: the same figures as the whole view, and what the rows add up to.
    team_row = view.team
    assert (team_row.covisits, team_row.covisit_days, team_row.calls) == (4, 5, view.calls)
    assert (team_row.late_reports, team_row.open_actions, team_row.overdue_actions) == (2, 3, 1)
    assert team_row.average_rating == 3.7  # mean of the co-visit averages 3.5, 3.5 and 4
    lines = [(c.first_day, c.rep, c.calls, c.late) for c in view.lines]
    assert lines == [
        (date(2025, 2, 28), "周宁", 2, False),
        (date(2025, 3, 7), "李堃", 3, False),
        (date(2025, 3, 15), "周宁", 1, True),
        (date(2025, 3, 20), "李堃", 1, True),
    ]


def test_one_rep_selected(db: Database, team: Team) -> None:
    view = manager_month(db, team.office, MARCH, rep_id=team.r1)
    assert (view.covisits, view.covisit_days, view.late_reports) == (2, 3, 1)
    assert view.calls.total == 4
    assert [a.description for a in view.open_actions] == ["准备价格异议数据", "约药剂科主任"]
    assert [a.overdue for a in view.open_actions] == [True, False]
    # The field-days figure is the manager's, whichever rep is shown.
    assert view.field.field_days == 6


def test_open_actions_all_reps_due_first(db: Database, team: Team) -> None:
    view = manager_month(db, team.office, MARCH)
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
    view = manager_month(db, team.office, MARCH, rep_id=team.r1)
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
    everyone = manager_month(db, team.office, MARCH)
    points = {t.standard: t.points for t in everyone.trends}["communication"]
    # The whole team: one point per month.
    assert [(p.day, p.average, p.covisits) for p in points] == [
        (date(2025, 2, 1), 4.0, 1),
        (date(2025, 3, 1), 4.0, 2),
    ]


def test_managers_and_their_reps(db: Database, team: Team) -> None:
    assert [m.name for m in list_managers(db)] == ["Helen Ho", "王喆"]
    # Helen's own rep, and r1 whom she co-visited.
    assert [r.name for r in manager_reps(db, team.home)] == ["Amy Lam", "李堃"]


def test_unknown_manager(db: Database) -> None:
    with pytest.raises(NotFoundError):
        manager_month(db, uuid.uuid4(), MARCH)


def test_current_month_counts_only_the_days_reached(
    db: Database, team: Team, fixed_clock: FixedClock
) -> None:
    # Friday 7 March: the Friday–Monday co-visit has reached one day, and two of its calls.
    fixed_clock.set_day(date(2025, 3, 7))
    view = manager_month(db, team.office, MARCH)
    assert (view.field.working_days, view.field.through, view.field.partial) == (
        5,
        date(2025, 3, 7),
        True,
    )
    rows = {r.rep: r for r in view.reps}
    assert (rows["李堃"].covisits, rows["李堃"].covisit_days, rows["李堃"].calls.total) == (1, 1, 2)
    # Co-visit days 3 and 7 March are the field days so far: 2 of 5 = 40 %.
    assert (view.field.field_days, view.field.share_pct) == (2, 40)
    assert [c.first_day for c in view.lines] == [date(2025, 2, 28), date(2025, 3, 7)]
    # The Friday–Monday co-visit is unsigned but its last day has not come: not late.
    assert view.late_reports == 0


def test_a_month_not_begun_counts_nothing(db: Database, team: Team) -> None:
    view = manager_month(db, team.office, date(2025, 5, 1))
    assert (view.covisits, view.covisit_days, view.calls.total, view.late_reports) == (0, 0, 0, 0)
    assert view.lines == () and view.field.through is None
    # Open actions are those open now, whatever the month.
    assert view.team.open_actions == 3


def test_an_unsigned_report_is_late_from_the_end_of_its_last_day(
    db: Database, team: Team, fixed_clock: FixedClock
) -> None:
    with db.session_scope() as s:
        s.add(
            CoVisit(
                manager_id=team.office,
                rep_id=team.r2,
                first_day=date(2025, 4, 9),
                last_day=date(2025, 4, 9),
                template_version="1",
                status=CoVisitStatus.IN_PROGRESS,
            )
        )
    april = date(2025, 4, 1)
    fixed_clock.moment = datetime.combine(date(2025, 4, 9), time(23, 59), SHANGHAI)
    assert manager_month(db, team.office, april).late_reports == 0
    fixed_clock.moment = datetime.combine(date(2025, 4, 10), time(0, 0), SHANGHAI)
    view = manager_month(db, team.office, april)
    assert view.late_reports == 1 and [c.late for c in view.lines] == [True]


def test_a_rep_who_left_keeps_the_month_figures(db: Database, team: Team) -> None:
    from fieldvisit.storage.base import utcnow
    from fieldvisit.storage.models import TeamMember

    with db.session_scope() as s:
        member = s.get(TeamMember, team.r2)
        assert member is not None
        member.deleted_at = utcnow()
    view = manager_month(db, team.office, MARCH)
    assert [r.rep for r in view.reps] == ["周宁", "李堃"]
    assert sum(r.covisits for r in view.reps) == view.team.covisits == 4
