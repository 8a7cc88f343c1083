"""A manager's team co-visit summary for one month."""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import date, timedelta

from sqlalchemy import func, select

from fieldvisit.domain.enums import ActionStatus, CoVisitType, MemberRole
from fieldvisit.reports import snapshots as s
from fieldvisit.services.reporting.lookup import find_member, month_end, parse_month
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import ActionItem, CoVisit, CoVisitCall, StandardRating, TeamMember


def team_snapshot(db: Database, manager_name: str, month: str | date) -> s.TeamSnapshot:
    first = parse_month(month)
    last = month_end(first)
    with db.session_scope() as session:
        manager = find_member(session, manager_name, MemberRole.MANAGER)
        covisits = session.scalars(
            select(CoVisit)
            .where(
                CoVisit.manager_id == manager.id,
                CoVisit.deleted_at.is_(None),
                CoVisit.first_day <= last,
                CoVisit.last_day >= first,
            )
            .order_by(CoVisit.first_day)
        ).all()
        ids = [c.id for c in covisits]
        calls: dict[uuid.UUID, dict[CoVisitType, int]] = defaultdict(lambda: defaultdict(int))
        for covisit_id, call_type, n in session.execute(
            select(CoVisitCall.covisit_id, CoVisitCall.call_type, func.count())
            .where(CoVisitCall.covisit_id.in_(ids), CoVisitCall.deleted_at.is_(None))
            .group_by(CoVisitCall.covisit_id, CoVisitCall.call_type)
        ):
            calls[covisit_id][call_type] = n
        averages: dict[uuid.UUID, float] = {
            covisit_id: float(avg)
            for covisit_id, avg in session.execute(
                select(StandardRating.covisit_id, func.avg(StandardRating.score))
                .where(StandardRating.covisit_id.in_(ids), StandardRating.deleted_at.is_(None))
                .group_by(StandardRating.covisit_id)
            )
            if avg is not None
        }
        reps = {
            m.id: m
            for m in session.scalars(
                select(TeamMember).where(
                    TeamMember.deleted_at.is_(None),
                    (TeamMember.manager_id == manager.id)
                    | TeamMember.id.in_({c.rep_id for c in covisits}),
                )
            )
        }
        open_actions = dict(
            session.execute(
                select(CoVisit.rep_id, func.count())
                .join(ActionItem, ActionItem.covisit_id == CoVisit.id)
                .where(
                    CoVisit.rep_id.in_(reps),
                    CoVisit.deleted_at.is_(None),
                    ActionItem.deleted_at.is_(None),
                    ActionItem.status == ActionStatus.OPEN,
                )
                .group_by(CoVisit.rep_id)
            ).all()
        )
        field: set[date] = set()
        per_rep: dict[uuid.UUID, list[CoVisit]] = defaultdict(list)
        for c in covisits:
            per_rep[c.rep_id].append(c)
            field |= _days(c, first, last)
        figures = []
        for rep in sorted(reps.values(), key=lambda m: m.name):
            mine = per_rep.get(rep.id, [])
            rated = [averages[c.id] for c in mine if c.id in averages]
            figures.append(
                s.RepFigures(
                    rep=rep.name,
                    covisits=len(mine),
                    covisit_days=len(set().union(*(_days(c, first, last) for c in mine))),
                    joint_calls=sum(calls[c.id][CoVisitType.JOINT] for c in mine),
                    demonstration_calls=sum(calls[c.id][CoVisitType.DEMONSTRATION] for c in mine),
                    coaching_calls=sum(calls[c.id][CoVisitType.COACHING] for c in mine),
                    average_rating=sum(rated) / len(rated) if rated else None,
                    open_actions=open_actions.get(rep.id, 0),
                    late_reports=sum(1 for c in mine if c.late),
                )
            )
        return s.TeamSnapshot(
            manager=manager.name,
            month=first,
            work_base=manager.work_base,
            working_days=sum(1 for d in _each_day(first, last) if d.weekday() < 5),
            field_days=len(field),
            reps=tuple(figures),
            covisits=tuple(
                s.TeamCoVisitLine(
                    c.first_day,
                    c.last_day,
                    reps[c.rep_id].name if c.rep_id in reps else "?",
                    sum(calls[c.id].values()),
                    averages.get(c.id),
                    c.status,
                    c.late,
                )
                for c in covisits
            ),
        )


def _each_day(first: date, last: date) -> list[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def _days(c: CoVisit, first: date, last: date) -> set[date]:
    return set(_each_day(max(c.first_day, first), min(c.last_day, last)))
