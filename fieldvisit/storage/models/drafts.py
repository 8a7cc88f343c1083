"""Unsaved edits kept aside so that closing a window or a crash loses nothing."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from fieldvisit.storage.base import Base, Entity


class Draft(Entity, Base):
    """The form state of an editor, e.g. a customer card with changes not yet saved.

    ``kind`` names the editor ("account", "stakeholder", …); ``subject_id`` is the row
    being edited, or ``None`` for a new one not saved yet.
    """

    __tablename__ = "draft"
    __table_args__ = (Index("ix_draft_kind_subject", "kind", "subject_id"),)

    kind: Mapped[str] = mapped_column(String(40))
    subject_id: Mapped[uuid.UUID | None]
    author_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("team_member.id", ondelete="SET NULL"), index=True
    )
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
