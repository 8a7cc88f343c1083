"""Work off the GUI thread: one function at a time, its result delivered back as a signal.

Used for database work (backups) and for rendering documents, so that the window
stays responsive; widgets are only touched in the slots, on the GUI thread.
"""

from __future__ import annotations

import contextlib
import logging
import weakref
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class _Carrier(QObject):
    """Emitted from the worker thread; queued to the task on the GUI thread."""

    done = Signal(int, object)
    failed = Signal(int, object)


class _Job(QRunnable):
    def __init__(self, ticket: int, work: Callable[[], object], carrier: _Carrier) -> None:
        super().__init__()
        self._ticket = ticket
        self._work = work
        self._carrier = carrier

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:
            log.debug("Background job failed", exc_info=True)
            self._carrier.failed.emit(self._ticket, exc)
        else:
            self._carrier.done.emit(self._ticket, result)


_tasks: weakref.WeakSet[BackgroundTask] = weakref.WeakSet()


def wait_for_background_work(msecs: int = 30_000) -> None:
    """Block until the worker of every task still alive is idle (between tests: work a
    closed dialog left running must not run into the next one)."""
    for task in list(_tasks):
        # A task whose Qt side is already gone took its pool with it (which waited).
        with contextlib.suppress(RuntimeError):
            task.wait(msecs)


class BackgroundTask(QObject):
    """Runs functions on its own worker thread, one after the other.

    Only the result of the most recent :meth:`start` is delivered (``succeeded`` or
    ``failed``, on the GUI thread); earlier ones still running are superseded. The
    thread pool is a child of the task, so destroying the task waits for the work
    in progress instead of leaving it running against freed objects.
    """

    succeeded = Signal(object)
    failed = Signal(object)
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        _tasks.add(self)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._carrier = _Carrier()
        self._carrier.done.connect(self._on_done)
        self._carrier.failed.connect(self._on_failed)
        self._ticket = 0
        self._pending = 0

    def start(self, work: Callable[[], object]) -> None:
        self._ticket += 1
        self._pending += 1
        self._pool.start(_Job(self._ticket, work, self._carrier))
        if self._pending == 1:
            self.busy_changed.emit(True)

    def discard(self) -> None:
        """Forget the work in progress: its result will not be delivered."""
        self._ticket += 1

    def is_busy(self) -> bool:
        return self._pending > 0

    def wait(self, msecs: int = -1) -> bool:
        """Block until the worker is idle (its result is still delivered by the event loop)."""
        return self._pool.waitForDone(msecs)

    def _finish(self) -> None:
        self._pending -= 1
        if self._pending == 0:
            self.busy_changed.emit(False)

    @Slot(int, object)
    def _on_done(self, ticket: int, result: object) -> None:
        current = ticket == self._ticket
        self._finish()
        if current:
            self.succeeded.emit(result)

    @Slot(int, object)
    def _on_failed(self, ticket: int, error: object) -> None:
        current = ticket == self._ticket
        self._finish()
        if current:
            self.failed.emit(error)
