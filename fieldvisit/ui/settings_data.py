"""The Data tab of the Settings dialog: where the database lives and how it is backed up.

Moving the database and "Back up now" act at once (Cancel does not undo them);
the backup folder and the number of backups to keep are saved with OK.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from fieldvisit.domain.errors import FieldVisitError, ValidationError
from fieldvisit.services.auto_backup import back_up_now, backup_folder
from fieldvisit.services.data_folder import move_database
from fieldvisit.services.settings import (
    MAX_BACKUP_KEEP,
    MIN_BACKUP_KEEP,
    AppSettings,
    check_writable_folder,
    last_auto_backup,
)
from fieldvisit.storage.database import Database
from fieldvisit.ui.background import BackgroundTask
from fieldvisit.ui.dates import datetime_text
from fieldvisit.ui.settings_tabs import buddy_label, form_layout, show_field_error, stacked
from fieldvisit.ui.widgets import error_label, hint_label, named


def format_time(when: datetime) -> str:
    """A moment in the local time zone, written the way the chosen language writes it."""
    return datetime_text(when)


def row(*widgets: QWidget) -> QHBoxLayout:
    layout = QHBoxLayout()
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget, 1 if isinstance(widget, QLineEdit | QLabel) else 0)
    return layout


class DataTab(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsData")
        self._db = db
        self.database_edit = named(QLineEdit(), "settingsDatabase", self.tr("Database file"))
        self.database_edit.setReadOnly(True)
        self.move_button = named(QPushButton(self.tr("&Move…")), "settingsMoveDatabase")
        self.database_error = error_label("settingsDatabaseError")
        self.database_note = hint_label(
            self.tr(
                "Moving copies the database to the new folder, checks the copy and only "
                "then deletes the old file. It takes effect at once."
            )
        )
        self.database_note.setObjectName("settingsDatabaseNote")

        self.backup_edit = named(QLineEdit(), "settingsBackupFolder", self.tr("Backup folder"))
        self.browse_button = named(QPushButton(self.tr("&Browse…")), "settingsBrowseBackup")
        self.backup_error = error_label("settingsBackupFolderError")
        backup_hint = hint_label(
            self.tr(
                "While FieldVisit is open it backs up the database once a day into this "
                "folder and deletes the oldest automatic backups beyond the number to keep."
            )
        )
        self.keep_spin = named(QSpinBox(), "settingsBackupKeep", self.tr("Backups to keep"))
        self.keep_spin.setRange(MIN_BACKUP_KEEP, MAX_BACKUP_KEEP)
        self.keep_spin.setMinimumWidth(90)

        self.last_label = QLabel()
        self.last_label.setObjectName("settingsLastBackup")
        self.last_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.backup_button = named(QPushButton(self.tr("Back &up now")), "settingsBackUpNow")
        self.backup_message = hint_label("")
        self.backup_message.setObjectName("settingsBackupMessage")
        self.backup_message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.backup_message.hide()

        form = form_layout(self)
        form.addRow(
            buddy_label(self.tr("&Database:"), self.database_edit),
            stacked(row(self.database_edit, self.move_button), self.database_error),
        )
        form.addRow("", self.database_note)
        form.addRow(
            buddy_label(self.tr("Backup &folder:"), self.backup_edit),
            stacked(row(self.backup_edit, self.browse_button), self.backup_error, backup_hint),
        )
        keep_row = row(self.keep_spin)
        keep_row.addStretch(1)
        form.addRow(buddy_label(self.tr("Backups to &keep:"), self.keep_spin), keep_row)
        form.addRow(
            self.tr("Last backup:"),
            stacked(row(self.last_label, self.backup_button), self.backup_message),
        )

        self.job = BackgroundTask(self)
        self.job.succeeded.connect(self._on_backed_up)
        self.job.failed.connect(self._on_backup_failed)
        self.move_button.clicked.connect(self.choose_new_folder)
        self.browse_button.clicked.connect(self.browse_backup_folder)
        self.backup_button.clicked.connect(self.back_up_now)

    def load(self, settings: AppSettings) -> None:
        self._show_database()
        self.backup_edit.setText(str(settings.backup_folder or ""))
        self.keep_spin.setValue(settings.backup_keep)
        self._show_last_backup()
        show_field_error(self.backup_edit, self.backup_error, "")
        show_field_error(self.database_edit, self.database_error, "")

    def backup_folder(self) -> Path | None:
        text = self.backup_edit.text().strip()
        return Path(text).expanduser() if text else None

    def keep(self) -> int:
        return self.keep_spin.value()

    def validate(self) -> bool:
        folder = self.backup_folder()
        try:
            if folder is not None:
                check_writable_folder(folder, "backup_folder")
        except ValidationError as exc:
            self.show_error(exc.field, exc.detail)
            return False
        show_field_error(self.backup_edit, self.backup_error, "")
        return True

    def show_error(self, field: str, message: str) -> QWidget | None:
        if field == "backup_folder":
            text = self.tr("Backup folder: {}").format(message)
            show_field_error(self.backup_edit, self.backup_error, text)
            return self.backup_edit
        if field == "backup_keep":
            text = self.tr("Backups to keep: {}").format(message)
            show_field_error(self.keep_spin, self.backup_error, text)
            return self.keep_spin
        return None

    @Slot()
    def choose_new_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Move the database to"), str(Path.home())
        )
        if folder:
            self.move_to(Path(folder))

    def move_to(self, folder: Path) -> bool:
        """Move the database now; on failure it stays where it was and the reason is shown."""
        show_field_error(self.database_edit, self.database_error, "")
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = move_database(self._db, folder)
        except FieldVisitError as exc:
            show_field_error(
                self.database_edit,
                self.database_error,
                self.tr("The database was not moved. {}").format(exc.detail),
            )
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._show_database()
        note = self.tr("The database is now in {location}.").format(location=result.new.parent)
        if result.old_left_at is not None:
            note += " " + self.tr("The old file could not be deleted: {location}").format(
                location=result.old_left_at
            )
        self.database_note.setText(note)
        return True

    @Slot()
    def browse_backup_folder(self) -> None:
        start = self.backup_folder() or backup_folder(self._db) or Path.home()
        folder = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), str(start))
        if folder:
            self.backup_edit.setText(folder)
            self.validate()

    @Slot()
    def back_up_now(self) -> None:
        if not self.validate() or self.job.is_busy():
            return
        db, folder, keep = self._db, self.backup_folder(), self.keep()
        self.backup_button.setEnabled(False)
        self.backup_message.setText(self.tr("Backing up…"))
        self.backup_message.show()
        self.job.start(lambda: back_up_now(db, folder, keep))

    def _on_backed_up(self, written: object) -> None:
        self.backup_button.setEnabled(True)
        self.backup_message.setText(self.tr("Written to {location}").format(location=written))
        self._show_last_backup()

    def _on_backup_failed(self, error: object) -> None:
        self.backup_button.setEnabled(True)
        detail = error.detail if isinstance(error, FieldVisitError) else str(error)
        self.backup_message.setText(self.tr("The backup failed: {}").format(detail))

    def _show_database(self) -> None:
        self.database_edit.setText(self._db.describe())
        self.database_edit.setCursorPosition(0)
        self.move_button.setEnabled(self._db.path is not None)
        default = backup_folder(self._db, AppSettings())
        self.backup_edit.setPlaceholderText(str(default) if default is not None else "")

    def _show_last_backup(self) -> None:
        when = last_auto_backup(self._db)
        self.last_label.setText(format_time(when) if when is not None else self.tr("None yet"))
