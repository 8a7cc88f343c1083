"""Editable tables of per-period rows (gradings, prices, contributions, complaints, …).

Cells hold raw values (a code, an ISO date, the text typed); they are turned into
typed rows and checked when the card is saved. Key columns of a saved history row
(the period of a grading, the date of a price) are read-only: a new period is a new row.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from fieldvisit.domain import card_rules as rules
from fieldvisit.domain.errors import ValidationError
from fieldvisit.ui.accounts.card_fields import DateField
from fieldvisit.ui.dates import date_text
from fieldvisit.ui.labels import enum_label

RAW = Qt.ItemDataRole.UserRole
ROW_ID = Qt.ItemDataRole.UserRole + 1
ERROR_BRUSH = QBrush(QColor("#f9dedc"))

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    title: str
    kind: str = "text"
    """text, long, date, enum, score, money, count."""
    enum: type[StrEnum] | None = None
    locked_when_saved: bool = False
    empty: bool = True
    width: int = 0


def display(column: Column, raw: str | None) -> str:
    if raw is None or raw == "":
        return ""
    if column.kind == "date":
        try:
            return date_text(date.fromisoformat(raw))
        except ValueError:
            return raw
    if column.kind == "enum" and column.enum is not None:
        try:
            return enum_label(column.enum(raw))
        except ValueError:
            return raw
    return raw


class _Delegate(QStyledItemDelegate):
    def __init__(self, table: RowTable) -> None:
        super().__init__(table)
        self.table = table

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        column = self.table.columns[index.column()]
        if column.kind == "date":
            editor = DateField(parent)
            return editor
        if column.kind in {"enum", "score"}:
            combo = QComboBox(parent)
            if column.empty:
                combo.addItem("—", "")
            if column.kind == "score":
                for n in range(1, 6):
                    combo.addItem(str(n), str(n))
            else:
                assert column.enum is not None
                for member in column.enum:
                    combo.addItem(enum_label(member), member.value)
            return combo
        return QLineEdit(parent)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        raw = index.data(RAW) or ""
        if isinstance(editor, DateField):
            editor.set_value(date.fromisoformat(raw) if raw else None)
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(raw), 0))
        elif isinstance(editor, QLineEdit):
            editor.setText(raw)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, DateField):
            value = editor.value()
            raw = value.isoformat() if value else ""
        elif isinstance(editor, QComboBox):
            raw = str(editor.currentData() or "")
        else:
            assert isinstance(editor, QLineEdit)
            raw = editor.text().strip()
        self.table.set_raw(index.row(), index.column(), raw)


class RowTable(QTableWidget):
    """Rows of raw cell values; ``edited`` when the user changes, adds or removes a row."""

    edited = Signal()

    def __init__(self, key: str, columns: list[Column], accessible: str) -> None:
        super().__init__(0, len(columns))
        self.key = key
        self.columns = columns
        self.setObjectName(f"{key}Table")
        self.setAccessibleName(accessible)
        self.setHorizontalHeaderLabels([c.title for c in columns])
        self.setItemDelegate(_Delegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setWordWrap(True)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        for i, c in enumerate(columns):
            if c.kind == "long":
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)
            elif c.width:
                self.setColumnWidth(i, c.width)
            else:
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.ResizeToContents)
        self._keys = [c.key for c in columns]

    def column_of(self, key: str) -> int:
        return self._keys.index(key)

    def set_raw(self, row: int, col: int, raw: str) -> None:
        item = self.item(row, col)
        assert item is not None
        if item.data(RAW) == raw:
            return
        item.setData(RAW, raw)
        item.setText(display(self.columns[col], raw))
        self.edited.emit()

    def add_row(self, values: dict[str, Any], row_id: uuid.UUID | None = None) -> int:
        """Append a row of raw values (str, or a date / enum / int turned into raw text)."""
        row = self.rowCount()
        self.insertRow(row)
        for col, column in enumerate(self.columns):
            raw = _raw(values.get(column.key))
            item = QTableWidgetItem(display(column, raw))
            item.setData(RAW, raw)
            flags = item.flags()
            if row_id is not None and column.locked_when_saved:
                item.setFlags(flags & ~Qt.ItemFlag.ItemIsEditable)
                item.setToolTip(self.tr("Saved history: add a new row for another period."))
            self.setItem(row, col, item)
        first = self.item(row, 0)
        assert first is not None
        first.setData(ROW_ID, str(row_id) if row_id else None)
        return row

    def row_id(self, row: int) -> uuid.UUID | None:
        item = self.item(row, 0)
        raw = item.data(ROW_ID) if item is not None else None
        return uuid.UUID(raw) if raw else None

    def raw(self, row: int, key: str) -> str:
        item = self.item(row, self.column_of(key))
        return str(item.data(RAW) or "") if item is not None else ""

    def rows(self) -> list[dict[str, str]]:
        return [{c.key: self.raw(r, c.key) for c in self.columns} for r in range(self.rowCount())]

    def remove_current(self) -> bool:
        """Remove the selected row if it may go (``removable``); returns whether it went."""
        row = self.currentRow()
        if row < 0:
            return False
        self.removeRow(row)
        self.edited.emit()
        return True

    def set_rows(self, rows: list[tuple[dict[str, Any], uuid.UUID | None]]) -> None:
        self.blockSignals(True)
        self.setRowCount(0)
        for values, row_id in rows:
            self.add_row(values, row_id)
        self.blockSignals(False)
        self.resizeRowsToContents()

    def raw_state(self) -> list[dict[str, Any]]:
        return [dict(values, _id=str(self.row_id(r) or "")) for r, values in enumerate(self.rows())]

    def restore_raw(self, state: list[dict[str, Any]]) -> None:
        self.set_rows([(row, uuid.UUID(row["_id"]) if row.get("_id") else None) for row in state])

    def show_error(self, row: int, key: str, message: str) -> bool:
        if not (0 <= row < self.rowCount()) or key not in self._keys:
            return False
        item = self.item(row, self.column_of(key))
        if item is None:
            return False
        item.setBackground(ERROR_BRUSH)
        item.setToolTip(message)
        return True

    def focus_cell(self, row: int, key: str) -> None:
        self.setFocus()
        self.setCurrentCell(row, self.column_of(key))

    def clear_errors(self) -> None:
        for r in range(self.rowCount()):
            for c in range(self.columnCount()):
                item = self.item(r, c)
                if item is not None and item.background() == ERROR_BRUSH:
                    item.setBackground(QBrush())
                    item.setToolTip("")


def _raw(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def typed_cell(column: Column, raw: str, field: str) -> Any:
    """The typed value of a raw cell; :class:`ValidationError` naming ``field`` if wrong."""
    if raw == "":
        if column.kind == "date" and not column.empty:
            raise ValidationError(field, rules.DATE_REQUIRED)
        return None
    if column.kind == "date":
        try:
            return date.fromisoformat(raw)
        except ValueError as exc:
            raise ValidationError(field, rules.DATE_FORMAT) from exc
    if column.kind == "enum":
        assert column.enum is not None
        return column.enum(raw)
    if column.kind == "score":
        return int(raw)
    if column.kind == "money":
        return rules.parse_yuan(field, raw)
    if column.kind == "count":
        return rules.parse_count(field, raw)
    return raw


def collect_rows(
    table: RowTable, factory: Callable[..., Any], errors: list[ValidationError]
) -> tuple[Any, ...]:
    """Build one typed row per table row (``factory(**values, id=…)``); cell problems are
    appended to ``errors`` as ``<table key>.<row>.<column key>``, bad rows skipped."""
    built: list[Any] = []
    for r in range(table.rowCount()):
        values: dict[str, Any] = {}
        ok = True
        for column in table.columns:
            field = f"{table.key}.{r}.{column.key}"
            try:
                values[column.key] = typed_cell(column, table.raw(r, column.key), field)
            except ValidationError as exc:
                errors.append(exc)
                ok = False
        if ok:
            built.append(factory(**values, id=table.row_id(r)))
        else:
            built.append(None)
    return tuple(built)
