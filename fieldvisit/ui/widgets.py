"""Small helpers that keep every widget named, labelled and styled the same way."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QLabel, QWidget

W = TypeVar("W", bound=QWidget)

ERROR_COLOUR = QColor("#b3261e")


def named(widget: W, object_name: str, accessible_name: str | None = None) -> W:
    """Give a widget its stable object name and the name screen readers announce."""
    widget.setObjectName(object_name)
    text = getattr(widget, "text", None)
    widget.setAccessibleName(accessible_name or (text() if callable(text) else object_name))
    return widget


def scaled_font(base: QFont, factor: float, *, bold: bool = False) -> QFont:
    font = QFont(base)
    size = font.pointSizeF()
    if size > 0:
        font.setPointSizeF(size * factor)
    else:
        font.setPixelSize(round(font.pixelSize() * factor))
    font.setBold(bold)
    return font


def heading_label(text: str, factor: float = 1.6) -> QLabel:
    label = QLabel(text)
    label.setFont(scaled_font(label.font(), factor, bold=True))
    label.setAccessibleName(text)
    return label


def hint_label(text: str) -> QLabel:
    """Secondary text: wraps, and is drawn a little lighter than body text."""
    label = QLabel(text)
    label.setWordWrap(True)
    palette = label.palette()
    muted = palette.color(QPalette.ColorRole.WindowText)
    muted.setAlphaF(0.7)
    palette.setColor(QPalette.ColorRole.WindowText, muted)
    label.setPalette(palette)
    return label


def error_label(object_name: str) -> QLabel:
    """A hidden label under a field that shows what is wrong with it."""
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, ERROR_COLOUR)
    label.setPalette(palette)
    label.setVisible(False)
    return label
