"""When a co-visit report is late: one definition for the list, the Manager's view, the
printouts and the command line."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo


def report_due(last_day: date, zone: tzinfo) -> datetime:
    """The report is due by the end of the co-visit's last day, on the user's local clock."""
    return datetime.combine(last_day + timedelta(days=1), time(0, 0), tzinfo=zone)


def is_report_late(last_day: date, signed_at: datetime | None, now: datetime, zone: tzinfo) -> bool:
    """Late from the moment the last day has ended unsigned; a report signed after that
    stays late. ``signed_at`` is the first signature (a later correction does not count)."""
    due = report_due(last_day, zone)
    if signed_at is None:
        return now >= due
    return signed_at >= due
