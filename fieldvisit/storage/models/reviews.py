"""The manager's review of a rep's day (DOMAIN.md §9): comments on contact records, the
day report (日报) a rep sends at the end of a field day, and comments on it."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, Text
from sqlalchemy.orm import Mapped, mapped_column

from fieldvisit.storage.base import Base, Entity


class RecordComment(Entity, Base):
    """A comment on a contact record, by the manager reviewing it or by its rep."""

    __tablename__ = "record_comment"

    record_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("contact_record.id", ondelete="CASCADE"), index=True
    )
    author_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("team_member.id", ondelete="SET NULL"), index=True
    )
    written_at: Mapped[datetime]
    text: Mapped[str] = mapped_column(Text)


class DayReport(Entity, Base):
    """What a rep sent about one field day: a snapshot, never recomputed.

    One per rep and day; the id is ``uuid5(rep_id, day)`` so two sends merge."""

    __tablename__ = "day_report"
    __table_args__ = (Index("ix_day_report_rep_day", "rep_id", "day", unique=True),)

    rep_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("team_member.id", ondelete="RESTRICT"))
    day: Mapped[date] = mapped_column(index=True)
    sent_at: Mapped[datetime]
    body: Mapped[str] = mapped_column(Text)
    """The snapshot as JSON (see :mod:`fieldvisit.services.reviews.day_report`)."""


class DayReportComment(Entity, Base):
    """A comment on a day report, by the rep's manager or by the rep."""

    __tablename__ = "day_report_comment"

    report_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("day_report.id", ondelete="CASCADE"), index=True
    )
    author_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("team_member.id", ondelete="SET NULL"), index=True
    )
    written_at: Mapped[datetime]
    text: Mapped[str] = mapped_column(Text)
