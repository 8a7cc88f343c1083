"""Batch export: many documents to one folder, off the GUI thread, cancellable."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from fieldvisit.domain.errors import FieldVisitError
from fieldvisit.storage.database import Database
from fieldvisit.storage.files import write_atomically
from fieldvisit.ui.printing.documents import DocumentRequest
from fieldvisit.ui.printing.files import os_reason, unique_names
from fieldvisit.ui.printing.output import last_folder, remember_folder, show_message

log = logging.getLogger(__name__)
LISTED_ERRORS = 8


@dataclass(slots=True)
class BatchOutcome:
    total: int
    written: list[str] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)
    """(file name, reason) for each document that could not be written."""
    cancelled: bool = False


class _Worker(QObject):
    """Renders and writes one file after another; checks for cancel between files."""

    progressed = Signal(int, int, str)
    done = Signal(object)

    def __init__(
        self,
        db: Database,
        jobs: list[tuple[str, DocumentRequest]],
        folder: Path,
        cancel: threading.Event,
    ) -> None:
        super().__init__()
        self._db = db
        self._jobs = jobs
        self._folder = folder
        self._cancel = cancel

    @Slot()
    def run(self) -> None:
        outcome = BatchOutcome(total=len(self._jobs))
        try:
            for number, (name, request) in enumerate(self._jobs, start=1):
                if self._cancel.is_set():
                    outcome.cancelled = True
                    break
                self.progressed.emit(number, len(self._jobs), name)
                try:
                    write_atomically(self._folder / name, request.render(self._db))
                except FieldVisitError as exc:
                    outcome.errors.append((name, exc.detail))
                except OSError as exc:
                    outcome.errors.append((name, os_reason(exc)))
                except Exception as exc:
                    # The file name names a customer: the log only counts.
                    log.exception("Exporting document %d of %d failed", number, len(self._jobs))
                    outcome.errors.append((name, f"{type(exc).__name__}: {exc}"))
                else:
                    outcome.written.append(name)
        finally:
            self.done.emit(outcome)
            thread = self.thread()
            if thread is not None:
                thread.quit()


def choose_folder(parent: QWidget, settings: QSettings, caption: str) -> Path | None:
    chosen = QFileDialog.getExistingDirectory(parent, caption, str(last_folder(settings)))
    return Path(chosen) if chosen else None


class BatchExporter(QObject):
    """Owns one export run: the worker thread, the progress dialog and the final report."""

    finished = Signal(object)
    """The :class:`BatchOutcome`, on the GUI thread, after the report is shown."""

    def __init__(self, db: Database, settings: QSettings, parent: QWidget) -> None:
        super().__init__(parent)
        self._db = db
        self._settings = settings
        self._cancel = threading.Event()
        self._thread: QThread | None = None
        self._worker: _Worker | None = None
        self._folder = Path()
        self._what = ""
        self.progress: QProgressDialog | None = None
        self.message: QMessageBox | None = None

    def _parent_widget(self) -> QWidget:
        parent = self.parent()
        assert isinstance(parent, QWidget)
        return parent

    def is_running(self) -> bool:
        return self._thread is not None

    def start(self, requests: list[DocumentRequest], folder: Path, what: str) -> None:
        """Write every request's PDF into ``folder``; ``what`` names them in the progress."""
        if self.is_running() or not requests:
            return
        self._cancel.clear()
        self._folder = folder
        names = unique_names([request.file_name for request in requests])
        jobs = list(zip(names, requests, strict=True))
        progress = QProgressDialog(what, self.tr("Cancel"), 0, len(jobs), self._parent_widget())
        progress.setObjectName("batchProgress")
        progress.setWindowTitle(self.tr("Export PDFs"))
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setMinimumDuration(0)
        progress.setMinimumWidth(420)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.canceled.connect(self.cancel)
        progress.setValue(0)
        progress.show()
        self.progress = progress
        self._what = what

        self._thread = QThread(self)
        self._worker = _Worker(self._db, jobs, folder, self._cancel)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self._on_progress)
        self._worker.done.connect(self._on_done)
        self._thread.start()

    @Slot()
    def cancel(self) -> None:
        """Stop after the file being written now; every file left behind is complete."""
        if not self.is_running() or self._cancel.is_set():
            return
        self._cancel.set()
        if self.progress is not None:
            self.progress.setCancelButton(None)
            self.progress.setLabelText(self.tr("Stopping after the current file…"))
            self.progress.show()

    def stop(self) -> None:
        """Cancel and wait; for when the window closes."""
        if self.is_running():
            self.cancel()
            self._end()

    @Slot(int, int, str)
    def _on_progress(self, number: int, total: int, name: str) -> None:
        progress = self.progress
        if progress is None or self._cancel.is_set():
            return
        progress.setLabelText(
            self.tr("{what}\n{number} of {total}: {name}").format(
                what=self._what, number=number, total=total, name=name
            )
        )
        progress.setValue(number - 1)

    @Slot(object)
    def _on_done(self, outcome: BatchOutcome) -> None:
        if self._thread is None:
            return
        self._end()
        if outcome.written:
            remember_folder(self._settings, self._folder)
        self.message = self._report(outcome)
        self.finished.emit(outcome)

    def _end(self) -> None:
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread.deleteLater()
        self._thread = None
        self._worker = None
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _report(self, outcome: BatchOutcome) -> QMessageBox:
        written, total = len(outcome.written), outcome.total
        if outcome.cancelled:
            text = self.tr("Export cancelled: {written} of {total} files were written.")
        elif outcome.errors:
            text = self.tr("{written} of {total} files were written; some could not be.")
        else:
            text = self.tr("All {total} files were written.")
        text = text.format(written=written, total=total)
        detail = self.tr("Folder: {folder}").format(folder=self._folder)
        if outcome.errors:
            lines = [f"{name}: {reason}" for name, reason in outcome.errors]
            listed = "\n".join(lines[:LISTED_ERRORS])
            if len(lines) > LISTED_ERRORS:
                listed += "\n" + self.tr("… and {count} more (see details).").format(
                    count=len(lines) - LISTED_ERRORS
                )
            heading = self.tr("Not written:")
            detail = f"{detail}\n\n{heading}\n{listed}"
        icon = QMessageBox.Icon.Warning if outcome.errors else QMessageBox.Icon.Information
        box = show_message(self._parent_widget(), "batchResult", icon, text, detail)
        if outcome.errors:
            box.setDetailedText("\n".join(f"{name}: {reason}" for name, reason in outcome.errors))
        return box
