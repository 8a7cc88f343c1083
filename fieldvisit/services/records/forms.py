"""The plain data a contact record editor works on, and the choices it offers."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from fieldvisit.domain.enums import ContactMethod, PromiseStatus, RecordStatus
from fieldvisit.domain.errors import ValidationError
from fieldvisit.i18n import message

REPORT_WITHIN_DAYS = 2
"""General visits are reported within two days (DOMAIN.md §4)."""
MUST_WRITE = ("successes", "shortcomings", "lessons")
"""The three reflections every completed record must carry."""
MAX_PLACE = 200
MAX_PHOTO_BYTES = 20 * 1024 * 1024
MAX_YUAN = Decimal("100000000000")


@dataclass(slots=True)
class VisitCheckForm:
    """Store and account checks (§4); amounts in cents."""

    our_prices: str = ""
    competitor_prices: str = ""
    stock: str = ""
    sell_through: str = ""
    credit_limit_cents: int | None = None
    paid_cents: int | None = None
    unpaid_cents: int | None = None
    receivable_cents: int | None = None
    promotion_compliance: str = ""
    shelf_display: str = ""
    draft_order: str = ""

    def is_empty(self) -> bool:
        texts = (
            self.our_prices,
            self.competitor_prices,
            self.stock,
            self.sell_through,
            self.promotion_compliance,
            self.shelf_display,
            self.draft_order,
        )
        amounts = (
            self.credit_limit_cents,
            self.paid_cents,
            self.unpaid_cents,
            self.receivable_cents,
        )
        return not any(t.strip() for t in texts) and all(a is None for a in amounts)


@dataclass(slots=True)
class PromiseForm:
    """One new agreement of the record, tracked as a :class:`Promise` once saved."""

    description: str
    due_on: date | None
    owner_id: uuid.UUID | None
    stakeholder_id: uuid.UUID | None = None
    id: uuid.UUID | None = None
    status: PromiseStatus = PromiseStatus.OPEN
    closing_note: str | None = None


@dataclass(slots=True)
class PhotoForm:
    """A photo attached to the record; ``content`` is set for one not saved yet."""

    filename: str
    media_type: str
    size_bytes: int
    id: uuid.UUID | None = None
    content: bytes | None = None


@dataclass(slots=True)
class RecordForm:
    """Every field of a contact record (§4), as the editor shows it.

    ``when`` is the contact's local date and time (aware). Objective lists hold
    enum codes. ``new_agreements`` is the free-text summary older records carry;
    the editor tracks agreements as ``promises`` instead.
    """

    account_id: uuid.UUID
    author_id: uuid.UUID | None
    when: datetime
    method: ContactMethod = ContactMethod.VISIT
    place: str = ""
    stakeholder_ids: list[uuid.UUID] = field(default_factory=list)
    participant_ids: list[uuid.UUID] = field(default_factory=list)
    sales_objectives: list[str] = field(default_factory=list)
    admin_objectives: list[str] = field(default_factory=list)
    purposes: list[str] = field(default_factory=list)
    objective_notes: str = ""
    content: str = ""
    successes: str = ""
    shortcomings: str = ""
    lessons: str = ""
    new_agreements: str = ""
    promises: list[PromiseForm] = field(default_factory=list)
    next_steps: str = ""
    next_visit_on: date | None = None
    special_notes: str = ""
    other_notes: str = ""
    check: VisitCheckForm | None = None
    photos: list[PhotoForm] = field(default_factory=list)
    id: uuid.UUID | None = None
    status: RecordStatus = RecordStatus.DRAFT
    completed_at: datetime | None = None
    planned_contact_id: uuid.UUID | None = None
    account_name: str = ""

    def missing_reflections(self) -> list[str]:
        """Which of successes / shortcomings / lessons are still blank."""
        return [name for name in MUST_WRITE if not getattr(self, name).strip()]


@dataclass(frozen=True, slots=True)
class StakeholderChoice:
    id: uuid.UUID
    name: str
    title: str | None
    department: str | None


@dataclass(frozen=True, slots=True)
class MemberChoice:
    id: uuid.UUID
    name: str


@dataclass(frozen=True, slots=True)
class RecordChoices:
    """What the editor offers for one account: whom one can meet, who can take part."""

    account_id: uuid.UUID
    account_name: str
    stakeholders: tuple[StakeholderChoice, ...]
    members: tuple[MemberChoice, ...]


class IncompleteRecordError(ValidationError):
    """Completing a record whose successes, shortcomings or lessons are blank."""

    def __init__(self, missing: list[str]) -> None:
        super().__init__(
            missing[0],
            message(
                "A complete record needs successes, shortcomings and lessons; write the "
                "{names} first, or save it as a draft.",
                names=_reflection_names(missing),
            ),
        )
        self.missing = tuple(missing)


def choose_due(number: int) -> str:
    """The detail for agreement ``number`` of a record that has no due day."""
    return message(
        "Agreement {number}: choose when it is due.",
        number=number,
    )


def _reflection_names(missing: list[str]) -> str:
    """The blank reflections, named in the user's language."""
    names = {
        "successes": message("successes"),
        "shortcomings": message("shortcomings"),
        "lessons": message("lessons"),
    }
    return message(", ").join(names.get(n, n) for n in missing)


_MONEY = re.compile(r"^-?\d+(\.\d{0,2})?$")


def yuan_to_cents(text: str, field_name: str = "amount") -> int | None:
    """``"12,345.6"`` / ``"¥800"`` → cents; blank → ``None``."""
    clean = text.strip().replace(",", "").replace("，", "").replace(" ", "")
    clean = clean.removeprefix("¥").removeprefix("￥").removesuffix("元")
    if not clean:
        return None
    if not _MONEY.match(clean):
        raise ValidationError(
            field_name,
            message(
                "{text} is not an amount in yuan, e.g. 12345.60.",
                text=repr(text),
            ),
        )
    try:
        value = Decimal(clean)
    except InvalidOperation as exc:  # pragma: no cover - the pattern already checked it
        raise ValidationError(
            field_name,
            message(
                "{text} is not an amount in yuan.",
                text=repr(text),
            ),
        ) from exc
    if value < 0:
        raise ValidationError(field_name, message("An amount cannot be negative."))
    if value >= MAX_YUAN:
        raise ValidationError(
            field_name,
            message(
                "{text} is too large for an amount.",
                text=repr(text),
            ),
        )
    return int(value * 100)


def cents_to_yuan(cents: int | None) -> str:
    """Cents → ``"12345.60"`` (blank for ``None``), the form a text field shows."""
    if cents is None:
        return ""
    return f"{cents // 100}.{cents % 100:02d}"
