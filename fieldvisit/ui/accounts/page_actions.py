"""The accounts list's commands: merge, trash, import and export of the current list.

The dialogs (and openpyxl behind them) load when first used, not at start-up.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QPoint, QSettings, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from fieldvisit.services.accounts.listing import account_ids
from fieldvisit.services.team import current_user
from fieldvisit.storage.database import Database
from fieldvisit.ui.events import DataEvents
from fieldvisit.ui.pages.accounts import AccountsPage


class AccountActions(QObject):
    """Adds Merge…, Move to trash, Trash…, Import… and Export… to the accounts page.

    The toolbar gets the frequent ones; the list's context menu offers all that apply
    to the selection.
    """

    def __init__(
        self, page: AccountsPage, db: Database, events: DataEvents, settings: QSettings
    ) -> None:
        super().__init__(page)
        self.page = page
        self.db = db
        self.events = events
        self.settings = settings
        self.merge_action = self._action("mergeAccountsAction", self.tr("&Merge…"), self.merge)
        self.merge_action.setToolTip(self.tr("Merge two selected duplicate accounts into one"))
        self.trash_action = self._action(
            "trashAccountsAction", self.tr("Move to &trash"), self.move_to_trash
        )
        self.trash_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.trash_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.show_trash_action = self._action(
            "showTrashAction", self.tr("T&rash…"), self.show_trash
        )
        self.import_action = self._action("importAccountsAction", self.tr("&Import…"), self.import_)
        self.import_action.setToolTip(
            self.tr("Import accounts and stakeholders from .xlsx or .csv")
        )
        self.export_action = self._action("exportAccountsAction", self.tr("&Export…"), self.export)
        self.export_action.setToolTip(self.tr("Export the accounts now listed to .xlsx or .csv"))
        for action in (
            self.merge_action,
            self.trash_action,
            self.show_trash_action,
            self.import_action,
            self.export_action,
        ):
            page.add_action(action)
        table = page.list.table
        table.addAction(self.trash_action)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._context_menu)
        table.selectionModel().selectionChanged.connect(self._update_enabled)
        page.list.model.modelReset.connect(self._update_enabled)
        self._update_enabled()

    def _action(self, name: str, text: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self.page)
        action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    @Slot()
    def _update_enabled(self) -> None:
        selected = len(self.page.selected_account_ids())
        self.merge_action.setEnabled(selected == 2)
        self.trash_action.setEnabled(selected > 0)

    def _context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self.page)
        menu.setObjectName("accountsContextMenu")
        for action in (self.merge_action, self.trash_action, self.export_action):
            if action.isEnabled():
                menu.addAction(action)
        if not menu.isEmpty():
            menu.popup(self.page.list.table.viewport().mapToGlobal(pos))

    @Slot()
    def merge(self) -> None:
        ids = self.page.selected_account_ids()
        if len(ids) != 2:
            QMessageBox.information(
                self.page,
                self.tr("Merge accounts"),
                self.tr("Select exactly two accounts (Ctrl+click) to merge them."),
            )
            return
        from fieldvisit.ui.accounts.merge_dialog import MergeAccountsDialog

        dialog = MergeAccountsDialog(self.db, self.events, ids[0], ids[1], self.page)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    @Slot()
    def move_to_trash(self) -> None:
        ids = self.page.selected_account_ids()
        if not ids:
            return
        answer = QMessageBox.question(
            self.page,
            self.tr("Move to trash"),
            self.tr(
                "Move %n account(s) to the trash? Their records, promises and co-visits "
                "are kept, and you can restore them from Trash…",
                "",
                len(ids),
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        from fieldvisit.services.accounts.trash import trash_accounts

        user = current_user(self.db)
        trash_accounts(self.db, ids, user.id if user is not None else None)
        self.events.announce({"account", "stakeholder"})

    @Slot()
    def show_trash(self) -> None:
        from fieldvisit.ui.accounts.trash_dialog import TrashDialog

        self._open(TrashDialog(self.db, self.events, self.page))

    @Slot()
    def import_(self) -> None:
        from fieldvisit.ui.accounts.import_dialog import ImportAccountsDialog

        self._open(ImportAccountsDialog(self.db, self.events, self.settings, self.page))

    @Slot()
    def export(self) -> None:
        from fieldvisit.ui.accounts.export_actions import export_accounts_dialog

        export_accounts_dialog(self.page, self.db, account_ids(self.db, self.page.current_query()))

    @staticmethod
    def _open(dialog: QWidget) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
