"""The day report and comments on one laptop: what is sent, what is refused."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import func, select

from fieldvisit.domain.enums import MemberRole
from fieldvisit.domain.errors import NotFoundError, ValidationError
from fieldvisit.services.reviews.comments import (
    ReviewNotAllowedError,
    add_record_comment,
    edit_comment,
    remove_comment,
)
from fieldvisit.services.reviews.day_report import (
    draft_day_report,
    report_id_for,
    send_day_report,
    team_days,
)
from fieldvisit.services.team import set_current_user
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import DayReport, RecordComment
from tests.ui.records.day_world import DAY, become_manager, make_day_world


def test_the_day_as_built_and_sent_twice_is_one_report(db: Database) -> None:
    world = make_day_world(db)
    draft = draft_day_report(db, DAY)
    assert [r.account for r in draft.records] == ["仁和医院", "康宁大药房"]
    assert [p.description for p in draft.promises_made] == ["周五前送试用样品"]
    assert [p.description for p in draft.promises_kept] == ["寄送新价格表"]
    assert [(m.account, m.reason) for m in draft.missed_visits] == [("朝阳医院", "")]

    with pytest.raises(ValidationError, match="Say why"):
        send_day_report(db, DAY, {})
    with pytest.raises(ValidationError, match="No planned visit"):
        send_day_report(db, DAY, {world.missed: "出差", world.visited: "?"})
    with pytest.raises(ValidationError, match="today or a day before"):
        send_day_report(db, date(2026, 11, 24), {})

    first = send_day_report(db, DAY, {world.missed: "客户出差"})
    assert first.id == report_id_for(world.rep, DAY)
    assert draft_day_report(db, DAY).missed_visits[0].reason == "客户出差"  # kept for resending
    again = send_day_report(db, DAY, {world.missed: "客户出差，改到周四"})
    assert again.id == first.id
    with db.read_scope() as s:
        assert s.scalar(select(func.count()).select_from(DayReport)) == 1

    become_manager(db)
    days = {d.rep: d for d in team_days(db, DAY)}
    assert days["李娜"].sent and days["李娜"].counts["visits_missed"] == 1
    assert not days["张伟"].sent and days["张伟"].report_id is None
    with pytest.raises(ReviewNotAllowedError):
        send_day_report(db, DAY, {})


def test_only_the_author_changes_or_removes_a_comment(db: Database) -> None:
    world = make_day_world(db)
    become_manager(db)
    comment = add_record_comment(db, world.record, "  很好  ")
    edit_comment(db, comment, "很好，继续。")

    set_current_user(db, "李娜", MemberRole.REP)
    with pytest.raises(ReviewNotAllowedError):
        edit_comment(db, comment, "x")
    with pytest.raises(ReviewNotAllowedError):
        remove_comment(db, comment)
    with pytest.raises(ValidationError):
        add_record_comment(db, world.record, "   ")
    mine = add_record_comment(db, world.record, "收到")
    remove_comment(db, mine)
    with db.read_scope() as s:
        rows = {r.id: (r.text, r.deleted_at is not None) for r in s.scalars(select(RecordComment))}
    assert rows == {comment: ("很好，继续。", False), mine: ("收到", True)}
    with pytest.raises(NotFoundError):
        add_record_comment(db, uuid.uuid4(), "x")
