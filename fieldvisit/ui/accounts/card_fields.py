"""Form fields of the customer card: named widgets, their state as JSON, inline errors.

A :class:`FieldSet` keeps the editable widgets of a form under the dotted keys the
services use (``basics.phone``), so that a :class:`ValidationError` from a service
lands under the right widget, and so that the whole form state can be written to a
draft and restored.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from fieldvisit.domain.card_rules import message_in
from fieldvisit.domain.errors import ValidationError
from fieldvisit.ui.labels import enum_label, interface_language
from fieldvisit.ui.qt_clock import qdate_today
from fieldvisit.ui.widgets import error_label, named

NO_DATE = QDate(1900, 1, 1)
INVALID_STYLE = '*[invalid="true"] { border: 1px solid #b3261e; border-radius: 2px; }'


def error_text(error: ValidationError) -> str:
    """A service's validation message in the interface language."""
    return message_in(error.detail, interface_language())


class DateField(QDateEdit):
    """An optional date: shows "—" when empty; the calendar pops up to choose one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setMinimumDate(NO_DATE)
        self.setMaximumDate(QDate(2100, 12, 31))
        self.setSpecialValueText("—")
        self.setDate(NO_DATE)

    def value(self) -> date | None:
        current = self.date()
        if current == NO_DATE:
            return None
        return date(current.year(), current.month(), current.day())

    def set_value(self, value: date | None) -> None:
        self.setDate(NO_DATE if value is None else QDate(value.year, value.month, value.day))

    def mousePressEvent(self, event: Any) -> None:
        # An empty date opens the calendar on today, not on 1900.
        if self.date() == NO_DATE:
            self.calendarWidget().setSelectedDate(qdate_today())
        super().mousePressEvent(event)


def enum_combo(enum: type[StrEnum], *, empty: bool = True) -> QComboBox:
    """A choice of codes shown with their labels; an empty first entry unless ``empty=False``."""
    combo = QComboBox()
    if empty:
        combo.addItem("—", None)
    for member in enum:
        combo.addItem(enum_label(member), member.value)
    return combo


def yes_no_combo() -> QComboBox:
    combo = QComboBox()
    combo.addItem("—", None)
    combo.addItem(QCoreApplication.translate("CardFields", "Yes"), True)
    combo.addItem(QCoreApplication.translate("CardFields", "No"), False)
    return combo


def combo_value(combo: QComboBox) -> Any:
    return combo.currentData()


def set_combo_value(combo: QComboBox, value: Any) -> None:
    if isinstance(value, StrEnum):
        value = value.value
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


class FieldSet(QObject):
    """The keyed widgets of a form; emits ``edited`` on any change the user makes."""

    edited = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self._boxes: dict[str, QVBoxLayout] = {}

    def add(self, key: str, widget: QWidget, accessible: str) -> QWidget:
        """Register ``widget`` under ``key``; returns the widget with its error label below."""
        named(widget, key.replace(".", "_"), accessible)
        self.widgets[key] = widget
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(self.edited)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(self.edited)
            widget.setTabChangesFocus(True)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(self.edited)
        elif isinstance(widget, QDateEdit):
            widget.dateChanged.connect(self.edited)
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(self.edited)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        self._boxes[key] = layout
        return box

    def error_label(self, key: str) -> QLabel:
        """The label under the field that shows its problem (made when first needed)."""
        label = self.errors.get(key)
        if label is None:
            label = error_label(f"{key.replace('.', '_')}_error")
            self._boxes[key].addWidget(label)
            self.errors[key] = label
        return label

    def value(self, key: str) -> Any:
        """The typed value: text (``None`` when blank), a code, a bool, a date."""
        w = self.widgets[key]
        if isinstance(w, QLineEdit):
            return w.text().strip() or None
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText().strip() or None
        if isinstance(w, QComboBox):
            return w.currentData()
        if isinstance(w, DateField):
            return w.value()
        if isinstance(w, QCheckBox):
            return w.isChecked()
        raise TypeError(key)

    def text(self, key: str) -> str:
        w = self.widgets[key]
        assert isinstance(w, QLineEdit)
        return w.text()

    def set_value(self, key: str, value: Any) -> None:
        w = self.widgets[key]
        w.blockSignals(True)
        try:
            if isinstance(w, QLineEdit):
                w.setText("" if value is None else str(value))
            elif isinstance(w, QPlainTextEdit):
                w.setPlainText("" if value is None else str(value))
            elif isinstance(w, QComboBox):
                set_combo_value(w, value)
            elif isinstance(w, DateField):
                w.set_value(date.fromisoformat(value) if isinstance(value, str) else value)
            elif isinstance(w, QCheckBox):
                w.setChecked(bool(value))
        finally:
            w.blockSignals(False)

    def state(self) -> dict[str, Any]:
        """The raw form state, JSON-serialisable (dates as ISO text), for drafts."""
        out: dict[str, Any] = {}
        for key, w in self.widgets.items():
            if isinstance(w, QLineEdit):
                out[key] = w.text()
            elif isinstance(w, QPlainTextEdit):
                out[key] = w.toPlainText()
            else:
                value = self.value(key)
                out[key] = value.isoformat() if isinstance(value, date) else value
        return out

    def restore(self, state: dict[str, Any]) -> None:
        for key, value in state.items():
            if key in self.widgets:
                self.set_value(key, value)

    def show_error(self, key: str, message: str) -> bool:
        """Mark the field and show ``message`` under it; ``False`` if the key is not here."""
        widget = self.widgets.get(key)
        if widget is None:
            return False
        widget.setProperty("invalid", True)
        widget.style().unpolish(widget)
        widget.style().polish(widget)
        label = self.error_label(key)
        label.setText(message)
        label.setVisible(True)
        widget.setToolTip(message)
        return True

    def clear_errors(self, keys: Iterable[str] | None = None) -> None:
        for key in keys if keys is not None else list(self.widgets):
            widget = self.widgets[key]
            if widget.property("invalid"):
                widget.setProperty("invalid", False)
                widget.style().unpolish(widget)
                widget.style().polish(widget)
                widget.setToolTip("")
            if key in self.errors:
                self.errors[key].setVisible(False)
