"""The trash: accounts and stakeholders moved there, restored or deleted for good."""

from __future__ import annotations

import uuid
from collections import defaultdict

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldvisit.domain.errors import FieldVisitError
from fieldvisit.i18n import joined
from fieldvisit.services.accounts.trash import (
    AccountInTrashError,
    Blocker,
    PurgeRefusedError,
    TrashedItem,
    TrashKind,
    empty_trash,
    list_trash,
    purge,
    purge_blockers,
    restore,
)
from fieldvisit.storage.database import Database
from fieldvisit.ui.dates import datetime_text
from fieldvisit.ui.events import DataEvents
from fieldvisit.ui.labels import error_title
from fieldvisit.ui.widgets import heading_label, hint_label, named

ID_ROLE = Qt.ItemDataRole.UserRole
DEFAULT_EMPTY_DAYS = 30
TABLES = {"account", "stakeholder"}


class TrashDialog(QDialog):
    """``TrashDialog(db, events, parent)``: list, search, restore, delete permanently."""

    COLUMNS = 6

    def __init__(self, db: Database, events: DataEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._events = events
        self.items: list[TrashedItem] = []
        self.setObjectName("trashDialog")
        self.setWindowTitle(self.tr("Trash"))
        self.setMinimumSize(760, 460)
        self.resize(920, 560)

        self.search = named(QLineEdit(), "trashSearch", self.tr("Search the trash"))
        self.search.setPlaceholderText(self.tr("Search by name, account or city"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.refresh)
        self.kind_filter = named(QComboBox(), "trashKind", self.tr("Show"))
        self.kind_filter.addItem(self.tr("Accounts and stakeholders"), "")
        self.kind_filter.addItem(self.tr("Accounts"), TrashKind.ACCOUNT.value)
        self.kind_filter.addItem(self.tr("Stakeholders"), TrashKind.STAKEHOLDER.value)
        self.kind_filter.currentIndexChanged.connect(self.refresh)

        self.table = named(
            QTableWidget(0, self.COLUMNS), "trashTable", self.tr("Items in the trash")
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Kind"),
                self.tr("Account / city"),
                self.tr("Deleted"),
                self.tr("Deleted by"),
                self.tr("Note"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.COLUMNS - 1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.empty_label = QLabel(self.tr("The trash is empty."))
        self.empty_label.setObjectName("trashEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status = named(QLabel(), "trashStatus")
        self.status.setWordWrap(True)

        self.restore_button = named(QPushButton(self.tr("&Restore")), "trashRestore")
        self.restore_button.clicked.connect(self.restore_selected)
        self.purge_button = named(QPushButton(self.tr("&Delete permanently…")), "trashPurge")
        self.purge_button.clicked.connect(self.purge_selected)
        self.empty_button = named(QPushButton(self.tr("&Empty trash…")), "trashEmptyOld")
        self.empty_button.setToolTip(
            self.tr("Delete permanently what has been in the trash longer than a number of days")
        )
        self.empty_button.clicked.connect(self.empty_old)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        named(buttons.button(QDialogButtonBox.StandardButton.Close), "trashClose", self.tr("Close"))
        buttons.rejected.connect(self.reject)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.kind_filter)
        actions = QHBoxLayout()
        actions.addWidget(self.restore_button)
        actions.addWidget(self.purge_button)
        actions.addStretch(1)
        actions.addWidget(self.empty_button)
        actions.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(self.tr("Trash"), 1.4))
        layout.addWidget(
            hint_label(
                self.tr(
                    "Items stay here until you restore them or delete them permanently. "
                    "The stakeholders, records and co-visits of a trashed account are "
                    "hidden with it and come back with it."
                )
            )
        )
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.status)
        layout.addLayout(actions)
        events.changed.connect(self._on_changed)
        self.refresh()

    # Listing -------------------------------------------------------------------------

    def refresh(self) -> None:
        kind = self.kind_filter.currentData()
        try:
            items = list_trash(self._db, self.search.text())
        except FieldVisitError as exc:
            self.status.setText(exc.detail)
            return
        self.items = [i for i in items if not kind or i.kind.value == kind]
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            cells = (
                item.name,
                self.tr("Account") if item.kind is TrashKind.ACCOUNT else self.tr("Stakeholder"),
                self._where(item),
                self._when(item),
                item.deleted_by or "—",
                self._note(item),
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                if column == 0:
                    cell.setData(ID_ROLE, (item.kind.value, str(item.id)))
                self.table.setItem(row, column, cell)
        self.table.setVisible(bool(self.items))
        searching = bool(self.search.text().strip()) or bool(kind)
        self.empty_label.setText(
            self.tr("Nothing in the trash matches.")
            if searching
            else self.tr("The trash is empty.")
        )
        self.empty_label.setVisible(not self.items)
        self.empty_button.setEnabled(bool(items) or searching)
        self._update_buttons()

    def _where(self, item: TrashedItem) -> str:
        if item.kind is TrashKind.ACCOUNT:
            return item.city or ""
        return " · ".join(p for p in (item.account_name, item.city) if p)

    def _when(self, item: TrashedItem) -> str:
        return datetime_text(item.deleted_at)

    def _note(self, item: TrashedItem) -> str:
        notes: list[str] = []
        if item.merged_into:
            notes.append(self.tr("Merged into {name}").format(name=item.merged_into))
        if item.hidden_stakeholders == 1:
            notes.append(self.tr("1 stakeholder hidden with it"))
        elif item.hidden_stakeholders:
            notes.append(
                self.tr("{n} stakeholders hidden with it").format(n=item.hidden_stakeholders)
            )
        if item.account_in_trash:
            notes.append(self.tr("Account is in the trash too"))
        return "; ".join(notes)

    def _on_changed(self, changed: set[str]) -> None:
        if not changed or changed & TABLES:
            self.refresh()

    def selected(self) -> dict[TrashKind, list[uuid.UUID]]:
        chosen: dict[TrashKind, list[uuid.UUID]] = defaultdict(list)
        for index in self.table.selectionModel().selectedRows():
            cell = self.table.item(index.row(), 0)
            if cell is None:
                continue
            kind, raw = cell.data(ID_ROLE)
            chosen[TrashKind(kind)].append(uuid.UUID(raw))
        return dict(chosen)

    def _update_buttons(self) -> None:
        has = bool(self.table.selectionModel().selectedRows())
        self.restore_button.setEnabled(has)
        self.purge_button.setEnabled(has)

    # Actions -------------------------------------------------------------------------

    def restore_selected(self) -> None:
        chosen = self.selected()
        restored = 0
        try:
            for kind, ids in sorted(chosen.items()):  # accounts first
                try:
                    result = restore(self._db, kind, ids)
                except AccountInTrashError as exc:
                    if not self._ask_restore_accounts(exc):
                        continue
                    result = restore(self._db, kind, ids, with_accounts=True)
                restored += result.accounts + result.stakeholders
        except FieldVisitError as exc:
            QMessageBox.warning(self, error_title(exc), exc.detail)
        if restored:
            self._events.announce(TABLES)
            self.status.setText(self.tr("Restored {n} items.").format(n=restored))
        self.refresh()

    def _ask_restore_accounts(self, exc: AccountInTrashError) -> bool:
        names = joined(sorted(exc.accounts.values()))
        answer = QMessageBox.question(
            self,
            self.tr("Restore the account too?"),
            self.tr(
                "These stakeholders belong to {names}, which is in the trash too. "
                "Restore the account as well? Without it they would stay hidden."
            ).format(names=names),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        return answer == QMessageBox.StandardButton.Yes

    def purge_selected(self) -> None:
        chosen = self.selected()
        if not chosen:
            return
        try:
            blockers = [
                b for kind, ids in chosen.items() for b in purge_blockers(self._db, kind, ids)
            ]
            if blockers:
                self._explain_blockers(blockers)
                return
            count = sum(len(ids) for ids in chosen.values())
            answer = QMessageBox.warning(
                self,
                self.tr("Delete permanently?"),
                self.tr(
                    "Delete {n} items permanently? Their contact records, promises, "
                    "stakeholders and other history are deleted with them. This cannot be "
                    "undone except from the backup."
                ).format(n=count),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            for kind, ids in sorted(chosen.items()):
                purge(self._db, kind, ids)
        except PurgeRefusedError as exc:
            self._explain_blockers(list(exc.blockers))
            return
        except FieldVisitError as exc:
            QMessageBox.warning(self, error_title(exc), exc.detail)
            return
        self._events.announce(set())
        self.status.setText(self.tr("Deleted {n} items permanently.").format(n=count))
        self.refresh()

    def _explain_blockers(self, blockers: list[Blocker]) -> None:
        lines = "\n".join(
            self.tr("{name}: {calls} co-visit calls, {plans} planned contacts").format(
                name=b.name, calls=b.covisit_calls, plans=b.planned_contacts
            )
            for b in blockers
        )
        QMessageBox.information(
            self,
            self.tr("Cannot delete permanently"),
            self.tr(
                "Co-visit reports or visit plans refer to these, so they stay in the trash "
                "to keep those reports complete:\n\n{lines}"
            ).format(lines=lines),
        )

    def empty_old(self) -> None:
        days, ok = QInputDialog.getInt(
            self,
            self.tr("Empty trash"),
            self.tr("Delete permanently what has been in the trash for more than this many days:"),
            DEFAULT_EMPTY_DAYS,
            0,
            3650,
        )
        if not ok:
            return
        answer = QMessageBox.warning(
            self,
            self.tr("Delete permanently?"),
            self.tr(
                "Everything in the trash for more than {days} days will be deleted "
                "permanently, with its history. This cannot be undone except from the backup."
            ).format(days=days),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            result = empty_trash(self._db, days)
        except FieldVisitError as exc:
            QMessageBox.warning(self, error_title(exc), exc.detail)
            return
        self._events.announce(set())
        text = self.tr("Deleted {accounts} accounts and {people} stakeholders permanently.").format(
            accounts=result.accounts, people=result.stakeholders
        )
        if result.skipped:
            text += " " + self.tr(
                "{n} items stay because co-visit reports or plans refer to them."
            ).format(n=len(result.skipped))
        self.status.setText(text)
        self.refresh()
