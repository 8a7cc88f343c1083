"""The rep's last co-visit, reviewed first when the next one starts."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from fieldvisit.domain.enums import ActionStatus
from fieldvisit.domain.errors import NotFoundError
from fieldvisit.services.covisits.reading import clean, find_covisit, load_view
from fieldvisit.services.covisits.views import CoVisitView
from fieldvisit.storage.base import utcnow
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import ActionItem, CoVisit


def previous_covisit(db: Database, covisit_id: uuid.UUID) -> CoVisitView | None:
    """The rep's co-visit before this one (its action plan, objectives and ratings)."""
    with db.session_scope() as session:
        cv = find_covisit(session, covisit_id)
        earlier = session.scalars(
            select(CoVisit)
            .where(
                CoVisit.rep_id == cv.rep_id,
                CoVisit.id != cv.id,
                CoVisit.deleted_at.is_(None),
                (CoVisit.first_day < cv.first_day)
                | ((CoVisit.first_day == cv.first_day) & (CoVisit.created_at < cv.created_at)),
            )
            .order_by(CoVisit.first_day.desc(), CoVisit.created_at.desc())
        ).first()
        return load_view(session, earlier) if earlier is not None else None


def last_covisit_of(db: Database, rep_id: uuid.UUID) -> CoVisitView | None:
    """The rep's most recent co-visit, e.g. for the start dialog."""
    with db.session_scope() as session:
        latest = session.scalars(
            select(CoVisit)
            .where(CoVisit.rep_id == rep_id, CoVisit.deleted_at.is_(None))
            .order_by(CoVisit.first_day.desc(), CoVisit.created_at.desc())
        ).first()
        return load_view(session, latest) if latest is not None else None


def review_action(db: Database, action_id: uuid.UUID, done: bool | None, note: str | None) -> None:
    """Mark an earlier action item done / not done (``None``: still open) with a review note.

    Follow-up of an action plan is not part of the signed report, so it is allowed on a
    locked co-visit.
    """
    with db.session_scope() as session:
        item = session.get(ActionItem, action_id)
        if item is None or item.deleted_at is not None:
            raise NotFoundError(f"No action item has the ID {action_id}.")
        if done is None:
            item.status, item.closed_at = ActionStatus.OPEN, None
        elif done:
            item.status = ActionStatus.DONE
            item.closed_at = item.closed_at or utcnow()
        else:
            item.status = ActionStatus.DROPPED
            item.closed_at = item.closed_at or utcnow()
        item.review_note = clean(note)
