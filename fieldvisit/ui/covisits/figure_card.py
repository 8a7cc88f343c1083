"""A framed figure: a caption, a large value and a line of detail, with an ok / below mark."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from fieldvisit.ui.widgets import ERROR_COLOUR, scaled_font

OK_COLOUR = QColor("#2b8a3e")


class FigureCard(QFrame):
    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.caption = QLabel()
        self.caption.setObjectName(f"{object_name}Caption")
        self.value = QLabel()
        self.value.setObjectName(f"{object_name}Value")
        self.value.setFont(scaled_font(self.value.font(), 1.8, bold=True))
        self.detail = QLabel()
        self.detail.setObjectName(f"{object_name}Detail")
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)
        layout.addStretch(1)
        self.ok: bool | None = None

    def show_figure(self, caption: str, value: str, detail: str, ok: bool | None = None) -> None:
        """``ok`` colours the detail too, but the words in ``detail`` carry the meaning."""
        self.caption.setText(caption)
        self.value.setText(value)
        self.detail.setText(detail)
        self.ok = ok
        palette = self.detail.palette()
        colour = self.palette().color(QPalette.ColorRole.WindowText)
        if ok is True:
            colour = OK_COLOUR
        elif ok is False:
            colour = ERROR_COLOUR
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        self.detail.setPalette(palette)
        self.setAccessibleName(caption)
        self.setAccessibleDescription(f"{value}. {detail}")
