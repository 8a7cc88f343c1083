"""Picking one account: a search box over the accounts search and a list of choices.

The choices come from :func:`~fieldvisit.services.accounts.picking.choose_accounts`
(pinyin, initials, own accounts first, the list's ranking); each row shows the city,
address and owner that tell same-name accounts apart, and carries the account's id,
which is what is picked.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldvisit.services.accounts.picking import AccountChoice, choose_accounts, shared_index
from fieldvisit.storage.database import Database
from fieldvisit.ui.accounts.list_model import MATCH_ROLE, match_text
from fieldvisit.ui.accounts.list_view import warm_pinyin
from fieldvisit.ui.accounts.name_delegate import NameDelegate
from fieldvisit.ui.background import BackgroundTask
from fieldvisit.ui.widgets import hint_label, named

CHOICES = 30
ID_ROLE = int(Qt.ItemDataRole.UserRole)
MOVES = (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp)


class AccountChooser(QWidget):
    """Type part of a name (or its pinyin, initials, a phone…), pick a row."""

    chosen_changed = Signal(object)
    """The chosen account's id (UUID), or None."""
    activated = Signal(object)
    """A choice was double-clicked or Enter was pressed on it: its id (UUID)."""

    def __init__(
        self,
        db: Database,
        owner_ids: frozenset[uuid.UUID] = frozenset(),
        parent: QWidget | None = None,
        exclude: frozenset[uuid.UUID] = frozenset(),
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.owner_ids = owner_ids
        self.exclude = exclude
        self.choices: list[AccountChoice] = []
        self.search = named(QLineEdit(), "accountChooserSearch", self.tr("Find an account"))
        self.search.setPlaceholderText(
            self.tr("Name, pinyin, initials, phone, address or stakeholder")
        )
        self.search.setClearButtonEnabled(True)
        self.search.installEventFilter(self)
        self.list = named(QTreeWidget(), "accountChoices", self.tr("Accounts"))
        self.list.setColumnCount(4)
        self.list.setHeaderLabels(
            [self.tr("Account"), self.tr("City"), self.tr("Address"), self.tr("Owner")]
        )
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setItemDelegateForColumn(0, NameDelegate(self.list))
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.empty = hint_label("")
        self.empty.setObjectName("accountChooserEmpty")
        self.empty.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)

        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(0)  # when idle: keys typed in a burst are searched once
        self._typing.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._typing.start())
        self.list.currentItemChanged.connect(self._on_current)
        self.list.itemActivated.connect(self._on_activated)
        self._ready = False
        self._loader = BackgroundTask(self)
        self._loader.succeeded.connect(self._on_ready)
        self._loader.failed.connect(self._on_failed)
        self._show_note(self.tr("Reading the accounts…"))
        self._loader.start(lambda: shared_index(db))

    # --- API ---------------------------------------------------------------------
    def chosen(self) -> AccountChoice | None:
        account = self.chosen_id()
        return next((c for c in self.choices if c.id == account), None)

    def chosen_id(self) -> uuid.UUID | None:
        item = self.list.currentItem()
        value = item.data(0, ID_ROLE) if item is not None else None
        return uuid.UUID(value) if value else None

    def is_ready(self) -> bool:
        return self._ready and not self._typing.isActive()

    def wait_ready(self, msecs: int = -1) -> None:
        """For tests and start-up: block until the accounts are read, then show them."""
        self._loader.wait(msecs)

    @Slot()
    def refresh(self) -> None:
        self._typing.stop()
        if not self._ready:
            return  # shown when the index arrives
        keep = self.chosen_id()
        found = choose_accounts(
            self.db, self.search.text(), limit=CHOICES + len(self.exclude), owner_ids=self.owner_ids
        )
        self.choices = [c for c in found if c.id not in self.exclude][:CHOICES]
        self.list.clear()
        for choice in self.choices:
            self.list.addTopLevelItem(self._item(choice))
        ids = [c.id for c in self.choices]
        row = ids.index(keep) if keep in ids else 0
        if self.choices:
            self._select(row)
            self._show_note("")
        else:
            self._show_note(self.tr("No account matches. Check the spelling or type less."))
            self.chosen_changed.emit(None)

    # --- rows ----------------------------------------------------------------------
    def _item(self, choice: AccountChoice) -> QTreeWidgetItem:
        owner = choice.owner_name or ""
        if choice.own:
            owner = self.tr("{name} (you)").format(name=owner) if owner else self.tr("You")
        item = QTreeWidgetItem([choice.name, choice.city or "", choice.address or "", owner])
        item.setData(0, ID_ROLE, str(choice.id))
        if choice.match is not None:
            item.setData(0, MATCH_ROLE, (choice.match.spans, match_text(choice.match)))
        described = ", ".join(x for x in (choice.name, choice.city, choice.address, owner) if x)
        for column in range(4):
            item.setData(column, Qt.ItemDataRole.AccessibleTextRole, described)
            item.setToolTip(column, described)
        return item

    def _show_note(self, text: str) -> None:
        self.empty.setText(text)
        self.empty.setVisible(bool(text))

    # --- events --------------------------------------------------------------------
    @Slot(object)
    def _on_ready(self, _index: object) -> None:
        warm_pinyin()
        self._ready = True
        self.refresh()

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        self._show_note(self.tr("The accounts could not be read: {}").format(error))

    def _on_current(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        value = current.data(0, ID_ROLE) if current is not None else None
        self.chosen_changed.emit(uuid.UUID(value) if value else None)

    def _on_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        value = item.data(0, ID_ROLE)
        if value:
            self.activated.emit(uuid.UUID(value))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Up and down in the search box move through the choices; Enter takes one.
        if (
            watched is self.search
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key()
            in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp)
        ):
            self._move(event.key())
            return True
        return super().eventFilter(watched, event)

    def _move(self, key: int) -> None:
        count = self.list.topLevelItemCount()
        if not count:
            return
        current = self.list.currentItem()
        row = self.list.indexOfTopLevelItem(current) if current is not None else -1
        step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 10}.get(
            Qt.Key(key), -10
        )
        self._select(max(0, min(count - 1, row + step)))

    def _select(self, row: int) -> None:
        item = self.list.topLevelItem(row)
        if item is not None:
            self.list.setCurrentItem(item)
