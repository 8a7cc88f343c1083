"""What a document is about: a co-visit, a contact record or an account, chosen from a list."""

from __future__ import annotations

from abc import abstractmethod
from datetime import date
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldvisit.domain.enums import CoVisitStatus
from fieldvisit.services.reporting.catalog import (
    ACCOUNT_RESULTS,
    AccountItem,
    CoVisitItem,
    RecordItem,
    latest_covisit_month,
    latest_record_month,
    list_covisits,
    list_records,
    search_accounts,
)
from fieldvisit.storage.database import Database
from fieldvisit.ui.dates import datetime_text, days_text, pydate, qdate
from fieldvisit.ui.printing.documents import (
    call_type_label,
    method_label,
)
from fieldvisit.ui.qt_clock import qdate_today
from fieldvisit.ui.widgets import ERROR_COLOUR, hint_label, named

T = TypeVar("T")
SEARCH_DELAY_MS = 250
COLUMN_PADDING = 16


def month_edit(object_name: str, accessible: str) -> QDateEdit:
    edit = named(QDateEdit(qdate_today()), object_name, accessible)
    edit.setDisplayFormat("yyyy-MM")
    return edit


def month_of(edit: QDateEdit) -> date:
    return pydate(edit.date()).replace(day=1)


def search_field(object_name: str, accessible: str, placeholder: str) -> QLineEdit:
    """A line edit with a clear button; the button is named like every other one."""
    edit = named(QLineEdit(), object_name, accessible)
    edit.setPlaceholderText(placeholder)
    edit.setClearButtonEnabled(True)
    for button in edit.findChildren(QToolButton):
        named(button, f"{object_name}Clear", QCoreApplication.translate("Subjects", "Clear"))
    return edit


class ListPicker(QWidget, Generic[T]):
    """Filters above a list of rows; the chosen row is the document's subject."""

    changed = Signal()

    def __init__(self, db: Database, name: str) -> None:
        super().__init__()
        self.db = db
        self.filters = QHBoxLayout()
        self.filters.setSpacing(8)
        self.tree = named(QTreeWidget(), name, name)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().setStretchLastSection(True)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.tree.itemSelectionChanged.connect(self.changed)
        self.empty_label = hint_label("")
        self.empty_label.setObjectName(f"{name}Empty")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(self.filters)
        layout.addWidget(self.tree, 1)
        self.footer = QHBoxLayout()
        self.footer.setSpacing(8)
        self.footer.addWidget(self.empty_label, 1)
        layout.addLayout(self.footer)
        self._first = True
        self._rows: list[T] = []

    def add_filter(self, label: str, widget: QWidget, stretch: int = 0) -> None:
        caption = QLabel(label)
        caption.setBuddy(widget)
        self.filters.addWidget(caption)
        self.filters.addWidget(widget, stretch)

    def add_action(self, widget: QWidget) -> None:
        """A button under the list, for something done with all of its rows."""
        self.footer.addWidget(widget, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)

    # abstractmethod documents the contract for mypy; Qt's metaclass cannot be an ABC.
    @abstractmethod
    def rows(self) -> list[T]:
        """The rows to list, fetched for the current filters."""

    @abstractmethod
    def cells(self, row: T) -> list[str]:
        """One row's column texts."""

    def decorate(self, item: QTreeWidgetItem, row: T) -> None:
        """Colours and tooltips for one row."""

    def first_refresh(self) -> None:
        """Defaults that depend on the data, set once before the list is first read."""

    def refresh(self) -> None:
        if self._first:
            self._first = False
            self.first_refresh()
        chosen = getattr(self.selected(), "id", None)
        self._rows = self.rows()
        self.tree.blockSignals(True)
        self.tree.clear()
        first: QTreeWidgetItem | None = None
        again: QTreeWidgetItem | None = None
        for row in self._rows:
            item = QTreeWidgetItem(self.cells(row))
            item.setData(0, Qt.ItemDataRole.UserRole, row)
            self.decorate(item, row)
            self.tree.addTopLevelItem(item)
            if first is None:
                first = item
            if chosen is not None and getattr(row, "id", None) == chosen:
                again = item
        current = again or first
        if current is not None:
            self.tree.setCurrentItem(current)
            current.setSelected(True)
        self.tree.blockSignals(False)
        for column in range(self.tree.columnCount() - 1):
            self.tree.resizeColumnToContents(column)
            self.tree.setColumnWidth(column, self.tree.columnWidth(column) + COLUMN_PADDING)
        self.empty_label.setVisible(not self._rows)
        self.changed.emit()

    def selected(self) -> T | None:
        items = self.tree.selectedItems()
        row: T | None = items[0].data(0, Qt.ItemDataRole.UserRole) if items else None
        return row

    def all_rows(self) -> list[T]:
        return list(self._rows)


class CoVisitPicker(ListPicker[CoVisitItem]):
    def __init__(self, db: Database) -> None:
        super().__init__(db, "covisitList")
        self.tree.setHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Rep"),
                self.tr("Manager"),
                self.tr("Calls"),
                self.tr("Report"),
            ]
        )
        self.empty_label.setText(self.tr("No co-visits began in this month."))
        self.month = month_edit("covisitMonth", self.tr("Month of the co-visits"))
        self.month.dateChanged.connect(self.refresh)
        self.add_filter(self.tr("&Month:"), self.month)
        self.filters.addStretch(1)

    def first_refresh(self) -> None:
        latest = latest_covisit_month(self.db)
        if latest is not None:
            self.month.blockSignals(True)
            self.month.setDate(qdate(latest))
            self.month.blockSignals(False)

    def rows(self) -> list[CoVisitItem]:
        return list_covisits(self.db, month_of(self.month))

    def cells(self, row: CoVisitItem) -> list[str]:
        days = days_text(row.first_day, row.last_day)
        status = (
            self.tr("Signed off")
            if row.status is CoVisitStatus.SIGNED_OFF
            else self.tr("In progress")
        )
        if row.late:
            status = self.tr("{status} · late").format(status=status)
        calls = ", ".join(call_type_label(t) for t in row.call_types)
        return [days, row.rep, row.manager, calls, status]

    def decorate(self, item: QTreeWidgetItem, row: CoVisitItem) -> None:
        if row.late:
            item.setForeground(4, QBrush(ERROR_COLOUR))
            item.setToolTip(4, self.tr("The report was finished after the last co-visit day."))


class RecordPicker(ListPicker[RecordItem]):
    def __init__(self, db: Database) -> None:
        super().__init__(db, "recordList")
        self.tree.setHeaderLabels(
            [self.tr("When"), self.tr("Account"), self.tr("Method"), self.tr("Written by")]
        )
        self.empty_label.setText(self.tr("No contact records match."))
        self.month = month_edit("recordMonth", self.tr("Month of the contact records"))
        self.month.dateChanged.connect(self.refresh)
        self.filter = search_field(
            "recordFilter", self.tr("Filter contact records"), self.tr("Account, author or place")
        )
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.filter.textChanged.connect(self._timer.start)
        self.add_filter(self.tr("M&onth:"), self.month)
        self.add_filter(self.tr("&Filter:"), self.filter, 1)

    def first_refresh(self) -> None:
        latest = latest_record_month(self.db)
        if latest is not None:
            self.month.blockSignals(True)
            self.month.setDate(qdate(latest))
            self.month.blockSignals(False)

    def rows(self) -> list[RecordItem]:
        return list_records(self.db, month_of(self.month), self.filter.text())

    def cells(self, row: RecordItem) -> list[str]:
        when = datetime_text(row.occurred_at)
        return [when, row.account, method_label(row.method), row.author or "–"]


class AccountPicker(ListPicker[AccountItem]):
    def __init__(self, db: Database) -> None:
        super().__init__(db, "accountList")
        self.tree.setHeaderLabels(
            [self.tr("Account"), self.tr("City"), self.tr("Address"), self.tr("Owner")]
        )
        self.empty_label.setText(self.tr("No account matches that."))
        self.search = search_field(
            "accountSearch",
            self.tr("Search accounts"),
            self.tr("Name, pinyin, initials, phone or address"),
        )
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._timer.start)
        self.add_filter(self.tr("&Search:"), self.search, 1)

    def rows(self) -> list[AccountItem]:
        return search_accounts(self.db, self.search.text(), ACCOUNT_RESULTS)

    def cells(self, row: AccountItem) -> list[str]:
        return [row.name, row.city or "–", row.address or "–", row.owner or "–"]
