"""The customer card (DOMAIN.md §2) and the per-period facts kept with it."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import ForeignKey, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, deferred, mapped_column, relationship

from fieldvisit.domain.enums import (
    AccountStatus,
    AccountType,
    BuyingStage,
    Grade,
    KeyAccountLevel,
    PeriodKind,
    SubTier,
    Tier,
    VolumeBand,
)
from fieldvisit.storage.base import Base, Entity, enum_column
from fieldvisit.storage.natural_ids import natural_default


class Account(Entity, Base):
    __tablename__ = "account"

    # 1. Basics
    name: Mapped[str] = mapped_column(String(200), index=True)
    account_type: Mapped[AccountType] = mapped_column(enum_column(AccountType))
    province: Mapped[str | None] = mapped_column(String(60))
    city: Mapped[str | None] = mapped_column(String(60), index=True)
    address: Mapped[str | None] = mapped_column(String(300))
    postal_code: Mapped[str | None] = mapped_column(String(20))
    phone: Mapped[str | None] = mapped_column(String(40))
    fax: Mapped[str | None] = mapped_column(String(40))
    website: Mapped[str | None] = mapped_column(String(200))
    legal_representative: Mapped[str | None] = mapped_column(String(120))
    key_staff: Mapped[str | None] = mapped_column(Text)
    outlets: Mapped[str | None] = mapped_column(Text)
    business_scale: Mapped[str | None] = mapped_column(Text)
    category_capacity_cents: Mapped[int | None]
    """Total yearly sales capacity for our category."""
    house_rules: Mapped[str | None] = mapped_column(Text)

    # 2. Relationship
    owner_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("team_member.id", ondelete="SET NULL"), index=True
    )
    """The rep who owns the account and handles it on our side."""
    their_handler: Mapped[str | None] = mapped_column(String(120))
    business_began_on: Mapped[date | None]
    supply_agreement_terms: Mapped[str | None] = mapped_column(Text)
    status: Mapped[AccountStatus] = mapped_column(
        enum_column(AccountStatus), default=AccountStatus.TARGET
    )

    # 3. Classification
    tier: Mapped[Tier | None] = mapped_column(enum_column(Tier), index=True)
    sub_tier: Mapped[SubTier | None] = mapped_column(enum_column(SubTier))
    volume_band: Mapped[VolumeBand | None] = mapped_column(enum_column(VolumeBand))
    key_account_level: Mapped[KeyAccountLevel | None] = mapped_column(enum_column(KeyAccountLevel))
    man_money: Mapped[bool | None]
    man_authority: Mapped[bool | None]
    man_need: Mapped[bool | None]
    man_grade: Mapped[Grade | None] = mapped_column(enum_column(Grade))
    early_tier: Mapped[Tier | None] = mapped_column(enum_column(Tier))
    early_classification_notes: Mapped[str | None] = mapped_column(Text)

    # 4. Credit (5C)
    credit_capital: Mapped[Grade | None] = mapped_column(enum_column(Grade))
    credit_character: Mapped[Grade | None] = mapped_column(enum_column(Grade))
    credit_capacity: Mapped[Grade | None] = mapped_column(enum_column(Grade))
    credit_collateral: Mapped[Grade | None] = mapped_column(enum_column(Grade))
    credit_conditions: Mapped[Grade | None] = mapped_column(enum_column(Grade))
    credit_grade: Mapped[Grade | None] = mapped_column(enum_column(Grade))
    credit_limit_cents: Mapped[int | None]

    # 5. Commercial
    brands_carried: Mapped[str | None] = mapped_column(Text)
    settlement_timing: Mapped[str | None] = mapped_column(String(120))
    settlement_method: Mapped[str | None] = mapped_column(String(120))
    invoice_type: Mapped[str | None] = mapped_column(String(60))
    settlement_procedure: Mapped[str | None] = mapped_column(Text)
    settlement_contact: Mapped[str | None] = mapped_column(String(120))
    delivery_requirements: Mapped[str | None] = mapped_column(Text)
    after_sales_service: Mapped[str | None] = mapped_column(Text)

    # 7. Buying process stage of the current main project (details per project below)
    buying_stage: Mapped[BuyingStage | None] = mapped_column(enum_column(BuyingStage))
    notes: Mapped[str | None] = mapped_column(Text)

    search_key: Mapped[str | None] = deferred(mapped_column(Text))
    """Lower-case text, pinyin and initials of the card and its stakeholders' names.

    Searched with LIKE; ``None`` means stale, to be rebuilt (see services.accounts.search).
    """


class PeriodContribution(Entity, Base):
    """Volume, revenue, collections and receivables of one account in one period."""

    __tablename__ = "period_contribution"
    __table_args__ = (UniqueConstraint("account_id", "period_kind", "period_start"),)
    id: Mapped[uuid.UUID] = mapped_column(
        primary_key=True, default=natural_default("period_contribution")
    )
    """uuid5 of the natural key: the same row made on two laptops is one row."""

    account_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    period_kind: Mapped[PeriodKind] = mapped_column(enum_column(PeriodKind))
    period_start: Mapped[date]
    volume_units: Mapped[int | None]
    revenue_cents: Mapped[int | None]
    collections_cents: Mapped[int | None]
    receivables_cents: Mapped[int | None]


class PriceChange(Entity, Base):
    """The retail price of a product at an account from a date on."""

    __tablename__ = "price_change"

    account_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    product: Mapped[str] = mapped_column(String(200))
    effective_on: Mapped[date]
    price_cents: Mapped[int]
    note: Mapped[str | None] = mapped_column(Text)


class Complaint(Entity, Base):
    __tablename__ = "complaint"

    account_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    received_on: Mapped[date]
    description: Mapped[str] = mapped_column(Text)
    handling: Mapped[str | None] = mapped_column(Text)
    resolved_on: Mapped[date | None]


class RelationshipGrade(Entity, Base):
    """Quarterly or yearly grading on the five relationship dimensions (1–5)."""

    __tablename__ = "relationship_grade"
    __table_args__ = (UniqueConstraint("account_id", "period_kind", "period_start"),)
    id: Mapped[uuid.UUID] = mapped_column(
        primary_key=True, default=natural_default("relationship_grade")
    )
    """uuid5 of the natural key: the same row made on two laptops is one row."""

    account_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    period_kind: Mapped[PeriodKind] = mapped_column(enum_column(PeriodKind))
    period_start: Mapped[date]
    familiarity: Mapped[int | None]
    closeness: Mapped[int | None]
    sales_support: Mapped[int | None]
    complaint_occurrence: Mapped[int | None]
    receivables: Mapped[int | None]
    integrated_class: Mapped[Grade | None] = mapped_column(enum_column(Grade))
    """Yearly class from results, relationship and credit."""


class BuyingProject(Entity, Base):
    """A purchase the account is working through, and the stage it has reached."""

    __tablename__ = "buying_project"

    account_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    stage: Mapped[BuyingStage] = mapped_column(enum_column(BuyingStage))
    started_on: Mapped[date | None]
    notes: Mapped[str | None] = mapped_column(Text)


class KeyAccountPlan(Entity, Base):
    """大客户发展计划书: analysis, goals, resources, strategy, review."""

    __tablename__ = "key_account_plan"

    account_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    period_start: Mapped[date]
    period_end: Mapped[date]
    analysis: Mapped[str | None] = mapped_column(Text)
    goals: Mapped[str | None] = mapped_column(Text)
    resources: Mapped[str | None] = mapped_column(Text)
    communication_strategy: Mapped[str | None] = mapped_column(Text)
    review: Mapped[str | None] = mapped_column(Text)


class Attachment(Entity, Base):
    """A file kept inside the database (supply agreement, photos), so backups hold it."""

    __tablename__ = "attachment"

    account_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    record_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("contact_record.id", ondelete="CASCADE"), index=True
    )
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(120))
    size_bytes: Mapped[int]
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = deferred(mapped_column(LargeBinary))

    account: Mapped[Account] = relationship()
