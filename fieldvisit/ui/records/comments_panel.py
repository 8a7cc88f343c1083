"""Comments under a record or a day report: the manager's review and the rep's replies.

Each person may add comments; a comment is changed or removed only by its author (the
services and the team server check it too). Refreshes itself when a sync brings news.
"""

from __future__ import annotations

import inspect
import uuid
import weakref
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldvisit.domain.errors import FieldVisitError
from fieldvisit.reports.snapshots import CommentLine
from fieldvisit.ui.dates import datetime_text
from fieldvisit.ui.events import DataEvents, concerns
from fieldvisit.ui.widgets import hint_label, named

Loader = Callable[[], Sequence[CommentLine]]
Adder = Callable[[str], uuid.UUID]


def _weakly(fn: Callable[..., Any]) -> Callable[..., Any]:
    """``fn`` without keeping its window alive: the panel is that window's child, and a
    strong reference back would keep a closed window's wrapper around."""
    if not inspect.ismethod(fn):
        return fn
    ref = weakref.WeakMethod(fn)

    def call(*args: Any) -> Any:
        method = ref()
        if method is None:
            raise RuntimeError("the window of these comments is gone")
        return method(*args)

    return call


class CommentsPanel(QWidget):
    """The comments of one thing, oldest first, and a box to add one."""

    added = Signal()
    refreshed = Signal()

    def __init__(
        self,
        events: DataEvents,
        tables: set[str],
        load: Loader,
        add: Adder | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("commentsPanel")
        self._load: Loader = _weakly(load)
        self._add: Adder | None = _weakly(add) if add is not None else None
        self._tables = tables
        self.title = QLabel()
        self.title.setObjectName("commentsTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.list_label = QLabel()
        self.list_label.setObjectName("commentsList")
        self.list_label.setWordWrap(True)
        self.list_label.setTextFormat(Qt.TextFormat.PlainText)
        self.list_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.editor = named(QPlainTextEdit(), "commentText", self.tr("New comment"))
        self.editor.setPlaceholderText(self.tr("Write a comment…"))
        self.editor.setFixedHeight(self.editor.fontMetrics().lineSpacing() * 3 + 12)
        self.add_button = named(QPushButton(self.tr("Add &comment")), "addComment")
        self.add_button.clicked.connect(self.add_comment)
        self.error = hint_label("")
        self.error.setObjectName("commentError")
        self.error.hide()
        row = QHBoxLayout()
        row.addWidget(self.editor, 1)
        row.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.list_label)
        layout.addStretch(1)  # comments at the top, the box to write one at the bottom
        if add is not None:
            layout.addLayout(row)
            layout.addWidget(self.error)
        else:
            self.editor.hide()
            self.add_button.hide()
        events.changed.connect(self._on_data_changed)
        self.refresh()

    def comments(self) -> list[CommentLine]:
        return list(self._shown)

    def refresh(self) -> None:
        self._shown = list(self._load())
        self.title.setText(self.tr("Comments (%n)", "", len(self._shown)))
        if not self._shown:
            self.list_label.setText(self.tr("No comments yet."))
        else:
            lines = []
            for c in self._shown:
                when = datetime_text(c.written_at)
                lines.append(f"{c.author or self.tr('(unknown)')} · {when}\n{c.text}")
            self.list_label.setText("\n\n".join(lines))
        self.refreshed.emit()

    @Slot()
    def add_comment(self) -> bool:
        if self._add is None:
            return False
        text = self.editor.toPlainText()
        try:
            self._add(text)
        except FieldVisitError as exc:
            self.error.setText(exc.detail)
            self.error.show()
            return False
        self.error.hide()
        self.editor.clear()
        self.refresh()
        self.added.emit()
        return True

    @Slot(set)
    def _on_data_changed(self, tables: set[str]) -> None:
        if concerns(tables, self._tables):
            self.refresh()
