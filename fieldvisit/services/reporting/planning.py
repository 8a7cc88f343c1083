"""The monthly visit plan's snapshot: planned contacts per day and tier compliance."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from fieldvisit.domain.enums import MemberRole, PlannedKind, SubTier
from fieldvisit.domain.frequency import DEFAULT_POLICY_NAME, DEFAULT_RULES, FrequencyRule
from fieldvisit.reports import snapshots as s
from fieldvisit.services.reporting.lookup import day_start, find_member, month_end, parse_month
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import (
    Account,
    ContactRecord,
    FrequencyPolicy,
    MonthlyPlan,
    PlannedContact,
)

ON_SITE_KINDS = frozenset({PlannedKind.VISIT, PlannedKind.SERVICE})


def plan_snapshot(db: Database, rep_name: str, month: str | date) -> s.PlanSnapshot:
    first = parse_month(month)
    last = month_end(first)
    with db.session_scope() as session:
        rep = find_member(session, rep_name, MemberRole.REP)
        plan = session.scalars(
            select(MonthlyPlan)
            .where(
                MonthlyPlan.rep_id == rep.id,
                MonthlyPlan.month == first,
                MonthlyPlan.deleted_at.is_(None),
            )
            .order_by(MonthlyPlan.created_at.desc())
        ).first()
        planned = (
            list(
                session.execute(
                    select(PlannedContact, Account.name, Account.sub_tier)
                    .join(Account, Account.id == PlannedContact.account_id)
                    .where(PlannedContact.plan_id == plan.id, PlannedContact.deleted_at.is_(None))
                    .order_by(PlannedContact.planned_on)
                )
            )
            if plan is not None
            else []
        )
        records = session.execute(
            select(ContactRecord.account_id, ContactRecord.method).where(
                ContactRecord.author_id == rep.id,
                ContactRecord.deleted_at.is_(None),
                ContactRecord.occurred_at >= day_start(first),
                ContactRecord.occurred_at < day_start(last + timedelta(days=1)),
            )
        )
        done_on_site: Counter[object] = Counter()
        done_phone: Counter[object] = Counter()
        for account_id, method in records:
            (done_on_site if method.is_on_site else done_phone)[account_id] += 1
        plan_accounts = {pc.account_id for pc, _, _ in planned}
        accounts = session.execute(
            select(Account.id, Account.name, Account.sub_tier)
            .where(
                Account.deleted_at.is_(None),
                or_(Account.owner_id == rep.id, Account.id.in_(plan_accounts)),
            )
            .order_by(Account.name)
        ).all()
        policy_name, rules = _rules(session, plan.policy_id if plan else None, last)
        planned_on_site = Counter(pc.account_id for pc, _, _ in planned if pc.kind in ON_SITE_KINDS)
        planned_phone = Counter(
            pc.account_id for pc, _, _ in planned if pc.kind not in ON_SITE_KINDS
        )
        compliance = []
        for account_id, name, sub_tier in accounts:
            rule = rules.get(sub_tier) if sub_tier else None
            compliance.append(
                s.ComplianceLine(
                    account=name,
                    sub_tier=sub_tier,
                    visits_required=rule.visits_per_month if rule else None,
                    visits_planned=planned_on_site[account_id],
                    visits_done=done_on_site[account_id],
                    phone_required=int(rule.phone_contacts_per_month()) if rule else 0,
                    phone_planned=planned_phone[account_id],
                    phone_done=done_phone[account_id],
                )
            )
        return s.PlanSnapshot(
            rep=rep.name,
            month=first,
            status=plan.status if plan else None,
            manager_comment=plan.manager_comment if plan else None,
            policy_name=policy_name,
            items=tuple(
                s.PlannedItem(
                    pc.planned_on, name, pc.kind, sub_tier, pc.slot, done=pc.record_id is not None
                )
                for pc, name, sub_tier in planned
            ),
            compliance=tuple(compliance),
        )


def _rules(
    session: Session, policy_id: object, on: date
) -> tuple[str, dict[SubTier, FrequencyRule]]:
    """The plan's policy, else the one in force at the end of the month, else the default."""
    policy = session.get(FrequencyPolicy, policy_id) if policy_id is not None else None
    if policy is None:
        policy = session.scalars(
            select(FrequencyPolicy)
            .where(FrequencyPolicy.effective_from <= on, FrequencyPolicy.deleted_at.is_(None))
            .order_by(FrequencyPolicy.effective_from.desc())
        ).first()
    if policy is None or not policy.rules:
        return DEFAULT_POLICY_NAME, {r.sub_tier: r for r in DEFAULT_RULES}
    return policy.name, {
        r.sub_tier: FrequencyRule(r.sub_tier, r.phone_contacts, r.phone_period, r.visits_per_month)
        for r in policy.rules
        if r.deleted_at is None
    }
