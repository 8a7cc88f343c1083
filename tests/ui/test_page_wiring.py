"""Pages reach the other areas' windows: the manager's view tab, the summary editor."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from fieldvisit.domain.enums import MemberRole
from fieldvisit.services.team import set_current_user
from fieldvisit.storage.database import Database
from fieldvisit.ui.covisits.manager_view import ManagerViewWidget
from fieldvisit.ui.events import DataEvents
from fieldvisit.ui.pages.covisits import CoVisitsPage
from fieldvisit.ui.pages.records import RecordsPage
from fieldvisit.ui.summaries.summary_editor import SummaryEditor


def test_managers_get_a_manager_view_tab_built_on_first_opening(
    qtbot: QtBot, db: Database, events: DataEvents, settings: QSettings
) -> None:
    set_current_user(db, "王建国", MemberRole.MANAGER)
    page = CoVisitsPage(db, events, settings)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not page.is_stale())
    tab = page.tabs.indexOf(page.manager_tab)
    assert page.tabs.isTabVisible(tab)
    assert page.manager_view is None
    page.tabs.setCurrentIndex(tab)
    view = page.manager_view
    assert isinstance(view, ManagerViewWidget)
    qtbot.waitUntil(view.isVisible)


def test_reps_do_not_see_the_manager_view(
    qtbot: QtBot, db: Database, events: DataEvents, settings: QSettings
) -> None:
    set_current_user(db, "李娜", MemberRole.REP)
    page = CoVisitsPage(db, events, settings)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not page.is_stale())
    assert not page.tabs.isTabVisible(page.tabs.indexOf(page.manager_tab))


def test_summary_button_opens_one_editor_for_the_current_user(
    qtbot: QtBot, db: Database, events: DataEvents, settings: QSettings
) -> None:
    me = set_current_user(db, "李娜", MemberRole.REP)
    page = RecordsPage(db, events, settings)
    qtbot.addWidget(page)
    page.show()
    qtbot.mouseClick(page.summary_button, Qt.MouseButton.LeftButton)
    editor = page.summary_editor
    assert isinstance(editor, SummaryEditor) and editor.isVisible()
    assert editor.author_id == me.id
    qtbot.mouseClick(page.summary_button, Qt.MouseButton.LeftButton)
    assert page.summary_editor is editor
    editor.close()
