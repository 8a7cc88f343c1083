"""A manager's team co-visit summary for one month: the Manager's view's read model,
put on paper. Nothing is read from the database here; the figures are the view's."""

from __future__ import annotations

from datetime import date

from fieldvisit.domain.enums import MemberRole
from fieldvisit.reports import snapshots as s
from fieldvisit.services.covisits.manager_month import ManagerMonth, RepMonth
from fieldvisit.services.covisits.manager_view import manager_month
from fieldvisit.services.reporting.lookup import find_member, parse_month
from fieldvisit.storage.database import Database


def load_team_month(db: Database, manager_name: str, month: str | date) -> ManagerMonth:
    """The whole team's month of the manager called ``manager_name``."""
    first = parse_month(month)
    with db.session_scope() as session:
        manager_id = find_member(session, manager_name, MemberRole.MANAGER).id
    return manager_month(db, manager_id, first)


def team_snapshot(view: ManagerMonth) -> s.TeamSnapshot:
    """The printed summary of ``view`` (a whole-team view: ``rep_id`` is ``None``)."""
    f = view.field
    return s.TeamSnapshot(
        manager=view.manager,
        month=view.month,
        work_base=f.work_base,
        working_days=f.working_days,
        field_days=f.field_days,
        field_share_pct=f.share_pct,
        target_pct=f.target_pct,
        meets_target=f.meets_target,
        through=f.through,
        partial=f.partial,
        reps=tuple(_figures(r) for r in view.reps),
        total=_figures(view.team),
        covisits=tuple(
            s.TeamCoVisitLine(
                c.first_day, c.last_day, c.rep, c.calls, c.average_rating, c.status, c.late
            )
            for c in view.lines
        ),
    )


def _figures(r: RepMonth) -> s.RepFigures:
    return s.RepFigures(
        rep=r.rep,
        covisits=r.covisits,
        covisit_days=r.covisit_days,
        joint_calls=r.calls.joint,
        demonstration_calls=r.calls.demonstration,
        coaching_calls=r.calls.coaching,
        average_rating=r.average_rating,
        open_actions=r.open_actions,
        late_reports=r.late_reports,
        as_of=r.as_of,
    )
