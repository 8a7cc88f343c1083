"""The customer card as plain frozen data: what the editor shows and what it saves.

The card's own fields live in five groups whose fields are those declared in
:mod:`fieldvisit.domain.fields.account`; the per-period tables are typed rows.

Money is in integer cents; rows of the per-period tables carry their database ``id``
(``None`` for a row not saved yet).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, ClassVar

from fieldvisit.domain.enums import BuyingStage, Grade, PeriodKind
from fieldvisit.domain.fields import account
from fieldvisit.domain.fields.spec import FieldSpec, in_group
from fieldvisit.domain.fields.values import FieldValues


class CardGroup(FieldValues):
    """The values of one group of card fields (basics, credit…), as declared in
    :mod:`fieldvisit.domain.fields.account`: frozen, read as attributes
    (``card.basics.phone``); a field left out takes its declared default. Positional
    values follow the declared order, as with a dataclass."""

    __slots__ = ()
    group: ClassVar[str]

    @classmethod
    def described(cls) -> tuple[FieldSpec, ...]:
        return in_group(account.ACCOUNT_FIELDS, cls.group)


class Basics(CardGroup):
    __slots__ = ()
    group = "basics"


class Relationship(CardGroup):
    __slots__ = ()
    group = "relationship"


class Classification(CardGroup):
    __slots__ = ()
    group = "classification"


class Credit(CardGroup):
    __slots__ = ()
    group = "credit"


class Commercial(CardGroup):
    __slots__ = ()
    group = "commercial"


GROUP_TYPES: dict[str, type[CardGroup]] = {
    c.group: c for c in (Basics, Relationship, Classification, Credit, Commercial)
}


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
    loaded: AccountCard | None = field(default=None, compare=False, repr=False)
    """The card as read from the database (``read_card`` sets it): the version a save
    compares with what is stored then (see :mod:`fieldvisit.services.accounts.card_merge`).
    ``None`` for a new card, or a card built by hand, which is written as it is."""

    def group(self, name: str) -> CardGroup:
        value = getattr(self, name)
        assert isinstance(value, CardGroup)
        return value

    def value(self, key: str) -> Any:
        """The value under a dotted key (``basics.phone``)."""
        group, name = key.split(".", 1)
        return getattr(self.group(group), name)
