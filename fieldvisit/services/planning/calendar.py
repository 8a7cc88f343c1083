"""The team's working-day calendar: the official one plus the overrides kept in the database.

``fieldvisit calendar set|unset|list`` and Settings › Planning change and show the
overrides; plans and field-time figures read :func:`load_calendar`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldvisit.domain.errors import ValidationError
from fieldvisit.domain.workdays import (
    CalendarSource,
    DayKind,
    Override,
    SpecialDay,
    WorkCalendar,
)
from fieldvisit.storage.base import utcnow
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import CalendarOverride
from fieldvisit.storage.models.calendar import override_id

MAX_NAME_LENGTH = 80
FIRST_YEAR, LAST_YEAR = 2000, 2100


@dataclass(frozen=True, slots=True)
class YearCalendar:
    year: int
    source: CalendarSource
    days: tuple[SpecialDay, ...]


def calendar_in(session: Session) -> WorkCalendar:
    rows = session.scalars(
        select(CalendarOverride).where(CalendarOverride.deleted_at.is_(None))
    ).all()
    return WorkCalendar.of([Override(r.day, r.kind, r.name) for r in rows])


def load_calendar(db: Database) -> WorkCalendar:
    with db.read_scope() as session:
        return calendar_in(session)


def _check_day(day: date) -> None:
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise ValidationError("day", f"Choose a day between {FIRST_YEAR} and {LAST_YEAR}.")


def set_day(db: Database, day: date, kind: DayKind, name: str | None = None) -> Override:
    """Mark ``day`` as a working day or a holiday, whatever the official calendar says."""
    _check_day(day)
    clean = " ".join((name or "").split()) or None
    if clean and len(clean) > MAX_NAME_LENGTH:
        raise ValidationError("name", f"Keep the name under {MAX_NAME_LENGTH} characters.")
    with db.session_scope() as session:
        row = session.get(CalendarOverride, override_id(day))
        if row is None:
            row = CalendarOverride(id=override_id(day), day=day, kind=kind, name=clean)
            session.add(row)
        else:
            row.kind, row.name, row.deleted_at = kind, clean, None
    return Override(day, kind, clean)


def unset_day(db: Database, day: date) -> bool:
    """Remove the override of ``day`` (the official calendar applies again); False if none."""
    with db.session_scope() as session:
        row = session.get(CalendarOverride, override_id(day))
        if row is None or row.deleted_at is not None:
            return False
        row.deleted_at = utcnow()
    return True


def list_overrides(db: Database) -> list[Override]:
    cal = load_calendar(db)
    return [cal.overrides[d] for d in sorted(cal.overrides)]


def year_calendar(db: Database, year: int) -> YearCalendar:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValidationError("year", f"Choose a year between {FIRST_YEAR} and {LAST_YEAR}.")
    cal = load_calendar(db)
    return YearCalendar(year, cal.source(year), tuple(cal.special_days(year)))
