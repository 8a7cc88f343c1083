"""The one clock (:mod:`fieldvisit.clock`) in Qt's date and time types, for widgets."""

from __future__ import annotations

from PySide6.QtCore import QDate, QTime

from fieldvisit import clock


def qdate_today() -> QDate:
    day = clock.today()
    return QDate(day.year, day.month, day.day)


def qtime_now() -> QTime:
    moment = clock.local_now()
    return QTime(moment.hour, moment.minute, moment.second)
