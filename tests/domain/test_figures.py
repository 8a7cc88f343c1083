"""The figures of a manager's month, and the working days they are counted over."""

from __future__ import annotations

from datetime import date

import pytest

from fieldvisit.domain.enums import ActionStatus, WorkBase
from fieldvisit.domain.figures import (
    counted_through,
    covisit_days,
    field_days,
    field_share_pct,
    field_target_pct,
    is_open_action,
    is_overdue,
    meets_field_target,
    rating,
    reached_working_days,
)
from fieldvisit.domain.workdays import is_working_day, working_days

NOV = (date(2026, 11, 1), date(2026, 11, 30))  # 21 working days; 1 November is a Sunday


def test_working_days_are_monday_to_friday() -> None:
    assert [is_working_day(date(2026, 11, d)) for d in range(20, 24)] == [True, False, False, True]
    assert len(working_days(*NOV)) == 21
    assert working_days(date(2026, 11, 5), date(2026, 11, 4)) == []


@pytest.mark.parametrize(
    ("today", "through", "reached"),
    [
        (date(2026, 12, 2), date(2026, 11, 30), 21),  # a past month: all its working days
        (date(2026, 11, 23), date(2026, 11, 23), 16),  # the current month: up to today
        (date(2026, 11, 22), date(2026, 11, 22), 15),  # on a Sunday: up to the Friday
        (date(2026, 11, 1), date(2026, 11, 1), 0),  # its first day, a Sunday
        (date(2026, 10, 31), None, 0),  # a month not begun: nothing reached
    ],
)
def test_working_days_up_to_today(today: date, through: date | None, reached: int) -> None:
    assert counted_through(*NOV, today) == through
    assert len(reached_working_days(*NOV, today)) == reached


def test_covisit_days_count_weekends_only_with_a_call() -> None:
    fri, sat, mon = date(2026, 11, 20), date(2026, 11, 21), date(2026, 11, 23)
    assert covisit_days(fri, mon, set(), *NOV) == {fri, mon}
    assert covisit_days(fri, mon, {sat}, *NOV) == {fri, sat, mon}
    # Cut to the month and to the days reached.
    assert covisit_days(date(2026, 10, 30), date(2026, 11, 2), set(), *NOV) == {date(2026, 11, 2)}
    assert covisit_days(mon, mon, set(), NOV[0], fri) == set()


def test_field_time_share_and_target() -> None:
    reached = reached_working_days(*NOV, date(2026, 11, 23))
    out = {date(2026, 11, 2), date(2026, 11, 7), date(2026, 11, 23), date(2026, 11, 24)}
    assert field_days(out, reached) == 2  # not the Saturday, not tomorrow
    assert field_share_pct(10, 21) == 48
    assert field_share_pct(1, 8) == 13  # 12.5 % rounds up, everywhere
    assert field_share_pct(0, 0) is None
    assert field_target_pct(WorkBase.OFFICE) == 70 and field_target_pct(WorkBase.HOME) == 60
    assert meets_field_target(7, 10, 70) is True
    assert meets_field_target(69, 100, 70) is False
    assert meets_field_target(0, 0, 70) is None


def test_open_and_overdue_actions() -> None:
    assert is_open_action(ActionStatus.OPEN)
    assert not is_open_action(ActionStatus.DONE) and not is_open_action(ActionStatus.DROPPED)
    today = date(2026, 11, 23)
    assert is_overdue(date(2026, 11, 22), today)
    assert not is_overdue(today, today) and not is_overdue(None, today)


def test_ratings_show_one_decimal_rounded_half_up() -> None:
    assert rating(3.25) == 3.3
    assert rating(3.35) == 3.4
    assert rating(10 / 3) == 3.3
    assert rating(None) is None
