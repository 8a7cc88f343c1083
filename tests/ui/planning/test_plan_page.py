"""Plan a month through the page: suggest, drag a contact, submit; approve as the manager."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from fieldvisit.domain.enums import MemberRole, PlannedKind, PlanStatus, SubTier
from fieldvisit.services.planning.plans import load_plan
from fieldvisit.services.team import set_current_user
from fieldvisit.storage.database import Database
from fieldvisit.ui.events import DataEvents
from fieldvisit.ui.pages.plan import PlanPage
from fieldvisit.ui.planning.calendar_view import MIME_TYPE
from fieldvisit.ui.planning.policy_editor import PolicyEditor
from tests.services.planning.conftest import Team, team  # noqa: F401

MONTH = date(2099, 9, 1)  # a future September that starts on a Tuesday


ANSWER: list[QMessageBox.StandardButton] = []
"""What the next question box answers (Discard when empty)."""
ASKED: list[str] = []


@pytest.fixture(autouse=True)
def _no_blocking_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    for name in ("information", "warning"):
        monkeypatch.setattr(
            QMessageBox,
            name,
            lambda *a, _n=name: shown.append(a[2]) or QMessageBox.StandardButton.Ok,
        )
    ANSWER.clear()
    ASKED.clear()

    def question(*a: object, **k: object) -> QMessageBox.StandardButton:
        ASKED.append(str(a[2]))
        return ANSWER.pop(0) if ANSWER else QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "question", question)
    return shown


def _page(qtbot: QtBot, db: Database, events: DataEvents, settings) -> PlanPage:
    page = PlanPage(db, events, settings)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    page.set_month(MONTH)
    return page


def _drop(page: PlanPage, planned_id: str, day: date) -> None:
    target = page.calendar.cell(day).contacts
    data = QMimeData()
    data.setData(MIME_TYPE, planned_id.encode())
    event = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.MoveAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    target.dropEvent(event)


def test_plan_a_month(
    qtbot: QtBot,
    db: Database,
    team: Team,  # noqa: F811
    events: DataEvents,
    settings,
) -> None:
    set_current_user(db, "李娜", MemberRole.REP)
    page = _page(qtbot, db, events, settings)
    assert page.rep_combo.currentText() == "李娜" and not page.rep_combo.isEnabled()
    assert page.approve_button.isHidden() and not page.submit_button.isEnabled()

    qtbot.mouseClick(page.suggest_button, Qt.MouseButton.LeftButton)
    plan = load_plan(db, team.rep, MONTH)
    assert plan.status is PlanStatus.DRAFT and len(plan.contacts) == 10 + 22
    a1_first = next(
        c for c in plan.contacts if c.account == "A1医院" and c.kind is PlannedKind.VISIT
    )
    cell = page.calendar.cell(a1_first.day).contacts
    texts = [cell.item(i).text() for i in range(cell.count())]
    assert any("A1医院" in t and t.startswith("AM") for t in texts)

    # Drag it to the last Monday (a week-4 day) in the calendar.
    _drop(page, str(a1_first.id), date(2099, 9, 28))
    moved = next(c for c in load_plan(db, team.rep, MONTH).contacts if c.id == a1_first.id)
    assert moved.day == date(2099, 9, 28)
    cell = page.calendar.cell(date(2099, 9, 28)).contacts
    assert any("A1医院" in cell.item(i).text() for i in range(cell.count()))

    # The list view's date editor moves another contact.
    page.tabs.setCurrentIndex(1)
    row = page.list_view.row_of(moved.id)
    page.list_view.moved.emit(moved.id, date(2099, 9, 29))
    assert row >= 0
    assert next(c for c in load_plan(db, team.rep, MONTH).contacts if c.id == moved.id).day == date(
        2099, 9, 29
    )

    # Submitting shows the summary and asks; "No" leaves the draft as it is.
    ANSWER.append(QMessageBox.StandardButton.No)
    qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)
    assert load_plan(db, team.rep, MONTH).status is PlanStatus.DRAFT
    assert "10 visits and 22 calls in 2099-09." in ASKED[-1]
    assert "Days with more than 8 visits: 0" in ASKED[-1]
    assert "Accounts with fewer visits than their tier needs: 0" in ASKED[-1]
    assert "Most phone calls on one day: " in ASKED[-1]
    assert "withdraw" in ASKED[-1]
    ANSWER.append(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)
    assert load_plan(db, team.rep, MONTH).status is PlanStatus.SUBMITTED
    assert "Submitted" in page.banner.text() and not page.suggest_button.isEnabled()
    assert not page.calendar.cell(date(2099, 9, 29)).contacts.acceptDrops()
    assert page.submit_button.isHidden() and page.withdraw_button.isEnabled()

    # Withdrawn until the manager decides, then submitted again.
    qtbot.mouseClick(page.withdraw_button, Qt.MouseButton.LeftButton)
    assert load_plan(db, team.rep, MONTH).status is PlanStatus.DRAFT
    assert page.suggest_button.isEnabled() and page.withdraw_button.isHidden()
    ANSWER.append(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)
    assert load_plan(db, team.rep, MONTH).status is PlanStatus.SUBMITTED

    set_current_user(db, "王经理", MemberRole.MANAGER)
    page.refresh()
    assert [page.rep_combo.itemText(i) for i in range(page.rep_combo.count())] == ["李娜", "赵强"]
    assert page.select_rep(team.rep)
    assert page.approve_button.isVisible() and page.approve_button.isEnabled()
    assert page.suggest_button.isHidden()
    qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    plan = load_plan(db, team.rep, MONTH)
    assert plan.status is PlanStatus.APPROVED and plan.decided_by == "王经理"
    assert "Approved by 王经理" in page.banner.text()


def test_returned_banner_and_compliance_tab(
    qtbot: QtBot,
    db: Database,
    team: Team,  # noqa: F811
    events: DataEvents,
    settings,
) -> None:
    set_current_user(db, "李娜", MemberRole.REP)
    page = _page(qtbot, db, events, settings)
    page.suggest()
    ANSWER.append(QMessageBox.StandardButton.Yes)
    page.submit()
    set_current_user(db, "王经理", MemberRole.MANAGER)
    page.refresh()
    page.select_rep(team.rep)
    assert page.return_with("第四周请安排回款。")
    set_current_user(db, "李娜", MemberRole.REP)
    page.refresh()
    assert "第四周请安排回款。" in page.banner.text() and page.suggest_button.isEnabled()

    page.tabs.setCurrentIndex(2)
    table = page.compliance_view.accounts_table
    rows = {table.item(r, 1).text(): r for r in range(table.rowCount())}
    assert set(rows) == {"A1医院", "A2医院", "B1医院", "B2医院", "C医院", "D医院"}
    a1 = rows["A1医院"]
    assert [table.item(a1, c).text() for c in range(2, 8)] == ["4", "0", "4", "8", "0", "8"]
    assert table.item(rows["C医院"], 4).text() == "as needed"
    assert table.item(rows["D医院"], 0).text() == "D"
    assert "visits 0 done of 10 planned" in page.compliance_view.summary.text()
    assert "Visits planned 4" in page.compliance_view.chart.accessibleDescription()


def test_policy_editor_saves_a_new_version(qtbot: QtBot, db: Database, events: DataEvents) -> None:
    editor = PolicyEditor(db, events)
    qtbot.addWidget(editor)
    editor.show()
    assert editor.version_list.count() == 1
    assert editor.visits[SubTier.A1].value() == 4
    editor.visits[SubTier.A1].setValue(6)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.error.isVisible() and "Name" in editor.error.text()
    qtbot.keyClicks(editor.name_edit, "2099 revision")
    editor.effective.setDate(editor.effective.date().addYears(70))
    with qtbot.waitSignal(events.changed, timeout=1000):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        assert not editor.error.isVisible(), editor.error.text()
    from fieldvisit.services.planning.policy import list_policies

    versions = list_policies(db)
    assert [v.name for v in versions] == ["2099 revision", "Default tier frequency"]
    assert versions[0].rules[0].visits_per_month == 6 and versions[1].rules[0].visits_per_month == 4
    assert not editor.dirty and editor.version_list.count() == 2


def test_plan_page_in_the_window(qtbot: QtBot, db: Database, events: DataEvents, settings) -> None:
    from fieldvisit.ui.main_window import MainWindow

    user = set_current_user(db, "李娜", MemberRole.REP)
    window = MainWindow(db, user, events, settings)
    qtbot.addWidget(window)
    window.show()
    window.show_page("plan")
    page = window.page("plan")
    assert isinstance(page, PlanPage)
    qtbot.waitUntil(lambda: not page.is_stale())
    assert page.heading.text() == window.navigation.currentItem().text() == "Plan"
    assert page.rep_combo.currentText() == "李娜"
    window.resize(760, 540)  # the page scrolls instead of widening the window
    assert window.width() == 760


def test_on_a_team_laptop_the_banner_says_the_step_waits_for_the_sync(
    qtbot: QtBot,
    db: Database,
    team: Team,  # noqa: F811
    events: DataEvents,
    settings,
) -> None:
    from fieldvisit.sync.capture import install_capture

    with db.engine.begin() as conn:
        install_capture(conn)  # what joining a team makes
    set_current_user(db, "李娜", MemberRole.REP)
    page = _page(qtbot, db, events, settings)
    qtbot.mouseClick(page.suggest_button, Qt.MouseButton.LeftButton)
    assert "next sync" not in page.banner.text()
    ANSWER.append(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)
    assert load_plan(db, team.rep, MONTH).status is PlanStatus.SUBMITTED
    assert "reaches the team server at the next sync" in page.banner.text()
    with db.read_scope() as session:
        from sqlalchemy import text

        assert session.execute(text("SELECT name FROM sync_command")).scalars().all() == [
            "plan.submit"
        ]
