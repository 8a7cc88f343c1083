"""The account list's name cell: the part that matched the search in bold on a highlight,
and a small grey note saying why the row matched when the name alone does not show it."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from fieldvisit.ui.accounts.list_model import MATCH_ROLE

HIGHLIGHT = "#ffe58a"
NOTE_COLOUR = "#6b6b6b"
NOTE_ON_SELECTION = "#e8e8e8"
MARKED_TEXT = "#1a1a1a"
"""The marked part keeps dark text on its light highlight, in a selected row too."""

Index = QModelIndex | QPersistentModelIndex


def name_html(
    name: str, spans: tuple[tuple[int, int], ...], note: str, selected: bool = False
) -> str:
    """The name with its matched spans marked, and the note after it, as rich text."""
    parts: list[str] = []
    at = 0
    for start, end in spans:
        parts.append(escape(name[at:start]))
        parts.append(
            f'<span style="background-color:{HIGHLIGHT}; color:{MARKED_TEXT}; font-weight:600">'
            f"{escape(name[start:end])}</span>"
        )
        at = end
    parts.append(escape(name[at:]))
    if note:
        colour = NOTE_ON_SELECTION if selected else NOTE_COLOUR
        parts.append(
            f'&nbsp;&nbsp;<span style="color:{colour}; font-size:small">{escape(note)}</span>'
        )
    return "".join(parts)


class NameDelegate(QStyledItemDelegate):
    """Paints the name column; plain painting when there is nothing to mark."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        match: Any = index.data(MATCH_ROLE)
        if not match:
            super().paint(painter, option, index)
            return
        spans, note = match
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        name = opt.text
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        document = QTextDocument()
        document.setDefaultFont(opt.font)
        document.setDocumentMargin(0)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        document.setHtml(name_html(name, spans, note, selected))
        context = QAbstractTextDocumentLayout.PaintContext()
        group = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(group))
        painter.save()
        top = text_rect.top() + (text_rect.height() - document.size().height()) / 2
        painter.translate(QPointF(text_rect.left() + 2, top))
        clip = QRectF(0, 0, text_rect.width() - 2, document.size().height())
        painter.setClipRect(clip)
        context.clip = clip
        document.documentLayout().draw(painter, context)
        painter.restore()
