"""The one loader of a co-visit's view, the late rule applied to a row, and the guard that
keeps a signed report locked."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import replace
from datetime import date

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from fieldvisit.clock import local_zone, now_utc
from fieldvisit.domain.covisit_rules import is_report_late
from fieldvisit.domain.enums import ActionStatus, CoVisitStatus
from fieldvisit.domain.errors import FieldVisitError, NotFoundError
from fieldvisit.i18n import message
from fieldvisit.services.covisits.template import checklist_for
from fieldvisit.services.covisits.views import (
    ActionView,
    CallView,
    CoVisitView,
    ObservationView,
    RatingView,
    RevisionView,
    acknowledged_digest,
)
from fieldvisit.services.team import member_names
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


class CoVisitLockedError(FieldVisitError):
    """A signed-off report cannot be edited; a correction makes a new revision."""

    title = "This co-visit report is signed off"


def locked_error() -> CoVisitLockedError:
    return CoVisitLockedError(
        message(
            "The report was signed off and is locked. Use “Correct… (new revision)” to change "
            "it; the signed version stays readable.",
        )
    )


def find_covisit(session: Session, covisit_id: uuid.UUID) -> CoVisit:
    cv = session.get(CoVisit, covisit_id)
    if cv is None or cv.deleted_at is not None:
        raise NotFoundError(
            message(
                "No co-visit has the ID {id}.",
                id=covisit_id,
            )
        )
    return cv


def editable_covisit(session: Session, covisit_id: uuid.UUID) -> CoVisit:
    cv = find_covisit(session, covisit_id)
    if cv.status is CoVisitStatus.SIGNED_OFF:
        raise locked_error()
    return cv


def editable_call(session: Session, call_id: uuid.UUID) -> tuple[CoVisitCall, CoVisit]:
    call = session.get(CoVisitCall, call_id)
    if call is None or call.deleted_at is not None:
        raise NotFoundError(
            message(
                "No co-visit call has the ID {id}.",
                id=call_id,
            )
        )
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


def report_late(cv: CoVisit) -> bool:
    """Late by the one rule (``domain.covisit_rules``) on the one clock; the first signature
    counts, a later correction does not."""
    signed = cv.completed_at or cv.manager_signed_at
    return is_report_late(cv.last_day, signed, now_utc(), local_zone())


def load_view(session: Session, cv: CoVisit) -> CoVisitView:
    """The one loader of a co-visit: the window, the handout and the command line read this."""
    session.flush()
    checklist = checklist_for(cv.template_version)
    calls = live_calls(session, cv.id)
    actions = live_actions(session, cv.id)
    review = review_actions(session, cv)
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
        | {a.owner_id for a in (*actions, *review) if a.owner_id}
        | {r.author_id for r in revisions if r.author_id},
    )
    order = checklist.standard_order()
    ratings = sorted(
        session.scalars(
            select(StandardRating).where(
                StandardRating.covisit_id == cv.id, StandardRating.deleted_at.is_(None)
            )
        ),
        key=lambda r: (order.get(r.standard, 99), r.standard),
    )
    origin = dict(
        session.execute(
            select(CoVisit.id, CoVisit.first_day).where(
                CoVisit.id.in_({a.covisit_id for a in review})
            )
        ).all()
    )
    rep = session.get(TeamMember, cv.rep_id)
    view = CoVisitView(
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
        manager_comments=cv.manager_comments,
        rep_comments=cv.rep_comments,
        rep_acknowledged_at=cv.rep_acknowledged_at,
        manager_signed_at=cv.manager_signed_at,
        status=cv.status,
        completed_at=cv.completed_at,
        late=report_late(cv),
        revision=cv.revision,
        calls=_call_views(session, calls, checklist.step_order()),
        ratings=tuple(RatingView(r.standard, r.score, r.comment) for r in ratings),
        actions=tuple(_action_view(a, people) for a in actions),
        review=tuple(_action_view(a, people, origin.get(a.covisit_id)) for a in review),
        territory=rep.territory if rep is not None else None,
        revisions=tuple(
            RevisionView(
                r.number, r.reason, r.created_at, people.get(r.author_id) if r.author_id else None
            )
            for r in revisions
        ),
    )
    return _check_acknowledgement(view, cv.rep_acknowledged_hash)


def _check_acknowledgement(view: CoVisitView, stored: str | None) -> CoVisitView:
    """An acknowledgement holds only for the content it was given for. A signed report is
    locked, so its acknowledgement stands as signed."""
    if view.rep_acknowledged_at is None or view.locked:
        return view
    if stored is not None and stored == acknowledged_digest(view):
        return view
    return replace(view, rep_acknowledged_at=None, acknowledgement_withdrawn=True)


def _action_view(
    a: ActionItem, people: Mapping[uuid.UUID | None, str], from_day: date | None = None
) -> ActionView:
    return ActionView(
        a.id,
        a.seq,
        a.description,
        a.owner_id,
        people.get(a.owner_id),
        a.due_on,
        a.status,
        a.review_note,
        a.reviewed_in_id,
        from_day,
    )


def earlier_covisits(cv: CoVisit) -> Select[CoVisit]:
    """The rep's co-visits before this one, newest first."""
    return (
        select(CoVisit)
        .where(
            CoVisit.rep_id == cv.rep_id,
            CoVisit.id != cv.id,
            CoVisit.deleted_at.is_(None),
            (CoVisit.first_day < cv.first_day)
            | ((CoVisit.first_day == cv.first_day) & (CoVisit.created_at < cv.created_at)),
        )
        .order_by(CoVisit.first_day.desc(), CoVisit.created_at.desc())
    )


def review_actions(session: Session, cv: CoVisit) -> list[ActionItem]:
    """Earlier co-visits' actions this co-visit reviews: every one still open (a "not done"
    comes back until it is done or dropped), those decided in this review, and the last
    co-visit's actions closed before reviews were recorded."""
    last = session.scalars(earlier_covisits(cv).limit(1)).first()
    earlier = earlier_covisits(cv).order_by(None).subquery()
    return list(
        session.scalars(
            select(ActionItem)
            .join(earlier, earlier.c.id == ActionItem.covisit_id)
            .where(
                ActionItem.deleted_at.is_(None),
                (ActionItem.status == ActionStatus.OPEN)
                | (ActionItem.reviewed_in_id == cv.id)
                | (
                    (ActionItem.covisit_id == (last.id if last else None))
                    & ActionItem.reviewed_in_id.is_(None)
                ),
            )
            .order_by(earlier.c.first_day, earlier.c.created_at, ActionItem.seq)
        )
    )


def _call_views(
    session: Session, calls: list[CoVisitCall], step_order: dict[str, int]
) -> tuple[CallView, ...]:
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
            observations=tuple(
                sorted(observed[c.id], key=lambda o: (step_order.get(o.step, 99), o.step))
            ),
            contact_record_id=c.contact_record_id,
        )
        for c in calls
    )


def clean(value: str | None) -> str | None:
    """Text as typed, ``None`` when blank (so "is it filled?" has one answer)."""
    if value is None or not value.strip():
        return None
    return value
