"""Reading a spreadsheet (.xlsx or .csv) into rows, whatever produced it.

Chinese Excel saves CSV in GBK; newer versions offer UTF-8 with a BOM; "Unicode text"
is UTF-16 with tabs. Sheets often carry a title row or two above the header.
"""

from __future__ import annotations

from pathlib import Path

from fieldvisit.services.import_export.csv_file import (
    check_complete,
    decode,
    read_csv,
    sniff_delimiter,
)
from fieldvisit.services.import_export.fields import recognise
from fieldvisit.services.import_export.messages import say
from fieldvisit.services.import_export.table import (
    MAX_FILE_BYTES,
    MAX_ROWS,
    ImportFileError,
    Table,
    cycle_collection_paused,
)
from fieldvisit.services.import_export.xlsx_file import read_xlsx

__all__ = [
    "MAX_FILE_BYTES",
    "MAX_ROWS",
    "ImportFileError",
    "Table",
    "decode",
    "read_table",
    "sniff_delimiter",
    "with_header_row",
]
HEADER_SCAN_ROWS = 30


def read_table(
    path: Path,
    *,
    encoding: str | None = None,
    sheet: str | None = None,
    header_row: int | None = None,
    lang: str = "en",
) -> Table:
    """Read ``path``; ``header_row`` (1-based) overrides the detected header row."""
    with cycle_collection_paused():
        return _read_table(Path(path), encoding, sheet, header_row, lang)


def _read_table(
    path: Path, encoding: str | None, sheet: str | None, header_row: int | None, lang: str
) -> Table:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ImportFileError(_cannot_open(path, exc, lang)) from exc
    if path.is_dir():
        raise ImportFileError(
            say(
                lang,
                "{p} is a folder; choose a .xlsx or .csv file.",
                p=path,
            )
        )
    if size == 0:
        raise ImportFileError(
            say(
                lang,
                "{n} is empty: there is nothing to import.",
                n=path.name,
            )
        )
    if size > MAX_FILE_BYTES:
        raise ImportFileError(
            say(
                lang,
                "{n} is {mb:.1f} MB; FieldVisit imports files of up to {limit} MB. "
                "Split it into smaller files.",
                n=path.name,
                mb=size / 1024 / 1024,
                limit=MAX_FILE_BYTES // 1024 // 1024,
            )
        )
    try:
        with path.open("rb") as fh:
            head = fh.read(8)
    except OSError as exc:
        raise ImportFileError(_cannot_open(path, exc, lang)) from exc
    suffix = path.suffix.lower()
    if suffix == ".xls" or head.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportFileError(
            say(
                lang,
                "{n} is in the old Excel 97–2003 format. Open it in Excel or WPS and "
                "save it as .xlsx (Excel workbook) or .csv, then import that file.",
                n=path.name,
            )
        )
    if head.startswith(b"PK") or suffix in (".xlsx", ".xlsm"):
        table = read_xlsx(path, sheet, lang)
    else:
        table = read_csv(path, encoding, lang)
    table = with_header_row(table, header_row, lang)
    check_complete(table, lang)
    return table


def _cannot_open(path: Path, exc: OSError, lang: str) -> str:
    return say(lang, "{p} cannot be opened: {why}.", p=path, why=exc.strerror)


def with_header_row(table: Table, header_row: int | None = None, lang: str = "en") -> Table:
    """Split the rows at ``header_row`` (1-based), or at the row that looks most like one."""
    raw = table.raw_rows
    if not raw:
        raise ImportFileError(
            say(
                lang,
                "{n} has no rows: there is nothing to import.",
                n=table.path.name,
            )
        )
    if header_row is None:
        header_row = _detect_header(raw)
    index = next((i for i, (n, _) in enumerate(raw) if n >= header_row), None)
    if index is None:
        raise ImportFileError(say(lang, "{n} has no row {r}.", n=table.path.name, r=header_row))
    number, header_cells = raw[index]
    width = max(len(cells) for _, cells in raw[index:])
    headers = [str(c).strip() if c is not None else "" for c in header_cells]
    headers += [""] * (width - len(headers))
    rows = [(n, cells + (None,) * (width - len(cells))) for n, cells in raw[index + 1 :]]
    table.headers = headers
    table.rows = rows
    table.header_row = number
    return table


def _detect_header(raw: list[tuple[int, tuple[object, ...]]]) -> int:
    """The first row naming the most known columns; a title row names none."""
    best_row, best_score = raw[0][0], 0
    for number, cells in raw[:HEADER_SCAN_ROWS]:
        score = len({recognise(c) for c in cells if isinstance(c, str)} - {None})
        if score > best_score:
            best_row, best_score = number, score
    return best_row
