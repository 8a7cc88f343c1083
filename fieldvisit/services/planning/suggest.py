"""Suggest a month's plan within capacity, on the working-day calendar (DOMAIN.md §5).

Each of the rep's accounts (owned, not deleted, not a peer/competitor) gets the visits and
phone calls its tier's rule asks for in the month. Visits follow the habit: A accounts
from week 1 and in the mornings, B from week 2, C/D in week 3; repeated visits are spread
through the month at even gaps (A1: weeks 1–4), which leaves week 4 lightest for service,
displays, collections and next month's plan.

Days are the working days of the official Chinese calendar with the team's overrides
(holidays left out, make-up working days used; Monday–Friday for a year nobody entered);
Saturdays that are not holidays too when the rep chose so in Settings. A day takes at most
``visits_per_day`` visits (default 8: half a morning, half an afternoon), higher tiers
first. A visit that does not fit is never stacked on a full day: it is listed as
*unplaced* with the reason and what the rep can do instead (a phone call, next month,
or — for C accounts, whose visits are "as needed" — a lower frequency).

Calls are spread separately, the calls of one account at even gaps within each week (or
two-week period), on working days only. Re-suggesting keeps what is already planned and
adds only what is missing; days that have passed get nothing new.
"""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import select

from fieldvisit.domain.enums import AccountStatus, DaySlot, PhonePeriod, PlannedKind, SubTier
from fieldvisit.domain.errors import ValidationError
from fieldvisit.domain.frequency import FrequencyRule, rule_for
from fieldvisit.domain.workdays import CalendarSource, WorkCalendar
from fieldvisit.services.planning.calendar import calendar_in
from fieldvisit.services.planning.months import days_of, first_of, local_today, week_of
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
from fieldvisit.services.settings import DEFAULT_VISITS_PER_DAY, load_settings
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import Account, PlannedContact

FIRST_WEEK = {SubTier.A1: 1, SubTier.A2: 1, SubTier.B1: 2, SubTier.B2: 2, SubTier.C: 3}
TIER_ORDER = {t: i for i, t in enumerate(SubTier)}
LETTER = {SubTier.A1: 0, SubTier.A2: 0, SubTier.B1: 1, SubTier.B2: 1, SubTier.C: 2}
ON_SITE = frozenset({PlannedKind.VISIT, PlannedKind.SERVICE})
SATURDAY = 5


class Choice(StrEnum):
    """What the rep can do with a visit that does not fit."""

    PHONE = "phone"
    """A phone call in that week instead of the visit."""
    NEXT_MONTH = "next_month"
    """The visit early in next month's plan."""
    LOWER_FREQUENCY = "lower_frequency"
    """C accounts only (visits "as needed"): fewer visits this month, nothing planned."""


class Reason(StrEnum):
    FULL = "full"
    """Every open day of the month already has the day's visits (or this account)."""


@dataclass(frozen=True, slots=True)
class DraftContact:
    account_id: uuid.UUID
    account: str
    sub_tier: SubTier
    kind: PlannedKind
    day: date
    slot: DaySlot


@dataclass(frozen=True, slots=True)
class Unplaced:
    """A visit the month cannot hold within capacity."""

    account_id: uuid.UUID
    account: str
    sub_tier: SubTier
    week: int
    """The habit week the visit was meant for."""
    reason: Reason
    choices: tuple[Choice, ...]


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
    capacity: int
    """At most this many visits a day."""
    unplaced: tuple[Unplaced, ...]
    """Visits that did not fit; never stacked on a full day."""
    over_capacity: tuple[date, ...]
    """Days that already had more visits than the capacity before the suggestion (moved or
    added by hand); the suggestion adds no visit to them."""
    calendar_source: CalendarSource
    """Where the month's working days come from (``WEEKDAYS``: Monday–Friday, say so)."""
    days: tuple[date, ...]
    """The days the suggestion could use."""

    @property
    def visits(self) -> tuple[DraftContact, ...]:
        return tuple(c for c in self.contacts if c.kind in ON_SITE)

    @property
    def calls(self) -> tuple[DraftContact, ...]:
        return tuple(c for c in self.contacts if c.kind not in ON_SITE)


@dataclass(slots=True)
class _Account:
    id: uuid.UUID
    name: str
    sub_tier: SubTier
    rule: FrequencyRule


def slot_caps(capacity: int) -> dict[DaySlot, int]:
    """The day's visits split between morning and afternoon (the morning takes the odd one)."""
    morning = (capacity + 1) // 2
    return {DaySlot.MORNING: morning, DaySlot.AFTERNOON: capacity - morning}


def plan_days(calendar: WorkCalendar, month: date, saturdays: bool = False) -> list[date]:
    """The days of ``month`` a plan may use: its working days, and with ``saturdays`` the
    Saturdays that are not holidays."""
    return [
        d
        for d in days_of(month)
        if calendar.is_working_day(d)
        or (saturdays and d.weekday() == SATURDAY and not calendar.is_holiday(d))
    ]


class _Load:
    """Loads per day, filled as contacts are placed."""

    def __init__(self, days: list[date], capacity: int) -> None:
        self.days = days
        self.capacity = capacity
        self.slot_cap = slot_caps(capacity)
        self.visits: Counter[tuple[date, DaySlot]] = Counter()
        self.day_visits: Counter[date] = Counter()
        self.calls: Counter[date] = Counter()
        self.busy: defaultdict[uuid.UUID, set[date]] = defaultdict(set)

    def book_visit(self, account: uuid.UUID, day: date, slot: DaySlot) -> None:
        self.visits[day, slot] += 1
        self.day_visits[day] += 1
        self.busy[account].add(day)

    def book_call(self, account: uuid.UUID, day: date) -> None:
        self.calls[day] += 1
        self.busy[account].add(day)

    def place_visit(
        self, account: uuid.UUID, week: int, prefer: DaySlot
    ) -> tuple[date, DaySlot] | None:
        """The nearest day to ``week`` with room, the preferred slot first; None: full."""
        other = DaySlot.AFTERNOON if prefer is DaySlot.MORNING else DaySlot.MORNING
        open_days = [
            d
            for d in self.days
            if d not in self.busy[account] and self.day_visits[d] < self.capacity
        ]
        for w in sorted({week_of(d) for d in open_days}, key=lambda w: (abs(w - week), w)):
            in_week = [d for d in open_days if week_of(d) == w]
            for slot in (prefer, other):
                room = [d for d in in_week if self.visits[d, slot] < self.slot_cap[slot]]
                if room:
                    return min(room, key=lambda d: (self.day_visits[d], d)), slot
        return None

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
        if not period:
            continue  # a period with no working day (a long holiday): nothing to call on
        n = rule.phone_contacts
        for k in range(n):
            part = period[k * len(period) // n : (k + 1) * len(period) // n]
            chunks.append(part or period)
    return chunks


def choices_for(sub_tier: SubTier) -> tuple[Choice, ...]:
    if sub_tier is SubTier.C:
        return (Choice.PHONE, Choice.LOWER_FREQUENCY, Choice.NEXT_MONTH)
    return (Choice.PHONE, Choice.NEXT_MONTH)


def suggest_plan(
    db: Database,
    rep_id: uuid.UUID,
    month: date,
    today: date | None = None,
    capacity: int | None = None,
    saturdays: bool | None = None,
) -> PlanDraft:
    """The month's suggestion; ``capacity`` and ``saturdays`` default to the Settings."""
    first = first_of(month)
    today = today or local_today()
    if capacity is None or saturdays is None:
        settings = load_settings(db)
        capacity = settings.visits_per_day if capacity is None else capacity
        saturdays = settings.plan_saturdays if saturdays is None else saturdays
    capacity = max(1, capacity or DEFAULT_VISITS_PER_DAY)
    with db.session_scope() as session:
        calendar = calendar_in(session)
        all_days = plan_days(calendar, first, saturdays)
        call_days = [d for d in all_days if calendar.is_working_day(d)]
        days = [d for d in all_days if d >= today]
        if not days:
            raise ValidationError(
                "month", f"{first:%Y-%m} has no working days left to plan; choose a later month."
            )
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

    load = _Load(days, capacity)
    planned_visits: defaultdict[uuid.UUID, list[date]] = defaultdict(list)
    planned_calls: defaultdict[uuid.UUID, list[date]] = defaultdict(list)
    for row in existing:
        if row.kind in ON_SITE:
            load.book_visit(row.account_id, row.day, row.slot or DaySlot.MORNING)
            planned_visits[row.account_id].append(row.day)
        else:
            load.book_call(row.account_id, row.day)
            planned_calls[row.account_id].append(row.day)
    over = sorted(d for d, n in load.day_visits.items() if n > capacity)

    out: list[DraftContact] = []
    unplaced: list[Unplaced] = []
    # A accounts before B before C; within a letter, each account's first visit before
    # anyone's second: when the month is short, every A account is seen once before an
    # A1 account is seen twice, and no B visit takes an A visit's place.
    wanted: list[tuple[int, int, int, str, _Account, int, DaySlot]] = []
    for a in accounts:
        n = visits_per_month(a.rule)
        if not n:
            continue
        weeks = _visit_weeks(a.sub_tier, n)
        for day in planned_visits[a.id]:
            if weeks:
                w = week_of(day)
                weeks.remove(w if w in weeks else weeks[-1])
        prefer = DaySlot.MORNING if a.sub_tier in (SubTier.A1, SubTier.A2) else DaySlot.AFTERNOON
        for k, week in enumerate(weeks):
            letter = LETTER[a.sub_tier]
            wanted.append((letter, k, TIER_ORDER[a.sub_tier], a.name, a, week, prefer))
    wanted.sort(key=lambda w: w[:4])
    for *_order, a, week, prefer in wanted:
        placed = load.place_visit(a.id, week, prefer)
        if placed is None:
            unplaced.append(
                Unplaced(a.id, a.name, a.sub_tier, week, Reason.FULL, choices_for(a.sub_tier))
            )
            continue
        day, slot = placed
        load.book_visit(a.id, day, slot)
        out.append(DraftContact(a.id, a.name, a.sub_tier, PlannedKind.VISIT, day, slot))
    for a in accounts:
        chunks = _call_chunks(a.rule, call_days)
        for day in planned_calls[a.id]:
            hit = next((c for c in chunks if day in c), chunks[-1] if chunks else None)
            if hit is not None:
                chunks.remove(hit)
        for chunk in chunks:
            open_chunk = [d for d in chunk if d >= today]
            if not open_chunk:
                continue  # that stretch of the month is over
            day = load.place_call(a.id, open_chunk)
            load.book_call(a.id, day)
            out.append(
                DraftContact(a.id, a.name, a.sub_tier, PlannedKind.PHONE, day, DaySlot.AFTERNOON)
            )
    out.sort(key=lambda c: (c.day, c.slot != DaySlot.MORNING, c.kind, c.account))
    unplaced.sort(key=lambda u: (TIER_ORDER[u.sub_tier], u.account, u.week))
    return PlanDraft(
        rep_id=rep_id,
        rep=rep.name,
        month=first,
        policy_id=policy.id,
        policy_name=policy.name,
        contacts=tuple(out),
        kept=len(existing),
        accounts=len(accounts),
        capacity=capacity,
        unplaced=tuple(unplaced),
        over_capacity=tuple(over),
        calendar_source=calendar.source(first.year),
        days=tuple(days),
    )


def save_plan(db: Database, draft: PlanDraft, actor_id: uuid.UUID | None = None) -> PlanView:
    """Add the draft's contacts to the rep's plan for the month (a draft plan if none)."""
    view, _ids = save_plan_ids(db, draft, actor_id)
    return view


def save_plan_ids(
    db: Database, draft: PlanDraft, actor_id: uuid.UUID | None = None
) -> tuple[PlanView, list[uuid.UUID]]:
    """:func:`save_plan`, also giving the ids of the contacts added (for undo)."""
    with db.session_scope() as session:
        plan = editable_plan(session, draft.rep_id, draft.month, actor_id)
        if plan.policy_id is None:
            plan.policy_id = draft.policy_id
        added = [
            PlannedContact(
                plan_id=plan.id,
                account_id=c.account_id,
                planned_on=c.day,
                slot=c.slot,
                kind=c.kind,
            )
            for c in draft.contacts
        ]
        session.add_all(added)
        session.flush()
        return view_of(session, rep_member(session, draft.rep_id), draft.month), [
            c.id for c in added
        ]
