"""One long piece of work off the GUI thread, with a progress dialog that can cancel it.

Imports, exports and sample data use it. The work function gets a ``progress(done,
total)`` callback; once the user cancels, the callback raises, which rolls back the
work's transaction (nothing is written).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from fieldvisit.domain.errors import FieldVisitError

log = logging.getLogger(__name__)
Work = Callable[[Callable[[int, int], None]], object]


class Cancelled(Exception):
    """Raised from the progress callback to abort, and roll back, the work."""


class _Worker(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str, str)
    cancelled = Signal()

    def __init__(self, work: Work, cancel: threading.Event) -> None:
        super().__init__()
        self._work = work
        self._cancel = cancel

    @Slot()
    def run(self) -> None:
        try:
            result = self._work(self._progress)
        except Cancelled:
            self.cancelled.emit()
        except FieldVisitError as exc:
            self.failed.emit(exc.translated_title(), exc.detail)
        except Exception as exc:
            log.exception("Background work failed")
            self.failed.emit(type(exc).__name__, str(exc))
        else:
            self.succeeded.emit(result)
        finally:
            thread = self.thread()
            if thread is not None:
                thread.quit()

    def _progress(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise Cancelled
        self.progressed.emit(done, total)


class CancellableRun(QObject):
    """Owns the worker thread and the progress dialog of one run.

    ``progressed`` reaches the owner before the dialog's value moves (a window-modal
    dialog processes events in ``setValue``), so it can update the label first. After
    :meth:`stop` no outcome signal is emitted.
    """

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str, str)
    cancelled = Signal()

    def __init__(
        self,
        parent: QWidget,
        title: str,
        label: str,
        *,
        object_name: str = "transferProgress",
        cancelling: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._title = title
        self._label = label
        self._object_name = object_name
        self._cancelling = cancelling
        self._stopped = False
        self._cancel = threading.Event()
        self._thread: QThread | None = None
        self._worker: _Worker | None = None
        self.progress: QProgressDialog | None = None

    def _parent_widget(self) -> QWidget:
        parent = self.parent()
        assert isinstance(parent, QWidget)
        return parent

    def is_running(self) -> bool:
        return self._thread is not None

    def start(self, work: Work) -> None:
        if self.is_running():
            return
        self._cancel.clear()
        self._stopped = False
        progress = QProgressDialog(self._label, self.tr("Cancel"), 0, 0, self._parent_widget())
        progress.setObjectName(self._object_name)
        progress.setAccessibleName(self._title)
        progress.setWindowTitle(self._title)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setMinimumDuration(0)
        progress.setMinimumWidth(420)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.canceled.connect(self.cancel)
        progress.show()
        self.progress = progress
        self._thread = QThread(self)
        self._worker = _Worker(work, self._cancel)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self._on_progress)
        self._worker.succeeded.connect(self._on_succeeded)
        self._worker.failed.connect(self._on_failed)
        self._worker.cancelled.connect(self._on_cancelled)
        self._thread.start()

    @Slot()
    def cancel(self) -> None:
        if not self.is_running() or self._cancel.is_set():
            return
        self._cancel.set()
        if self.progress is not None:
            self.progress.setCancelButton(None)
            self.progress.setLabelText(
                self._cancelling or self.tr("Cancelling… nothing will be saved.")
            )
            self.progress.setRange(0, 0)
            self.progress.show()

    def stop(self) -> None:
        """Cancel and wait for the rollback (the window is closing); no outcome follows."""
        if self.is_running():
            self.cancel()
            self._stopped = True
            self._end()

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if self.progress is None or self._cancel.is_set():
            return
        self.progressed.emit(done, total)
        if self.progress is None:
            return
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(min(done, total))

    @Slot(object)
    def _on_succeeded(self, result: object) -> None:
        if self._stopped:
            return
        self._end()
        self.succeeded.emit(result)

    @Slot(str, str)
    def _on_failed(self, title: str, detail: str) -> None:
        if self._stopped:
            return
        self._end()
        self.failed.emit(title, detail)

    @Slot()
    def _on_cancelled(self) -> None:
        if self._stopped:
            return
        self._end()
        self.cancelled.emit()

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
