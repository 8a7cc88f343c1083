"""A co-visit call links to the rep's own contact record of that visit; it never writes one.

A contact record is the rep's account of the customer visit; the manager's coaching (plan,
observations, debrief) stays in the co-visit report. A call therefore only points at the
record the rep wrote of the same account on the same local day, when there is one.
"""

from __future__ import annotations

import uuid
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldvisit.domain.enums import CoVisitStatus
from fieldvisit.domain.errors import ValidationError
from fieldvisit.i18n import message
from fieldvisit.services.local_days import local_date, local_midnight
from fieldvisit.storage.models import ContactRecord, CoVisit, CoVisitCall


def record_candidates(session: Session, cv: CoVisit, call: CoVisitCall) -> list[ContactRecord]:
    """The rep's records of the call's account and day that no other call links to."""
    start = local_midnight(call.day)
    taken = select(CoVisitCall.contact_record_id).where(
        CoVisitCall.contact_record_id.is_not(None),
        CoVisitCall.deleted_at.is_(None),
        CoVisitCall.id != call.id,
    )
    return list(
        session.scalars(
            select(ContactRecord)
            .where(
                ContactRecord.account_id == call.account_id,
                ContactRecord.author_id == cv.rep_id,
                ContactRecord.occurred_at >= start,
                ContactRecord.occurred_at < start + timedelta(days=1),
                ContactRecord.deleted_at.is_(None),
                ContactRecord.id.not_in(taken),
            )
            .order_by(ContactRecord.occurred_at, ContactRecord.created_at)
        )
    )


def auto_link(session: Session, cv: CoVisit, call: CoVisitCall) -> None:
    """Keep a link that still fits the call; otherwise link the one matching record, if one."""
    candidates = record_candidates(session, cv, call)
    if call.contact_record_id in {r.id for r in candidates}:
        return
    call.contact_record_id = candidates[0].id if len(candidates) == 1 else None


def link(session: Session, cv: CoVisit, call: CoVisitCall, record_id: uuid.UUID | None) -> None:
    """Link the call to one of its candidate records, or to none."""
    if record_id is not None and record_id not in {
        r.id for r in record_candidates(session, cv, call)
    }:
        raise ValidationError(
            "contact_record",
            message(
                "Choose one of the rep's contact records of this account and day "
                "that no other call is linked to.",
            ),
        )
    call.contact_record_id = record_id


def link_written_record(session: Session, record: ContactRecord) -> None:
    """A record the rep writes after the call was added links to it when it is the only one.

    Only calls of reports still open: a signed report does not change under its signature.
    """
    calls = session.execute(
        select(CoVisitCall, CoVisit)
        .join(CoVisit, CoVisit.id == CoVisitCall.covisit_id)
        .where(
            CoVisit.rep_id == record.author_id,
            CoVisit.status != CoVisitStatus.SIGNED_OFF,
            CoVisit.deleted_at.is_(None),
            CoVisitCall.account_id == record.account_id,
            CoVisitCall.day == local_date(record.occurred_at),
            CoVisitCall.contact_record_id.is_(None),
            CoVisitCall.deleted_at.is_(None),
        )
    ).all()
    for call, cv in calls:
        if [r.id for r in record_candidates(session, cv, call)] == [record.id]:
            call.contact_record_id = record.id
            session.flush()
