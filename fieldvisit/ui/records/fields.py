"""Small building blocks of the record editor: text boxes, tick lists, a collapsible box."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from enum import StrEnum

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fieldvisit.ui.labels import enum_label
from fieldvisit.ui.widgets import named, scaled_font

ID_ROLE = Qt.ItemDataRole.UserRole


def text_box(object_name: str, accessible: str, lines: int = 3) -> QPlainTextEdit:
    """A plain multi-line field about ``lines`` high; Tab moves on instead of typing a tab."""
    box = named(QPlainTextEdit(), object_name, accessible)
    box.setTabChangesFocus(True)
    height = QFontMetrics(box.font()).lineSpacing() * lines + 14
    box.setMinimumHeight(height)
    box.setMaximumHeight(height * 3)
    box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    return box


class TickList(QListWidget):
    """A list of people with a tick box each (stakeholders met, our participants)."""

    def __init__(self, object_name: str, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, object_name, accessible)
        self.setMinimumHeight(90)
        self.setMaximumHeight(150)

    def set_people(
        self, people: Iterable[tuple[uuid.UUID, str]], ticked: Sequence[uuid.UUID]
    ) -> None:
        self.clear()
        chosen = set(ticked)
        for person_id, text in people:
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, person_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if person_id in chosen else Qt.CheckState.Unchecked
            )
            self.addItem(item)

    def ticked(self) -> list[uuid.UUID]:
        return [
            self.item(i).data(ID_ROLE)
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]

    def item_named(self, text: str) -> QListWidgetItem:
        for i in range(self.count()):
            if self.item(i).text().startswith(text):
                return self.item(i)
        raise KeyError(text)


class CodeChecks(QWidget):
    """One tick box per code of an enum (objectives, purposes), two columns."""

    changed = Signal()

    def __init__(
        self, enum: type[StrEnum], object_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        self.boxes: dict[str, QCheckBox] = {}
        for index, member in enumerate(enum):
            box = named(QCheckBox(enum_label(member)), f"{object_name}_{member.value}")
            box.toggled.connect(self.changed)
            self.boxes[member.value] = box
            grid.addWidget(box, index // 2, index % 2)
        grid.setColumnStretch(2, 1)

    def set_codes(self, codes: Iterable[str]) -> None:
        chosen = set(codes)
        for code, box in self.boxes.items():
            box.setChecked(code in chosen)

    def codes(self) -> list[str]:
        return [code for code, box in self.boxes.items() if box.isChecked()]


class Collapsible(QWidget):
    """A heading that opens and closes the section under it (e.g. the visit checks)."""

    def __init__(
        self, title: str, object_name: str, body: QWidget, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.body = body
        self.toggle = named(QToolButton(), f"{object_name}Toggle", title)
        self.toggle.setText(title)
        self.toggle.setFont(scaled_font(self.toggle.font(), 1.15, bold=True))
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.toggle.toggled.connect(self.set_open)
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(body)
        self.set_open(False)

    @Slot(bool)
    def set_open(self, opened: bool) -> None:
        if self.toggle.isChecked() != opened:
            self.toggle.setChecked(opened)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if opened else Qt.ArrowType.RightArrow)
        self.body.setVisible(opened)

    def is_open(self) -> bool:
        return self.toggle.isChecked()
