"""Possible duplicates of an account or a person, cheap enough to ask while the user types.

Names match when their normalised forms are equal (spaces, punctuation, full/half
width, case and company suffixes such as 有限公司 ignored); phones when their digits
are (formatting, +86 and the trunk 0 ignored). Names are found through the name index
(a range on the first characters); phones have no index, so the scan uses a short
LIKE on the last digits and the exact comparison happens here.
"""

from __future__ import annotations

import unicodedata
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import and_, or_, select

from fieldvisit.domain.card_rules import normalise_name, phone_key
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import Account, Stakeholder

PREFIX_CHARS = 4
MIN_NAME_CHARS = 2
LIMIT = 5

Reason = Literal["name", "phone"]


@dataclass(frozen=True, slots=True)
class SimilarAccount:
    id: uuid.UUID
    name: str
    city: str | None
    address: str | None
    phone: str | None
    reason: Reason


@dataclass(frozen=True, slots=True)
class SimilarStakeholder:
    id: uuid.UUID
    name: str
    account_id: uuid.UUID
    account_name: str
    title: str | None
    mobile: str | None
    reason: Reason


def _prefixes(name: str) -> set[str]:
    """Spellings the stored name may start with: as typed, and folded / cased variants."""
    raw = name.strip()
    folded = unicodedata.normalize("NFKC", raw)
    variants = {raw, folded, "".join(raw.split()), "".join(folded.split())}
    for v in list(variants):
        variants.update({v.lower(), v.upper(), v.capitalize(), v.title()})
    return {v[:PREFIX_CHARS] for v in variants if v}


def _name_condition(column: Any, name: str) -> Any:
    # A range on the raw column uses its index, unlike LIKE or a function of the column.
    return or_(*(and_(column >= p, column < p + "\U0010ffff") for p in _prefixes(name)))


def _phone_condition(columns: Sequence[Any], key: str) -> Any:
    tail = f"%{key[-4:]}%"
    return or_(*(c.like(tail) for c in columns))


def similar_accounts(
    db: Database,
    name: str | None,
    phone: str | None,
    exclude_id: uuid.UUID | None = None,
    limit: int = LIMIT,
) -> list[SimilarAccount]:
    """Live accounts with the same normalised name or the same phone digits, names first."""
    wanted = normalise_name(name)
    key = phone_key(phone)
    found: dict[uuid.UUID, SimilarAccount] = {}
    columns = (Account.id, Account.name, Account.city, Account.address, Account.phone)
    with db.session_scope() as session:
        if len(wanted) >= MIN_NAME_CHARS:
            query = select(*columns).where(
                _name_condition(Account.name, name or ""), Account.deleted_at.is_(None)
            )
            _collect_accounts(
                found,
                session.execute(query),
                "name",
                exclude_id,
                limit,
                lambda row: normalise_name(row.name) == wanted,
            )
        if key is not None and len(found) < limit:
            query = select(*columns).where(
                _phone_condition([Account.phone, Account.fax], key), Account.deleted_at.is_(None)
            )
            _collect_accounts(
                found,
                session.execute(query),
                "phone",
                exclude_id,
                limit,
                lambda row: phone_key(row.phone) == key,
            )
    return list(found.values())


def _collect_accounts(
    found: dict[uuid.UUID, SimilarAccount],
    rows: Iterable[Any],
    reason: Reason,
    exclude_id: uuid.UUID | None,
    limit: int,
    matches: Any,
) -> None:
    for row in rows:
        if len(found) >= limit:
            return
        if row.id == exclude_id or row.id in found or not matches(row):
            continue
        found[row.id] = SimilarAccount(row.id, row.name, row.city, row.address, row.phone, reason)


def similar_stakeholders(
    db: Database,
    name: str | None,
    phones: Sequence[str | None],
    account_id: uuid.UUID | None,
    exclude_id: uuid.UUID | None = None,
    limit: int = LIMIT,
) -> list[SimilarStakeholder]:
    """People of ``account_id`` with the same normalised name, and people of any account
    with one of the same phone numbers (mobile or office)."""
    wanted = normalise_name(name)
    keys = {k for k in (phone_key(p) for p in phones) if k is not None}
    found: dict[uuid.UUID, SimilarStakeholder] = {}
    columns = (
        Stakeholder.id,
        Stakeholder.name,
        Stakeholder.account_id,
        Account.name.label("account_name"),
        Stakeholder.title,
        Stakeholder.mobile,
        Stakeholder.office_phone,
    )
    base = (
        select(*columns)
        .join(Account, Account.id == Stakeholder.account_id)
        .where(Stakeholder.deleted_at.is_(None), Account.deleted_at.is_(None))
    )
    with db.session_scope() as session:
        if account_id is not None and len(wanted) >= 1:
            query = base.where(Stakeholder.account_id == account_id)
            for row in session.execute(query):
                if normalise_name(row.name) == wanted:
                    _add_person(found, row, "name", exclude_id, limit)
        for key in sorted(keys):
            if len(found) >= limit:
                break
            query = base.where(
                _phone_condition([Stakeholder.mobile, Stakeholder.office_phone], key)
            )
            for row in session.execute(query):
                if key in {phone_key(row.mobile), phone_key(row.office_phone)}:
                    _add_person(found, row, "phone", exclude_id, limit)
    return list(found.values())


def _add_person(
    found: dict[uuid.UUID, SimilarStakeholder],
    row: Any,
    reason: Reason,
    exclude_id: uuid.UUID | None,
    limit: int,
) -> None:
    if row.id == exclude_id or row.id in found or len(found) >= limit:
        return
    found[row.id] = SimilarStakeholder(
        row.id, row.name, row.account_id, row.account_name, row.title, row.mobile, reason
    )
