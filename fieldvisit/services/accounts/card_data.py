"""The customer card as plain frozen data: what the editor shows and what it saves.

Money is in integer cents; rows of the per-period tables carry their database ``id``
(``None`` for a row not saved yet).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime

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


@dataclass(frozen=True, slots=True)
class Basics:
    name: str = ""
    account_type: AccountType | None = None
    province: str | None = None
    city: str | None = None
    address: str | None = None
    postal_code: str | None = None
    phone: str | None = None
    fax: str | None = None
    website: str | None = None
    legal_representative: str | None = None
    key_staff: str | None = None
    outlets: str | None = None
    business_scale: str | None = None
    category_capacity_cents: int | None = None
    house_rules: str | None = None


@dataclass(frozen=True, slots=True)
class Relationship:
    owner_id: uuid.UUID | None = None
    their_handler: str | None = None
    business_began_on: date | None = None
    supply_agreement_terms: str | None = None
    status: AccountStatus = AccountStatus.TARGET


@dataclass(frozen=True, slots=True)
class Classification:
    tier: Tier | None = None
    sub_tier: SubTier | None = None
    volume_band: VolumeBand | None = None
    key_account_level: KeyAccountLevel | None = None
    man_money: bool | None = None
    man_authority: bool | None = None
    man_need: bool | None = None
    man_grade: Grade | None = None
    early_tier: Tier | None = None
    early_classification_notes: str | None = None


@dataclass(frozen=True, slots=True)
class Credit:
    capital: Grade | None = None
    character: Grade | None = None
    capacity: Grade | None = None
    collateral: Grade | None = None
    conditions: Grade | None = None
    grade: Grade | None = None
    limit_cents: int | None = None


@dataclass(frozen=True, slots=True)
class Commercial:
    brands_carried: str | None = None
    settlement_timing: str | None = None
    settlement_method: str | None = None
    invoice_type: str | None = None
    settlement_procedure: str | None = None
    settlement_contact: str | None = None
    delivery_requirements: str | None = None
    after_sales_service: str | None = None
    buying_stage: BuyingStage | None = None
    notes: str | None = None


@dataclass(frozen=True, slots=True)
class GradeRow:
    """Relationship grading of one quarter or year; the five dimensions score 1–5."""

    period_kind: PeriodKind
    period_start: date
    familiarity: int | None = None
    closeness: int | None = None
    sales_support: int | None = None
    complaint_occurrence: int | None = None
    receivables: int | None = None
    integrated_class: Grade | None = None
    id: uuid.UUID | None = None


@dataclass(frozen=True, slots=True)
class PriceRow:
    product: str
    effective_on: date
    price_cents: int
    note: str | None = None
    id: uuid.UUID | None = None


@dataclass(frozen=True, slots=True)
class ContributionRow:
    period_kind: PeriodKind
    period_start: date
    volume_units: int | None = None
    revenue_cents: int | None = None
    collections_cents: int | None = None
    receivables_cents: int | None = None
    id: uuid.UUID | None = None


@dataclass(frozen=True, slots=True)
class ComplaintRow:
    received_on: date
    description: str
    handling: str | None = None
    resolved_on: date | None = None
    id: uuid.UUID | None = None


@dataclass(frozen=True, slots=True)
class ProjectRow:
    name: str
    stage: BuyingStage
    started_on: date | None = None
    notes: str | None = None
    id: uuid.UUID | None = None


@dataclass(frozen=True, slots=True)
class PlanRow:
    """A key-account plan (大客户发展计划书) for a period."""

    period_start: date
    period_end: date
    analysis: str | None = None
    goals: str | None = None
    resources: str | None = None
    communication_strategy: str | None = None
    review: str | None = None
    id: uuid.UUID | None = None


@dataclass(frozen=True, slots=True)
class AccountCard:
    """Everything on a customer card except stakeholders, contacts and attachments."""

    basics: Basics = field(default_factory=Basics)
    relationship: Relationship = field(default_factory=Relationship)
    classification: Classification = field(default_factory=Classification)
    credit: Credit = field(default_factory=Credit)
    commercial: Commercial = field(default_factory=Commercial)
    grades: tuple[GradeRow, ...] = ()
    prices: tuple[PriceRow, ...] = ()
    contributions: tuple[ContributionRow, ...] = ()
    complaints: tuple[ComplaintRow, ...] = ()
    projects: tuple[ProjectRow, ...] = ()
    plans: tuple[PlanRow, ...] = ()
    id: uuid.UUID | None = None
    updated_at: datetime | None = None
    owner_name: str | None = None
