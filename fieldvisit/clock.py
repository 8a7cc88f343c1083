"""The one clock: today, now and the user's time zone come from here and nowhere else.

Services and widgets call :func:`clock` (never ``date.today()``/``datetime.now()``, which
ruff's DTZ rules keep out), so tests and the command line can set the time with
:func:`set_clock` and every figure on screen, on paper and on the command line is cut
on the same day.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


class Clock(Protocol):
    def now(self) -> datetime:
        """This moment, timezone-aware in UTC (what is stored)."""

    def zone(self) -> tzinfo:
        """The user's time zone: days, weeks and months are cut in it."""


def system_zone() -> tzinfo:
    """The operating system's zone by IANA name where it has one (Windows included)."""
    name = os.environ.get("TZ", "").lstrip(":")
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    try:
        import tzlocal  # maps Windows zone names to IANA ones too

        return tzlocal.get_localzone()
    except Exception:
        offset = datetime.now(UTC).astimezone().utcoffset() or timedelta(0)
        from datetime import timezone

        return timezone(offset)


class SystemClock:
    """The real clock of the machine."""

    def __init__(self) -> None:
        self._zone: tzinfo | None = None

    def now(self) -> datetime:
        return datetime.now(UTC)

    def zone(self) -> tzinfo:
        if self._zone is None:
            self._zone = system_zone()
        return self._zone


@dataclass
class FixedClock:
    """A clock that stands still until moved: tests and reproducible command lines."""

    moment: datetime
    tz: tzinfo = field(default=UTC)

    def __post_init__(self) -> None:
        if self.moment.tzinfo is None:
            self.moment = self.moment.replace(tzinfo=self.tz)

    @classmethod
    def on(cls, day: date, at: time = time(10, 0), tz: tzinfo = UTC) -> FixedClock:
        return cls(datetime.combine(day, at, tzinfo=tz), tz)

    def now(self) -> datetime:
        return self.moment.astimezone(UTC)

    def zone(self) -> tzinfo:
        return self.tz

    def advance(self, delta: timedelta) -> None:
        self.moment += delta

    def set_day(self, day: date, at: time = time(10, 0)) -> None:
        self.moment = datetime.combine(day, at, tzinfo=self.tz)


_current: Clock = SystemClock()


def clock() -> Clock:
    return _current


def set_clock(new: Clock) -> Clock:
    """Use ``new`` from now on; returns the previous clock so it can be put back."""
    global _current
    previous, _current = _current, new
    return previous


def now_utc() -> datetime:
    return _current.now()


def local_zone() -> tzinfo:
    return _current.zone()


def local_now() -> datetime:
    return _current.now().astimezone(_current.zone())


def today() -> date:
    """Today in the user's time zone."""
    return local_now().date()
