"""Visit planning (DOMAIN.md §5): frequency policies and monthly plans."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from fieldvisit.domain.enums import DaySlot, PhonePeriod, PlannedKind, PlanStatus, SubTier
from fieldvisit.storage.base import Base, Entity, enum_column
from fieldvisit.storage.natural_ids import natural_default


class FrequencyPolicy(Entity, Base):
    """A version of the tier frequency policy, in force from ``effective_from``."""

    __tablename__ = "frequency_policy"

    name: Mapped[str] = mapped_column(String(120))
    effective_from: Mapped[date] = mapped_column(index=True)

    rules: Mapped[list[FrequencyRuleRow]] = relationship(
        cascade="all, delete-orphan", lazy="selectin"
    )


class FrequencyRuleRow(Entity, Base):
    __tablename__ = "frequency_rule"
    __table_args__ = (UniqueConstraint("policy_id", "sub_tier"),)

    policy_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("frequency_policy.id", ondelete="CASCADE"), index=True
    )
    sub_tier: Mapped[SubTier] = mapped_column(enum_column(SubTier))
    phone_contacts: Mapped[int]
    phone_period: Mapped[PhonePeriod] = mapped_column(enum_column(PhonePeriod))
    visits_per_month: Mapped[int | None]
    """``None`` means "as needed"."""


class MonthlyPlan(Entity, Base):
    """One rep's plan for one month, submitted at month-end and approved by the manager."""

    __tablename__ = "monthly_plan"
    __table_args__ = (Index("ix_monthly_plan_rep_month", "rep_id", "month"),)
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=natural_default("monthly_plan"))
    """uuid5 of the natural key: the same row made on two laptops is one row."""

    rep_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("team_member.id", ondelete="RESTRICT"))
    month: Mapped[date]
    """First day of the planned month."""
    policy_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("frequency_policy.id", ondelete="SET NULL"), index=True
    )
    status: Mapped[PlanStatus] = mapped_column(enum_column(PlanStatus), default=PlanStatus.DRAFT)
    submitted_at: Mapped[datetime | None]
    decided_at: Mapped[datetime | None]
    decided_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("team_member.id", ondelete="SET NULL"), index=True
    )
    manager_comment: Mapped[str | None] = mapped_column(Text)


class PlannedContact(Entity, Base):
    """A visit or call planned on a day; linked to the record that fulfilled it."""

    __tablename__ = "planned_contact"

    plan_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("monthly_plan.id", ondelete="CASCADE"), index=True
    )
    account_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    planned_on: Mapped[date] = mapped_column(index=True)
    slot: Mapped[DaySlot | None] = mapped_column(enum_column(DaySlot))
    kind: Mapped[PlannedKind] = mapped_column(enum_column(PlannedKind))
    purpose: Mapped[str | None] = mapped_column(Text)
    record_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("contact_record.id", ondelete="SET NULL"), index=True
    )
