"""A plan against its capacity: the summary shown before submitting, and what to do with a
visit the month could not hold (DOMAIN.md §5).

The summary is what the rep confirms before submitting (window and command line alike):
visits and calls, days with more visits than the capacity, visits on a holiday, accounts
with fewer visits than their tier needs.
"""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from fieldvisit.domain.enums import AccountStatus, DaySlot, PlannedKind, PlanStatus
from fieldvisit.domain.errors import ValidationError
from fieldvisit.domain.frequency import rule_for
from fieldvisit.domain.workdays import CalendarSource
from fieldvisit.services.planning.calendar import calendar_in
from fieldvisit.services.planning.months import first_of, next_month, week_of
from fieldvisit.services.planning.plans import (
    PlannedRow,
    add_contact,
    current_plan,
    plan_rows,
    rep_member,
)
from fieldvisit.services.planning.policy import (
    version_by_id,
    version_in_force,
    visits_per_month,
)
from fieldvisit.services.planning.suggest import (
    FIRST_WEEK,
    ON_SITE,
    Choice,
    Unplaced,
    plan_days,
)
from fieldvisit.services.settings import load_settings
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import Account


@dataclass(frozen=True, slots=True)
class PlanSummary:
    rep: str
    month: date
    status: PlanStatus | None
    visits: int
    calls: int
    capacity: int
    over_capacity: tuple[date, ...]
    """Days with more visits than ``capacity``."""
    holiday_visits: tuple[date, ...]
    """Days with a contact on a public holiday."""
    short_accounts: int
    """Accounts with fewer visits planned than their tier's rule asks for."""
    calendar_source: CalendarSource
    most_calls: int = 0
    """Phone calls on the busiest day (calls are not capped: the tier policy decides them)."""


def plan_summary(db: Database, rep_id: uuid.UUID, month: date) -> PlanSummary:
    first = first_of(month)
    capacity = load_settings(db).visits_per_day
    with db.session_scope() as session:
        rep = rep_member(session, rep_id)
        calendar = calendar_in(session)
        plan = current_plan(session, rep_id, first)
        rows = plan_rows(session, plan.id) if plan is not None else []
        policy = (
            version_by_id(session, plan.policy_id, first)
            if plan is not None
            else version_in_force(session, first)
        )
        accounts = session.execute(
            select(Account.id, Account.tier, Account.sub_tier).where(
                Account.owner_id == rep_id,
                Account.deleted_at.is_(None),
                Account.status != AccountStatus.PEER,
            )
        ).all()
    visits = [r for r in rows if r.kind in ON_SITE]
    per_day = Counter(r.day for r in visits)
    per_account = Counter(r.account_id for r in visits)
    short = 0
    for account_id, tier, sub_tier in accounts:
        rule = rule_for(policy.rules, tier, sub_tier)
        if rule is not None and per_account[account_id] < visits_per_month(rule):
            short += 1
    return PlanSummary(
        rep=rep.name,
        month=first,
        status=plan.status if plan is not None else None,
        visits=len(visits),
        calls=len(rows) - len(visits),
        capacity=capacity,
        over_capacity=tuple(sorted(d for d, n in per_day.items() if n > capacity)),
        holiday_visits=tuple(sorted({r.day for r in rows if calendar.is_holiday(r.day)})),
        short_accounts=short,
        calendar_source=calendar.source(first.year),
        most_calls=max(Counter(r.day for r in rows if r.kind not in ON_SITE).values(), default=0),
    )


def resolve_unplaced(
    db: Database,
    rep_id: uuid.UUID,
    month: date,
    item: Unplaced,
    choice: Choice,
    actor_id: uuid.UUID | None = None,
) -> PlannedRow | None:
    """Do what the rep chose for a visit that did not fit; ``None`` when nothing is planned
    (a lower frequency for a C account)."""
    if choice not in item.choices:
        raise ValidationError("choice", "That choice is not offered for this account.")
    if choice is Choice.LOWER_FREQUENCY:
        return None
    first = first_of(month)
    settings = load_settings(db)
    with db.session_scope() as session:
        calendar = calendar_in(session)
        target = first if choice is Choice.PHONE else next_month(first)
        plan = current_plan(session, rep_id, target)
        rows = plan_rows(session, plan.id) if plan is not None else []
    if choice is Choice.PHONE:
        days = [d for d in plan_days(calendar, first) if week_of(d) == item.week] or plan_days(
            calendar, first
        )
        mine = {r.day for r in rows if r.account_id == item.account_id}
        calls = Counter(r.day for r in rows if r.kind not in ON_SITE)
        free = [d for d in days if d not in mine] or days
        day = min(free, key=lambda d: (calls[d], d))
        return add_contact(
            db,
            rep_id,
            item.account_id,
            day,
            PlannedKind.PHONE,
            DaySlot.AFTERNOON,
            actor_id=actor_id,
        )
    # Next month: the first day with room from the account's habit week on.
    days = plan_days(calendar, target, settings.plan_saturdays)
    start = FIRST_WEEK.get(item.sub_tier, 1)
    ordered = [d for d in days if week_of(d) >= start] + [d for d in days if week_of(d) < start]
    load = Counter(r.day for r in rows if r.kind in ON_SITE)
    mine = {r.day for r in rows if r.account_id == item.account_id}
    room = [d for d in ordered if load[d] < settings.visits_per_day and d not in mine]
    if not room:
        raise ValidationError(
            "month", f"{target:%Y-%m} has no day with room for another visit either."
        )
    return add_contact(
        db,
        rep_id,
        item.account_id,
        room[0],
        PlannedKind.VISIT,
        DaySlot.MORNING,
        actor_id=actor_id,
    )
