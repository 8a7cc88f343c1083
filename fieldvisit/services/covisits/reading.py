"""Loading a co-visit into its view, and the guard that keeps a signed report locked."""

from __future__ import annotations

import uuid
from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldvisit.domain.enums import CoVisitStatus
from fieldvisit.domain.errors import FieldVisitError, NotFoundError
from fieldvisit.services.covisits.views import (
    ActionView,
    CallView,
    CoVisitView,
    ObservationView,
    RatingView,
)
from fieldvisit.services.team import member_names
from fieldvisit.storage.models import (
    Account,
    ActionItem,
    CallObservation,
    CoVisit,
    CoVisitCall,
    CoVisitCallStakeholder,
    Stakeholder,
    StandardRating,
)


class CoVisitLockedError(FieldVisitError):
    """A signed-off report cannot be edited; a correction makes a new revision."""

    title = "This co-visit report is signed off"


def locked_error() -> CoVisitLockedError:
    return CoVisitLockedError(
        "The report was signed off and is locked. Use “Correct… (new revision)” to change it; "
        "the signed version stays readable."
    )


def find_covisit(session: Session, covisit_id: uuid.UUID) -> CoVisit:
    cv = session.get(CoVisit, covisit_id)
    if cv is None or cv.deleted_at is not None:
        raise NotFoundError(f"No co-visit has the ID {covisit_id}.")
    return cv


def editable_covisit(session: Session, covisit_id: uuid.UUID) -> CoVisit:
    cv = find_covisit(session, covisit_id)
    if cv.status is CoVisitStatus.SIGNED_OFF:
        raise locked_error()
    return cv


def editable_call(session: Session, call_id: uuid.UUID) -> tuple[CoVisitCall, CoVisit]:
    call = session.get(CoVisitCall, call_id)
    if call is None or call.deleted_at is not None:
        raise NotFoundError(f"No co-visit call has the ID {call_id}.")
    return call, editable_covisit(session, call.covisit_id)


def live_calls(session: Session, covisit_id: uuid.UUID) -> list[CoVisitCall]:
    return list(
        session.scalars(
            select(CoVisitCall)
            .where(CoVisitCall.covisit_id == covisit_id, CoVisitCall.deleted_at.is_(None))
            .order_by(CoVisitCall.seq)
        )
    )


def live_actions(session: Session, covisit_id: uuid.UUID) -> list[ActionItem]:
    return list(
        session.scalars(
            select(ActionItem)
            .where(ActionItem.covisit_id == covisit_id, ActionItem.deleted_at.is_(None))
            .order_by(ActionItem.seq)
        )
    )


def load_view(session: Session, cv: CoVisit) -> CoVisitView:
    session.flush()
    calls = live_calls(session, cv.id)
    actions = live_actions(session, cv.id)
    people = member_names(
        session, {cv.rep_id, cv.manager_id} | {a.owner_id for a in actions if a.owner_id}
    )
    ratings = session.scalars(
        select(StandardRating).where(
            StandardRating.covisit_id == cv.id, StandardRating.deleted_at.is_(None)
        )
    )
    return CoVisitView(
        id=cv.id,
        rep_id=cv.rep_id,
        rep_name=people.get(cv.rep_id, "?"),
        manager_id=cv.manager_id,
        manager_name=people.get(cv.manager_id, "?"),
        first_day=cv.first_day,
        last_day=cv.last_day,
        template_version=cv.template_version,
        development_objectives=tuple(cv.development_objectives or ()),
        strengths=cv.strengths,
        development_areas=cv.development_areas,
        big_question_yes=cv.big_question_yes,
        big_question_why=cv.big_question_why,
        rep_comments=cv.rep_comments,
        rep_acknowledged_at=cv.rep_acknowledged_at,
        manager_signed_at=cv.manager_signed_at,
        status=cv.status,
        completed_at=cv.completed_at,
        late=cv.late,
        revision=cv.revision,
        calls=_call_views(session, calls),
        ratings=tuple(RatingView(r.standard, r.score, r.comment) for r in ratings),
        actions=tuple(
            ActionView(
                a.id,
                a.seq,
                a.description,
                a.owner_id,
                people.get(a.owner_id) if a.owner_id else None,
                a.due_on,
                a.status,
                a.review_note,
            )
            for a in actions
        ),
    )


def _call_views(session: Session, calls: list[CoVisitCall]) -> tuple[CallView, ...]:
    ids = [c.id for c in calls]
    accounts = dict(
        session.execute(
            select(Account.id, Account.name).where(Account.id.in_({c.account_id for c in calls}))
        ).all()
    )
    met: dict[uuid.UUID, list[tuple[uuid.UUID, str]]] = defaultdict(list)
    for call_id, sid, name in session.execute(
        select(CoVisitCallStakeholder.call_id, Stakeholder.id, Stakeholder.name)
        .join(Stakeholder, Stakeholder.id == CoVisitCallStakeholder.stakeholder_id)
        .where(CoVisitCallStakeholder.call_id.in_(ids))
        .order_by(Stakeholder.name)
    ):
        met[call_id].append((sid, name))
    observed: dict[uuid.UUID, list[ObservationView]] = defaultdict(list)
    for obs in session.scalars(
        select(CallObservation).where(
            CallObservation.call_id.in_(ids), CallObservation.deleted_at.is_(None)
        )
    ):
        observed[obs.call_id].append(ObservationView(obs.item_key, obs.rating, obs.note))
    return tuple(
        CallView(
            id=c.id,
            seq=c.seq,
            day=c.day,
            account_id=c.account_id,
            account_name=accounts.get(c.account_id, "?"),
            call_type=c.call_type,
            stakeholder_ids=tuple(sid for sid, _ in met[c.id]),
            stakeholder_names=tuple(name for _, name in met[c.id]),
            visit_objective=c.visit_objective,
            precall_opening=c.precall_opening,
            precall_key_messages=c.precall_key_messages,
            precall_objections=c.precall_objections,
            precall_commitment=c.precall_commitment,
            rep_self_assessment=c.rep_self_assessment,
            feedback_went_well=c.feedback_went_well,
            feedback_do_differently=c.feedback_do_differently,
            agreed_learning=c.agreed_learning,
            observations=tuple(observed[c.id]),
            contact_record_id=c.contact_record_id,
        )
        for c in calls
    )


def clean(value: str | None) -> str | None:
    """Text as typed, ``None`` when blank (so "is it filled?" has one answer)."""
    if value is None or not value.strip():
        return None
    return value
