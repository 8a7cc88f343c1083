"""The manager's review across laptops: comments on records, the day report (日报) sent or
missing, and comments on it (two reps, their manager and the server)."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select, text

from fieldvisit.cli import main
from fieldvisit.clock import FixedClock
from fieldvisit.domain.enums import (
    AccountType,
    ContactMethod,
    PlannedKind,
    PlanStatus,
    PromiseStatus,
    RecordStatus,
)
from fieldvisit.services.records.listing import list_records
from fieldvisit.services.records.view import load_record_view
from fieldvisit.services.reviews.comments import (
    ReviewNotAllowedError,
    add_day_report_comment,
    add_record_comment,
    edit_comment,
)
from fieldvisit.services.reviews.day_report import (
    find_day_report,
    report_id_for,
    send_day_report,
)
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import (
    Account,
    ContactRecord,
    DayReport,
    MonthlyPlan,
    PlannedContact,
    Promise,
    RecordComment,
    Stakeholder,
    StakeholderProfile,
)
from fieldvisit.sync.client import sync_now
from tests.server.test_sync_team import Team, _me, team  # noqa: F401  (the fixture)

DAY = date(2026, 11, 23)  # the pinned clock's day (UTC)


def _account(db: Database, name: str) -> uuid.UUID:
    with db.session_scope() as session:
        account = Account(name=name, account_type=AccountType.HOSPITAL, owner_id=_me(db))
        session.add(account)
        session.flush()
        person = Stakeholder(account_id=account.id, name=f"{name}主任")
        session.add(person)
        session.flush()
        session.add(StakeholderProfile(stakeholder_id=person.id, hobbies="钓鱼和高尔夫"))
        return account.id


def _record(db: Database, account_id: uuid.UUID, when: datetime, *, complete: bool) -> uuid.UUID:
    with db.session_scope() as session:
        record = ContactRecord(
            account_id=account_id,
            author_id=_me(db),
            occurred_at=when,
            method=ContactMethod.VISIT,
            content="介绍新品，主任同意试用",
            status=RecordStatus.COMPLETE if complete else RecordStatus.DRAFT,
            completed_at=when if complete else None,
        )
        session.add(record)
        session.flush()
        return record.id


def _cli_json(db: Database, *args: str, capsys: pytest.CaptureFixture[str]) -> object:
    capsys.readouterr()
    assert main(["--db", str(db.path), *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_a_managers_comment_on_a_record_reaches_the_rep_who_cannot_edit_it(
    team: Team,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
    fixed_clock: FixedClock,
) -> None:
    account = _account(team.rep_a, "协和医院")
    record = _record(team.rep_a, account, datetime(2026, 11, 20, 2, 0, tzinfo=UTC), complete=True)
    draft = _record(team.rep_a, account, datetime(2026, 11, 19, 2, 0, tzinfo=UTC), complete=False)
    sync_now(team.rep_a)
    sync_now(team.rep_b)
    sync_now(team.manager)

    # The completed record reached the manager; the old draft is late there as it is here.
    late_here = {r.id: r.stale for r in list_records(team.rep_a)}
    late_there = {r.id: r.stale for r in list_records(team.manager)}
    assert late_here == late_there == {record: False, draft: True}

    comment = add_record_comment(team.manager, record, "很好。下次带上样品。")
    assert sync_now(team.manager).conflicts == 0
    sync_now(team.rep_a)
    sync_now(team.rep_b)
    view = load_record_view(team.rep_a, record)
    assert [(c.author, c.text) for c in view.comments] == [("王经理", "很好。下次带上样品。")]
    with team.rep_b.read_scope() as session:  # not in the other rep's scope
        assert session.scalar(select(func.count()).select_from(RecordComment)) == 0

    # The rep sees it on the command line too.
    capsys.readouterr()
    assert main(["--db", str(team.rep_a.path), "record", str(record)]) == 0
    assert "很好。下次带上样品。" in capsys.readouterr().out

    # The rep cannot change it: refused here, and refused by the server if forced.
    with pytest.raises(ReviewNotAllowedError):
        edit_comment(team.rep_a, comment, "改掉")
    with team.rep_a.session_scope() as session:
        session.execute(
            text("UPDATE record_comment SET text = '改掉' WHERE id = :id"), {"id": comment.hex}
        )
    assert sync_now(team.rep_a).conflicts == 1
    with team.server.read_scope() as session:
        assert session.get(RecordComment, comment).text == "很好。下次带上样品。"  # type: ignore[union-attr]
    assert [c.text for c in load_record_view(team.rep_a, record).comments] == [
        "很好。下次带上样品。"
    ]

    # The rep answers on their own record (an hour later); the manager reads it.
    fixed_clock.advance(timedelta(hours=1))
    add_record_comment(team.rep_a, record, "好的，周五带样品。")
    sync_now(team.rep_a)
    sync_now(team.manager)
    assert [c.author for c in load_record_view(team.manager, record).comments] == [
        "王经理",
        "李代表",
    ]
    # Nobody writes in another's name: a comment forged as the manager's is refused.
    with team.rep_a.session_scope() as session:
        session.add(
            RecordComment(
                record_id=record,
                author_id=_me(team.manager),
                written_at=datetime(2026, 11, 23, 9, 0, tzinfo=UTC),
                text="经理同意",
            )
        )
    assert sync_now(team.rep_a).conflicts == 1
    with team.server.read_scope() as session:
        assert session.scalar(select(func.count()).select_from(RecordComment)) == 2


def _plan_visit(db: Database, account_id: uuid.UUID) -> None:
    me, month = _me(db), DAY.replace(day=1)
    with db.session_scope() as session:
        plan = session.scalars(  # one plan per rep and month (its id is uuid5 of the two)
            select(MonthlyPlan).where(MonthlyPlan.rep_id == me, MonthlyPlan.month == month)
        ).first() or MonthlyPlan(rep_id=me, month=month, status=PlanStatus.APPROVED)
        session.add(plan)
        session.flush()
        session.add(
            PlannedContact(
                plan_id=plan.id, account_id=account_id, planned_on=DAY, kind=PlannedKind.VISIT
            )
        )


def test_day_reports_sent_and_missing_and_a_managers_comment_reaches_the_rep(
    team: Team,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
) -> None:
    visited = _account(team.rep_a, "协和医院")
    missed = _account(team.rep_a, "朝阳医院")
    _account(team.rep_b, "天坛医院")
    record = _record(team.rep_a, visited, datetime(2026, 11, 23, 2, 0, tzinfo=UTC), complete=True)
    with team.rep_a.session_scope() as session:
        session.add(
            Promise(
                account_id=visited,
                record_id=record,
                owner_id=_me(team.rep_a),
                description="周五送样品",
                agreed_on=DAY,
                due_on=date(2026, 11, 27),
            )
        )
        session.add(
            Promise(
                account_id=visited,
                owner_id=_me(team.rep_a),
                description="寄送价格表",
                agreed_on=date(2026, 11, 16),
                due_on=date(2026, 11, 20),
                status=PromiseStatus.KEPT,
                closed_at=datetime(2026, 11, 23, 3, 0, tzinfo=UTC),
            )
        )
    _plan_visit(team.rep_a, missed)
    _plan_visit(team.rep_a, visited)  # made: a record of that account that day

    # A missed visit needs a reason.
    assert main(["--db", str(team.rep_a.path), "day-report", "send", "--date", "2026-11-23"]) == 1
    sent = _cli_json(
        team.rep_a,
        "day-report",
        "send",
        "--date",
        "2026-11-23",
        "--reason",
        f"{missed}=客户临时出差",
        capsys=capsys,
    )
    assert isinstance(sent, dict)
    assert (sent["records"], sent["promises_made"], sent["promises_kept"]) == (1, 1, 1)
    assert sent["visits_missed"] == 1
    for db in (team.rep_a, team.rep_b, team.manager):
        sync_now(db)

    listing = _cli_json(team.manager, "day-report", "list", "--date", "2026-11-23", capsys=capsys)
    assert isinstance(listing, dict)
    assert (listing["date"], listing["sent"], listing["missing"]) == ("2026-11-23", 1, 1)
    by_rep = {r["rep"]: r for r in listing["reps"]}
    assert by_rep["李代表"]["sent"] is True and by_rep["李代表"]["visits_missed"] == 1
    assert by_rep["李代表"]["report_id"] == str(report_id_for(_me(team.rep_a), DAY))
    assert by_rep["张代表"]["sent"] is False and by_rep["张代表"]["sent_at"] is None

    # What was sent: the day, never a personal profile.
    with team.server.read_scope() as session:
        body = session.scalars(select(DayReport.body)).one()
    assert "客户临时出差" in body and "周五送样品" in body and "朝阳医院" in body
    assert "钓鱼" not in body

    # Sending again replaces the report (one id per rep and day), comments stay.
    report = find_day_report(team.manager, _me(team.rep_a), DAY)
    assert report is not None and report.body.missed_visits[0].reason == "客户临时出差"
    add_day_report_comment(team.manager, report.id, "朝阳医院请下周补上。")
    sync_now(team.manager)
    sync_now(team.rep_a)
    mine = find_day_report(team.rep_a, _me(team.rep_a), DAY)
    assert mine is not None
    assert [(c.author, c.text) for c in mine.comments] == [("王经理", "朝阳医院请下周补上。")]
    with pytest.raises(ReviewNotAllowedError):
        edit_comment(team.rep_a, mine.comments[0].id, "改掉")
    # A manager cannot write the rep's report itself.
    with pytest.raises(ReviewNotAllowedError):
        send_day_report(team.manager, DAY, {})
    assert main(["--db", str(team.manager.path), "day-report", "send", "--date", "2026-11-23"]) == 1
    with team.server.read_scope() as session:
        assert session.scalar(select(func.count()).select_from(DayReport)) == 1
