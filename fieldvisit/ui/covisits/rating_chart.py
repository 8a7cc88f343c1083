"""A line chart of co-visit ratings (1–5) over time, one line per standard, drawn with QPainter.

Each standard has its own colour *and* marker shape and dash, so the lines stay apart
in print, for colour-blind readers and in a grey-scale screenshot.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPainterPath, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from fieldvisit import clock
from fieldvisit.domain.enums import Standard
from fieldvisit.services.covisits.manager_view import StandardTrend
from fieldvisit.ui.dates import qdate
from fieldvisit.ui.labels import enum_label

COLOURS = ("#1f6fb2", "#d9480f", "#2b8a3e", "#862e9c", "#c2255c", "#5c940d", "#495057")
DASHES = (
    Qt.PenStyle.SolidLine,
    Qt.PenStyle.DashLine,
    Qt.PenStyle.SolidLine,
    Qt.PenStyle.DotLine,
    Qt.PenStyle.DashDotLine,
    Qt.PenStyle.SolidLine,
    Qt.PenStyle.DashLine,
)
MARKERS = ("circle", "square", "triangle", "diamond", "cross", "circle", "square")


def standard_label(code: str) -> str:
    try:
        return enum_label(Standard(code))
    except ValueError:
        return code


@dataclass(frozen=True, slots=True)
class _Series:
    label: str
    colour: QColor
    dash: Qt.PenStyle
    marker: str
    points: tuple[tuple[date, float], ...]


class RatingTrendChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ratingTrendChart")
        self.setAccessibleName(self.tr("Rating trend chart"))
        self.setMinimumSize(420, 260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._series: list[_Series] = []
        self._start = clock.today()
        self._end = clock.today()
        self._average: float | None = None

    def sizeHint(self) -> QSize:
        return QSize(640, 320)

    def set_trends(
        self,
        trends: tuple[StandardTrend, ...],
        start: date,
        end: date,
        average: float | None,
        only: str | None = None,
    ) -> None:
        """Show ``trends`` between ``start`` and ``end``; ``only`` keeps one standard."""
        self._series = []
        for index, trend in enumerate(trends):
            if only is not None and trend.standard != only:
                continue
            style = _style_index(trend.standard, index)
            self._series.append(
                _Series(
                    standard_label(trend.standard),
                    QColor(COLOURS[style % len(COLOURS)]),
                    DASHES[style % len(DASHES)],
                    MARKERS[style % len(MARKERS)],
                    tuple((p.day, p.average) for p in trend.points),
                )
            )
        self._start, self._end, self._average = start, end, average
        summary = ", ".join(s.label for s in self._series) or self.tr("no ratings")
        self.setAccessibleDescription(summary)
        self.update()

    def series_labels(self) -> list[str]:
        return [s.label for s in self._series]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(palette.ColorRole.WindowText)
        grid = QColor(text)
        grid.setAlphaF(0.15)
        painter.fillRect(self.rect(), palette.color(palette.ColorRole.Base))
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        legend_rows = self._legend_rows(metrics, self.width() - 24)
        left = metrics.horizontalAdvance("5") + 20
        plot = QRectF(left, line, self.width() - left - 16, 0)
        plot.setBottom(self.height() - line * (2 + len(legend_rows)) - 16)
        if plot.height() < 40 or plot.width() < 60:
            painter.end()
            return
        # y axis: ratings 1 to 5.
        painter.setPen(QPen(text))
        for score in range(1, 6):
            y = self._y(plot, score)
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(QPen(text))
            painter.drawText(
                QRectF(0, y - line / 2, left - 8, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(score),
            )
        self._draw_months(painter, plot, metrics, text, grid)
        if self._average is not None:
            pen = QPen(text, 1, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            y = self._y(plot, self._average)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        if not self._series:
            painter.setPen(QPen(text))
            painter.drawText(
                plot, Qt.AlignmentFlag.AlignCenter, self.tr("No ratings in these months.")
            )
        for series in self._series:
            self._draw_series(painter, plot, series)
        self._draw_legend(painter, legend_rows, plot.bottom() + line * 2 + 8, metrics, text)
        painter.end()

    def _y(self, plot: QRectF, score: float) -> float:
        return plot.bottom() - (score - 1) / 4 * plot.height()

    def _x(self, plot: QRectF, day: date) -> float:
        span = max((self._end - self._start).days, 1)
        return plot.left() + (day - self._start).days / span * plot.width()

    def _draw_months(
        self, painter: QPainter, plot: QRectF, metrics: QFontMetrics, text: QColor, grid: QColor
    ) -> None:
        locale = QLocale()
        months: list[date] = []
        cursor = self._start.replace(day=1)
        while cursor <= self._end:
            months.append(cursor)
            cursor = date(cursor.year + cursor.month // 12, cursor.month % 12 + 1, 1)
        fmt = self.tr("MMM yyyy")
        captions = [locale.toString(qdate(m), fmt) for m in months]
        widest = max((metrics.horizontalAdvance(c) for c in captions), default=1)
        band = plot.width() / max(len(months), 1)
        step = max(1, math.ceil((widest + 12) / max(band, 1)))
        for index, month in enumerate(months):
            x = self._x(plot, month)
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            if index % step:
                continue
            # Centred under the middle of its month.
            middle = self._x(plot, month.replace(day=15))
            width = metrics.horizontalAdvance(captions[index])
            left = min(max(middle - width / 2, 2), self.width() - width - 2)
            painter.setPen(QPen(text))
            painter.drawText(QPointF(left, plot.bottom() + metrics.ascent() + 6), captions[index])

    def _draw_series(self, painter: QPainter, plot: QRectF, series: _Series) -> None:
        points = [QPointF(self._x(plot, d), self._y(plot, v)) for d, v in series.points]
        pen = QPen(series.colour, 2, series.dash)
        painter.setPen(pen)
        if len(points) > 1:
            path = QPainterPath(points[0])
            for p in points[1:]:
                path.lineTo(p)
            painter.drawPath(path)
        painter.setPen(QPen(series.colour, 1.5))
        painter.setBrush(series.colour)
        for p in points:
            _marker(painter, series.marker, p, 4.0)
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def _legend_rows(
        self, metrics: QFontMetrics, width: int
    ) -> list[list[tuple[_Series | None, str]]]:
        entries: list[tuple[_Series | None, str]] = [(s, s.label) for s in self._series]
        if self._average is not None:
            caption = self.tr("Average {value}").format(
                value=QLocale().toString(self._average, "f", 1)
            )
            entries.append((None, caption))
        rows: list[list[tuple[_Series | None, str]]] = [[]]
        used = 0
        for entry in entries:
            need = metrics.horizontalAdvance(entry[1]) + 44
            if rows[-1] and used + need > width:
                rows.append([])
                used = 0
            rows[-1].append(entry)
            used += need
        return [r for r in rows if r]

    def _draw_legend(
        self,
        painter: QPainter,
        rows: list[list[tuple[_Series | None, str]]],
        top: float,
        metrics: QFontMetrics,
        text: QColor,
    ) -> None:
        line = metrics.height()
        for r, row in enumerate(rows):
            x = 16.0
            y = top + r * (line + 4)
            for series, caption in row:
                middle = QPointF(x + 12, y + line / 2)
                if series is None:
                    painter.setPen(QPen(text, 1, Qt.PenStyle.DashLine))
                    painter.drawLine(QPointF(x, middle.y()), QPointF(x + 24, middle.y()))
                else:
                    painter.setPen(QPen(series.colour, 2, series.dash))
                    painter.drawLine(QPointF(x, middle.y()), QPointF(x + 24, middle.y()))
                    painter.setBrush(series.colour)
                    _marker(painter, series.marker, middle, 4.0)
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(text))
                painter.drawText(QPointF(x + 30, y + metrics.ascent()), caption)
                x += metrics.horizontalAdvance(caption) + 44


def _style_index(code: str, fallback: int) -> int:
    known = [s.value for s in Standard]
    return known.index(code) if code in known else fallback


def _marker(painter: QPainter, shape: str, at: QPointF, r: float) -> None:
    if shape == "square":
        painter.drawRect(QRectF(at.x() - r, at.y() - r, 2 * r, 2 * r))
    elif shape == "triangle":
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(at.x(), at.y() - r),
                    QPointF(at.x() + r, at.y() + r),
                    QPointF(at.x() - r, at.y() + r),
                ]
            )
        )
    elif shape == "diamond":
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(at.x(), at.y() - r),
                    QPointF(at.x() + r, at.y()),
                    QPointF(at.x(), at.y() + r),
                    QPointF(at.x() - r, at.y()),
                ]
            )
        )
    elif shape == "cross":
        painter.drawLine(QPointF(at.x() - r, at.y() - r), QPointF(at.x() + r, at.y() + r))
        painter.drawLine(QPointF(at.x() - r, at.y() + r), QPointF(at.x() + r, at.y() - r))
    else:
        painter.drawEllipse(at, r, r)
