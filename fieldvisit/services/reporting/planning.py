"""The monthly visit plan's snapshot: planned contacts per day and tier compliance.

The compliance figures are the planning service's (:mod:`fieldvisit.services.planning`),
so the printed plan and the Plan page never disagree.
"""

from __future__ import annotations

from datetime import date

from fieldvisit.domain.enums import MemberRole
from fieldvisit.reports import snapshots as s
from fieldvisit.services.planning.compliance import compliance_in_session
from fieldvisit.services.planning.months import local_today
from fieldvisit.services.planning.plans import view_of
from fieldvisit.services.reporting.lookup import find_member, parse_month
from fieldvisit.storage.database import Database


def plan_snapshot(
    db: Database, rep_name: str, month: str | date, today: date | None = None
) -> s.PlanSnapshot:
    first = parse_month(month)
    with db.session_scope() as session:
        rep = find_member(session, rep_name, MemberRole.REP)
        plan = view_of(session, rep, first)
        figures = compliance_in_session(session, [rep], first, today or local_today())[0]
        return s.PlanSnapshot(
            rep=rep.name,
            month=first,
            status=plan.status,
            manager_comment=plan.manager_comment,
            policy_name=plan.policy_name,
            items=tuple(
                s.PlannedItem(c.day, c.account, c.kind, c.sub_tier, c.slot, done=c.done)
                for c in plan.contacts
            ),
            compliance=tuple(
                s.ComplianceLine(
                    account=a.account,
                    sub_tier=a.sub_tier,
                    visits_required=a.visits_required,
                    visits_planned=a.visits_planned,
                    visits_done=a.visits_done,
                    phone_required=a.phone_required,
                    phone_planned=a.phone_planned,
                    phone_done=a.phone_done,
                )
                for a in figures.accounts
            ),
        )
