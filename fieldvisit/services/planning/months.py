"""A plan month: its four habit weeks, its working days, its bounds in local time."""

from __future__ import annotations

import calendar
from datetime import UTC, date, datetime

WORKING_DAYS = range(5)  # Monday–Friday


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


def working_days(month: date) -> list[date]:
    return [d for d in days_of(month) if d.weekday() in WORKING_DAYS]


def local_midnight(day: date) -> datetime:
    """The start of ``day`` in the user's time zone, as an aware UTC datetime.

    Built from a naive datetime so the system's zone rules (including summer time and
    the ``TZ`` variable) decide the offset of that very day, not today's offset.
    """
    return datetime(day.year, day.month, day.day).astimezone().astimezone(UTC)


def month_bounds(month: date) -> tuple[datetime, datetime]:
    """[start, end) of a month in local time, as UTC datetimes for ``occurred_at`` ranges."""
    return local_midnight(first_of(month)), local_midnight(next_month(month))


def local_day(moment: datetime) -> date:
    return moment.astimezone().date()


def local_today() -> date:
    return datetime.now().astimezone().date()


def month_label(month: date) -> str:
    return f"{month:%Y-%m}"
