"""Paragraphs that wrap Chinese and English correctly.

ReportLab's ``wordWrap="CJK"`` breaks between any two characters, but its list of
characters that may not start a line lacks the full-width comma, semicolon, colon,
question and exclamation marks and 》, and it only ever hangs one such character into
the margin. :class:`Para` breaks lines itself instead: between CJK characters, at
spaces in Latin text, never before closing punctuation and never after opening
punctuation; when the break would fall there it moves back (the line gets shorter),
so nothing hangs past the right edge of a table cell.

Platypus wraps the same paragraph at the same width several times (a table measures
its cells, then draws them; ``KeepTogether`` measures its content before placing it),
so each :class:`Para` keeps the lines it broke for each width, and the measured glyphs
for every width. ReportLab's ``split`` edits the words of the lines it splits, so a
split forgets them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import ParaLines, cjkU, makeCJKParaLine
from reportlab.rl_config import _FUZZ

CANNOT_START = frozenset("，。、；：？！）」』】》〉〕］｝〗〙〛”’…‥·・〃々ー～％‰℃,.;:?!)]}%")
"""Closing punctuation and marks that may never begin a line (禁则)."""
CANNOT_END = frozenset("（「『【《〈〔［｛〖〘〚“‘([{￥$")
"""Opening punctuation that may never end a line."""


def is_wide(ch: str) -> bool:
    """CJK ideographs, kana, full-width forms and CJK punctuation."""
    return bool(ch) and ord(ch[0]) >= 0x2E80


def can_break_between(before: str, after: str) -> bool:
    """May a line end after ``before`` and the next begin with ``after``?"""
    if not before or not after:
        return True
    if after in CANNOT_START or before in CANNOT_END:
        return False
    if after.isspace() or before.isspace():
        return True
    return is_wide(before) or is_wide(after)


def _break_point(chars: Sequence[str], start: int, overflow: int) -> int:
    """The latest legal break in ``chars[start + 1 : overflow + 1]``; else ``overflow``."""
    for b in range(overflow, start, -1):
        if can_break_between(chars[b - 1], chars[b]):
            return b
    return overflow


def glyphs(frags: Sequence[Any]) -> list[Any]:
    """One measured ReportLab glyph (``cjkU``) per character of ``frags``."""
    chars: list[Any] = []
    for frag in frags:
        text = frag.text if isinstance(frag.text, str) else frag.text.decode("utf8")
        if text:
            chars.extend(cjkU(ch, frag, "utf8") for ch in text)
        else:
            chars.append(cjkU(text, frag, "utf8"))
    return chars


def split_lines(frags: Sequence[Any], max_widths: Sequence[float], calc_bounds: bool) -> Any:
    """Break ``frags`` into ReportLab CJK line objects under the rules above."""
    return break_glyphs(glyphs(frags), max_widths, calc_bounds)


def break_glyphs(chars: Sequence[Any], max_widths: Sequence[float], calc_bounds: bool) -> Any:
    """Break measured glyphs (see :func:`glyphs`) into ReportLab CJK line objects."""
    lines: list[Any] = []
    start, count = 0, len(chars)
    while start < count:
        max_width = max_widths[min(len(lines), len(max_widths) - 1)]
        used, i, forced = 0.0, start, False
        while i < count:
            u = chars[i]
            if getattr(u.frag, "lineBreak", False):
                i += 1
                forced = True
                break
            if used + u.width > max_width + _FUZZ and i > start:
                break
            used += u.width
            i += 1
        end = i if forced or i >= count else _break_point(chars, start, i)
        line = chars[start:end]
        used = sum(u.width for u in line)
        lines.append(makeCJKParaLine(line, max_width, used, max_width - used, forced, calc_bounds))
        start = end
        while start < count and chars[start] == " ":
            start += 1
    return ParaLines(kind=1, lines=lines)


class Para(Paragraph):  # type: ignore[misc]
    """A paragraph broken by :func:`split_lines` (its style must say ``wordWrap="CJK"``)."""

    def breakLinesCJK(self, maxWidths: Any) -> Any:
        if not isinstance(maxWidths, list | tuple):
            maxWidths = [maxWidths]
        if hasattr(self, "blPara") and getattr(self, "_splitpara", False):
            return self.blPara
        self.height = 0
        style = self.style
        if not self.frags:
            return ParaLines(
                kind=0,
                fontSize=style.fontSize,
                fontName=style.fontName,
                textColor=style.textColor,
                lines=[],
                ascent=style.fontSize,
                descent=-0.2 * style.fontSize,
            )
        auto = getattr(self, "autoLeading", getattr(style, "autoLeading", ""))
        calc_bounds = auto not in ("", "off")
        key = (tuple(maxWidths), calc_bounds)
        broken: dict[Any, Any] = self.__dict__.setdefault("_broken", {})
        lines = broken.get(key)
        if lines is None:
            chars = self.__dict__.get("_glyphs")
            if chars is None:
                chars = self._glyphs = glyphs(self.frags)
            lines = broken[key] = break_glyphs(chars, maxWidths, calc_bounds)
        return lines

    def split(self, availWidth: float, availHeight: float) -> Any:
        # ReportLab's split appends spaces to the words of the lines it hands on: lines
        # broken before a split are never reused.
        self.__dict__.pop("_broken", None)
        return super().split(availWidth, availHeight)


def markup(text: str | None) -> str:
    """Plain user text as paragraph markup: escaped, line breaks kept."""
    if not text:
        return ""
    lines = [escape(line) for line in text.strip().splitlines()]
    return "<br/>".join(lines)


def para(text: str | None, style: ParagraphStyle) -> Para:
    """A paragraph of plain (user) text."""
    return Para(markup(text), style)


def rich(markup_text: str, style: ParagraphStyle) -> Para:
    """A paragraph of trusted markup built by the renderers (already escaped)."""
    return Para(markup_text, style)
