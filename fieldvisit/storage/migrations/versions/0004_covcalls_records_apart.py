"""Co-visits and contact records apart: undo the records that co-visit calls wrote.

Until now each co-visit call wrote (or took over) a contact record of the rep, copied the
manager's coaching into it, invented its time (09:00 plus 90 minutes per call) and
completed it at sign-off. A contact record is the rep's own account of the visit, so:

- a record the call wrote (created with the call, by the rep's name, an in-person visit)
  gives the call any text that is only in the record (if the call's field is empty);
- when the rep never touched it, the record is removed (soft-deleted, like every removal)
  and unlinked from the call and from the planned visit;
- when the rep did (own text, other fields, promises, checks, photos, people, the time,
  or completed it), the record stays, still linked.

Records the rep wrote before the call and that the call only linked stay as they are.
Data only: no schema change.

Revision ID: 0004_covcalls
Revises: 0003
Create Date: 2026-12-02
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, time, timedelta
from typing import Any

import sqlalchemy as sa
from alembic import op

from fieldvisit.clock import local_zone, now_utc
from fieldvisit.storage.base import UTCDateTime

revision = "0004_covcalls"
down_revision = "0003"
branch_labels = None
depends_on = None

# Frozen copy of what the old call-to-record link wrote (services/covisits/record_link.py).
CALL_TO_RECORD = {
    "visit_objective": "objective_notes",
    "precall_key_messages": "content",
    "feedback_went_well": "successes",
    "feedback_do_differently": "shortcomings",
    "agreed_learning": "lessons",
}
REP_ONLY_TEXT = ("place", "new_agreements", "next_steps", "special_notes", "other_notes")
REP_ONLY_LISTS = ("sales_objectives", "admin_objectives", "purposes")
SAME_TRANSACTION = timedelta(seconds=5)
FIRST_CALL_AT = time(9, 0)
MINUTES_BETWEEN_CALLS = 90


def _table(name: str, *columns: sa.Column[Any]) -> sa.Table:
    return sa.Table(name, sa.MetaData(), *columns)


def _id(name: str = "id") -> sa.Column[Any]:
    return sa.Column(name, sa.Uuid())


def _stamp(name: str) -> sa.Column[Any]:
    return sa.Column(name, UTCDateTime())


CALL = _table(
    "covisit_call",
    _id(),
    _id("covisit_id"),
    sa.Column("day", sa.Date()),
    _id("contact_record_id"),
    _stamp("created_at"),
    _stamp("updated_at"),
    _stamp("deleted_at"),
    *(sa.Column(name, sa.Text()) for name in CALL_TO_RECORD),
)
COVISIT = _table(
    "covisit", _id(), _id("rep_id"), _id("manager_id"), _stamp("manager_signed_at")
)
RECORD = _table(
    "contact_record",
    _id(),
    _id("author_id"),
    sa.Column("method", sa.String()),
    sa.Column("status", sa.String()),
    _stamp("occurred_at"),
    _stamp("completed_at"),
    sa.Column("next_visit_on", sa.Date()),
    _stamp("created_at"),
    _stamp("updated_at"),
    _stamp("deleted_at"),
    *(sa.Column(name, sa.Text()) for name in (*CALL_TO_RECORD.values(), *REP_ONLY_TEXT)),
    *(sa.Column(name, sa.JSON()) for name in REP_ONLY_LISTS),
)
CALL_PEOPLE = _table("covisit_call_stakeholder", _id("call_id"), _id("stakeholder_id"))
RECORD_PEOPLE = _table("record_stakeholder", _id("record_id"), _id("stakeholder_id"))
PARTICIPANTS = _table("record_participant", _id("record_id"), _id("member_id"))
PLANNED = _table("planned_contact", _id(), _id("record_id"), _stamp("updated_at"))
CHECK = _table("visit_check", _id("record_id"))
PROMISE = _table("promise", _id(), _id("record_id"))
ATTACHMENT = _table("attachment", _id(), _id("record_id"), _stamp("deleted_at"))


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _invented_time(day: date, at: datetime) -> bool:
    """The old link's made-up time of a call: 09:00 plus whole 90-minute steps, that day."""
    local = at.astimezone(local_zone())
    start = datetime.combine(day, FIRST_CALL_AT, tzinfo=local_zone())
    minutes = (local - start).total_seconds() / 60
    return local.date() == day and minutes >= 0 and minutes % MINUTES_BETWEEN_CALLS == 0


def _touched_by_rep(conn: sa.Connection, call: Any, record: Any) -> bool:
    """Anything in the record the call did not put there (``call`` carries its co-visit's
    rep, manager and signature)."""
    cv = call
    if any(not _blank(getattr(record, n)) for n in REP_ONLY_TEXT):
        return True
    if record.next_visit_on is not None or any(getattr(record, n) for n in REP_ONLY_LISTS):
        return True
    if not _invented_time(call.day, record.occurred_at):
        return True
    if record.status == "complete" and (
        cv.manager_signed_at is None
        or record.completed_at is None
        or abs(record.completed_at - cv.manager_signed_at) > SAME_TRANSACTION
    ):
        return True  # completed by the rep, not by the sign-off
    rid = record.id
    for table, where in (
        (CHECK, CHECK.c.record_id == rid),
        (PROMISE, PROMISE.c.record_id == rid),
        (ATTACHMENT, sa.and_(ATTACHMENT.c.record_id == rid, ATTACHMENT.c.deleted_at.is_(None))),
    ):
        if conn.execute(sa.select(sa.func.count()).select_from(table).where(where)).scalar():
            return True
    met = set(
        conn.scalars(sa.select(CALL_PEOPLE.c.stakeholder_id).where(CALL_PEOPLE.c.call_id == call.id))
    )
    seen = set(
        conn.scalars(
            sa.select(RECORD_PEOPLE.c.stakeholder_id).where(RECORD_PEOPLE.c.record_id == rid)
        )
    )
    ours = set(
        conn.scalars(sa.select(PARTICIPANTS.c.member_id).where(PARTICIPANTS.c.record_id == rid))
    )
    return bool(seen - met) or bool(ours - {cv.rep_id, cv.manager_id})


def upgrade() -> None:
    conn = op.get_bind()
    now = now_utc()
    linked = conn.execute(
        sa.select(CALL, COVISIT.c.rep_id, COVISIT.c.manager_id, COVISIT.c.manager_signed_at)
        .join(COVISIT, COVISIT.c.id == CALL.c.covisit_id)
        .where(CALL.c.contact_record_id.is_not(None), CALL.c.deleted_at.is_(None))
    ).all()
    for call in linked:
        record = conn.execute(
            sa.select(RECORD).where(
                RECORD.c.id == call.contact_record_id, RECORD.c.deleted_at.is_(None)
            )
        ).first()
        if record is None:
            continue
        written_by_call = (
            record.author_id == call.rep_id
            and record.method == "visit"
            and abs(record.created_at - call.created_at) <= SAME_TRANSACTION
        )
        if not written_by_call:
            continue  # the rep's own record, only linked: it stays as it is
        _migrate(conn, call, record, now)


def _migrate(conn: sa.Connection, call: Any, record: Any, now: datetime) -> None:
    """Give the call what only the record holds; remove the record if the rep never wrote in it."""
    moved: dict[str, str] = {}
    own_text = False
    for call_field, record_field in CALL_TO_RECORD.items():
        text, coaching = getattr(record, record_field), getattr(call, call_field)
        if _blank(text) or text == coaching:
            continue
        if _blank(coaching):
            moved[call_field] = text  # only in the record: the call keeps it
        else:
            own_text = True  # the rep rewrote the call's text in their record
    if moved:
        conn.execute(
            CALL.update().where(CALL.c.id == call.id).values(**moved, updated_at=now)
        )
    if own_text or _touched_by_rep(conn, call, record):
        return  # the rep's record now: kept, still linked
    rid: uuid.UUID = record.id
    conn.execute(
        RECORD.update().where(RECORD.c.id == rid).values(deleted_at=now, updated_at=now)
    )
    conn.execute(
        CALL.update().where(CALL.c.id == call.id).values(contact_record_id=None, updated_at=now)
    )
    conn.execute(
        PLANNED.update()
        .where(PLANNED.c.record_id == rid)
        .values(record_id=None, updated_at=now)
    )


def downgrade() -> None:
    """Data only: the records removed stay removed (they were copies; the calls hold the text)."""
