"""The working-day calendar: the one place that decides whether a day is a working day.

Today Monday to Friday. The official Chinese holiday calendar (holidays and the
weekend days worked in their place) replaces :func:`is_working_day` here, and every
figure, plan and check that counts working days follows.
"""

from __future__ import annotations

from datetime import date, timedelta


def is_working_day(day: date) -> bool:
    return day.weekday() < 5


def working_days(first: date, last: date) -> list[date]:
    """The working days from ``first`` to ``last``, both included (none if ``last < first``)."""
    days = (first + timedelta(days=i) for i in range((last - first).days + 1))
    return [d for d in days if is_working_day(d)]
