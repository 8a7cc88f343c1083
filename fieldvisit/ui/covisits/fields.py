"""Building blocks of the co-visit steps: large text fields, 1–5 ratings, the step context."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QFont, QUndoStack
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from fieldvisit.domain.checklist import ChecklistTemplate
from fieldvisit.services.covisits.views import CoVisitView
from fieldvisit.storage.database import Database
from fieldvisit.ui.covisits.autosave import AutoSaver
from fieldvisit.ui.widgets import named


@dataclass
class StepContext:
    """What every step page needs: the data, the saver, the template, who may write."""

    db: Database
    saver: AutoSaver
    template: ChecklistTemplate
    lang: str
    editable: bool
    """The manager on an open report."""
    rep_mode: bool
    """The rep: may only comment and acknowledge."""
    reload: Callable[[], None]
    """Reload the co-visit after a change of structure (calls, actions)."""
    view: CoVisitView
    undo: QUndoStack = field(default_factory=QUndoStack)
    """Changes of calls (removal, account, day, people) that Ctrl+Z takes back."""


def text_box(object_name: str, accessible: str, prompt: str, lines: int = 3) -> QPlainTextEdit:
    box = named(QPlainTextEdit(), object_name, accessible)
    box.setPlaceholderText(prompt)
    box.setTabChangesFocus(True)
    font = box.font()
    font.setPointSizeF(max(font.pointSizeF(), 10.5))
    box.setFont(font)
    line = box.fontMetrics().lineSpacing()
    box.setMinimumHeight(line * lines + 14)
    box.setMaximumHeight(line * (lines + 3) + 14)
    return box


def caption(text: str, bold: bool = True) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    font = QFont(label.font())
    font.setBold(bold)
    label.setFont(font)
    return label


class RatingButtons(QWidget):
    """Five radio buttons 1–5; clicking the chosen one again clears it."""

    chosen = Signal(object)  # int | None

    def __init__(self, object_name: str, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)
        for n in range(1, 6):
            button = named(QRadioButton(str(n)), f"{object_name}_{n}", f"{accessible} {n}")
            self.group.addButton(button, n)
            row.addWidget(button)
        row.addStretch(1)
        self._value: int | None = None
        self.group.buttonClicked.connect(self._clicked)

    def value(self) -> int | None:
        return self._value

    def set_value(self, value: int | None) -> None:
        self._value = value
        for button in self.group.buttons():
            button.setChecked(self.group.id(button) == value)

    def _clicked(self, button: QAbstractButton) -> None:
        n = self.group.id(button)
        self.set_value(None if self._value == n else n)
        self.chosen.emit(self._value)


def call_ids(view: CoVisitView) -> list[uuid.UUID]:
    return [c.id for c in view.calls]


class Hub(QObject):
    """Tells the window that what is filled changed (to update the step list)."""

    progress = Signal()


def clear_layout(layout: QLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.deleteLater()
