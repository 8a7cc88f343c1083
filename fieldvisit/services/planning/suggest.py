"""Suggest a month's plan from the tier policy and the scheduling habit (DOMAIN.md §5).

Each of the rep's accounts (owned, not deleted, not a peer/competitor) gets the visits and
phone calls its tier's rule asks for in the month. Visits follow the habit: A accounts
from week 1 and in the mornings, B from week 2, C/D in week 3; repeated visits are spread
through the month at even gaps (A1: weeks 1–4), which leaves week 4 lightest for service,
displays, collections and next month's plan. Days are Monday–Friday, at most
``VISITS_PER_SLOT`` visits a morning and an afternoon; calls are spread separately,
the calls of one account at even gaps within each week (or two-week period).

Re-suggesting keeps what is already planned and adds only what is missing; days that
have passed get nothing new.
"""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from fieldvisit.domain.enums import AccountStatus, DaySlot, PhonePeriod, PlannedKind, SubTier
from fieldvisit.domain.errors import ValidationError
from fieldvisit.domain.frequency import FrequencyRule, rule_for
from fieldvisit.services.planning.months import first_of, local_today, week_of, working_days
from fieldvisit.services.planning.plans import (
    PlanView,
    current_plan,
    editable_plan,
    plan_rows,
    rep_member,
    view_of,
)
from fieldvisit.services.planning.policy import (
    WEEKS_PER_PLAN,
    PolicyVersion,
    version_by_id,
    version_in_force,
    visits_per_month,
)
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import Account, PlannedContact

VISITS_PER_SLOT = 4
"""At most 4 visits a morning and 4 an afternoon: 8 a day."""
FIRST_WEEK = {SubTier.A1: 1, SubTier.A2: 1, SubTier.B1: 2, SubTier.B2: 2, SubTier.C: 3}
TIER_ORDER = {t: i for i, t in enumerate(SubTier)}
ON_SITE = frozenset({PlannedKind.VISIT, PlannedKind.SERVICE})


@dataclass(frozen=True, slots=True)
class DraftContact:
    account_id: uuid.UUID
    account: str
    sub_tier: SubTier
    kind: PlannedKind
    day: date
    slot: DaySlot


@dataclass(frozen=True, slots=True)
class PlanDraft:
    rep_id: uuid.UUID
    rep: str
    month: date
    policy_id: uuid.UUID | None
    policy_name: str
    contacts: tuple[DraftContact, ...]
    """What the suggestion adds (already planned contacts are not repeated)."""
    kept: int
    """Contacts already in the plan, counted towards the accounts' needs."""
    accounts: int
    overbooked_days: tuple[date, ...]
    """Days with more visits than the cap: the tier rules need more than the month holds."""


@dataclass(slots=True)
class _Account:
    id: uuid.UUID
    name: str
    sub_tier: SubTier
    rule: FrequencyRule


class _Calendar:
    """Loads per day, filled as contacts are placed."""

    def __init__(self, days: list[date]) -> None:
        self.days = days
        self.visits: Counter[tuple[date, DaySlot]] = Counter()
        self.day_visits: Counter[date] = Counter()
        self.calls: Counter[date] = Counter()
        self.busy: defaultdict[uuid.UUID, set[date]] = defaultdict(set)
        self.overbooked: set[date] = set()

    def book_visit(self, account: uuid.UUID, day: date, slot: DaySlot) -> None:
        self.visits[day, slot] += 1
        self.day_visits[day] += 1
        self.busy[account].add(day)
        if self.visits[day, slot] > VISITS_PER_SLOT:
            self.overbooked.add(day)

    def book_call(self, account: uuid.UUID, day: date) -> None:
        self.calls[day] += 1
        self.busy[account].add(day)

    def place_visit(self, account: uuid.UUID, week: int, prefer: DaySlot) -> tuple[date, DaySlot]:
        other = DaySlot.AFTERNOON if prefer is DaySlot.MORNING else DaySlot.MORNING
        free = [d for d in self.days if d not in self.busy[account]] or self.days
        # Nearest week first; within it the preferred slot, then the other one.
        by_distance = sorted({week_of(d) for d in free}, key=lambda w: (abs(w - week), w))
        for w in by_distance:
            in_week = [d for d in free if week_of(d) == w]
            for slot in (prefer, other):
                open_days = [d for d in in_week if self.visits[d, slot] < VISITS_PER_SLOT]
                if open_days:
                    day = min(open_days, key=lambda d: (self.day_visits[d], d))
                    return day, slot
        nearest = [d for d in free if week_of(d) == by_distance[0]]
        day = min(nearest, key=lambda d: (self.day_visits[d], d))
        return day, prefer

    def place_call(self, account: uuid.UUID, chunk: list[date]) -> date:
        free = [d for d in chunk if d not in self.busy[account]] or chunk
        return min(free, key=lambda d: (self.calls[d], d))


def _visit_weeks(sub_tier: SubTier, n: int) -> list[int]:
    first = FIRST_WEEK[sub_tier]
    return [(first + k * WEEKS_PER_PLAN // n - 1) % WEEKS_PER_PLAN + 1 for k in range(n)]


def _call_chunks(rule: FrequencyRule, days: list[date]) -> list[list[date]]:
    """The stretch of days each call of the month falls in: calls spaced within a period."""
    weeks = 1 if rule.phone_period is PhonePeriod.WEEK else 2
    chunks: list[list[date]] = []
    for start in range(1, WEEKS_PER_PLAN + 1, weeks):
        period = [d for d in days if start <= week_of(d) < start + weeks]
        n = rule.phone_contacts
        for k in range(n):
            part = period[k * len(period) // n : (k + 1) * len(period) // n]
            chunks.append(part or period)
    return chunks


def suggest_plan(
    db: Database, rep_id: uuid.UUID, month: date, today: date | None = None
) -> PlanDraft:
    first = first_of(month)
    today = today or local_today()
    all_days = working_days(first)
    days = [d for d in all_days if d >= today]
    if not days:
        raise ValidationError(
            "month", f"{first:%Y-%m} has no working days left to plan; choose a later month."
        )
    with db.session_scope() as session:
        rep = rep_member(session, rep_id)
        plan = current_plan(session, rep_id, first)
        policy: PolicyVersion = (
            version_by_id(session, plan.policy_id, first)
            if plan is not None
            else version_in_force(session, first)
        )
        rows = session.execute(
            select(Account.id, Account.name, Account.tier, Account.sub_tier).where(
                Account.owner_id == rep_id,
                Account.deleted_at.is_(None),
                Account.status != AccountStatus.PEER,
            )
        ).all()
        existing = plan_rows(session, plan.id) if plan is not None else []
    accounts = []
    for account_id, name, tier, sub_tier in rows:
        rule = rule_for(policy.rules, tier, sub_tier)
        if rule is not None:
            accounts.append(_Account(account_id, name, rule.sub_tier, rule))
    accounts.sort(key=lambda a: (TIER_ORDER[a.sub_tier], a.name))

    cal = _Calendar(days)
    planned_visits: defaultdict[uuid.UUID, list[date]] = defaultdict(list)
    planned_calls: defaultdict[uuid.UUID, list[date]] = defaultdict(list)
    for row in existing:
        if row.kind in ON_SITE:
            cal.book_visit(row.account_id, row.day, row.slot or DaySlot.MORNING)
            planned_visits[row.account_id].append(row.day)
        else:
            cal.book_call(row.account_id, row.day)
            planned_calls[row.account_id].append(row.day)
    cal.overbooked.clear()  # only the suggestion's own overflow is reported

    out: list[DraftContact] = []
    for a in accounts:
        n = visits_per_month(a.rule)
        if n:
            weeks = _visit_weeks(a.sub_tier, n)
            for day in planned_visits[a.id]:
                if weeks:
                    w = week_of(day)
                    weeks.remove(w if w in weeks else weeks[-1])
            prefer = (
                DaySlot.MORNING if a.sub_tier in (SubTier.A1, SubTier.A2) else DaySlot.AFTERNOON
            )
            for week in weeks:
                day, slot = cal.place_visit(a.id, week, prefer)
                cal.book_visit(a.id, day, slot)
                out.append(DraftContact(a.id, a.name, a.sub_tier, PlannedKind.VISIT, day, slot))
    for a in accounts:
        chunks = _call_chunks(a.rule, all_days)
        for day in planned_calls[a.id]:
            hit = next((c for c in chunks if day in c), chunks[-1] if chunks else None)
            if hit is not None:
                chunks.remove(hit)
        for chunk in chunks:
            open_chunk = [d for d in chunk if d >= today]
            if not open_chunk:
                continue  # that stretch of the month is over
            day = cal.place_call(a.id, open_chunk)
            cal.book_call(a.id, day)
            out.append(
                DraftContact(a.id, a.name, a.sub_tier, PlannedKind.PHONE, day, DaySlot.AFTERNOON)
            )
    out.sort(key=lambda c: (c.day, c.slot != DaySlot.MORNING, c.kind, c.account))
    return PlanDraft(
        rep_id=rep_id,
        rep=rep.name,
        month=first,
        policy_id=policy.id,
        policy_name=policy.name,
        contacts=tuple(out),
        kept=len(existing),
        accounts=len(accounts),
        overbooked_days=tuple(sorted(cal.overbooked)),
    )


def save_plan(db: Database, draft: PlanDraft, actor_id: uuid.UUID | None = None) -> PlanView:
    """Add the draft's contacts to the rep's plan for the month (a draft plan if none)."""
    with db.session_scope() as session:
        plan = editable_plan(session, draft.rep_id, draft.month, actor_id)
        if plan.policy_id is None:
            plan.policy_id = draft.policy_id
        session.add_all(
            PlannedContact(
                plan_id=plan.id,
                account_id=c.account_id,
                planned_on=c.day,
                slot=c.slot,
                kind=c.kind,
            )
            for c in draft.contacts
        )
        session.flush()
        return view_of(session, rep_member(session, draft.rep_id), draft.month)
