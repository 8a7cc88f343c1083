"""The excepthook: unknown errors show the crash dialog and reach the log, without data."""

from __future__ import annotations

import sqlite3
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from fieldvisit.services.error_log import setup_logging, stop_logging
from fieldvisit.storage.database import Database
from fieldvisit.ui.crash import CrashDialog, ExceptionHook
from tests.services.test_error_log import CUSTOMER, customer_integrity_error


@pytest.fixture
def log_path(tmp_path: Path) -> Iterator[Path]:
    path = setup_logging(tmp_path / "logs")
    yield path
    stop_logging()


@pytest.fixture
def hook(qapp: object, log_path: Path) -> Iterator[ExceptionHook]:
    installed = ExceptionHook()
    installed.install()
    yield installed
    installed.uninstall()
    if installed.shown is not None:
        installed.shown.close()


def visible_text(dialog: CrashDialog | QMessageBox) -> str:
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    if isinstance(dialog, CrashDialog):
        texts.append(dialog.text.toPlainText())
    return "\n".join(texts)


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_shows_the_crash_dialog_and_is_logged(
    qtbot: QtBot, hook: ExceptionHook, log_path: Path
) -> None:
    assert sys.excepthook == hook.handle

    def slot() -> None:
        raise ValueError(f"cannot parse {CUSTOMER}")

    QTimer.singleShot(0, slot)
    qtbot.waitUntil(lambda: hook.shown is not None)
    dialog = hook.shown
    assert isinstance(dialog, CrashDialog) and dialog.isVisible()
    assert "ValueError" in dialog.details and "in slot" in dialog.details
    assert str(log_path) in dialog.where.text()
    logged = log_path.read_text(encoding="utf-8")
    assert "ValueError" in logged and "test_crash.py:" in logged
    assert "王秀英" not in logged and "王秀英" not in visible_text(dialog)

    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == dialog.details
    assert "王秀英" not in QGuiApplication.clipboard().text()
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: hook.shown is None)


def test_a_database_error_with_customer_values_shows_none_of_them(
    qtbot: QtBot, hook: ExceptionHook, db: Database, log_path: Path
) -> None:
    error = customer_integrity_error(db)
    hook.handle(type(error), error, error.__traceback__)
    dialog = hook.shown
    assert isinstance(dialog, CrashDialog)
    assert "IntegrityError" in dialog.details
    for shown in (visible_text(dialog), log_path.read_text(encoding="utf-8")):
        assert CUSTOMER not in shown and "13912345678" not in shown


def test_a_full_disk_gets_a_short_message_not_the_crash_dialog(
    qtbot: QtBot, hook: ExceptionHook
) -> None:
    error = sqlite3.OperationalError("database or disk is full")
    hook.handle(type(error), error, None)
    box = hook.shown
    assert isinstance(box, QMessageBox) and box.objectName() == "problemMessage"
    assert "disk is full" in box.text() and "Free some space" in box.text()


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_thread_is_shown_on_the_gui_thread(
    qtbot: QtBot, hook: ExceptionHook, log_path: Path
) -> None:
    def work() -> None:
        raise RuntimeError(CUSTOMER)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: hook.shown is not None)
    assert isinstance(hook.shown, CrashDialog)
    assert "RuntimeError" in hook.shown.details
    assert "王秀英" not in log_path.read_text(encoding="utf-8")


def test_uninstall_restores_the_previous_hooks(qapp: object) -> None:
    before = (sys.excepthook, threading.excepthook)
    hook = ExceptionHook()
    hook.install()
    hook.uninstall()
    assert (sys.excepthook, threading.excepthook) == before
