"""End of day (ratings, action plan), sign-off the same day, then locked; corrections."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fieldvisit import clock
from fieldvisit.domain.enums import ActionStatus, CoVisitStatus
from fieldvisit.domain.errors import FieldVisitError, NotFoundError, ValidationError
from fieldvisit.services.covisits.reading import (
    clean,
    editable_covisit,
    find_covisit,
    load_view,
)
from fieldvisit.services.covisits.template import load_template
from fieldvisit.services.covisits.views import CoVisitView, covisit_from_json, to_json
from fieldvisit.services.team import current_user, member_names
from fieldvisit.storage.base import utcnow
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import ActionItem, CoVisitRevision, StandardRating


class SignOffError(FieldVisitError):
    title = "The report is not complete"


@dataclass(frozen=True, slots=True)
class Missing:
    """Something to fill before sign-off: ``what`` is a code, ``call`` the call's number."""

    what: str
    call: int | None = None

    @property
    def message(self) -> str:
        text = _MESSAGES[self.what]
        return f"Call {self.call}: {text}" if self.call is not None else text[0].upper() + text[1:]


_MESSAGES = {
    "calls": "add at least one call",
    "development_objectives": "set one or two development objectives for the day",
    "visit_objective": "the visit objective is empty",
    "rep_self_assessment": "the rep's self-assessment is empty",
    "feedback_went_well": "“what went well” is empty",
    "feedback_do_differently": "“what to do differently” is empty",
    "agreed_learning": "the agreed learning is empty",
    "strengths": "the strengths are empty",
    "development_areas": "the development areas are empty",
    "ratings": "rate the rep on every standard",
    "actions": "agree at least one action for the action plan",
    "action_details": "every action needs a description, an owner and a due date",
    "big_question": "answer the Big Question (yes or no)",
    "big_question_why": "say why for the Big Question",
    "acknowledgement": "the rep has not acknowledged the report yet",
}
CALL_REQUIRED = (
    "visit_objective",
    "rep_self_assessment",
    "feedback_went_well",
    "feedback_do_differently",
    "agreed_learning",
)


@dataclass(frozen=True, slots=True)
class RevisionRow:
    number: int
    reason: str | None
    made_at: datetime
    author: str | None


# ------------------------------------------------------------------ end of day


def set_rating(
    db: Database, covisit_id: uuid.UUID, standard: str, score: int | None, comment: str | None
) -> None:
    """Rate the rep 1–5 on one standard of the co-visit's template; ``None`` clears it."""
    if score is not None and not 1 <= score <= 5:
        raise ValidationError("score", "A rating is from 1 to 5.")
    with db.session_scope() as session:
        cv = editable_covisit(session, covisit_id)
        if load_template(cv.template_version).standard(standard) is None:
            raise ValidationError("standard", f"{standard!r} is not a standard of this checklist.")
        row = session.scalars(
            select(StandardRating).where(
                StandardRating.covisit_id == cv.id, StandardRating.standard == standard
            )
        ).first()
        if score is None:
            if row is not None:
                row.deleted_at = utcnow()
            return
        if row is None:
            row = StandardRating(covisit_id=cv.id, standard=standard, score=score)
            session.add(row)
        row.score, row.comment, row.deleted_at = score, clean(comment), None


def add_action(
    db: Database,
    covisit_id: uuid.UUID,
    description: str,
    owner_id: uuid.UUID | None,
    due_on: date | None,
) -> uuid.UUID:
    if not description.strip():
        raise ValidationError("description", "Write what is to be done.")
    with db.session_scope() as session:
        cv = editable_covisit(session, covisit_id)
        seq = (
            session.scalar(
                select(func.max(ActionItem.seq)).where(
                    ActionItem.covisit_id == cv.id, ActionItem.deleted_at.is_(None)
                )
            )
            or 0
        ) + 1
        item = ActionItem(
            covisit_id=cv.id,
            seq=seq,
            description=description.strip(),
            owner_id=owner_id,
            due_on=due_on,
            status=ActionStatus.OPEN,
        )
        session.add(item)
        session.flush()
        return item.id


def update_action(
    db: Database,
    action_id: uuid.UUID,
    description: str,
    owner_id: uuid.UUID | None,
    due_on: date | None,
) -> None:
    with db.session_scope() as session:
        item = _action(session, action_id)
        editable_covisit(session, item.covisit_id)
        if not description.strip():
            raise ValidationError("description", "Write what is to be done.")
        item.description, item.owner_id, item.due_on = description.strip(), owner_id, due_on


def remove_action(db: Database, action_id: uuid.UUID) -> None:
    with db.session_scope() as session:
        item = _action(session, action_id)
        editable_covisit(session, item.covisit_id)
        item.deleted_at = utcnow()


def _action(session: Session, action_id: uuid.UUID) -> ActionItem:
    item = session.get(ActionItem, action_id)
    if item is None or item.deleted_at is not None:
        raise NotFoundError(f"No action item has the ID {action_id}.")
    return item


# ------------------------------------------------------------------ sign-off


def missing_for_signoff(view: CoVisitView) -> list[Missing]:
    """What still has to be written, in the order of the flow."""
    found: list[Missing] = []
    if not view.development_objectives:
        found.append(Missing("development_objectives"))
    if not view.calls:
        found.append(Missing("calls"))
    for call in view.calls:
        found += [Missing(f, call.seq) for f in CALL_REQUIRED if not getattr(call, f)]
    found += [Missing(f) for f in ("strengths", "development_areas") if not getattr(view, f)]
    standards = {s.key for s in load_template(view.template_version).standards}
    if not standards <= {r.standard for r in view.ratings}:
        found.append(Missing("ratings"))
    if not view.actions:
        found.append(Missing("actions"))
    elif any(not a.description or a.owner_id is None or a.due_on is None for a in view.actions):
        found.append(Missing("action_details"))
    if view.big_question_yes is None:
        found.append(Missing("big_question"))
    if not view.big_question_why:
        found.append(Missing("big_question_why"))
    if view.rep_acknowledged_at is None:
        found.append(Missing("acknowledgement"))
    return found


def sign_off(db: Database, covisit_id: uuid.UUID, now: datetime | None = None) -> CoVisitView:
    """The manager's signature: completed, ``late`` if after the last day (local), locked."""
    when = now or clock.local_now()
    with db.session_scope() as session:
        cv = editable_covisit(session, covisit_id)
        missing = missing_for_signoff(load_view(session, cv))
        if missing:
            raise SignOffError(" ".join(m.message + "." for m in missing))
        cv.manager_signed_at = when
        cv.status = CoVisitStatus.SIGNED_OFF
        if cv.revision == 1:
            # The report is due the same day; a correction later does not make it late.
            cv.completed_at = when
            cv.late = when.astimezone().date() > cv.last_day
        return load_view(session, cv)


def correct(db: Database, covisit_id: uuid.UUID, reason: str) -> CoVisitView:
    """Unlock a signed report as a new revision; the signed version is kept as it was."""
    if not reason.strip():
        raise ValidationError("reason", "Say why the report is corrected.")
    author = current_user(db)
    with db.session_scope() as session:
        cv = find_covisit(session, covisit_id)
        if cv.status is not CoVisitStatus.SIGNED_OFF:
            raise ValidationError("revision", "Only a signed-off report is corrected.")
        session.add(
            CoVisitRevision(
                covisit_id=cv.id,
                number=cv.revision,
                reason=reason.strip(),
                author_id=author.id if author else None,
                snapshot=to_json(load_view(session, cv)),
            )
        )
        cv.revision += 1
        cv.status = CoVisitStatus.IN_PROGRESS
        cv.manager_signed_at = None
        return load_view(session, cv)


def list_revisions(db: Database, covisit_id: uuid.UUID) -> list[RevisionRow]:
    with db.session_scope() as session:
        rows = list(
            session.scalars(
                select(CoVisitRevision)
                .where(
                    CoVisitRevision.covisit_id == covisit_id,
                    CoVisitRevision.deleted_at.is_(None),
                )
                .order_by(CoVisitRevision.number)
            )
        )
        people = member_names(session, {r.author_id for r in rows if r.author_id})
        return [
            RevisionRow(
                r.number, r.reason, r.created_at, people.get(r.author_id) if r.author_id else None
            )
            for r in rows
        ]


def revision_view(db: Database, covisit_id: uuid.UUID, number: int) -> CoVisitView:
    """The report as signed in revision ``number`` (read-only)."""
    with db.session_scope() as session:
        cv = find_covisit(session, covisit_id)
        row = session.scalars(
            select(CoVisitRevision).where(
                CoVisitRevision.covisit_id == cv.id,
                CoVisitRevision.number == number,
                CoVisitRevision.deleted_at.is_(None),
            )
        ).first()
        if row is None:
            raise NotFoundError(f"The co-visit has no revision {number}.")
        current = load_view(session, cv)
        # Older snapshots may hold only part of the report: the rest is left empty.
        empty = CoVisitView(
            id=current.id,
            rep_id=current.rep_id,
            rep_name=current.rep_name,
            manager_id=current.manager_id,
            manager_name=current.manager_name,
            first_day=current.first_day,
            last_day=current.last_day,
            template_version=current.template_version,
            status=CoVisitStatus.SIGNED_OFF,
            revision=number,
        )
        return covisit_from_json(dict(row.snapshot), empty)
