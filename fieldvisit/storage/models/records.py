"""Contact records (DOMAIN.md §4) and the promises they produce."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from fieldvisit.domain.enums import ContactMethod, PromiseStatus, RecordStatus
from fieldvisit.storage.base import Base, Entity, enum_column, utcnow


class ContactRecord(Entity, Base):
    __tablename__ = "contact_record"
    __table_args__ = (Index("ix_contact_record_account_when", "account_id", "occurred_at"),)

    account_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"))
    author_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("team_member.id", ondelete="SET NULL"), index=True
    )
    occurred_at: Mapped[datetime] = mapped_column(index=True)
    method: Mapped[ContactMethod] = mapped_column(enum_column(ContactMethod))
    place: Mapped[str | None] = mapped_column(String(200))

    sales_objectives: Mapped[list[str]] = mapped_column(default=list)
    """Codes of :class:`~fieldvisit.domain.enums.SalesObjective`."""
    admin_objectives: Mapped[list[str]] = mapped_column(default=list)
    """Codes of :class:`~fieldvisit.domain.enums.AdminObjective`."""
    purposes: Mapped[list[str]] = mapped_column(default=list)
    """Codes of :class:`~fieldvisit.domain.enums.Purpose`."""
    objective_notes: Mapped[str | None] = mapped_column(Text)

    content: Mapped[str | None] = mapped_column(Text)
    successes: Mapped[str | None] = mapped_column(Text)
    shortcomings: Mapped[str | None] = mapped_column(Text)
    lessons: Mapped[str | None] = mapped_column(Text)
    new_agreements: Mapped[str | None] = mapped_column(Text)
    next_steps: Mapped[str | None] = mapped_column(Text)
    next_visit_on: Mapped[date | None]
    special_notes: Mapped[str | None] = mapped_column(Text)
    other_notes: Mapped[str | None] = mapped_column(Text)

    status: Mapped[RecordStatus] = mapped_column(
        enum_column(RecordStatus), default=RecordStatus.DRAFT
    )
    completed_at: Mapped[datetime | None]


class RecordStakeholder(Base):
    """A stakeholder met during a contact."""

    __tablename__ = "record_stakeholder"

    record_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("contact_record.id", ondelete="CASCADE"), primary_key=True
    )
    stakeholder_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("stakeholder.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class RecordParticipant(Base):
    """One of our people who took part in a contact."""

    __tablename__ = "record_participant"

    record_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("contact_record.id", ondelete="CASCADE"), primary_key=True
    )
    member_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("team_member.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class VisitCheck(Base):
    """The store and account checks a rep may do on a visit (optional, one per record)."""

    __tablename__ = "visit_check"

    record_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("contact_record.id", ondelete="CASCADE"), primary_key=True
    )
    our_prices: Mapped[str | None] = mapped_column(Text)
    competitor_prices: Mapped[str | None] = mapped_column(Text)
    stock: Mapped[str | None] = mapped_column(Text)
    sell_through: Mapped[str | None] = mapped_column(Text)
    credit_limit_cents: Mapped[int | None]
    paid_cents: Mapped[int | None]
    unpaid_cents: Mapped[int | None]
    receivable_cents: Mapped[int | None]
    promotion_compliance: Mapped[str | None] = mapped_column(Text)
    shelf_display: Mapped[str | None] = mapped_column(Text)
    draft_order: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column(default=None)


class Promise(Entity, Base):
    """A new agreement made to a customer, tracked until it is kept."""

    __tablename__ = "promise"
    __table_args__ = (Index("ix_promise_status_due", "status", "due_on"),)

    account_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    record_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("contact_record.id", ondelete="SET NULL"), index=True
    )
    stakeholder_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("stakeholder.id", ondelete="SET NULL"), index=True
    )
    owner_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("team_member.id", ondelete="SET NULL"), index=True
    )
    description: Mapped[str] = mapped_column(Text)
    agreed_on: Mapped[date | None]
    """The day the promise was made to the customer (``created_at`` is a sync timestamp)."""
    due_on: Mapped[date]
    status: Mapped[PromiseStatus] = mapped_column(
        enum_column(PromiseStatus), default=PromiseStatus.OPEN
    )
    closed_at: Mapped[datetime | None]
    closing_note: Mapped[str | None] = mapped_column(Text)
