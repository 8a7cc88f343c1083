"""The account timeline: records, promises and co-visit calls, newest first."""

from __future__ import annotations

from datetime import UTC, date, datetime

from fieldvisit.domain.enums import CoVisitType, PromiseStatus
from fieldvisit.services.records import (
    PromiseForm,
    TimelineKind,
    account_timeline,
    close_promise,
    new_record_form,
    save_draft,
)
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import CoVisit, CoVisitCall
from tests.services.records.conftest import World


def test_timeline_in_date_order(db: Database, world: World) -> None:
    first = new_record_form(db, world.account_id, world.rep_id, datetime(2026, 3, 2, 2, tzinfo=UTC))
    first.content = "first call"
    first.promises = [
        PromiseForm("kept one", date(2026, 3, 5), world.rep_id),
        PromiseForm("open one", date(2026, 3, 12), world.rep_id),
    ]
    first_id = save_draft(db, first)
    second = new_record_form(
        db, world.account_id, world.rep_id, datetime(2026, 3, 9, 2, tzinfo=UTC)
    )
    second.content = "second call"
    second_id = save_draft(db, second)
    other = new_record_form(
        db, world.other_account_id, world.rep_id, datetime(2026, 3, 9, 3, tzinfo=UTC)
    )
    save_draft(db, other)
    with db.session_scope() as s:
        covisit = CoVisit(
            rep_id=world.rep_id,
            manager_id=world.manager_id,
            first_day=date(2026, 3, 7),
            last_day=date(2026, 3, 7),
            template_version="1",
        )
        s.add(covisit)
        s.flush()
        s.add(
            CoVisitCall(
                covisit_id=covisit.id,
                seq=1,
                day=date(2026, 3, 7),
                account_id=world.account_id,
                call_type=CoVisitType.COACHING,
                visit_objective="新品进院",
            )
        )
    from sqlalchemy import select

    from fieldvisit.storage.models import Promise

    with db.session_scope() as s:
        kept_id = s.scalars(select(Promise.id).where(Promise.description == "kept one")).one()
    close_promise(db, kept_id, PromiseStatus.KEPT, "sent")

    entries = account_timeline(db, world.account_id, today=date(2026, 3, 20))
    kinds = [e.kind for e in entries]
    assert kinds[:2] == [TimelineKind.PROMISE_KEPT, TimelineKind.PROMISE_DUE]
    assert entries[1].overdue is True and entries[1].text == "open one"
    assert entries[2].kind is TimelineKind.RECORD and entries[2].record_id == second_id
    assert entries[3].kind is TimelineKind.COVISIT_CALL and entries[3].person == "Li Na"
    assert [e.kind for e in entries[4:]] == [
        TimelineKind.RECORD,
        TimelineKind.PROMISE_MADE,
        TimelineKind.PROMISE_MADE,
    ]
    assert entries[4].record_id == first_id and entries[4].text == "first call"
    days = [e.day for e in entries]
    assert days[1:] == sorted(days[1:], reverse=True)
