"""The list's first page straight from SQL, while the whole index is still being read.

Reading the index of 50,000 accounts takes a few tenths of a second; the first page
of the list in its default order (by name) is one query of a few tens of
milliseconds: the first accounts by search key, which is how the index orders names.
The page is answered by the same :class:`~.account_index.AccountIndex` code as the
whole list (filters, order, rows), over just the accounts read, so its rows are the
whole list's first rows, in the same order, with the same columns.

Only what SQL can tell exactly is answered here: no search text (matching and ranking
need every key), the name order either way, the filters on stored columns. Anything
else (another order, the overdue filter) waits for the index.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import select

from fieldvisit.services.accounts.account_index import AccountResult, empty_index
from fieldvisit.services.accounts.listing import AccountQuery, SortColumn
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import Account


def answerable(query: AccountQuery) -> bool:
    """Whether :func:`first_page` can answer ``query`` without the whole index."""
    return not query.text.strip() and query.sort is SortColumn.NAME and not query.needs_activity


def first_page(
    db: Database, query: AccountQuery, limit: int, today: date | None = None
) -> AccountResult | None:
    """The first ``limit`` rows of the list for ``query``, or None when only the whole
    index can tell them (see :func:`answerable`; a stale search key)."""
    if not answerable(query):
        return None
    index = empty_index(db, today)
    if not index.load_part(db, _where(query), limit, descending=query.descending):
        return None
    return index.search(query)  # the index's own filters and order, over the part read


def owns_accounts(db: Database, member_id: uuid.UUID) -> bool:
    """Whether the member owns a live account (a rep who does starts on them)."""
    a = Account
    found = select(a.id).where(a.owner_id == member_id, a.deleted_at.is_(None)).limit(1)
    with db.read_scope() as session:
        return session.scalar(found) is not None


def _where(query: AccountQuery) -> list[Any]:
    """The query's filters in SQL: the same accounts as the index's own checks."""
    a = Account
    where: list[Any] = []
    if not query.include_deleted:
        where.append(a.deleted_at.is_(None))
    if query.account_types:
        where.append(a.account_type.in_(sorted(query.account_types)))
    if query.tiers:
        where.append(a.tier.in_(sorted(query.tiers)))
    if query.statuses:
        where.append(a.status.in_(sorted(query.statuses)))
    if query.key_account_levels:
        where.append(a.key_account_level.in_(sorted(query.key_account_levels)))
    if query.owner_ids:
        where.append(a.owner_id.in_(sorted(query.owner_ids)))
    return where
