"""The window's automatic backup: checked off the GUI thread, reported in the status bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from fieldvisit.services.auto_backup import automatic_backups
from fieldvisit.services.settings import BACKUP_FOLDER_KEY, AppSettings, put_value, save_settings
from fieldvisit.storage.database import Database
from fieldvisit.ui.backup_scheduler import AutoBackupScheduler


def test_a_due_backup_is_written_once_and_reported(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    save_settings(db, AppSettings(backup_folder=tmp_path / "bk"))
    window = QMainWindow()
    qtbot.addWidget(window)
    scheduler = AutoBackupScheduler(db, window.statusBar(), first_check_ms=0)
    with qtbot.waitSignal(scheduler.job.succeeded) as written:
        scheduler.start()
    assert isinstance(written.args[0], Path)
    assert "Automatic backup written" in window.statusBar().currentMessage()

    with qtbot.waitSignal(scheduler.job.succeeded) as again:
        scheduler.check()
    assert again.args == [None]  # not due again within the day
    scheduler.stop()
    assert len(automatic_backups(tmp_path / "bk")) == 1


def test_a_failed_backup_is_reported(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with db.session_scope() as session:  # a folder that became unusable since it was chosen
        put_value(session, BACKUP_FOLDER_KEY, str(blocker / "bk"))
    window = QMainWindow()
    qtbot.addWidget(window)
    scheduler = AutoBackupScheduler(db, window.statusBar())
    with qtbot.waitSignal(scheduler.job.failed):
        scheduler.check()
    scheduler.stop()
    assert "Automatic backup failed" in window.statusBar().currentMessage()
