"""The co-visit services: calls, debrief order, sign-off, lock, revisions."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from fieldvisit.clock import FixedClock
from fieldvisit.domain.enums import (
    ActionReview,
    ActionStatus,
    CoVisitType,
)
from fieldvisit.domain.errors import ValidationError
from fieldvisit.services.covisits import call_changes as changes
from fieldvisit.services.covisits import calls as c
from fieldvisit.services.covisits import history
from fieldvisit.services.covisits import session as sess
from fieldvisit.services.covisits import signoff as so
from fieldvisit.services.covisits.listing import list_covisits
from fieldvisit.services.covisits.reading import CoVisitLockedError
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import (
    ContactRecord,
)
from tests.services.covisits.conftest import DAY, Field, fill_complete


def test_candidates_put_the_planned_visit_of_the_day_first(db: Database, field: Field) -> None:
    found = c.call_candidates(db, field.rep_id, DAY)
    assert [x.planned for x in found] == [True, False, False]
    assert found[0].account_id == field.accounts[1] and found[0].purpose == "回访库存"
    assert c.call_candidates(db, field.rep_id, DAY + timedelta(days=1))[0].planned is False


def test_candidates_are_found_as_the_account_list_finds_them(db: Database, field: Field) -> None:
    # Pinyin and initials, the rep's accounts only; the planned visit stays first.
    found = c.call_candidates(db, field.rep_id, DAY, "renji")
    assert [(x.name, x.planned) for x in found] == [("康华药房", True), ("仁济医院", False)]
    later = DAY + timedelta(days=1)
    assert [x.name for x in c.call_candidates(db, field.rep_id, later, "khyf")] == ["康华药房"]
    assert [x.name for x in c.call_candidates(db, field.rep_id, later, "hd")] == ["华东医药商业"]


def test_calls_reorder_and_renumber(db: Database, field: Field) -> None:
    cv = sess.start_covisit(db, field.rep_id, DAY)
    ids = [c.add_call(db, cv.id, a, DAY, CoVisitType.JOINT).id for a in field.accounts]
    changes.move_call(db, ids[2], -1)
    assert [x.id for x in sess.get_covisit(db, cv.id).calls] == [ids[0], ids[2], ids[1]]
    changes.remove_call(db, ids[0])
    assert [x.seq for x in sess.get_covisit(db, cv.id).calls] == [1, 2]


def test_manager_feedback_waits_for_the_reps_self_assessment(db: Database, field: Field) -> None:
    cv = sess.start_covisit(db, field.rep_id, DAY)
    call = c.add_call(db, cv.id, field.accounts[0], DAY, CoVisitType.COACHING)
    with pytest.raises(ValidationError, match="self-assessment"):
        c.set_call_field(db, call.id, "feedback_went_well", "很好")
    c.set_call_field(db, call.id, "rep_self_assessment", "我觉得开场不错")
    c.set_call_field(db, call.id, "feedback_went_well", "很好")
    assert sess.get_covisit(db, cv.id).calls[0].feedback_went_well == "很好"


def test_validation_names_what_is_missing(db: Database, field: Field) -> None:
    cv = sess.start_covisit(db, field.rep_id, DAY)
    for account in field.accounts[:2]:
        call = c.add_call(db, cv.id, account, DAY, CoVisitType.COACHING)
    c.set_call_field(db, call.id, "visit_objective", "目标")
    messages = [m.message for m in so.missing_for_signoff(sess.get_covisit(db, cv.id))]
    assert "Call 2: the rep's self-assessment is empty" in messages
    assert "Call 1: the visit objective is empty" in messages
    assert "Call 2: the visit objective is empty" not in messages
    assert "Rate the rep on every standard" in messages
    with pytest.raises(so.SignOffError, match="Call 2: the rep's self-assessment is empty"):
        so.sign_off(db, cv.id)


def test_signed_on_the_day_is_on_time_then_locked(db: Database, field: Field) -> None:
    cv = sess.start_covisit(db, field.rep_id, DAY)
    fill_complete(db, cv.id, field, calls=2)
    evening = datetime.combine(DAY, datetime.min.time()).astimezone() + timedelta(hours=21)
    done = so.sign_off(db, cv.id, now=evening)
    assert done.locked and not done.late and done.completed_at is not None
    with db.session_scope() as s:
        assert list(s.scalars(select(ContactRecord))) == []  # the co-visit writes no records
    with pytest.raises(CoVisitLockedError, match="Correct"):
        sess.set_covisit_field(db, cv.id, "strengths", "改")
    with pytest.raises(CoVisitLockedError):
        c.set_call_field(db, done.calls[0].id, "agreed_learning", "改")
    with pytest.raises(CoVisitLockedError):
        so.set_rating(db, cv.id, "communication", 5, None)
    with pytest.raises(CoVisitLockedError):
        c.add_call(db, cv.id, field.accounts[0], DAY, CoVisitType.JOINT)


@pytest.fixture
def shanghai(fixed_clock: FixedClock) -> None:
    """The user's zone is the one clock's zone."""
    fixed_clock.tz = ZoneInfo("Asia/Shanghai")


def test_late_is_judged_in_local_time(db: Database, field: Field, shanghai: None) -> None:
    cv = sess.start_covisit(db, field.rep_id, DAY)
    fill_complete(db, cv.id, field)
    # 23:30 in Shanghai on the day is 15:30 UTC: on time.
    on_time = so.sign_off(db, cv.id, now=datetime(2026, 3, 10, 15, 30, tzinfo=UTC))
    assert not on_time.late
    later = sess.start_covisit(db, field.rep_id, DAY)
    fill_complete(db, later.id, field)
    # 00:30 the next day in Shanghai is still 16:30 UTC on the 10th: late.
    assert so.sign_off(db, later.id, now=datetime(2026, 3, 10, 16, 30, tzinfo=UTC)).late


def test_a_correction_is_a_new_revision_and_the_signed_one_stays_readable(
    db: Database, field: Field
) -> None:
    cv = sess.start_covisit(db, field.rep_id, DAY)
    fill_complete(db, cv.id, field)
    first = so.sign_off(db, cv.id, now=datetime.combine(DAY, datetime.min.time()).astimezone())
    with pytest.raises(ValidationError):
        so.correct(db, cv.id, "  ")
    second = so.correct(db, cv.id, "补充观察记录")
    assert second.revision == 2 and not second.locked
    assert second.acknowledgement_withdrawn and second.rep_acknowledged_at is None
    sess.set_covisit_field(db, cv.id, "strengths", "改过的优势")
    sess.acknowledge(db, cv.id, "同意修订")
    so.sign_off(db, cv.id, now=datetime(2026, 3, 20, 12, tzinfo=UTC))
    current = sess.get_covisit(db, cv.id)
    assert current.strengths == "改过的优势" and current.late is False
    old = so.revision_view(db, cv.id, 1)
    assert old.strengths == "产品知识扎实" and old.revision == 1
    assert old.calls[0].agreed_learning == first.calls[0].agreed_learning
    assert old.ratings == first.ratings and old.actions == first.actions
    assert [r.reason for r in so.list_revisions(db, cv.id)] == ["补充观察记录"]


def test_next_covisit_reviews_the_last_action_plan(db: Database, field: Field) -> None:
    first = sess.start_covisit(db, field.rep_id, DAY)
    fill_complete(db, first.id, field)
    so.sign_off(db, first.id)
    nxt = sess.start_covisit(db, field.rep_id, DAY + timedelta(days=20))
    before = history.previous_covisit(db, nxt.id)
    assert before is not None and before.id == first.id
    action = sess.get_covisit(db, nxt.id).review[0]
    assert action.id == before.actions[0].id and action.from_day == DAY
    history.review_action(db, nxt.id, action.id, ActionReview.DONE, "完成良好")
    again = sess.get_covisit(db, nxt.id).review[0]
    assert again.review_note == "完成良好" and again.status is ActionStatus.DONE
    assert again.review_in(nxt.id) is ActionReview.DONE
    assert history.previous_covisit(db, first.id) is None


def test_not_done_stays_open_and_comes_to_the_next_covisit(db: Database, field: Field) -> None:
    first = sess.start_covisit(db, field.rep_id, DAY)
    fill_complete(db, first.id, field)
    so.sign_off(db, first.id)
    second = sess.start_covisit(db, field.rep_id, DAY + timedelta(days=20))
    action_id = sess.get_covisit(db, second.id).review[0].id
    history.review_action(db, second.id, action_id, ActionReview.NOT_DONE, "还没开始")
    reviewed = sess.get_covisit(db, second.id).review[0]
    assert reviewed.status is ActionStatus.OPEN and reviewed.review_note == "还没开始"
    assert reviewed.review_in(second.id) is ActionReview.NOT_DONE
    third = sess.start_covisit(db, field.rep_id, DAY + timedelta(days=40))
    carried = sess.get_covisit(db, third.id).review
    assert [a.id for a in carried] == [action_id]
    assert carried[0].status is ActionStatus.OPEN and carried[0].review_in(third.id) is None
    assert carried[0].review_note == "还没开始" and carried[0].from_day == DAY
    # Only an explicit drop closes it; it then stays in the review that dropped it.
    history.review_action(db, third.id, action_id, ActionReview.DROPPED, "客户已换人")
    assert sess.get_covisit(db, third.id).review[0].status is ActionStatus.DROPPED
    fourth = sess.start_covisit(db, field.rep_id, DAY + timedelta(days=60))
    assert sess.get_covisit(db, fourth.id).review == ()


def test_a_review_locks_with_its_covisit(db: Database, field: Field) -> None:
    first = sess.start_covisit(db, field.rep_id, DAY)
    fill_complete(db, first.id, field)
    so.sign_off(db, first.id)
    second = sess.start_covisit(db, field.rep_id, DAY + timedelta(days=20))
    fill_complete(db, second.id, field)
    action_id = sess.get_covisit(db, second.id).review[0].id
    so.sign_off(db, second.id)
    with pytest.raises(CoVisitLockedError):
        history.review_action(db, second.id, action_id, ActionReview.DONE, None)


def test_only_a_manager_starts_and_days_are_in_order(db: Database, field: Field) -> None:
    with pytest.raises(ValidationError, match="last day"):
        sess.start_covisit(db, field.rep_id, DAY, DAY - timedelta(days=1))
    three = sess.start_covisit(db, field.rep_id, DAY, DAY + timedelta(days=2))
    assert sess.day_count(three.first_day, three.last_day) == 3
    assert list_covisits(db, member_id=field.rep_id)[0].id == three.id


def test_development_objectives_one_or_two(db: Database, field: Field) -> None:
    cv = sess.start_covisit(db, field.rep_id, DAY)
    with pytest.raises(ValidationError, match="one or two"):
        sess.set_development_objectives(db, cv.id, ["a", "b", "c"])
    sess.set_development_objectives(db, cv.id, ["提问", " ", "异议处理"])
    assert sess.get_covisit(db, cv.id).development_objectives == ("提问", "异议处理")


@pytest.mark.parametrize(
    ("joined", "tier_index", "expected", "stage"),
    [
        (date(2026, 1, 5), 0, CoVisitType.DEMONSTRATION, "new"),
        (date(2025, 6, 1), 0, CoVisitType.COACHING, "developing"),
        (date(2022, 6, 1), 0, CoVisitType.JOINT, "experienced"),
        (date(2022, 6, 1), 1, CoVisitType.COACHING, "experienced"),
    ],
)
def test_type_suggestion_follows_the_reps_stage(
    db: Database, joined: date, tier_index: int, expected: CoVisitType, stage: str
) -> None:
    from tests.services.covisits.conftest import make_field

    f = make_field(db, joined_on=joined)
    found = c.suggest_call_type(db, f.rep_id, f.accounts[tier_index], DAY)
    assert (found.call_type, found.stage) == (expected, stage)
