"""A plan month: its four habit weeks, its working days, its bounds in local time."""

from __future__ import annotations

import calendar
from datetime import date

from fieldvisit.domain.workdays import OFFICIAL, WorkCalendar

# Local-time cuts are shared with records and the manager's view.
from fieldvisit.services.local_days import local_date as local_day
from fieldvisit.services.local_days import local_midnight, local_today, month_bounds

__all__ = [
    "days_of",
    "first_of",
    "local_day",
    "local_midnight",
    "local_today",
    "month_bounds",
    "month_label",
    "next_month",
    "week_of",
    "working_days",
]


def first_of(month: date) -> date:
    return month.replace(day=1)


def next_month(month: date) -> date:
    first = first_of(month)
    return date(first.year + first.month // 12, first.month % 12 + 1, 1)


def days_of(month: date) -> list[date]:
    first = first_of(month)
    return [
        first.replace(day=d) for d in range(1, calendar.monthrange(first.year, first.month)[1] + 1)
    ]


def week_of(day: date) -> int:
    """The habit week (1–4) of a day: days 1–7, 8–14, 15–21, then 22 to the month's end."""
    return min((day.day - 1) // 7 + 1, 4)


def working_days(month: date, calendar: WorkCalendar = OFFICIAL) -> list[date]:
    return [d for d in days_of(month) if calendar.is_working_day(d)]


def month_label(month: date) -> str:
    return f"{month:%Y-%m}"
