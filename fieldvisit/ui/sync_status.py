"""The window's side of team sync: the indicator in the status bar and the sync runs.

Only built when the laptop is in a team. Syncs run on a worker thread (``BackgroundTask``),
on demand and on a timer; a failure only changes the indicator's text, never opens a box.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import httpx
from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from fieldvisit import clock
from fieldvisit.domain.errors import FieldVisitError
from fieldvisit.storage.database import Database
from fieldvisit.sync.client import SyncResult, sync_now
from fieldvisit.sync.conflicts import window_state
from fieldvisit.ui.background import BackgroundTask
from fieldvisit.ui.dates import datetime_text
from fieldvisit.ui.events import DataEvents
from fieldvisit.ui.widgets import named

log = logging.getLogger(__name__)

AUTO_INTERVAL_MS = 5 * 60 * 1000
FIRST_SYNC_DELAY_MS = 15 * 1000
SOON_AFTER_CHANGE_MS = 20 * 1000
"""A change made here goes out this long after the last edit (a submitted plan reaches the
manager in seconds, not at the next round of the timer; typing does not sync per key)."""


@dataclass(frozen=True, slots=True)
class SyncOutcome:
    result: SyncResult | None
    """``None`` when only the status was read."""
    state: dict[str, Any]


class SyncController(QObject):
    """Runs syncs off the GUI thread and reports the outcome and the state after it."""

    state_changed = Signal(object)
    """The state of ``window_state`` (a dict), after a run or a look."""
    busy_changed = Signal(bool)
    syncing_changed = Signal(bool)
    """A sync started (``True``) or ended, however it ended (``False``)."""
    offline_changed = Signal(bool, str)
    """Whether the last sync could not be done, and why (for a tooltip)."""
    synced = Signal(object)
    """A :class:`SyncResult` after a sync that went through."""

    def __init__(
        self,
        db: Database,
        events: DataEvents,
        parent: QObject | None = None,
        *,
        interval_ms: int = AUTO_INTERVAL_MS,
        first_delay_ms: int = FIRST_SYNC_DELAY_MS,
        soon_ms: int = SOON_AFTER_CHANGE_MS,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._events = events
        self._task = BackgroundTask(self)
        self._task.succeeded.connect(self._on_done)
        self._task.failed.connect(self._on_failed)
        self._task.busy_changed.connect(self.busy_changed)
        self._syncing = False
        self.offline = False
        self.timer = self._sync_timer("syncTimer", single_shot=False)
        self.timer.setInterval(interval_ms)
        self._first_delay_ms = first_delay_ms
        self._first = self._sync_timer("syncFirst", single_shot=True)
        self._soon_ms = soon_ms
        self._soon = self._sync_timer("syncSoon", single_shot=True)
        self._announcing = False
        self._again = False
        events.changed.connect(self._on_data_changed)

    def _sync_timer(self, name: str, *, single_shot: bool) -> QTimer:
        timer = QTimer(self)
        timer.setObjectName(name)
        timer.setSingleShot(single_shot)
        timer.timeout.connect(self.sync)
        return timer

    def start(self) -> None:
        """Read the state now, sync shortly after, then every few minutes."""
        self.look()
        if self._first_delay_ms >= 0:
            self._first.start(self._first_delay_ms)
        self.timer.start()

    def manual_only(self) -> None:
        """Sync only when asked (Sync now): no timer, no sync after a change."""
        self.timer.stop()
        self._first.stop()
        self._soon.stop()
        self._soon_ms = -1

    def stop(self) -> None:
        self.manual_only()
        self._task.discard()
        self._task.wait()

    def is_busy(self) -> bool:
        return self._task.is_busy()

    def syncing(self) -> bool:
        return self._syncing

    def wait(self, msecs: int = -1) -> bool:
        return self._task.wait(msecs)

    @Slot()
    def sync(self) -> None:
        if self._syncing:
            self._again = True  # asked while one runs (a change made meanwhile): once more after
            return
        self._syncing = True
        self.syncing_changed.emit(True)
        db = self._db

        def work() -> SyncOutcome:
            return SyncOutcome(sync_now(db), window_state(db))

        self._task.start(work)

    @Slot()
    def look(self) -> None:
        """Read the state (changes waiting, conflicts) without syncing."""
        if self._task.is_busy():
            return
        db = self._db
        self._task.start(lambda: SyncOutcome(None, window_state(db)))

    @Slot(set)
    def _on_data_changed(self, _tables: set[str]) -> None:
        self.look()  # a change here is one more waiting
        if not self._announcing and self._soon_ms >= 0:
            self._soon.start(self._soon_ms)  # again at each change: after the last one

    @Slot(object)
    def _on_done(self, outcome: object) -> None:
        assert isinstance(outcome, SyncOutcome)
        if outcome.result is not None:
            self._syncing = False
            if self._again and self._soon_ms >= 0:
                self._soon.start(self._soon_ms)
            self._again = False
            self._set_offline(False, "")
            self.syncing_changed.emit(False)
            self.synced.emit(outcome.result)
            if outcome.result.pulled or outcome.result.conflicts:
                self._announcing = True  # the team's changes, not this laptop's to send
                try:
                    self._events.announce()  # anything may have changed: open pages refresh
                finally:
                    self._announcing = False
        self.state_changed.emit(outcome.state)

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        was_sync = self._syncing
        self._syncing = False
        self._again = False  # the server is not reachable now: the timer tries again
        if not was_sync:
            log.warning("Reading the sync state failed (%s)", type(error).__name__)
            return
        log.info("Sync did not go through (%s)", type(error).__name__)
        self.syncing_changed.emit(False)
        reason = error.detail if isinstance(error, FieldVisitError) else type(error).__name__
        unreachable = isinstance(getattr(error, "__cause__", None), httpx.HTTPError)
        self._set_offline(True, reason if not unreachable else "")
        self.look()

    def _set_offline(self, offline: bool, reason: str) -> None:
        self.offline = offline
        self.offline_changed.emit(offline, reason)


class SyncIndicator(QWidget):
    """Last sync, changes waiting, conflicts, and a Sync now button, for the status bar."""

    conflicts_requested = Signal()

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncIndicator")
        self._controller = controller
        self._state: dict[str, Any] = {}
        self._offline = False
        self._busy = False
        self.label = named(QLabel(), "syncStatus")
        self.conflicts_button = named(
            QPushButton(), "syncConflicts", self.tr("Show the conflicts of the last syncs")
        )
        self.conflicts_button.setFlat(True)
        self.conflicts_button.clicked.connect(self.conflicts_requested)
        self.conflicts_button.hide()
        self.sync_button = named(
            QPushButton(self.tr("Sync now")), "syncNow", self.tr("Sync with the team server now")
        )
        self.sync_button.clicked.connect(controller.sync)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.label)
        layout.addWidget(self.conflicts_button)
        layout.addWidget(self.sync_button)
        controller.state_changed.connect(self._on_state)
        controller.syncing_changed.connect(self._on_busy)
        controller.offline_changed.connect(self._on_offline)
        self._render()

    @Slot(object)
    def _on_state(self, state: object) -> None:
        self._state = dict(state) if isinstance(state, dict) else {}
        self._render()

    @Slot(bool)
    def _on_busy(self, busy: bool) -> None:
        self._busy = busy
        self._render()

    @Slot(bool, str)
    def _on_offline(self, offline: bool, reason: str) -> None:
        self._offline = offline
        self.label.setToolTip(reason)
        self._render()

    def _last_sync_text(self) -> str:
        last = self._state.get("last_sync")
        if not last:
            return self.tr("Not synced yet")
        when = datetime.fromisoformat(str(last)).astimezone(clock.local_zone())
        today = clock.local_now().date()
        shown = f"{when:%H:%M}" if when.date() == today else datetime_text(when)
        return self.tr("Last sync {time}").format(time=shown)

    def _render(self) -> None:
        parts = []
        if self._busy:
            parts.append(self.tr("Syncing…"))
        elif self._offline:
            parts.append(self.tr("Offline — changes wait"))
        else:
            parts.append(self._last_sync_text())
        waiting = int(self._state.get("waiting", 0) or 0)
        if waiting:
            parts.append(self.tr("%n change(s) waiting", "", waiting))
        self.label.setText(" · ".join(parts))
        conflicts = int(self._state.get("conflicts", 0) or 0)
        self.conflicts_button.setText(self.tr("%n conflict(s)", "", conflicts))
        self.conflicts_button.setVisible(conflicts > 0)
        self.sync_button.setEnabled(not self._controller.syncing())

    def waiting(self) -> int:
        return int(self._state.get("waiting", 0) or 0)

    def conflicts(self) -> int:
        return int(self._state.get("conflicts", 0) or 0)
