"""Choosing one account: the accounts search, wherever an account is picked.

Every picker (a new contact record, a co-visit call, a document to print) finds accounts
the way the account list does: by name, pinyin (every reading), initials, phone, address
or stakeholder, ranked the same way (exact name, name prefix, own accounts, …). Without
text it offers the user's own accounts first. Each choice carries what tells same-name
accounts apart (city, address, owner) and its id: a choice is picked by id, never by its
caption.

The index behind it is the account list's own when that is loaded
(:func:`remember_index`); otherwise it is read here once and kept until the data
changes (:func:`forget_index`, called by the accounts page on every change announced).
"""

from __future__ import annotations

import threading
import uuid
import weakref
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import compress

from sqlalchemy import func, select

from fieldvisit.domain.enums import AccountType
from fieldvisit.services.accounts.account_index import AccountIndex, load_index
from fieldvisit.services.accounts.listing import AccountQuery
from fieldvisit.services.accounts.match_notes import MatchNote, explain
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import Account

DEFAULT_CHOICES = 30

_lock = threading.Lock()
_indexes: weakref.WeakKeyDictionary[Database, AccountIndex] = weakref.WeakKeyDictionary()


@dataclass(frozen=True, slots=True)
class AccountChoice:
    """One account offered to pick, with what tells it from others of the same name."""

    id: uuid.UUID
    name: str
    account_type: AccountType
    city: str | None
    address: str | None
    owner_id: uuid.UUID | None
    owner_name: str | None
    own: bool
    """Owned by the current user."""
    match: MatchNote | None = None


def remember_index(db: Database, index: AccountIndex) -> None:
    """Offer a freshly read index (the account list's) to every picker."""
    with _lock:
        _indexes[db] = index


def forget_index(db: Database) -> None:
    """The accounts changed: the next pick reads the index again."""
    with _lock:
        _indexes.pop(db, None)


def shared_index(db: Database) -> AccountIndex:
    """The remembered index, or a new one read now (about 0.3 s for 50,000 accounts).

    A remembered index holding another number of accounts than the database (one was
    added since, by something that announced no change) is read again.
    """
    with _lock:
        found = _indexes.get(db)
    if found is not None:
        with db.read_scope() as session:
            count = session.scalar(select(func.count()).select_from(Account))
        if count == len(found):
            return found
    index = load_index(db)
    with _lock:
        _indexes[db] = index
    return index


def choose_accounts(
    db: Database,
    text: str,
    *,
    limit: int = DEFAULT_CHOICES,
    owner_ids: frozenset[uuid.UUID] = frozenset(),
) -> list[AccountChoice]:
    """The first ``limit`` live accounts matching ``text``, best first.

    ``owner_ids``: only accounts of these owners (a rep's own accounts).
    """
    index = shared_index(db)
    result = index.search(AccountQuery(text=text, owner_ids=owner_ids))
    positions = result.positions
    if not result.terms and index.me:
        owners, me = index.owners, index.me
        mine = [owners[i] == me for i in positions]
        positions = [*compress(positions, mine), *compress(positions, [not m for m in mine])]
    return _choices(db, index, positions[:limit], result.terms)


def _choices(
    db: Database, index: AccountIndex, positions: Sequence[int], terms: Sequence[str]
) -> list[AccountChoice]:
    if not positions:
        return []
    ids = [uuid.UUID(hex=index.ids[i]) for i in positions]
    with db.read_scope() as session:
        addresses = dict(
            session.execute(select(Account.id, Account.address).where(Account.id.in_(ids))).all()
        )
    notes = explain(db, index, positions, terms) if terms else {}
    out = []
    for i, account_id in zip(positions, ids, strict=True):
        owner = index.owners[i]
        out.append(
            AccountChoice(
                id=account_id,
                name=index.names[i],
                account_type=index.types[i],
                city=index.cities[i],
                address=addresses.get(account_id),
                owner_id=uuid.UUID(hex=owner) if owner else None,
                owner_name=index.owner_names.get(owner) if owner else None,
                own=owner is not None and owner == index.me,
                match=notes.get(i),
            )
        )
    return out
