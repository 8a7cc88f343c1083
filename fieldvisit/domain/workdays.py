"""The working-day calendar: the one place that decides whether a day is a working day.

The official Chinese calendar (``chinesecalendar``: statutory holidays with the weekend
days worked in their place, 调休) for the years it knows; for a later year, the days the
team entered as calendar overrides, and Monday–Friday for the rest. An override always
wins, so a wrong or late official day can be corrected. Plans, their checks and the
field-time figures all ask a :class:`WorkCalendar`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from types import MappingProxyType
from typing import Final

import chinese_calendar as _official


class DayKind(StrEnum):
    WORKDAY = "workday"
    HOLIDAY = "holiday"


class CalendarSource(StrEnum):
    """Where the working days of a year come from."""

    OFFICIAL = "official"
    """The official calendar, as ``chinesecalendar`` knows it (overrides may correct days)."""
    OVERRIDES = "overrides"
    """A year the library does not know; the team entered some of its days."""
    WEEKDAYS = "weekdays"
    """Nothing known: Monday–Friday, no holidays."""


def _years(days: Mapping[date, object]) -> frozenset[int]:
    return frozenset(d.year for d in days)


_OFFICIAL_HOLIDAYS: Final[Mapping[date, str]] = MappingProxyType(
    {d: str(getattr(h, "value", h) or "") for d, h in _official.holidays.items()}
)
_OFFICIAL_WORKDAYS: Final[Mapping[date, str]] = MappingProxyType(
    {d: str(getattr(h, "value", h) or "") for d, h in _official.workdays.items()}
)
_CHINESE_NAMES: Final[Mapping[str, str]] = MappingProxyType(
    {h.value: str(h.chinese) for h in _official.Holiday}
)
OFFICIAL_YEARS: Final[frozenset[int]] = frozenset(
    range(min(_years(_OFFICIAL_HOLIDAYS)), max(_years(_OFFICIAL_HOLIDAYS)) + 1)
)
"""The years the bundled official calendar covers (2004–2026 in chinesecalendar 1.11)."""


@dataclass(frozen=True, slots=True)
class Override:
    day: date
    kind: DayKind
    name: str | None = None


@dataclass(frozen=True, slots=True)
class SpecialDay:
    """A day that is not what its weekday says: a holiday on a weekday, a worked weekend
    day, or any override."""

    day: date
    kind: DayKind
    name: str | None
    source: CalendarSource


@dataclass(frozen=True)
class WorkCalendar:
    """Working days: overrides first, then the official calendar, then Monday–Friday."""

    overrides: Mapping[date, Override] = field(default_factory=dict)

    @classmethod
    def of(cls, overrides: list[Override] | tuple[Override, ...]) -> WorkCalendar:
        return cls({o.day: o for o in overrides})

    def is_working_day(self, day: date) -> bool:
        found = self.overrides.get(day)
        if found is not None:
            return found.kind is DayKind.WORKDAY
        if day in _OFFICIAL_WORKDAYS:
            return True
        if day in _OFFICIAL_HOLIDAYS:
            return False
        return day.weekday() < 5

    def is_holiday(self, day: date) -> bool:
        """A public holiday or a day off in lieu (not an ordinary weekend day)."""
        found = self.overrides.get(day)
        if found is not None:
            return found.kind is DayKind.HOLIDAY
        return day in _OFFICIAL_HOLIDAYS

    def holiday_name(self, day: date, chinese: bool = False) -> str | None:
        """The holiday a day belongs to (a worked weekend day: the holiday it makes up
        for); an override's name as entered."""
        found = self.overrides.get(day)
        if found is not None:
            return found.name
        name = _OFFICIAL_HOLIDAYS.get(day) or _OFFICIAL_WORKDAYS.get(day) or None
        return official_name(name, chinese) if name else None

    def working_days(self, first: date, last: date) -> list[date]:
        """The working days from ``first`` to ``last``, both included (none if ``last < first``)."""
        days = (first + timedelta(days=i) for i in range((last - first).days + 1))
        return [d for d in days if self.is_working_day(d)]

    def source(self, year: int) -> CalendarSource:
        if year in OFFICIAL_YEARS:
            return CalendarSource.OFFICIAL
        if any(d.year == year for d in self.overrides):
            return CalendarSource.OVERRIDES
        return CalendarSource.WEEKDAYS

    def special_days(self, year: int) -> list[SpecialDay]:
        """The year's days that differ from plain Monday–Friday, and every override."""
        out: dict[date, SpecialDay] = {}
        if year in OFFICIAL_YEARS:
            for day, name in _OFFICIAL_HOLIDAYS.items():
                if day.year == year and day.weekday() < 5:
                    out[day] = SpecialDay(day, DayKind.HOLIDAY, name, CalendarSource.OFFICIAL)
            for day, name in _OFFICIAL_WORKDAYS.items():
                if day.year == year:
                    out[day] = SpecialDay(day, DayKind.WORKDAY, name, CalendarSource.OFFICIAL)
        for day, o in self.overrides.items():
            if day.year == year:
                out[day] = SpecialDay(day, o.kind, o.name, CalendarSource.OVERRIDES)
        return [out[d] for d in sorted(out)]


def official_name(name: str, chinese: bool) -> str:
    """An official holiday's name (as ``chinesecalendar`` spells it in English) in Chinese."""
    return _CHINESE_NAMES.get(name, name) if chinese else name


OFFICIAL: Final = WorkCalendar()
"""The official calendar with no overrides."""


def is_working_day(day: date, calendar: WorkCalendar = OFFICIAL) -> bool:
    return calendar.is_working_day(day)


def working_days(first: date, last: date, calendar: WorkCalendar = OFFICIAL) -> list[date]:
    """The working days from ``first`` to ``last``, both included (none if ``last < first``)."""
    return calendar.working_days(first, last)
