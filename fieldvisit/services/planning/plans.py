"""A rep's monthly plan: read it, change it, and move it through DRAFT → SUBMITTED → decided.

Rules (DOMAIN.md §5): the rep edits the plan while it is a draft or was returned; the
rep submits it; the rep's manager approves it or returns it with a comment. A submitted
or approved plan is read-only. ``actor_id`` names who acts; ``None`` is the headless
command line, which acts for the rep and is held only to the status rules.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldvisit.domain.enums import DaySlot, PlannedKind, PlanStatus, SubTier, Tier
from fieldvisit.domain.errors import FieldVisitError, NotFoundError, ValidationError
from fieldvisit.domain.frequency import effective_sub_tier
from fieldvisit.domain.workdays import WorkCalendar
from fieldvisit.services.planning.calendar import calendar_in
from fieldvisit.services.planning.months import first_of, week_of
from fieldvisit.services.planning.policy import version_by_id, version_in_force
from fieldvisit.storage.base import utcnow
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import Account, MonthlyPlan, PlannedContact, TeamMember
from fieldvisit.sync.commands import queue_command
from fieldvisit.sync.digests import plan_content_digest

EDITABLE = frozenset({PlanStatus.DRAFT, PlanStatus.RETURNED})
MAX_COMMENT_LENGTH = 2000
MAX_PURPOSE_LENGTH = 500


class PlanLockedError(FieldVisitError):
    title = "The plan cannot be changed"


class NotAllowedError(FieldVisitError):
    title = "Not allowed"


@dataclass(frozen=True, slots=True)
class PlannedRow:
    id: uuid.UUID
    account_id: uuid.UUID
    account: str
    address: str | None
    sub_tier: SubTier | None
    """The sub-tier whose rule applies (tier D shows as C's rule, see ``tier``)."""
    tier: Tier | None
    day: date
    slot: DaySlot | None
    kind: PlannedKind
    purpose: str | None
    done: bool

    @property
    def week(self) -> int:
        return week_of(self.day)


@dataclass(frozen=True, slots=True)
class PlanView:
    id: uuid.UUID | None
    """``None``: nothing planned yet for that rep and month."""
    rep_id: uuid.UUID
    rep: str
    manager_id: uuid.UUID | None
    month: date
    status: PlanStatus | None
    manager_comment: str | None
    submitted_at: datetime | None
    decided_at: datetime | None
    decided_by: str | None
    policy_id: uuid.UUID | None
    policy_name: str
    contacts: tuple[PlannedRow, ...]

    @property
    def editable(self) -> bool:
        return self.status is None or self.status in EDITABLE


def current_plan(session: Session, rep_id: uuid.UUID, month: date) -> MonthlyPlan | None:
    return session.scalars(
        select(MonthlyPlan)
        .where(
            MonthlyPlan.rep_id == rep_id,
            MonthlyPlan.month == first_of(month),
            MonthlyPlan.deleted_at.is_(None),
        )
        .order_by(MonthlyPlan.created_at.desc())
    ).first()


def rep_member(session: Session, rep_id: uuid.UUID) -> TeamMember:
    rep = session.get(TeamMember, rep_id)
    if rep is None or rep.deleted_at is not None:
        raise NotFoundError("That team member no longer exists.")
    return rep


def plan_rows(session: Session, plan_id: uuid.UUID) -> list[PlannedRow]:
    query = (
        select(PlannedContact, Account.name, Account.address, Account.tier, Account.sub_tier)
        .join(Account, Account.id == PlannedContact.account_id)
        .where(
            PlannedContact.plan_id == plan_id,
            PlannedContact.deleted_at.is_(None),
            Account.deleted_at.is_(None),
        )
        .order_by(PlannedContact.planned_on, PlannedContact.slot, Account.name)
    )
    return [
        PlannedRow(
            pc.id,
            pc.account_id,
            name,
            address,
            effective_sub_tier(tier, sub_tier),
            tier,
            pc.planned_on,
            pc.slot,
            pc.kind,
            pc.purpose,
            pc.record_id is not None,
        )
        for pc, name, address, tier, sub_tier in session.execute(query)
    ]


def view_of(session: Session, rep: TeamMember, month: date) -> PlanView:
    first = first_of(month)
    plan = current_plan(session, rep.id, first)
    policy = (
        version_by_id(session, plan.policy_id, first)
        if plan is not None
        else version_in_force(session, first)
    )
    decided_by = (
        session.get(TeamMember, plan.decided_by_id) if plan and plan.decided_by_id else None
    )
    return PlanView(
        id=plan.id if plan else None,
        rep_id=rep.id,
        rep=rep.name,
        manager_id=rep.manager_id,
        month=first,
        status=plan.status if plan else None,
        manager_comment=plan.manager_comment if plan else None,
        submitted_at=plan.submitted_at if plan else None,
        decided_at=plan.decided_at if plan else None,
        decided_by=decided_by.name if decided_by else None,
        policy_id=policy.id,
        policy_name=policy.name,
        contacts=tuple(plan_rows(session, plan.id)) if plan else (),
    )


def load_plan(db: Database, rep_id: uuid.UUID, month: date) -> PlanView:
    with db.session_scope() as session:
        return view_of(session, rep_member(session, rep_id), month)


def editable_plan(
    session: Session, rep_id: uuid.UUID, month: date, actor_id: uuid.UUID | None
) -> MonthlyPlan:
    """The plan the rep may change, created as a draft if the month has none."""
    rep = rep_member(session, rep_id)
    if actor_id is not None and actor_id != rep.id:
        raise NotAllowedError(f"Only {rep.name} can change {rep.name}'s plan.")
    plan = current_plan(session, rep_id, month)
    if plan is None:
        first = first_of(month)
        plan = MonthlyPlan(
            rep_id=rep_id,
            month=first,
            policy_id=version_in_force(session, first).id,
            status=PlanStatus.DRAFT,
        )
        session.add(plan)
        session.flush()
    _require_editable(plan)
    return plan


def _require_editable(plan: MonthlyPlan) -> None:
    if plan.status not in EDITABLE:
        state = "approved" if plan.status is PlanStatus.APPROVED else "submitted for approval"
        raise PlanLockedError(
            f"The plan for {plan.month:%Y-%m} is {state} and can no longer be changed."
        )


def _contact(session: Session, planned_id: uuid.UUID) -> tuple[PlannedContact, MonthlyPlan]:
    contact = session.get(PlannedContact, planned_id)
    if contact is None or contact.deleted_at is not None:
        raise NotFoundError("That planned contact no longer exists.")
    plan = session.get(MonthlyPlan, contact.plan_id)
    assert plan is not None
    return contact, plan


def check_day(day: date, month: date, calendar: WorkCalendar) -> None:
    """A contact may go on any day of its month but a public holiday (or day off in lieu):
    weekend days too, worked ones (调休) or when the rep chooses (Saturday pharmacy rounds)."""
    if first_of(day) != first_of(month):
        raise ValidationError("day", f"Choose a day in {month:%Y-%m}; {day.isoformat()} is not.")
    if calendar.is_holiday(day):
        raise ValidationError(
            "day", f"{day.isoformat()} is a public holiday; choose a working day."
        )


def move_contact(
    db: Database,
    planned_id: uuid.UUID,
    new_day: date,
    slot: DaySlot | None = None,
    actor_id: uuid.UUID | None = None,
) -> PlannedRow:
    """Move a planned contact to another working day of its month (and slot, if given)."""
    with db.session_scope() as session:
        contact, plan = _contact(session, planned_id)
        editable_plan(session, plan.rep_id, plan.month, actor_id)
        check_day(new_day, plan.month, calendar_in(session))
        contact.planned_on = new_day
        if slot is not None:
            contact.slot = slot
        session.flush()
        return next(r for r in plan_rows(session, plan.id) if r.id == planned_id)


def add_contact(
    db: Database,
    rep_id: uuid.UUID,
    account_id: uuid.UUID,
    day: date,
    kind: PlannedKind,
    slot: DaySlot | None = None,
    purpose: str | None = None,
    actor_id: uuid.UUID | None = None,
) -> PlannedRow:
    purpose = (purpose or "").strip() or None
    if purpose and len(purpose) > MAX_PURPOSE_LENGTH:
        raise ValidationError("purpose", f"Keep the purpose under {MAX_PURPOSE_LENGTH} characters.")
    with db.session_scope() as session:
        plan = editable_plan(session, rep_id, day, actor_id)
        check_day(day, plan.month, calendar_in(session))
        account = session.get(Account, account_id)
        if account is None or account.deleted_at is not None:
            raise NotFoundError("That account no longer exists.")
        contact = PlannedContact(
            plan_id=plan.id,
            account_id=account_id,
            planned_on=day,
            slot=slot,
            kind=kind,
            purpose=purpose,
        )
        session.add(contact)
        session.flush()
        return next(r for r in plan_rows(session, plan.id) if r.id == contact.id)


def remove_contact(db: Database, planned_id: uuid.UUID, actor_id: uuid.UUID | None = None) -> None:
    remove_contacts(db, [planned_id], actor_id)


def remove_contacts(
    db: Database, planned_ids: list[uuid.UUID], actor_id: uuid.UUID | None = None
) -> None:
    """Remove planned contacts (soft delete, so that :func:`restore_contacts` can undo it)."""
    with db.session_scope() as session:
        for planned_id in planned_ids:
            contact, plan = _contact(session, planned_id)
            editable_plan(session, plan.rep_id, plan.month, actor_id)
            contact.deleted_at = utcnow()


def restore_contacts(
    db: Database, planned_ids: list[uuid.UUID], actor_id: uuid.UUID | None = None
) -> None:
    """Bring removed planned contacts back (undo of a removal) while the plan is editable."""
    with db.session_scope() as session:
        for planned_id in planned_ids:
            contact = session.get(PlannedContact, planned_id)
            if contact is None:
                raise NotFoundError("That planned contact no longer exists.")
            plan = session.get(MonthlyPlan, contact.plan_id)
            assert plan is not None
            editable_plan(session, plan.rep_id, plan.month, actor_id)
            contact.deleted_at = None


def submit_plan(
    db: Database, rep_id: uuid.UUID, month: date, actor_id: uuid.UUID | None = None
) -> PlanView:
    with db.session_scope() as session:
        plan = editable_plan(session, rep_id, month, actor_id)
        if not plan_rows(session, plan.id):
            raise ValidationError("plan", "The plan is empty: suggest or add contacts first.")
        plan.status = PlanStatus.SUBMITTED
        plan.submitted_at = utcnow()
        plan.decided_at = None
        plan.decided_by_id = None
        session.flush()
        queue_command(session.connection(), "plan.submit", {"plan_id": str(plan.id)})
        return view_of(session, rep_member(session, rep_id), month)


def withdraw_plan(
    db: Database, rep_id: uuid.UUID, month: date, actor_id: uuid.UUID | None = None
) -> PlanView:
    """Take a submitted plan back to a draft, until the manager has decided on it."""
    with db.session_scope() as session:
        rep = rep_member(session, rep_id)
        if actor_id is not None and actor_id != rep.id:
            raise NotAllowedError(f"Only {rep.name} can withdraw {rep.name}'s plan.")
        plan = current_plan(session, rep_id, month)
        if plan is None or plan.status is not PlanStatus.SUBMITTED:
            if plan is not None and plan.status is PlanStatus.APPROVED:
                detail = "it is approved already"
            elif plan is not None and plan.status is PlanStatus.RETURNED:
                detail = "it was returned and can be edited as it is"
            else:
                detail = "it has not been submitted"
            raise PlanLockedError(
                f"The plan for {first_of(month):%Y-%m} cannot be withdrawn: {detail}."
            )
        plan.status = PlanStatus.DRAFT
        plan.submitted_at = None
        session.flush()
        queue_command(session.connection(), "plan.withdraw", {"plan_id": str(plan.id)})
        return view_of(session, rep, month)


def _decide(
    db: Database,
    rep_id: uuid.UUID,
    month: date,
    manager_id: uuid.UUID,
    status: PlanStatus,
    comment: str | None,
) -> PlanView:
    comment = (comment or "").strip() or None
    if comment and len(comment) > MAX_COMMENT_LENGTH:
        raise ValidationError("comment", f"Keep the comment under {MAX_COMMENT_LENGTH} characters.")
    with db.session_scope() as session:
        rep = rep_member(session, rep_id)
        if rep.manager_id != manager_id:
            raise NotAllowedError(f"Only {rep.name}'s own manager can approve or return the plan.")
        plan = current_plan(session, rep_id, month)
        if plan is None or plan.status is not PlanStatus.SUBMITTED:
            raise PlanLockedError(
                f"{rep.name} has not submitted a plan for {first_of(month):%Y-%m}; only a "
                "submitted plan can be approved or returned."
            )
        # What the manager saw: the server refuses the decision if the rep withdrew and
        # changed the plan meanwhile.
        seen = plan_content_digest(session.connection(), plan.id)
        plan.status = status
        plan.decided_at = utcnow()
        plan.decided_by_id = manager_id
        plan.manager_comment = comment
        session.flush()
        queue_command(
            session.connection(),
            "plan.decide",
            {
                "plan_id": str(plan.id),
                "decision": "approve" if status is PlanStatus.APPROVED else "return",
                "comment": comment,
                "content": seen,
            },
        )
        return view_of(session, rep, month)


def approve_plan(
    db: Database, rep_id: uuid.UUID, month: date, manager_id: uuid.UUID, comment: str | None = None
) -> PlanView:
    return _decide(db, rep_id, month, manager_id, PlanStatus.APPROVED, comment)


def return_plan(
    db: Database, rep_id: uuid.UUID, month: date, manager_id: uuid.UUID, comment: str
) -> PlanView:
    if not comment.strip():
        raise ValidationError(
            "comment", "Say what the rep should change before returning the plan."
        )
    return _decide(db, rep_id, month, manager_id, PlanStatus.RETURNED, comment)
