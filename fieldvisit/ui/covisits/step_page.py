"""What every page of the guided co-visit flow provides to the window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from fieldvisit.ui.covisits.fields import StepContext
from fieldvisit.ui.widgets import heading_label, hint_label


class StepPage(QWidget):
    """A scrolling page with a heading; subclasses fill ``self.body`` and ``load``."""

    def __init__(self, ctx: StepContext, title: str, hint: str = "") -> None:
        super().__init__()
        self.ctx = ctx
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        self.body = QVBoxLayout(inner)
        self.body.setContentsMargins(16, 12, 16, 16)
        self.body.setSpacing(8)
        self.heading = heading_label(title, 1.35)
        self.heading.setWordWrap(True)
        self.body.addWidget(self.heading)
        self.hint = hint_label(hint)
        self.hint.setVisible(bool(hint))
        self.body.addWidget(self.hint)
        scroll.setWidget(inner)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(scroll)

    def load(self) -> None:
        """Show ``self.ctx.view`` (called after every reload)."""

    def progress(self) -> tuple[int, int]:
        """How many of the page's fields are filled, of how many."""
        return (0, 0)

    def first_field(self) -> QWidget | None:
        return None

    def finish(self) -> None:
        self.body.addStretch(1)
