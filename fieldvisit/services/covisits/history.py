"""The rep's earlier co-visits: the last one reviewed first, its actions carried forward."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from fieldvisit.domain.enums import ActionReview, ActionStatus, CoVisitStatus
from fieldvisit.domain.errors import NotFoundError, ValidationError
from fieldvisit.i18n import message
from fieldvisit.services.covisits.reading import (
    clean,
    earlier_covisits,
    editable_covisit,
    find_covisit,
    load_view,
    review_actions,
)
from fieldvisit.services.covisits.views import CoVisitView
from fieldvisit.storage.base import utcnow
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import ActionItem, CoVisit


def previous_covisit(db: Database, covisit_id: uuid.UUID) -> CoVisitView | None:
    """The rep's co-visit before this one (its objectives and ratings)."""
    with db.session_scope() as session:
        cv = find_covisit(session, covisit_id)
        earlier = session.scalars(earlier_covisits(cv).limit(1)).first()
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


def unsigned_covisits_of(db: Database, rep_id: uuid.UUID) -> list[CoVisitView]:
    """The rep's reports not signed off yet, oldest first (late ones say so in ``late``)."""
    with db.session_scope() as session:
        rows = session.scalars(
            select(CoVisit)
            .where(
                CoVisit.rep_id == rep_id,
                CoVisit.deleted_at.is_(None),
                CoVisit.status != CoVisitStatus.SIGNED_OFF,
            )
            .order_by(CoVisit.first_day, CoVisit.created_at)
        )
        return [load_view(session, cv) for cv in rows]


def review_action(
    db: Database,
    covisit_id: uuid.UUID,
    action_id: uuid.UUID,
    outcome: ActionReview | None,
    note: str | None,
) -> None:
    """Record this co-visit's review of an earlier action: done and dropped close it; not
    done keeps it open with the note, so it comes back at the next co-visit; ``None`` takes
    the review back. The review belongs to this co-visit and locks with it."""
    with db.session_scope() as session:
        cv = editable_covisit(session, covisit_id)
        item = session.get(ActionItem, action_id)
        if item is None or item.deleted_at is not None:
            raise NotFoundError(
                message(
                    "No action item has the ID {id}.",
                    id=action_id,
                )
            )
        if item.id not in {a.id for a in review_actions(session, cv)}:
            raise ValidationError(
                "action",
                message(
                    "This action is not reviewed in this co-visit.",
                ),
            )
        item.review_note = clean(note)
        if outcome is None:
            item.status, item.closed_at, item.reviewed_in_id = ActionStatus.OPEN, None, None
            return
        item.reviewed_in_id = cv.id
        if outcome is ActionReview.NOT_DONE:
            item.status, item.closed_at = ActionStatus.OPEN, None
        else:
            done = outcome is ActionReview.DONE
            item.status = ActionStatus.DONE if done else ActionStatus.DROPPED
            item.closed_at = item.closed_at or utcnow()
