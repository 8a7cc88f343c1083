"""The one stylesheet every document uses: type sizes, colours and table rules."""

from __future__ import annotations

from functools import cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.platypus import TableStyle

from fieldvisit.reports.fonts import register_fonts

STYLESHEET_NAME = "FieldVisit report"

INK = colors.HexColor("#1F2933")
MUTED = colors.HexColor("#5F6B7A")
ACCENT = colors.HexColor("#1D5FA8")
ACCENT_LIGHT = colors.HexColor("#DCE8F6")
RULE = colors.HexColor("#C5CED8")
FILL = colors.HexColor("#F2F5F8")
WARN = colors.HexColor("#B54708")
GOOD = colors.HexColor("#2F7D4F")
HISTORY = (
    colors.HexColor("#D5DBE2"),
    colors.HexColor("#B4BFCB"),
    colors.HexColor("#8C9AAA"),
    colors.HexColor("#637386"),
)
"""Bar colours of earlier co-visits, oldest first (the current one is ACCENT)."""


@cache
def stylesheet() -> StyleSheet1:
    """The named paragraph styles. All wrap with the CJK-aware line breaker."""
    font = register_fonts()
    sheet = StyleSheet1()
    sheet.name = STYLESHEET_NAME
    base = ParagraphStyle(
        "Body",
        fontName=font,
        fontSize=9.5,
        leading=13.5,
        textColor=INK,
        wordWrap="CJK",
        spaceAfter=3,
        bulletFontName=font,
    )
    sheet.add(base)

    def add(name: str, **kw: Any) -> None:
        sheet.add(ParagraphStyle(name, parent=base, **kw))

    add("DocTitle", fontSize=17, leading=22, spaceAfter=2)
    add("Meta", fontSize=9, leading=12.5, textColor=MUTED, spaceAfter=8)
    add("Heading", fontSize=12, leading=16, textColor=ACCENT, spaceBefore=10, spaceAfter=4)
    add("Subheading", fontSize=10.5, leading=14, spaceBefore=6, spaceAfter=2)
    add("Small", fontSize=8, leading=10.5, textColor=MUTED, spaceAfter=0)
    add("Bullet", leftIndent=11, bulletIndent=1, spaceAfter=2)
    add("Cell", fontSize=8.5, leading=11.5, spaceAfter=0)
    add("CellSmall", fontSize=7.5, leading=9.5, spaceAfter=0)
    add("CellRight", fontSize=8.5, leading=11.5, spaceAfter=0, alignment=TA_RIGHT)
    add("CellCenter", fontSize=8.5, leading=11.5, spaceAfter=0, alignment=TA_CENTER)
    add("CellHead", fontSize=8, leading=10.5, textColor=MUTED, spaceAfter=0)
    add("Label", fontSize=8, leading=11, textColor=MUTED, spaceAfter=0)
    add("Value", fontSize=9.5, leading=12.5, spaceAfter=0)
    add("Big", fontSize=20, leading=24, textColor=ACCENT, spaceAfter=0, alignment=TA_CENTER)
    add("BigLabel", fontSize=8, leading=10, textColor=MUTED, spaceAfter=0, alignment=TA_CENTER)
    add("Calendar", fontSize=6.8, leading=8.4, spaceAfter=0)
    add("CalendarDay", fontSize=8.5, leading=10, textColor=MUTED, spaceAfter=0)
    return sheet


def style(name: str) -> ParagraphStyle:
    result: ParagraphStyle = stylesheet()[name]
    return result


def ruled_table(header_rows: int = 1, *, zebra: bool = False) -> list[tuple[Any, ...]]:
    """Light horizontal rules, a tinted header, comfortable padding."""
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]
    if header_rows:
        commands += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), FILL),
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, RULE),
            ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, RULE),
        ]
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [None, FILL]))
    return commands


def table_style(header_rows: int = 1, *, zebra: bool = False) -> TableStyle:
    return TableStyle(ruled_table(header_rows, zebra=zebra))
