"""Co-visits listed by rep, manager, member and month: the command line and the Co-visits page."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from fieldvisit.domain.enums import CoVisitStatus, CoVisitType, MemberRole
from fieldvisit.services.covisits.reading import report_late
from fieldvisit.services.reporting.lookup import find_member, month_end, parse_month
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import CoVisit, CoVisitCall, StandardRating, TeamMember


@dataclass(frozen=True, slots=True)
class CoVisitRow:
    id: uuid.UUID
    rep_id: uuid.UUID
    rep: str
    manager_id: uuid.UUID
    manager: str
    first_day: date
    last_day: date
    joint_calls: int
    demonstration_calls: int
    coaching_calls: int
    status: CoVisitStatus
    late: bool
    average_rating: float | None
    revision: int = 1

    @property
    def call_types(self) -> tuple[CoVisitType, ...]:
        """The types this co-visit's calls used, in the order of DOMAIN §6."""
        counts = (
            (CoVisitType.JOINT, self.joint_calls),
            (CoVisitType.DEMONSTRATION, self.demonstration_calls),
            (CoVisitType.COACHING, self.coaching_calls),
        )
        return tuple(kind for kind, n in counts if n)

    @property
    def call_count(self) -> int:
        return self.joint_calls + self.demonstration_calls + self.coaching_calls


def list_covisits(
    db: Database,
    rep_name: str | None = None,
    manager_name: str | None = None,
    month: str | date | None = None,
    member_id: uuid.UUID | None = None,
) -> list[CoVisitRow]:
    """Co-visits, newest first; each filter narrows the list (a month: any day in it;
    ``member_id``: those where that member is the rep or the manager)."""
    rep = aliased(TeamMember)
    manager = aliased(TeamMember)
    query = (
        select(CoVisit, rep.name, manager.name)
        .join(rep, rep.id == CoVisit.rep_id)
        .join(manager, manager.id == CoVisit.manager_id)
        .where(CoVisit.deleted_at.is_(None))
        .order_by(CoVisit.first_day.desc(), rep.name)
    )
    with db.session_scope() as session:
        if rep_name is not None:
            query = query.where(CoVisit.rep_id == find_member(session, rep_name, MemberRole.REP).id)
        if manager_name is not None:
            chosen = find_member(session, manager_name, MemberRole.MANAGER)
            query = query.where(CoVisit.manager_id == chosen.id)
        if member_id is not None:
            query = query.where((CoVisit.rep_id == member_id) | (CoVisit.manager_id == member_id))
        if month is not None:
            first = parse_month(month)
            query = query.where(CoVisit.first_day <= month_end(first), CoVisit.last_day >= first)
        rows = session.execute(query).all()
        ids = [c.id for c, _, _ in rows]
        calls: dict[uuid.UUID, dict[CoVisitType, int]] = defaultdict(lambda: defaultdict(int))
        for covisit_id, call_type, n in session.execute(
            select(CoVisitCall.covisit_id, CoVisitCall.call_type, func.count())
            .where(CoVisitCall.covisit_id.in_(ids), CoVisitCall.deleted_at.is_(None))
            .group_by(CoVisitCall.covisit_id, CoVisitCall.call_type)
        ):
            calls[covisit_id][CoVisitType(call_type)] = n
        averages = {
            covisit_id: float(avg)
            for covisit_id, avg in session.execute(
                select(StandardRating.covisit_id, func.avg(StandardRating.score))
                .where(StandardRating.covisit_id.in_(ids), StandardRating.deleted_at.is_(None))
                .group_by(StandardRating.covisit_id)
            )
            if avg is not None
        }
        return [
            CoVisitRow(
                id=c.id,
                rep_id=c.rep_id,
                rep=rep_label,
                manager_id=c.manager_id,
                manager=manager_label,
                first_day=c.first_day,
                last_day=c.last_day,
                joint_calls=calls[c.id][CoVisitType.JOINT],
                demonstration_calls=calls[c.id][CoVisitType.DEMONSTRATION],
                coaching_calls=calls[c.id][CoVisitType.COACHING],
                status=c.status,
                late=report_late(c),
                average_rating=averages.get(c.id),
                revision=c.revision,
            )
            for c, rep_label, manager_label in rows
        ]
