"""Writing contact records: drafts, the complete rule, the two-day rule, plan links."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from fieldvisit.domain.enums import ContactMethod, PlannedKind, RecordStatus
from fieldvisit.domain.errors import ValidationError
from fieldvisit.services.records import (
    IncompleteRecordError,
    PhotoForm,
    PromiseForm,
    VisitCheckForm,
    complete,
    delete_record,
    list_records,
    load_record,
    new_record_form,
    photo_content,
    record_choices,
    save_draft,
    stale_drafts,
    yuan_to_cents,
)
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import (
    Attachment,
    ContactRecord,
    MonthlyPlan,
    PlannedContact,
    Promise,
    RecordParticipant,
    RecordStakeholder,
    VisitCheck,
)
from tests.services.records.conftest import World

WHEN = datetime(2026, 3, 10, 9, 30, tzinfo=UTC)


def test_a_draft_keeps_every_field(db: Database, world: World) -> None:
    form = new_record_form(db, world.account_id, world.rep_id, WHEN)
    assert form.participant_ids == [world.rep_id]
    assert form.account_name == "仁和医院"
    form.method = ContactMethod.PHONE
    form.place = "  药剂科 "
    form.stakeholder_ids = [world.wang_id, world.zhao_id]
    form.participant_ids = [world.rep_id, world.manager_id]
    form.sales_objectives = ["new_item"]
    form.admin_objectives = ["collect_payment"]
    form.purposes = ["coverage", "coverage"]
    form.content = "谈了新品进院"
    form.next_visit_on = date(2026, 3, 20)
    form.check = VisitCheckForm(stock="库存30盒", paid_cents=yuan_to_cents("1,234.5"))
    form.photos = [PhotoForm("shelf.jpg", "image/jpeg", 4, content=b"\xff\xd8ab")]
    record_id = save_draft(db, form)

    loaded = load_record(db, record_id)
    assert loaded.status is RecordStatus.DRAFT
    assert loaded.when == WHEN
    assert loaded.place == "药剂科"
    assert set(loaded.stakeholder_ids) == {world.wang_id, world.zhao_id}
    assert set(loaded.participant_ids) == {world.rep_id, world.manager_id}
    assert loaded.purposes == ["coverage"]
    assert loaded.check is not None and loaded.check.paid_cents == 123450
    assert loaded.check.stock == "库存30盒"
    assert [p.filename for p in loaded.photos] == ["shelf.jpg"]
    assert loaded.photos[0].id is not None
    assert photo_content(db, loaded.photos[0].id) == b"\xff\xd8ab"

    # Untick one stakeholder, drop the check and the photo: all of it follows.
    loaded.stakeholder_ids = [world.zhao_id]
    loaded.check = None
    loaded.photos = []
    save_draft(db, loaded)
    with db.session_scope() as s:
        assert s.scalars(select(RecordStakeholder.stakeholder_id)).all() == [world.zhao_id]
        assert len(s.scalars(select(RecordParticipant)).all()) == 2
        check = s.get(VisitCheck, record_id)
        assert check is not None and check.deleted_at is not None
        assert s.scalars(select(Attachment.deleted_at)).one() is not None
    assert load_record(db, record_id).check is None


def test_complete_needs_successes_shortcomings_and_lessons(db: Database, world: World) -> None:
    form = new_record_form(db, world.account_id, world.rep_id, WHEN)
    form.successes = "主任同意试用"
    with pytest.raises(IncompleteRecordError) as caught:
        complete(db, form)
    assert caught.value.missing == ("shortcomings", "lessons")
    assert caught.value.field == "shortcomings"
    assert "lessons" in caught.value.detail
    with db.session_scope() as s:
        assert s.scalars(select(ContactRecord)).all() == []

    form.shortcomings = "没有带样品"
    form.lessons = "   "
    with pytest.raises(IncompleteRecordError) as caught:
        complete(db, form)
    assert caught.value.missing == ("lessons",)

    form.lessons = "下次先确认库存"
    record_id = complete(db, form)
    with db.session_scope() as s:
        row = s.get(ContactRecord, record_id)
        assert row is not None
        assert row.status is RecordStatus.COMPLETE
        assert row.completed_at is not None


def test_saving_a_complete_record_as_draft_reopens_it(db: Database, world: World) -> None:
    form = new_record_form(db, world.account_id, world.rep_id, WHEN)
    form.successes, form.shortcomings, form.lessons = "a", "b", "c"
    record_id = complete(db, form)
    again = load_record(db, record_id)
    assert again.status is RecordStatus.COMPLETE and again.completed_at is not None
    save_draft(db, again)
    assert load_record(db, record_id).status is RecordStatus.DRAFT
    assert load_record(db, record_id).completed_at is None


def test_stakeholders_of_another_account_are_refused(db: Database, world: World) -> None:
    form = new_record_form(db, world.account_id, world.rep_id, WHEN)
    form.stakeholder_ids = [world.stranger_id]
    with pytest.raises(ValidationError) as caught:
        save_draft(db, form)
    assert caught.value.field == "stakeholders"


def test_choices_offer_only_active_stakeholders(db: Database, world: World) -> None:
    from fieldvisit.storage.models import Stakeholder

    with db.session_scope() as s:
        zhao = s.get(Stakeholder, world.zhao_id)
        assert zhao is not None
        zhao.ended_on = date(2025, 1, 1)
    choices = record_choices(db, world.account_id)
    assert [c.name for c in choices.stakeholders] == ["王主任"]
    assert {m.name for m in choices.members} == {"Li Na", "Chen Jie"}


def test_drafts_older_than_two_days_are_flagged(db: Database, world: World) -> None:
    old = new_record_form(db, world.account_id, world.rep_id, WHEN)
    old_id = save_draft(db, old)
    fresh = new_record_form(db, world.account_id, world.rep_id, WHEN + timedelta(days=2))
    fresh_id = save_draft(db, fresh)
    done = new_record_form(db, world.account_id, world.rep_id, WHEN - timedelta(days=9))
    done.successes, done.shortcomings, done.lessons = "a", "b", "c"
    complete(db, done)

    now = WHEN + timedelta(days=2, hours=1)
    assert [r.id for r in stale_drafts(db, world.rep_id, now)] == [old_id]
    assert stale_drafts(db, world.manager_id, now) == []
    assert stale_drafts(db, world.rep_id, WHEN + timedelta(days=1, hours=23)) == []

    rows = list_records(db, author_id=world.rep_id, now=now)
    assert [r.id for r in rows][:2] == [fresh_id, old_id]
    assert {r.id: r.stale for r in rows}[old_id] is True
    assert {r.id: r.stale for r in rows}[fresh_id] is False
    assert [r.id for r in list_records(db, drafts_only=True, now=now)] == [fresh_id, old_id]
    assert len(list_records(db, status=RecordStatus.COMPLETE, now=now)) == 1


def test_list_records_filters_by_month_account_and_text(db: Database, world: World) -> None:
    march = new_record_form(db, world.account_id, world.rep_id, WHEN)
    march.place = "门诊楼"
    save_draft(db, march)
    april = new_record_form(db, world.other_account_id, world.rep_id, WHEN + timedelta(days=30))
    save_draft(db, april)
    assert len(list_records(db, month=date(2026, 3, 1))) == 1
    assert len(list_records(db, month=date(2026, 4, 1))) == 1
    assert len(list_records(db, account_id=world.other_account_id)) == 1
    assert [r.account_name for r in list_records(db, text="康宁")] == ["康宁大药房"]
    assert [r.account_name for r in list_records(db, text="门诊")] == ["仁和医院"]
    assert list_records(db, text="100%") == []


def test_a_record_opened_from_the_plan_fulfils_it(db: Database, world: World) -> None:
    with db.session_scope() as s:
        plan = MonthlyPlan(rep_id=world.rep_id, month=date(2026, 3, 1))
        s.add(plan)
        s.flush()
        planned = PlannedContact(
            plan_id=plan.id,
            account_id=world.account_id,
            planned_on=date(2026, 3, 10),
            kind=PlannedKind.PHONE,
            purpose="确认回款",
        )
        s.add(planned)
        s.flush()
        planned_id = planned.id
    form = new_record_form(db, world.account_id, world.rep_id, WHEN, planned_contact_id=planned_id)
    assert form.method is ContactMethod.PHONE
    assert form.objective_notes == "确认回款"
    record_id = save_draft(db, form)
    with db.session_scope() as s:
        row = s.get(PlannedContact, planned_id)
        assert row is not None and row.record_id == record_id
    assert load_record(db, record_id).planned_contact_id == planned_id

    # The same plan entry cannot be fulfilled twice, nor from another account.
    with pytest.raises(ValidationError):
        new_record_form(db, world.account_id, world.rep_id, WHEN, planned_contact_id=planned_id)
    with pytest.raises(ValidationError):
        new_record_form(
            db, world.other_account_id, world.rep_id, WHEN, planned_contact_id=planned_id
        )


def test_next_visit_before_the_contact_is_refused(db: Database, world: World) -> None:
    form = new_record_form(db, world.account_id, world.rep_id, WHEN)
    form.next_visit_on = date(2026, 3, 1)
    with pytest.raises(ValidationError) as caught:
        save_draft(db, form)
    assert caught.value.field == "next_visit_on"


def test_deleting_a_record_trashes_its_open_promises(db: Database, world: World) -> None:
    form = new_record_form(db, world.account_id, world.rep_id, WHEN)
    form.promises = [PromiseForm("送资料", date(2026, 3, 12), world.rep_id)]
    record_id = save_draft(db, form)
    delete_record(db, record_id)
    assert list_records(db) == []
    with db.session_scope() as s:
        assert s.scalars(select(Promise.deleted_at)).one() is not None


@pytest.mark.parametrize(
    ("text", "cents"),
    [("", None), ("800", 80000), ("¥1,234.5", 123450), ("0.05", 5), ("12元", 1200)],
)
def test_yuan_to_cents(text: str, cents: int | None) -> None:
    assert yuan_to_cents(text) == cents


@pytest.mark.parametrize("text", ["abc", "-5", "1.234", "1e5"])
def test_yuan_to_cents_refuses(text: str) -> None:
    with pytest.raises(ValidationError):
        yuan_to_cents(text, "paid")
