"""Loading the sample territory: ask how big, then generate it off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot
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

from fieldvisit.storage.database import Database
from fieldvisit.ui.cancellable_run import CancellableRun
from fieldvisit.ui.events import DataEvents
from fieldvisit.ui.widgets import hint_label, named

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
                "FieldVisit creates a fictional sales team in Hunan province (Changsha, "
                "Zhuzhou and Xiangtan; more cities of the province for larger samples): "
                "accounts with their stakeholders, contact records, promises, visit plans "
                "and co-visits. Everything is written at once; cancelling leaves the "
                "database unchanged."
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


def _every_step(progress: Callable[[int, int], None], accounts: int) -> Callable[[int, int], None]:
    """Pass on about PROGRESS_STEPS reports (and the last), so the GUI is not flooded."""
    step = max(1, accounts // PROGRESS_STEPS)
    last = -step

    def report(done: int, total: int) -> None:
        nonlocal last
        if done >= total or done - last >= step:
            last = done
            progress(done, total)

    return report


class SampleDataLoader(QObject):
    """Owns one run and its outcome; the thread and the progress dialog are a CancellableRun."""

    finished = Signal(bool)
    """Emitted on the GUI thread when a run ends; True when sample data was loaded."""

    def __init__(self, db: Database, events: DataEvents, parent: QWidget) -> None:
        super().__init__(parent)
        self._db = db
        self._events = events
        self._run: CancellableRun | None = None
        self.message: QMessageBox | None = None

    def _parent_widget(self) -> QWidget:
        # Not kept in an attribute: a reference back to the window would form a cycle.
        parent = self.parent()
        assert isinstance(parent, QWidget)
        return parent

    @property
    def progress(self) -> QProgressDialog | None:
        return self._run.progress if self._run is not None else None

    def is_running(self) -> bool:
        return self._run is not None and self._run.is_running()

    def start(self, accounts: int) -> None:
        if self.is_running():
            return
        run = CancellableRun(
            self._parent_widget(),
            self.tr("Load sample data"),
            self.tr("Creating sample data…"),
            object_name="sampleProgress",
            cancelling=self.tr("Cancelling…"),
        )
        run.progressed.connect(self._on_progress)
        run.succeeded.connect(self._on_succeeded)
        run.failed.connect(self._on_failed)
        run.cancelled.connect(self._on_cancelled)
        self._run = run
        db = self._db

        def work(progress: Callable[[int, int], None]) -> object:
            from fieldvisit.services.demo import generate_demo

            return generate_demo(
                db, accounts=accounts, seed=SAMPLE_SEED, progress=_every_step(progress, accounts)
            )

        run.start(work)
        if run.progress is not None:
            run.progress.setMaximum(accounts)
            run.progress.setMinimumWidth(380)

    @Slot()
    def cancel(self) -> None:
        """Ask the worker to stop; its transaction rolls back at the next progress report."""
        if self._run is not None:
            self._run.cancel()

    def stop(self) -> None:
        """Cancel a run and wait for its rollback; for when the window closes."""
        if self._run is not None:
            self._run.stop()

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        progress = self.progress
        if progress is None:
            return
        locale = self._parent_widget().locale()
        progress.setLabelText(
            self.tr("Creating sample data… {done} of {total} accounts").format(
                done=locale.toString(done), total=locale.toString(total)
            )
        )

    @Slot(object)
    def _on_succeeded(self, _summary: Any) -> None:
        self._forget()
        self._events.announce()
        self.finished.emit(True)

    @Slot(str, str)
    def _on_failed(self, title: str, detail: str) -> None:
        self._forget()
        self._tell(
            QMessageBox.Icon.Critical,
            "sampleDataFailed",
            self.tr("Sample data could not be loaded. Nothing was saved.") + f"\n\n{title}",
            detail,
        )
        self.finished.emit(False)

    @Slot()
    def _on_cancelled(self) -> None:
        self._forget()
        self._tell(
            QMessageBox.Icon.Information,
            "sampleDataCancelled",
            self.tr("Loading sample data was cancelled."),
            self.tr("The database is unchanged."),
        )
        self.finished.emit(False)

    def _forget(self) -> None:
        if self._run is not None:
            self._run.deleteLater()
            self._run = None

    def _tell(self, icon: QMessageBox.Icon, name: str, text: str, detail: str) -> None:
        """A window-modal message that does not block the event loop."""
        box = QMessageBox(icon, self.tr("Load sample data"), text, parent=self._parent_widget())
        box.setObjectName(name)
        box.setInformativeText(detail)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.finished.connect(box.deleteLater)
        self.message = box
        box.open()
