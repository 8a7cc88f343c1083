"""The one reading of a contact record: a frozen :class:`RecordView` for every reader.

The record editor (through :func:`~fieldvisit.services.records.records.load_record`), the
printed record and ``fieldvisit record`` all take this view, so the window, the paper and
the command line cannot disagree about what a record says.
"""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldvisit.domain.errors import NotFoundError
from fieldvisit.i18n import message
from fieldvisit.reports.snapshots import PhotoLine, PromiseLine, RecordView, VisitCheckSnapshot
from fieldvisit.services.reviews.comments import comment_lines
from fieldvisit.services.team import member_names
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import (
    Account,
    Attachment,
    ContactRecord,
    PlannedContact,
    Promise,
    RecordComment,
    RecordParticipant,
    RecordStakeholder,
    Stakeholder,
    TeamMember,
    VisitCheck,
)


def load_record_view(db: Database, record_id: uuid.UUID) -> RecordView:
    with db.session_scope() as session:
        return read_record(session, record_id)


def read_record(session: Session, record_id: uuid.UUID) -> RecordView:
    r = session.get(ContactRecord, record_id)
    if r is None or r.deleted_at is not None:
        raise NotFoundError(
            message(
                "No contact record has the ID {id}.",
                id=record_id,
            )
        )
    account = session.get(Account, r.account_id)
    if account is None or account.deleted_at is not None:
        raise NotFoundError(
            message(
                "No account has the ID {id}.",
                id=r.account_id,
            )
        )
    met = session.execute(
        select(Stakeholder.id, Stakeholder.name)
        .join(RecordStakeholder, RecordStakeholder.stakeholder_id == Stakeholder.id)
        .where(RecordStakeholder.record_id == r.id)
        .order_by(Stakeholder.name, Stakeholder.id)
    ).all()
    ours = session.execute(
        select(TeamMember.id, TeamMember.name)
        .join(RecordParticipant, RecordParticipant.member_id == TeamMember.id)
        .where(RecordParticipant.record_id == r.id)
        .order_by(TeamMember.name, TeamMember.id)
    ).all()
    promises = session.scalars(
        select(Promise)
        .where(Promise.record_id == r.id, Promise.deleted_at.is_(None))
        .order_by(Promise.due_on, Promise.created_at)
    ).all()
    people = member_names(session, [r.author_id] + [p.owner_id for p in promises])
    named = dict(
        session.execute(
            select(Stakeholder.id, Stakeholder.name).where(
                Stakeholder.id.in_({p.stakeholder_id for p in promises if p.stakeholder_id})
            )
        ).all()
    )
    photos = session.execute(
        select(Attachment.id, Attachment.filename, Attachment.media_type, Attachment.size_bytes)
        .where(Attachment.record_id == r.id, Attachment.deleted_at.is_(None))
        .order_by(Attachment.created_at, Attachment.filename)
    ).all()
    planned = session.scalar(
        select(PlannedContact.id).where(
            PlannedContact.record_id == r.id, PlannedContact.deleted_at.is_(None)
        )
    )
    check = session.get(VisitCheck, r.id)
    return RecordView(
        id=r.id,
        account_id=r.account_id,
        account=account.name,
        author_id=r.author_id,
        author=people.get(r.author_id) if r.author_id else None,
        occurred_at=r.occurred_at,
        method=r.method,
        place=r.place,
        stakeholders_met=tuple(name for _, name in met),
        stakeholder_ids=tuple(sid for sid, _ in met),
        participants=tuple(name for _, name in ours),
        participant_ids=tuple(mid for mid, _ in ours),
        sales_objectives=tuple(r.sales_objectives or ()),
        admin_objectives=tuple(r.admin_objectives or ()),
        purposes=tuple(r.purposes or ()),
        objective_notes=r.objective_notes,
        content=r.content,
        successes=r.successes,
        shortcomings=r.shortcomings,
        lessons=r.lessons,
        new_agreements=r.new_agreements,
        promises=tuple(
            PromiseLine(
                p.description,
                p.due_on,
                p.status,
                people.get(p.owner_id) if p.owner_id else None,
                named.get(p.stakeholder_id) if p.stakeholder_id else None,
                id=p.id,
                owner_id=p.owner_id,
                stakeholder_id=p.stakeholder_id,
                closing_note=p.closing_note,
            )
            for p in promises
        ),
        next_steps=r.next_steps,
        next_visit_on=r.next_visit_on,
        special_notes=r.special_notes,
        other_notes=r.other_notes,
        check=_check(check) if check is not None and check.deleted_at is None else None,
        photos=tuple(PhotoLine(*row) for row in photos),
        status=r.status,
        completed_at=r.completed_at,
        planned_contact_id=planned,
        comments=comment_lines(session, RecordComment, r.id),
    )


def _check(c: VisitCheck) -> VisitCheckSnapshot:
    return VisitCheckSnapshot(
        our_prices=c.our_prices,
        competitor_prices=c.competitor_prices,
        stock=c.stock,
        sell_through=c.sell_through,
        credit_limit_cents=c.credit_limit_cents,
        paid_cents=c.paid_cents,
        unpaid_cents=c.unpaid_cents,
        receivable_cents=c.receivable_cents,
        promotion_compliance=c.promotion_compliance,
        shelf_display=c.shelf_display,
        draft_order=c.draft_order,
    )
