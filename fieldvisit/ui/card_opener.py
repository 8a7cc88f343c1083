"""Opens customer cards from anywhere, one window per account, with its contact timeline."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, QObject, QSettings
from PySide6.QtWidgets import QWidget

from fieldvisit.storage.database import Database
from fieldvisit.ui.accounts.card_editor import CardWindow
from fieldvisit.ui.covisits.resume import open_covisit_window
from fieldvisit.ui.events import DataEvents
from fieldvisit.ui.records.timeline_widget import TimelineWidget


class CardOpener(QObject):
    """The accounts list, the open promises and the timeline all open cards through this.

    An account's card that is already open is raised rather than opened twice, so that
    two windows never edit the same card.
    """

    def __init__(
        self, db: Database, events: DataEvents, settings: QSettings, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.events = events
        self.settings = settings
        self._parent = parent
        self._open: dict[uuid.UUID, CardWindow] = {}

    def open_card(self, account_id: object = None) -> CardWindow:
        """The card of ``account_id`` (a UUID), or a new card for ``None``."""
        key = account_id if isinstance(account_id, uuid.UUID) else None
        if key is not None and key in self._open:
            window = self._open[key]
            window.showNormal()
            window.raise_()
            window.activateWindow()
            return window
        window = CardWindow(self.db, self.events, self.settings, key, self._parent)
        if key is not None:
            self._add_timeline(window, key)
            self._open[key] = window
            window.destroyed.connect(lambda *_: self._open.pop(key, None))
        else:
            # A new account gets its timeline once it has been saved and has an id.
            window.saved.connect(lambda saved_id: self._adopt(window, saved_id))
        window.show()
        return window

    def _adopt(self, window: CardWindow, account_id: object) -> None:
        if not isinstance(account_id, uuid.UUID) or account_id in self._open:
            return
        self._add_timeline(window, account_id)
        self._open[account_id] = window
        window.destroyed.connect(lambda *_: self._open.pop(account_id, None))

    def _add_timeline(self, window: CardWindow, account_id: uuid.UUID) -> None:
        timeline = TimelineWidget(self.db, self.events, account_id, self.settings)
        timeline.setObjectName("cardTimeline")
        timeline.covisit_requested.connect(self.open_covisit)
        window.add_tab(timeline, QCoreApplication.translate("CardOpener", "Timeline"))

    def open_covisit(self, covisit_id: object) -> None:
        if isinstance(covisit_id, uuid.UUID):
            open_covisit_window(self._parent, self.db, self.events, self.settings, covisit_id)

    def windows(self) -> list[CardWindow]:
        return list(self._open.values())

    def close_all(self) -> bool:
        """Close every card (each asks about unsaved changes); False if one stayed open."""
        return all([window.close() for window in list(self._open.values())])
