"""The bundled CJK font, registered once with ReportLab.

ReportLab's :class:`TTFont` embeds a subset of the glyphs a document uses, so every
PDF carries its own font and prints the same on any printer. The non-embedded CID
fonts (``STSong-Light`` and friends) are never used: viewers without them show blanks.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from fieldvisit.resources import resource_path

FONT_NAME = "FieldVisitSans"
"""The name documents use for every text style (WenQuanYi Micro Hei: Latin and CJK)."""
FONT_FILE = "wqy-microhei.ttf"


def font_path() -> Path:
    return resource_path("fonts", FONT_FILE)


@cache
def register_fonts() -> str:
    """Register the bundled font (once per process) and return its ReportLab name.

    The one face also stands in for bold and italic, so ``<b>`` in a paragraph
    never falls back to a standard (non-embedded) Type 1 font.
    """
    path = font_path()
    if not path.is_file():
        raise FileNotFoundError(f"The report font is missing: {path}")
    pdfmetrics.registerFont(TTFont(FONT_NAME, str(path)))
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(FONT_NAME, bold, italic, FONT_NAME)
    return FONT_NAME
