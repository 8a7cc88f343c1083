"""The File menu (import, export, backup, restore, print, settings, quit), the standard
shortcuts (Ctrl+F, Ctrl+N, Esc) and the owner filter's "Me", driven on the real window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from fieldvisit.domain.enums import MemberRole
from fieldvisit.services.backup import backup
from fieldvisit.services.team import MemberRow, set_current_user
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import Account
from fieldvisit.ui.events import DataEvents
from fieldvisit.ui.main_window import MainWindow
from tests.ui.test_main_window import add_accounts


def open_window(
    qtbot: QtBot, db: Database, user: MemberRow, events: DataEvents, settings: QSettings
) -> MainWindow:
    window = MainWindow(db, user, events, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def accounts_in(db: Database) -> int:
    with db.read_scope() as s:
        return (
            s.scalar(select(func.count()).select_from(Account).where(Account.deleted_at.is_(None)))
            or 0
        )


@pytest.fixture
def window(
    qtbot: QtBot, db: Database, user: MemberRow, events: DataEvents, settings: QSettings
) -> MainWindow:
    add_accounts(db, user.id, 2)
    return open_window(qtbot, db, user, events, settings)


def test_the_file_menu_is_complete(window: MainWindow) -> None:
    menu = window.findChild(QWidget, "fileMenu")
    assert menu is not None
    names = [a.objectName() or "-" for a in menu.actions()]  # type: ignore[attr-defined]
    assert names == [
        "newRecordAction",
        "dayReportAction",
        "-",
        "importAccountsAction",
        "exportAccountsAction",
        "-",
        "backupAction",
        "restoreAction",
        "-",
        "printAction",
        "-",
        "settingsAction",
        "-",
        "quitAction",
    ]
    for action in menu.actions():  # type: ignore[attr-defined]
        if not action.isSeparator():
            assert action.text() and action.isEnabled(), action.objectName()
    print_action = window.findChild(QAction, "printAction")
    assert print_action is not None and not print_action.shortcut().isEmpty()


def test_import_opens_the_import_dialog(qtbot: QtBot, window: MainWindow) -> None:
    window.account_actions.import_action.trigger()
    dialog = next(
        w for w in QApplication.topLevelWidgets() if w.objectName() == "importAccountsDialog"
    )
    qtbot.waitUntil(dialog.isVisible)
    dialog.close()


def test_export_writes_the_listed_accounts(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "accounts.csv"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "CSV, UTF-8 (*.csv)")
    )
    window.show_page("accounts")
    qtbot.waitUntil(lambda: window.accounts_page.list.model.rowCount() == 2)
    window.account_actions.export_action.trigger()
    qtbot.waitUntil(lambda: target.is_file() and "Hospital 1" in target.read_text("utf-8-sig"))


def test_back_up_now_writes_a_backup(qtbot: QtBot, db: Database, window: MainWindow) -> None:
    assert db.path is not None
    folder = db.path.parent / "backups"
    window.file_actions.backup_action.trigger()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Backed up to"))
    written = list(folder.glob("*.db"))
    assert len(written) == 1 and written[0].stat().st_size > 0


def test_restore_puts_the_backup_back(
    qtbot: QtBot,
    db: Database,
    user: MemberRow,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    saved = backup(db, tmp_path / "before.db")
    add_accounts(db, user.id, 3)
    assert accounts_in(db) == 5
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(saved), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.file_actions.restore_action.trigger()
    assert accounts_in(db) == 2  # the same Database object, now on the restored data
    assert window.statusBar().currentMessage().startswith("Restored before.db.")
    kept = list((db.path.parent / "backups").glob("*-replaced-*.db"))  # type: ignore[union-attr]
    assert len(kept) == 1
    window.show_page("accounts")
    qtbot.waitUntil(lambda: window.accounts_page.list.model.rowCount() == 2)


def test_restore_refuses_a_file_that_is_not_a_backup(
    window: MainWindow, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    assert not window.file_actions.restore_from(junk)
    assert shown and accounts_in(db) == 2


def test_print_prints_the_plan_or_goes_to_reports(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    printed: list[str] = []
    monkeypatch.setattr(window.reports_page, "print_current", lambda: printed.append("report"))
    window.show_page("today")
    window.file_actions.print_action.trigger()
    assert window.current_page() is window.reports_page
    assert "Reports page" in window.statusBar().currentMessage()
    window.file_actions.print_action.trigger()
    assert printed == ["report"]


def test_ctrl_f_finds_an_account_and_esc_clears_the_search(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.show_page("today")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    search = window.accounts_page.list.search
    assert window.current_page() is window.accounts_page
    qtbot.waitUntil(search.hasFocus)
    qtbot.keyClicks(search, "Hospital 1")
    qtbot.waitUntil(lambda: window.accounts_page.list.model.rowCount() == 1)
    qtbot.keyClick(search, Qt.Key.Key_Escape)
    assert search.text() == ""
    qtbot.waitUntil(lambda: window.accounts_page.list.model.rowCount() == 2)


def test_ctrl_n_starts_a_new_record(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.records_page.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    dialog.reject()


def test_a_rep_starts_on_their_own_accounts(
    qtbot: QtBot, db: Database, user: MemberRow, events: DataEvents, settings: QSettings
) -> None:
    other = set_current_user(db, "Zhou Min", MemberRole.REP)
    add_accounts(db, user.id, 2)
    add_accounts(db, other.id, 3)
    me = set_current_user(db, "Li Na", MemberRole.REP)
    window = open_window(qtbot, db, me, events, settings)
    window.show_page("accounts")
    page = window.accounts_page
    qtbot.waitUntil(lambda: page.list.model.rowCount() == 2)
    owners = page.list.filters.owners
    assert owners.chosen() == frozenset({me.id})
    assert owners.text().startswith("Owner: Me (Li Na)")
    page.list.clear_filters()
    qtbot.waitUntil(lambda: page.list.model.rowCount() == 5)


def test_a_manager_starts_on_all_accounts(
    qtbot: QtBot, db: Database, user: MemberRow, events: DataEvents, settings: QSettings
) -> None:
    add_accounts(db, user.id, 2)
    manager = set_current_user(db, "Wu Lei", MemberRole.MANAGER)
    add_accounts(db, manager.id, 1)
    window = open_window(qtbot, db, manager, events, settings)
    window.show_page("accounts")
    page = window.accounts_page
    qtbot.waitUntil(lambda: page.list.model.rowCount() == 3)
    assert page.list.filters.owners.chosen() == frozenset()
