"""Reading a spreadsheet (.xlsx or .csv) into rows, whatever produced it.

Chinese Excel saves CSV in GBK; newer versions offer UTF-8 with a BOM; "Unicode text"
is UTF-16 with tabs. Sheets often carry a title row or two above the header.
"""

from __future__ import annotations

import codecs
import csv
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from fieldvisit.domain.errors import FieldVisitError
from fieldvisit.services.import_export.fields import recognise
from fieldvisit.services.import_export.messages import say

MAX_FILE_BYTES = 40 * 1024 * 1024
MAX_ROWS = 250_000
HEADER_SCAN_ROWS = 30
Encoding = Literal["utf-8", "gb18030", "utf-16"]
ENCODING_NAMES = {
    "utf-8": "utf-8",
    "utf8": "utf-8",
    "utf-8-sig": "utf-8",
    "gbk": "gb18030",
    "gb2312": "gb18030",
    "gb18030": "gb18030",
    "cp936": "gb18030",
    "utf-16": "utf-16",
}


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


def read_table(
    path: Path,
    *,
    encoding: str | None = None,
    sheet: str | None = None,
    header_row: int | None = None,
    lang: str = "en",
) -> Table:
    """Read ``path``; ``header_row`` (1-based) overrides the detected header row."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ImportFileError(
            say(
                lang,
                "{p} cannot be opened: {why}.",
                p=path,
                why=exc.strerror,
            )
        ) from exc
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
    with path.open("rb") as fh:
        head = fh.read(8)
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
        table = _read_xlsx(path, sheet, lang)
    else:
        table = _read_csv(path, encoding, lang)
    return with_header_row(table, header_row, lang)


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


def _keep(cells: tuple[object, ...]) -> tuple[object, ...] | None:
    """Trailing empty cells dropped; ``None`` for an empty row."""
    end = len(cells)
    while end and (cells[end - 1] is None or cells[end - 1] == ""):
        end -= 1
    if not end:
        return None
    return tuple(None if c == "" else c for c in cells[:end])


def _read_xlsx(path: Path, sheet: str | None, lang: str) -> Table:
    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, EOFError) as exc:
        raise ImportFileError(
            say(
                lang,
                "{n} is not a readable Excel workbook (it may be damaged or only partly "
                "copied): {why}. Open it in Excel or WPS, save it again as .xlsx and retry.",
                n=path.name,
                why=exc,
            )
        ) from exc
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
        ws = book[sheet or names[0]]
        raw: list[tuple[int, tuple[object, ...]]] = []
        try:
            for number, values in enumerate(ws.iter_rows(values_only=True), start=1):
                kept = _keep(values)
                if kept is not None:
                    raw.append((number, kept))
                    if len(raw) > MAX_ROWS:
                        raise ImportFileError(_too_many_rows(path, lang))
        except (zipfile.BadZipFile, KeyError, ValueError, EOFError, OSError) as exc:
            raise ImportFileError(
                say(
                    lang,
                    "{n} is damaged: {why}. Save it again from Excel or WPS and retry.",
                    n=path.name,
                    why=exc,
                )
            ) from exc
    finally:
        book.close()
    return Table(path, "xlsx", [], [], 0, sheet=sheet or names[0], sheets=names, raw_rows=raw)


def _too_many_rows(path: Path, lang: str) -> str:
    return say(
        lang,
        "{n} has more than {m:,} rows; split it into smaller files.",
        n=path.name,
        m=MAX_ROWS,
    )


def decode(data: bytes, encoding: str | None, name: str, lang: str = "en") -> tuple[str, str]:
    """The text of a CSV file and the encoding it was read with."""
    if encoding:
        chosen = ENCODING_NAMES.get(encoding.lower().replace("_", "-"))
        if chosen is None:
            raise ImportFileError(
                say(
                    lang,
                    "Unknown encoding {e!r}; use utf-8, gbk (gb18030) or utf-16.",
                    e=encoding,
                )
            )
        try:
            return _decode_as(data, chosen), chosen
        except UnicodeDecodeError as exc:
            raise ImportFileError(
                say(
                    lang,
                    "{n} is not valid {e} text (byte {b}). Try another encoding.",
                    n=name,
                    e=encoding,
                    b=exc.start,
                )
            ) from exc
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decode_as(data, "utf-16"), "utf-16"
    if b"\x00" in data[:8192]:
        raise ImportFileError(_not_a_table(name, lang))
    for candidate in ("utf-8", "gb18030"):
        try:
            return _decode_as(data, candidate), candidate
        except UnicodeDecodeError:
            continue
    raise ImportFileError(
        say(
            lang,
            "{n} is neither UTF-8 nor GBK/GB18030 text. In Excel or WPS choose "
            "Save as ▸ CSV UTF-8, or give the encoding (utf-8, gbk, utf-16).",
            n=name,
        )
    )


def _not_a_table(name: str, lang: str) -> str:
    return say(
        lang,
        "{n} is not a text or spreadsheet file. Choose a .xlsx workbook or a .csv file.",
        n=name,
    )


def _decode_as(data: bytes, encoding: str) -> str:
    if encoding == "utf-8":
        return data.decode("utf-8-sig")
    if encoding == "utf-16":
        return data.decode("utf-16")
    return data.decode(encoding)


def _read_csv(path: Path, encoding: str | None, lang: str) -> Table:
    text, used = decode(path.read_bytes(), encoding, path.name, lang)
    if _control_characters(text[:8192]):
        raise ImportFileError(_not_a_table(path.name, lang))
    delimiter = sniff_delimiter(text[:65536])
    raw: list[tuple[int, tuple[object, ...]]] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        # Row numbers count records, as Excel shows the file (a quoted cell may span lines).
        for number, values in enumerate(reader, start=1):
            kept = _keep(tuple(v.strip() for v in values))
            if kept is not None:
                raw.append((number, kept))
                if len(raw) > MAX_ROWS:
                    raise ImportFileError(_too_many_rows(path, lang))
    except csv.Error as exc:
        raise ImportFileError(
            say(
                lang,
                "{n}, line {l}: {why}.",
                n=path.name,
                l=reader.line_num,
                why=exc,
            )
        ) from exc
    del text
    return Table(path, "csv", [], [], 0, encoding=used, delimiter=delimiter, raw_rows=raw)


def _control_characters(sample: str) -> bool:
    odd = sum(1 for c in sample if ord(c) < 32 and c not in "\r\n\t")
    return odd > max(2, len(sample) // 200)


def sniff_delimiter(sample: str) -> str:
    """Comma, semicolon or tab: whichever splits the first lines most consistently."""
    lines = [line for line in sample.splitlines()[:20] if line.strip()]
    best, best_score = ",", -1.0
    for delimiter in (",", ";", "\t"):
        counts = [len(next(csv.reader([line], delimiter=delimiter))) for line in lines]
        if not counts or max(counts) < 2:
            continue
        common = max(set(counts), key=counts.count)
        score = counts.count(common) * common
        if score > best_score:
            best, best_score = delimiter, score
    return best
