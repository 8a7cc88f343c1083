"""Promises: tracked from the record in one step, closed only with a note, listed by due day."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from fieldvisit.domain.enums import PromiseStatus
from fieldvisit.domain.errors import ValidationError
from fieldvisit.services.records import (
    PromiseForm,
    add_promise,
    close_promise,
    load_record,
    new_record_form,
    open_promises,
    reopen_promise,
    save_draft,
)
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import Promise
from tests.services.records.conftest import World

WHEN = datetime(2026, 3, 10, 9, 30, tzinfo=UTC)
TODAY = date(2026, 3, 20)


def test_each_agreement_of_a_record_becomes_a_promise(db: Database, world: World) -> None:
    form = new_record_form(db, world.account_id, world.rep_id, WHEN)
    form.promises = [
        PromiseForm("送新品资料", date(2026, 3, 12), world.rep_id, world.wang_id),
        PromiseForm("安排科室会", date(2026, 3, 25), world.manager_id),
    ]
    record_id = save_draft(db, form)
    with db.session_scope() as s:
        rows = s.scalars(select(Promise).order_by(Promise.due_on)).all()
        assert [(p.description, p.status, p.agreed_on) for p in rows] == [
            ("送新品资料", PromiseStatus.OPEN, date(2026, 3, 10)),
            ("安排科室会", PromiseStatus.OPEN, date(2026, 3, 10)),
        ]
        assert all(p.record_id == record_id and p.account_id == world.account_id for p in rows)
        assert rows[0].stakeholder_id == world.wang_id

    # Edit one, remove the other: the edited row keeps its identity.
    loaded = load_record(db, record_id)
    first = loaded.promises[0]
    first.description = "送新品资料和样品"
    loaded.promises = [first]
    save_draft(db, loaded)
    with db.session_scope() as s:
        live = s.scalars(select(Promise).where(Promise.deleted_at.is_(None))).all()
        assert [(p.id, p.description) for p in live] == [(first.id, "送新品资料和样品")]


def test_a_promise_needs_a_due_day(db: Database, world: World) -> None:
    form = new_record_form(db, world.account_id, world.rep_id, WHEN)
    form.promises = [PromiseForm("送资料", None, world.rep_id)]
    with pytest.raises(ValidationError) as caught:
        save_draft(db, form)
    assert caught.value.field == "promises"


def test_add_promise_in_one_step(db: Database, world: World) -> None:
    pid = add_promise(
        db, None, world.account_id, " 补发票 ", world.rep_id, date(2026, 4, 1),
        agreed_on=date(2026, 3, 15),
    )  # fmt: skip
    with db.session_scope() as s:
        p = s.get(Promise, pid)
        assert p is not None
        assert (p.description, p.agreed_on, p.record_id) == ("补发票", date(2026, 3, 15), None)
    with pytest.raises(ValidationError):
        add_promise(db, None, world.account_id, "  ", world.rep_id, date(2099, 4, 1))
    with pytest.raises(ValidationError):
        add_promise(
            db, None, world.account_id, "x", world.rep_id, date(2099, 4, 1), world.stranger_id
        )
    with pytest.raises(ValidationError):
        add_promise(
            db, None, world.account_id, "x", world.rep_id, date(2026, 3, 1),
            agreed_on=date(2026, 3, 15),
        )  # fmt: skip


def test_closing_needs_a_note_and_reopen_brings_it_back(db: Database, world: World) -> None:
    pid = add_promise(
        db, None, world.account_id, "送资料", world.rep_id, date(2026, 3, 18),
        agreed_on=date(2026, 3, 10),
    )  # fmt: skip
    with pytest.raises(ValidationError) as caught:
        close_promise(db, pid, PromiseStatus.KEPT, "   ")
    assert caught.value.field == "note"
    with pytest.raises(ValidationError):
        close_promise(db, pid, PromiseStatus.OPEN, "done")
    assert len(open_promises(db, today=TODAY)) == 1

    close_promise(db, pid, PromiseStatus.KEPT, "已当面送达")
    assert open_promises(db, today=TODAY) == []
    with db.session_scope() as s:
        p = s.get(Promise, pid)
        assert p is not None
        assert (p.status, p.closing_note) == (PromiseStatus.KEPT, "已当面送达")
        assert p.closed_at is not None
    with pytest.raises(ValidationError):
        close_promise(db, pid, PromiseStatus.CANCELLED, "again")

    reopen_promise(db, pid)
    assert [r.id for r in open_promises(db, today=TODAY)] == [pid]


def test_open_promises_by_due_day_with_overdue(db: Database, world: World) -> None:
    late = add_promise(
        db, None, world.account_id, "late", world.rep_id, date(2026, 3, 15),
        agreed_on=date(2026, 3, 1),
    )  # fmt: skip
    soon = add_promise(
        db, None, world.other_account_id, "soon", world.manager_id, date(2026, 3, 22),
        agreed_on=date(2026, 3, 1),
    )  # fmt: skip
    today = add_promise(
        db, None, world.account_id, "today", world.rep_id, TODAY, agreed_on=date(2026, 3, 1)
    )
    cancelled = add_promise(
        db, None, world.account_id, "x", world.rep_id, date(2026, 3, 2), agreed_on=date(2026, 3, 1)
    )
    close_promise(db, cancelled, PromiseStatus.CANCELLED, "客户取消")

    rows = open_promises(db, today=TODAY)
    assert [r.id for r in rows] == [late, today, soon]
    assert [r.days_overdue for r in rows] == [5, 0, 0]
    assert rows[2].account_name == "康宁大药房" and rows[2].owner_name == "Chen Jie"
    assert [r.id for r in open_promises(db, overdue_only=True, today=TODAY)] == [late]
    assert [r.id for r in open_promises(db, owner_id=world.rep_id, today=TODAY)] == [late, today]
    assert [r.id for r in open_promises(db, account_id=world.other_account_id, today=TODAY)] == [
        soon
    ]
