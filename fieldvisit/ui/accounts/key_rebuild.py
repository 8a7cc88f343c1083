"""Filling stale search keys off the GUI thread, with progress for the status bar."""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, QThread, Signal, Slot

from fieldvisit.services.accounts.search_keys import rebuild_stale_keys
from fieldvisit.storage.database import Database

log = logging.getLogger(__name__)


class _Worker(QObject):
    progressed = Signal(int, int)
    done = Signal(int)
    failed = Signal(str)

    def __init__(self, db: Database, cancel: threading.Event) -> None:
        super().__init__()
        self._db = db
        self._cancel = cancel

    @Slot()
    def run(self) -> None:
        try:
            written = rebuild_stale_keys(
                self._db, progress=self.progressed.emit, cancel=self._cancel.is_set
            )
        except Exception as exc:  # reported in the status bar; the list still works by name
            log.exception("Rebuilding search keys failed")
            self.failed.emit(str(exc))
        else:
            self.done.emit(written)
        finally:
            thread = self.thread()
            if thread is not None:
                thread.quit()


class KeyRebuilder(QObject):
    """Runs :func:`rebuild_stale_keys` on its own thread; one run at a time.

    ``finished(written)`` reports how many keys were filled (0: nothing was stale). A
    request while a run is going on starts one more run after it, for changes the
    running one may have missed.
    """

    progressed = Signal(int, int)
    finished = Signal(int)
    failed = Signal(str)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._thread: QThread | None = None
        self._worker: _Worker | None = None
        self._cancel = threading.Event()
        self._again = False
        self._written = 0

    def is_running(self) -> bool:
        return self._thread is not None

    def start(self) -> None:
        if self._thread is not None:
            self._again = True
            return
        self._cancel.clear()
        thread = QThread(self)
        worker = _Worker(self._db, self._cancel)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.progressed.connect(self.progressed)
        worker.done.connect(self._on_done)
        worker.failed.connect(self._on_failed)
        self._thread, self._worker = thread, worker
        thread.start()

    def stop(self) -> None:
        """Cancel between batches and wait for the thread (on closing the window)."""
        self._again = False
        self._cancel.set()
        if self._thread is not None:
            self._thread.wait()
            self._cleanup()

    def _cleanup(self) -> None:
        if self._thread is not None:
            self._thread.wait()
            self._thread.deleteLater()
        if self._worker is not None:
            self._worker.deleteLater()
        self._thread = self._worker = None

    @Slot(int)
    def _on_done(self, written: int) -> None:
        self._cleanup()
        self._written += written
        if self._again and not self._cancel.is_set():
            self._again = False
            self.start()
            return
        total, self._written = self._written, 0
        self.finished.emit(total)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._cleanup()
        self._again = False
        self._written = 0
        self.failed.emit(message)
