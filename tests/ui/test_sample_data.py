"""The empty state and loading sample data on a worker thread, cancellable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from fieldvisit.services.stats import has_accounts
from fieldvisit.services.team import MemberRow
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import Account
from fieldvisit.ui.events import DataEvents
from fieldvisit.ui.main_window import MainWindow
from fieldvisit.ui.sample_data import DEFAULT_ACCOUNTS, MAX_ACCOUNTS, SampleDataDialog


@pytest.fixture
def window(qtbot: QtBot, db: Database, user: MemberRow, events: DataEvents, settings) -> MainWindow:
    win = MainWindow(db, user, events, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: not win.accounts_page.is_stale())
    yield win
    if win.loader.is_running():
        win.loader.cancel()
        qtbot.waitUntil(lambda: not win.loader.is_running(), timeout=30_000)


def account_count(db: Database) -> int:
    with db.session_scope() as session:
        return int(session.execute(select(func.count()).select_from(Account)).scalar_one())


def close_message(window: MainWindow, name: str) -> QMessageBox:
    box = window.findChild(QMessageBox, name)
    assert box is not None
    box.done(QMessageBox.StandardButton.Ok)
    return box


def test_empty_database_shows_the_welcome_panel(window: MainWindow) -> None:
    page = window.accounts_page
    assert page.showing_welcome()
    assert not page.list.isVisible()
    button = window.findChild(QPushButton, "loadSampleData")
    assert button is not None and button.isVisible()


def test_start_empty_dismisses_the_panel(qtbot: QtBot, window: MainWindow, db: Database) -> None:
    button = window.findChild(QPushButton, "startEmpty")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not window.accounts_page.showing_welcome()
    qtbot.waitUntil(lambda: window.accounts_page.list.count_label.text() == "0 accounts")
    assert not has_accounts(db)


def test_loading_sample_data_fills_the_database(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    with qtbot.waitSignal(window.loader.finished, timeout=60_000) as finished:
        window.start_sample_data(25)
        assert window.loader.is_running()
        assert isinstance(window.loader.progress, QProgressDialog)
    assert finished.args == [True]
    assert not window.loader.is_running()
    assert account_count(db) >= 25
    qtbot.waitUntil(lambda: not window.accounts_page.showing_welcome())
    model = window.accounts_page.list.model
    qtbot.waitUntil(lambda: model.rowCount() == account_count(db))
    assert window.statusBar().currentMessage() == "Sample data loaded."


def test_other_pages_refresh_after_loading(qtbot: QtBot, window: MainWindow) -> None:
    assert window.page("records").is_stale()
    with qtbot.waitSignal(window.loader.finished, timeout=60_000):
        window.start_sample_data(5)
    window.show_page("plan")
    qtbot.waitUntil(lambda: not window.page("plan").is_stale())
    plan = window.page("plan").plan  # type: ignore[attr-defined]
    assert plan is not None and plan.policy_name in window.page("plan").banner.text()  # type: ignore[attr-defined]


def test_cancel_rolls_everything_back(qtbot: QtBot, window: MainWindow, db: Database) -> None:
    with qtbot.waitSignal(window.loader.finished, timeout=60_000) as finished:
        window.start_sample_data(400)
        progress = window.loader.progress
        assert progress is not None
        cancel = progress.findChild(QPushButton)
        assert cancel is not None
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert finished.args == [False]
    assert account_count(db) == 0
    assert not has_accounts(db)
    box = close_message(window, "sampleDataCancelled")
    assert box.text() == "Loading sample data was cancelled."
    assert window.accounts_page.showing_welcome()
    assert window.accounts_page.welcome.load_button.isEnabled()


def test_failure_is_reported_and_nothing_saved(
    qtbot: QtBot, window: MainWindow, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    import fieldvisit.services.demo as demo

    def broken(*_args: object, **_kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(demo, "generate_demo", broken)
    with qtbot.waitSignal(window.loader.finished, timeout=60_000) as finished:
        window.start_sample_data(5)
    assert finished.args == [False]
    box = close_message(window, "sampleDataFailed")
    assert "disk full" in box.informativeText()
    assert account_count(db) == 0


def test_closing_the_window_stops_a_run(qtbot: QtBot, window: MainWindow, db: Database) -> None:
    window.start_sample_data(MAX_ACCOUNTS)
    window.close()
    assert not window.loader.is_running()
    assert account_count(db) == 0
    QApplication.processEvents()


def test_sample_size_dialog(qtbot: QtBot) -> None:
    dialog = SampleDataDialog()
    qtbot.addWidget(dialog)
    assert dialog.accounts() == DEFAULT_ACCOUNTS
    assert dialog.accounts_spin.maximum() == MAX_ACCOUNTS
    dialog.accounts_spin.clear()
    qtbot.keyClicks(dialog.accounts_spin, "1200")
    assert dialog.accounts() == 1200
