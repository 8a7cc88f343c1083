"""Planned against done, per account and month, and accounts overdue for their tier.

*Done* counts every contact record of the account in the month, whoever wrote it: a
tier's frequency is about how often the customer is seen, so a joint visit the manager
wrote up, or a colleague's call, counts for the account. (Counting by author, as the
first printed plan did, missed those.) On-site methods count as visits, phone / IM /
email as phone contacts (``ContactMethod.is_on_site``); drafts count too, since the
contact happened even if the write-up is unfinished.

Months are cut at local midnight. Overdue is judged on the earlier of today and the
month's last day, from the last contact of any date before then.
"""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fieldvisit.domain.enums import (
    AccountStatus,
    ContactMethod,
    MemberRole,
    PlannedKind,
    PlanStatus,
    SubTier,
    Tier,
)
from fieldvisit.domain.errors import NotFoundError
from fieldvisit.domain.frequency import effective_sub_tier, overdue, rule_for
from fieldvisit.services.planning.months import (
    first_of,
    local_day,
    local_midnight,
    local_today,
    month_bounds,
    next_month,
    week_of,
)
from fieldvisit.services.planning.plans import current_plan
from fieldvisit.services.planning.policy import (
    PolicyVersion,
    calls_per_month,
    version_by_id,
    version_in_force,
)
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import Account, ContactRecord, PlannedContact, TeamMember

ON_SITE_PLANNED = frozenset({PlannedKind.VISIT, PlannedKind.SERVICE})
ON_SITE_METHODS = tuple(m for m in ContactMethod if m.is_on_site)
CHUNK = 2000  # ids per IN (…) list, well under SQLite's bound-parameter limit


@dataclass(frozen=True, slots=True)
class AccountCompliance:
    account_id: uuid.UUID
    account: str
    tier: Tier | None
    sub_tier: SubTier | None
    """The sub-tier whose rule applies; ``None``: no tier, no rule."""
    visits_required: int | None
    """``None``: as needed."""
    visits_planned: int
    visits_done: int
    phone_required: int
    phone_planned: int
    phone_done: int
    last_contact: date | None
    last_visit: date | None
    overdue_phone: bool
    overdue_visit: bool

    @property
    def overdue(self) -> bool:
        return self.overdue_phone or self.overdue_visit

    @property
    def visits_ok(self) -> bool:
        return self.visits_required is None or self.visits_done >= self.visits_required

    @property
    def phone_ok(self) -> bool:
        return self.phone_done >= self.phone_required


@dataclass(frozen=True, slots=True)
class Figures:
    """Planned and done contacts of one week (``key`` "1"…"4") or one tier (``key`` "A1"…)."""

    key: str
    visits_planned: int = 0
    visits_done: int = 0
    phone_planned: int = 0
    phone_done: int = 0


@dataclass(frozen=True, slots=True)
class RepCompliance:
    rep_id: uuid.UUID
    rep: str
    month: date
    as_of: date
    plan_status: PlanStatus | None
    policy_name: str
    accounts: tuple[AccountCompliance, ...]
    weeks: tuple[Figures, ...]
    tiers: tuple[Figures, ...]

    def _sum(self, field: str) -> int:
        return sum(getattr(a, field) for a in self.accounts)

    @property
    def visits_required(self) -> int:
        return sum(a.visits_required or 0 for a in self.accounts)

    @property
    def visits_planned(self) -> int:
        return self._sum("visits_planned")

    @property
    def visits_done(self) -> int:
        return self._sum("visits_done")

    @property
    def phone_required(self) -> int:
        return self._sum("phone_required")

    @property
    def phone_planned(self) -> int:
        return self._sum("phone_planned")

    @property
    def phone_done(self) -> int:
        return self._sum("phone_done")

    @property
    def overdue_accounts(self) -> int:
        return sum(1 for a in self.accounts if a.overdue)


def _chunks(ids: Sequence[uuid.UUID]) -> Iterable[list[uuid.UUID]]:
    for i in range(0, len(ids), CHUNK):
        yield list(ids[i : i + CHUNK])


def _figures(key: str, counts: dict[str, Counter[str]]) -> Figures:
    return Figures(
        key,
        counts["vp"][key],
        counts["vd"][key],
        counts["pp"][key],
        counts["pd"][key],
    )


def compliance_in_session(
    session: Session, reps: Sequence[TeamMember], month: date, today: date
) -> list[RepCompliance]:
    """The figures of several reps with a handful of queries, whatever their number."""
    first = first_of(month)
    last = next_month(first) - timedelta(days=1)
    as_of = min(today, last)
    start, end = month_bounds(first)
    as_of_end = local_midnight(as_of + timedelta(days=1))

    plans = {r.id: current_plan(session, r.id, first) for r in reps}
    policies: dict[uuid.UUID, PolicyVersion] = {}
    in_force = version_in_force(session, first)
    for r in reps:
        plan = plans[r.id]
        policies[r.id] = version_by_id(session, plan.policy_id, first) if plan else in_force
    plan_ids = {p.id: rep_id for rep_id, p in plans.items() if p is not None}
    planned: defaultdict[uuid.UUID, list[tuple[uuid.UUID, PlannedKind, date]]] = defaultdict(list)
    if plan_ids:
        for plan_id, account_id, kind, day in session.execute(
            select(
                PlannedContact.plan_id,
                PlannedContact.account_id,
                PlannedContact.kind,
                PlannedContact.planned_on,
            ).where(PlannedContact.plan_id.in_(plan_ids), PlannedContact.deleted_at.is_(None))
        ):
            planned[plan_ids[plan_id]].append((account_id, kind, day))

    # The accounts each rep answers for: those owned, and any other in the rep's plan.
    scope: dict[uuid.UUID, set[uuid.UUID]] = {r.id: {a for a, _, _ in planned[r.id]} for r in reps}
    info: dict[uuid.UUID, tuple[str, Tier | None, SubTier | None]] = {}
    rep_ids = [r.id for r in reps]
    for chunk in _chunks(rep_ids):
        for account_id, name, tier, sub_tier, owner_id in session.execute(
            select(
                Account.id, Account.name, Account.tier, Account.sub_tier, Account.owner_id
            ).where(
                Account.owner_id.in_(chunk),
                Account.deleted_at.is_(None),
                Account.status != AccountStatus.PEER,
            )
        ):
            info[account_id] = (name, tier, sub_tier)
            assert owner_id is not None
            scope[owner_id].add(account_id)
    extra = [a for ids in scope.values() for a in ids if a not in info]
    for chunk in _chunks(extra):
        for account_id, name, tier, sub_tier in session.execute(
            select(Account.id, Account.name, Account.tier, Account.sub_tier).where(
                Account.id.in_(chunk), Account.deleted_at.is_(None)
            )
        ):
            info[account_id] = (name, tier, sub_tier)

    done: defaultdict[uuid.UUID, list[tuple[bool, date]]] = defaultdict(list)
    last_contact: dict[uuid.UUID, date] = {}
    last_visit: dict[uuid.UUID, date] = {}
    all_accounts = list(info)
    for chunk in _chunks(all_accounts):
        for account_id, method, occurred in session.execute(
            select(ContactRecord.account_id, ContactRecord.method, ContactRecord.occurred_at).where(
                ContactRecord.account_id.in_(chunk),
                ContactRecord.deleted_at.is_(None),
                ContactRecord.occurred_at >= start,
                ContactRecord.occurred_at < end,
            )
        ):
            done[account_id].append((method.is_on_site, local_day(occurred)))
        latest = (
            select(ContactRecord.account_id, func.max(ContactRecord.occurred_at))
            .where(
                ContactRecord.account_id.in_(chunk),
                ContactRecord.deleted_at.is_(None),
                ContactRecord.occurred_at < as_of_end,
            )
            .group_by(ContactRecord.account_id)
        )
        for account_id, moment in session.execute(latest):
            last_contact[account_id] = local_day(moment)
        for account_id, moment in session.execute(
            latest.where(ContactRecord.method.in_(ON_SITE_METHODS))
        ):
            last_visit[account_id] = local_day(moment)

    out = []
    for rep in reps:
        policy = policies[rep.id]
        plan = plans[rep.id]
        p_visits: Counter[uuid.UUID] = Counter()
        p_calls: Counter[uuid.UUID] = Counter()
        counts: dict[str, Counter[str]] = {k: Counter() for k in ("vp", "vd", "pp", "pd")}
        for account_id, kind, day in planned[rep.id]:
            on_site = kind in ON_SITE_PLANNED
            (p_visits if on_site else p_calls)[account_id] += 1
            counts["vp" if on_site else "pp"][str(week_of(day))] += 1
        lines = []
        for account_id in scope[rep.id]:
            if account_id not in info:
                continue  # deleted since it was planned
            name, tier, sub_tier = info[account_id]
            rule = rule_for(policy.rules, tier, sub_tier)
            effective = effective_sub_tier(tier, sub_tier)
            d_visits = sum(1 for on_site, _ in done[account_id] if on_site)
            d_calls = len(done[account_id]) - d_visits
            for on_site, day in done[account_id]:
                counts["vd" if on_site else "pd"][str(week_of(day))] += 1
            late = overdue(rule, last_contact.get(account_id), last_visit.get(account_id), as_of)
            tier_key = effective.value if effective else "-"
            counts["vp"][tier_key] += p_visits[account_id]
            counts["pp"][tier_key] += p_calls[account_id]
            counts["vd"][tier_key] += d_visits
            counts["pd"][tier_key] += d_calls
            lines.append(
                AccountCompliance(
                    account_id=account_id,
                    account=name,
                    tier=tier,
                    sub_tier=effective,
                    visits_required=rule.visits_per_month if rule else None,
                    visits_planned=p_visits[account_id],
                    visits_done=d_visits,
                    phone_required=calls_per_month(rule) if rule else 0,
                    phone_planned=p_calls[account_id],
                    phone_done=d_calls,
                    last_contact=last_contact.get(account_id),
                    last_visit=last_visit.get(account_id),
                    overdue_phone=late.phone,
                    overdue_visit=late.visit,
                )
            )
        order = {t: i for i, t in enumerate(SubTier)}
        lines.sort(key=lambda a: (order.get(a.sub_tier, 99) if a.sub_tier else 99, a.account))
        out.append(
            RepCompliance(
                rep_id=rep.id,
                rep=rep.name,
                month=first,
                as_of=as_of,
                plan_status=plan.status if plan else None,
                policy_name=policy.name,
                accounts=tuple(lines),
                weeks=tuple(_figures(str(w), counts) for w in range(1, 5)),
                tiers=tuple(_figures(t.value, counts) for t in SubTier),
            )
        )
    return out


def compliance_for_reps(
    db: Database, rep_ids: Sequence[uuid.UUID], month: date, today: date | None = None
) -> list[RepCompliance]:
    today = today or local_today()
    with db.session_scope() as session:
        members = {
            m.id: m
            for m in session.scalars(
                select(TeamMember).where(
                    TeamMember.id.in_(list(rep_ids)), TeamMember.deleted_at.is_(None)
                )
            )
        }
        reps = [members[i] for i in rep_ids if i in members]
        return compliance_in_session(session, reps, month, today)


def compliance_for_rep(
    db: Database, rep_id: uuid.UUID, month: date, today: date | None = None
) -> RepCompliance:
    found = compliance_for_reps(db, [rep_id], month, today)
    if not found:
        raise NotFoundError("That team member no longer exists.")
    return found[0]


def team_reps(db: Database, manager_id: uuid.UUID) -> list[uuid.UUID]:
    """The active reps a manager leads, by name."""
    with db.session_scope() as session:
        return list(
            session.scalars(
                select(TeamMember.id)
                .where(
                    TeamMember.manager_id == manager_id,
                    TeamMember.role == MemberRole.REP,
                    TeamMember.deleted_at.is_(None),
                    TeamMember.active.is_(True),
                )
                .order_by(TeamMember.name)
            )
        )


def compliance_for_team(
    db: Database, manager_id: uuid.UUID, month: date, today: date | None = None
) -> list[RepCompliance]:
    return compliance_for_reps(db, team_reps(db, manager_id), month, today)
