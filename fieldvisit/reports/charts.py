"""Charts drawn with ``reportlab.graphics``, every string in the embedded font."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth

from fieldvisit.reports.fonts import register_fonts
from fieldvisit.reports.styles import ACCENT, GOOD, HISTORY, INK, MUTED, RULE

AXIS_FONT_SIZE = 7


def wrap_label(text: str, width: float, size: float = AXIS_FONT_SIZE) -> str:
    """Break a category label onto two lines (at a space, else anywhere) to fit ``width``."""
    font = register_fonts()
    if stringWidth(text, font, size) <= width:
        return text
    spaces = [i for i, ch in enumerate(text) if ch == " "]
    if spaces:
        middle = min(spaces, key=lambda i: abs(i - len(text) / 2))
        return text[:middle] + "\n" + text[middle + 1 :]
    if not any(ord(ch) >= 0x2E80 for ch in text):
        return text  # one Latin word: never cut it without a hyphen
    half = (len(text) + 1) // 2
    return text[:half] + "\n" + text[half:]


def _drawing(width: float, height: float) -> Drawing:
    """A drawing whose initial graphics state names the embedded font, not Helvetica."""
    drawing = Drawing(width, height)
    drawing.initialFontName = register_fonts()
    drawing.initialFontSize = AXIS_FONT_SIZE
    return drawing


def _legend(x: float, y: float, items: Sequence[tuple[Color, str]]) -> Legend:
    legend = Legend()
    legend.x, legend.y = x, y
    legend.fontName = register_fonts()
    legend.fontSize = AXIS_FONT_SIZE
    legend.alignment = "right"
    legend.boxAnchor = "nw"
    legend.columnMaximum = len(items)
    legend.dx = legend.dy = 6
    legend.deltay = 10
    legend.strokeWidth = 0
    legend.colorNamePairs = list(items)
    return legend


def ratings_chart(
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[int | None]]],
    width: float,
    height: float = 150,
) -> Drawing:
    """Grouped bars: one group per standard, one bar per co-visit (the last is this one)."""
    font = register_fonts()
    legend_width = 72.0
    drawing = _drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 24, 30
    chart.width = width - chart.x - legend_width - 10
    chart.height = height - chart.y - 8
    chart.data = [[v if v is not None else 0 for v in values] for _, values in series]
    palette = [*HISTORY[-(len(series) - 1) :], ACCENT] if len(series) > 1 else [ACCENT]
    for i, colour in enumerate(palette):
        chart.bars[i].fillColor = colour
        chart.bars[i].strokeColor = None
    chart.groupSpacing = 8
    chart.barSpacing = 1
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 5, 1
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = AXIS_FONT_SIZE
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.gridStrokeWidth = 0.3
    chart.categoryAxis.strokeColor = RULE
    slot = chart.width / max(len(categories), 1)
    chart.categoryAxis.categoryNames = [wrap_label(c, slot - 2) for c in categories]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = AXIS_FONT_SIZE
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.categoryAxis.labels.textAnchor = "middle"
    chart.categoryAxis.labels.dy = -3
    chart.categoryAxis.labels.leading = AXIS_FONT_SIZE + 1.5
    drawing.add(chart)
    items = [(colour, name) for colour, (name, _) in zip(palette, series, strict=True)]
    drawing.add(_legend(width - legend_width + 4, height - 6, items))
    return drawing


def compliance_chart(
    categories: Sequence[str],
    required: Sequence[int],
    planned: Sequence[int],
    done: Sequence[int],
    names: tuple[str, str, str],
    width: float,
    height: float = 110,
) -> Drawing:
    """Horizontal bars per category: required, planned and done contacts."""
    font = register_fonts()
    legend_width = 80.0
    drawing = _drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 64, 14
    chart.width = width - chart.x - legend_width - 10
    chart.height = height - chart.y - 6
    chart.data = [list(required), list(planned), list(done)]
    for i, colour in enumerate((HISTORY[1], ACCENT, GOOD)):
        chart.bars[i].fillColor = colour
        chart.bars[i].strokeColor = None
    chart.groupSpacing = 5
    chart.barSpacing = 0.5
    top = max([*required, *planned, *done, 1])
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top + max(1, top // 10)
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = AXIS_FONT_SIZE
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.gridStrokeWidth = 0.3
    chart.categoryAxis.categoryNames = list(categories)
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = AXIS_FONT_SIZE
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.strokeColor = RULE
    chart.categoryAxis.reverseDirection = True
    drawing.add(chart)
    items = [(colour, name) for colour, name in zip((HISTORY[1], ACCENT, GOOD), names, strict=True)]
    drawing.add(_legend(width - legend_width + 4, height - 4, items))
    return drawing


def caption(drawing: Drawing, text: str, x: float, y: float) -> None:
    drawing.add(String(x, y, text, fontName=register_fonts(), fontSize=7, fillColor=MUTED))
