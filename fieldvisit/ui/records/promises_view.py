"""Open promises across accounts: soonest due first, overdue marked, closed with a note."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldvisit.domain.enums import PromiseStatus
from fieldvisit.domain.errors import FieldVisitError
from fieldvisit.services.records import PromiseRow, close_promise, open_promises
from fieldvisit.services.team import current_user
from fieldvisit.storage.database import Database
from fieldvisit.ui.events import DataEvents, concerns
from fieldvisit.ui.labels import error_line
from fieldvisit.ui.records.record_editor import open_record_editor
from fieldvisit.ui.widgets import ERROR_COLOUR, error_label, hint_label, named

ModelIndex = QModelIndex | QPersistentModelIndex
SCOPE_MINE = "mine"
SCOPE_ALL = "all"
SCOPE_OVERDUE = "overdue"
FIRST_ROWS = 1000
"""Rows shown before "Show all": a whole team's promises can run to thousands."""


class PromiseModel(QAbstractTableModel):
    """Due, account, what, owner, stakeholder, overdue; overdue rows red with an icon."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[PromiseRow] = []
        self._warning = QStyle.StandardPixmap.SP_MessageBoxWarning
        self._icon = parent.style().standardIcon(self._warning) if parent else None
        self.headers = [
            self.tr("Due"),
            self.tr("Overdue"),
            self.tr("Account"),
            self.tr("What was promised"),
            self.tr("Owner"),
            self.tr("Stakeholder"),
        ]

    def set_rows(self, rows: list[PromiseRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        late = row.days_overdue > 0
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == 0:
                return self._day(row.due_on)
            if column == 1:
                if not late:
                    return "" if role == Qt.ItemDataRole.DisplayRole else self.tr("Not overdue")
                return self.tr("%n day(s) overdue", "", row.days_overdue)
            return [
                None,
                None,
                row.account_name,
                row.description,
                row.owner_name or "",
                row.stakeholder_name or "",
            ][column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 3:
            return row.description
        if role == Qt.ItemDataRole.DecorationRole and column == 1 and late:
            return self._icon
        if role == Qt.ItemDataRole.ForegroundRole and late:
            return QBrush(ERROR_COLOUR)
        if role == Qt.ItemDataRole.FontRole and late and column in (0, 1):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None

    def _day(self, day: date) -> str:
        return QLocale().toString(QDate(day.year, day.month, day.day), "yyyy-MM-dd")

    def row_at(self, index: ModelIndex) -> PromiseRow | None:
        return self.rows[index.row()] if index.isValid() else None


class ClosePromiseDialog(QDialog):
    """Kept or cancelled, and a note saying how (or why not): the note is required."""

    def __init__(self, row: PromiseRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("closePromiseDialog")
        self.setWindowTitle(self.tr("Close a promise"))
        self.row = row
        self.kept = named(QRadioButton(self.tr("&Kept")), "promiseKept")
        self.cancelled = named(QRadioButton(self.tr("C&ancelled")), "promiseCancelled")
        self.kept.setChecked(True)
        self.note = named(QPlainTextEdit(), "closingNote", self.tr("Closing note"))
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("How it was kept, or why it was cancelled"))
        self.error = error_label("closingNoteError")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Close promise"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("confirmClose")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        what = QLabel(f"<b>{_escape(row.account_name)}</b><br>{_escape(row.description)}")
        what.setWordWrap(True)
        choice = QHBoxLayout()
        choice.addWidget(self.kept)
        choice.addWidget(self.cancelled)
        choice.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addLayout(choice)
        caption = QLabel(self.tr("&Note (required):"))
        caption.setBuddy(self.note)
        layout.addWidget(caption)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(460, 300)

    def status(self) -> PromiseStatus:
        return PromiseStatus.KEPT if self.kept.isChecked() else PromiseStatus.CANCELLED

    def accept(self) -> None:
        if not self.note.toPlainText().strip():
            self.error.setText(self.tr("Write how the promise was kept, or why it was cancelled."))
            self.error.setVisible(True)
            self.note.setFocus()
            return
        super().accept()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class PromisesView(QWidget):
    """The "Open promises" list with its filter and actions."""

    record_requested = Signal(uuid.UUID)
    account_requested = Signal(uuid.UUID)

    def __init__(
        self,
        db: Database,
        events: DataEvents,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("promisesView")
        self.db = db
        self.events = events
        self.settings = settings
        self.dialog: ClosePromiseDialog | None = None
        self._stale = True
        self.scope = named(QComboBox(), "promiseScope", self.tr("Show promises"))
        self.scope.addItem(self.tr("My open promises"), SCOPE_MINE)
        self.scope.addItem(self.tr("Everyone's open promises"), SCOPE_ALL)
        self.scope.addItem(self.tr("Overdue only (everyone)"), SCOPE_OVERDUE)
        self.scope.currentIndexChanged.connect(self._scope_changed)
        self._show_all = False
        self.all_button = named(QPushButton(self.tr("Show all")), "showAllPromises")
        self.all_button.clicked.connect(self.show_all)
        self.all_button.setVisible(False)
        self.summary = QLabel()
        self.summary.setObjectName("promiseSummary")
        self.model = PromiseModel(self)
        self.table = named(QTableView(), "promiseTable", self.tr("Open promises"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 100), (1, 120), (2, 220), (4, 90), (5, 90)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(self.open_record)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.close_button = named(QPushButton(self.tr("Close promise…")), "closePromise")
        self.record_button = named(QPushButton(self.tr("Open record")), "openPromiseRecord")
        self.account_button = named(QPushButton(self.tr("Open account")), "openPromiseAccount")
        self.close_button.clicked.connect(self.close_current)
        self.record_button.clicked.connect(self.open_record)
        self.account_button.clicked.connect(self.open_account)
        self.message = error_label("promiseError")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show:")))
        top.addWidget(self.scope)
        top.addSpacing(12)
        top.addWidget(self.summary, 1)
        top.addWidget(self.all_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.account_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        layout.addWidget(
            hint_label(self.tr("Promise carefully, deliver always: close each one with a note."))
        )
        self._update_buttons()
        events.changed.connect(self._on_data_changed)

    @Slot()
    def refresh(self) -> None:
        self._stale = False
        scope = self.scope.currentData()
        owner_id = None
        if scope == SCOPE_MINE:
            user = current_user(self.db)
            owner_id = user.id if user else None
        limit = None if self._show_all else FIRST_ROWS + 1
        rows = open_promises(
            self.db, owner_id=owner_id, overdue_only=scope == SCOPE_OVERDUE, limit=limit
        )
        truncated = limit is not None and len(rows) > FIRST_ROWS
        rows = rows[:FIRST_ROWS] if truncated else rows
        self.model.set_rows(rows)
        overdue = sum(1 for r in rows if r.days_overdue)
        if truncated:
            text = self.tr("The first {} open promises by due date").format(
                self.locale().toString(FIRST_ROWS)
            )
        else:
            text = self.tr("%n open promise(s)", "", len(rows))
        self.summary.setText(text + " · " + self.tr("%n overdue", "", overdue))
        self.all_button.setVisible(truncated)
        self._update_buttons()

    @Slot()
    def show_all(self) -> None:
        self._show_all = True
        self.refresh()

    @Slot()
    def _scope_changed(self) -> None:
        self._show_all = False
        self.refresh()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _on_data_changed(self, tables: set[str]) -> None:
        if not concerns(tables, ("promise", "contact_record", "account", "team_member")):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def current(self) -> PromiseRow | None:
        return self.model.row_at(self.table.currentIndex())

    def select_row(self, index: int) -> None:
        self.table.selectRow(index)
        self.table.setCurrentIndex(self.model.index(index, 0))

    @Slot()
    def _update_buttons(self) -> None:
        row = self.current()
        self.close_button.setEnabled(row is not None)
        self.record_button.setEnabled(row is not None and row.record_id is not None)
        self.account_button.setEnabled(row is not None)

    @Slot()
    def close_current(self) -> ClosePromiseDialog | None:
        row = self.current()
        if row is None:
            return None
        self.dialog = ClosePromiseDialog(row, self)
        self.dialog.accepted.connect(self._closed)
        self.dialog.open()
        return self.dialog

    @Slot()
    def _closed(self) -> None:
        dialog = self.dialog
        if dialog is None:
            return
        self.dialog = None
        try:
            close_promise(self.db, dialog.row.id, dialog.status(), dialog.note.toPlainText())
        except FieldVisitError as exc:
            self.message.setText(error_line(exc))
            self.message.setVisible(True)
            return
        finally:
            dialog.deleteLater()
        self.message.setVisible(False)
        self.events.announce({"promise"})

    @Slot()
    def open_record(self) -> None:
        row = self.current()
        if row is None or row.record_id is None:
            return
        if self.settings is not None:
            open_record_editor(self.db, self.events, self.settings, record_id=row.record_id)
        self.record_requested.emit(row.record_id)

    @Slot()
    def open_account(self) -> None:
        row = self.current()
        if row is not None:
            self.account_requested.emit(row.account_id)
