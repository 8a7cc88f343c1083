"""The plain data each document is printed from: frozen dataclasses, no ORM objects.

Services build them from the database; tests build them by hand. Codes stay enum
members (or their stored strings) and are turned into words by the renderers.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from fieldvisit.domain.checklist import ChecklistTemplate
from fieldvisit.domain.covisit_view import CoVisitView
from fieldvisit.domain.enums import (
    AccountStatus,
    AccountType,
    BuyingRole,
    BuyingStage,
    ContactMethod,
    CoVisitStatus,
    DaySlot,
    KeyAccountLevel,
    OrgLevel,
    PeriodKind,
    PlannedKind,
    PlanStatus,
    PromiseStatus,
    RecordStatus,
    SubTier,
    SummarySection,
    SummaryStatus,
    WorkBase,
)

# ---------------------------------------------------------------- co-visit handout


@dataclass(frozen=True, slots=True)
class EarlierRatings:
    """The ratings of one earlier co-visit with the same rep, for the trend."""

    first_day: date
    scores: tuple[tuple[str, int], ...]


@dataclass(frozen=True, slots=True)
class CoVisitSnapshot:
    """The handout prints the co-visit's own read model (the view the window shows), with
    the trend of earlier ratings that only paper shows."""

    view: CoVisitView
    earlier: tuple[EarlierRatings, ...] = ()
    """Earlier co-visits with this rep, oldest first."""
    checklist: ChecklistTemplate | None = None
    """The template version the report was written with: its wording labels the handout."""


# ---------------------------------------------------------------- contact record


@dataclass(frozen=True, slots=True)
class PromiseLine:
    description: str
    due_on: date
    status: PromiseStatus = PromiseStatus.OPEN
    owner: str | None = None
    stakeholder: str | None = None
    account: str | None = None
    id: uuid.UUID | None = None
    owner_id: uuid.UUID | None = None
    stakeholder_id: uuid.UUID | None = None
    closing_note: str | None = None


@dataclass(frozen=True, slots=True)
class VisitCheckSnapshot:
    our_prices: str | None = None
    competitor_prices: str | None = None
    stock: str | None = None
    sell_through: str | None = None
    credit_limit_cents: int | None = None
    paid_cents: int | None = None
    unpaid_cents: int | None = None
    receivable_cents: int | None = None
    promotion_compliance: str | None = None
    shelf_display: str | None = None
    draft_order: str | None = None


@dataclass(frozen=True, slots=True)
class PhotoLine:
    id: uuid.UUID
    filename: str
    media_type: str
    size_bytes: int


@dataclass(frozen=True, slots=True)
class CommentLine:
    """A comment on a record or a day report (the manager's review, or the rep's reply)."""

    id: uuid.UUID
    author_id: uuid.UUID | None
    author: str | None
    written_at: datetime
    text: str


@dataclass(frozen=True, slots=True)
class RecordView:
    """One contact record as stored: the editor, the printed record and the command line
    all read it from one loader (``services.records.view``)."""

    account: str
    occurred_at: datetime
    method: ContactMethod
    author: str | None = None
    place: str | None = None
    stakeholders_met: tuple[str, ...] = ()
    participants: tuple[str, ...] = ()
    sales_objectives: tuple[str, ...] = ()
    admin_objectives: tuple[str, ...] = ()
    purposes: tuple[str, ...] = ()
    objective_notes: str | None = None
    content: str | None = None
    successes: str | None = None
    shortcomings: str | None = None
    lessons: str | None = None
    new_agreements: str | None = None
    promises: tuple[PromiseLine, ...] = ()
    next_steps: str | None = None
    next_visit_on: date | None = None
    special_notes: str | None = None
    other_notes: str | None = None
    check: VisitCheckSnapshot | None = None
    status: RecordStatus = RecordStatus.DRAFT
    completed_at: datetime | None = None
    id: uuid.UUID | None = None
    account_id: uuid.UUID | None = None
    author_id: uuid.UUID | None = None
    stakeholder_ids: tuple[uuid.UUID, ...] = ()
    """In the order of ``stakeholders_met``."""
    participant_ids: tuple[uuid.UUID, ...] = ()
    """In the order of ``participants``."""
    photos: tuple[PhotoLine, ...] = ()
    planned_contact_id: uuid.UUID | None = None
    comments: tuple[CommentLine, ...] = ()
    """Oldest first; not printed (the review is not part of the record)."""


# ---------------------------------------------------------------- customer card


@dataclass(frozen=True, slots=True)
class ProfileSnapshot:
    """The personal profile; only ever built when the user asked for it."""

    values: Mapping[str, object] = field(default_factory=dict)
    """Every described profile field by attribute (:mod:`fieldvisit.domain.fields.profile`)."""


@dataclass(frozen=True, slots=True)
class StakeholderLine:
    name: str
    title: str | None = None
    department: str | None = None
    mobile: str | None = None
    office_phone: str | None = None
    email: str | None = None
    wechat: str | None = None
    roles: tuple[BuyingRole, ...] = ()
    org_level: OrgLevel | None = None
    key_customer_level: KeyAccountLevel | None = None
    ended_on: date | None = None
    profile: ProfileSnapshot | None = None


@dataclass(frozen=True, slots=True)
class ContributionLine:
    period_kind: PeriodKind
    period_start: date
    volume_units: int | None = None
    revenue_cents: int | None = None
    collections_cents: int | None = None
    receivables_cents: int | None = None


@dataclass(frozen=True, slots=True)
class ComplaintLine:
    received_on: date
    description: str
    handling: str | None = None
    resolved_on: date | None = None


@dataclass(frozen=True, slots=True)
class ProjectLine:
    name: str
    stage: BuyingStage
    started_on: date | None = None


@dataclass(frozen=True, slots=True)
class ContactLine:
    occurred_on: date
    method: ContactMethod
    summary: str | None


@dataclass(frozen=True, slots=True)
class AccountSnapshot:
    name: str
    account_type: AccountType
    status: AccountStatus
    values: Mapping[str, object] = field(default_factory=dict)
    """Every described card field by attribute (see :mod:`fieldvisit.domain.fields.account`),
    the owner as a name; the printed rows are derived from the descriptions."""
    stakeholders: tuple[StakeholderLine, ...] = ()
    contributions: tuple[ContributionLine, ...] = ()
    complaints: tuple[ComplaintLine, ...] = ()
    projects: tuple[ProjectLine, ...] = ()
    open_promises: tuple[PromiseLine, ...] = ()
    recent_contacts: tuple[ContactLine, ...] = ()
    with_personal: bool = False


# ---------------------------------------------------------------- visit plan


@dataclass(frozen=True, slots=True)
class PlannedItem:
    day: date
    account: str
    kind: PlannedKind
    sub_tier: SubTier | None = None
    slot: DaySlot | None = None
    done: bool = False


@dataclass(frozen=True, slots=True)
class ComplianceLine:
    account: str
    sub_tier: SubTier | None
    visits_required: int | None
    """``None`` means "as needed"."""
    visits_planned: int
    visits_done: int
    phone_required: int
    phone_planned: int
    phone_done: int

    @property
    def visits_ok(self) -> bool:
        return self.visits_required is None or self.visits_done >= self.visits_required

    @property
    def phone_ok(self) -> bool:
        return self.phone_done >= self.phone_required


@dataclass(frozen=True, slots=True)
class PlanSnapshot:
    rep: str
    month: date
    status: PlanStatus | None = None
    """``None`` when no plan was made for the month."""
    manager_comment: str | None = None
    policy_name: str | None = None
    items: tuple[PlannedItem, ...] = ()
    compliance: tuple[ComplianceLine, ...] = ()


# ---------------------------------------------------------------- summaries


@dataclass(frozen=True, slots=True)
class SummaryEntry:
    section: SummarySection
    name: str
    key_data: str | None = None
    problems: str | None = None
    what_worked: str | None = None
    what_did_not: str | None = None
    thanks: str | None = None
    solutions: str | None = None
    help_needed: str | None = None
    # Pre-filled entries carry facts the renderer words in the reader's language:
    contacts: int | None = None
    on_site: int | None = None
    due_on: date | None = None
    overdue: bool = False
    kept_on: date | None = None
    next_visit_on: date | None = None


@dataclass(frozen=True, slots=True)
class SummarySnapshot:
    author: str
    period_kind: PeriodKind
    period_start: date
    period_end: date
    status: SummaryStatus | None = None
    """``None``: no summary written yet; the entries are pre-filled from the records."""
    entries: tuple[SummaryEntry, ...] = ()
    records: int = 0
    on_site: int = 0
    phone: int = 0
    promises_kept: int = 0
    promises_open: int = 0


@dataclass(frozen=True, slots=True)
class RepFigures:
    rep: str
    covisits: int = 0
    covisit_days: int = 0
    joint_calls: int = 0
    demonstration_calls: int = 0
    coaching_calls: int = 0
    average_rating: float | None = None
    open_actions: int = 0
    late_reports: int = 0
    as_of: datetime | None = None
    """When the rep's laptop last reached the team server (team laptops only)."""


@dataclass(frozen=True, slots=True)
class TeamCoVisitLine:
    first_day: date
    last_day: date
    rep: str
    calls: int
    average_rating: float | None
    status: CoVisitStatus
    late: bool = False


@dataclass(frozen=True, slots=True)
class TeamSnapshot:
    """A manager's month as printed: taken from the Manager's view's read model, every
    figure already worked out (the renderer counts nothing)."""

    manager: str
    month: date
    work_base: WorkBase = WorkBase.OFFICE
    working_days: int = 0
    """Working days reached (up to ``through``)."""
    field_days: int = 0
    field_share_pct: int | None = None
    target_pct: int = 70
    meets_target: bool | None = None
    through: date | None = None
    """Last day counted; ``None`` for a month not begun."""
    partial: bool = False
    reps: tuple[RepFigures, ...] = ()
    total: RepFigures | None = None
    """The team's totals (co-visit days counted once even if two reps share one)."""
    covisits: tuple[TeamCoVisitLine, ...] = ()
