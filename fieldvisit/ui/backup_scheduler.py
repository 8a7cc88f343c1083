"""Automatic daily backups while the window is open: shortly after start, then every few hours."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtWidgets import QStatusBar

from fieldvisit.domain.errors import FieldVisitError
from fieldvisit.services.auto_backup import run_due_backup
from fieldvisit.storage.database import Database
from fieldvisit.ui.background import BackgroundTask

FIRST_CHECK_MS = 5_000
CHECK_EVERY_MS = 3 * 60 * 60 * 1000
MESSAGE_MS = 10_000


class AutoBackupScheduler(QObject):
    """Asks :func:`run_due_backup` now and then; a backup is written at most once a day."""

    def __init__(
        self,
        db: Database,
        status_bar: QStatusBar | None = None,
        parent: QObject | None = None,
        *,
        first_check_ms: int = FIRST_CHECK_MS,
        check_every_ms: int = CHECK_EVERY_MS,
    ) -> None:
        super().__init__(parent if parent is not None else status_bar)
        self._db = db
        self._status_bar = status_bar
        self.job = BackgroundTask(self)
        self.job.succeeded.connect(self._on_succeeded)
        self.job.failed.connect(self._on_failed)
        self._first = QTimer(self)
        self._first.setSingleShot(True)
        self._first.setInterval(first_check_ms)
        self._first.timeout.connect(self.check)
        self._timer = QTimer(self)
        self._timer.setInterval(check_every_ms)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        self._first.start()
        self._timer.start()

    def stop(self) -> None:
        """Stop checking and wait for a backup under way, before the database closes."""
        self._first.stop()
        self._timer.stop()
        self.job.wait()

    @Slot()
    def check(self) -> None:
        if self.job.is_busy():  # a long backup is still running; the next tick will look again
            return
        db = self._db
        self.job.start(lambda: run_due_backup(db))

    @Slot(object)
    def _on_succeeded(self, written: object) -> None:
        if isinstance(written, Path) and self._status_bar is not None:
            self._status_bar.showMessage(
                self.tr("Automatic backup written: {location}").format(location=written),
                MESSAGE_MS,
            )

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        if self._status_bar is None:
            return
        detail = error.detail if isinstance(error, FieldVisitError) else str(error)
        self._status_bar.showMessage(
            self.tr("Automatic backup failed: {}").format(detail), MESSAGE_MS * 3
        )
