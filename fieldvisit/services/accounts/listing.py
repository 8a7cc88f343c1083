"""The account list: which accounts match a query, in which order, one page at a time.

``AccountQuery`` says what the user asked for; :class:`AccountIndex` (see
:mod:`.account_index`) answers it. The index holds, per account, only what matching
and ordering need (its search key, codes, owner); a page of :class:`AccountRow` is
completed from the database when it is shown. Matching is the search-key contract of
:mod:`fieldvisit.domain.search_text`: every typed term is a substring of the key.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from fieldvisit.domain.enums import AccountStatus, AccountType, KeyAccountLevel, SubTier, Tier
from fieldvisit.services.accounts.match_notes import MatchNote
from fieldvisit.storage.database import Database

DEFAULT_PAGE_SIZE = 100


class SortColumn(StrEnum):
    NAME = "name"
    TYPE = "type"
    TIER = "tier"
    STATUS = "status"
    KEY_ACCOUNT = "key_account"
    CITY = "city"
    PHONE = "phone"
    OWNER = "owner"
    STAKEHOLDERS = "stakeholders"
    LAST_CONTACT = "last_contact"
    LAST_VISIT = "last_visit"
    OVERDUE = "overdue"
    WARNING = "warning"

    @property
    def needs_activity(self) -> bool:
        """Ordering by it reads every account's people and contacts."""
        return self in _ACTIVITY_COLUMNS


_ACTIVITY_COLUMNS = frozenset(
    {
        SortColumn.STAKEHOLDERS,
        SortColumn.LAST_CONTACT,
        SortColumn.LAST_VISIT,
        SortColumn.OVERDUE,
        SortColumn.WARNING,
    }
)


@dataclass(frozen=True, slots=True)
class AccountQuery:
    """What the list shows. Empty filter sets mean "any"."""

    text: str = ""
    account_types: frozenset[AccountType] = frozenset()
    tiers: frozenset[Tier] = frozenset()
    statuses: frozenset[AccountStatus] = frozenset()
    key_account_levels: frozenset[KeyAccountLevel] = frozenset()
    owner_ids: frozenset[uuid.UUID] = frozenset()
    overdue_only: bool = False
    include_deleted: bool = False
    sort: SortColumn = SortColumn.NAME
    descending: bool = False

    @property
    def needs_activity(self) -> bool:
        return self.overdue_only or self.sort.needs_activity

    def has_filters(self) -> bool:
        """Anything narrowing the list besides the text."""
        return bool(
            self.account_types
            or self.tiers
            or self.statuses
            or self.key_account_levels
            or self.owner_ids
            or self.overdue_only
        )


@dataclass(frozen=True, slots=True)
class AccountRow:
    """One line of the account list (plain data; no personal profile fields)."""

    id: uuid.UUID
    name: str
    account_type: AccountType
    tier: Tier | None
    sub_tier: SubTier | None
    status: AccountStatus
    key_account_level: KeyAccountLevel | None
    city: str | None
    phone: str | None
    owner_id: uuid.UUID | None
    owner_name: str | None
    stakeholder_count: int
    last_contact: date | None
    last_visit: date | None
    overdue_phone: bool
    overdue_visit: bool
    deleted: bool = False
    match: MatchNote | None = None
    """With search text: where it matched (what to highlight, found through whom)."""

    @property
    def is_key_account(self) -> bool:
        return is_key_account(self.tier, self.key_account_level)

    @property
    def overdue(self) -> bool:
        """Overdue for its tier: phone contact, on-site visit, or both."""
        return self.overdue_phone or self.overdue_visit

    @property
    def single_stakeholder_warning(self) -> bool:
        """A key account worked through one person only (DOMAIN.md §2, a fatal error)."""
        return self.is_key_account and self.stakeholder_count == 1


def is_key_account(tier: Tier | None, level: KeyAccountLevel | None) -> bool:
    return tier is Tier.A or level is KeyAccountLevel.LEVEL_1


@dataclass(frozen=True, slots=True)
class AccountPage:
    rows: list[AccountRow] = field(default_factory=list)
    total: int = 0
    """Accounts matching the query, all pages together."""
    all_accounts: int = 0
    """Live accounts in the database, whatever the query."""


def list_accounts(
    db: Database,
    query: AccountQuery,
    offset: int = 0,
    limit: int = DEFAULT_PAGE_SIZE,
    today: date | None = None,
) -> AccountPage:
    """One page of the accounts matching ``query`` and how many match in all."""
    from fieldvisit.services.accounts.account_index import load_index

    index = load_index(db, today=today, activity=query.needs_activity)
    result = index.search(query)
    return AccountPage(
        rows=result.rows(db, offset, limit), total=len(result), all_accounts=index.live_count
    )


def account_ids(db: Database, query: AccountQuery, today: date | None = None) -> list[uuid.UUID]:
    """Every account matching ``query``, in list order: "act on the current list"."""
    from fieldvisit.services.accounts.account_index import load_index

    index = load_index(db, today=today, activity=query.needs_activity)
    return index.search(query).ids()


@dataclass(frozen=True, slots=True)
class StakeholderHit:
    """A stakeholder found by name, pinyin, initials or phone, with the account."""

    id: uuid.UUID
    name: str
    title: str | None
    department: str | None
    account_id: uuid.UUID
    account_name: str
    ended_on: date | None


def find_stakeholders(db: Database, text: str, limit: int = 50) -> list[StakeholderHit]:
    """Live stakeholders of live accounts whose search key holds every term of ``text``."""
    from sqlalchemy import select

    from fieldvisit.domain.search_text import query_terms
    from fieldvisit.storage.models import Account, Stakeholder

    terms = query_terms(text)
    if not terms:
        return []
    s, a = Stakeholder, Account
    query = (
        select(s.id, s.name, s.title, s.department, a.id, a.name, s.ended_on)
        .join(a, a.id == s.account_id)
        .where(s.deleted_at.is_(None), a.deleted_at.is_(None))
        .where(*(s.search_key.contains(term, autoescape=True) for term in terms))
        .order_by(s.ended_on.is_not(None), s.name, a.name)
        .limit(limit)
    )
    with db.session_scope() as session:
        return [StakeholderHit(*row) for row in session.execute(query)]
