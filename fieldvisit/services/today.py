"""Today: what needs the user now, in one frozen view for the Today page and ``fieldvisit today``.

The view is a list of sections so that more of them slot in (a manager's plans to decide
and day reports not sent come later); each item says whether it needs action (the count on
the window's navigation) and where it is handled (its :class:`Target`). The rules are the
existing ones: a draft is late after two days (``records.listing.stale_before``), a co-visit
report is late by ``domain.covisit_rules``, plan months and working days as the Plan page
cuts them.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from fieldvisit import clock
from fieldvisit.domain.enums import (
    ActionStatus,
    CoVisitStatus,
    DaySlot,
    MemberRole,
    PlannedKind,
    PlanStatus,
    PromiseStatus,
    RecordStatus,
)
from fieldvisit.services.covisits.completeness import (
    missing_for_acknowledgement,
    missing_for_signoff,
)
from fieldvisit.services.covisits.reading import load_view
from fieldvisit.services.planning.months import first_of, next_month, working_days
from fieldvisit.services.planning.plans import current_plan
from fieldvisit.services.records.listing import stale_before
from fieldvisit.services.team import MemberRow, current_user
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import (
    Account,
    ActionItem,
    ContactRecord,
    CoVisit,
    PlannedContact,
    Promise,
    TeamMember,
)

SECTION_LIMIT = 50
"""Items shown per section; the rest are counted in ``more`` and handled on their page."""
PLAN_REMINDER_WORKING_DAYS = 5
"""The next month's plan is asked for from this many working days before the month ends."""


class SectionKey(StrEnum):
    VISITS = "visits"
    PROMISES = "promises"
    DRAFTS = "drafts"
    COVISIT_REPORTS = "covisit_reports"
    COVISIT_ACTIONS = "covisit_actions"
    NEXT_PLAN = "next_plan"


class ItemState(StrEnum):
    PLANNED = "planned"
    DUE_TODAY = "due_today"
    OVERDUE = "overdue"
    DRAFT = "draft"
    LATE = "late"
    TO_ACKNOWLEDGE = "to_acknowledge"
    TO_SIGN = "to_sign"
    TO_FINISH = "to_finish"
    OPEN = "open"
    NOT_STARTED = "not_started"
    NOT_SUBMITTED = "not_submitted"
    RETURNED = "returned"


class TargetKind(StrEnum):
    NEW_RECORD = "new_record"
    """Write a record for ``account_id`` (fulfilling the planned contact ``id``)."""
    RECORD = "record"
    CARD = "card"
    COVISIT = "covisit"
    PLAN = "plan"
    """The Plan page on ``month``."""


@dataclass(frozen=True, slots=True)
class Target:
    kind: TargetKind
    id: uuid.UUID | None = None
    account_id: uuid.UUID | None = None
    month: date | None = None


@dataclass(frozen=True, slots=True)
class TodayItem:
    state: ItemState
    subject: str
    """The account, the rep (co-visits) or the month (plan) the line is about."""
    note: str
    """What was planned, promised or agreed (may be empty)."""
    day: date | None
    """The planned day, due day, visit day or co-visit's last day."""
    late: bool
    days: int
    """Days past the due day (promises, actions) or since the visit (late drafts); else 0."""
    needs_action: bool
    target: Target
    kind: PlannedKind | None = None
    slot: DaySlot | None = None


@dataclass(frozen=True, slots=True)
class TodaySection:
    key: SectionKey
    items: tuple[TodayItem, ...]
    more: int = 0
    """Items beyond :data:`SECTION_LIMIT`, not listed."""
    more_need_action: int = 0

    @property
    def action_count(self) -> int:
        return sum(1 for i in self.items if i.needs_action) + self.more_need_action


@dataclass(frozen=True, slots=True)
class TodayView:
    day: date
    user_id: uuid.UUID | None
    """``None``: nobody chose who they are yet (File › Settings)."""
    user_name: str | None
    role: MemberRole | None
    sections: tuple[TodaySection, ...]

    @property
    def action_count(self) -> int:
        """Items needing action: the figure on the window's navigation."""
        return sum(s.action_count for s in self.sections)

    @property
    def is_empty(self) -> bool:
        return not any(s.items for s in self.sections)

    def section(self, key: SectionKey) -> TodaySection | None:
        return next((s for s in self.sections if s.key is key), None)


def load_today(db: Database, user: MemberRow | None = None, day: date | None = None) -> TodayView:
    """What ``user`` (default: the laptop's user) has to do on ``day`` (default: today)."""
    me = user if user is not None else current_user(db)
    today = day or clock.today()
    if me is None:
        return TodayView(today, None, None, None, ())
    now = clock.now_utc()
    with db.read_scope() as session:
        sections: list[TodaySection] = []
        if me.role is MemberRole.REP:
            sections.append(_visits(session, me.id, today))
        sections += [
            _promises(session, me.id, today),
            _drafts(session, me.id, now),
            _covisit_reports(session, me),
            _covisit_actions(session, me.id, today),
        ]
        if me.role is MemberRole.REP:
            sections.append(_next_plan(session, me.id, today))
    return TodayView(today, me.id, me.name, me.role, tuple(sections))


def _section(key: SectionKey, items: list[TodayItem]) -> TodaySection:
    shown, rest = items[:SECTION_LIMIT], items[SECTION_LIMIT:]
    return TodaySection(key, tuple(shown), len(rest), sum(1 for i in rest if i.needs_action))


def _visits(session: Session, rep_id: uuid.UUID, today: date) -> TodaySection:
    """Today's planned contacts not yet written up, whatever the plan's status."""
    plan = current_plan(session, rep_id, today)
    if plan is None:
        return _section(SectionKey.VISITS, [])
    # Only today's rows: reading the whole month (``plan_rows``) was most of the page's time.
    query = (
        select(PlannedContact, Account.name)
        .join(Account, Account.id == PlannedContact.account_id)
        .where(
            PlannedContact.plan_id == plan.id,
            PlannedContact.planned_on == today,
            PlannedContact.record_id.is_(None),
            PlannedContact.deleted_at.is_(None),
            Account.deleted_at.is_(None),
        )
        .order_by(PlannedContact.slot, Account.name)
    )
    items = [
        TodayItem(
            state=ItemState.PLANNED,
            subject=account,
            note=pc.purpose or "",
            day=pc.planned_on,
            late=False,
            days=0,
            needs_action=True,
            target=Target(TargetKind.NEW_RECORD, id=pc.id, account_id=pc.account_id),
            kind=pc.kind,
            slot=pc.slot,
        )
        for pc, account in session.execute(query)
    ]
    return _section(SectionKey.VISITS, items)


def _promises(session: Session, owner_id: uuid.UUID, today: date) -> TodaySection:
    query = (
        select(Promise, Account.name)
        .join(Account, Account.id == Promise.account_id)
        .where(
            Promise.owner_id == owner_id,
            Promise.status == PromiseStatus.OPEN,
            Promise.due_on <= today,
            Promise.deleted_at.is_(None),
            Account.deleted_at.is_(None),
        )
        .order_by(Promise.due_on, Account.name, Promise.id)
    )
    items = []
    for promise, account in session.execute(query):
        overdue = (today - promise.due_on).days
        target = (
            Target(TargetKind.RECORD, id=promise.record_id, account_id=promise.account_id)
            if promise.record_id is not None
            else Target(TargetKind.CARD, account_id=promise.account_id)
        )
        items.append(
            TodayItem(
                state=ItemState.OVERDUE if overdue > 0 else ItemState.DUE_TODAY,
                subject=account,
                note=promise.description,
                day=promise.due_on,
                late=overdue > 0,
                days=overdue,
                needs_action=True,
                target=target,
            )
        )
    return _section(SectionKey.PROMISES, items)


def _drafts(session: Session, author_id: uuid.UUID, now: datetime) -> TodaySection:
    """The user's drafts, late ones (past the two days to write a record up) first."""
    limit = stale_before(now)
    zone = clock.local_zone()
    query = (
        select(ContactRecord.id, ContactRecord.account_id, ContactRecord.occurred_at, Account.name)
        .join(Account, Account.id == ContactRecord.account_id)
        .where(
            ContactRecord.author_id == author_id,
            ContactRecord.status == RecordStatus.DRAFT,
            ContactRecord.deleted_at.is_(None),
            Account.deleted_at.is_(None),
        )
        .order_by(ContactRecord.occurred_at, Account.name)
    )
    items = []
    for record_id, account_id, occurred, account in session.execute(query):
        late = occurred < limit
        items.append(
            TodayItem(
                state=ItemState.LATE if late else ItemState.DRAFT,
                subject=account,
                note="",
                day=occurred.astimezone(zone).date(),
                late=late,
                days=max((now - occurred).days, 0) if late else 0,
                needs_action=True,
                target=Target(TargetKind.RECORD, id=record_id, account_id=account_id),
            )
        )
    return _section(SectionKey.DRAFTS, items)


def _covisit_reports(session: Session, me: MemberRow) -> TodaySection:
    """Unsigned reports: a rep's to acknowledge once written; a manager's to finish or sign."""
    mine = CoVisit.manager_id if me.role is MemberRole.MANAGER else CoVisit.rep_id
    rows = session.scalars(
        select(CoVisit)
        .where(
            mine == me.id,
            CoVisit.status == CoVisitStatus.IN_PROGRESS,
            CoVisit.deleted_at.is_(None),
        )
        .order_by(CoVisit.last_day, CoVisit.created_at)
    ).all()
    items = []
    for cv in rows:
        view = load_view(session, cv)
        if me.role is MemberRole.MANAGER:
            state = ItemState.TO_FINISH if missing_for_signoff(view) else ItemState.TO_SIGN
            subject = view.rep_name
        else:
            acknowledged = view.rep_acknowledged_at is not None
            if missing_for_acknowledgement(view) or acknowledged:
                continue  # the manager is still writing it, or it waits for the signature
            state, subject = ItemState.TO_ACKNOWLEDGE, view.manager_name
        items.append(
            TodayItem(
                state=state,
                subject=subject,
                note="",
                day=view.last_day,
                late=view.late,
                days=0,
                needs_action=True,
                target=Target(TargetKind.COVISIT, id=cv.id),
            )
        )
    return _section(SectionKey.COVISIT_REPORTS, items)


def _covisit_actions(session: Session, owner_id: uuid.UUID, today: date) -> TodaySection:
    """Open actions of signed co-visit action plans owned by the user; due ones need action.
    ``subject`` is the other person of that co-visit (the manager for a rep, and back)."""
    rep, manager = aliased(TeamMember), aliased(TeamMember)
    query = (
        select(ActionItem, CoVisit.id, CoVisit.rep_id, rep.name, manager.name)
        .join(CoVisit, CoVisit.id == ActionItem.covisit_id)
        .join(rep, rep.id == CoVisit.rep_id)
        .join(manager, manager.id == CoVisit.manager_id)
        .where(
            ActionItem.owner_id == owner_id,
            ActionItem.status == ActionStatus.OPEN,
            ActionItem.deleted_at.is_(None),
            CoVisit.deleted_at.is_(None),
            CoVisit.completed_at.is_not(None),
        )
        .order_by(ActionItem.due_on.is_(None), ActionItem.due_on, ActionItem.seq)
    )
    items = []
    for action, covisit_id, rep_id, rep_name, manager_name in session.execute(query):
        due = action.due_on
        overdue = (today - due).days if due is not None else 0
        items.append(
            TodayItem(
                state=ItemState.OVERDUE if overdue > 0 else ItemState.OPEN,
                subject=manager_name if rep_id == owner_id else rep_name,
                note=action.description,
                day=due,
                late=overdue > 0,
                days=max(overdue, 0),
                needs_action=due is not None and due <= today,
                target=Target(TargetKind.COVISIT, id=covisit_id),
            )
        )
    return _section(SectionKey.COVISIT_ACTIONS, items)


def plan_reminder_from(month: date) -> date:
    """The first day on which the next month's plan is asked for: the fifth working day
    before the month's end (weekends and holidays as the plan's calendar counts them)."""
    days = working_days(month)
    return days[-PLAN_REMINDER_WORKING_DAYS] if len(days) >= PLAN_REMINDER_WORKING_DAYS else month


def _next_plan(session: Session, rep_id: uuid.UUID, today: date) -> TodaySection:
    if today < plan_reminder_from(first_of(today)):
        return _section(SectionKey.NEXT_PLAN, [])
    month = next_month(today)
    plan = current_plan(session, rep_id, month)
    status = plan.status if plan is not None else None
    if status in (PlanStatus.SUBMITTED, PlanStatus.APPROVED):
        return _section(SectionKey.NEXT_PLAN, [])
    state = {
        None: ItemState.NOT_STARTED,
        PlanStatus.DRAFT: ItemState.NOT_SUBMITTED,
        PlanStatus.RETURNED: ItemState.RETURNED,
    }[status]
    item = TodayItem(
        state=state,
        subject=f"{month:%Y-%m}",
        note=(plan.manager_comment or "") if plan is not None else "",
        day=month,
        late=False,
        days=0,
        needs_action=True,
        target=Target(TargetKind.PLAN, month=month),
    )
    return _section(SectionKey.NEXT_PLAN, [item])
