"""Promises (新的约定): each new agreement is a follow-up tracked until kept or cancelled."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from fieldvisit import clock
from fieldvisit.domain.enums import PromiseStatus
from fieldvisit.domain.errors import NotFoundError, ValidationError
from fieldvisit.i18n import message
from fieldvisit.services.local_days import local_zone
from fieldvisit.services.records.forms import PromiseForm, choose_due
from fieldvisit.storage.base import utcnow
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import Account, ContactRecord, Promise, Stakeholder, TeamMember

MAX_DESCRIPTION = 2000
OPEN_PROMISES_LIMIT = 5000


@dataclass(frozen=True, slots=True)
class PromiseRow:
    id: uuid.UUID
    account_id: uuid.UUID
    account_name: str
    record_id: uuid.UUID | None
    description: str
    owner_id: uuid.UUID | None
    owner_name: str | None
    stakeholder_name: str | None
    agreed_on: date | None
    due_on: date
    status: PromiseStatus
    days_overdue: int
    """Days past the due day for an open promise (0 when not overdue)."""
    closing_note: str | None


def _clean_description(text: str) -> str:
    clean = text.strip()
    if not clean:
        raise ValidationError("description", message("Describe what was agreed."))
    if len(clean) > MAX_DESCRIPTION:
        raise ValidationError(
            "description",
            message(
                "Keep the agreement under {count} characters.",
                count=MAX_DESCRIPTION,
            ),
        )
    return clean


def _check_stakeholder(
    session: Session, stakeholder_id: uuid.UUID | None, account_id: uuid.UUID
) -> None:
    if stakeholder_id is None:
        return
    owner = session.scalar(select(Stakeholder.account_id).where(Stakeholder.id == stakeholder_id))
    if owner != account_id:
        raise ValidationError(
            "stakeholder",
            message("Choose a stakeholder of the same account."),
        )


def add_promise(
    db: Database,
    record_id: uuid.UUID | None,
    account_id: uuid.UUID,
    description: str,
    owner_id: uuid.UUID | None,
    due_on: date,
    stakeholder_id: uuid.UUID | None = None,
    agreed_on: date | None = None,
) -> uuid.UUID:
    """Track one new agreement in one step; ``agreed_on`` defaults to the record's day."""
    text = _clean_description(description)
    with db.session_scope() as session:
        account = session.get(Account, account_id)
        if account is None or account.deleted_at is not None:
            raise NotFoundError(
                message(
                    "No account has the ID {id}.",
                    id=account_id,
                )
            )
        if record_id is not None:
            record = session.get(ContactRecord, record_id)
            if record is None or record.deleted_at is not None:
                raise NotFoundError(
                    message(
                        "No contact record has the ID {id}.",
                        id=record_id,
                    )
                )
            if record.account_id != account_id:
                raise ValidationError(
                    "record",
                    message("The record belongs to another account."),
                )
            if agreed_on is None:
                agreed_on = record.occurred_at.astimezone(local_zone()).date()
        _check_stakeholder(session, stakeholder_id, account_id)
        agreed = agreed_on or clock.today()
        if due_on < agreed:
            raise ValidationError(
                "due_on",
                message(
                    "The due day cannot be before the day it was agreed.",
                ),
            )
        promise = Promise(
            account_id=account_id,
            record_id=record_id,
            description=text,
            owner_id=owner_id,
            due_on=due_on,
            stakeholder_id=stakeholder_id,
            agreed_on=agreed,
            status=PromiseStatus.OPEN,
        )
        session.add(promise)
        session.flush()
        return promise.id


def sync_record_promises(
    session: Session,
    record: ContactRecord,
    forms: Sequence[PromiseForm],
    met: Sequence[uuid.UUID] = (),
) -> None:
    """Make the record's promises what the editor's table shows (inside its transaction).

    New rows become open promises agreed on the record's day; rows removed from the
    table go to the trash. Closed promises keep their status: only their wording is
    taken over.
    """
    agreed = record.occurred_at.astimezone(local_zone()).date()
    existing = {
        p.id: p
        for p in session.scalars(
            select(Promise).where(Promise.record_id == record.id, Promise.deleted_at.is_(None))
        )
    }
    kept: set[uuid.UUID] = set()
    for number, form in enumerate(forms, start=1):
        text = _clean_description(form.description)
        if form.due_on is None:
            # The agreement's number, not its text: no customer data in a message.
            raise ValidationError("promises", choose_due(number))
        _check_stakeholder(session, form.stakeholder_id, record.account_id)
        promise = existing.get(form.id) if form.id is not None else None
        if promise is None:
            promise = Promise(
                account_id=record.account_id,
                record_id=record.id,
                status=PromiseStatus.OPEN,
                agreed_on=agreed,
            )
            session.add(promise)
        else:
            kept.add(promise.id)
            if promise.agreed_on is None:
                promise.agreed_on = agreed
        promise.description = text
        promise.due_on = form.due_on
        promise.owner_id = form.owner_id
        promise.stakeholder_id = form.stakeholder_id
    now = utcnow()
    for promise_id, promise in existing.items():
        if promise_id not in kept:
            promise.deleted_at = now


def _promise(session: Session, promise_id: uuid.UUID) -> Promise:
    promise = session.get(Promise, promise_id)
    if promise is None or promise.deleted_at is not None:
        raise NotFoundError(
            message(
                "No promise has the ID {id}.",
                id=promise_id,
            )
        )
    return promise


def close_promise(db: Database, promise_id: uuid.UUID, status: PromiseStatus, note: str) -> None:
    """Mark a promise kept or cancelled; a note saying how (or why not) is required."""
    if status is PromiseStatus.OPEN:
        raise ValidationError(
            "status",
            message("Close a promise as kept or cancelled."),
        )
    clean = note.strip()
    if not clean:
        raise ValidationError(
            "note",
            message(
                "Write a short note: how the promise was kept, or why it was cancelled.",
            ),
        )
    with db.session_scope() as session:
        promise = _promise(session, promise_id)
        if promise.status is not PromiseStatus.OPEN:
            raise ValidationError(
                "status",
                message(
                    "This promise is already closed; reopen it first.",
                ),
            )
        promise.status = status
        promise.closing_note = clean
        promise.closed_at = utcnow()


def reopen_promise(db: Database, promise_id: uuid.UUID) -> None:
    """Open a closed promise again; its closing note is kept for the record."""
    with db.session_scope() as session:
        promise = _promise(session, promise_id)
        promise.status = PromiseStatus.OPEN
        promise.closed_at = None


def open_promises(
    db: Database,
    owner_id: uuid.UUID | None = None,
    overdue_only: bool = False,
    today: date | None = None,
    *,
    account_id: uuid.UUID | None = None,
    limit: int | None = OPEN_PROMISES_LIMIT,
) -> list[PromiseRow]:
    """Open promises across accounts (or of one), soonest due first."""
    day = today or clock.today()
    owner = aliased(TeamMember)
    query = (
        select(
            Promise.id,
            Promise.account_id,
            Account.name,
            Promise.record_id,
            Promise.description,
            Promise.owner_id,
            owner.name,
            Stakeholder.name,
            Promise.agreed_on,
            Promise.due_on,
            Promise.status,
            Promise.closing_note,
        )
        .join(Account, Account.id == Promise.account_id)
        .outerjoin(owner, owner.id == Promise.owner_id)
        .outerjoin(Stakeholder, Stakeholder.id == Promise.stakeholder_id)
        .where(
            Promise.status == PromiseStatus.OPEN,
            Promise.deleted_at.is_(None),
            Account.deleted_at.is_(None),
        )
        .order_by(Promise.due_on, Account.name, Promise.id)
    )
    if owner_id is not None:
        query = query.where(Promise.owner_id == owner_id)
    if account_id is not None:
        query = query.where(Promise.account_id == account_id)
    if overdue_only:
        query = query.where(Promise.due_on < day)
    if limit is not None:
        query = query.limit(limit)
    with db.session_scope() as session:
        return [
            PromiseRow(
                id=pid,
                account_id=aid,
                account_name=account_name,
                record_id=rid,
                description=text,
                owner_id=oid,
                owner_name=owner_name,
                stakeholder_name=stakeholder_name,
                agreed_on=agreed,
                due_on=due,
                status=status,
                days_overdue=max((day - due).days, 0),
                closing_note=note,
            )
            for (
                pid,
                aid,
                account_name,
                rid,
                text,
                oid,
                owner_name,
                stakeholder_name,
                agreed,
                due,
                status,
                note,
            ) in session.execute(query)
        ]
