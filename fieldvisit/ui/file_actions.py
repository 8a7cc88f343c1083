"""The File menu's backup, restore and print commands, over the existing services and pages.

Import and export are the accounts page's own actions; Settings and Quit the window's.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from fieldvisit.domain.errors import FieldVisitError
from fieldvisit.storage.database import Database
from fieldvisit.ui.background import BackgroundTask
from fieldvisit.ui.events import DataEvents

STATUS_MS = 10000


def _detail(error: object) -> str:
    return error.detail if isinstance(error, FieldVisitError) else str(error)


class FileActions(QObject):
    """Back up now, Restore from a backup… and Print… for the main window's File menu."""

    def __init__(
        self,
        window: QMainWindow,
        db: Database,
        events: DataEvents,
        print_current: Callable[[], bool],
        in_team: bool,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.db = db
        self.events = events
        self._print_current = print_current
        self._in_team = in_team
        self.backup_action = self._action("backupAction", self.tr("&Back up now"), self.back_up)
        self.backup_action.setToolTip(
            self.tr("Copy the database into the backup folder chosen in Settings")
        )
        self.restore_action = self._action(
            "restoreAction", self.tr("&Restore from a backup…"), self.restore
        )
        self.print_action = self._action("printAction", self.tr("&Print…"), self.print_)
        self.print_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.backup_job = BackgroundTask(self)
        self.backup_job.succeeded.connect(self._on_backed_up)
        self.backup_job.failed.connect(self._on_backup_failed)
        self.backup_job.busy_changed.connect(lambda busy: self.backup_action.setEnabled(not busy))
        can_copy = db.path is not None
        self.backup_action.setEnabled(can_copy)
        self.restore_action.setEnabled(can_copy)

    def _action(self, name: str, text: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    # --- backup -------------------------------------------------------------------------
    @Slot()
    def back_up(self) -> None:
        """The same backup as Settings › Data › Back up now, off the GUI thread."""
        if self.backup_job.is_busy():
            return
        from fieldvisit.services.auto_backup import back_up_now

        db = self.db
        self.window.statusBar().showMessage(self.tr("Backing up…"))
        self.backup_job.start(lambda: back_up_now(db))

    def _on_backed_up(self, written: object) -> None:
        self.window.statusBar().showMessage(
            self.tr("Backed up to {location}").format(location=written), STATUS_MS
        )

    def _on_backup_failed(self, error: object) -> None:
        self.window.statusBar().clearMessage()
        QMessageBox.warning(
            self.window,
            self.tr("Back up now"),
            self.tr("The backup failed: {}").format(_detail(error)),
        )

    # --- restore ------------------------------------------------------------------------
    @Slot()
    def restore(self) -> None:
        from fieldvisit.services.auto_backup import backup_folder

        start = backup_folder(self.db) or Path.home()
        chosen, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Restore from a backup"),
            str(start),
            self.tr("FieldVisit databases (*.db *.sqlite);;All files (*)"),
        )
        if chosen:
            self.restore_from(Path(chosen))

    def restore_from(self, source: Path, *, confirm: bool = True) -> bool:
        """Check the backup, ask, close the open windows, then replace the database with it."""
        from fieldvisit.services.backup import restore, validate_backup_file

        title = self.tr("Restore from a backup")
        try:
            validate_backup_file(source)
        except FieldVisitError as exc:
            QMessageBox.warning(self.window, title, exc.detail)
            return False
        if self._in_team:
            QMessageBox.information(
                self.window,
                title,
                self.tr(
                    "This laptop syncs with a team server: restore it with FieldVisit "
                    "closed, from the command line (fieldvisit restore FILE), so that sync "
                    "starts again from the restored data."
                ),
            )
            return False
        if confirm:
            answer = QMessageBox.question(
                self.window,
                title,
                self.tr(
                    "Replace the database with this backup? Everything entered since the "
                    "backup was taken is replaced; the current database is kept aside in "
                    "the backups folder. Open cards, records and co-visits close first."
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        if not self._close_open_windows():
            return False
        target = self.db.path
        assert target is not None
        self.db.close()
        try:
            result = restore(target, source)
        except FieldVisitError as exc:
            QMessageBox.warning(self.window, title, exc.detail)
            return False
        finally:
            self.db.rebind(self.db.url)
        self.events.announce()
        note = self.tr("Restored {file}.").format(file=source.name)
        if result.replaced_kept_at is not None:
            note += " " + self.tr("The database it replaced is kept at {path}.").format(
                path=result.replaced_kept_at
            )
        self.window.statusBar().showMessage(note, STATUS_MS)
        return True

    def _close_open_windows(self) -> bool:
        """Each open window closes as on quitting (one with unsaved changes asks; Cancel
        there stops the restore)."""
        windows = []
        for module, finder in (
            ("fieldvisit.ui.accounts.card_editor", "open_cards"),
            ("fieldvisit.ui.records.record_editor", "open_editors"),
        ):
            loaded = sys.modules.get(module)
            if loaded is not None:
                found = getattr(loaded, finder)
                windows += found(self.db) if finder == "open_cards" else found()
        resume = sys.modules.get("fieldvisit.ui.covisits.resume")
        if resume is not None:
            windows += list(resume._OPEN.values())
        return all(window.close() for window in windows)  # stops at the first Cancel

    # --- print --------------------------------------------------------------------------
    @Slot()
    def print_(self) -> None:
        """Print what the page shows (the plan, the report chosen); elsewhere, the Reports
        page, where every printout is chosen."""
        if not self._print_current():
            self.window.statusBar().showMessage(
                self.tr("Choose the document to print on the Reports page."), STATUS_MS
            )
