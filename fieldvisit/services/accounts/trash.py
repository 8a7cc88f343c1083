"""The trash: soft-deleted accounts and stakeholders, restored or purged on request.

A trashed account keeps its stakeholders, records, promises and co-visits attached;
they are hidden with it (lists filter on the account's ``deleted_at``) and come back
with it. Who trashed what is kept in a ``Draft`` row of kind ``"trash"`` (the schema
has no ``deleted_by`` column); it also remembers where a merged duplicate went.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from fieldvisit import clock
from fieldvisit.domain.errors import FieldVisitError, NotFoundError, ValidationError
from fieldvisit.i18n import message
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import (
    Account,
    CoVisitCall,
    CoVisitCallStakeholder,
    Draft,
    PlannedContact,
    Stakeholder,
    TeamMember,
)
from fieldvisit.sync.commands import queue_command, uncaptured

TRAIL_KIND = "trash"


class TrashKind(StrEnum):
    ACCOUNT = "account"
    STAKEHOLDER = "stakeholder"


@dataclass(frozen=True, slots=True)
class TrashedItem:
    kind: TrashKind
    id: uuid.UUID
    name: str
    account_id: uuid.UUID | None
    """For a stakeholder: the account they belong to."""
    account_name: str | None
    city: str | None
    deleted_at: datetime
    deleted_by: str | None
    """The team member who moved it to the trash, when known."""
    merged_into: str | None
    """Name of the account or person this duplicate was merged into."""
    hidden_stakeholders: int = 0
    """For an account: the stakeholders hidden (and restored) with it."""
    account_in_trash: bool = False
    """For a stakeholder: their account is in the trash too."""


@dataclass(frozen=True, slots=True)
class RestoreResult:
    accounts: int
    stakeholders: int


@dataclass(frozen=True, slots=True)
class Blocker:
    """Why one trashed item cannot be deleted permanently."""

    kind: TrashKind
    id: uuid.UUID
    name: str
    covisit_calls: int
    planned_contacts: int


@dataclass(frozen=True, slots=True)
class PurgeResult:
    accounts: int
    stakeholders: int
    skipped: tuple[Blocker, ...] = ()


class AccountInTrashError(FieldVisitError):
    """Stakeholders cannot come back into an account that is itself in the trash."""

    title = "The account is in the trash"

    def __init__(self, accounts: dict[uuid.UUID, str]) -> None:
        # The accounts' names are customer data: the window shows them, the detail counts.
        super().__init__(
            message(
                "These stakeholders belong to {count} account(s) in the trash. "
                "Restore the accounts as well, or restore the accounts first.",
                count=len(accounts),
            )
        )
        self.accounts = accounts


class PurgeRefusedError(FieldVisitError):
    """Co-visit reports and visit plans must keep their accounts and people."""

    title = "Cannot delete permanently"

    def __init__(self, blockers: tuple[Blocker, ...]) -> None:
        # The names are customer data: the window lists them from ``blockers``.
        super().__init__(
            message(
                "Co-visit reports and visit plans refer to {count} of the chosen items "
                "({calls} co-visit calls, {plans} planned contacts). They stay in the trash "
                "so that those reports remain complete.",
                count=len(blockers),
                calls=sum(b.covisit_calls for b in blockers),
                plans=sum(b.planned_contacts for b in blockers),
            )
        )
        self.blockers = blockers


def record_trail(
    session: Session,
    kind: TrashKind,
    subject_id: uuid.UUID,
    author_id: uuid.UUID | None,
    merged_into: tuple[uuid.UUID, str] | None = None,
) -> None:
    """Remember who trashed ``subject_id`` (and, for a merge, where it went)."""
    _drop_trail(session, [subject_id])
    payload: dict[str, Any] = {"kind": kind.value}
    if merged_into is not None:
        payload["merged_into"] = str(merged_into[0])
        payload["merged_into_name"] = merged_into[1]
    session.add(Draft(kind=TRAIL_KIND, subject_id=subject_id, author_id=author_id, payload=payload))


def _drop_trail(session: Session, ids: Iterable[uuid.UUID]) -> None:
    chosen = list(ids)
    if chosen:
        session.execute(delete(Draft).where(Draft.kind == TRAIL_KIND, Draft.subject_id.in_(chosen)))


def trash_accounts(db: Database, ids: Iterable[uuid.UUID], author_id: uuid.UUID | None) -> int:
    """Move accounts to the trash; their stakeholders and history stay attached, hidden."""
    chosen = list(dict.fromkeys(ids))
    now = clock.now_utc()
    with db.session_scope() as session:
        live = _live(session, Account, chosen)
        session.execute(
            update(Account).where(Account.id.in_(live)).values(deleted_at=now, search_key=None)
        )
        session.execute(
            update(Stakeholder).where(Stakeholder.account_id.in_(live)).values(search_key=None)
        )
        for account_id in live:
            record_trail(session, TrashKind.ACCOUNT, account_id, author_id)
        return len(live)


def trash_stakeholders(db: Database, ids: Iterable[uuid.UUID], author_id: uuid.UUID | None) -> int:
    chosen = list(dict.fromkeys(ids))
    now = clock.now_utc()
    with db.session_scope() as session:
        live = _live(session, Stakeholder, chosen)
        session.execute(
            update(Stakeholder)
            .where(Stakeholder.id.in_(live))
            .values(deleted_at=now, search_key=None)
        )
        _stale_accounts_of(session, live)
        for stakeholder_id in live:
            record_trail(session, TrashKind.STAKEHOLDER, stakeholder_id, author_id)
        return len(live)


def _live(
    session: Session, model: type[Account] | type[Stakeholder], ids: list[uuid.UUID]
) -> list[uuid.UUID]:
    found = {
        row_id: deleted
        for row_id, deleted in session.execute(
            select(model.id, model.deleted_at).where(model.id.in_(ids))
        )
    }
    missing = [i for i in ids if i not in found]
    if missing:
        raise NotFoundError(
            message(
                "{count} of the chosen rows no longer exist.",
                count=len(missing),
            )
        )
    return [i for i in ids if found[i] is None]


def _stale_accounts_of(session: Session, stakeholder_ids: list[uuid.UUID]) -> None:
    """An account's search key holds its people's names: rebuild it."""
    accounts = select(Stakeholder.account_id).where(Stakeholder.id.in_(stakeholder_ids))
    session.execute(update(Account).where(Account.id.in_(accounts)).values(search_key=None))


def list_trash(db: Database, text: str = "") -> list[TrashedItem]:
    """Trashed accounts and stakeholders, most recently deleted first; ``text`` filters names."""
    needle = text.strip().casefold()
    with db.session_scope() as session:
        trails = {
            d.subject_id: (d.author_id, d.payload)
            for d in session.scalars(select(Draft).where(Draft.kind == TRAIL_KIND))
        }
        authors = dict(
            session.execute(
                select(TeamMember.id, TeamMember.name).where(
                    TeamMember.id.in_({a for a, _ in trails.values() if a is not None})
                )
            ).all()
        )
        hidden = dict(
            session.execute(
                select(Stakeholder.account_id, func.count())
                .join(Account, Account.id == Stakeholder.account_id)
                .where(Account.deleted_at.is_not(None), Stakeholder.deleted_at.is_(None))
                .group_by(Stakeholder.account_id)
            ).all()
        )
        items: list[TrashedItem] = []
        for acc in session.execute(
            select(Account.id, Account.name, Account.city, Account.deleted_at).where(
                Account.deleted_at.is_not(None)
            )
        ):
            author, payload = trails.get(acc.id, (None, {}))
            items.append(
                TrashedItem(
                    kind=TrashKind.ACCOUNT,
                    id=acc.id,
                    name=acc.name,
                    account_id=None,
                    account_name=None,
                    city=acc.city,
                    deleted_at=acc.deleted_at,
                    deleted_by=authors.get(author) if author else None,
                    merged_into=payload.get("merged_into_name"),
                    hidden_stakeholders=int(hidden.get(acc.id, 0)),
                )
            )
        for person in session.execute(
            select(
                Stakeholder.id,
                Stakeholder.name,
                Stakeholder.deleted_at,
                Stakeholder.account_id,
                Account.name.label("account_name"),
                Account.city,
                Account.deleted_at.label("account_deleted"),
            )
            .join(Account, Account.id == Stakeholder.account_id)
            .where(Stakeholder.deleted_at.is_not(None))
        ):
            author, payload = trails.get(person.id, (None, {}))
            items.append(
                TrashedItem(
                    kind=TrashKind.STAKEHOLDER,
                    id=person.id,
                    name=person.name,
                    account_id=person.account_id,
                    account_name=person.account_name,
                    city=person.city,
                    deleted_at=person.deleted_at,
                    deleted_by=authors.get(author) if author else None,
                    merged_into=payload.get("merged_into_name"),
                    account_in_trash=person.account_deleted is not None,
                )
            )
    if needle:
        items = [i for i in items if needle in _haystack(i)]
    items.sort(key=lambda i: (i.deleted_at, i.name), reverse=True)
    return items


def _haystack(item: TrashedItem) -> str:
    parts = (item.name, item.account_name or "", item.city or "", item.merged_into or "")
    return " ".join(parts).casefold()


def restore(
    db: Database, kind: TrashKind, ids: Iterable[uuid.UUID], *, with_accounts: bool = False
) -> RestoreResult:
    """Bring items back from the trash.

    A stakeholder whose account is in the trash too would come back invisible, so
    this raises :class:`AccountInTrashError` unless ``with_accounts`` restores the
    accounts as well (the dialog asks).
    """
    chosen = list(dict.fromkeys(ids))
    with db.session_scope() as session:
        if kind is TrashKind.ACCOUNT:
            count = _undelete(session, Account, chosen)
            _stale_people_of(session, chosen)
            return RestoreResult(accounts=count, stakeholders=0)
        trashed_accounts = dict(
            session.execute(
                select(Account.id, Account.name)
                .join(Stakeholder, Stakeholder.account_id == Account.id)
                .where(Stakeholder.id.in_(chosen), Account.deleted_at.is_not(None))
            ).all()
        )
        accounts = 0
        if trashed_accounts:
            if not with_accounts:
                raise AccountInTrashError(trashed_accounts)
            accounts = _undelete(session, Account, list(trashed_accounts))
            _stale_people_of(session, list(trashed_accounts))
        people = _undelete(session, Stakeholder, chosen)
        _stale_accounts_of(session, chosen)
        return RestoreResult(accounts=accounts, stakeholders=people)


def _undelete(
    session: Session, model: type[Account] | type[Stakeholder], ids: list[uuid.UUID]
) -> int:
    result = session.execute(
        update(model)
        .where(model.id.in_(ids), model.deleted_at.is_not(None))
        .values(deleted_at=None, search_key=None)
    )
    _drop_trail(session, ids)
    return int(getattr(result, "rowcount", 0) or 0)


def _stale_people_of(session: Session, account_ids: list[uuid.UUID]) -> None:
    session.execute(
        update(Stakeholder).where(Stakeholder.account_id.in_(account_ids)).values(search_key=None)
    )


def purge_blockers(db: Database, kind: TrashKind, ids: Iterable[uuid.UUID]) -> list[Blocker]:
    """Trashed items that co-visit reports or visit plans still refer to."""
    with db.session_scope() as session:
        return blockers_in(session, kind, list(ids))


def blockers_in(session: Session, kind: TrashKind, ids: list[uuid.UUID]) -> list[Blocker]:
    if not ids:
        return []
    if kind is TrashKind.ACCOUNT:
        names = dict(
            session.execute(select(Account.id, Account.name).where(Account.id.in_(ids))).all()
        )
        # Calls at the account, and calls elsewhere that met its people: both reports
        # would lose them.
        found: dict[uuid.UUID, set[uuid.UUID]] = {}
        at_account = select(CoVisitCall.account_id, CoVisitCall.id).where(
            CoVisitCall.account_id.in_(ids)
        )
        met_people = (
            select(Stakeholder.account_id, CoVisitCallStakeholder.call_id)
            .join(Stakeholder, Stakeholder.id == CoVisitCallStakeholder.stakeholder_id)
            .where(Stakeholder.account_id.in_(ids))
        )
        for query in (at_account, met_people):
            for account_id, call_id in session.execute(query):
                found.setdefault(account_id, set()).add(call_id)
        calls = {account_id: len(found_calls) for account_id, found_calls in found.items()}
        plans = _counts(session, PlannedContact.account_id, ids)
    else:
        names = dict(
            session.execute(
                select(Stakeholder.id, Stakeholder.name).where(Stakeholder.id.in_(ids))
            ).all()
        )
        calls = _counts(session, CoVisitCallStakeholder.stakeholder_id, ids)
        plans = {}
    return [
        Blocker(kind, i, names.get(i, ""), calls.get(i, 0), plans.get(i, 0))
        for i in ids
        if calls.get(i, 0) or plans.get(i, 0)
    ]


def _counts(session: Session, column: Any, ids: list[uuid.UUID]) -> dict[uuid.UUID, int]:
    query = select(column, func.count()).where(column.in_(ids)).group_by(column)
    return {row_id: int(n) for row_id, n in session.execute(query)}


def purge(db: Database, kind: TrashKind, ids: Iterable[uuid.UUID]) -> PurgeResult:
    """Delete trashed items for good, with everything that belongs to them.

    Refuses (:class:`PurgeRefusedError`, nothing deleted) when a co-visit report or a
    visit plan refers to one of them, and refuses items that are not in the trash.
    """
    chosen = list(dict.fromkeys(ids))
    with db.session_scope() as session:
        model: type[Account] | type[Stakeholder] = (
            Account if kind is TrashKind.ACCOUNT else Stakeholder
        )
        states = dict(
            session.execute(select(model.id, model.deleted_at).where(model.id.in_(chosen))).all()
        )
        live = [i for i in chosen if i in states and states[i] is None]
        if live:
            raise ValidationError(
                "ids",
                message(
                    "Only items in the trash can be deleted permanently; move them there first.",
                ),
            )
        present = [i for i in chosen if i in states]
        blockers = blockers_in(session, kind, present)
        if blockers:
            raise PurgeRefusedError(tuple(blockers))
        return _purge(session, kind, present)


def _purge(session: Session, kind: TrashKind, ids: list[uuid.UUID]) -> PurgeResult:
    if not ids:
        return PurgeResult(0, 0)
    conn = session.connection()
    name = "account.purge" if kind is TrashKind.ACCOUNT else "stakeholder.purge"
    # On a team laptop the purge goes up as one step the server checks against its own
    # rows; the rows deleted here are not sent one by one (their deletes are not captured).
    for chunk in (ids[i : i + 1000] for i in range(0, len(ids), 1000)):
        queue_command(conn, name, {"ids": [str(i) for i in chunk]})
    with uncaptured(conn):
        return _delete_for_good(session, kind, ids)


def _delete_for_good(session: Session, kind: TrashKind, ids: list[uuid.UUID]) -> PurgeResult:
    if kind is TrashKind.ACCOUNT:
        people = list(
            session.scalars(select(Stakeholder.id).where(Stakeholder.account_id.in_(ids)))
        )
        session.execute(delete(Draft).where(Draft.subject_id.in_([*ids, *people])))
        session.execute(delete(Account).where(Account.id.in_(ids)))
        return PurgeResult(accounts=len(ids), stakeholders=len(people))
    _stale_accounts_of(session, ids)
    session.execute(delete(Draft).where(Draft.subject_id.in_(ids)))
    session.execute(delete(Stakeholder).where(Stakeholder.id.in_(ids)))
    return PurgeResult(accounts=0, stakeholders=len(ids))


def empty_trash(db: Database, older_than_days: int, now: datetime | None = None) -> PurgeResult:
    """Delete for good what has been in the trash longer than ``older_than_days``.

    Items that co-visit reports or plans refer to are skipped and reported, not an error.
    """
    if older_than_days < 0:
        raise ValidationError(
            "older_than_days",
            message("Enter a number of days of 0 or more."),
        )
    cutoff = (now or clock.now_utc()) - timedelta(days=older_than_days)
    with db.session_scope() as session:
        skipped: list[Blocker] = []
        accounts = people = 0
        # People first: those of an old account go with it anyway.
        for kind, model in ((TrashKind.STAKEHOLDER, Stakeholder), (TrashKind.ACCOUNT, Account)):
            old = list(
                session.scalars(
                    select(model.id).where(model.deleted_at.is_not(None), model.deleted_at < cutoff)
                )
            )
            blocked = blockers_in(session, kind, old)
            skipped.extend(blocked)
            blocked_ids = {b.id for b in blocked}
            done = _purge(session, kind, [i for i in old if i not in blocked_ids])
            accounts += done.accounts
            people += done.stakeholders
        return PurgeResult(accounts=accounts, stakeholders=people, skipped=tuple(skipped))
