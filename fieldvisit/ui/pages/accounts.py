"""The start page: the list of accounts, or the welcome panel on an empty database."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QSettings, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from fieldvisit.services.accounts.listing import AccountQuery
from fieldvisit.services.accounts.picking import forget_index
from fieldvisit.services.stats import has_accounts
from fieldvisit.services.team import MemberRow
from fieldvisit.storage.database import Database
from fieldvisit.ui.accounts.key_rebuild import KeyRebuilder
from fieldvisit.ui.accounts.list_view import AccountListView
from fieldvisit.ui.events import DataEvents, concerns
from fieldvisit.ui.pages.base import AreaPage
from fieldvisit.ui.pages.welcome import WelcomePanel
from fieldvisit.ui.widgets import heading_label

# What the list shows depends on these tables (overdue follows contacts and the policy).
TABLES = (
    "account",
    "stakeholder",
    "contact_record",
    "frequency_policy",
    "frequency_rule",
    "team_member",
)
KEY_TABLES = ("account", "stakeholder")
PICKED_TABLES = ("account", "stakeholder", "team_member")
"""What account pickers show and find accounts by (not their contacts)."""
PROGRESS_FROM = 500
"""Stale keys below this are filled without a note in the status bar."""


class AccountsPage(AreaPage):
    """Accounts: search, filter and sort a whole region's customer cards."""

    load_sample_requested = Signal()
    account_activated = Signal(object)
    """An account's id (UUID): double-click or Enter on its row."""
    new_account_requested = Signal()
    status_note = Signal(str)
    """Progress of background work for the status bar; "" when done."""

    key = "accounts"

    def __init__(
        self,
        db: Database,
        events: DataEvents,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.title = self.tr("Accounts")
        self.setObjectName("accountsPage")
        self.setAccessibleName(self.title)
        self._stale = True
        self._dismissed = False
        self._noting = False

        self.heading = heading_label(self.title)
        self.heading.setObjectName("accountsHeading")
        self.list = AccountListView(db, settings if settings is not None else QSettings(), self)
        self.list.account_activated.connect(self.account_activated)
        self.list.new_account_requested.connect(self.new_account_requested)
        # Esc in the search box clears it (and the list follows).
        clear = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.list.search)
        clear.setContext(Qt.ShortcutContext.WidgetShortcut)
        clear.activated.connect(self.list.search.clear)

        self.welcome = WelcomePanel()
        self.welcome.load_sample_requested.connect(self.load_sample_requested)
        self.welcome.dismissed.connect(self.dismiss_welcome)
        self.welcome_row = QWidget()
        self.welcome_row.setObjectName("welcomeRow")
        row = QVBoxLayout(self.welcome_row)
        row.setContentsMargins(0, 24, 0, 0)
        centred = QHBoxLayout()
        centred.addWidget(self.welcome, 0, Qt.AlignmentFlag.AlignHCenter)
        row.addLayout(centred)
        row.addStretch(1)

        # Shown one at a time; not a stacked widget, whose hidden welcome panel would
        # still set the page's minimum width.
        self.welcome_row.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.welcome_row, 1)

        self.rebuilder = KeyRebuilder(db, self)
        self.rebuilder.progressed.connect(self._on_key_progress)
        self.rebuilder.finished.connect(self._on_keys_rebuilt)
        self.rebuilder.failed.connect(self._on_keys_failed)
        self._rebuild_when_loaded = False
        self.list.loaded.connect(self._on_list_loaded)
        events.changed.connect(self._on_data_changed)

    # --- API for the window and other areas ------------------------------------------
    def add_action(self, action: QAction) -> None:
        """Put an action ("Merge…", "Import…") on the list's toolbar."""
        self.list.add_action(action)

    def set_user(self, user: MemberRow | None) -> None:
        """Whose accounts "Me" in the owner filter means; a rep starts on their own."""
        self.list.filters.set_me(user)

    def focus_search(self) -> None:
        self.list.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.list.search.selectAll()

    def current_query(self) -> AccountQuery:
        return self.list.current_query()

    def selected_account_ids(self) -> list[uuid.UUID]:
        return self.list.selected_account_ids()

    def refresh(self) -> None:
        """Show the welcome panel or the list; the list reads its data off the GUI thread."""
        self._stale = False
        empty = not self._dismissed and not has_accounts(self.db)
        self._show_welcome(empty)
        if not empty:
            self.list.reload()
            self._rebuild_keys()

    def _rebuild_keys(self) -> None:
        """Fill stale search keys off the GUI thread. The first time, once the list is
        read: its scans (nothing stale, as a rule) would otherwise share the start with
        the list's first page."""
        if self.list.index is None:
            self._rebuild_when_loaded = True
        else:
            self.rebuilder.start()

    @Slot()
    def _on_list_loaded(self) -> None:
        if self._rebuild_when_loaded:
            self._rebuild_when_loaded = False
            self.rebuilder.start()

    def is_stale(self) -> bool:
        return self._stale

    def dismiss_welcome(self) -> None:
        """Hide the welcome panel for this session and show the (empty) list."""
        self._dismissed = True
        self._show_welcome(False)
        self.list.reload()

    def showing_welcome(self) -> bool:
        return self.welcome_row.isVisibleTo(self)

    def _show_welcome(self, welcome: bool) -> None:
        self.list.setVisible(not welcome)
        self.welcome_row.setVisible(welcome)

    def stop(self) -> None:
        self.rebuilder.stop()
        self.list.stop()

    # --- events ------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The window paints first; the rows follow.
        QTimer.singleShot(0, self, self._refresh_if_stale)

    def _refresh_if_stale(self) -> None:
        if self._stale and self.isVisible():
            self.refresh()

    def _on_data_changed(self, tables: set[str]) -> None:
        if not concerns(tables, TABLES):
            return
        if concerns(tables, PICKED_TABLES):
            forget_index(self.db)  # account pickers read the accounts again
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    @Slot(int, int)
    def _on_key_progress(self, done: int, total: int) -> None:
        if total < PROGRESS_FROM:
            return
        self._noting = True
        locale = self.locale()
        self.status_note.emit(
            self.tr("Preparing search: {done} of {total} cards and contacts…").format(
                done=locale.toString(done), total=locale.toString(total)
            )
        )

    @Slot(int)
    def _on_keys_rebuilt(self, written: int) -> None:
        if written:
            forget_index(self.db)
        if self._noting:
            self._noting = False
            self.status_note.emit("")
        if written:
            self.list.reload()

    @Slot(str)
    def _on_keys_failed(self, message: str) -> None:
        self._noting = False
        self.status_note.emit(self.tr("Search by pinyin is not ready: {}").format(message))
