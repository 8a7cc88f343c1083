"""The co-visit handout's snapshot."""

from __future__ import annotations

import uuid
from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldvisit.domain.checklist import ChecklistTemplate, TemplateError
from fieldvisit.domain.errors import NotFoundError
from fieldvisit.reports import snapshots as s
from fieldvisit.services.covisits.template import current_template, load_template
from fieldvisit.services.reporting.lookup import parse_id
from fieldvisit.services.team import member_names
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import (
    Account,
    ActionItem,
    CallObservation,
    CoVisit,
    CoVisitCall,
    CoVisitCallStakeholder,
    CoVisitRevision,
    Stakeholder,
    StandardRating,
    TeamMember,
)

EARLIER_COVISITS = 3


def checklist_for(version: str) -> ChecklistTemplate:
    """The report's own template version; the current one for a version no longer shipped."""
    try:
        return load_template(version)
    except TemplateError:
        return current_template()


def covisit_snapshot(db: Database, covisit_id: str | uuid.UUID) -> s.CoVisitSnapshot:
    key = parse_id(covisit_id, "covisit")
    with db.session_scope() as session:
        cv = session.get(CoVisit, key)
        if cv is None or cv.deleted_at is not None:
            raise NotFoundError(f"No co-visit has the ID {key}.")
        return _snapshot(session, cv)


def _snapshot(session: Session, cv: CoVisit) -> s.CoVisitSnapshot:
    actions = list(
        session.scalars(
            select(ActionItem)
            .where(ActionItem.covisit_id == cv.id, ActionItem.deleted_at.is_(None))
            .order_by(ActionItem.seq)
        )
    )
    revisions = list(
        session.scalars(
            select(CoVisitRevision)
            .where(CoVisitRevision.covisit_id == cv.id, CoVisitRevision.deleted_at.is_(None))
            .order_by(CoVisitRevision.number)
        )
    )
    people = member_names(
        session,
        {cv.rep_id, cv.manager_id}
        | {a.owner_id for a in actions if a.owner_id}
        | {r.author_id for r in revisions if r.author_id},
    )
    earlier_rows = list(
        session.scalars(
            select(CoVisit)
            .where(
                CoVisit.rep_id == cv.rep_id,
                CoVisit.first_day < cv.first_day,
                CoVisit.deleted_at.is_(None),
            )
            .order_by(CoVisit.first_day.desc())
            .limit(EARLIER_COVISITS)
        )
    )
    checklist = checklist_for(cv.template_version)
    ratings = _ratings(session, [cv.id, *(e.id for e in earlier_rows)], checklist)
    rep = session.get(TeamMember, cv.rep_id)
    return s.CoVisitSnapshot(
        rep=people.get(cv.rep_id, "?"),
        manager=people.get(cv.manager_id, "?"),
        first_day=cv.first_day,
        last_day=cv.last_day,
        development_objectives=tuple(cv.development_objectives or ()),
        actions=tuple(
            s.ActionLine(
                a.description, people.get(a.owner_id) if a.owner_id else None, a.due_on, a.status
            )
            for a in actions
        ),
        big_question_yes=cv.big_question_yes,
        big_question_why=cv.big_question_why,
        strengths=cv.strengths,
        development_areas=cv.development_areas,
        calls=_calls(session, cv.id, checklist),
        ratings=tuple(s.Rating(r.standard, r.score, r.comment) for r in ratings[cv.id]),
        earlier=tuple(
            s.EarlierRatings(e.first_day, tuple((r.standard, r.score) for r in ratings[e.id]))
            for e in reversed(earlier_rows)
            if ratings[e.id]
        ),
        rep_comments=cv.rep_comments,
        rep_acknowledged_at=cv.rep_acknowledged_at,
        manager_signed_at=cv.manager_signed_at,
        status=cv.status,
        completed_at=cv.completed_at,
        late=cv.late,
        revision=cv.revision,
        revisions=tuple(
            s.RevisionNote(
                r.number,
                r.reason,
                r.created_at.date(),
                people.get(r.author_id) if r.author_id else None,
            )
            for r in revisions
        ),
        territory=rep.territory if rep is not None else None,
        checklist=checklist,
    )


def _ratings(
    session: Session, covisit_ids: list[uuid.UUID], checklist: ChecklistTemplate
) -> dict[uuid.UUID, list[StandardRating]]:
    order = checklist.standard_order()
    found: dict[uuid.UUID, list[StandardRating]] = defaultdict(list)
    rows = session.scalars(
        select(StandardRating).where(
            StandardRating.covisit_id.in_(covisit_ids), StandardRating.deleted_at.is_(None)
        )
    )
    for row in rows:
        found[row.covisit_id].append(row)
    for rows_of in found.values():
        rows_of.sort(key=lambda r: (order.get(r.standard, 99), r.standard))
    return found


def _calls(
    session: Session, covisit_id: uuid.UUID, checklist: ChecklistTemplate
) -> tuple[s.CallDetail, ...]:
    step_order = checklist.step_order()
    calls = list(
        session.scalars(
            select(CoVisitCall)
            .where(CoVisitCall.covisit_id == covisit_id, CoVisitCall.deleted_at.is_(None))
            .order_by(CoVisitCall.seq)
        )
    )
    ids = [c.id for c in calls]
    accounts = dict(
        session.execute(
            select(Account.id, Account.name).where(Account.id.in_({c.account_id for c in calls}))
        ).all()
    )
    met: dict[uuid.UUID, list[str]] = defaultdict(list)
    for call_id, name in session.execute(
        select(CoVisitCallStakeholder.call_id, Stakeholder.name)
        .join(Stakeholder, Stakeholder.id == CoVisitCallStakeholder.stakeholder_id)
        .where(CoVisitCallStakeholder.call_id.in_(ids))
        .order_by(Stakeholder.name)
    ):
        met[call_id].append(name)
    observed: dict[uuid.UUID, list[CallObservation]] = defaultdict(list)
    for obs in session.scalars(
        select(CallObservation).where(
            CallObservation.call_id.in_(ids), CallObservation.deleted_at.is_(None)
        )
    ):
        observed[obs.call_id].append(obs)
    return tuple(
        s.CallDetail(
            seq=c.seq,
            day=c.day,
            account=accounts.get(c.account_id, "?"),
            call_type=c.call_type,
            visit_objective=c.visit_objective,
            stakeholders=tuple(met[c.id]),
            precall_opening=c.precall_opening,
            precall_key_messages=c.precall_key_messages,
            precall_objections=c.precall_objections,
            precall_commitment=c.precall_commitment,
            rep_self_assessment=c.rep_self_assessment,
            feedback_went_well=c.feedback_went_well,
            feedback_do_differently=c.feedback_do_differently,
            agreed_learning=c.agreed_learning,
            observations=tuple(
                s.Observation(o.item_key, o.rating, o.note)
                for o in sorted(observed[c.id], key=lambda o: step_order.get(o.item_key, 99))
            ),
        )
        for c in calls
    )
