"""Today: what needs the user now, in one frozen view for the Today page and ``fieldvisit today``.

The view is a list of sections; each item says whether it needs action (the count on the
window's navigation) and where it is handled (its :class:`Target`). A manager also gets the
team's side: reps' plans to decide, co-visit reports the rep acknowledged (to sign), the
last working day's day reports not sent or not read yet, and the reps' late drafts. The
rules are the existing ones: a draft is late after two days (``records.listing.stale_before``),
a co-visit report is late by ``domain.covisit_rules``, plan months and working days as the
Plan page cuts them (the team's calendar with its overrides for the last working day).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from sqlalchemy import exists, select
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
from fieldvisit.domain.workdays import WorkCalendar
from fieldvisit.services.covisits.completeness import (
    missing_for_acknowledgement,
    missing_for_signoff,
)
from fieldvisit.services.covisits.reading import load_view
from fieldvisit.services.planning.calendar import calendar_in
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
    DayReport,
    DayReportComment,
    MonthlyPlan,
    PlannedContact,
    Promise,
    TeamMember,
)

SECTION_LIMIT = 50
"""Items shown per section; the rest are counted in ``more`` and handled on their page."""
PLAN_REMINDER_WORKING_DAYS = 5
"""The next month's plan is asked for from this many working days before the month ends."""
LOOK_BACK_DAYS = 31
"""How far back the last working day is looked for (a long holiday is at most a week or two)."""


class SectionKey(StrEnum):
    VISITS = "visits"
    PROMISES = "promises"
    DRAFTS = "drafts"
    COVISIT_REPORTS = "covisit_reports"
    COVISIT_ACTIONS = "covisit_actions"
    NEXT_PLAN = "next_plan"
    # A manager's team side:
    PLANS_TO_DECIDE = "plans_to_decide"
    ACKNOWLEDGED = "acknowledged"
    DAY_REPORTS = "day_reports"
    LATE_RECORDS = "late_records"


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
    TO_DECIDE = "to_decide"
    """A rep's submitted plan: approve or return it."""
    NOT_SENT = "not_sent"
    """A rep's day report for the last working day is not there."""
    TO_READ = "to_read"
    """A rep's day report the manager has not commented on yet."""


class TargetKind(StrEnum):
    NEW_RECORD = "new_record"
    """Write a record for ``account_id`` (fulfilling the planned contact ``id``)."""
    RECORD = "record"
    CARD = "card"
    COVISIT = "covisit"
    PLAN = "plan"
    """The Plan page on ``month`` (and the rep ``rep_id``; none: the user's own plan)."""
    DAY_REPORT = "day_report"
    """The Day report window on ``day`` (with the rep ``rep_id`` chosen)."""


class CoVisitStep(StrEnum):
    """Where a co-visit window opens (none: where the user last was)."""

    SIGNOFF = "signoff"


@dataclass(frozen=True, slots=True)
class Target:
    kind: TargetKind
    id: uuid.UUID | None = None
    account_id: uuid.UUID | None = None
    month: date | None = None
    rep_id: uuid.UUID | None = None
    day: date | None = None
    step: CoVisitStep | None = None


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
    rep: str = ""
    """The rep whose item it is, on a manager's page (a rep's draft or co-visit action)."""


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
        manager = me.role is MemberRole.MANAGER
        if manager:
            sections.append(_plans_to_decide(session, me.id))
        reports, acknowledged = _covisit_reports(session, me)
        if manager:
            sections.append(acknowledged)
        sections += [
            _promises(session, me.id, today),
            _drafts(session, me.id, now),
            reports,
            _covisit_actions(session, me.id, today, manager),
        ]
        if manager:
            sections += [
                _day_reports(session, me.id, today),
                _late_records(session, me.id, now),
            ]
        else:
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


def _covisit_reports(session: Session, me: MemberRow) -> tuple[TodaySection, TodaySection]:
    """Unsigned reports: a rep's to acknowledge once written; a manager's to finish, and
    (the second section) the ones the rep acknowledged, to sign."""
    manager = me.role is MemberRole.MANAGER
    mine = CoVisit.manager_id if manager else CoVisit.rep_id
    rows = session.scalars(
        select(CoVisit)
        .where(
            mine == me.id,
            CoVisit.status == CoVisitStatus.IN_PROGRESS,
            CoVisit.deleted_at.is_(None),
        )
        .order_by(CoVisit.last_day, CoVisit.created_at)
    ).all()
    items: list[TodayItem] = []
    to_sign: list[TodayItem] = []
    for cv in rows:
        view = load_view(session, cv)
        step = None
        if manager:
            state = ItemState.TO_FINISH if missing_for_signoff(view) else ItemState.TO_SIGN
            subject = view.rep_name
            if state is ItemState.TO_SIGN:
                step = CoVisitStep.SIGNOFF
        else:
            acknowledged = view.rep_acknowledged_at is not None
            if missing_for_acknowledgement(view) or acknowledged:
                continue  # the manager is still writing it, or it waits for the signature
            state, subject = ItemState.TO_ACKNOWLEDGE, view.manager_name
        item = TodayItem(
            state=state,
            subject=subject,
            note="",
            day=view.last_day,
            late=view.late,
            days=0,
            needs_action=True,
            target=Target(TargetKind.COVISIT, id=cv.id, step=step),
        )
        (to_sign if state is ItemState.TO_SIGN else items).append(item)
    return _section(SectionKey.COVISIT_REPORTS, items), _section(SectionKey.ACKNOWLEDGED, to_sign)


def _covisit_actions(
    session: Session, owner_id: uuid.UUID, today: date, manager: bool = False
) -> TodaySection:
    """Open actions of signed co-visit action plans owned by the user; due ones need action.
    ``subject`` is the other person of that co-visit (the manager for a rep, and back).
    A manager also sees the reps' overdue actions of the co-visits they led (``rep`` set)."""
    rep, manager_member = aliased(TeamMember), aliased(TeamMember)
    mine = ActionItem.owner_id == owner_id
    if manager:
        mine = mine | (
            (CoVisit.manager_id == owner_id)
            & (ActionItem.owner_id == CoVisit.rep_id)
            & (ActionItem.due_on < today)
        )
    query = (
        select(ActionItem, CoVisit.id, CoVisit.rep_id, rep.name, manager_member.name)
        .join(CoVisit, CoVisit.id == ActionItem.covisit_id)
        .join(rep, rep.id == CoVisit.rep_id)
        .join(manager_member, manager_member.id == CoVisit.manager_id)
        .where(
            mine,
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
                rep=rep_name if action.owner_id != owner_id else "",
            )
        )
    return _section(SectionKey.COVISIT_ACTIONS, items)


def _team(session: Session, manager_id: uuid.UUID) -> list[TeamMember]:
    """The manager's active reps, by name (as the day report window lists them)."""
    return list(
        session.scalars(
            select(TeamMember)
            .where(
                TeamMember.manager_id == manager_id,
                TeamMember.role == MemberRole.REP,
                TeamMember.deleted_at.is_(None),
                TeamMember.active.is_(True),
            )
            .order_by(TeamMember.name, TeamMember.id)
        )
    )


def _plans_to_decide(session: Session, manager_id: uuid.UUID) -> TodaySection:
    """The reps' submitted plans, oldest month first: the manager approves or returns them."""
    query = (
        select(MonthlyPlan, TeamMember.name)
        .join(TeamMember, TeamMember.id == MonthlyPlan.rep_id)
        .where(
            TeamMember.manager_id == manager_id,
            TeamMember.deleted_at.is_(None),
            MonthlyPlan.status == PlanStatus.SUBMITTED,
            MonthlyPlan.deleted_at.is_(None),
        )
        .order_by(MonthlyPlan.month, TeamMember.name, MonthlyPlan.submitted_at)
    )
    items = [
        TodayItem(
            state=ItemState.TO_DECIDE,
            subject=rep_name,
            note="",
            day=plan.month,
            late=False,
            days=0,
            needs_action=True,
            target=Target(TargetKind.PLAN, month=plan.month, rep_id=plan.rep_id),
            rep=rep_name,
        )
        for plan, rep_name in session.execute(query)
    ]
    return _section(SectionKey.PLANS_TO_DECIDE, items)


def last_working_day(calendar: WorkCalendar, today: date) -> date | None:
    """The last working day before ``today`` by the team's calendar (None: none in a month)."""
    for back in range(1, LOOK_BACK_DAYS + 1):
        day = today - timedelta(days=back)
        if calendar.is_working_day(day):
            return day
    return None


def _day_reports(session: Session, manager_id: uuid.UUID, today: date) -> TodaySection:
    """The last working day's day reports: reps who have not sent one, then the ones sent
    that the manager has not commented on yet (read and answered)."""
    day = last_working_day(calendar_in(session), today)
    if day is None:
        return _section(SectionKey.DAY_REPORTS, [])
    reps = [r for r in _team(session, manager_id) if r.joined_on is None or r.joined_on <= day]
    commented = exists().where(
        DayReportComment.report_id == DayReport.id,
        DayReportComment.author_id == manager_id,
        DayReportComment.deleted_at.is_(None),
    )
    sent = dict(
        session.execute(
            select(DayReport.rep_id, commented).where(
                DayReport.rep_id.in_([r.id for r in reps]),
                DayReport.day == day,
                DayReport.deleted_at.is_(None),
            )
        ).all()
    )
    not_sent: list[TodayItem] = []
    to_read: list[TodayItem] = []
    for rep in reps:
        if sent.get(rep.id):
            continue
        state = ItemState.TO_READ if rep.id in sent else ItemState.NOT_SENT
        item = TodayItem(
            state=state,
            subject=rep.name,
            note="",
            day=day,
            late=state is ItemState.NOT_SENT,
            days=0,
            needs_action=True,
            target=Target(TargetKind.DAY_REPORT, rep_id=rep.id, day=day),
            rep=rep.name,
        )
        (to_read if rep.id in sent else not_sent).append(item)
    return _section(SectionKey.DAY_REPORTS, not_sent + to_read)


def _late_records(session: Session, manager_id: uuid.UUID, now: datetime) -> TodaySection:
    """The reps' drafts past the two days to write a record up, oldest first."""
    zone = clock.local_zone()
    query = (
        select(
            ContactRecord.id,
            ContactRecord.account_id,
            ContactRecord.occurred_at,
            Account.name,
            TeamMember.name,
        )
        .join(Account, Account.id == ContactRecord.account_id)
        .join(TeamMember, TeamMember.id == ContactRecord.author_id)
        .where(
            TeamMember.manager_id == manager_id,
            TeamMember.role == MemberRole.REP,
            TeamMember.deleted_at.is_(None),
            ContactRecord.status == RecordStatus.DRAFT,
            ContactRecord.occurred_at < stale_before(now),
            ContactRecord.deleted_at.is_(None),
            Account.deleted_at.is_(None),
        )
        .order_by(ContactRecord.occurred_at, TeamMember.name, Account.name)
    )
    items = [
        TodayItem(
            state=ItemState.LATE,
            subject=account,
            note="",
            day=occurred.astimezone(zone).date(),
            late=True,
            days=max((now - occurred).days, 0),
            needs_action=True,
            target=Target(TargetKind.RECORD, id=record_id, account_id=account_id),
            rep=rep_name,
        )
        for record_id, account_id, occurred, account, rep_name in session.execute(query)
    ]
    return _section(SectionKey.LATE_RECORDS, items)


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
