"""Building blocks the renderers share: headings, label/value grids, ruled tables."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeAlias
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from fieldvisit.reports.fonts import register_fonts
from fieldvisit.reports.paragraphs import Para, markup, para, rich
from fieldvisit.reports.styles import ACCENT, FILL, RULE, WARN, style, table_style

DASH = "—"


class ReportTable(Table):  # type: ignore[misc]
    """A table whose plain-string cells use the embedded font too (never Helvetica)."""

    def __init__(self, data: Any, *args: Any, **kwargs: Any) -> None:
        super().__init__(data, *args, **kwargs)
        self.setStyle([("FONT", (0, 0), (-1, -1), register_fonts(), 8)])


Cell: TypeAlias = str | Flowable | None


def heading(text: str) -> Para:
    return para(text, style("Heading"))


def subheading(text: str) -> Para:
    return para(text, style("Subheading"))


def body(text: str | None, *, empty: str = DASH) -> Para:
    return para(text or empty, style("Body"))


def cell(value: Cell, style_name: str = "Cell") -> Flowable:
    if isinstance(value, Flowable):
        return value
    return para(value or DASH, style(style_name))


def mark(text: str, *, warn: bool = False) -> str:
    """Markup for a small coloured tag such as "late" or "revision 2"."""
    colour = WARN.hexval()[2:] if warn else ACCENT.hexval()[2:]
    return f'<font color="#{colour}">{escape(text)}</font>'


def labelled(label: str, value: str | None) -> Para:
    """A label in small muted type over its value, for grids."""
    label_colour = "#" + style("Label").textColor.hexval()[2:]
    return rich(
        f'<font size="7.5" color="{label_colour}">{escape(label)}</font><br/>'
        f"{markup(value) or DASH}",
        style("Value"),
    )


def inline(label: str, value: str | None, style_name: str = "Cell") -> Para:
    """``label  value`` on one run of text, the label muted: compact detail lines."""
    label_colour = "#" + style("Label").textColor.hexval()[2:]
    return rich(
        f'<font color="{label_colour}">{escape(label)}</font>\u2002{markup(value) or DASH}',
        style(style_name),
    )


def fields_grid(items: Sequence[tuple[str, str | None]], width: float, columns: int = 3) -> Table:
    """Label/value pairs in ``columns`` columns, read left to right."""
    cells = [labelled(label, value) for label, value in items]
    while len(cells) % columns:
        cells.append(Spacer(1, 1))
    rows = [cells[i : i + columns] for i in range(0, len(cells), columns)]
    table = ReportTable(rows, colWidths=[width / columns] * columns, hAlign="LEFT")
    table.setStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ]
    )
    return table


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    widths: Sequence[float],
    total_width: float,
    *,
    zebra: bool = False,
    extra: Sequence[tuple[Any, ...]] = (),
) -> Table:
    """A table with a repeating header; ``widths`` are fractions of ``total_width``."""
    scale = total_width / sum(widths)
    data: list[list[Flowable]] = [[cell(h, "CellHead") for h in header]]
    data += [[cell(v) for v in row] for row in rows]
    table = ReportTable(data, colWidths=[w * scale for w in widths], repeatRows=1, hAlign="LEFT")
    commands = table_style(zebra=zebra).getCommands()
    table.setStyle([*commands, *extra])
    return table


def bullets(items: Sequence[str], *, empty: str = DASH) -> list[Flowable]:
    if not items:
        return [body(None, empty=empty)]
    return [Para(markup(item), style("Bullet"), bulletText="•") for item in items]


def boxed(flowables: Sequence[Flowable], width: float, *, tint: bool = True) -> Table:
    """Flowables in a lightly tinted, ruled box (for the points that matter most)."""
    table = ReportTable([[list(flowables)]], colWidths=[width], hAlign="LEFT")
    table.setStyle(
        [
            ("BOX", (0, 0), (-1, -1), 0.6, RULE),
            ("BACKGROUND", (0, 0), (-1, -1), FILL if tint else None),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ]
    )
    return table


def side_by_side(
    left: Sequence[Flowable], right: Sequence[Flowable], width: float, gap: float = 12
) -> Table:
    column = (width - gap) / 2
    table = ReportTable(
        [[list(left), "", list(right)]], colWidths=[column, gap, column], hAlign="LEFT"
    )
    table.setStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]
    )
    return table


def section(title: str, *content: Flowable) -> KeepTogether:
    """A heading kept on the page of the first lines that follow it."""
    return KeepTogether([heading(title), *content])


def figures_strip(figures: Sequence[tuple[str, str]], width: float) -> Table:
    """Big numbers with a caption under each, in one tinted row."""
    cells = [
        [para(value, style("Big")), para(caption, style("BigLabel"))] for caption, value in figures
    ]
    table = ReportTable([cells], colWidths=[width / len(cells)] * len(cells), hAlign="LEFT")
    table.setStyle(
        [
            ("BACKGROUND", (0, 0), (-1, -1), FILL),
            ("LINEBEFORE", (1, 0), (-1, -1), 0.6, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
        ]
    )
    return table
