"""Days, weeks and months cut in the user's local time zone, for queries on UTC timestamps.

The zone and today come from the one clock (:mod:`fieldvisit.clock`)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from fieldvisit.clock import local_zone as local_zone
from fieldvisit.clock import today
from fieldvisit.domain.workdays import is_working_day as is_working_day


def local_midnight(day: date) -> datetime:
    """The start of ``day`` on the local clock, as an aware datetime (compare with UTC columns)."""
    return datetime(day.year, day.month, day.day, tzinfo=local_zone())


def month_bounds(month: date) -> tuple[datetime, datetime]:
    """``[start, end)`` of the local month holding ``month``, for UTC timestamp ranges."""
    first = month.replace(day=1)
    following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return local_midnight(first), local_midnight(following)


def local_day_range(first: date, last: date) -> tuple[datetime, datetime]:
    """``[start, end)`` covering the local days ``first`` … ``last``."""
    return local_midnight(first), local_midnight(last + timedelta(days=1))


def local_date(moment: datetime) -> date:
    """The local calendar day of an aware timestamp."""
    return moment.astimezone(local_zone()).date()


def local_today() -> date:
    return today()


def each_day(first: date, last: date) -> list[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]
