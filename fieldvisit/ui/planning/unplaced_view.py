"""The visits a suggestion could not fit within the day's capacity, and what to do instead.

Nothing is stacked on a full day: each visit that did not fit is listed with its tier,
habit week and reason, and the rep picks a phone call that week instead, the visit early
next month, or (for a C account, visited "as needed") a lower frequency this month.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldvisit.services.planning.suggest import Choice, Reason, Unplaced
from fieldvisit.ui.planning.calendar_view import tier_icon
from fieldvisit.ui.widgets import hint_label, named


class UnplacedView(QWidget):
    chosen = Signal(object, object)
    """(Unplaced, Choice)"""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unplacedView")
        self.items: list[Unplaced] = []
        self.capacity = 8
        self.summary = hint_label("")
        self.summary.setObjectName("unplacedSummary")
        self.table = named(QTableWidget(0, 4), "unplacedTable", self.tr("Visits not placed"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Tier"), self.tr("Account"), self.tr("Week"), self.tr("Why")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.phone_button = named(QPushButton(self.tr("Phone &call instead")), "unplacedPhone")
        self.next_button = named(QPushButton(self.tr("&Next month")), "unplacedNextMonth")
        self.lower_button = named(
            QPushButton(self.tr("&Lower frequency (C)")), "unplacedLowerFrequency"
        )
        self.phone_button.clicked.connect(lambda: self._choose(Choice.PHONE))
        self.next_button.clicked.connect(lambda: self._choose(Choice.NEXT_MONTH))
        self.lower_button.clicked.connect(lambda: self._choose(Choice.LOWER_FREQUENCY))
        buttons = QHBoxLayout()
        for b in (self.phone_button, self.next_button, self.lower_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.set_items([], 8)

    def set_items(self, items: list[Unplaced], capacity: int) -> None:
        self.items = list(items)
        self.capacity = capacity
        self.table.setRowCount(len(self.items))
        for row, u in enumerate(self.items):
            tier = QTableWidgetItem(tier_icon(u.sub_tier), u.sub_tier.value)
            week = QTableWidgetItem(str(u.week))
            week.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            why = QTableWidgetItem(self._reason(u.reason))
            for column, item in enumerate((tier, QTableWidgetItem(u.account), week, why)):
                self.table.setItem(row, column, item)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(2)
        if self.items:
            self.summary.setText(
                self.tr(
                    "{n} visits did not fit: every open day already has {capacity} visits. "
                    "Nothing was stacked. Choose what to do for each."
                ).format(n=len(self.items), capacity=capacity)
            )
        else:
            self.summary.setText(self.tr("Every suggested visit fits within the day's capacity."))
        self._update_buttons()

    def _reason(self, reason: Reason) -> str:
        if reason is Reason.FULL:
            return self.tr("No day with room left (at most {n} visits a day)").format(
                n=self.capacity
            )
        return reason.value

    def selected(self) -> Unplaced | None:
        rows = self.table.selectionModel().selectedRows()
        return self.items[rows[0].row()] if rows else None

    def remove(self, item: Unplaced) -> None:
        if item in self.items:
            self.items.remove(item)
            self.set_items(self.items, self.capacity)

    def add(self, item: Unplaced) -> None:
        self.set_items([*self.items, item], self.capacity)

    def _choose(self, choice: Choice) -> None:
        item = self.selected()
        if item is not None and choice in item.choices:
            self.chosen.emit(item, choice)

    def _update_buttons(self) -> None:
        item = self.selected()
        for button, choice in (
            (self.phone_button, Choice.PHONE),
            (self.next_button, Choice.NEXT_MONTH),
            (self.lower_button, Choice.LOWER_FREQUENCY),
        ):
            button.setEnabled(item is not None and choice in item.choices)
