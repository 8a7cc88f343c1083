"""The Today read model: what a rep and a manager have to do on Mon 2026-11-23."""

from __future__ import annotations

from datetime import date, time

from fieldvisit.clock import FixedClock
from fieldvisit.domain.enums import MemberRole, PlannedKind
from fieldvisit.services.planning.plans import submit_plan
from fieldvisit.services.team import set_current_user
from fieldvisit.services.today import (
    ItemState,
    SectionKey,
    TargetKind,
    load_today,
    plan_reminder_from,
)
from fieldvisit.storage.database import Database
from tests.services.today_data import TODAY, as_rep, make_today_world


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
        (ItemState.TO_SIGN, world.covisits["to_sign"]),
        (ItemState.TO_FINISH, world.covisits["to_acknowledge"]),
        (ItemState.TO_FINISH, world.covisits["today"]),
    ]
    assert [i.late for i in reports.items] == [True, True, False]
    assert all(i.subject == "李代表" for i in reports.items)


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
