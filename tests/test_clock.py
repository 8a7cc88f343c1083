"""The one clock: what services call today, now and the zone comes from it alone."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from fieldvisit import clock
from fieldvisit.clock import FixedClock, SystemClock, set_clock, system_zone
from fieldvisit.services.local_days import local_date, local_midnight, month_bounds


def test_tests_run_on_the_pinned_day(fixed_clock: FixedClock) -> None:
    assert clock.today() == date(2026, 11, 23)
    fixed_clock.set_day(date(2031, 2, 28))
    assert clock.today() == date(2031, 2, 28)


def test_today_is_cut_in_the_users_zone(fixed_clock: FixedClock) -> None:
    # 20:00 UTC on 23 November is already 24 November in Shanghai.
    fixed_clock.moment = datetime(2026, 11, 23, 20, 0, tzinfo=UTC)
    assert clock.today() == date(2026, 11, 23)
    fixed_clock.tz = ZoneInfo("Asia/Shanghai")
    assert clock.today() == date(2026, 11, 24)
    assert clock.local_now().hour == 4
    assert clock.now_utc() == datetime(2026, 11, 23, 20, 0, tzinfo=UTC)


def test_days_and_months_follow_the_clock_zone(fixed_clock: FixedClock) -> None:
    fixed_clock.tz = ZoneInfo("Asia/Shanghai")
    start, end = month_bounds(date(2026, 10, 15))
    assert start == datetime(2026, 9, 30, 16, 0, tzinfo=UTC)
    assert end == datetime(2026, 10, 31, 16, 0, tzinfo=UTC)
    assert local_midnight(date(2026, 10, 1)).utcoffset() is not None
    assert local_date(datetime(2026, 9, 30, 16, 30, tzinfo=UTC)) == date(2026, 10, 1)


def test_set_clock_returns_the_previous_one() -> None:
    other = FixedClock.on(date(2030, 1, 1), time(9, 0))
    previous = set_clock(other)
    try:
        assert clock.today() == date(2030, 1, 1)
    finally:
        assert set_clock(previous) is other


def test_system_zone_by_iana_name(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    assert system_zone() == ZoneInfo("Asia/Shanghai")
    assert SystemClock().now().tzinfo is UTC
