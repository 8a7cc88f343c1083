"""Finding what a report is about: people by exact name, rows by UUID, periods by date."""

from __future__ import annotations

import calendar
import difflib
import uuid
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldvisit.domain.enums import MemberRole, PeriodKind
from fieldvisit.domain.errors import NotFoundError, ValidationError
from fieldvisit.i18n import message
from fieldvisit.storage.models import TeamMember


def parse_id(value: str | uuid.UUID, what: str = "id") -> uuid.UUID:
    """A UUID from its hex, with or without dashes."""
    if isinstance(value, uuid.UUID):
        return value
    try:
        return uuid.UUID(value.strip())
    except ValueError as exc:
        raise ValidationError(
            what,
            message(
                "{value} is not an ID: give the 32 hex digits, with or without dashes.",
                value=repr(value),
            ),
        ) from exc


def find_member(session: Session, name: str, role: MemberRole | None = None) -> TeamMember:
    """The one active team member called exactly ``name`` (preferring ``role``)."""
    clean = " ".join(name.split())
    members = list(
        session.scalars(
            select(TeamMember).where(TeamMember.deleted_at.is_(None)).order_by(TeamMember.name)
        )
    )
    matches = [m for m in members if m.name == clean]
    if role is not None and len(matches) > 1:
        matches = [m for m in matches if m.role is role] or matches
    if len(matches) == 1:
        return matches[0]
    names = sorted({m.name for m in members})
    if not matches:
        close = difflib.get_close_matches(clean, names, n=5, cutoff=0.5)
        close += [n for n in names if clean and clean in n and n not in close][: 5 - len(close)]
        if close:
            raise NotFoundError(
                message(
                    "No team member is called {name}. Did you mean: {close}?",
                    name=repr(clean),
                    close=message(", ").join(close),
                )
            )
        raise NotFoundError(
            message(
                "No team member is called {name}. Run `fieldvisit team`.",
                name=repr(clean),
            )
        )
    raise ValidationError(
        "name",
        message(
            "{count} team members are called {name}; rename one in the app to tell them apart.",
            count=len(matches),
            name=repr(clean),
        ),
    )


def parse_month(value: str | date) -> date:
    """``YYYY-MM`` (or any date in the month) → the first day of that month."""
    if isinstance(value, date):
        return value.replace(day=1)
    try:
        return datetime.strptime(value.strip(), "%Y-%m").date()  # noqa: DTZ007 - a month, no clock
    except ValueError as exc:
        raise ValidationError(
            "month",
            message(
                "{value} is not a month: write YYYY-MM.",
                value=repr(value),
            ),
        ) from exc


def parse_day(value: str | date) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value.strip())
    except ValueError as exc:
        raise ValidationError(
            "date",
            message(
                "{value} is not a date: write YYYY-MM-DD.",
                value=repr(value),
            ),
        ) from exc


def month_end(first: date) -> date:
    return first.replace(day=calendar.monthrange(first.year, first.month)[1])


def period_bounds(kind: PeriodKind, day: date) -> tuple[date, date]:
    """First and last day of the week (Monday–Sunday), month, quarter or year of ``day``."""
    if kind is PeriodKind.WEEK:
        start = day - timedelta(days=day.weekday())
        return start, start + timedelta(days=6)
    if kind is PeriodKind.MONTH:
        return day.replace(day=1), month_end(day.replace(day=1))
    if kind is PeriodKind.QUARTER:
        first = date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
        return first, month_end(first.replace(month=first.month + 2))
    return date(day.year, 1, 1), date(day.year, 12, 31)


def day_start(day: date) -> datetime:
    """Midnight at the start of ``day`` as an aware UTC datetime (for occurred_at ranges)."""
    return datetime(day.year, day.month, day.day, tzinfo=UTC)
