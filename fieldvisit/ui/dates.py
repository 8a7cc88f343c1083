"""Dates on screen as on paper: one style per language ("9 Dec 2026", "2026年12月9日").

The wording is the reports' (:mod:`fieldvisit.reports.strings`), so a date reads the same in
a list, an editor and the printed page; date editors get the matching display format.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit

from fieldvisit.reports.strings import format_date, format_datetime, format_month
from fieldvisit.ui.labels import interface_language


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


EDIT_FORMATS = {"en": "d MMM yyyy", "zh": "yyyy年M月d日"}


def date_text(day: date | None) -> str:
    return format_date(day, interface_language())


def datetime_text(when: datetime | None) -> str:
    """An aware time as the user's local date and time (naive: as it is)."""
    return format_datetime(when, interface_language())


def days_text(first: date, last: date) -> str:
    """One day, or the first and last of several: "29 Jul 2026 – 30 Jul 2026"."""
    if last == first:
        return date_text(first)
    return f"{date_text(first)} – {date_text(last)}"


def month_text(day: date) -> str:
    """The month of ``day``: "December 2026", "2026年12月"."""
    return format_month(day, interface_language())


def day_heading(day: date) -> str:
    """A page's day with its weekday: "Tuesday, 24 Nov 2026", "2026年11月24日 星期二"."""
    weekday = QLocale().dayName(day.isoweekday(), QLocale.FormatType.LongFormat)
    if interface_language() == "zh":
        return f"{date_text(day)} {weekday}"
    return f"{weekday}, {date_text(day)}"


def weekday_text(day: date) -> str:
    """The short weekday name in the language: "Mon", "周一"."""
    return QLocale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)


def styled(editor: QDateEdit | QDateTimeEdit) -> QDateEdit | QDateTimeEdit:
    """``editor`` showing dates in the language's one style (times after them, if it has)."""
    shown = EDIT_FORMATS[interface_language()]
    if not isinstance(editor, QDateEdit):
        shown += " HH:mm"
    editor.setDisplayFormat(shown)
    return editor
