"""One piece of database work at a time off the GUI thread, with its outcome on the GUI thread."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class BackgroundJob(QObject):
    """Runs a function on a worker thread; its signals arrive on the GUI thread.

    ``succeeded`` carries the function's result, ``failed`` the exception it raised.
    Call :meth:`wait` before the database the function uses is closed.
    """

    succeeded = Signal(object)
    failed = Signal(object)
    _ended = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._busy = False
        self._ended.connect(self._on_ended)

    def busy(self) -> bool:
        return self._busy

    def start(self, work: Callable[[], object]) -> bool:
        """Start ``work`` unless a run is still under way; whether it started."""
        if self._busy:
            return False
        self._busy = True
        self._pool.start(lambda: self._run(work))
        return True

    def wait(self) -> None:
        self._pool.waitForDone()

    def _run(self, work: Callable[[], object]) -> None:
        try:
            result = work()
        except Exception as exc:
            if not hasattr(exc, "detail"):
                log.exception("Background work failed")
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)
        finally:
            self._ended.emit()

    @Slot()
    def _on_ended(self) -> None:
        self._busy = False
