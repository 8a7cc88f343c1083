"""Days, weeks and months cut in the user's local time zone, for queries on UTC timestamps."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, tzinfo


def local_zone() -> tzinfo:
    """The user's time zone: days, weeks and months are cut in it, never in UTC."""
    zone = datetime.now().astimezone().tzinfo
    return zone if zone is not None else UTC


def local_midnight(day: date) -> datetime:
    """The start of ``day`` on the local clock, as an aware datetime (compare with UTC columns)."""
    # astimezone() on a naive value reads it as local time, daylight saving included.
    return datetime(day.year, day.month, day.day).astimezone()


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
    return moment.astimezone().date()


def local_today() -> date:
    return datetime.now().astimezone().date()


def each_day(first: date, last: date) -> list[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def is_working_day(day: date) -> bool:
    return day.weekday() < 5
