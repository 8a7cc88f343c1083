"""The accounts page's commands: merge two, move to trash, export the current list."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QItemSelectionModel, QSettings
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from fieldvisit.storage.database import Database
from fieldvisit.storage.models import Account
from fieldvisit.ui.accounts.merge_dialog import MergeAccountsDialog
from fieldvisit.ui.accounts.page_actions import AccountActions
from fieldvisit.ui.events import DataEvents
from fieldvisit.ui.pages.accounts import AccountsPage
from tests.services.accounts.conftest import Region, build_region
from tests.ui.accounts.test_list_page import open_page, shown_names, type_search


@pytest.fixture
def region(db: Database) -> Region:
    return build_region(db)


def page_with_actions(
    qtbot: QtBot, db: Database, events: DataEvents, settings: QSettings
) -> tuple[AccountsPage, AccountActions]:
    page = open_page(qtbot, db, events, settings)
    return page, AccountActions(page, db, events, settings)


def select_rows(page: AccountsPage, rows: list[int]) -> None:
    selection = page.list.table.selectionModel()
    selection.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows:
        selection.select(page.list.model.index(row, 0), flags)


def test_merge_is_offered_for_exactly_two_and_opens_the_dialog(
    qtbot: QtBot, db: Database, events: DataEvents, settings: QSettings, region: Region
) -> None:
    page, actions = page_with_actions(qtbot, db, events, settings)
    select_rows(page, [0])
    assert not actions.merge_action.isEnabled()
    assert actions.trash_action.isEnabled()
    select_rows(page, [0, 1])
    assert actions.merge_action.isEnabled()
    actions.merge_action.trigger()
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, MergeAccountsDialog)]
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    dialogs[0].close()
    qtbot.wait(50)


def test_move_to_trash_asks_then_hides_the_accounts(
    qtbot: QtBot,
    db: Database,
    events: DataEvents,
    settings: QSettings,
    region: Region,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page, actions = page_with_actions(qtbot, db, events, settings)
    before = len(shown_names(page))
    select_rows(page, [0])
    doomed = page.selected_account_ids()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    actions.trash_action.trigger()
    with db.session_scope() as session:
        assert session.get(Account, doomed[0]).deleted_at is None  # type: ignore[union-attr]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    actions.trash_action.trigger()
    with db.session_scope() as session:
        assert session.get(Account, doomed[0]).deleted_at is not None  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: len(shown_names(page)) == before - 1)


def test_export_writes_the_accounts_now_listed(
    qtbot: QtBot,
    db: Database,
    events: DataEvents,
    settings: QSettings,
    region: Region,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page, actions = page_with_actions(qtbot, db, events, settings)
    type_search(qtbot, page, "xh")
    listed = set(shown_names(page))
    target = tmp_path / "listed.xlsx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Excel workbook (*.xlsx)")
    )
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    actions.export_action.trigger()
    qtbot.waitUntil(target.exists, timeout=10000)
    sheet = load_workbook(target, read_only=True).worksheets[0]
    exported = {str(row[0]) for row in sheet.iter_rows(min_row=2, values_only=True)}
    with db.session_scope() as session:
        listed_ids = {
            str(i) for i in session.scalars(select(Account.id).where(Account.name.in_(listed)))
        }
        everyone = {str(i) for i in session.scalars(select(Account.id))}
    assert exported == listed_ids  # the first column is the account ID, for re-import
    assert exported < everyone
    # Close the window-modal "saved" message (see test_import_dialog).
    qtbot.waitUntil(lambda: page.findChild(QMessageBox, "exportMessage") is not None)
    page.findChild(QMessageBox, "exportMessage").close()
    qtbot.wait(20)
