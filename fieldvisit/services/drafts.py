"""Unsaved form state kept aside (the ``Draft`` table), so a crash or a close loses nothing.

One draft per editor kind and subject: saving again replaces it. ``subject_id`` is
``None`` for a new row not saved yet (e.g. a new customer card).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from fieldvisit.storage.base import utcnow
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import Draft


@dataclass(frozen=True, slots=True)
class DraftRow:
    kind: str
    subject_id: uuid.UUID | None
    payload: dict[str, Any]
    saved_at: datetime
    """When the draft was last written (aware UTC)."""
    author_id: uuid.UUID | None


def _query(kind: str, subject_id: uuid.UUID | None) -> Any:
    subject = Draft.subject_id.is_(None) if subject_id is None else Draft.subject_id == subject_id
    return select(Draft).where(Draft.kind == kind, subject, Draft.deleted_at.is_(None))


def _current(session: Session, kind: str, subject_id: uuid.UUID | None) -> Draft | None:
    return session.scalars(_query(kind, subject_id).order_by(Draft.updated_at.desc())).first()


def save_draft(
    db: Database,
    kind: str,
    subject_id: uuid.UUID | None,
    payload: dict[str, Any],
    author_id: uuid.UUID | None = None,
) -> DraftRow:
    """Keep ``payload`` (JSON-serialisable) as the draft of ``kind`` / ``subject_id``."""
    with db.session_scope() as session:
        draft = _current(session, kind, subject_id)
        if draft is None:
            draft = Draft(kind=kind, subject_id=subject_id)
            session.add(draft)
        draft.payload = payload
        draft.author_id = author_id
        draft.updated_at = utcnow()
        session.flush()
        return _row(draft)


def load_draft(db: Database, kind: str, subject_id: uuid.UUID | None) -> DraftRow | None:
    """The latest draft of ``kind`` / ``subject_id``, or ``None``."""
    with db.session_scope() as session:
        draft = _current(session, kind, subject_id)
        return _row(draft) if draft is not None else None


def discard_draft(db: Database, kind: str, subject_id: uuid.UUID | None) -> None:
    """Forget the draft (after a save, or when the user discards the changes)."""
    subject = Draft.subject_id.is_(None) if subject_id is None else Draft.subject_id == subject_id
    with db.session_scope() as session:
        session.execute(delete(Draft).where(Draft.kind == kind, subject))


def _row(draft: Draft) -> DraftRow:
    return DraftRow(
        kind=draft.kind,
        subject_id=draft.subject_id,
        payload=dict(draft.payload),
        saved_at=draft.updated_at,
        author_id=draft.author_id,
    )
