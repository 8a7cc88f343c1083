"""The values of a worksheet's rows, read straight from its XML (values only, streaming).

openpyxl opens the workbook (sheet names, shared strings, which styles are dates); the
rows themselves are read here, with openpyxl's rules for each cell type, without the
per-cell objects openpyxl builds: an import reads a sheet about twice as fast so.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import Any
from xml.etree.ElementTree import iterparse

from openpyxl.utils.datetime import from_excel, from_ISO8601

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
ROW, CELL, VALUE = f"{_MAIN}row", f"{_MAIN}c", f"{_MAIN}v"
INLINE, TEXT, RUN = f"{_MAIN}is", f"{_MAIN}t", f"{_MAIN}r"

Rows = Iterator[tuple[int, tuple[object, ...]]]


def sheet_rows(ws: Any) -> Rows | None:
    """(row number, values) of each row the sheet writes, or ``None`` when this openpyxl
    does not expose what is needed (the caller then iterates with openpyxl)."""
    book = ws.parent
    try:
        source = ws._get_source()
        cells = _Cells(ws._shared_strings, book.epoch, book._date_formats, book._timedelta_formats)
    except AttributeError:
        return None
    return _rows(source, cells)


def _rows(source: Any, cells: _Cells) -> Rows:
    with source:
        number = 0
        following = 1
        for _, element in iterparse(source):
            if element.tag != ROW:
                continue
            given = element.get("r")
            number = _row_number(given) if given else number + 1
            if number < following:
                # openpyxl leaves such a row out; a sheet that goes back is refused instead
                # (the reader calls the workbook damaged), so that no row is lost unseen.
                raise ValueError(f"row {number} is written after row {following - 1}")
            following = number + 1
            values: dict[int, object] = {}
            column = 0
            for cell in element.iter(CELL):
                where = cell.get("r")
                column = _column(where) if where else column + 1
                values[column] = cells.value(cell)
            element.clear()
            width = max(values, default=0)
            yield number, tuple(values.get(c) for c in range(1, width + 1))


def _row_number(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        value = float(text)
        if not value.is_integer():
            raise ValueError(f"{text} is not a valid row number") from None
        return int(value)


@lru_cache(maxsize=4096)
def _column(reference: str) -> int:
    """The 1-based column of a cell reference: B7 → 2, AA10 → 27."""
    column = 0
    for char in reference:
        if "A" <= char <= "Z":
            column = column * 26 + ord(char) - 64
        elif char != "$":
            break
    if column == 0:
        raise ValueError(f"{reference!r} is not a cell reference")
    return column


class _Cells:
    """One cell's value as openpyxl gives it with ``values_only`` and ``data_only``."""

    def __init__(self, shared: list[str], epoch: Any, dates: set[int], durations: set[int]) -> None:
        self.shared = shared
        self.epoch = epoch
        self.dates = dates
        self.durations = durations

    def value(self, cell: Any) -> object:
        kind = cell.get("t", "n")
        if kind == "inlineStr":
            inline = cell.find(INLINE)
            return None if inline is None else _inline_text(inline)
        text = cell.findtext(VALUE) or None
        if text is None:
            return None
        if kind == "n":
            number = float(text) if ("." in text or "E" in text or "e" in text) else int(text)
            style = int(cell.get("s") or 0)
            if style and style in self.dates:
                try:
                    return from_excel(number, self.epoch, timedelta=style in self.durations)
                except (OverflowError, ValueError):
                    return "#VALUE!"
            return number
        if kind == "s":
            return self.shared[int(text)]
        if kind == "b":
            return bool(int(text))
        if kind == "d":
            return from_ISO8601(text)
        return text  # "str" (a formula's text result), "e" (an error such as #N/A)


def _inline_text(inline: Any) -> str:
    """Its plain text and the text of its runs; phonetic guides (rPh) left out."""
    parts = []
    plain = inline.find(TEXT)
    if plain is not None and plain.text is not None:
        parts.append(plain.text)
    for run in inline.findall(RUN):
        text = run.find(TEXT)
        if text is not None and text.text is not None:
            parts.append(text.text)
    return "".join(parts)
