"""Changing written calls without losing them: remove and restore (undo), reorder, move to
another account, day or people, and link the rep's own contact record of the visit.

A removed call is only marked deleted: its plan, observations and stakeholders met stay in
the database, so :func:`restore_call` brings it back whole at its old place.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from fieldvisit.domain.enums import ContactMethod, RecordStatus
from fieldvisit.domain.errors import NotFoundError, ValidationError
from fieldvisit.i18n import message
from fieldvisit.services.covisits import record_link
from fieldvisit.services.covisits.reading import (
    editable_call,
    editable_covisit,
    find_covisit,
    live_calls,
    load_view,
)
from fieldvisit.services.covisits.views import CallView
from fieldvisit.storage.base import utcnow
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import (
    Account,
    CoVisitCall,
    CoVisitCallStakeholder,
    Stakeholder,
)

PLAN_FIELDS = (
    "visit_objective",
    "precall_opening",
    "precall_key_messages",
    "precall_objections",
    "precall_commitment",
)
DEBRIEF_FIELDS = (
    "rep_self_assessment",
    "feedback_went_well",
    "feedback_do_differently",
    "agreed_learning",
)


@dataclass(frozen=True, slots=True)
class WrittenParts:
    """How much of a call is written: what removing it would take away."""

    plan: int
    observations: int
    debrief: int
    people: int

    @property
    def empty(self) -> bool:
        return not (self.plan or self.observations or self.debrief or self.people)


def written_parts(call: CallView) -> WrittenParts:
    return WrittenParts(
        plan=sum(1 for f in PLAN_FIELDS if getattr(call, f)),
        observations=sum(1 for o in call.observations if o.rating is not None or o.note),
        debrief=sum(1 for f in DEBRIEF_FIELDS if getattr(call, f)),
        people=len(call.stakeholder_ids),
    )


@dataclass(frozen=True, slots=True)
class RecordChoice:
    """One of the rep's contact records a call can link to (no customer text in it)."""

    id: uuid.UUID
    occurred_at: datetime
    method: ContactMethod
    status: RecordStatus
    linked: bool


def remove_call(db: Database, call_id: uuid.UUID) -> None:
    """Mark the call deleted (all it holds stays, for undo) and renumber the rest."""
    with db.session_scope() as session:
        call, cv = editable_call(session, call_id)
        call.deleted_at = utcnow()
        session.flush()
        _renumber(live_calls(session, cv.id))


def restore_call(db: Database, call_id: uuid.UUID) -> CallView:
    """Bring a removed call back at its old place, with its observations and people."""
    with db.session_scope() as session:
        call = session.get(CoVisitCall, call_id)
        if call is None:
            raise NotFoundError(
                message(
                    "No co-visit call has the ID {id}.",
                    id=call_id,
                )
            )
        cv = editable_covisit(session, call.covisit_id)
        if call.deleted_at is None:
            return load_view(session, cv).call(call.id)
        others = live_calls(session, cv.id)
        call.deleted_at = None
        others.insert(max(0, min(call.seq - 1, len(others))), call)
        _renumber(others)
        record_link.auto_link(session, cv, call)
        return load_view(session, cv).call(call.id)


def move_call(db: Database, call_id: uuid.UUID, offset: int) -> None:
    """Move a call up (``-1``) or down (``+1``) in the day's order."""
    with db.session_scope() as session:
        call, cv = editable_call(session, call_id)
        calls = live_calls(session, cv.id)
        index = calls.index(call)
        target = max(0, min(len(calls) - 1, index + offset))
        calls.insert(target, calls.pop(index))
        _renumber(calls)


def change_call(
    db: Database,
    call_id: uuid.UUID,
    account_id: uuid.UUID,
    day: date,
    stakeholder_ids: list[uuid.UUID] | tuple[uuid.UUID, ...],
) -> CallView:
    """Correct where, when and with whom a call was made; everything written stays."""
    with db.session_scope() as session:
        call, cv = editable_call(session, call_id)
        if not cv.first_day <= day <= cv.last_day:
            raise ValidationError(
                "day",
                message(
                    "The call must be on one of the co-visit's days.",
                ),
            )
        account = session.get(Account, account_id)
        if account is None or account.deleted_at is not None:
            raise NotFoundError(
                message(
                    "No account has the ID {id}.",
                    id=account_id,
                )
            )
        call.account_id, call.day = account.id, day
        set_stakeholders(session, call, stakeholder_ids)
        record_link.auto_link(session, cv, call)
        return load_view(session, cv).call(call.id)


def record_choices(db: Database, call_id: uuid.UUID) -> list[RecordChoice]:
    """The rep's records of the call's account and day that the call can link to."""
    with db.session_scope() as session:
        call = session.get(CoVisitCall, call_id)
        if call is None or call.deleted_at is not None:
            raise NotFoundError(
                message(
                    "No co-visit call has the ID {id}.",
                    id=call_id,
                )
            )
        cv = find_covisit(session, call.covisit_id)
        candidates = record_link.record_candidates(session, cv, call)
        return [
            RecordChoice(r.id, r.occurred_at, r.method, r.status, r.id == call.contact_record_id)
            for r in candidates
        ]


def link_record(db: Database, call_id: uuid.UUID, record_id: uuid.UUID | None) -> None:
    """Link the call to the rep's record of the visit (``None``: to none)."""
    with db.session_scope() as session:
        call, cv = editable_call(session, call_id)
        record_link.link(session, cv, call, record_id)


def set_stakeholders(
    session: Session, call: CoVisitCall, stakeholder_ids: list[uuid.UUID] | tuple[uuid.UUID, ...]
) -> None:
    """The people met, all of the call's account."""
    wanted = set(stakeholder_ids)
    valid = set(
        session.scalars(
            select(Stakeholder.id).where(
                Stakeholder.id.in_(wanted),
                Stakeholder.account_id == call.account_id,
                Stakeholder.deleted_at.is_(None),
            )
        )
    )
    if wanted - valid:
        raise ValidationError(
            "stakeholders",
            message(
                "A stakeholder met is not of the call's account.",
            ),
        )
    session.execute(delete(CoVisitCallStakeholder).where(CoVisitCallStakeholder.call_id == call.id))
    for sid in valid:
        session.add(CoVisitCallStakeholder(call_id=call.id, stakeholder_id=sid))
    session.flush()


def _renumber(calls: list[CoVisitCall]) -> None:
    for seq, each in enumerate(calls, start=1):
        each.seq = seq
