"""Reading a .xlsx workbook with bounded memory, whatever state the file is in.

A workbook is a zip of XML parts. Before openpyxl opens it, the sizes its parts claim
when unpacked are checked (a 1 MB file can unpack to gigabytes); the sheet is then read
streaming. A damaged zip, broken XML or an odd sheet becomes one message naming the file.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import BinaryIO

from fieldvisit.domain.errors import FieldVisitError
from fieldvisit.services.import_export.messages import say
from fieldvisit.services.import_export.table import (
    MAX_ROWS,
    ImportFileError,
    Table,
    check_cells,
    keep,
    too_many_rows,
)
from fieldvisit.services.import_export.xlsx_rows import load_workbook, sheet_rows

MAX_UNPACKED_BYTES = 400 * 1024 * 1024
"""All parts together, unpacked: ample for 250,000 rows of an account list."""
MAX_SHARED_STRINGS_BYTES = 100 * 1024 * 1024
"""openpyxl holds the shared strings in memory; the rows themselves are streamed."""
MAX_SHEET_ROWS = 1_048_576
"""Excel's last row: rows are counted empty or not, so a sheet jumping there still ends."""


def read_xlsx(path: Path, sheet: str | None, lang: str) -> Table:
    _check_parts(path, lang)
    try:
        return _read(path, sheet, lang)
    except FieldVisitError:
        raise
    except MemoryError as exc:
        raise ImportFileError(_damaged(path, "too large to read", lang)) from exc
    except Exception as exc:  # openpyxl raises anything at all on a damaged file
        raise ImportFileError(_damaged(path, type(exc).__name__, lang)) from exc


def _damaged(path: Path, why: str, lang: str) -> str:
    return say(
        lang,
        "{n} is not a readable Excel workbook (it may be damaged or only partly "
        "copied): {why}. Open it in Excel or WPS, save it again as .xlsx and retry.",
        n=path.name,
        why=why,
    )


def _check_parts(path: Path, lang: str) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise ImportFileError(_damaged(path, "not a complete zip archive", lang)) from exc
    total = sum(p.file_size for p in parts)
    strings = sum(p.file_size for p in parts if p.filename.lower().endswith("sharedstrings.xml"))
    if total > MAX_UNPACKED_BYTES or strings > MAX_SHARED_STRINGS_BYTES:
        raise ImportFileError(
            say(
                lang,
                "{n} unpacks to {mb:,} MB, more than an account list can hold "
                "(at most {limit} MB). Split it into smaller files.",
                n=path.name,
                mb=max(total, strings) // 1024 // 1024,
                limit=MAX_UNPACKED_BYTES // 1024 // 1024,
            )
        )


def _read(path: Path, sheet: str | None, lang: str) -> Table:
    # The file is opened here so that it is closed even when openpyxl gives up half-way.
    with path.open("rb") as handle:
        return _read_book(path, handle, sheet, lang)


def _read_book(path: Path, handle: BinaryIO, sheet: str | None, lang: str) -> Table:
    book = load_workbook(handle)
    try:
        names = list(book.sheetnames)
        if sheet is not None and sheet not in names:
            raise ImportFileError(
                say(
                    lang,
                    "{n} has no sheet called {s!r}; its sheets are: {all}.",
                    n=path.name,
                    s=sheet,
                    all=", ".join(names),
                )
            )
        if not names:
            raise ImportFileError(_damaged(path, "no worksheet", lang))
        ws = book[sheet or names[0]]
        # The size the sheet claims is not trusted: rows come as written, never padded.
        ws.reset_dimensions()
        raw: list[tuple[int, tuple[object, ...]]] = []
        rows = sheet_rows(ws) or enumerate(ws.iter_rows(values_only=True), start=1)
        for number, values in rows:
            if number > MAX_SHEET_ROWS:
                raise ImportFileError(too_many_rows(path, lang))
            kept = keep(values)
            if kept is not None:
                check_cells(path, number, kept, lang)
                raw.append((number, kept))
                if len(raw) > MAX_ROWS:
                    raise ImportFileError(too_many_rows(path, lang))
    finally:
        book.close()
    return Table(path, "xlsx", [], [], 0, sheet=sheet or names[0], sheets=names, raw_rows=raw)
