"""The manager's view of co-visits (DOMAIN.md §6): a manager's month with each rep.

Everything is about the manager's own co-visits; the field-days figure also counts
days the manager wrote or joined a contact record. Months are cut in local time.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from fieldvisit.domain.enums import ActionStatus, CoVisitType, MemberRole, Standard, WorkBase
from fieldvisit.domain.errors import NotFoundError
from fieldvisit.services.local_days import (
    each_day,
    is_working_day,
    local_date,
    local_day_range,
    local_today,
)
from fieldvisit.services.reporting.lookup import month_end
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import (
    ActionItem,
    ContactRecord,
    CoVisit,
    CoVisitCall,
    RecordParticipant,
    StandardRating,
    TeamMember,
)

FIELD_TARGET_PCT = {WorkBase.OFFICE: 70, WorkBase.HOME: 60}
"""Share of working days a manager should spend in the field (§6)."""
TREND_MONTHS = 12

DaysOf = Callable[[CoVisit], set[date]]


@dataclass(frozen=True, slots=True)
class MemberChoice:
    id: uuid.UUID
    name: str
    work_base: WorkBase


@dataclass(frozen=True, slots=True)
class CallCounts:
    joint: int = 0
    demonstration: int = 0
    coaching: int = 0

    @property
    def total(self) -> int:
        return self.joint + self.demonstration + self.coaching


@dataclass(frozen=True, slots=True)
class FieldDays:
    field_days: int
    working_days: int
    through: date | None
    """Last day counted; ``None`` for a month that has not begun."""
    partial: bool
    """The current month, counted up to today only."""
    work_base: WorkBase
    target_pct: int

    @property
    def share(self) -> float | None:
        return self.field_days / self.working_days if self.working_days else None

    @property
    def meets_target(self) -> bool | None:
        share = self.share
        return None if share is None else share * 100 >= self.target_pct


@dataclass(frozen=True, slots=True)
class OpenAction:
    id: uuid.UUID
    covisit_id: uuid.UUID
    covisit_day: date
    rep_id: uuid.UUID
    rep: str
    description: str
    owner: str | None
    due_on: date | None
    overdue: bool


@dataclass(frozen=True, slots=True)
class TrendPoint:
    day: date
    average: float
    covisits: int


@dataclass(frozen=True, slots=True)
class StandardTrend:
    standard: str
    """A :class:`Standard` code, or a template's own key."""
    points: tuple[TrendPoint, ...]
    average: float


@dataclass(frozen=True, slots=True)
class RepMonth:
    rep_id: uuid.UUID
    rep: str
    covisits: int
    covisit_days: int
    calls: CallCounts
    average_rating: float | None
    open_actions: int
    overdue_actions: int
    late_reports: int


@dataclass(frozen=True, slots=True)
class ManagerMonth:
    manager_id: uuid.UUID
    manager: str
    month: date
    today: date
    rep_id: uuid.UUID | None
    """The rep the figures below are about; ``None``: all the manager's reps."""
    field: FieldDays
    covisits: int
    covisit_days: int
    calls: CallCounts
    late_reports: int
    open_actions: tuple[OpenAction, ...]
    trends: tuple[StandardTrend, ...]
    trend_from: date
    trend_to: date
    average_rating: float | None
    """Mean of every rating in the trend window."""
    reps: tuple[RepMonth, ...]


def list_managers(db: Database) -> list[MemberChoice]:
    with db.session_scope() as session:
        rows = session.scalars(
            select(TeamMember)
            .where(TeamMember.deleted_at.is_(None), TeamMember.role == MemberRole.MANAGER)
            .order_by(TeamMember.name)
        )
        return [MemberChoice(m.id, m.name, m.work_base) for m in rows]


def manager_reps(db: Database, manager_id: uuid.UUID) -> list[MemberChoice]:
    """The manager's reps, and any rep the manager has co-visited, by name."""
    with db.session_scope() as session:
        return [MemberChoice(m.id, m.name, m.work_base) for m in _reps(session, manager_id)]


def manager_month(
    db: Database,
    manager_id: uuid.UUID,
    month: date,
    rep_id: uuid.UUID | None = None,
    today: date | None = None,
) -> ManagerMonth:
    first = month.replace(day=1)
    last = month_end(first)
    today = today or local_today()
    trend_from = _months_before(first, TREND_MONTHS - 1)
    with db.session_scope() as session:
        manager = session.get(TeamMember, manager_id)
        if manager is None or manager.deleted_at is not None:
            raise NotFoundError("That manager is no longer in the team.")
        reps = _reps(session, manager_id)
        names = {m.id: m.name for m in reps}
        covisits = session.scalars(
            select(CoVisit).where(
                CoVisit.manager_id == manager_id,
                CoVisit.deleted_at.is_(None),
                CoVisit.first_day <= last,
                CoVisit.last_day >= first,
            )
        ).all()
        call_days: dict[uuid.UUID, set[date]] = defaultdict(set)
        calls: dict[uuid.UUID, dict[CoVisitType, int]] = defaultdict(lambda: defaultdict(int))
        for covisit_id, day, call_type in session.execute(
            select(CoVisitCall.covisit_id, CoVisitCall.day, CoVisitCall.call_type).where(
                CoVisitCall.covisit_id.in_([c.id for c in covisits]),
                CoVisitCall.deleted_at.is_(None),
            )
        ):
            call_days[covisit_id].add(day)
            if first <= day <= last:
                calls[covisit_id][CoVisitType(call_type)] += 1

        def days(c: CoVisit) -> set[date]:
            # A Friday–Monday co-visit is two days, not four: weekends count only with a call.
            span = each_day(max(c.first_day, first), min(c.last_day, last))
            return {d for d in span if is_working_day(d) or d in call_days[c.id]}

        averages = _covisit_averages(session, [c.id for c in covisits])
        actions = _open_actions(session, manager_id, names, today)
        per_rep: dict[uuid.UUID, list[CoVisit]] = defaultdict(list)
        for c in covisits:
            per_rep[c.rep_id].append(c)
        rep_rows = tuple(
            _rep_month(
                rep.id,
                rep.name,
                per_rep.get(rep.id, []),
                days,
                calls,
                averages,
                [a for a in actions if a.rep_id == rep.id],
            )
            for rep in reps
        )
        chosen = [c for c in covisits if rep_id is None or c.rep_id == rep_id]
        field = _field_days(session, manager, covisits, days, first, last, today)
        trends, average = _trends(session, manager_id, rep_id, trend_from, last)
        return ManagerMonth(
            manager_id=manager.id,
            manager=manager.name,
            month=first,
            today=today,
            rep_id=rep_id,
            field=field,
            covisits=len(chosen),
            covisit_days=len(set().union(*(days(c) for c in chosen))),
            calls=_sum_calls(calls[c.id] for c in chosen),
            late_reports=sum(1 for c in chosen if c.late),
            open_actions=tuple(a for a in actions if rep_id is None or a.rep_id == rep_id),
            trends=trends,
            trend_from=trend_from,
            trend_to=last,
            average_rating=average,
            reps=rep_rows,
        )


def _reps(session: Session, manager_id: uuid.UUID) -> list[TeamMember]:
    covisited = select(CoVisit.rep_id).where(
        CoVisit.manager_id == manager_id, CoVisit.deleted_at.is_(None)
    )
    return list(
        session.scalars(
            select(TeamMember)
            .where(
                TeamMember.deleted_at.is_(None),
                TeamMember.id != manager_id,
                ((TeamMember.manager_id == manager_id) & (TeamMember.role == MemberRole.REP))
                | TeamMember.id.in_(covisited),
            )
            .order_by(TeamMember.name)
        )
    )


def _months_before(first: date, n: int) -> date:
    index = first.year * 12 + first.month - 1 - n
    return date(index // 12, index % 12 + 1, 1)


def _sum_calls(counts: Iterable[dict[CoVisitType, int]]) -> CallCounts:
    total: dict[CoVisitType, int] = defaultdict(int)
    for one in counts:
        for kind, n in one.items():
            total[kind] += n
    return CallCounts(
        total[CoVisitType.JOINT], total[CoVisitType.DEMONSTRATION], total[CoVisitType.COACHING]
    )


def _covisit_averages(session: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, float]:
    rows = session.execute(
        select(StandardRating.covisit_id, func.avg(StandardRating.score))
        .where(StandardRating.covisit_id.in_(ids), StandardRating.deleted_at.is_(None))
        .group_by(StandardRating.covisit_id)
    )
    return {covisit_id: float(avg) for covisit_id, avg in rows if avg is not None}


def _open_actions(
    session: Session, manager_id: uuid.UUID, names: dict[uuid.UUID, str], today: date
) -> list[OpenAction]:
    owners: dict[uuid.UUID, str] = {
        member_id: name
        for member_id, name in session.execute(select(TeamMember.id, TeamMember.name))
    }
    rows = session.execute(
        select(ActionItem, CoVisit.rep_id, CoVisit.first_day)
        .join(CoVisit, ActionItem.covisit_id == CoVisit.id)
        .where(
            CoVisit.manager_id == manager_id,
            CoVisit.deleted_at.is_(None),
            ActionItem.deleted_at.is_(None),
            ActionItem.status == ActionStatus.OPEN,
        )
        .order_by(
            case((ActionItem.due_on.is_(None), 1), else_=0),
            ActionItem.due_on,
            CoVisit.first_day,
            ActionItem.seq,
        )
    ).all()
    return [
        OpenAction(
            id=item.id,
            covisit_id=item.covisit_id,
            covisit_day=first_day,
            rep_id=rep_id,
            rep=names.get(rep_id) or owners.get(rep_id, "?"),
            description=item.description,
            owner=owners.get(item.owner_id) if item.owner_id else None,
            due_on=item.due_on,
            overdue=item.due_on is not None and item.due_on < today,
        )
        for item, rep_id, first_day in rows
    ]


def _rep_month(
    rep_id: uuid.UUID,
    name: str,
    mine: list[CoVisit],
    days: DaysOf,
    calls: dict[uuid.UUID, dict[CoVisitType, int]],
    averages: dict[uuid.UUID, float],
    actions: list[OpenAction],
) -> RepMonth:
    rated = [averages[c.id] for c in mine if c.id in averages]
    covered: set[date] = set()
    for c in mine:
        covered |= days(c)
    return RepMonth(
        rep_id=rep_id,
        rep=name,
        covisits=len(mine),
        covisit_days=len(covered),
        calls=_sum_calls(calls[c.id] for c in mine),
        average_rating=sum(rated) / len(rated) if rated else None,
        open_actions=len(actions),
        overdue_actions=sum(1 for a in actions if a.overdue),
        late_reports=sum(1 for c in mine if c.late),
    )


def _field_days(
    session: Session,
    manager: TeamMember,
    covisits: Iterable[CoVisit],
    days: DaysOf,
    first: date,
    last: date,
    today: date,
) -> FieldDays:
    through = min(last, today)
    target = FIELD_TARGET_PCT[manager.work_base]
    if through < first:
        return FieldDays(0, 0, None, False, manager.work_base, target)
    working = [d for d in each_day(first, through) if is_working_day(d)]
    field: set[date] = set()
    for c in covisits:
        field |= days(c)
    start, end = local_day_range(first, through)
    in_month = (
        ContactRecord.deleted_at.is_(None),
        ContactRecord.occurred_at >= start,
        ContactRecord.occurred_at < end,
    )
    authored = select(ContactRecord.occurred_at).where(
        ContactRecord.author_id == manager.id, *in_month
    )
    joined = (
        select(ContactRecord.occurred_at)
        .join(RecordParticipant, RecordParticipant.record_id == ContactRecord.id)
        .where(RecordParticipant.member_id == manager.id, *in_month)
    )
    for query in (authored, joined):
        field |= {local_date(at) for at in session.scalars(query)}
    counted = field.intersection(working)
    return FieldDays(len(counted), len(working), through, through < last, manager.work_base, target)


def _trends(
    session: Session,
    manager_id: uuid.UUID,
    rep_id: uuid.UUID | None,
    first: date,
    last: date,
) -> tuple[tuple[StandardTrend, ...], float | None]:
    query = (
        select(StandardRating.standard, CoVisit.first_day, StandardRating.score)
        .join(CoVisit, StandardRating.covisit_id == CoVisit.id)
        .where(
            CoVisit.manager_id == manager_id,
            CoVisit.deleted_at.is_(None),
            StandardRating.deleted_at.is_(None),
            CoVisit.first_day >= first,
            CoVisit.first_day <= last,
        )
    )
    if rep_id is not None:
        query = query.where(CoVisit.rep_id == rep_id)
    scores: dict[str, dict[date, list[int]]] = defaultdict(lambda: defaultdict(list))
    every: list[int] = []
    for standard, day, score in session.execute(query):
        # One rep: a point per co-visit day; the whole team: a point per month, else the
        # lines of several reps zig-zag into noise.
        scores[standard][day if rep_id is not None else day.replace(day=1)].append(score)
        every.append(score)
    known = [s.value for s in Standard]
    order = sorted(scores, key=lambda k: (known.index(k) if k in known else len(known), k))
    trends = []
    for standard in order:
        by_day = scores[standard]
        points = tuple(
            TrendPoint(day, sum(v) / len(v), len(v)) for day, v in sorted(by_day.items())
        )
        flat = [x for v in by_day.values() for x in v]
        trends.append(StandardTrend(standard, points, sum(flat) / len(flat)))
    return tuple(trends), (sum(every) / len(every) if every else None)
