"""The lean sheet reader gives what openpyxl's own read-only iteration gives, cell for cell."""

from __future__ import annotations

import zipfile
from datetime import date, datetime, time, timedelta
from pathlib import Path

import openpyxl
import pytest
from openpyxl import Workbook

from fieldvisit.services.import_export import ImportFileError
from fieldvisit.services.import_export.account_import import import_accounts_file
from fieldvisit.services.import_export.xlsx_rows import sheet_rows
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
        ws.reset_dimensions()  # type: ignore[union-attr]
        theirs = tidy(enumerate(ws.iter_rows(values_only=True), start=1))
        ours = sheet_rows(ws)
        assert ours is not None
        return theirs, tidy(ours)
    finally:
        book.close()


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


def _with_sheet(tmp_path: Path, sheet_data: str) -> Path:
    """A workbook whose first sheet's rows are ``sheet_data`` as written, not as openpyxl
    writes them (other programs omit references, write phonetic guides and rich text)."""
    source = tmp_path / "source.xlsx"
    Workbook().save(source)
    path = tmp_path / "odd.xlsx"
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(path, "w") as new:
        for item in old.infolist():
            data = old.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = (
                    f'<worksheet xmlns="{_MAIN}"><sheetData>{sheet_data}</sheetData></worksheet>'
                ).encode()
            new.writestr(item.filename, data)
    return path


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
