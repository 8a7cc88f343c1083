"""Filling stale search keys off the GUI thread, with progress for the status bar."""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from fieldvisit.services.accounts.search_keys import rebuild_stale_keys
from fieldvisit.storage.database import Database

log = logging.getLogger(__name__)


class _Carrier(QObject):
    """Emitted from the worker thread; queued to the rebuilder on the GUI thread."""

    progressed = Signal(int, int)
    done = Signal(int)
    failed = Signal(str)


class _Job(QRunnable):
    def __init__(self, db: Database, cancel: threading.Event, carrier: _Carrier) -> None:
        super().__init__()
        self._db = db
        self._cancel = cancel
        self._carrier = carrier

    def run(self) -> None:
        try:
            written = rebuild_stale_keys(
                self._db, progress=self._carrier.progressed.emit, cancel=self._cancel.is_set
            )
        except Exception as exc:  # reported in the status bar; the list still finds by name
            log.exception("Rebuilding search keys failed")
            self._carrier.failed.emit(str(exc))
        else:
            self._carrier.done.emit(written)


class KeyRebuilder(QObject):
    """Runs :func:`rebuild_stale_keys` on its own worker thread; one run at a time.

    ``finished(written)`` reports how many keys were filled (0: nothing was stale). A
    request while a run is going on starts one more run after it, for changes the
    running one may have missed. The pool is a child of the rebuilder: destroying it
    waits for the run, which :meth:`stop` cancels between batches.
    """

    progressed = Signal(int, int)
    finished = Signal(int)
    failed = Signal(str)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._carrier = _Carrier()
        self._carrier.progressed.connect(self.progressed)
        self._carrier.done.connect(self._on_done)
        self._carrier.failed.connect(self._on_failed)
        self._cancel = threading.Event()
        self._running = False
        self._again = False
        self._written = 0

    def is_running(self) -> bool:
        return self._running

    def start(self) -> None:
        if self._running:
            self._again = True
            return
        self._running = True
        self._cancel.clear()
        self._pool.start(_Job(self._db, self._cancel, self._carrier))

    def stop(self) -> None:
        """Cancel between batches and wait for the worker (on closing the window)."""
        self._again = False
        self._cancel.set()
        self._pool.waitForDone()

    def wait(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)

    @Slot(int)
    def _on_done(self, written: int) -> None:
        self._running = False
        self._written += written
        if self._again and not self._cancel.is_set():
            self._again = False
            self.start()
            return
        total, self._written = self._written, 0
        self.finished.emit(total)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._running = False
        self._again = False
        self._written = 0
        self.failed.emit(message)
