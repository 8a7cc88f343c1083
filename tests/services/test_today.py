"""The Today read model: what a rep and a manager have to do on Mon 2026-11-23."""

from __future__ import annotations

from datetime import date, time

from fieldvisit.clock import FixedClock
from fieldvisit.domain.enums import MemberRole, PlannedKind
from fieldvisit.services.planning.plans import approve_plan, submit_plan
from fieldvisit.services.team import set_current_user
from fieldvisit.services.today import (
    CoVisitStep,
    ItemState,
    SectionKey,
    Target,
    TargetKind,
    TodaySection,
    last_working_day,
    load_today,
    plan_reminder_from,
)
from fieldvisit.storage.database import Database
from tests.services.today_data import (
    DECEMBER,
    FRIDAY,
    TODAY,
    as_rep,
    make_manager_world,
    make_today_world,
)


def test_a_reps_day(db: Database) -> None:
    world = make_today_world(db)
    as_rep(db)
    view = load_today(db)
    assert view.day == TODAY and view.role is MemberRole.REP
    keys = [s.key for s in view.sections]
    assert keys == [
        SectionKey.VISITS,
        SectionKey.PROMISES,
        SectionKey.DRAFTS,
        SectionKey.COVISIT_REPORTS,
        SectionKey.COVISIT_ACTIONS,
        SectionKey.NEXT_PLAN,
    ]

    visits = view.section(SectionKey.VISITS)
    assert visits is not None
    assert [(i.subject, i.kind, i.note) for i in visits.items] == [
        ("仁济医院", PlannedKind.VISIT, "回访库存"),
        ("康华药房", PlannedKind.PHONE, "确认订单"),
    ]
    first = visits.items[0].target
    assert first.kind is TargetKind.NEW_RECORD
    assert (first.id, first.account_id) == (world.planned["仁济医院"], world.accounts["仁济医院"])

    promises = view.section(SectionKey.PROMISES)
    assert promises is not None
    assert [(i.note, i.state, i.days) for i in promises.items] == [
        ("送新品资料", ItemState.OVERDUE, 3),
        ("安排科室会", ItemState.DUE_TODAY, 0),
    ]
    assert promises.items[0].target.kind is TargetKind.CARD  # not agreed on a record

    drafts = view.section(SectionKey.DRAFTS)
    assert drafts is not None
    assert [(i.subject, i.state, i.day) for i in drafts.items] == [
        ("华东医药商业", ItemState.LATE, date(2026, 11, 18)),
        ("康华药房", ItemState.DRAFT, date(2026, 11, 22)),
    ]
    assert drafts.items[0].target.id == world.records["late"]

    reports = view.section(SectionKey.COVISIT_REPORTS)
    assert reports is not None
    assert [(i.state, i.subject, i.target.id, i.late) for i in reports.items] == [
        (ItemState.TO_ACKNOWLEDGE, "王经理", world.covisits["to_acknowledge"], True)
    ]

    actions = view.section(SectionKey.COVISIT_ACTIONS)
    assert actions is not None
    overdue = [i for i in actions.items if i.note == "每周复盘一次拜访"]
    assert [(i.state, i.days, i.needs_action) for i in overdue] == [(ItemState.OVERDUE, 3, True)]
    assert overdue[0].target.id == world.covisits["signed"]
    # fill_complete's own action is due on the co-visit's day (the 10th): overdue too.
    assert all(i.target.kind is TargetKind.COVISIT for i in actions.items)

    # The 23rd is before the last five working days of November: no plan line yet.
    next_plan = view.section(SectionKey.NEXT_PLAN)
    assert next_plan is not None and next_plan.items == ()
    assert view.action_count == 2 + 2 + 2 + 1 + len(actions.items)


def test_a_managers_day_shows_reports_to_sign_or_finish(db: Database) -> None:
    world = make_today_world(db)
    view = load_today(db)
    assert view.role is MemberRole.MANAGER
    assert SectionKey.VISITS not in [s.key for s in view.sections]
    reports = view.section(SectionKey.COVISIT_REPORTS)
    assert reports is not None
    assert [(i.state, i.target.id) for i in reports.items] == [
        (ItemState.TO_FINISH, world.covisits["to_acknowledge"]),
        (ItemState.TO_FINISH, world.covisits["today"]),
    ]
    assert [i.late for i in reports.items] == [True, False]
    assert all(i.subject == "李代表" for i in reports.items)
    # The one the rep acknowledged waits for the signature in its own section.
    acknowledged = view.section(SectionKey.ACKNOWLEDGED)
    assert acknowledged is not None
    assert [(i.state, i.target.id, i.late) for i in acknowledged.items] == [
        (ItemState.TO_SIGN, world.covisits["to_sign"], True)
    ]


def test_next_months_plan_is_asked_for_in_the_last_five_working_days(
    db: Database, fixed_clock: FixedClock
) -> None:
    world = make_today_world(db)
    rep = as_rep(db)
    assert plan_reminder_from(date(2026, 11, 1)) == date(2026, 11, 24)
    fixed_clock.set_day(date(2026, 11, 24), time(1, 0))
    view = load_today(db)
    section = view.section(SectionKey.NEXT_PLAN)
    assert section is not None
    [item] = section.items
    assert item.state is ItemState.NOT_STARTED and item.subject == "2026-12"
    assert item.target.kind is TargetKind.PLAN and item.target.month == date(2026, 12, 1)
    assert item.needs_action

    from fieldvisit.services.planning.plans import add_contact

    add_contact(db, world.rep_id, world.accounts["仁济医院"], date(2026, 12, 2), PlannedKind.VISIT)
    section = load_today(db).section(SectionKey.NEXT_PLAN)
    assert section is not None and section.items[0].state is ItemState.NOT_SUBMITTED
    submit_plan(db, rep.id, date(2026, 12, 1))
    section = load_today(db).section(SectionKey.NEXT_PLAN)
    assert section is not None and section.items == ()


def test_nobody_chosen_and_an_empty_day(db: Database) -> None:
    view = load_today(db)
    assert view.user_id is None and view.sections == () and view.is_empty
    set_current_user(db, "新代表", MemberRole.REP)
    view = load_today(db)
    assert view.is_empty and view.action_count == 0


def test_a_managers_team_side(db: Database) -> None:
    """Plans to decide, acknowledgements to sign, Friday's day reports, the reps' late drafts."""
    from fieldvisit.services.reviews.comments import add_day_report_comment

    mw = make_manager_world(db)
    world = mw.today
    view = load_today(db)
    assert view.role is MemberRole.MANAGER
    assert [s.key for s in view.sections] == [
        SectionKey.PLANS_TO_DECIDE,
        SectionKey.ACKNOWLEDGED,
        SectionKey.PROMISES,
        SectionKey.DRAFTS,
        SectionKey.COVISIT_REPORTS,
        SectionKey.COVISIT_ACTIONS,
        SectionKey.DAY_REPORTS,
        SectionKey.LATE_RECORDS,
    ]

    plans = view.section(SectionKey.PLANS_TO_DECIDE)
    assert plans is not None
    [plan] = plans.items
    assert (plan.state, plan.subject, plan.day) == (ItemState.TO_DECIDE, "张代表", DECEMBER)
    assert plan.target == Target(TargetKind.PLAN, month=DECEMBER, rep_id=mw.second_rep_id)

    acknowledged = view.section(SectionKey.ACKNOWLEDGED)
    assert acknowledged is not None
    [ack] = acknowledged.items
    assert (ack.state, ack.subject) == (ItemState.TO_SIGN, "李代表")
    assert ack.target == Target(
        TargetKind.COVISIT, id=world.covisits["to_sign"], step=CoVisitStep.SIGNOFF
    )

    days = view.section(SectionKey.DAY_REPORTS)
    assert days is not None
    assert [(i.state, i.subject, i.day, i.late) for i in days.items] == [
        (ItemState.NOT_SENT, "李代表", FRIDAY, True),
        (ItemState.TO_READ, "张代表", FRIDAY, False),
    ]
    assert days.items[0].target == Target(TargetKind.DAY_REPORT, rep_id=world.rep_id, day=FRIDAY)

    late = view.section(SectionKey.LATE_RECORDS)
    assert late is not None
    [record] = late.items  # 张代表's draft of yesterday is not late yet
    assert (record.subject, record.rep, record.day, record.days) == (
        "华东医药商业",
        "李代表",
        date(2026, 11, 18),
        5,
    )
    assert record.target.kind is TargetKind.RECORD and record.target.id == world.records["late"]

    # The rep's overdue action of the signed co-visit shows on the manager's page too.
    actions = view.section(SectionKey.COVISIT_ACTIONS)
    assert actions is not None
    reps_action = [i for i in actions.items if i.note == "每周复盘一次拜访"]
    assert [(i.rep, i.state, i.days) for i in reps_action] == [("李代表", ItemState.OVERDUE, 3)]
    assert view.action_count == sum(s.action_count for s in view.sections)

    # Handled where they are: the plan approved, the report read and answered.
    approve_plan(db, mw.second_rep_id, DECEMBER, world.manager_id)
    add_day_report_comment(db, mw.day_report_id, "收到，周一聊")
    after = load_today(db)
    assert after.section(SectionKey.PLANS_TO_DECIDE) == TodaySection(SectionKey.PLANS_TO_DECIDE, ())
    days = after.section(SectionKey.DAY_REPORTS)
    assert days is not None and [i.subject for i in days.items] == ["李代表"]
    assert after.action_count == view.action_count - 2


def test_the_last_working_day_follows_the_teams_calendar(db: Database) -> None:
    from fieldvisit.domain.workdays import DayKind
    from fieldvisit.services.planning.calendar import load_calendar, set_day

    assert last_working_day(load_calendar(db), TODAY) == FRIDAY
    set_day(db, FRIDAY, DayKind.HOLIDAY, "公司活动")
    assert last_working_day(load_calendar(db), TODAY) == date(2026, 11, 19)
    make_manager_world(db)
    days = load_today(db).section(SectionKey.DAY_REPORTS)
    assert days is not None
    # Nobody sent Thursday's report; Friday's (a holiday now) is not asked for.
    assert [(i.state, i.subject, i.day) for i in days.items] == [
        (ItemState.NOT_SENT, "张代表", date(2026, 11, 19)),
        (ItemState.NOT_SENT, "李代表", date(2026, 11, 19)),
    ]


def test_a_rep_sees_no_team_sections(db: Database) -> None:
    make_manager_world(db)
    as_rep(db)
    keys = {s.key for s in load_today(db).sections}
    assert not keys & {
        SectionKey.PLANS_TO_DECIDE,
        SectionKey.ACKNOWLEDGED,
        SectionKey.DAY_REPORTS,
        SectionKey.LATE_RECORDS,
    }
