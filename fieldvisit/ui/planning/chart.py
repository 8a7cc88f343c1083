"""A bar chart of the month: planned against done, visits and calls, per week or per tier."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from fieldvisit.services.planning.compliance import Figures

SERIES_COLOURS = (QColor("#90caf9"), QColor("#1565c0"), QColor("#ffcc80"), QColor("#ef6c00"))


class ComplianceChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("complianceChart")
        self.setAccessibleName(self.tr("Planned and done contacts chart"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.groups: list[tuple[str, Figures]] = []

    def series_names(self) -> list[str]:
        return [
            self.tr("Visits planned"),
            self.tr("Visits done"),
            self.tr("Calls planned"),
            self.tr("Calls done"),
        ]

    def set_groups(self, groups: list[tuple[str, Figures]]) -> None:
        self.groups = groups
        parts = [
            f"{name}: "
            + ", ".join(
                f"{series} {value}"
                for series, value in zip(self.series_names(), _values(f), strict=True)
            )
            for name, f in groups
        ]
        self.setAccessibleDescription("; ".join(parts))
        self.update()

    def minimumSizeHint(self) -> QSize:
        return QSize(360, 220)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        text_colour = self.palette().windowText().color()
        area = QRectF(self.rect()).adjusted(8, 8, -8, -8)
        # Legend on top, one row, wrapping if the names are long.
        x, y = area.left(), area.top()
        for colour, name in zip(SERIES_COLOURS, self.series_names(), strict=True):
            width = line + 6 + metrics.horizontalAdvance(name) + 16
            if x + width > area.right() and x > area.left():
                x, y = area.left(), y + line + 4
            painter.fillRect(QRectF(x, y + 2, line - 4, line - 4), colour)
            painter.setPen(text_colour)
            painter.drawText(QRectF(x + line, y, width, line), Qt.AlignmentFlag.AlignVCenter, name)
            x += width
        top = y + line + 12
        axis = metrics.horizontalAdvance("0000") + 6
        plot = QRectF(area.left() + axis, top, area.width() - axis, area.bottom() - top - line - 6)
        if not self.groups or plot.height() < 20:
            return
        peak = max([1, *(v for _, f in self.groups for v in _values(f))])
        step = _nice_step(peak)
        peak = step * -(-peak // step)
        grid = QColor(text_colour)
        grid.setAlphaF(0.2)
        for k in range(0, peak + 1, step):
            level = plot.bottom() - plot.height() * k / peak
            painter.setPen(grid)
            painter.drawLine(QLineF(plot.left(), level, plot.right(), level))
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(area.left(), level - line / 2, axis - 4, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(k),
            )
        group_width = plot.width() / len(self.groups)
        bar = min(28.0, group_width * 0.8 / 4)
        for i, (name, figures) in enumerate(self.groups):
            left = plot.left() + i * group_width + (group_width - 4 * bar) / 2
            for j, value in enumerate(_values(figures)):
                height = plot.height() * value / peak
                rect = QRectF(left + j * bar, plot.bottom() - height, bar - 2, height)
                painter.fillRect(rect, SERIES_COLOURS[j])
                if value and bar >= metrics.horizontalAdvance(str(value)):
                    painter.setPen(text_colour)
                    painter.drawText(
                        QRectF(rect.left(), rect.top() - line, bar, line),
                        Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                        str(value),
                    )
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(plot.left() + i * group_width, plot.bottom() + 4, group_width, line),
                Qt.AlignmentFlag.AlignCenter,
                name,
            )
        painter.end()


def _values(f: Figures) -> tuple[int, int, int, int]:
    return (f.visits_planned, f.visits_done, f.phone_planned, f.phone_done)


def _nice_step(peak: int) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000):
        if peak / step <= 6:
            return step
    return 2000
