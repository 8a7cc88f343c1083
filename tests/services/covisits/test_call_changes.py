"""Written calls are not lost: removal is undone whole; account, day and people change;
a call links to the rep's own contact record and never writes one."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from fieldvisit.domain.enums import ContactMethod, CoVisitType, RecordStatus
from fieldvisit.domain.errors import ValidationError
from fieldvisit.services.covisits import call_changes as changes
from fieldvisit.services.covisits import calls as c
from fieldvisit.services.covisits import session as sess
from fieldvisit.services.covisits import signoff as so
from fieldvisit.services.local_days import local_midnight
from fieldvisit.services.records import new_record_form, save_draft
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import (
    CallObservation,
    ContactRecord,
    CoVisitCall,
    CoVisitCallStakeholder,
    PlannedContact,
)
from tests.services.covisits.conftest import DAY, Field, fill_complete


def written_call(db: Database, covisit_id: uuid.UUID, f: Field, account: int = 0) -> uuid.UUID:
    """A call with its plan, all eight observations, the debrief and two people met."""
    acc = f.accounts[account]
    call = c.add_call(
        db, covisit_id, acc, DAY, CoVisitType.COACHING, list(f.stakeholders[acc]), "订单"
    )
    c.set_call_field(db, call.id, "precall_opening", "回顾承诺")
    c.set_call_field(db, call.id, "rep_self_assessment", "开场太快")
    c.set_call_field(db, call.id, "feedback_went_well", "准备充分")
    c.set_call_field(db, call.id, "agreed_learning", "先问三个问题")
    view = sess.get_covisit(db, covisit_id)
    from fieldvisit.services.covisits.template import load_template

    for n, step in enumerate(load_template(view.template_version).steps):
        c.set_observation(db, call.id, step.key, 1 + n % 5, f"看到{n}")
    return call.id


def rep_record(db: Database, f: Field, account: int, hours: int = 10) -> uuid.UUID:
    """The rep's own contact record of a visit on DAY."""
    with db.session_scope() as s:
        record = ContactRecord(
            account_id=f.accounts[account],
            author_id=f.rep_id,
            occurred_at=local_midnight(DAY) + timedelta(hours=hours),
            method=ContactMethod.VISIT,
            content="代表自己写的内容",
        )
        s.add(record)
        s.flush()
        return record.id


def test_a_removed_call_comes_back_whole_with_undo(db: Database, field: Field) -> None:
    cv = sess.start_covisit(db, field.rep_id, DAY)
    first = c.add_call(db, cv.id, field.accounts[1], DAY, CoVisitType.JOINT).id
    call_id = written_call(db, cv.id, field)
    last = c.add_call(db, cv.id, field.accounts[2], DAY, CoVisitType.JOINT).id
    before = sess.get_covisit(db, cv.id).call(call_id)
    assert changes.written_parts(before) == changes.WrittenParts(
        plan=2, observations=8, debrief=3, people=2
    )

    changes.remove_call(db, call_id)
    assert [x.id for x in sess.get_covisit(db, cv.id).calls] == [first, last]
    assert [x.seq for x in sess.get_covisit(db, cv.id).calls] == [1, 2]

    restored = changes.restore_call(db, call_id)
    assert restored == before  # plan, observations, debrief, people, place in the order
    assert [x.id for x in sess.get_covisit(db, cv.id).calls] == [first, call_id, last]
    with db.session_scope() as s:
        row = s.get(CoVisitCall, call_id)
        assert row is not None and row.deleted_at is None and row.seq == 2
        observed = s.scalars(
            select(CallObservation).where(
                CallObservation.call_id == call_id, CallObservation.deleted_at.is_(None)
            )
        ).all()
        assert len(observed) == 8 and {o.note for o in observed} >= {"看到0", "看到7"}
        met = s.scalars(
            select(CoVisitCallStakeholder.stakeholder_id).where(
                CoVisitCallStakeholder.call_id == call_id
            )
        )
        assert set(met) == set(field.stakeholders[field.accounts[0]])


def test_two_removals_undone_in_reverse_order_restore_the_order(db: Database, field: Field) -> None:
    cv = sess.start_covisit(db, field.rep_id, DAY)
    ids = [c.add_call(db, cv.id, a, DAY, CoVisitType.JOINT).id for a in field.accounts]
    changes.remove_call(db, ids[1])
    changes.remove_call(db, ids[2])
    changes.restore_call(db, ids[2])
    changes.restore_call(db, ids[1])
    assert [x.id for x in sess.get_covisit(db, cv.id).calls] == ids


def test_account_day_and_people_of_a_call_can_be_changed(db: Database, field: Field) -> None:
    cv = sess.start_covisit(db, field.rep_id, DAY, DAY + timedelta(days=1))
    call_id = written_call(db, cv.id, field)
    new_account = field.accounts[2]
    changed = changes.change_call(
        db, call_id, new_account, DAY + timedelta(days=1), [field.stakeholders[new_account][1]]
    )
    stored = sess.get_covisit(db, cv.id).call(call_id)
    assert stored == changed
    assert (stored.account_id, stored.day) == (new_account, DAY + timedelta(days=1))
    assert stored.stakeholder_ids == (field.stakeholders[new_account][1],)
    assert stored.agreed_learning == "先问三个问题"  # what was written stays
    assert len(stored.observations) == 8
    with pytest.raises(ValidationError, match="co-visit's days"):
        changes.change_call(db, call_id, new_account, DAY + timedelta(days=2), [])
    with pytest.raises(ValidationError, match="not of the call's account"):
        changes.change_call(
            db, call_id, new_account, DAY, [field.stakeholders[field.accounts[0]][0]]
        )
    assert sess.get_covisit(db, cv.id).call(call_id) == stored


def test_a_covisit_creates_and_completes_no_contact_record(db: Database, field: Field) -> None:
    cv = sess.start_covisit(db, field.rep_id, DAY)
    fill_complete(db, cv.id, field, calls=2)
    call_id = sess.get_covisit(db, cv.id).calls[0].id
    changes.remove_call(db, call_id)
    changes.restore_call(db, call_id)
    so.sign_off(db, cv.id)
    with db.session_scope() as s:
        assert s.scalar(select(func.count()).select_from(ContactRecord)) == 0
        assert s.scalars(select(PlannedContact)).one().record_id is None
    assert all(call.contact_record_id is None for call in sess.get_covisit(db, cv.id).calls)


def test_a_call_links_to_the_reps_own_record_of_that_visit(db: Database, field: Field) -> None:
    mine = rep_record(db, field, account=0)
    cv = sess.start_covisit(db, field.rep_id, DAY, DAY + timedelta(days=1))
    call_id = written_call(db, cv.id, field)
    assert sess.get_covisit(db, cv.id).call(call_id).contact_record_id == mine  # auto-linked
    choices = changes.record_choices(db, call_id)
    assert [(x.id, x.linked) for x in choices] == [(mine, True)]
    with db.session_scope() as s:
        record = s.get(ContactRecord, mine)
        assert record is not None
        # The rep's record is theirs: no coaching written into it, not completed for them.
        assert (record.content, record.successes, record.lessons) == (
            "代表自己写的内容",
            None,
            None,
        )
        assert record.status is RecordStatus.DRAFT
    # Another day: the record no longer fits and the link goes.
    changes.change_call(db, call_id, field.accounts[0], DAY + timedelta(days=1), [])
    assert sess.get_covisit(db, cv.id).call(call_id).contact_record_id is None
    changes.change_call(db, call_id, field.accounts[0], DAY, [])
    assert sess.get_covisit(db, cv.id).call(call_id).contact_record_id == mine


def test_with_two_records_the_manager_picks_one(db: Database, field: Field) -> None:
    morning = rep_record(db, field, account=0, hours=9)
    afternoon = rep_record(db, field, account=0, hours=15)
    rep_record(db, field, account=1)  # another account: not offered
    cv = sess.start_covisit(db, field.rep_id, DAY)
    call_id = written_call(db, cv.id, field)
    assert sess.get_covisit(db, cv.id).call(call_id).contact_record_id is None  # no guess
    assert [x.id for x in changes.record_choices(db, call_id)] == [morning, afternoon]
    changes.link_record(db, call_id, afternoon)
    assert sess.get_covisit(db, cv.id).call(call_id).contact_record_id == afternoon
    other = c.add_call(db, cv.id, field.accounts[0], DAY, CoVisitType.JOINT).id
    assert sess.get_covisit(db, cv.id).call(other).contact_record_id == morning  # the one left
    with pytest.raises(ValidationError, match="contact records"):
        changes.link_record(db, other, afternoon)  # taken by the first call
    changes.link_record(db, call_id, None)
    assert sess.get_covisit(db, cv.id).call(call_id).contact_record_id is None


def test_a_record_the_rep_writes_later_links_to_the_open_call(db: Database, field: Field) -> None:
    cv = sess.start_covisit(db, field.rep_id, DAY)
    call_id = written_call(db, cv.id, field, account=1)
    form = new_record_form(
        db, field.accounts[1], field.rep_id, local_midnight(DAY) + timedelta(hours=11)
    )
    form.content = "代表写的拜访内容"
    record_id = save_draft(db, form)
    assert sess.get_covisit(db, cv.id).call(call_id).contact_record_id == record_id
    # Another record of the same visit: two candidates, so the link stays as it is.
    save_draft(db, new_record_form(db, field.accounts[1], field.rep_id, local_midnight(DAY)))
    assert sess.get_covisit(db, cv.id).call(call_id).contact_record_id == record_id


def test_a_signed_report_does_not_change_when_the_rep_writes_later(
    db: Database, field: Field
) -> None:
    cv = sess.start_covisit(db, field.rep_id, DAY)
    fill_complete(db, cv.id, field, calls=1)
    so.sign_off(db, cv.id)
    when = local_midnight(DAY) + timedelta(hours=15)
    save_draft(db, new_record_form(db, field.accounts[0], field.rep_id, when))
    assert sess.get_covisit(db, cv.id).calls[0].contact_record_id is None
