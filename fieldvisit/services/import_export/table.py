"""What reading a sheet gives (a :class:`Table`), its limits, and the error for a whole file."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from fieldvisit.domain.errors import FieldVisitError
from fieldvisit.services.import_export.messages import say

MAX_FILE_BYTES = 40 * 1024 * 1024
MAX_ROWS = 250_000
MAX_COLUMNS = 1_000
MAX_CELL_CHARS = 32_767
"""Excel's own limit for one cell; anything longer did not come from a spreadsheet."""


class ImportFileError(FieldVisitError):
    """The file as a whole cannot be read; nothing was imported."""

    title = "Cannot read the file"


@dataclass(slots=True)
class Table:
    """The cells of one sheet below its header row."""

    path: Path
    kind: Literal["xlsx", "csv"]
    headers: list[str]
    rows: list[tuple[int, tuple[object, ...]]]
    """(row number as the spreadsheet shows it, cells)."""
    header_row: int
    sheet: str | None = None
    sheets: list[str] = field(default_factory=list)
    encoding: str | None = None
    delimiter: str | None = None
    raw_rows: list[tuple[int, tuple[object, ...]]] = field(default_factory=list)
    """Every non-empty row including those above the header (to choose another header row)."""
    widths: dict[int, int] = field(default_factory=dict)
    """CSV: how many fields each record had as written (before empty ones were dropped)."""
    last_line: int = 0
    """CSV: the physical line the file ends on."""
    ends_with_line_break: bool = True
    """CSV: whether the last record is finished by a line break, as every program writes it."""


@contextmanager
def cycle_collection_paused() -> Iterator[None]:
    """Python's cycle collector held off while a file is read or imported.

    Reading and importing make hundreds of thousands of small tuples and dicts, none of
    them in a reference cycle; the collector would walk all of them again and again as
    they pile up (a quarter of an import's time at 20,000 rows). Memory freed by
    reference counting is freed as usual; the collector runs again afterwards."""
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


def column_letter(index: int) -> str:
    """Spreadsheet column letters of a 1-based index: 1 → A, 27 → AA (no openpyxl at start-up)."""
    letters = ""
    while index > 0:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def keep(cells: tuple[object, ...]) -> tuple[object, ...] | None:
    """Trailing empty cells dropped; ``None`` for an empty row."""
    end = len(cells)
    while end and (cells[end - 1] is None or cells[end - 1] == ""):
        end -= 1
    if not end:
        return None
    return tuple(None if c == "" else c for c in cells[:end])


def too_many_rows(path: Path, lang: str) -> str:
    return say(
        lang,
        "{n} has more than {m:,} rows; split it into smaller files.",
        n=path.name,
        m=MAX_ROWS,
    )


def too_many_columns(path: Path, row: int, lang: str) -> str:
    return say(
        lang,
        "{n}, row {r}: more than {m:,} columns; this is not an account list.",
        n=path.name,
        r=row,
        m=MAX_COLUMNS,
    )


def check_cells(path: Path, row: int, cells: tuple[object, ...], lang: str) -> None:
    """Refuse a row wider than any account list or a cell longer than Excel allows."""
    if len(cells) > MAX_COLUMNS:
        raise ImportFileError(too_many_columns(path, row, lang))
    for index, cell in enumerate(cells):
        if isinstance(cell, str) and len(cell) > MAX_CELL_CHARS:
            raise ImportFileError(
                say(
                    lang,
                    "{n}, row {r}, column {c}: the cell holds {k:,} characters; a spreadsheet "
                    "cell holds at most {m:,}. The file is damaged or is not an account list.",
                    n=path.name,
                    r=row,
                    c=column_letter(index + 1),
                    k=len(cell),
                    m=MAX_CELL_CHARS,
                )
            )
