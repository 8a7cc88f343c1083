"""Monthly plan steps: the rep submits or withdraws, the rep's manager approves or returns.

Each is checked against the plan as the server has it, so a step taken offline on stale
information (a withdrawal after the approval, an approval of a plan changed since) is
refused and shown, never applied over the other person's step.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Connection, func, select, update

from fieldvisit import clock
from fieldvisit.domain.enums import MemberRole, PlanStatus
from fieldvisit.server.commands import Outcome, command
from fieldvisit.server.scope import Caller
from fieldvisit.sync.digests import plan_content_digest
from fieldvisit.sync.tables import table

PLAN = "monthly_plan"
MAX_COMMENT = 2000


def _plan(conn: Connection, args: Mapping[str, Any]) -> tuple[uuid.UUID, Any]:
    plan_id = uuid.UUID(str(args["plan_id"]))
    plans = table(PLAN)
    return plan_id, conn.execute(select(plans).where(plans.c.id == plan_id)).first()


def _refused(reason: str, plan_id: uuid.UUID) -> Outcome:
    return Outcome(reason, PLAN, [str(plan_id)])


def _set(conn: Connection, plan_id: uuid.UUID, **values: Any) -> Outcome:
    plans = table(PLAN)
    conn.execute(
        update(plans).where(plans.c.id == plan_id).values(updated_at=clock.now_utc(), **values)
    )
    return Outcome(None, PLAN, [str(plan_id)])


@command("plan.submit")
def submit(conn: Connection, caller: Caller, args: Mapping[str, Any]) -> Outcome:
    plan_id, plan = _plan(conn, args)
    if plan is None:
        return _refused("missing", plan_id)
    if plan.rep_id != caller.member_id:
        return _refused("role", plan_id)
    if plan.status not in (PlanStatus.DRAFT, PlanStatus.RETURNED):
        return _refused(
            "plan_decided" if plan.status is PlanStatus.APPROVED else "plan_submitted", plan_id
        )
    contacts = table("planned_contact")
    planned = conn.execute(
        select(func.count())
        .select_from(contacts)
        .where(contacts.c.plan_id == plan_id, contacts.c.deleted_at.is_(None))
    ).scalar()
    if not planned:
        return _refused("plan_empty", plan_id)
    return _set(
        conn,
        plan_id,
        status=PlanStatus.SUBMITTED,
        submitted_at=clock.now_utc(),
        decided_at=None,
        decided_by_id=None,
    )


@command("plan.withdraw")
def withdraw(conn: Connection, caller: Caller, args: Mapping[str, Any]) -> Outcome:
    plan_id, plan = _plan(conn, args)
    if plan is None:
        return _refused("missing", plan_id)
    if plan.rep_id != caller.member_id:
        return _refused("role", plan_id)
    if plan.status is not PlanStatus.SUBMITTED:
        decided = plan.status in (PlanStatus.APPROVED, PlanStatus.RETURNED)
        return _refused("plan_decided" if decided else "plan_not_submitted", plan_id)
    return _set(conn, plan_id, status=PlanStatus.DRAFT, submitted_at=None)


@command("plan.decide")
def decide(conn: Connection, caller: Caller, args: Mapping[str, Any]) -> Outcome:
    """Approve or return: only the rep's manager, only the submission the manager saw."""
    plan_id, plan = _plan(conn, args)
    decision = {"approve": PlanStatus.APPROVED, "return": PlanStatus.RETURNED}[
        str(args["decision"])
    ]
    comment = (str(args.get("comment") or "").strip() or None) if args.get("comment") else None
    if comment is not None and len(comment) > MAX_COMMENT:
        raise ValueError("comment too long")
    if plan is None:
        return _refused("missing", plan_id)
    if caller.role is not MemberRole.MANAGER or plan.rep_id not in caller.reps:
        return _refused("role", plan_id)
    if plan.status is not PlanStatus.SUBMITTED:
        decided = plan.status in (PlanStatus.APPROVED, PlanStatus.RETURNED)
        return _refused("plan_decided" if decided else "plan_not_submitted", plan_id)
    if str(args["content"]) != plan_content_digest(conn, plan_id):
        return _refused("plan_changed", plan_id)  # withdrawn and changed meanwhile
    return _set(
        conn,
        plan_id,
        status=decision,
        decided_at=clock.now_utc(),
        decided_by_id=caller.member_id,
        manager_comment=comment,
    )
