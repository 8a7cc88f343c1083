"""The lean sheet reader gives what openpyxl's own read-only iteration gives, cell for cell."""

from __future__ import annotations

import zipfile
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from xml.parsers.expat import ExpatError

import openpyxl
import pytest
from openpyxl import Workbook

from fieldvisit.services.import_export import ImportFileError, xlsx_rows
from fieldvisit.services.import_export.account_import import import_accounts_file
from fieldvisit.services.import_export.xlsx_rows import load_workbook, sheet_rows
from fieldvisit.storage.database import Database

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
Rows = list[tuple[int, tuple[object, ...]]]


def _both(path: Path) -> tuple[Rows, Rows]:
    """(openpyxl's rows, ours), each without empty rows and trailing empty cells."""

    def tidy(rows: object) -> Rows:
        out = []
        for number, values in rows:  # type: ignore[attr-defined]
            cells = list(values)
            while cells and cells[-1] is None:
                cells.pop()
            if cells:
                out.append((number, tuple(cells)))
        return out

    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        ws = book.worksheets[0]
        ws.reset_dimensions()
        theirs = tidy(enumerate(ws.iter_rows(values_only=True), start=1))
    finally:
        book.close()
    with path.open("rb") as handle:
        lean = load_workbook(handle)
        try:
            sheet = lean.worksheets[0]
            sheet.reset_dimensions()
            rows = sheet_rows(sheet)
            assert rows is not None
            return theirs, tidy(rows)
        finally:
            lean.close()


def test_every_kind_of_cell_reads_as_openpyxl_reads_it(tmp_path: Path) -> None:
    book = Workbook()
    ws = book.active
    assert ws is not None
    ws.append(["客户名称", "数量", "比例", "开始", "时间", "时长", "是否", "公式", "错误"])
    ws.append(["协和医院", 12, 0.25, date(2024, 3, 1), time(9, 30), timedelta(hours=30), True])
    evening = datetime(2023, 12, 31, 18, 5)  # noqa: DTZ001  (a sheet's times have no zone)
    ws.append(["湘雅", -3, 1.5e-7, evening, None, None, False, "=1+1"])
    ws["I3"] = "#N/A"
    ws["I3"].data_type = "e"
    ws.append([])
    ws.append([None, None, "跳过的列"])
    ws.cell(row=9, column=30, value="远处的格")
    path = tmp_path / "kinds.xlsx"
    book.save(path)
    theirs, ours = _both(path)
    assert ours == theirs
    assert ours[1][1][3] == datetime(2024, 3, 1)  # noqa: DTZ001  (a date, not its serial)


def _with_sheet(
    tmp_path: Path, sheet_data: str, shared: list[str] | None = None, root: str = ""
) -> Path:
    """A workbook whose first sheet's rows are ``sheet_data`` as written, not as openpyxl
    writes them (other programs omit references, write phonetic guides and rich text);
    with ``shared``, the ``si`` items of a shared strings part (as Excel and WPS save);
    ``root``: more of the worksheet start tag (namespace declarations)."""
    source = tmp_path / "source.xlsx"
    Workbook().save(source)
    path = tmp_path / "odd.xlsx"
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(path, "w") as new:
        for item in old.infolist():
            data = old.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = (
                    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                    f'<worksheet xmlns="{_MAIN}"{root}><dimension ref="A1"/>'
                    f"<sheetData>{sheet_data}</sheetData></worksheet>"
                ).encode()
            elif shared is not None and item.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", _SST_TYPE.encode() + b"</Types>")
            elif shared is not None and item.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(b"</Relationships>", _SST_REL.encode() + b"</Relationships>")
            new.writestr(item.filename, data)
        if shared is not None:
            items = "".join(f"<si>{item}</si>" for item in shared)
            new.writestr("xl/sharedStrings.xml", f'<sst xmlns="{_MAIN}">{items}</sst>')
    return path


_SST_TYPE = (
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.sharedStrings+xml"/>'
)
_SST_REL = (
    '<Relationship Id="rIdSst" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/sharedStrings" Target="sharedStrings.xml"/>'
)
_EXCEL_ROOT = (
    ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
    ' mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac"'
)


def test_shared_strings_and_excel_rows_read_as_openpyxl_reads_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As Excel saves: texts in the shared strings part (rich text, phonetic guides,
    escapes), rows with spans and x14ac attributes; some rows in other shapes (read
    through expat) between rows in Excel's own shape (read by pattern)."""
    shared = [
        "<t>客户名称</t>",
        '<t xml:space="preserve"> 城市 </t>',
        "<r><rPr><b/></rPr><t>北京</t></r><r><t>协和</t></r><rPh sb='0' eb='2'><t>ペキン</t></rPh>",
        "<t>A_x005F_x000D_B</t>",
        "<t/>",
        "<t>a &amp; b &lt;c&gt;</t>",
        "<t>第一</t><t>第二</t>",
    ]
    path = _with_sheet(
        tmp_path,
        '<row r="1" spans="1:3" x14ac:dyDescent="0.25"><c r="A1" t="s"><v>0</v></c>'
        '<c r="B1" s="0" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>'
        '<row r="2" spans="1:3"><c r="A2" t="s"><v>3</v></c><c r="B2" t="s"><v>4</v></c>'
        '<c r="C2"><v>1.5E3</v></c><c r="D2" t="b"><v>0</v></c><c r="E2"/>'
        '<c r="F2" t="s"><v>5</v></c><c r="G2" t="s"><v>6</v></c></row>'
        '<row r="3">\n  <c r="A3" t="str"><f>A1</f><v>x &amp; y</v></c>\n'
        '  <c t="s" r="C3"><v>2</v></c><c r="D3" t="e"><v>#N/A</v></c>\n</row>'
        '<row r="5"/><row><c t="s"><v>0</v></c><c><v>-7</v></c></row>'
        '<row r = "8"><c r="B8" t="inlineStr"><is><t>内联</t></is></c></row>'
        '<row r="9"><c r="A9" t="inlineStr"><is><r><t>分</t></r><r><t>段</t></r></is></c>'
        '<c r="C9" t="inlineStr"><is><t xml:space="preserve"> 空格 </t></is></c></row>',
        shared,
        _EXCEL_ROOT,
    )
    through_expat: list[int] = []
    expat_rows = xlsx_rows._expat_rows

    def counted(source: Any, cells: Any, after: int = 0) -> Any:
        for row in expat_rows(source, cells, after):
            through_expat.append(row[0])
            yield row

    monkeypatch.setattr(xlsx_rows, "_expat_rows", counted)
    theirs, ours = _both(path)
    assert through_expat == [3, 8, 9]  # the others read by pattern
    assert ours == theirs
    assert ours[0] == (1, ("客户名称", " 城市 ", "北京协和"))
    assert ours[1][1][:4] == (2, ("A_x000D_B", "", 1500.0, False))[1][:4]
    assert [n for n, _ in ours] == [1, 2, 3, 6, 8, 9]


def test_a_sheet_with_comments_or_its_own_namespaces_reads_the_same(tmp_path: Path) -> None:
    """Markup the patterns do not read (comments, CDATA, prefixed elements) sends the whole
    sheet through expat: the same rows either way."""
    rows = (
        '<row r="1"><c r="A1" t="inlineStr"><is><t>名称</t></is></c></row>'
        '<!-- <row r="2"><c r="A2" t="inlineStr"><is><t>注释里</t></is></c></row> -->'
        '<row r="3"><c r="A3" t="str"><v><![CDATA[<协和>]]></v></c></row>'
    )
    theirs, ours = _both(_with_sheet(tmp_path, rows))
    assert ours == theirs == [(1, ("名称",)), (3, ("<协和>",))]
    prefixed = f' xmlns:x="{_MAIN}"'
    rows = '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>名称</x:t></x:is></x:c></x:row>'
    theirs, ours = _both(_with_sheet(tmp_path, rows, root=prefixed))
    assert ours == theirs == [(1, ("名称",))]


def test_a_cut_sheet_is_refused_before_any_row_is_given(tmp_path: Path) -> None:
    path = _with_sheet(
        tmp_path, '<row r="1"><c r="A1" t="inlineStr"><is><t>名称</t></is></c></row>'
    )
    with zipfile.ZipFile(path) as old:
        parts = {i.filename: old.read(i.filename) for i in old.infolist()}
    sheet = parts["xl/worksheets/sheet1.xml"]
    parts["xl/worksheets/sheet1.xml"] = sheet[: sheet.index(b"</sheetData>")]
    cut = tmp_path / "cut.xlsx"
    with zipfile.ZipFile(cut, "w") as new:
        for name, data in parts.items():
            new.writestr(name, data)
    with cut.open("rb") as handle:
        book = load_workbook(handle)
        try:
            ws = book.worksheets[0]
            ws.reset_dimensions()
            with pytest.raises(ExpatError, match="no element found"):
                rows = sheet_rows(ws)
                assert rows is not None
                next(rows)
        finally:
            book.close()


def test_cells_and_rows_without_references_rich_text_and_phonetic_guides(
    tmp_path: Path,
) -> None:
    path = _with_sheet(
        tmp_path,
        '<row><c t="inlineStr"><is><t>名称</t></is></c><c t="inlineStr"><is><t>城市</t>'
        "</is></c></row>"
        '<row><c t="inlineStr"><is><r><t>北京</t></r><r><t>协和</t></r>'
        '<rPh sb="0" eb="2"><t>ペキン</t></rPh></is></c><c/><c><v>7</v></c></row>'
        '<row r="5"><c r="C5" t="str"><v>公式的结果</v></c><c r="A5" t="b"><v>1</v></c></row>'
        '<row><c r="B6" t="e"><v>#DIV/0!</v></c><c r="D6"><v>1E3</v></c></row>'
        '<row r="9"><c t="e"><v>#N/A</v></c><c><v>2.5</v></c><c t="d"><v>2024-05-06</v></c>'
        "</row>",
    )
    theirs, ours = _both(path)
    # One deliberate difference: a row's cells written out of order (C5 before A5) are
    # all kept; openpyxl sizes the row by its last cell and drops C5.
    assert theirs[2] == (5, (True,)) and ours[2] == (5, (True, None, "公式的结果"))
    assert ours[:2] + ours[3:] == theirs[:2] + theirs[3:]
    assert ours[1] == (2, ("北京协和", None, 7))
    assert [n for n, _ in ours] == [1, 2, 5, 6, 9]


def test_a_sheet_whose_rows_go_back_is_refused_not_read_in_part(
    db: Database, tmp_path: Path
) -> None:
    """openpyxl leaves out a row numbered before one already read; the importer refuses
    the file instead of losing that row unseen."""
    path = _with_sheet(
        tmp_path,
        '<row r="1"><c r="A1" t="inlineStr"><is><t>客户名称</t></is></c></row>'
        '<row r="3"><c r="A3" t="inlineStr"><is><t>协和医院</t></is></c></row>'
        '<row r="2"><c r="A2" t="inlineStr"><is><t>湘雅医院</t></is></c></row>',
    )
    with pytest.raises(ImportFileError, match=r"odd\.xlsx"):
        import_accounts_file(db, path)


def test_rows_with_any_attributes_are_all_read(tmp_path: Path) -> None:
    """A row's start tag may carry any attribute XML allows (names in any script, values
    holding > or />): the pattern reads every such row, none is skipped unseen."""
    rows = (
        '<row r="1"><c r="A1" t="inlineStr"><is><t>名称</t></is></c></row>'
        '<row r="2" 备注="a/>b" spans=\'1:2\' x14ac:dyDescent="0.25">'
        '<c r="A2" t="inlineStr"><is><t>协和</t></is></c></row>'
        '<row\n r="3"\n><c r="A3" t="inlineStr"><is><t>湘雅</t></is></c></row>'
    )
    theirs, ours = _both(_with_sheet(tmp_path, rows, root=_EXCEL_ROOT))
    assert ours == theirs == [(1, ("名称",)), (2, ("协和",)), (3, ("湘雅",))]
