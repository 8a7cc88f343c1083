"""Listing contact records for the records page; drafts past the two-day rule flagged."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, func, or_, select
from sqlalchemy.orm import aliased

from fieldvisit import clock
from fieldvisit.domain.enums import ContactMethod, RecordStatus
from fieldvisit.services.local_days import month_bounds
from fieldvisit.services.records.forms import REPORT_WITHIN_DAYS
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import Account, ContactRecord, TeamMember

RECORD_LIMIT = 500
SUMMARY_CHARS = 90


@dataclass(frozen=True, slots=True)
class RecordRow:
    id: uuid.UUID
    account_id: uuid.UUID
    account_name: str
    author_id: uuid.UUID | None
    author_name: str | None
    occurred_at: datetime
    method: ContactMethod
    place: str | None
    status: RecordStatus
    summary: str
    stale: bool
    """A draft older than the two days a record may take to be written up."""


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def stale_before(now: datetime) -> datetime:
    """Drafts of contacts before this moment are late to be written up."""
    return now - timedelta(days=REPORT_WITHIN_DAYS)


def _summary(content: str | None) -> str:
    text = " ".join((content or "").split())
    return text if len(text) <= SUMMARY_CHARS else text[: SUMMARY_CHARS - 1] + "…"


def _query() -> Select[Any]:
    author = aliased(TeamMember)
    return (
        select(
            ContactRecord.id,
            ContactRecord.account_id,
            Account.name,
            ContactRecord.author_id,
            author.name,
            ContactRecord.occurred_at,
            ContactRecord.method,
            ContactRecord.place,
            ContactRecord.status,
            # Only the start of the content: the list shows one line of it.
            func.substr(ContactRecord.content, 1, SUMMARY_CHARS * 2),
        )
        .join(Account, Account.id == ContactRecord.account_id)
        .outerjoin(author, author.id == ContactRecord.author_id)
        .where(ContactRecord.deleted_at.is_(None), Account.deleted_at.is_(None))
    )


def list_records(
    db: Database,
    *,
    account_id: uuid.UUID | None = None,
    author_id: uuid.UUID | None = None,
    month: date | None = None,
    status: RecordStatus | None = None,
    drafts_only: bool = False,
    text: str = "",
    now: datetime | None = None,
    limit: int | None = RECORD_LIMIT,
) -> list[RecordRow]:
    """Records newest first, filtered by account, author, local month, status and text.

    ``text`` matches the account's name or the place. Drafts whose contact is more
    than two days before ``now`` come back with ``stale`` set.
    """
    moment = now or clock.local_now()
    query = _query()
    conditions: list[ColumnElement[bool]] = []
    if account_id is not None:
        conditions.append(ContactRecord.account_id == account_id)
    if author_id is not None:
        conditions.append(ContactRecord.author_id == author_id)
    if month is not None:
        start, end = month_bounds(month)
        conditions += [ContactRecord.occurred_at >= start, ContactRecord.occurred_at < end]
    if drafts_only:
        status = RecordStatus.DRAFT
    if status is not None:
        conditions.append(ContactRecord.status == status)
    needle = " ".join(text.split())
    if needle:
        pattern = _like(needle)
        conditions.append(
            or_(
                Account.name.ilike(pattern, escape="\\"),
                ContactRecord.place.ilike(pattern, escape="\\"),
            )
        )
    query = query.where(*conditions).order_by(ContactRecord.occurred_at.desc(), Account.name)
    if limit is not None:
        query = query.limit(limit)
    return _rows(db, query, moment)


def stale_drafts(db: Database, author_id: uuid.UUID | None, now: datetime) -> list[RecordRow]:
    """Drafts (of ``author_id``, or everyone's) whose contact was more than two days ago,
    oldest first: the §4 rule is to report within two days."""
    query = _query()
    query = query.where(
        ContactRecord.status == RecordStatus.DRAFT,
        ContactRecord.occurred_at < stale_before(now),
    ).order_by(ContactRecord.occurred_at, Account.name)
    if author_id is not None:
        query = query.where(ContactRecord.author_id == author_id)
    return _rows(db, query, now)


def _rows(db: Database, query: Select[Any], now: datetime) -> list[RecordRow]:
    limit = stale_before(now)
    with db.session_scope() as session:
        return [
            RecordRow(
                id=rid,
                account_id=account_id,
                account_name=account_name,
                author_id=author_id,
                author_name=author_name,
                occurred_at=occurred,
                method=method,
                place=place,
                status=status,
                summary=_summary(content),
                stale=status is RecordStatus.DRAFT and occurred < limit,
            )
            for (
                rid,
                account_id,
                account_name,
                author_id,
                author_name,
                occurred,
                method,
                place,
                status,
                content,
            ) in session.execute(query)
        ]
