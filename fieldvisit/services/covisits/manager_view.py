"""The one loader of a manager's month (DOMAIN.md §6): builds the frozen
:class:`ManagerMonth` that the Manager's view, the printed team summary and
``fieldvisit manager-view`` all show. The figures are defined in
:mod:`fieldvisit.domain.figures`; today, now and the zone come from the one clock.
"""

from __future__ import annotations

import calendar
import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date, datetime

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from fieldvisit.clock import local_zone, now_utc, today
from fieldvisit.domain import figures
from fieldvisit.domain.covisit_rules import is_report_late
from fieldvisit.domain.enums import ActionStatus, CoVisitType, MemberRole
from fieldvisit.domain.errors import NotFoundError
from fieldvisit.i18n import message
from fieldvisit.services.covisits.manager_month import (
    CallCounts,
    CoVisitLine,
    FieldDays,
    ManagerMonth,
    MemberChoice,
    OpenAction,
    RepMonth,
)
from fieldvisit.services.covisits.manager_month import StandardTrend as StandardTrend
from fieldvisit.services.covisits.rating_trends import TREND_MONTHS, months_before, rating_trends
from fieldvisit.services.local_days import local_date, local_day_range
from fieldvisit.services.planning.calendar import calendar_in
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
from fieldvisit.sync.capture import team_as_of

__all__ = [
    "ManagerMonth",
    "MemberChoice",
    "StandardTrend",
    "list_managers",
    "manager_month",
    "manager_reps",
]


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


class _Month:
    """What one manager-month query read, before it is cut per rep."""

    def __init__(
        self,
        covisits: Sequence[CoVisit],
        calls: dict[uuid.UUID, dict[CoVisitType, int]],
        days: dict[uuid.UUID, set[date]],
        late: dict[uuid.UUID, bool],
        averages: dict[uuid.UUID, float],
        as_of: dict[uuid.UUID, datetime],
    ) -> None:
        self.covisits, self.calls, self.days = covisits, calls, days
        self.late, self.averages, self.as_of = late, averages, as_of

    def figures(
        self, rep_id: uuid.UUID | None, name: str, actions: Sequence[OpenAction]
    ) -> RepMonth:
        mine = [c for c in self.covisits if rep_id is None or c.rep_id == rep_id]
        mine_actions = [a for a in actions if rep_id is None or a.rep_id == rep_id]
        covered: set[date] = set()
        for c in mine:
            covered |= self.days[c.id]
        return RepMonth(
            rep_id=rep_id,
            rep=name,
            covisits=len(mine),
            covisit_days=len(covered),
            calls=_sum_calls(self.calls[c.id] for c in mine),
            average_rating=figures.rating(
                figures.mean(self.averages[c.id] for c in mine if c.id in self.averages)
            ),
            open_actions=len(mine_actions),
            overdue_actions=sum(1 for a in mine_actions if a.overdue),
            late_reports=sum(1 for c in mine if self.late[c.id]),
            as_of=self.as_of.get(rep_id) if rep_id is not None else None,
        )


def manager_month(
    db: Database, manager_id: uuid.UUID, month: date, rep_id: uuid.UUID | None = None
) -> ManagerMonth:
    first = month.replace(day=1)
    last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
    day, now, zone = today(), now_utc(), local_zone()
    through = figures.counted_through(first, last, day)
    trend_from = months_before(first, TREND_MONTHS - 1)
    with db.session_scope() as session:
        manager = session.get(TeamMember, manager_id)
        if manager is None or manager.deleted_at is not None:
            raise NotFoundError(message("That manager is no longer in the team."))
        work_calendar = calendar_in(session)
        covisits: Sequence[CoVisit] = []
        if through is not None:
            covisits = session.scalars(
                select(CoVisit)
                .where(
                    CoVisit.manager_id == manager_id,
                    CoVisit.deleted_at.is_(None),
                    CoVisit.first_day <= through,
                    CoVisit.last_day >= first,
                )
                .order_by(CoVisit.first_day, CoVisit.last_day, CoVisit.created_at)
            ).all()
        ids = [c.id for c in covisits]
        call_days: dict[uuid.UUID, set[date]] = defaultdict(set)
        calls: dict[uuid.UUID, dict[CoVisitType, int]] = defaultdict(lambda: defaultdict(int))
        all_calls: dict[uuid.UUID, int] = defaultdict(int)
        for covisit_id, call_day, call_type in session.execute(
            select(CoVisitCall.covisit_id, CoVisitCall.day, CoVisitCall.call_type).where(
                CoVisitCall.covisit_id.in_(ids), CoVisitCall.deleted_at.is_(None)
            )
        ):
            call_days[covisit_id].add(call_day)
            all_calls[covisit_id] += 1
            if through is not None and first <= call_day <= through:
                calls[covisit_id][CoVisitType(call_type)] += 1
        data = _Month(
            covisits,
            calls,
            {
                c.id: figures.covisit_days(
                    c.first_day, c.last_day, call_days[c.id], first, through, work_calendar
                )
                for c in covisits
                if through is not None
            },
            {c.id: is_report_late(c.last_day, c.completed_at, now, zone) for c in covisits},
            _covisit_averages(session, ids),
            team_as_of(session.connection()),
        )
        actions = _open_actions(session, manager_id, day)
        with_figures = {c.rep_id for c in covisits} | {a.rep_id for a in actions}
        reps = _reps(session, manager_id, with_figures)
        names = {m.id: m.name for m in reps}
        actions = [_named(a, names) for a in actions]
        rep_rows = tuple(data.figures(rep.id, rep.name, actions) for rep in reps)
        chosen = data.figures(rep_id, names.get(rep_id, "") if rep_id else "", actions)
        trends, average = rating_trends(session, manager_id, rep_id, trend_from, last)
        return ManagerMonth(
            manager_id=manager.id,
            manager=manager.name,
            month=first,
            today=day,
            rep_id=rep_id,
            field=_field_days(session, manager, data, first, last, day),
            covisits=chosen.covisits,
            covisit_days=chosen.covisit_days,
            calls=chosen.calls,
            late_reports=chosen.late_reports,
            open_actions=tuple(a for a in actions if rep_id is None or a.rep_id == rep_id),
            trends=trends,
            trend_from=trend_from,
            trend_to=last,
            average_rating=figures.rating(average),
            reps=rep_rows,
            team=data.figures(None, "", actions),
            lines=tuple(
                CoVisitLine(
                    id=c.id,
                    first_day=c.first_day,
                    last_day=c.last_day,
                    rep_id=c.rep_id,
                    rep=names.get(c.rep_id, "?"),
                    calls=all_calls[c.id],
                    average_rating=figures.rating(data.averages.get(c.id)),
                    status=c.status,
                    late=data.late[c.id],
                )
                for c in covisits
                if rep_id is None or c.rep_id == rep_id
            ),
        )


def _reps(
    session: Session, manager_id: uuid.UUID, also: Iterable[uuid.UUID] = ()
) -> list[TeamMember]:
    """The manager's reps and those co-visited, by name; ``also``: members with figures
    this month, kept even if they have since left the team."""
    covisited = select(CoVisit.rep_id).where(
        CoVisit.manager_id == manager_id, CoVisit.deleted_at.is_(None)
    )
    current = (
        TeamMember.deleted_at.is_(None)
        & (TeamMember.id != manager_id)
        & (
            ((TeamMember.manager_id == manager_id) & (TeamMember.role == MemberRole.REP))
            | TeamMember.id.in_(covisited)
        )
    )
    return list(
        session.scalars(
            select(TeamMember)
            .where(current | TeamMember.id.in_(list(also)))
            .order_by(TeamMember.name, TeamMember.id)
        )
    )


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


def _open_actions(session: Session, manager_id: uuid.UUID, day: date) -> list[OpenAction]:
    """The open actions of all the manager's co-visits, now (rep names filled later)."""
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
            ActionItem.status.in_([s for s in ActionStatus if figures.is_open_action(s)]),
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
            rep=owners.get(rep_id, "?"),
            description=item.description,
            owner=owners.get(item.owner_id) if item.owner_id else None,
            due_on=item.due_on,
            overdue=figures.is_overdue(item.due_on, day),
        )
        for item, rep_id, first_day in rows
    ]


def _named(action: OpenAction, names: dict[uuid.UUID, str]) -> OpenAction:
    return replace(action, rep=names.get(action.rep_id, action.rep))


def _field_days(
    session: Session, manager: TeamMember, data: _Month, first: date, last: date, day: date
) -> FieldDays:
    through = figures.counted_through(first, last, day)
    target = figures.field_target_pct(manager.work_base)
    if through is None:
        return FieldDays(0, 0, None, False, manager.work_base, target)
    working = figures.reached_working_days(first, last, day, calendar_in(session))
    out: set[date] = set()
    for days in data.days.values():
        out |= days
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
        out |= {local_date(at) for at in session.scalars(query)}
    return FieldDays(
        figures.field_days(out, working),
        len(working),
        through,
        through < last,
        manager.work_base,
        target,
    )
