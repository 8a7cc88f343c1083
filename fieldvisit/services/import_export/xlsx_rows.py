"""A worksheet's rows and the shared strings, read straight from their XML (values only).

openpyxl opens the workbook (sheet names, which styles are dates, the epoch); the shared
strings and the rows themselves are read here, with openpyxl's rules for each part,
without the per-string and per-cell objects openpyxl builds. The rows are read with
expat's callbacks (no element tree per row), streaming, a chunk of the part at a time.
Both readers are cross-checked against openpyxl (tests/services/import_export/test_xlsx_rows.py).
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from functools import lru_cache
from typing import IO, Any
from xml.etree.ElementTree import iterparse
from xml.parsers.expat import ParserCreate

from openpyxl.utils.datetime import from_excel, from_ISO8601

_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_MAIN = "{" + _NS + "}"
SHARED_ITEM = f"{_MAIN}si"
# As expat names elements with namespace_separator="}" (no leading brace).
_ROW, _CELL, _VALUE = f"{_NS}}}row", f"{_NS}}}c", f"{_NS}}}v"
_INLINE, _TEXT, _RUN = f"{_NS}}}is", f"{_NS}}}t", f"{_NS}}}r"
CHUNK = 1 << 16
"""Bytes of the sheet's XML parsed at a time: the rows of one chunk are alive at once."""

Rows = Iterator[tuple[int, tuple[object, ...]]]


def load_workbook(handle: IO[bytes]) -> Any:
    """openpyxl's read-only, values-only workbook, its shared strings read by
    :func:`read_shared_strings` (openpyxl's own reading of them costs as much as
    reading the rows). openpyxl's ``load_workbook`` when its reader is not as expected."""
    import openpyxl

    try:
        from openpyxl.reader.excel import ExcelReader
    except ImportError:  # pragma: no cover - another openpyxl
        return openpyxl.load_workbook(handle, read_only=True, data_only=True)

    class _Reader(ExcelReader):  # type: ignore[misc]
        def read_strings(self) -> None:
            from openpyxl.xml.constants import SHARED_STRINGS

            found = self.package.find(SHARED_STRINGS)
            if found is not None:
                with self.archive.open(found.PartName[1:]) as source:
                    self.shared_strings = read_shared_strings(source)

    if not callable(getattr(ExcelReader, "read_strings", None)):  # pragma: no cover
        return openpyxl.load_workbook(handle, read_only=True, data_only=True)
    reader = _Reader(handle, read_only=True, data_only=True)
    reader.read()
    return reader.wb


def read_shared_strings(source: IO[bytes]) -> list[str]:
    """The text of each shared string as openpyxl reads it: the item's plain text (its
    last ``t``) and its runs' texts (each run's last ``t``); phonetic guides left out;
    ``x005F_`` escapes undone as openpyxl undoes them. Children are known by their local
    name, whatever their namespace (as openpyxl knows them)."""
    strings: list[str] = []
    for _, node in iterparse(source):
        if node.tag != SHARED_ITEM:
            continue
        plain = None
        runs: list[str] = []
        for child in node:
            name = _local(child.tag)
            if name == "t":
                plain = child.text
            elif name == "r":
                text = None
                for part in child:
                    if _local(part.tag) == "t":
                        text = part.text
                if text is not None:
                    runs.append(text)
        text = plain or ""
        if runs:
            text += "".join(runs)
        strings.append(text.replace("x005F_", "") if "x005F_" in text else text)
        node.clear()
    return strings


def _local(tag: object) -> str:
    return tag[tag.rfind("}") + 1 :] if isinstance(tag, str) else ""


def sheet_rows(ws: Any) -> Rows | None:
    """(row number, values) of each row the sheet writes, or ``None`` when this openpyxl
    does not expose what is needed (the caller then iterates with openpyxl)."""
    book = ws.parent
    try:
        source = ws._get_source()
        cells = _Cells(ws._shared_strings, book.epoch, book._date_formats, book._timedelta_formats)
    except AttributeError:
        return None
    return _rows(ws, source, cells)


def _rows(ws: Any, source: Any, cells: _Cells) -> Rows:
    """The fast reading when the sheet's XML is plain (:func:`_plain_sheet`), else expat's."""
    with source:
        root = _plain_sheet(source)
    if root is None:
        return _expat_rows(ws._get_source(), cells)
    return _fast_rows(ws._get_source(), cells, root)


# A start tag's attributes as XML allows them (the part was checked well-formed first):
# any name, either quote; a tag the pattern did not cover would be a row left out unseen.
_ATTRS = rb"""((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*"""
_ROOT = re.compile(rb"<worksheet(?=[\s/>])" + _ATTRS + rb">")
_DEFAULT_NS = re.compile(rb"""(?:^|\s)xmlns\s*=\s*["']""" + _NS.encode() + rb"""["']""")
_PREFIXED_NS = re.compile(rb"""(?:^|\s)xmlns:[\w.-]+\s*=\s*["']""" + _NS.encode() + rb"""["']""")
_DECLARED = re.compile(rb"""^<\?xml[^>]*?encoding\s*=\s*["']([\w.-]+)["']""")
_ROW_START = re.compile(rb"<row(?=[\s/>])")
_ROW_ELEMENT = re.compile(rb"<row(?=[\s/>])" + _ATTRS + rb"(?:/>|>(.*?)</row>)", re.S)
_ROW_NUMBER = re.compile(rb"""(?:^|\s)r="(\d{1,7})"(?:\s|$)""")
_ROW_REFERENCE = re.compile(rb"""(?:^|\s)r\s*=""")
# A cell as Excel, WPS and openpyxl write one: r, s, t in this order, then nothing, a value,
# or an inline string. Any other cell sends its row to expat.
_FAST_CELL = (
    rb"""<c(?: r="([A-Z]{1,3})\d{1,7}")?(?: s="(\d{1,5})")?(?: t="([a-zA-Z]{1,9})")?"""
    rb"""(?:/>|><(v)>([^<&\r]*)</v></c>"""
    rb"""|><(is)><t(?: xml:space="preserve")?>([^<&\r]*)</t></is></c>)"""
)
_CELLS = re.compile(rb"\s*" + _FAST_CELL)
_ALL_FAST = re.compile(rb"(?:\s*" + _FAST_CELL + rb")*\s*")
_NOT_PLAIN = re.compile(rb"<!|<\?|xmlns")
_COLUMNS: dict[bytes, int] = {}
"""Column letters → column (at most 18,278 entries: ``[A-Z]{1,3}``)."""


def _plain_sheet(source: IO[bytes]) -> bytes | None:
    """The sheet's root start tag when its XML is well-formed and plain enough to be read
    with the patterns above, else ``None``: UTF-8, the main namespace the default one (and
    no other element prefix for it), no namespace declared, comment, CDATA section,
    processing instruction or DOCTYPE after the root's start tag.

    Reads the whole part once through expat without handlers (checks it is well-formed:
    a cut or damaged sheet raises here, before any row is given)."""
    parser = ParserCreate(namespace_separator="}")
    first = source.read(CHUNK)
    head = first.removeprefix(b"\xef\xbb\xbf")
    declared = _DECLARED.match(head)
    root = _ROOT.search(head)
    plain = (
        root is not None
        and not head.startswith((b"\xff\xfe", b"\xfe\xff"))
        and (declared is None or declared.group(1).lower() in (b"utf-8", b"utf8"))
        and b"<!" not in head[: root.start()]
        and _DEFAULT_NS.search(root.group(1)) is not None
        and _PREFIXED_NS.search(root.group(1)) is None
    )
    tail = first[root.end() :] if root is not None else b""
    chunk = first
    while True:
        parser.Parse(chunk, not chunk)
        if plain and _NOT_PLAIN.search(tail) is not None:
            plain = False
        if not chunk:
            break
        chunk = source.read(CHUNK)
        tail = tail[-5:] + chunk
    return root.group() if plain and root is not None else None


def _fast_rows(source: Any, cells: _Cells, root: bytes) -> Rows:
    """The rows of a plain sheet (:func:`_plain_sheet`): each ``row`` element found by a
    pattern; a row whose cells are all as :data:`_FAST_CELL` reads straight from the
    pattern's groups, any other row through expat (in the root's namespace context)."""
    shared = cells.shared
    dates = cells.dates
    value_of = cells.value
    number = 0
    rest = b""
    with source:
        while True:
            chunk = source.read(CHUNK * 4)
            text = rest + chunk
            end = found = 0
            for row in _ROW_ELEMENT.finditer(text):
                end = row.end()
                found += 1
                attrs, body = row.group(1), row.group(2)
                given = _ROW_NUMBER.search(attrs)
                if (given is None and _ROW_REFERENCE.search(attrs) is not None) or (
                    body and not _ALL_FAST.fullmatch(body)
                ):
                    element = root + row.group() + b"</worksheet>"
                    for odd in _expat_rows(io.BytesIO(element), cells, number):
                        number = odd[0]
                        yield odd
                    continue
                following = number + 1
                number = int(given.group(1)) if given is not None else following
                if number < following:
                    raise ValueError(f"row {number} is written after row {following - 1}")
                if not body:
                    yield number, ()
                    continue
                cells_of_row: list[object] = []
                column = 0
                for ref, style, kind, _v, value, inline, inline_text in _CELLS.findall(body):
                    if ref:
                        column = _COLUMNS.get(ref) or _column_bytes(ref)
                    else:
                        column += 1
                    read: object
                    if kind == b"inlineStr":
                        read = inline_text.decode() if inline else None
                    elif not value:
                        read = None
                    elif kind == b"s":
                        read = shared[int(value)]
                    elif (not kind or kind == b"n") and not (style and int(style) in dates):
                        read = (
                            float(value)
                            if (b"." in value or b"E" in value or b"e" in value)
                            else int(value)
                        )
                    else:
                        read = value_of(kind.decode() or "n", style.decode(), value.decode())
                    width = len(cells_of_row)
                    if column == width + 1:
                        cells_of_row.append(read)
                    elif column > width:
                        cells_of_row.extend([None] * (column - width - 1))
                        cells_of_row.append(read)
                    else:  # a column written again or out of order: the last one written
                        cells_of_row[column - 1] = read
                yield number, tuple(cells_of_row)
            # Every row start tag up to here was read as a row (else the file is refused
            # rather than a row left out); a row not finished yet waits for the next chunk.
            if len(_ROW_START.findall(text, 0, end)) != found or (
                not chunk and _ROW_START.search(text, end) is not None
            ):
                raise ValueError("a row is written in a way the reader does not follow")
            rest = text[end:]
            start = rest.find(b"<row")
            rest = rest[start:] if start >= 0 else rest[-4:]
            if not chunk:
                return


def _column_bytes(letters: bytes) -> int:
    """The column of a reference's letters (at most 18,278 of them: ``[A-Z]{1,3}``)."""
    column = _COLUMNS[letters] = _column(letters.decode())
    return column


def _expat_rows(source: Any, cells: _Cells, after: int = 0) -> Rows:
    """openpyxl's reading of ``row`` and ``c`` elements: a cell's value is its first
    ``v`` child's text (an inline string: its ``is`` child's first ``t`` and each run's
    first ``t``); a cell or row without a reference follows the one before it (the first
    one follows row ``after``)."""
    parser = ParserCreate(namespace_separator="}")
    parser.buffer_text = True
    parser.buffer_size = CHUNK
    done: list[tuple[int, tuple[object, ...]]] = []
    depth = 0
    row_depth = cell_depth = inline_depth = run_depth = -1
    number = after
    following = after + 1
    values: dict[int, object] = {}
    column = 0
    kind = style = ""
    value_parts: list[str] | None = None
    plain_parts: list[str] | None = None
    run_parts: list[str] | None = None
    runs: list[str] = []
    has_inline = False
    capture: list[str] | None = None
    value_of = cells.value
    shared = cells.shared

    def start(name: str, attrs: dict[str, str]) -> None:
        nonlocal depth, row_depth, cell_depth, inline_depth, run_depth, number, following
        nonlocal values, column, kind, style, value_parts, plain_parts, run_parts, runs
        nonlocal has_inline, capture
        depth += 1
        capture = None  # an element's text is what comes before its first child
        if cell_depth >= 0:
            if depth == cell_depth + 1:
                if name == _VALUE and value_parts is None:
                    value_parts = capture = []
                elif name == _INLINE and not has_inline:
                    has_inline = True
                    inline_depth = depth
                elif name == _CELL:
                    raise ValueError("a cell is written inside a cell")
            elif inline_depth >= 0 and depth == inline_depth + 1:
                if name == _TEXT and plain_parts is None:
                    plain_parts = capture = []
                elif name == _RUN:
                    run_depth = depth
                    run_parts = None
            elif run_depth >= 0 and depth == run_depth + 1:
                if name == _TEXT and run_parts is None:
                    run_parts = capture = []
            elif name == _CELL:
                raise ValueError("a cell is written inside a cell")
        elif name == _CELL:
            if row_depth >= 0:
                cell_depth = depth
                where = attrs.get("r")
                column = _column(where) if where else column + 1
                kind = attrs.get("t", "n")
                style = attrs.get("s", "")
                value_parts = plain_parts = None
                runs = []
                has_inline = False
        elif name == _ROW:
            if row_depth >= 0:
                raise ValueError("a row is written inside a row")
            given = attrs.get("r")
            number = _row_number(given) if given else number + 1
            if number < following:
                # openpyxl leaves such a row out; a sheet that goes back is refused instead
                # (the reader calls the workbook damaged), so that no row is lost unseen.
                raise ValueError(f"row {number} is written after row {following - 1}")
            following = number + 1
            row_depth = depth
            values = {}
            column = 0

    def end(name: str) -> None:
        nonlocal depth, row_depth, cell_depth, inline_depth, run_depth, capture
        capture = None
        if depth == cell_depth:
            cell_depth = -1
            if kind == "inlineStr":
                if has_inline:
                    text = "".join(plain_parts) if plain_parts else ""
                    values[column] = text + "".join(runs) if runs else text
                else:
                    values[column] = None
            elif value_parts:
                text = "".join(value_parts)
                values[column] = shared[int(text)] if kind == "s" else value_of(kind, style, text)
            else:
                values[column] = None
        elif depth == row_depth:
            row_depth = -1
            width = max(values, default=0)
            done.append((number, tuple(values.get(c) for c in range(1, width + 1))))
        elif depth == run_depth:
            run_depth = -1
            if run_parts:
                runs.append("".join(run_parts))
        elif depth == inline_depth:
            inline_depth = -1
        depth -= 1

    def text(data: str) -> None:
        if capture is not None:
            capture.append(data)

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = text
    with source:
        while True:
            chunk = source.read(CHUNK)
            parser.Parse(chunk, not chunk)
            if done:
                ready = done.copy()
                done.clear()
                yield from ready
            if not chunk:
                return


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

    def value(self, kind: str, style: str, text: str) -> object:
        """The value of a cell of type ``kind`` (its ``t``) and style ``style`` (its ``s``)
        whose ``v`` holds ``text`` (not empty)."""
        if kind == "n":
            number = float(text) if ("." in text or "E" in text or "e" in text) else int(text)
            index = int(style or 0)
            if index and index in self.dates:
                try:
                    return from_excel(number, self.epoch, timedelta=index in self.durations)
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
