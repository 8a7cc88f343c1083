"""The one clock (:mod:`fieldvisit.clock`) in Qt's date and time types, for widgets."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDate, QTime

from fieldvisit import clock


def qdate_today() -> QDate:
    day = clock.today()
    return QDate(day.year, day.month, day.day)


def qtime_now() -> QTime:
    moment = clock.local_now()
    return QTime(moment.hour, moment.minute, moment.second)


def msecs_to_midnight() -> int:
    """Milliseconds until the next local midnight (a second past it), for views that show
    "today" and must turn the page when the day does."""
    moment = clock.local_now()
    following = moment.date() + timedelta(days=1)
    midnight = datetime(following.year, following.month, following.day, tzinfo=moment.tzinfo)
    # Timestamps, not wall-clock subtraction: a night with a clock change is not 24 hours.
    return int((midnight.timestamp() - moment.timestamp()) * 1000) + 1000
