"""Customer management summary reports (DOMAIN.md §7)."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from fieldvisit.domain.enums import PeriodKind, SummarySection, SummaryStatus
from fieldvisit.storage.base import Base, Entity, enum_column


class SummaryReport(Entity, Base):
    __tablename__ = "summary_report"
    __table_args__ = (Index("ix_summary_report_author_period", "author_id", "period_start"),)

    author_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("team_member.id", ondelete="RESTRICT"))
    period_kind: Mapped[PeriodKind] = mapped_column(enum_column(PeriodKind))
    period_start: Mapped[date]
    period_end: Mapped[date]
    status: Mapped[SummaryStatus] = mapped_column(
        enum_column(SummaryStatus), default=SummaryStatus.DRAFT
    )


class SummaryItem(Entity, Base):
    """One plan in a summary: completed, in progress, or new (§7 sections 1–3)."""

    __tablename__ = "summary_item"

    report_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("summary_report.id", ondelete="CASCADE"), index=True
    )
    section: Mapped[SummarySection] = mapped_column(enum_column(SummarySection))
    seq: Mapped[int]
    name: Mapped[str] = mapped_column(String(300))
    key_data: Mapped[str | None] = mapped_column(Text)
    problems: Mapped[str | None] = mapped_column(Text)
    """Major problems met (completed), expected (in progress) or challenges (new)."""
    what_worked: Mapped[str | None] = mapped_column(Text)
    what_did_not: Mapped[str | None] = mapped_column(Text)
    thanks: Mapped[str | None] = mapped_column(Text)
    solutions: Mapped[str | None] = mapped_column(Text)
    help_needed: Mapped[str | None] = mapped_column(Text)
