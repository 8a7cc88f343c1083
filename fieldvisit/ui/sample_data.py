"""Loading the sample territory: ask how big, then generate it off the GUI thread."""

from __future__ import annotations

import logging
import threading
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QMessageBox,
    QProgressDialog,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fieldvisit.domain.errors import FieldVisitError
from fieldvisit.storage.database import Database
from fieldvisit.ui.events import DataEvents
from fieldvisit.ui.widgets import hint_label, named

log = logging.getLogger(__name__)

DEFAULT_ACCOUNTS = 500
MAX_ACCOUNTS = 100_000
SAMPLE_SEED = 1
PROGRESS_STEPS = 200


class SampleDataDialog(QDialog):
    """How many sample accounts to create."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sampleDataDialog")
        self.setWindowTitle(self.tr("Load sample data"))
        self.setMinimumWidth(440)
        text = hint_label(
            self.tr(
                "FieldVisit creates a fictional territory: accounts with their "
                "stakeholders, contact records, promises, visit plans and co-visits. "
                "Everything is written at once; cancelling leaves the database unchanged."
            )
        )
        self.accounts_spin = named(QSpinBox(), "sampleAccounts", self.tr("Number of accounts"))
        self.accounts_spin.setRange(1, MAX_ACCOUNTS)
        self.accounts_spin.setSingleStep(100)
        self.accounts_spin.setValue(DEFAULT_ACCOUNTS)
        self.accounts_spin.setGroupSeparatorShown(True)
        form = QFormLayout()
        form.addRow(self.tr("&Accounts:"), self.accounts_spin)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = named(buttons.button(QDialogButtonBox.StandardButton.Ok), "sampleDataOk")
        ok.setText(self.tr("&Load"))
        named(buttons.button(QDialogButtonBox.StandardButton.Cancel), "sampleDataCancel")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        layout.setSpacing(12)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def accounts(self) -> int:
        return self.accounts_spin.value()


class _Cancelled(Exception):
    """Raised from the progress callback to abort, and roll back, the generation."""


class _Worker(QObject):
    """Runs ``generate_demo`` on the worker thread; reports back only through signals."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str, str)
    cancelled = Signal()

    def __init__(self, db: Database, accounts: int, cancel: threading.Event) -> None:
        super().__init__()
        self._db = db
        self._accounts = accounts
        self._cancel = cancel
        self._step = max(1, accounts // PROGRESS_STEPS)
        self._last = -1

    @Slot()
    def run(self) -> None:
        try:
            from fieldvisit.services.demo import generate_demo

            summary = generate_demo(
                self._db, accounts=self._accounts, seed=SAMPLE_SEED, progress=self._progress
            )
        except _Cancelled:
            self.cancelled.emit()
        except FieldVisitError as exc:
            self.failed.emit(exc.title, exc.detail)
        except Exception as exc:
            log.exception("Loading sample data failed")
            self.failed.emit(type(exc).__name__, str(exc))
        else:
            self.succeeded.emit(summary)
        finally:
            # End the thread's event loop here, so that waiting for it cannot deadlock.
            thread = self.thread()
            if thread is not None:
                thread.quit()

    def _progress(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise _Cancelled
        if done >= total or done - self._last >= self._step:
            self._last = done
            self.progressed.emit(done, total)


class SampleDataLoader(QObject):
    """Owns one run: the worker thread, the cancellable progress dialog and the outcome."""

    finished = Signal(bool)
    """Emitted on the GUI thread when a run ends; True when sample data was loaded."""

    def __init__(self, db: Database, events: DataEvents, parent: QWidget) -> None:
        super().__init__(parent)
        self._db = db
        self._events = events
        self._cancel = threading.Event()
        self._thread: QThread | None = None
        self._worker: _Worker | None = None
        self.progress: QProgressDialog | None = None
        self.message: QMessageBox | None = None
        self._stopped = False

    def _parent_widget(self) -> QWidget:
        # Not kept in an attribute: a reference back to the window would form a cycle.
        parent = self.parent()
        assert isinstance(parent, QWidget)
        return parent

    def is_running(self) -> bool:
        return self._thread is not None

    def start(self, accounts: int) -> None:
        if self.is_running():
            return
        self._cancel.clear()
        self._stopped = False
        self.progress = QProgressDialog(
            self.tr("Creating sample data…"), self.tr("Cancel"), 0, accounts, self._parent_widget()
        )
        self.progress.setObjectName("sampleProgress")
        self.progress.setWindowTitle(self.tr("Load sample data"))
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.setMinimumDuration(0)
        self.progress.setMinimumWidth(380)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.canceled.connect(self.cancel)
        self.progress.setValue(0)
        self.progress.show()

        self._thread = QThread(self)
        self._worker = _Worker(self._db, accounts, self._cancel)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self._on_progress)
        self._worker.succeeded.connect(self._on_succeeded)
        self._worker.failed.connect(self._on_failed)
        self._worker.cancelled.connect(self._on_cancelled)
        self._thread.start()

    @Slot()
    def cancel(self) -> None:
        """Ask the worker to stop; its transaction rolls back at the next progress report."""
        if not self.is_running() or self._cancel.is_set():
            return
        self._cancel.set()
        if self.progress is not None:
            # QProgressDialog hides itself on cancel; keep it up until the rollback is done.
            self.progress.setCancelButton(None)
            self.progress.setLabelText(self.tr("Cancelling…"))
            self.progress.setRange(0, 0)
            self.progress.show()

    def stop(self) -> None:
        """Cancel a run and wait for its rollback; for when the window closes."""
        if not self.is_running():
            return
        self.cancel()
        self._stopped = True
        self._end()

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        progress = self.progress
        if progress is None or self._cancel.is_set():
            return
        locale = self._parent_widget().locale()
        progress.setLabelText(
            self.tr("Creating sample data… {done} of {total} accounts").format(
                done=locale.toString(done), total=locale.toString(total)
            )
        )
        progress.setMaximum(total)
        # Last: on a modal dialog setValue() processes events, which may end the run.
        progress.setValue(done)

    @Slot(object)
    def _on_succeeded(self, _summary: Any) -> None:
        if self._stopped:
            return
        self._end()
        self._events.announce()
        self.finished.emit(True)

    @Slot(str, str)
    def _on_failed(self, title: str, detail: str) -> None:
        if self._stopped:
            return
        self._end()
        self._tell(
            QMessageBox.Icon.Critical,
            "sampleDataFailed",
            self.tr("Sample data could not be loaded. Nothing was saved.") + f"\n\n{title}",
            detail,
        )
        self.finished.emit(False)

    @Slot()
    def _on_cancelled(self) -> None:
        if self._stopped:
            return
        self._end()
        self._tell(
            QMessageBox.Icon.Information,
            "sampleDataCancelled",
            self.tr("Loading sample data was cancelled."),
            self.tr("The database is unchanged."),
        )
        self.finished.emit(False)

    def _end(self) -> None:
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread.deleteLater()
        # The thread has ended, so dropping the last reference deletes the worker safely.
        self._thread = None
        self._worker = None
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _tell(self, icon: QMessageBox.Icon, name: str, text: str, detail: str) -> None:
        """A window-modal message that does not block the event loop."""
        box = QMessageBox(icon, self.tr("Load sample data"), text, parent=self._parent_widget())
        box.setObjectName(name)
        box.setInformativeText(detail)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.finished.connect(box.deleteLater)
        self.message = box
        box.open()
