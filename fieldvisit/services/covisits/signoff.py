"""End of day (ratings, action plan), sign-off the same day, then locked; corrections."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fieldvisit.clock import local_zone, now_utc
from fieldvisit.domain.covisit_rules import is_report_late
from fieldvisit.domain.enums import ActionStatus, CoVisitStatus
from fieldvisit.domain.errors import FieldVisitError, NotFoundError, ValidationError
from fieldvisit.i18n import message
from fieldvisit.services.covisits.completeness import missing_for_signoff, sentences
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
from fieldvisit.sync.commands import queue_command
from fieldvisit.sync.forecast import made_by_command


class SignOffError(FieldVisitError):
    title = "The report is not complete"


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
        raise ValidationError("score", message("A rating is from 1 to 5."))
    with db.session_scope() as session:
        cv = editable_covisit(session, covisit_id)
        if load_template(cv.template_version).standard(standard) is None:
            raise ValidationError(
                "standard",
                message(
                    "{standard} is not a standard of this checklist.",
                    standard=repr(standard),
                ),
            )
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
        raise ValidationError("description", message("Write what is to be done."))
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
            raise ValidationError("description", message("Write what is to be done."))
        item.description, item.owner_id, item.due_on = description.strip(), owner_id, due_on


def remove_action(db: Database, action_id: uuid.UUID) -> None:
    with db.session_scope() as session:
        item = _action(session, action_id)
        editable_covisit(session, item.covisit_id)
        item.deleted_at = utcnow()


def restore_action(db: Database, action_id: uuid.UUID) -> None:
    """Bring back an action item removed from an unsigned report (undo)."""
    with db.session_scope() as session:
        item = session.get(ActionItem, action_id)
        if item is None:
            raise NotFoundError(
                message(
                    "No action item has the ID {id}.",
                    id=action_id,
                )
            )
        editable_covisit(session, item.covisit_id)
        item.deleted_at = None


def _action(session: Session, action_id: uuid.UUID) -> ActionItem:
    item = session.get(ActionItem, action_id)
    if item is None or item.deleted_at is not None:
        raise NotFoundError(
            message(
                "No action item has the ID {id}.",
                id=action_id,
            )
        )
    return item


# ------------------------------------------------------------------ sign-off


def sign_off(db: Database, covisit_id: uuid.UUID, now: datetime | None = None) -> CoVisitView:
    """The manager's signature: completed, late if after the last day (local), locked.

    Refused while anything is missing, the rep's acknowledgement of this very content
    included. On a team laptop the server checks it again (command ``covisit.sign``)."""
    when = now or now_utc()
    with db.session_scope() as session:
        cv = editable_covisit(session, covisit_id)
        missing = missing_for_signoff(load_view(session, cv))
        if missing:
            raise SignOffError(sentences(missing))
        queue_command(
            session.connection(),
            "covisit.sign",
            {"covisit_id": str(cv.id), "revision": cv.revision, "at": when.isoformat()},
        )
        cv.manager_signed_at = when
        cv.status = CoVisitStatus.SIGNED_OFF
        if cv.revision == 1:
            # The report is due the same day; a correction later does not make it late.
            cv.completed_at = when
            cv.late = is_report_late(cv.last_day, when, when, local_zone())
        return load_view(session, cv)


def revision_id(covisit_id: uuid.UUID, number: int) -> uuid.UUID:
    """One id per co-visit and revision number: the laptop's and the server's row merge."""
    return uuid.uuid5(covisit_id, f"revision:{number}")


def correct(
    db: Database, covisit_id: uuid.UUID, reason: str, now: datetime | None = None
) -> CoVisitView:
    """Unlock a signed report as a new revision; the signed version is kept as it was.

    On a team laptop the server makes the revision (command ``covisit.correct``) and
    refuses it when the report there has moved on from the revision corrected here."""
    if not reason.strip():
        raise ValidationError("reason", message("Say why the report is corrected."))
    when = now or now_utc()
    author = current_user(db)
    with db.session_scope() as session:
        cv = find_covisit(session, covisit_id)
        if cv.status is not CoVisitStatus.SIGNED_OFF:
            raise ValidationError(
                "revision",
                message("Only a signed-off report is corrected."),
            )
        # Queued before the rows change, so the server has the new revision before the
        # edits that follow it arrive.
        queue_command(
            session.connection(),
            "covisit.correct",
            {
                "covisit_id": str(cv.id),
                "from_revision": cv.revision,
                "reason": reason.strip(),
                "at": when.isoformat(),
            },
        )
        snapshot = to_json(load_view(session, cv))
        with made_by_command(session):  # the server writes the revision from its own report
            session.add(
                CoVisitRevision(
                    id=revision_id(cv.id, cv.revision),
                    covisit_id=cv.id,
                    number=cv.revision,
                    reason=reason.strip(),
                    author_id=author.id if author else None,
                    snapshot=snapshot,
                    created_at=when,
                )
            )
        cv.revision += 1
        cv.status = CoVisitStatus.IN_PROGRESS
        cv.manager_signed_at = None
        # Revision 2 is new content: the rep acknowledges it anew (the revision number is
        # part of the acknowledged digest, so the old acknowledgement shows as withdrawn).
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
            raise NotFoundError(
                message(
                    "The co-visit has no revision {number}.",
                    number=number,
                )
            )
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
