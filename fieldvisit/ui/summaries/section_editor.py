"""One section of a summary: its list of plans, and the §7 fields of the chosen plan."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from fieldvisit.domain.enums import SummarySection
from fieldvisit.services.summaries import MAX_NAME, SECTION_FIELDS, SummaryDraftItem
from fieldvisit.ui.labels import enum_label
from fieldvisit.ui.widgets import error_label, hint_label, named


class SectionEditor(QWidget):
    """Edits a list of :class:`SummaryDraftItem` of one section; ``edited`` on every change."""

    edited = Signal()

    def __init__(self, section: SummarySection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section = section
        key = section.value
        self.setObjectName(f"section_{key}")
        self.items: list[SummaryDraftItem] = []
        self._current = -1
        self._filling = False

        self.list = named(QListWidget(), f"{key}_items", self._list_name())
        self.list.currentRowChanged.connect(self._row_changed)
        self.add_button = named(QPushButton(self.tr("&Add plan")), f"{key}_add")
        self.remove_button = named(QPushButton(self.tr("Remo&ve")), f"{key}_remove")
        self.up_button = named(QPushButton(self.tr("Move &up")), f"{key}_up")
        self.down_button = named(QPushButton(self.tr("Move do&wn")), f"{key}_down")
        self.add_button.clicked.connect(self.add_item)
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list)
        left_layout.addLayout(buttons)

        self.name_edit = named(QLineEdit(), f"{key}_name", self.tr("Name of the plan"))
        self.name_edit.setMaxLength(MAX_NAME)
        self.name_error = error_label(f"{key}_nameError")
        self.fields: dict[str, QPlainTextEdit] = {}
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow("", self.name_error)
        for field in SECTION_FIELDS[section]:
            caption = self._caption(field)
            edit = named(QPlainTextEdit(), f"{key}_{field}", caption.replace("&", "").rstrip(":"))
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(56)
            edit.textChanged.connect(self._changed)
            self.fields[field] = edit
            form.addRow(caption, edit)
        self.name_edit.textEdited.connect(self._changed)
        self.empty_hint = hint_label(
            self.tr("No plans in this section. Pre-fill from records and promises, or add one.")
        )
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.empty_hint)
        self.form_box = QWidget()
        self.form_box.setLayout(form)
        right_layout.addWidget(self.form_box, 1)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self._intro()))
        layout.addWidget(splitter, 1)
        self._update_state()

    # -- texts that differ per section --------------------------------------------------

    def _intro(self) -> str:
        return {
            SummarySection.COMPLETED: self.tr(
                "Each plan completed: key data, major problems met, what worked and what did "
                "not, thanks to those who helped."
            ),
            SummarySection.IN_PROGRESS: self.tr(
                "Each plan in progress: key data, problems expected, proposed solutions, help "
                "needed."
            ),
            SummarySection.NEW: self.tr(
                "Each new plan: known data, challenges expected, help needed."
            ),
        }[self.section]

    def _list_name(self) -> str:
        return enum_label(self.section)  # the same words as on the printed summary

    def _caption(self, field: str) -> str:
        problems = {
            SummarySection.COMPLETED: self.tr("Major &problems met:"),
            SummarySection.IN_PROGRESS: self.tr("&Problems expected:"),
            SummarySection.NEW: self.tr("&Challenges expected:"),
        }
        key_data = (
            self.tr("&Known data:") if self.section is SummarySection.NEW else self.tr("&Key data:")
        )
        return {
            "key_data": key_data,
            "problems": problems[self.section],
            "what_worked": self.tr("What &worked:"),
            "what_did_not": self.tr("What did &not work:"),
            "thanks": self.tr("&Thanks to:"),
            "solutions": self.tr("Proposed &solutions:"),
            "help_needed": self.tr("&Help needed:"),
        }[field]

    # -- items --------------------------------------------------------------------------

    def set_items(self, items: list[SummaryDraftItem]) -> None:
        self._filling = True
        self.items = list(items)
        self._current = -1
        self.list.clear()
        for item in self.items:
            self.list.addItem(item.name)
        self._filling = False
        self.list.setCurrentRow(0 if self.items else -1)
        if not self.items:
            self._show(-1)
        self._update_state()

    def current_items(self) -> list[SummaryDraftItem]:
        self._commit()
        return list(self.items)

    @Slot()
    def add_item(self) -> None:
        self._commit()
        self.items.append(SummaryDraftItem(self.section, ""))
        self.list.addItem("")
        self.list.setCurrentRow(len(self.items) - 1)
        self.name_edit.setFocus()
        self._update_state()
        self.edited.emit()

    @Slot()
    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        self._current = -1
        del self.items[row]
        self._filling = True
        self.list.takeItem(row)
        self._filling = False
        self.list.setCurrentRow(min(row, len(self.items) - 1))
        if not self.items:
            self._show(-1)
        self._update_state()
        self.edited.emit()

    def move_current(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < len(self.items):
            return
        self._commit()
        self.items[row], self.items[target] = self.items[target], self.items[row]
        self._filling = True
        self.list.item(row).setText(self.items[row].name)
        self.list.item(target).setText(self.items[target].name)
        self._current = -1
        self._filling = False
        self.list.setCurrentRow(target)
        self.edited.emit()

    def select(self, row: int) -> None:
        self.list.setCurrentRow(row)

    def show_name_error(self, position: int, message: str) -> None:
        self.list.setCurrentRow(position)
        self.name_error.setText(message)
        self.name_error.setVisible(True)
        self.name_edit.setFocus()

    # -- internals ----------------------------------------------------------------------

    @Slot(int)
    def _row_changed(self, row: int) -> None:
        if self._filling:
            return
        self._commit()
        self._show(row)
        self._update_state()

    def _show(self, row: int) -> None:
        self._current = row
        self._filling = True
        item = self.items[row] if 0 <= row < len(self.items) else None
        self.name_edit.setText(item.name if item else "")
        for field, edit in self.fields.items():
            edit.setPlainText((getattr(item, field) or "") if item else "")
        self.name_error.setVisible(False)
        self._filling = False

    def _commit(self) -> None:
        row = self._current
        if not 0 <= row < len(self.items):
            return
        values: dict[str, Any] = {f: e.toPlainText() or None for f, e in self.fields.items()}
        self.items[row] = replace(self.items[row], name=self.name_edit.text(), **values)

    @Slot()
    def _changed(self) -> None:
        if self._filling:
            return
        row = self._current
        if 0 <= row < len(self.items):
            self.list.item(row).setText(self.name_edit.text())
            self.name_error.setVisible(False)
        self.edited.emit()

    def _update_state(self) -> None:
        has = bool(self.items)
        row = self.list.currentRow()
        self.form_box.setEnabled(has and row >= 0)
        self.empty_hint.setVisible(not has)
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < len(self.items) - 1)
