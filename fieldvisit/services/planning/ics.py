"""A monthly plan as an iCalendar file (RFC 5545) for Outlook, Google Calendar and Apple Calendar.

What calendar users expect, and what the file therefore holds:

- visits and service calls are appointments: timed events with a ``TZID`` and a
  ``VTIMEZONE`` for it, one hour each, mornings from 9:00 and afternoons from 14:00,
  staggered in the plan's order; they show the rep as busy;
- phone calls are reminders for the day, not appointments: all-day events
  (``VALUE=DATE``) marked ``TRANSP:TRANSPARENT`` so they do not block the calendar;
- ``UID`` is the planned contact's id, so importing the plan again after a change
  updates the events instead of duplicating them.

The time zone is the user's own (its IANA name, e.g. Asia/Shanghai); when the system
gives no name, a zone with China's offset is written as Asia/Shanghai and anything else
as UTC times.
"""

from __future__ import annotations

import uuid
from collections import Counter
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
from sqlalchemy import select

from fieldvisit import clock
from fieldvisit.domain.enums import DaySlot, PlannedKind
from fieldvisit.domain.errors import FieldVisitError
from fieldvisit.domain.labels import label
from fieldvisit.services.import_export.messages import say
from fieldvisit.services.planning.months import first_of
from fieldvisit.services.planning.plans import PlannedRow, PlanView, load_plan
from fieldvisit.storage.database import Database
from fieldvisit.storage.files import write_atomically
from fieldvisit.storage.models import Account

PRODID = "-//FieldVisit//Visit plan//EN"
MORNING_START = time(9, 0)
AFTERNOON_START = time(14, 0)
VISIT_LENGTH = timedelta(hours=1)
CHINA_OFFSET = timedelta(hours=8)


def event_title(kind: PlannedKind, account: str, lang: str) -> str:
    """The calendar entry's title, in the words of the shared catalogue (context Messages)."""
    if kind is PlannedKind.VISIT:
        return say(lang, "Visit {account}", account=account)
    if kind is PlannedKind.SERVICE:
        return say(lang, "Service {account}", account=account)
    return say(lang, "Call {account}", account=account)


def calendar_name(rep: str, month: str, lang: str) -> str:
    return say(lang, "Visit plan {rep} {month}", rep=rep, month=month)


class ExportError(FieldVisitError):
    title = "Cannot write the calendar file"


def calendar_zone() -> ZoneInfo | None:
    """The user's zone (from the one clock) by its IANA name, or ``None`` when it has none."""
    zone = clock.local_zone()
    if isinstance(zone, ZoneInfo):
        return zone
    if zone is UTC:
        return ZoneInfo("UTC")
    offset = clock.local_now().utcoffset()
    return ZoneInfo("Asia/Shanghai") if offset == CHINA_OFFSET else None


def _timed(row: PlannedRow, index: int, zone: tzinfo) -> tuple[datetime, datetime]:
    base = AFTERNOON_START if row.slot is DaySlot.AFTERNOON else MORNING_START
    start = datetime.combine(row.day, base, tzinfo=zone) + index * VISIT_LENGTH
    return start, start + VISIT_LENGTH


def plan_calendar(
    plan: PlanView,
    addresses: dict[uuid.UUID, str],
    lang: str = "zh",
    zone: ZoneInfo | None = None,
    stamp: datetime | None = None,
) -> icalendar.Calendar:
    lang = "zh" if lang.startswith("zh") else "en"
    tz: tzinfo = zone if zone is not None else UTC
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", calendar_name(plan.rep, f"{plan.month:%Y-%m}", lang))
    if zone is not None:
        cal.add("x-wr-timezone", zone.key)
        cal.add_component(
            icalendar.Timezone.from_tzinfo(
                zone,
                tzid=zone.key,
                first_date=date(plan.month.year - 1, 1, 1),
                last_date=date(plan.month.year + 1, 12, 31),
            )
        )
    stamp = stamp or clock.now_utc()
    per_slot: Counter[tuple[date, DaySlot | None]] = Counter()
    for row in plan.contacts:
        event = icalendar.Event()
        event.add("uid", f"{row.id}@fieldvisit")
        event.add("dtstamp", stamp)
        event.add("summary", event_title(row.kind, row.account, lang))
        if row.kind is PlannedKind.PHONE:
            event.add("dtstart", row.day)
            event.add("dtend", row.day + timedelta(days=1))
            event.add("transp", "TRANSPARENT")
        else:
            index = per_slot[row.day, row.slot]
            per_slot[row.day, row.slot] += 1
            start, end = _timed(row, index, tz)
            event.add("dtstart", start)
            event.add("dtend", end)
            event.add("transp", "OPAQUE")
        if row.account_id in addresses:
            event.add("location", addresses[row.account_id])
        details = [row.purpose] if row.purpose else []
        if row.sub_tier is not None:
            details.append(f"{label(row.kind, lang)} · {row.sub_tier.value}")
        if details:
            event.add("description", "\n".join(details))
        event.add("categories", [label(row.kind, lang)])
        cal.add_component(event)
    return cal


def _addresses(db: Database, account_ids: list[uuid.UUID]) -> dict[uuid.UUID, str]:
    out: dict[uuid.UUID, str] = {}
    with db.session_scope() as session:
        for i in range(0, len(account_ids), 2000):
            chunk = account_ids[i : i + 2000]
            for account_id, province, city, address in session.execute(
                select(Account.id, Account.province, Account.city, Account.address).where(
                    Account.id.in_(chunk)
                )
            ):
                parts = [p for p in (province, city, address) if p]
                # Chinese addresses often repeat the province and city: keep each once.
                parts = [p for i, p in enumerate(parts) if not any(p in q for q in parts[i + 1 :])]
                if parts:
                    out[account_id] = ("" if _is_cjk("".join(parts)) else ", ").join(parts)
    return out


def _is_cjk(text: str) -> bool:
    return any("\u4e00" <= c <= "\u9fff" for c in text)


def plan_ics(
    db: Database,
    rep_id: uuid.UUID,
    month: date,
    lang: str = "zh",
    zone: ZoneInfo | None = None,
) -> bytes:
    plan = load_plan(db, rep_id, first_of(month))
    addresses = _addresses(db, sorted({c.account_id for c in plan.contacts}))
    zone = zone if zone is not None else calendar_zone()
    data: bytes = plan_calendar(plan, addresses, lang, zone).to_ical()
    return data


def write_plan_ics(
    db: Database,
    rep_id: uuid.UUID,
    month: date,
    target: Path,
    lang: str = "zh",
    zone: ZoneInfo | None = None,
) -> int:
    """Write the plan's ``.ics`` whole or not at all; returns the number of events."""
    data = plan_ics(db, rep_id, month, lang, zone)
    try:
        write_atomically(target, data)
    except OSError as exc:
        raise ExportError(f"{target} could not be written: {exc.strerror or exc}.") from exc
    return data.count(b"BEGIN:VEVENT")
