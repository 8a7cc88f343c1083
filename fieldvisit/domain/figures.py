"""The figures of a manager's month (DOMAIN.md §6), defined once.

The Manager's view, the printed team summary and ``fieldvisit manager-view`` all show
what these functions compute; none of them counts on its own.

Every figure is counted over the days *reached*: all of a past month, the current
month up to and including today, nothing of a month not yet begun.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Final

from fieldvisit.domain.enums import ActionStatus, WorkBase
from fieldvisit.domain.workdays import OFFICIAL, WorkCalendar

FIELD_TARGET_PCT: Final[dict[WorkBase, int]] = {WorkBase.OFFICE: 70, WorkBase.HOME: 60}
"""Share of working days a manager should spend in the field (§6)."""


def field_target_pct(work_base: WorkBase) -> int:
    return FIELD_TARGET_PCT[work_base]


def counted_through(first: date, last: date, today: date) -> date | None:
    """The last day of ``first`` … ``last`` that is counted: ``last`` for a past month,
    ``today`` for the current one, ``None`` for a month that has not begun."""
    through = min(last, today)
    return through if through >= first else None


def reached_working_days(
    first: date, last: date, today: date, calendar: WorkCalendar = OFFICIAL
) -> list[date]:
    """The working days of ``first`` … ``last`` reached by ``today`` (the denominator of
    field time), on the working-day calendar (holidays out, make-up working days in)."""
    through = counted_through(first, last, today)
    return [] if through is None else calendar.working_days(first, through)


def covisit_days(
    first_day: date,
    last_day: date,
    call_days: Collection[date],
    start: date,
    through: date,
    calendar: WorkCalendar = OFFICIAL,
) -> set[date]:
    """The days of one co-visit that fall in ``start`` … ``through``: each working day of
    its span, and a non-working day only if a call was made on it (a Friday–Monday
    co-visit is two days, not four)."""
    lo, hi = max(first_day, start), min(last_day, through)
    span = (lo + timedelta(days=i) for i in range((hi - lo).days + 1))
    return {d for d in span if calendar.is_working_day(d) or d in call_days}


def field_days(days_out: Iterable[date], reached_working: Collection[date]) -> int:
    """Working days reached on which the manager was in the field (co-visits, own or
    joined contact records)."""
    return len(set(days_out).intersection(reached_working))


def field_share_pct(field: int, working: int) -> int | None:
    """Field time as a whole percentage, halves rounded up; ``None`` with no working day."""
    if working <= 0:
        return None
    return (200 * field + working) // (2 * working)


def meets_field_target(field: int, working: int, target_pct: int) -> bool | None:
    """Exact comparison (not of the rounded percentage); ``None`` with no working day."""
    if working <= 0:
        return None
    return 100 * field >= target_pct * working


def is_open_action(status: ActionStatus) -> bool:
    """Open until done or explicitly dropped."""
    return status is ActionStatus.OPEN


def is_overdue(due_on: date | None, today: date) -> bool:
    return due_on is not None and due_on < today


def rating(value: float | None) -> float | None:
    """A rating as shown everywhere: one decimal, halves rounded up (3.25 → 3.3)."""
    if value is None:
        return None
    return float(Decimal(repr(value)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def mean(values: Iterable[float]) -> float | None:
    present = list(values)
    return sum(present) / len(present) if present else None
