"""The Plan page within capacity: holidays in the calendar, what did not fit, undo/redo, and a
page that fits a 1366×768 screen in both languages; the Settings › Planning tab."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from fieldvisit.domain.enums import AccountType, MemberRole, PlannedKind, SubTier, Tier
from fieldvisit.services.planning.calendar import load_calendar
from fieldvisit.services.planning.plans import load_plan
from fieldvisit.services.settings import load_settings
from fieldvisit.services.team import set_current_user
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import Account
from fieldvisit.ui.events import DataEvents
from fieldvisit.ui.pages.plan import PlanPage
from tests.services.planning.conftest import Team, team  # noqa: F401
from tests.ui.planning.test_plan_page import _drop, _no_blocking_boxes  # noqa: F401

OCTOBER = date(2026, 10, 1)


def _crowd(db: Database, team: Team, n: int) -> None:  # noqa: F811
    with db.session_scope() as s:
        for i in range(n):
            s.add(
                Account(
                    name=f"甲{i:03d}",
                    account_type=AccountType.PHARMACY,
                    tier=Tier.A,
                    sub_tier=SubTier.A1,
                    owner_id=team.rep,
                )
            )


def _page(qtbot: QtBot, db: Database, events: DataEvents, settings, month: date) -> PlanPage:
    page = PlanPage(db, events, settings)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    page.set_month(month)
    return page


def _visits(db: Database, team: Team) -> Counter[date]:  # noqa: F811
    return Counter(
        c.day for c in load_plan(db, team.rep, OCTOBER).contacts if c.kind is not PlannedKind.PHONE
    )


def test_october_holidays_capacity_and_what_did_not_fit(
    qtbot: QtBot,
    db: Database,
    team: Team,  # noqa: F811
    events: DataEvents,
    settings,
    fixed_clock,
) -> None:
    fixed_clock.set_day(date(2026, 9, 1))
    _crowd(db, team, 40)
    set_current_user(db, "李娜", MemberRole.REP)
    page = _page(qtbot, db, events, settings, OCTOBER)
    assert page.calendar.columns == 6  # Saturday the 10th is worked
    assert "holiday" in page.calendar.cell(date(2026, 10, 5)).header.text()
    assert "working day" in page.calendar.cell(date(2026, 10, 10)).header.text()

    page.suggest()
    per_day = _visits(db, team)
    assert max(per_day.values()) == 8 and not set(per_day) & {
        date(2026, 10, d) for d in range(1, 8)
    }
    assert per_day[date(2026, 10, 10)] == 8
    # What did not fit is listed, and the page shows that tab.
    unplaced = page.unplaced_view.items
    assert unplaced and page.tabs.currentWidget() is page.unplaced_view
    assert page.tabs.tabText(page.unplaced_tab) == f"Not placed ({len(unplaced)})"
    assert not page.calendar.cell(date(2026, 10, 5)).contacts.acceptDrops()

    # A phone call instead of the first visit that did not fit; undone and redone.
    page.unplaced_view.table.selectRow(0)
    assert page.unplaced_view.phone_button.isEnabled()
    assert not page.unplaced_view.lower_button.isEnabled()  # A1, not C
    item = page.unplaced_view.items[0]
    calls = sum(1 for c in load_plan(db, team.rep, OCTOBER).contacts if c.kind is PlannedKind.PHONE)
    qtbot.mouseClick(page.unplaced_view.phone_button, Qt.MouseButton.LeftButton)
    after = load_plan(db, team.rep, OCTOBER).contacts
    assert sum(1 for c in after if c.kind is PlannedKind.PHONE) == calls + 1
    assert item not in page.unplaced_view.items
    page.undo_stack.undo()
    assert (
        sum(1 for c in load_plan(db, team.rep, OCTOBER).contacts if c.kind is PlannedKind.PHONE)
        == calls
    )
    assert item in page.unplaced_view.items
    page.undo_stack.redo()
    assert item not in page.unplaced_view.items
    # Dropping on a holiday is refused by the service; nothing moves.
    any_visit = next(c for c in after if c.kind is PlannedKind.VISIT)
    _drop(page, str(any_visit.id), date(2026, 10, 6))
    assert _visits(db, team)[date(2026, 10, 6)] == 0


def test_undo_redo_with_the_keyboard(
    qtbot: QtBot,
    db: Database,
    team: Team,  # noqa: F811
    events: DataEvents,
    settings,
) -> None:
    month = date(2099, 9, 1)
    set_current_user(db, "李娜", MemberRole.REP)
    page = _page(qtbot, db, events, settings, month)
    assert not page.undo_action.isEnabled()
    page.suggest()
    total = len(load_plan(db, team.rep, month).contacts)
    assert total == 32 and page.undo_action.isEnabled()
    visit = next(c for c in load_plan(db, team.rep, month).contacts if c.kind is PlannedKind.VISIT)
    _drop(page, str(visit.id), date(2099, 9, 28))
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.calendar.cell(date(2099, 9, 28)).contacts.setFocus()

    def day_of() -> date:
        return next(c for c in load_plan(db, team.rep, month).contacts if c.id == visit.id).day

    assert day_of() == date(2099, 9, 28)
    qtbot.keyClick(
        page.calendar.cell(date(2099, 9, 28)).contacts,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier,
    )
    assert day_of() == visit.day
    qtbot.keyClick(
        page.calendar.cell(date(2099, 9, 28)).contacts,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert day_of() == date(2099, 9, 28)
    # Remove, undo brings it back; undo twice more takes the suggestion away.
    page.selected_id = visit.id
    page.remove_selected()
    assert len(load_plan(db, team.rep, month).contacts) == total - 1
    page.undo_stack.undo()
    assert len(load_plan(db, team.rep, month).contacts) == total
    page.undo_stack.undo()
    page.undo_stack.undo()
    assert load_plan(db, team.rep, month).contacts == ()
    assert "Suggest plan" in page.redo_action.toolTip()
    page.undo_stack.redo()
    assert len(load_plan(db, team.rep, month).contacts) == total


def _inside(widget: QWidget, viewport: QWidget) -> bool:
    top_left = widget.mapTo(viewport, QPoint(0, 0))
    return viewport.rect().contains(QRect(top_left, widget.size()))


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_page_fits_1366_by_768(
    qtbot: QtBot,
    qapp: QApplication,
    db: Database,
    team: Team,  # noqa: F811
    events: DataEvents,
    settings,
    lang: str,
    monkeypatch: pytest.MonkeyPatch,
    fixed_clock,
) -> None:
    fixed_clock.set_day(date(2026, 9, 1))
    from fieldvisit.ui.i18n import install_translations, remove_translations
    from fieldvisit.ui.main_window import MainWindow

    monkeypatch.setenv("FIELDVISIT_LANG", lang)
    translators = install_translations(qapp, lang)
    try:
        user = set_current_user(db, "李娜", MemberRole.REP)
        window = MainWindow(db, user, events, settings)
        qtbot.addWidget(window)
        window.resize(1366, 700)  # 768 less a taskbar and a title bar
        window.show()
        window.show_page("plan")
        page = window.page("plan")
        assert isinstance(page, PlanPage)
        page.set_month(OCTOBER)
        page.suggest()
        scroll = page.findChild(QScrollArea, "planScroll")
        assert scroll is not None
        viewport = scroll.viewport()
        for tab in (page.calendar.parentWidget(), page.unplaced_view):
            page.tabs.setCurrentWidget(tab)
            qtbot.wait(100)  # let the layouts settle
            assert scroll.horizontalScrollBar().maximum() == 0
            assert scroll.verticalScrollBar().maximum() == 0
        for button in (
            page.suggest_button,
            page.remove_button,
            page.undo_button,
            page.redo_button,
            page.submit_button,
            page.ics_button,
            page.print_button,
            page.policy_button,
        ):
            assert _inside(button, viewport), button.objectName()
        for day in (date(2026, 10, 9), date(2026, 10, 10), date(2026, 10, 30)):  # Fri, Sat
            assert _inside(page.calendar.cell(day), viewport), day
    finally:
        remove_translations(qapp, translators)


def test_settings_planning_tab(qtbot: QtBot, db: Database, settings) -> None:
    from fieldvisit.ui.settings_dialog import SettingsDialog

    set_current_user(db, "李娜", MemberRole.REP)
    dialog = SettingsDialog(db, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    tab = dialog.planning_tab
    assert tab.visits_spin.value() == 8 and not tab.saturdays.isChecked()
    assert "official calendar" in tab.source_label.text()  # 2026, the clock's year
    tab.year_spin.setValue(2027)
    assert "Monday to Friday" in tab.source_label.text() and tab.table.rowCount() == 0
    tab.visits_spin.setValue(6)
    tab.saturdays.setChecked(True)
    from fieldvisit.ui.dates import qdate

    tab.day_edit.setDate(qdate(date(2027, 2, 8)))
    tab.kind_combo.setCurrentIndex(tab.kind_combo.findData("holiday"))
    tab.name_edit.setText("春节")
    qtbot.mouseClick(tab.mark_button, Qt.MouseButton.LeftButton)
    assert tab.table.rowCount() == 1 and "marked here" in tab.table.item(0, 1).text()
    assert load_calendar(db).overrides == {}  # written on OK only
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    stored = load_settings(db)
    assert (stored.visits_per_day, stored.plan_saturdays) == (6, True)
    cal = load_calendar(db)
    assert cal.is_holiday(date(2027, 2, 8)) and cal.holiday_name(date(2027, 2, 8)) == "春节"

    again = SettingsDialog(db, settings)
    qtbot.addWidget(again)
    again.show()
    again.planning_tab.year_spin.setValue(2027)
    again.planning_tab.table.selectRow(0)
    assert again.planning_tab.unmark_button.isEnabled()
    qtbot.mouseClick(again.planning_tab.unmark_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(again.cancel_button, Qt.MouseButton.LeftButton)
    assert load_calendar(db).is_holiday(date(2027, 2, 8))  # Cancel forgets the removal
    assert QMessageBox  # the dialog showed no box


def test_the_plan_page_follows_a_settings_change(
    qtbot: QtBot,
    db: Database,
    team: Team,  # noqa: F811
    events: DataEvents,
    settings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QDialog

    from fieldvisit.ui.main_window import MainWindow
    from fieldvisit.ui.settings_dialog import SettingsDialog

    def change_and_accept(dialog: SettingsDialog) -> int:
        dialog.planning_tab.visits_spin.setValue(5)
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", change_and_accept)
    user = set_current_user(db, "李娜", MemberRole.REP)
    window = MainWindow(db, user, events, settings)
    qtbot.addWidget(window)
    window.show()
    window.show_page("plan")
    page = window.page("plan")
    assert isinstance(page, PlanPage)
    qtbot.waitUntil(lambda: not page.is_stale())
    assert page.app_settings.visits_per_day == 8
    window.open_settings()
    assert load_settings(db).visits_per_day == 5
    assert page.app_settings.visits_per_day == 5 and page.calendar.capacity == 5
