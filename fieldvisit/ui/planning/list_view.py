"""The plan as a table, a date editor per row: the keyboard way to move a contact."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from fieldvisit.services.planning.months import next_month
from fieldvisit.services.planning.plans import PlannedRow
from fieldvisit.ui.dates import date_text, qdate, styled, weekday_text
from fieldvisit.ui.labels import enum_label
from fieldvisit.ui.planning.calendar_view import (
    ID_ROLE,
    NO_TIER_COLOUR,
    TIER_COLOURS,
    tier_icon,
    tier_text,
)

DATE_COLUMN = 0
DATE_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class DateDelegate(QStyledItemDelegate):
    """A calendar-popup date editor limited to the plan's month; the service refuses holidays."""

    def __init__(self, table: PlanTable) -> None:
        super().__init__(table)
        self.table = table

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QDateEdit(parent)
        editor.setObjectName("planDateEditor")
        editor.setAccessibleName(self.tr("Planned day"))
        editor.setCalendarPopup(True)
        styled(editor)
        editor.setDisplayFormat(editor.displayFormat() + " ddd")  # localised by the editor
        month = self.table.month
        if month is not None:
            editor.setDateRange(qdate(month), qdate(next_month(month)).addDays(-1))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QDateEdit)
        value = index.data(DATE_ROLE)
        if isinstance(value, date):
            editor.setDate(qdate(value))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QDateEdit)
        picked = editor.date()
        day = date(picked.year(), picked.month(), picked.day())
        if day != index.data(DATE_ROLE):
            planned = index.data(ID_ROLE)
            if planned:
                self.table.moved.emit(uuid.UUID(planned), day)


class PlanTable(QTableWidget):
    moved = Signal(object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 6, parent)
        self.month: date | None = None
        self.setObjectName("planList")
        self.setAccessibleName(self.tr("Planned contacts"))
        self.setHorizontalHeaderLabels(
            [
                self.tr("Day"),
                self.tr("Time of day"),
                self.tr("Kind"),
                self.tr("Tier"),
                self.tr("Account"),
                self.tr("Purpose"),
            ]
        )
        self.verticalHeader().setVisible(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setItemDelegateForColumn(DATE_COLUMN, DateDelegate(self))
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.setAlternatingRowColors(True)

    def set_rows(self, month: date, rows: tuple[PlannedRow, ...], editable: bool) -> None:
        self.month = month
        self.setSortingEnabled(False)
        self.setRowCount(len(rows))
        triggers = (
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.setEditTriggers(triggers if editable else QAbstractItemView.EditTrigger.NoEditTriggers)
        for i, row in enumerate(rows):
            day = QTableWidgetItem(f"{date_text(row.day)} {weekday_text(row.day)}")
            day.setData(DATE_ROLE, row.day)
            cells = [
                day,
                QTableWidgetItem(enum_label(row.slot) if row.slot else ""),
                QTableWidgetItem(enum_label(row.kind)),
                QTableWidgetItem(tier_icon(row.sub_tier), tier_text(row)),
                QTableWidgetItem(row.account),
                QTableWidgetItem(row.purpose or ""),
            ]
            colour = TIER_COLOURS.get(row.sub_tier, NO_TIER_COLOUR) if row.sub_tier else None
            for column, item in enumerate(cells):
                item.setData(ID_ROLE, str(row.id))
                flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                if column == DATE_COLUMN and editable:
                    flags |= Qt.ItemFlag.ItemIsEditable
                item.setFlags(flags)
                if column == 3 and colour is not None:
                    item.setForeground(colour)
                self.setItem(i, column, item)

    def selected_id(self) -> uuid.UUID | None:
        items = self.selectedItems()
        value = items[0].data(ID_ROLE) if items else None
        return uuid.UUID(value) if value else None

    def row_of(self, planned_id: uuid.UUID) -> int:
        for i in range(self.rowCount()):
            item = self.item(i, 0)
            if item is not None and item.data(ID_ROLE) == str(planned_id):
                return i
        return -1
