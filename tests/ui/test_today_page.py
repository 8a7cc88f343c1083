"""The Today page in the window: real clicks open where each line is handled; the DB agrees."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QTreeWidgetItem
from pytestqt.qtbot import QtBot

from fieldvisit.clock import FixedClock
from fieldvisit.domain.enums import MemberRole, RecordStatus
from fieldvisit.services.team import set_current_user
from fieldvisit.services.today import TargetKind, load_today
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import ContactRecord, PlannedContact
from fieldvisit.ui.events import DataEvents
from fieldvisit.ui.main_window import MainWindow
from fieldvisit.ui.pages.today import TodayPage
from fieldvisit.ui.qt_clock import msecs_to_midnight
from tests.services.today_data import (
    DECEMBER,
    FRIDAY,
    TodayWorld,
    as_rep,
    make_manager_world,
    make_today_world,
)


@pytest.fixture
def world(db: Database) -> TodayWorld:
    return make_today_world(db)


def open_window(qtbot: QtBot, db: Database, events: DataEvents, settings: QSettings) -> MainWindow:
    from fieldvisit.services.team import current_user

    user = current_user(db)
    assert user is not None
    window = MainWindow(db, user, events, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def today_page(qtbot: QtBot, window: MainWindow) -> TodayPage:
    page = window.today_page
    assert window.current_page() is page  # the start page
    qtbot.waitUntil(lambda: page.view is not None)
    return page


def line(page: TodayPage, first_column: str) -> QTreeWidgetItem:
    found = [item for item in page.lines() if item.text(0) == first_column]
    assert found, [item.text(0) for item in page.lines()]
    return found[0]


def click(qtbot: QtBot, page: TodayPage, item: QTreeWidgetItem) -> None:
    page.list.scrollToItem(item)
    rect = page.list.visualItemRect(item)
    qtbot.mouseClick(page.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


@pytest.fixture(autouse=True)
def _close_windows() -> object:
    yield
    from fieldvisit.ui.covisits import resume
    from fieldvisit.ui.records.record_editor import open_editors

    for editor in open_editors():
        editor.close()
    for window in list(resume._OPEN.values()):
        window.close()


def test_a_rep_starts_on_today_and_writes_the_planned_visit(
    qtbot: QtBot, db: Database, world: TodayWorld, events: DataEvents, settings: QSettings
) -> None:
    as_rep(db)
    window = open_window(qtbot, db, events, settings)
    page = today_page(qtbot, window)
    count = load_today(db).action_count
    nav = window.navigation.item(0)
    qtbot.waitUntil(lambda: nav.text() == f"Today ({count})")
    assert page.date_label.text()  # the long date of Mon 2026-11-23
    headings = [page.list.topLevelItem(i).text(0) for i in range(page.list.topLevelItemCount())]
    assert headings[:3] == ["Planned for today (2)", "Promises due (2)", "Records to finish (2)"]

    visit = line(page, "仁济医院")
    assert (visit.text(1), visit.text(2)) == ("回访库存", "Visit")
    click(qtbot, page, visit)
    from fieldvisit.ui.records.record_editor import open_editors

    [editor] = open_editors()
    assert editor.account_id == world.accounts["仁济医院"]
    assert editor.planned_contact_id == world.planned["仁济医院"]
    assert editor.save_as_draft()
    with db.read_scope() as s:
        planned = s.get(PlannedContact, world.planned["仁济医院"])
        assert planned is not None and planned.record_id == editor.record_id
        record = s.get(ContactRecord, editor.record_id)
        assert record is not None and record.status is RecordStatus.DRAFT
    # The page follows: the visit is written up, its draft waits to be finished.
    qtbot.waitUntil(
        lambda: (
            "Planned for today (1)"
            in [page.list.topLevelItem(i).text(0) for i in range(page.list.topLevelItemCount())]
        )
    )
    assert nav.text() == f"Today ({count})"  # one visit less, one draft more


def test_each_line_opens_where_it_is_handled(
    qtbot: QtBot, db: Database, world: TodayWorld, events: DataEvents, settings: QSettings
) -> None:
    as_rep(db)
    window = open_window(qtbot, db, events, settings)
    page = today_page(qtbot, window)

    # A promise agreed outside a record: the customer card.
    promise = next(i for i in page.lines() if i.text(1) == "送新品资料")
    # "3 days" once the English catalogue is installed (as the app always does), else the source.
    assert promise.text(2) in ("3 days overdue", "3 day(s) overdue")
    click(qtbot, page, promise)
    from fieldvisit.ui.accounts.card_editor import open_cards

    qtbot.waitUntil(lambda: len(open_cards(db)) == 1)
    card = open_cards(db)[0]
    assert card.account_id == world.accounts["仁济医院"]
    card.close()

    # A late draft: its record.
    late = line(page, "华东医药商业")
    assert late.text(2) == "Late: a record is due within two days"
    click(qtbot, page, late)
    from fieldvisit.ui.records.record_editor import open_editors

    assert [e.record_id for e in open_editors()] == [world.records["late"]]

    # The report to acknowledge: its co-visit window.
    report = line(page, "Acknowledge the report")
    click(qtbot, page, report)
    from fieldvisit.ui.covisits import resume

    assert list(resume._OPEN) == [world.covisits["to_acknowledge"]]


def test_the_plan_line_appears_near_month_end_and_opens_the_plan(
    qtbot: QtBot,
    db: Database,
    world: TodayWorld,
    events: DataEvents,
    settings: QSettings,
    fixed_clock: FixedClock,
) -> None:
    as_rep(db)
    window = open_window(qtbot, db, events, settings)
    page = today_page(qtbot, window)
    assert not [i for i in page.lines() if i.text(0).startswith("Plan for")]
    assert msecs_to_midnight() == 14 * 3600 * 1000 + 1000  # 10:00 UTC, a second past midnight
    assert page._midnight.isActive()
    assert page._midnight.interval() == msecs_to_midnight()
    assert page._midnight.timerType() is Qt.TimerType.PreciseTimer
    # Midnight: Tuesday the 24th is within the last five working days of November.
    fixed_clock.set_day(date(2026, 11, 24), time(0, 0, 1))
    page._on_midnight()
    plan_line = line(page, "Plan for December 2026")
    assert plan_line.text(2) == "Not started yet"
    click(qtbot, page, plan_line)
    assert window.current_page() is window.plan_page
    assert window.plan_page.month() == date(2026, 12, 1)
    assert window.plan_page.rep_id() == world.rep_id


def test_a_manager_sees_reports_to_sign_or_finish(
    qtbot: QtBot, db: Database, world: TodayWorld, events: DataEvents, settings: QSettings
) -> None:
    window = open_window(qtbot, db, events, settings)
    page = today_page(qtbot, window)
    assert [i.text(0) for i in page.lines()[:3]] == [
        "Sign the report",
        "Finish the report",
        "Finish the report",
    ]
    assert [i.text(2) for i in page.lines()[:3]] == ["Late", "Late", "Due today"]
    target = page.target_of(page.lines()[0])
    assert target is not None and target.kind is TargetKind.COVISIT
    click(qtbot, page, page.lines()[0])
    from fieldvisit.ui.covisits import resume

    assert list(resume._OPEN) == [world.covisits["to_sign"]]
    # The acknowledged report opens at its sign-off.
    assert resume._OPEN[world.covisits["to_sign"]].current_key() == "signoff"


def test_an_empty_day_says_so(
    qtbot: QtBot, db: Database, events: DataEvents, settings: QSettings
) -> None:
    from tests.ui.test_main_window import add_accounts

    user = set_current_user(db, "Li Na", MemberRole.REP)
    add_accounts(db, user.id, 1)
    window = open_window(qtbot, db, events, settings)
    page = today_page(qtbot, window)
    assert page.empty.isVisible() and not page.list.isVisible()
    assert page.empty_title.text() == "Nothing needs you today."
    assert window.navigation.item(0).text() == "Today"
    qtbot.mouseClick(page.accounts_button, Qt.MouseButton.LeftButton)
    assert window.current_page() is window.accounts_page


def test_the_count_follows_changes_while_another_page_shows(
    qtbot: QtBot, db: Database, world: TodayWorld, events: DataEvents, settings: QSettings
) -> None:
    from fieldvisit.domain.enums import PromiseStatus
    from fieldvisit.services.records import close_promise

    as_rep(db)
    window = open_window(qtbot, db, events, settings)
    page = today_page(qtbot, window)
    before = page.action_count()
    window.show_page("accounts")
    close_promise(db, world.promises["送新品资料"], PromiseStatus.KEPT, "资料已送到")
    events.announce({"promise"})
    nav = window.navigation.item(0)
    qtbot.waitUntil(lambda: nav.text() == f"Today ({before - 1})")
    assert "送新品资料" not in [line.text(1) for line in page.lines()]


def test_enter_opens_the_current_line(
    qtbot: QtBot, db: Database, world: TodayWorld, events: DataEvents, settings: QSettings
) -> None:
    as_rep(db)
    window = open_window(qtbot, db, events, settings)
    page = today_page(qtbot, window)
    late = line(page, "华东医药商业")  # the late draft (its visit is planned tomorrow)
    page.list.setFocus()
    page.list.setCurrentItem(late)
    qtbot.keyClick(page.list, Qt.Key.Key_Return)
    from fieldvisit.ui.records.record_editor import open_editors

    assert [e.record_id for e in open_editors()] == [world.records["late"]]


def test_a_manager_clicks_a_plan_to_decide_and_gets_that_reps_month(
    qtbot: QtBot, db: Database, events: DataEvents, settings: QSettings
) -> None:
    from fieldvisit.domain.enums import PlanStatus
    from fieldvisit.services.planning.plans import current_plan

    mw = make_manager_world(db)
    window = open_window(qtbot, db, events, settings)
    page = today_page(qtbot, window)
    headings = [page.list.topLevelItem(i).text(0) for i in range(page.list.topLevelItemCount())]
    assert headings[:2] == ["Plans to decide (1)", "Acknowledgements received (1)"]
    plan_line = next(i for i in page.lines() if i.text(1) == "Plan for December 2026")
    assert (plan_line.text(0), plan_line.text(2)) == ("张代表", "Submitted: approve or return it")
    click(qtbot, page, plan_line)
    assert window.current_page() is window.plan_page
    assert window.plan_page.rep_id() == mw.second_rep_id
    assert window.plan_page.month() == DECEMBER
    shown = window.plan_page.plan
    with db.read_scope() as s:
        stored = current_plan(s, mw.second_rep_id, DECEMBER)
        assert stored is not None and stored.status is PlanStatus.SUBMITTED
        assert shown is not None and shown.id == stored.id
        assert shown.status is PlanStatus.SUBMITTED


def test_a_manager_clicks_a_day_report_not_sent_and_gets_that_day(
    qtbot: QtBot, db: Database, events: DataEvents, settings: QSettings
) -> None:
    from fieldvisit.services.reviews.day_report import find_day_report

    mw = make_manager_world(db)
    window = open_window(qtbot, db, events, settings)
    page = today_page(qtbot, window)
    rows = [(i.text(0), i.text(1), i.text(2)) for i in page.lines()]
    assert ("李代表", "Day report of 20 Nov 2026", "Not sent") in rows
    assert ("张代表", "Day report of 20 Nov 2026", "Sent: read it and comment") in rows
    not_sent = next(i for i in page.lines() if i.text(2) == "Not sent")
    click(qtbot, page, not_sent)
    dialog = window.records_page.day_report
    assert dialog is not None and dialog.isVisible()
    assert dialog.day() == FRIDAY
    assert dialog._selected_rep() == mw.today.rep_id
    assert find_day_report(db, mw.today.rep_id, FRIDAY) is None
    assert dialog.report is None and "has not sent one" in dialog.summary.text()

    # The other rep's report, read and answered in the same window, leaves the page.
    before = page.action_count()
    dialog.show_day(FRIDAY, mw.second_rep_id)
    assert dialog.report is not None and dialog.report.id == mw.day_report_id
    dialog._add_comment("收到，周一聊")
    qtbot.waitUntil(lambda: page.action_count() == before - 1)
    assert "Sent: read it and comment" not in [i.text(2) for i in page.lines()]
    assert [c.text for c in find_day_report(db, mw.second_rep_id, FRIDAY).comments] == [
        "收到，周一聊"
    ]
    dialog.close()


def test_a_manager_clicks_a_reps_late_record_and_gets_that_record(
    qtbot: QtBot, db: Database, events: DataEvents, settings: QSettings
) -> None:
    from fieldvisit.ui.records.record_editor import open_editors

    mw = make_manager_world(db)
    window = open_window(qtbot, db, events, settings)
    page = today_page(qtbot, window)
    late = next(i for i in page.lines() if i.text(1) == "李代表's contact of 18 Nov 2026")
    assert (late.text(0), late.text(2)) == ("华东医药商业", "Late: a record is due within two days")
    click(qtbot, page, late)
    assert [e.record_id for e in open_editors()] == [mw.today.records["late"]]
    with db.read_scope() as s:
        record = s.get(ContactRecord, mw.today.records["late"])
        assert record is not None and record.status is RecordStatus.DRAFT
        assert record.author_id == mw.today.rep_id
