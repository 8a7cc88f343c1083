"""Writing a contact record (DOMAIN.md §4): new, load, save as draft, complete."""

from __future__ import annotations

import hashlib
import uuid
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from fieldvisit.domain.enums import ContactMethod, PlannedKind, PromiseStatus, RecordStatus
from fieldvisit.domain.errors import NotFoundError, ValidationError
from fieldvisit.i18n import message
from fieldvisit.reports.snapshots import RecordView, VisitCheckSnapshot
from fieldvisit.services.covisits.record_link import link_written_record
from fieldvisit.services.local_days import local_zone
from fieldvisit.services.records.forms import (
    MAX_PHOTO_BYTES,
    MAX_PLACE,
    IncompleteRecordError,
    MemberChoice,
    PhotoForm,
    PromiseForm,
    RecordChoices,
    RecordForm,
    StakeholderChoice,
    VisitCheckForm,
    choose_due,
)
from fieldvisit.services.records.promises import sync_record_promises
from fieldvisit.services.records.view import load_record_view
from fieldvisit.storage.base import utcnow
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import (
    Account,
    Attachment,
    ContactRecord,
    PlannedContact,
    Promise,
    RecordParticipant,
    RecordStakeholder,
    Stakeholder,
    TeamMember,
    VisitCheck,
)

_METHOD_FOR_PLAN = {
    PlannedKind.VISIT: ContactMethod.VISIT,
    PlannedKind.PHONE: ContactMethod.PHONE,
    PlannedKind.SERVICE: ContactMethod.VISIT,
}


def _account(session: Session, account_id: uuid.UUID) -> Account:
    account = session.get(Account, account_id)
    if account is None or account.deleted_at is not None:
        raise NotFoundError(
            message(
                "No account has the ID {id}.",
                id=account_id,
            )
        )
    return account


def _record(session: Session, record_id: uuid.UUID) -> ContactRecord:
    record = session.get(ContactRecord, record_id)
    if record is None or record.deleted_at is not None:
        raise NotFoundError(
            message(
                "No contact record has the ID {id}.",
                id=record_id,
            )
        )
    return record


def record_choices(db: Database, account_id: uuid.UUID) -> RecordChoices:
    """The account's active stakeholders and the active team, by name."""
    with db.session_scope() as session:
        account = _account(session, account_id)
        people = session.execute(
            select(Stakeholder.id, Stakeholder.name, Stakeholder.title, Stakeholder.department)
            .where(
                Stakeholder.account_id == account_id,
                Stakeholder.deleted_at.is_(None),
                Stakeholder.ended_on.is_(None),
            )
            .order_by(Stakeholder.name)
        ).all()
        members = session.execute(
            select(TeamMember.id, TeamMember.name)
            .where(TeamMember.deleted_at.is_(None), TeamMember.active.is_(True))
            .order_by(TeamMember.name)
        ).all()
        return RecordChoices(
            account_id=account.id,
            account_name=account.name,
            stakeholders=tuple(StakeholderChoice(*row) for row in people),
            members=tuple(MemberChoice(*row) for row in members),
        )


def new_record_form(
    db: Database,
    account_id: uuid.UUID,
    author_id: uuid.UUID | None,
    when: datetime,
    *,
    planned_contact_id: uuid.UUID | None = None,
) -> RecordForm:
    """A blank record of ``account_id`` by ``author_id``; nothing is written.

    From a planned contact, the method and the planned purpose are filled in and
    saving links the plan entry to the record.
    """
    if when.tzinfo is None:
        raise ValueError("when must be an aware datetime")
    form = RecordForm(
        account_id=account_id,
        author_id=author_id,
        when=when.astimezone(local_zone()).replace(second=0, microsecond=0),
        participant_ids=[author_id] if author_id is not None else [],
    )
    with db.session_scope() as session:
        form.account_name = _account(session, account_id).name
        if planned_contact_id is not None:
            planned = _planned(session, planned_contact_id, account_id, None)
            form.planned_contact_id = planned.id
            form.method = _METHOD_FOR_PLAN.get(planned.kind, ContactMethod.VISIT)
            form.objective_notes = planned.purpose or ""
    return form


def _planned(
    session: Session, planned_id: uuid.UUID, account_id: uuid.UUID, record_id: uuid.UUID | None
) -> PlannedContact:
    planned = session.get(PlannedContact, planned_id)
    if planned is None or planned.deleted_at is not None:
        raise NotFoundError(
            message(
                "No planned contact has the ID {id}.",
                id=planned_id,
            )
        )
    if planned.account_id != account_id:
        raise ValidationError(
            "planned_contact",
            message("That planned contact is for another account."),
        )
    if planned.record_id is not None and planned.record_id != record_id:
        raise ValidationError(
            "planned_contact",
            message(
                "That planned contact is already fulfilled by another record.",
            ),
        )
    return planned


def load_record(db: Database, record_id: uuid.UUID) -> RecordForm:
    """The record for editing: the one :class:`RecordView`, as a form."""
    return form_from_view(load_record_view(db, record_id))


def form_from_view(view: RecordView) -> RecordForm:
    assert view.id is not None and view.account_id is not None
    return RecordForm(
        id=view.id,
        account_id=view.account_id,
        account_name=view.account,
        author_id=view.author_id,
        when=view.occurred_at.astimezone(local_zone()),
        method=view.method,
        place=view.place or "",
        stakeholder_ids=list(view.stakeholder_ids),
        participant_ids=list(view.participant_ids),
        sales_objectives=list(view.sales_objectives),
        admin_objectives=list(view.admin_objectives),
        purposes=list(view.purposes),
        objective_notes=view.objective_notes or "",
        content=view.content or "",
        successes=view.successes or "",
        shortcomings=view.shortcomings or "",
        lessons=view.lessons or "",
        new_agreements=view.new_agreements or "",
        promises=[
            PromiseForm(
                description=p.description,
                due_on=p.due_on,
                owner_id=p.owner_id,
                stakeholder_id=p.stakeholder_id,
                id=p.id,
                status=p.status,
                closing_note=p.closing_note,
            )
            for p in view.promises
        ],
        next_steps=view.next_steps or "",
        next_visit_on=view.next_visit_on,
        special_notes=view.special_notes or "",
        other_notes=view.other_notes or "",
        check=_check_form(view.check) if view.check is not None else None,
        photos=[PhotoForm(p.filename, p.media_type, p.size_bytes, id=p.id) for p in view.photos],
        status=view.status,
        completed_at=view.completed_at,
        planned_contact_id=view.planned_contact_id,
    )


def _check_form(c: VisitCheckSnapshot) -> VisitCheckForm:
    return VisitCheckForm(
        our_prices=c.our_prices or "",
        competitor_prices=c.competitor_prices or "",
        stock=c.stock or "",
        sell_through=c.sell_through or "",
        credit_limit_cents=c.credit_limit_cents,
        paid_cents=c.paid_cents,
        unpaid_cents=c.unpaid_cents,
        receivable_cents=c.receivable_cents,
        promotion_compliance=c.promotion_compliance or "",
        shelf_display=c.shelf_display or "",
        draft_order=c.draft_order or "",
    )


def check_form(form: RecordForm) -> None:
    """What any save needs: a time, a short place, promises with a text and a due day."""
    if form.when.tzinfo is None:
        raise ValidationError("when", message("The time of the contact needs a time zone."))
    if len(form.place.strip()) > MAX_PLACE:
        raise ValidationError(
            "place",
            message(
                "Keep the place under {count} characters.",
                count=MAX_PLACE,
            ),
        )
    for number, p in enumerate(form.promises, start=1):
        if not p.description.strip():
            raise ValidationError(
                "promises",
                message(
                    "Agreement {number}: describe what was agreed.",
                    number=number,
                ),
            )
        if p.due_on is None:
            raise ValidationError("promises", choose_due(number))
    if form.next_visit_on is not None and form.next_visit_on < form.when.date():
        raise ValidationError(
            "next_visit_on",
            message(
                "The next visit cannot be before this contact; choose a later day.",
            ),
        )
    for photo in form.photos:
        if photo.content is not None and len(photo.content) > MAX_PHOTO_BYTES:
            raise ValidationError(
                "photos",
                message(
                    "{file} is larger than {size} MB.",
                    file=photo.filename,
                    size=MAX_PHOTO_BYTES // 2**20,
                ),
            )


def save_draft(db: Database, form: RecordForm) -> uuid.UUID:
    """Save the record as a draft (a complete one goes back to draft); returns its ID."""
    check_form(form)
    return _save(db, form, RecordStatus.DRAFT)


def complete(db: Database, form: RecordForm) -> uuid.UUID:
    """Save and mark complete; successes, shortcomings and lessons must be written."""
    check_form(form)
    missing = form.missing_reflections()
    if missing:
        raise IncompleteRecordError(missing)
    return _save(db, form, RecordStatus.COMPLETE)


def delete_record(db: Database, record_id: uuid.UUID) -> None:
    """Move a record to the trash with its open promises; a plan entry is unlinked."""
    with db.session_scope() as session:
        record = _record(session, record_id)
        now = utcnow()
        record.deleted_at = now
        for p in session.scalars(
            select(Promise).where(Promise.record_id == record_id, Promise.deleted_at.is_(None))
        ):
            if p.status is PromiseStatus.OPEN:
                p.deleted_at = now
        for planned in session.scalars(
            select(PlannedContact).where(PlannedContact.record_id == record_id)
        ):
            planned.record_id = None


def _save(db: Database, form: RecordForm, status: RecordStatus) -> uuid.UUID:
    with db.session_scope() as session:
        _account(session, form.account_id)
        new = form.id is None
        if form.id is None:
            record = ContactRecord(account_id=form.account_id, author_id=form.author_id)
            session.add(record)
        else:
            record = _record(session, form.id)
            if record.account_id != form.account_id:
                raise ValidationError(
                    "account",
                    message(
                        "A record cannot move to another account.",
                    ),
                )
        _copy_fields(record, form)
        if status is RecordStatus.COMPLETE:
            if record.status is not RecordStatus.COMPLETE or record.completed_at is None:
                record.completed_at = utcnow()
        else:
            record.completed_at = None
        record.status = status
        session.flush()
        _link_people(session, record, form)
        _save_check(session, record.id, form.check)
        _save_photos(session, record, form.photos)
        sync_record_promises(session, record, form.promises, form.stakeholder_ids)
        if form.planned_contact_id is not None:
            planned = _planned(session, form.planned_contact_id, record.account_id, record.id)
            planned.record_id = record.id
        if new:
            link_written_record(session, record)
        return record.id


def _text(value: str) -> str | None:
    clean = value.strip()
    return clean or None


def _copy_fields(record: ContactRecord, form: RecordForm) -> None:
    record.occurred_at = form.when
    record.method = form.method
    record.place = _text(form.place)
    record.sales_objectives = list(dict.fromkeys(form.sales_objectives))
    record.admin_objectives = list(dict.fromkeys(form.admin_objectives))
    record.purposes = list(dict.fromkeys(form.purposes))
    record.objective_notes = _text(form.objective_notes)
    record.content = _text(form.content)
    record.successes = _text(form.successes)
    record.shortcomings = _text(form.shortcomings)
    record.lessons = _text(form.lessons)
    record.new_agreements = _text(form.new_agreements)
    record.next_steps = _text(form.next_steps)
    record.next_visit_on = form.next_visit_on
    record.special_notes = _text(form.special_notes)
    record.other_notes = _text(form.other_notes)


def _link_people(session: Session, record: ContactRecord, form: RecordForm) -> None:
    wanted = list(dict.fromkeys(form.stakeholder_ids))
    if wanted:
        owners = dict(
            session.execute(
                select(Stakeholder.id, Stakeholder.account_id).where(Stakeholder.id.in_(wanted))
            ).all()
        )
        if any(owners.get(sid) != record.account_id for sid in wanted):
            raise ValidationError(
                "stakeholders",
                message(
                    "Choose only stakeholders of this record's account.",
                ),
            )
    session.execute(delete(RecordStakeholder).where(RecordStakeholder.record_id == record.id))
    session.add_all(RecordStakeholder(record_id=record.id, stakeholder_id=s) for s in wanted)
    ours = list(dict.fromkeys(form.participant_ids))
    session.execute(delete(RecordParticipant).where(RecordParticipant.record_id == record.id))
    session.add_all(RecordParticipant(record_id=record.id, member_id=m) for m in ours)


def _save_check(session: Session, record_id: uuid.UUID, form: VisitCheckForm | None) -> None:
    row = session.get(VisitCheck, record_id)
    if form is None or form.is_empty():
        if row is not None and row.deleted_at is None:
            row.deleted_at = utcnow()
        return
    if row is None:
        row = VisitCheck(record_id=record_id)
        session.add(row)
    row.deleted_at = None
    row.our_prices = _text(form.our_prices)
    row.competitor_prices = _text(form.competitor_prices)
    row.stock = _text(form.stock)
    row.sell_through = _text(form.sell_through)
    row.credit_limit_cents = form.credit_limit_cents
    row.paid_cents = form.paid_cents
    row.unpaid_cents = form.unpaid_cents
    row.receivable_cents = form.receivable_cents
    row.promotion_compliance = _text(form.promotion_compliance)
    row.shelf_display = _text(form.shelf_display)
    row.draft_order = _text(form.draft_order)


def _save_photos(session: Session, record: ContactRecord, photos: list[PhotoForm]) -> None:
    kept = {p.id for p in photos if p.id is not None}
    for row in session.scalars(
        select(Attachment).where(Attachment.record_id == record.id, Attachment.deleted_at.is_(None))
    ):
        if row.id not in kept:
            row.deleted_at = utcnow()
    for photo in photos:
        if photo.id is None and photo.content is not None:
            row = Attachment(
                account_id=record.account_id,
                record_id=record.id,
                filename=photo.filename[:255],
                media_type=photo.media_type,
                size_bytes=len(photo.content),
                sha256=hashlib.sha256(photo.content).hexdigest(),
                content=photo.content,
            )
            session.add(row)


def photo_content(db: Database, attachment_id: uuid.UUID) -> bytes:
    with db.session_scope() as session:
        row = session.get(Attachment, attachment_id)
        if row is None or row.deleted_at is not None:
            raise NotFoundError(
                message(
                    "No attachment has the ID {id}.",
                    id=attachment_id,
                )
            )
        return row.content
