"""What the account list shows beside the card: people, last contacts, overdue for tier.

One grouped query per table for the whole database (or for a list of accounts), so
that 50,000 accounts cost three statements, not 150,000.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo
from typing import Any

from sqlalchemy import String, case, func, select, type_coerce
from sqlalchemy.orm import Session

from fieldvisit.domain.enums import ContactMethod
from fieldvisit.domain.frequency import DEFAULT_RULES, FrequencyRule
from fieldvisit.services.local_days import local_zone
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import ContactRecord, FrequencyPolicy, Stakeholder

ON_SITE = tuple(m for m in ContactMethod if m.is_on_site)


@dataclass(frozen=True, slots=True)
class Activity:
    """Active stakeholders and the last contacts of one account (local days)."""

    stakeholders: int = 0
    last_contact: date | None = None
    last_visit: date | None = None


def rules_in_force(session: Session, today: date) -> tuple[FrequencyRule, ...]:
    """The rules of the latest policy in force on ``today``, else the defaults."""
    policy = session.scalars(
        select(FrequencyPolicy)
        .where(FrequencyPolicy.effective_from <= today, FrequencyPolicy.deleted_at.is_(None))
        .order_by(FrequencyPolicy.effective_from.desc())
        .limit(1)
    ).first()
    rules = [r for r in policy.rules if r.deleted_at is None] if policy is not None else []
    if not rules:
        return DEFAULT_RULES
    return tuple(
        FrequencyRule(r.sub_tier, r.phone_contacts, r.phone_period, r.visits_per_month)
        for r in rules
    )


def raw_id(value: object) -> str:
    """An id as the list keys it: 32 hex digits, whatever the driver returned."""
    return value if isinstance(value, str) else value.hex  # type: ignore[attr-defined]


def _raw(column: Any) -> Any:
    # Skip the UUID / datetime result processing: 170,000 conversions cost ~0.3 s.
    return type_coerce(column, String)


def read_all_activity(db: Database, zone: tzinfo | None = None) -> dict[str, Activity]:
    """Activity of every account, in a transaction of its own (for the list's worker)."""
    with db.session_scope() as session:
        return load_activity(session, zone=zone)


def load_activity(
    session: Session, ids: Sequence[str] | None = None, zone: tzinfo | None = None
) -> dict[str, Activity]:
    """Activity per account, keyed by :func:`raw_id`.

    ``ids`` limits the work to those accounts (a page of the list); ``None`` reads every
    account. Accounts without people or contacts are absent from the result.
    """
    zone = zone or local_zone()
    s, r = Stakeholder, ContactRecord
    people_query = (
        select(_raw(s.account_id), func.count())
        .where(s.deleted_at.is_(None), s.ended_on.is_(None))
        .group_by(s.account_id)
    )
    on_site = case((r.method.in_(ON_SITE), r.occurred_at), else_=None)
    contact_query = (
        select(_raw(r.account_id), _raw(func.max(r.occurred_at)), _raw(func.max(on_site)))
        .where(r.deleted_at.is_(None))
        .group_by(r.account_id)
    )
    if ids is not None:
        wanted = [uuid.UUID(hex=i) for i in ids]
        people_query = people_query.where(s.account_id.in_(wanted))
        contact_query = contact_query.where(r.account_id.in_(wanted))
    days: dict[object, date] = {}

    def local_day(stamp: object) -> date | None:
        if stamp is None:
            return None
        day = days.get(stamp)
        if day is None:
            moment = stamp if isinstance(stamp, datetime) else datetime.fromisoformat(str(stamp))
            day = days[stamp] = moment.replace(tzinfo=UTC).astimezone(zone).date()
        return day

    out: dict[str, Activity] = {
        raw_id(account): Activity(stakeholders=int(n))
        for account, n in session.execute(people_query)
    }
    for account, last, visit in session.execute(contact_query):
        key = raw_id(account)
        known = out.get(key)
        out[key] = Activity(
            stakeholders=known.stakeholders if known is not None else 0,
            last_contact=local_day(last),
            last_visit=local_day(visit),
        )
    return out
