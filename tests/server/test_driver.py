"""The hot path's statements on the driver's cursor: placeholders and stored moments."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from fieldvisit.server.driver import driver_placeholders, read_utc, stored_utc


def test_bound_names_become_the_drivers_and_casts_stay() -> None:
    sql = "SELECT xid::text FROM t WHERE (xid, id) > (CAST(:xid AS xid8), :id) LIMIT :limit"
    assert driver_placeholders(sql) == (
        "SELECT xid::text FROM t WHERE (xid, id) > (CAST(%(xid)s AS xid8), %(id)s) LIMIT %(limit)s"
    )
    assert driver_placeholders("SELECT set_config(:m_name, :m, true)") == (
        "SELECT set_config(%(m_name)s, %(m)s, true)"
    )


def test_moments_are_stored_as_naive_utc_and_read_back_aware() -> None:
    beijing = datetime(2026, 12, 3, 8, 30, tzinfo=timezone(timedelta(hours=8)))
    stored = stored_utc(beijing)
    assert stored == datetime(2026, 12, 3, 0, 30, tzinfo=UTC).replace(tzinfo=None)
    assert stored.tzinfo is None
    assert read_utc(stored) == beijing and read_utc(None) is None
    assert read_utc(stored).tzinfo is UTC  # type: ignore[union-attr]
