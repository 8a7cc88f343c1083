"""Each co-visit call is also a contact record of the rep, so the account's history is whole.

The call owns a few of the record's fields (objective, content, successes, shortcomings,
lessons). A later edit of the call updates a field only where the record still holds what
the call last wrote there (or nothing): whatever the rep wrote in the record stays.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from fieldvisit.domain.enums import ContactMethod, RecordStatus
from fieldvisit.storage.base import utcnow
from fieldvisit.storage.models import (
    ContactRecord,
    CoVisit,
    CoVisitCall,
    CoVisitCallStakeholder,
    MonthlyPlan,
    PlannedContact,
    RecordParticipant,
    RecordStakeholder,
)

CALL_TO_RECORD = {
    "visit_objective": "objective_notes",
    "precall_key_messages": "content",
    "feedback_went_well": "successes",
    "feedback_do_differently": "shortcomings",
    "agreed_learning": "lessons",
}
FIRST_CALL_AT = time(9, 0)
MINUTES_BETWEEN_CALLS = 90


def call_time(call: CoVisitCall) -> datetime:
    """A plausible local time of the call on its day (the rep can correct it in the record)."""
    local = datetime.combine(call.day, FIRST_CALL_AT).astimezone()
    return local + timedelta(minutes=MINUTES_BETWEEN_CALLS * (call.seq - 1))


def create_or_link(session: Session, cv: CoVisit, call: CoVisitCall) -> ContactRecord:
    """Link the rep's own visit record of that account and day, or write a new one."""
    start = datetime.combine(call.day, time.min).astimezone()
    taken = select(CoVisitCall.contact_record_id).where(
        CoVisitCall.contact_record_id.is_not(None), CoVisitCall.deleted_at.is_(None)
    )
    record = session.scalars(
        select(ContactRecord)
        .where(
            ContactRecord.account_id == call.account_id,
            ContactRecord.author_id == cv.rep_id,
            ContactRecord.method == ContactMethod.VISIT,
            ContactRecord.occurred_at >= start,
            ContactRecord.occurred_at < start + timedelta(days=1),
            ContactRecord.deleted_at.is_(None),
            ContactRecord.id.not_in(taken),
        )
        .order_by(ContactRecord.occurred_at)
    ).first()
    if record is None:
        record = ContactRecord(
            account_id=call.account_id,
            author_id=cv.rep_id,
            occurred_at=call_time(call),
            method=ContactMethod.VISIT,
            sales_objectives=[],
            admin_objectives=[],
            purposes=[],
            status=RecordStatus.DRAFT,
        )
        session.add(record)
        session.flush()
    call.contact_record_id = record.id
    _link_plan(session, cv, call, record)
    sync_people(session, cv, call, record)
    sync_fields(record, {}, call)
    return record


def _link_plan(session: Session, cv: CoVisit, call: CoVisitCall, record: ContactRecord) -> None:
    planned = session.scalars(
        select(PlannedContact)
        .join(MonthlyPlan, MonthlyPlan.id == PlannedContact.plan_id)
        .where(
            MonthlyPlan.rep_id == cv.rep_id,
            MonthlyPlan.deleted_at.is_(None),
            PlannedContact.account_id == call.account_id,
            PlannedContact.planned_on == call.day,
            PlannedContact.record_id.is_(None),
            PlannedContact.deleted_at.is_(None),
        )
    ).first()
    if planned is not None:
        planned.record_id = record.id


def sync_people(session: Session, cv: CoVisit, call: CoVisitCall, record: ContactRecord) -> None:
    """Stakeholders met as on the call; the rep and the manager as participants."""
    met = set(
        session.scalars(
            select(CoVisitCallStakeholder.stakeholder_id).where(
                CoVisitCallStakeholder.call_id == call.id
            )
        )
    )
    have = set(
        session.scalars(
            select(RecordStakeholder.stakeholder_id).where(RecordStakeholder.record_id == record.id)
        )
    )
    for sid in met - have:
        session.add(RecordStakeholder(record_id=record.id, stakeholder_id=sid))
    if have - met:
        session.execute(
            delete(RecordStakeholder).where(
                RecordStakeholder.record_id == record.id,
                RecordStakeholder.stakeholder_id.in_(have - met),
            )
        )
    people = set(
        session.scalars(
            select(RecordParticipant.member_id).where(RecordParticipant.record_id == record.id)
        )
    )
    for member in {cv.rep_id, cv.manager_id} - people:
        session.add(RecordParticipant(record_id=record.id, member_id=member))


def sync_fields(record: ContactRecord, before: dict[str, str | None], call: CoVisitCall) -> None:
    """Copy the call's owned fields where the record still holds the call's earlier text."""
    for call_field, record_field in CALL_TO_RECORD.items():
        current = getattr(record, record_field)
        if current in (None, "", before.get(call_field)):
            setattr(record, record_field, getattr(call, call_field))
    if record.account_id != call.account_id:
        record.account_id = call.account_id


def owned_values(call: CoVisitCall) -> dict[str, str | None]:
    return {name: getattr(call, name) for name in CALL_TO_RECORD}


def record_of(session: Session, call: CoVisitCall) -> ContactRecord | None:
    if call.contact_record_id is None:
        return None
    record = session.get(ContactRecord, call.contact_record_id)
    return record if record is not None and record.deleted_at is None else None


def complete_records(session: Session, calls: list[CoVisitCall], when: datetime) -> None:
    """At sign-off the calls' records are complete: written the same day as the co-visit."""
    for call in calls:
        record = record_of(session, call)
        if record is not None and record.status is RecordStatus.DRAFT:
            record.status = RecordStatus.COMPLETE
            record.completed_at = when


def drop_record(session: Session, call: CoVisitCall) -> None:
    """A removed call takes its record along when the call wrote it (the rep's own stays)."""
    record = record_of(session, call)
    if record is None:
        return
    written_by_call = abs((record.created_at - call.created_at).total_seconds()) < 5
    if written_by_call and record.status is RecordStatus.DRAFT:
        record.deleted_at = utcnow()
        for planned in session.scalars(
            select(PlannedContact).where(PlannedContact.record_id == record.id)
        ):
            planned.record_id = None
    call.contact_record_id = None
