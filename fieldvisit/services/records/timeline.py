"""An account's history in one list: contact records, promises and co-visit calls."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import aliased

from fieldvisit import clock
from fieldvisit.domain.enums import ContactMethod, CoVisitType, PromiseStatus, RecordStatus
from fieldvisit.services.local_days import local_zone
from fieldvisit.services.records.listing import SUMMARY_CHARS
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import ContactRecord, CoVisit, CoVisitCall, Promise, TeamMember


class TimelineKind(StrEnum):
    RECORD = "record"
    PROMISE_MADE = "promise_made"
    PROMISE_DUE = "promise_due"
    PROMISE_KEPT = "promise_kept"
    PROMISE_CANCELLED = "promise_cancelled"
    COVISIT_CALL = "covisit_call"


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One event; ``at`` is local time (midnight for events that only have a day)."""

    kind: TimelineKind
    at: datetime
    has_time: bool
    text: str
    person: str | None = None
    record_id: uuid.UUID | None = None
    promise_id: uuid.UUID | None = None
    covisit_id: uuid.UUID | None = None
    method: ContactMethod | None = None
    record_status: RecordStatus | None = None
    call_type: CoVisitType | None = None
    overdue: bool = False

    @property
    def day(self) -> date:
        return self.at.date()


def _short(text: str | None) -> str:
    clean = " ".join((text or "").split())
    return clean if len(clean) <= SUMMARY_CHARS else clean[: SUMMARY_CHARS - 1] + "…"


def account_timeline(
    db: Database, account_id: uuid.UUID, today: date | None = None
) -> list[TimelineEntry]:
    """Everything that happened with the account, newest first (three queries)."""
    zone = local_zone()
    day = today or clock.today()

    def midnight(d: date) -> datetime:
        return datetime.combine(d, time(), zone)

    entries: list[TimelineEntry] = []
    author = aliased(TeamMember)
    with db.session_scope() as session:
        records = session.execute(
            select(
                ContactRecord.id,
                ContactRecord.occurred_at,
                ContactRecord.method,
                ContactRecord.status,
                ContactRecord.content,
                ContactRecord.place,
                author.name,
            )
            .outerjoin(author, author.id == ContactRecord.author_id)
            .where(ContactRecord.account_id == account_id, ContactRecord.deleted_at.is_(None))
        ).all()
        record_days: dict[uuid.UUID, date] = {}
        for rid, occurred, method, status, content, place, name in records:
            local = occurred.astimezone(zone)
            record_days[rid] = local.date()
            entries.append(
                TimelineEntry(
                    TimelineKind.RECORD,
                    local,
                    True,
                    _short(content) or (place or ""),
                    name,
                    record_id=rid,
                    method=method,
                    record_status=status,
                )
            )
        owner = aliased(TeamMember)
        promises = session.execute(
            select(
                Promise.id,
                Promise.record_id,
                Promise.description,
                Promise.agreed_on,
                Promise.created_at,
                Promise.due_on,
                Promise.status,
                Promise.closed_at,
                Promise.closing_note,
                owner.name,
            )
            .outerjoin(owner, owner.id == Promise.owner_id)
            .where(Promise.account_id == account_id, Promise.deleted_at.is_(None))
        ).all()
        for pid, prid, text, agreed, created, due, pstatus, closed, note, pname in promises:
            made = agreed or (record_days.get(prid) if prid else None)
            made_day = made or created.astimezone(zone).date()
            entries.append(
                TimelineEntry(
                    TimelineKind.PROMISE_MADE,
                    midnight(made_day),
                    False,
                    _short(text),
                    pname,
                    record_id=prid,
                    promise_id=pid,
                )
            )
            if pstatus is PromiseStatus.OPEN:
                entries.append(
                    TimelineEntry(
                        TimelineKind.PROMISE_DUE,
                        midnight(due),
                        False,
                        _short(text),
                        pname,
                        record_id=prid,
                        promise_id=pid,
                        overdue=due < day,
                    )
                )
            elif closed is not None:
                kind = (
                    TimelineKind.PROMISE_KEPT
                    if pstatus is PromiseStatus.KEPT
                    else TimelineKind.PROMISE_CANCELLED
                )
                closing = _short(text) + (f" — {_short(note)}" if note else "")
                entries.append(
                    TimelineEntry(
                        kind,
                        closed.astimezone(zone),
                        True,
                        closing,
                        pname,
                        record_id=prid,
                        promise_id=pid,
                    )
                )
        rep = aliased(TeamMember)
        calls = session.execute(
            select(
                CoVisitCall.covisit_id,
                CoVisitCall.day,
                CoVisitCall.call_type,
                CoVisitCall.visit_objective,
                CoVisitCall.contact_record_id,
                rep.name,
            )
            .join(CoVisit, CoVisit.id == CoVisitCall.covisit_id)
            .outerjoin(rep, rep.id == CoVisit.rep_id)
            .where(
                CoVisitCall.account_id == account_id,
                CoVisitCall.deleted_at.is_(None),
                CoVisit.deleted_at.is_(None),
            )
        ).all()
        for covisit_id, call_day, call_type, objective, call_rid, rep_name in calls:
            entries.append(
                TimelineEntry(
                    TimelineKind.COVISIT_CALL,
                    midnight(call_day),
                    False,
                    _short(objective),
                    rep_name,
                    record_id=call_rid,
                    covisit_id=covisit_id,
                    call_type=call_type,
                )
            )
    # Newest first; on one day a dated-only event sorts after the timed ones.
    entries.sort(key=lambda e: (e.day, e.has_time, e.at, e.kind.value), reverse=True)
    return entries
