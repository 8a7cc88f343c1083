"""Reading a .csv file: its encoding, its delimiter, and whether it arrived whole.

Chinese Excel saves CSV in GBK; newer versions offer UTF-8 with a BOM; "Unicode text"
is UTF-16 with tabs. A file cut short (a partial copy or download) is refused with the
line it breaks on instead of writing its cut last value over good data.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
from collections.abc import Iterator
from pathlib import Path

from fieldvisit.services.import_export.formulas import restore
from fieldvisit.services.import_export.messages import say
from fieldvisit.services.import_export.table import (
    MAX_ROWS,
    ImportFileError,
    Table,
    check_cells,
    keep,
    too_many_rows,
)

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
        return _decode_or_refuse(data, chosen, name, lang), chosen
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decode_or_refuse(data, "utf-16", name, lang), "utf-16"
    if data[:8192].count(b"\x00") > max(4, len(data[:8192]) // 1000):  # binary, or UTF-16
        raise ImportFileError(not_a_table(name, lang))
    try:
        return _decode_as(data, "utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.end == len(data):
            # UTF-8 up to a character cut in two at the very end: a partial copy, which
            # read as GBK would import mojibake. Refused, not guessed.
            raise ImportFileError(cut_short(name, data.count(b"\n") + 1, lang)) from exc
    try:
        return _decode_as(data, "gb18030"), "gb18030"
    except UnicodeDecodeError:
        pass
    raise ImportFileError(
        say(
            lang,
            "{n} is neither UTF-8 nor GBK/GB18030 text. In Excel or WPS choose "
            "Save as ▸ CSV UTF-8, or give the encoding (utf-8, gbk, utf-16).",
            n=name,
        )
    )


def _decode_or_refuse(data: bytes, encoding: str, name: str, lang: str) -> str:
    try:
        return _decode_as(data, encoding)
    except UnicodeDecodeError as exc:
        raise ImportFileError(
            say(
                lang,
                "{n} is not valid {e} text (byte {b}); it may be damaged or cut short. "
                "Try another encoding, or save the file again.",
                n=name,
                e=encoding,
                b=exc.start,
            )
        ) from exc


def not_a_table(name: str, lang: str) -> str:
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


class _Lines:
    """The file's lines for the csv reader, counting the characters handed out."""

    def __init__(self, text: str) -> None:
        self._lines = iter(io.StringIO(text, newline=""))
        self.consumed = 0

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        line = next(self._lines)
        self.consumed += len(line)
        return line


def read_csv(path: Path, encoding: str | None, lang: str) -> Table:
    text, used = decode(path.read_bytes(), encoding, path.name, lang)
    if _control_characters(text[:8192]):
        raise ImportFileError(not_a_table(path.name, lang))
    delimiter = sniff_delimiter(text[:65536])
    raw: list[tuple[int, tuple[object, ...]]] = []
    widths: dict[int, int] = {}
    lines = _Lines(text)
    reader = csv.reader(lines, delimiter=delimiter)
    last_start = 0
    previous = 0
    try:
        # Row numbers count records, as Excel shows the file (a quoted cell may span lines).
        for number, values in enumerate(reader, start=1):
            last_start, previous = previous, lines.consumed
            kept = keep(tuple(restore(v.strip()) for v in values))
            if kept is not None:
                check_cells(path, number, kept, lang)
                raw.append((number, kept))
                widths[number] = len(values)
                if len(raw) > MAX_ROWS:
                    raise ImportFileError(too_many_rows(path, lang))
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
    if _ends_in_quote(text[last_start:], delimiter) or _cut_after_last_break(text, delimiter):
        raise ImportFileError(cut_short(path.name, reader.line_num, lang))
    table = Table(path, "csv", [], [], 0, encoding=used, delimiter=delimiter, raw_rows=raw)
    table.widths = widths
    table.last_line = reader.line_num
    table.ends_with_line_break = text.endswith(("\n", "\r"))
    return table


def cut_short(name: str, line: int, lang: str) -> str:
    return say(
        lang,
        "{n} ends in the middle of line {l}: the file is incomplete (cut short while "
        "copying or downloading). Nothing was imported; copy or save the file again.",
        n=name,
        l=line,
    )


def check_complete(table: Table, lang: str) -> None:
    """Refuse a CSV whose last record is shorter than the header while every other is whole.

    Programs that write CSV give every record all its fields and end it with a line
    break, so such a last record is the cut end of a file, not a short row.
    """
    if table.kind != "csv" or table.ends_with_line_break or not table.rows:
        return
    width = table.widths.get(table.header_row, 0)
    numbers = [n for n, _ in table.rows]
    last = table.widths.get(numbers[-1], width)
    if last < width and all(table.widths.get(n, width) >= width for n in numbers[:-1]):
        raise ImportFileError(cut_short(table.path.name, table.last_line, lang))


def _cut_after_last_break(text: str, delimiter: str) -> bool:
    """A last record without its line break in a file whose records end in CR LF (Excel,
    WPS and FieldVisit write every record so, the last one too), or ending right after
    a delimiter: the file stops inside that record, whose last value may be cut."""
    if text.endswith(("\n", "\r")):
        return False
    return text.endswith(delimiter) or "\r\n" in text[:65536]


def _ends_in_quote(record: str, delimiter: str) -> bool:
    """Whether the text of the last record stops inside a quoted field."""
    i, end, field_start = 0, len(record), True
    while i < end:
        char = record[i]
        if field_start and char == '"':
            i += 1
            while True:
                close = record.find('"', i)
                if close < 0:
                    return True
                if record.startswith('"', close + 1):
                    i = close + 2
                    continue
                i = close + 1
                break
            field_start = False
            continue
        field_start = char == delimiter or char in "\r\n"
        i += 1
    return False


def _control_characters(sample: str) -> bool:
    """Binary data read as text: control characters everywhere, not a few strays (which
    are removed from the cells)."""
    odd = sum(1 for c in sample if ord(c) < 32 and c not in "\r\n\t")
    return odd > max(16, len(sample) // 50)


def sniff_delimiter(sample: str) -> str:
    """Comma, semicolon or tab: whichever splits the first lines most consistently."""
    best, best_score = ",", -1.0
    for delimiter in (",", ";", "\t"):
        # Records, not lines: a quoted cell may hold line breaks (multi-line notes).
        reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
        try:
            counts = [len(r) for r in itertools.islice(reader, 20) if any(c.strip() for c in r)]
        except csv.Error:
            continue
        if not counts or max(counts) < 2:
            continue
        common = max(set(counts), key=counts.count)
        score = counts.count(common) * common
        if score > best_score:
            best, best_score = delimiter, score
    return best
