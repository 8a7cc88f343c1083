"""What can be printed: short listings of co-visits, contact records, accounts and people.

The app's Reports page shows these so the user can pick a document's subject; each
row is a plain frozen dataclass carrying the ID the ``render_*`` functions take.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import aliased

from fieldvisit.domain.enums import (
    AccountType,
    ContactMethod,
    CoVisitStatus,
    CoVisitType,
    MemberRole,
    RecordStatus,
)
from fieldvisit.services.covisits.reading import report_late
from fieldvisit.services.reporting.lookup import day_start, month_end, parse_month
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import Account, ContactRecord, CoVisit, CoVisitCall, TeamMember

ACCOUNT_RESULTS = 50
RECORD_RESULTS = 500


@dataclass(frozen=True, slots=True)
class CoVisitItem:
    id: uuid.UUID
    rep: str
    manager: str
    first_day: date
    last_day: date
    call_types: tuple[CoVisitType, ...]
    """The types of its calls, each once, in the order the calls were made."""
    late: bool
    status: CoVisitStatus


@dataclass(frozen=True, slots=True)
class RecordItem:
    id: uuid.UUID
    occurred_at: datetime
    account: str
    author: str | None
    method: ContactMethod
    status: RecordStatus


@dataclass(frozen=True, slots=True)
class AccountItem:
    id: uuid.UUID
    name: str
    city: str | None
    account_type: AccountType
    owner: str | None
    address: str | None = None


@dataclass(frozen=True, slots=True)
class PersonItem:
    id: uuid.UUID
    name: str
    role: MemberRole


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _month_range(month: date | str) -> tuple[date, date]:
    first = parse_month(month)
    return first, month_end(first)


def list_covisits(db: Database, month: date | str) -> list[CoVisitItem]:
    """Co-visits whose first day falls in ``month``, by first day, then rep."""
    first, last = _month_range(month)
    rep = aliased(TeamMember)
    manager = aliased(TeamMember)
    query = (
        select(CoVisit, rep.name, manager.name)
        .join(rep, rep.id == CoVisit.rep_id)
        .join(manager, manager.id == CoVisit.manager_id)
        .where(
            CoVisit.deleted_at.is_(None),
            CoVisit.first_day >= first,
            CoVisit.first_day <= last,
        )
        .order_by(CoVisit.first_day, rep.name, manager.name)
    )
    with db.session_scope() as session:
        rows = session.execute(query).all()
        types: dict[uuid.UUID, list[CoVisitType]] = defaultdict(list)
        calls = session.execute(
            select(CoVisitCall.covisit_id, CoVisitCall.call_type)
            .where(
                CoVisitCall.covisit_id.in_([cv.id for cv, _r, _m in rows]),
                CoVisitCall.deleted_at.is_(None),
            )
            .order_by(CoVisitCall.seq)
        )
        for covisit_id, call_type in calls:
            if call_type not in types[covisit_id]:
                types[covisit_id].append(call_type)
        return [
            CoVisitItem(
                id=cv.id,
                rep=rep_name,
                manager=manager_name,
                first_day=cv.first_day,
                last_day=cv.last_day,
                call_types=tuple(types[cv.id]),
                late=report_late(cv),
                status=cv.status,
            )
            for cv, rep_name, manager_name in rows
        ]


def latest_covisit_month(db: Database) -> date | None:
    """The first day of the month of the most recent co-visit, if there is one."""
    with db.session_scope() as session:
        latest = session.scalar(
            select(func.max(CoVisit.first_day)).where(CoVisit.deleted_at.is_(None))
        )
    return latest.replace(day=1) if latest is not None else None


def list_records(
    db: Database,
    month: date | str | None = None,
    text: str = "",
    limit: int | None = RECORD_RESULTS,
) -> list[RecordItem]:
    """Contact records, newest first: of ``month`` (UTC days, as the summary counts them)
    if given, whose account, author or place contains ``text``; at most ``limit``."""
    author = aliased(TeamMember)
    query = (
        select(ContactRecord, Account.name, author.name)
        .join(Account, Account.id == ContactRecord.account_id)
        .outerjoin(author, author.id == ContactRecord.author_id)
        .where(ContactRecord.deleted_at.is_(None))
        .order_by(ContactRecord.occurred_at.desc(), Account.name)
    )
    if month is not None:
        first, last = _month_range(month)
        query = query.where(
            ContactRecord.occurred_at >= day_start(first),
            ContactRecord.occurred_at < day_start(last + timedelta(days=1)),
        )
    needle = " ".join(text.split())
    if needle:
        pattern = _like(needle)
        matches: list[ColumnElement[bool]] = [
            Account.name.ilike(pattern, escape="\\"),
            author.name.ilike(pattern, escape="\\"),
            ContactRecord.place.ilike(pattern, escape="\\"),
        ]
        query = query.where(or_(*matches))
    if limit is not None:
        query = query.limit(limit)
    with db.session_scope() as session:
        return [
            RecordItem(r.id, r.occurred_at, account, author_name, r.method, r.status)
            for r, account, author_name in session.execute(query)
        ]


def latest_record_month(db: Database) -> date | None:
    with db.session_scope() as session:
        latest = session.scalar(
            select(func.max(ContactRecord.occurred_at)).where(ContactRecord.deleted_at.is_(None))
        )
    return latest.date().replace(day=1) if latest is not None else None


def search_accounts(
    db: Database, text: str = "", limit: int = ACCOUNT_RESULTS
) -> list[AccountItem]:
    """Accounts matching ``text`` the way the account list finds them (name, pinyin,
    initials, phone, address, stakeholder), best first; without text the user's own
    accounts first, then by name; at most ``limit``."""
    from fieldvisit.services.accounts.picking import choose_accounts

    return [
        AccountItem(c.id, c.name, c.city, c.account_type, c.owner_name, c.address)
        for c in choose_accounts(db, text, limit=limit)
    ]


def list_people(db: Database, role: MemberRole) -> list[PersonItem]:
    """Active team members in ``role``, by name."""
    query = (
        select(TeamMember.id, TeamMember.name, TeamMember.role)
        .where(
            TeamMember.deleted_at.is_(None),
            TeamMember.active.is_(True),
            TeamMember.role == role,
        )
        .order_by(TeamMember.name)
    )
    with db.session_scope() as session:
        return [PersonItem(*row) for row in session.execute(query)]
