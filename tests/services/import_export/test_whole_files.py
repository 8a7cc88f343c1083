"""Whole files or nothing: cut, damaged or oversized files are refused by name, nothing written."""

from __future__ import annotations

import base64
import io
import uuid
import zipfile
from pathlib import Path

import openpyxl
import pytest

from fieldvisit.services.import_export import (
    ImportFileError,
    import_accounts_file,
    import_vcards,
    read_table,
    xlsx_file,
)
from fieldvisit.services.import_export.vcard import parse_vcards
from fieldvisit.storage.database import Database
from tests.services.import_export.conftest import counts, stamps

GOOD = (
    "客户名称,城市,联系人,手机,职务\r\n"
    "北京协和医院,北京,张伟,13812345678,主任医师\r\n"
    "北京协和医院,北京,王芳,+65 96694213,Dr. Sarah Lim\r\n"
)


def _refused(db: Database, path: Path, *words: str, lang: str = "en") -> str:
    before = (counts(db), stamps(db))
    with pytest.raises(ImportFileError) as caught:
        import_accounts_file(db, path, lang=lang)
    detail = caught.value.detail
    assert path.name in detail, detail
    for word in words:
        assert word in detail, detail
    assert (counts(db), stamps(db)) == before
    return detail


@pytest.fixture(autouse=True)
def _seed(seeded: dict[str, uuid.UUID]) -> None:
    return None


def test_a_csv_cut_inside_the_last_row_is_refused_with_its_line(
    db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "cut.csv"
    path.write_text(GOOD[: GOOD.index("+65") + 1], encoding="utf-8")  # mobile cut to "+"
    _refused(db, path, "ends in the middle of line 3", "incomplete")
    _refused(db, path, "在第 3 行中途结束", lang="zh")


def test_a_utf8_csv_cut_inside_its_last_character_is_refused_not_read_as_gbk(
    db: Database, tmp_path: Path
) -> None:
    data = (GOOD + "湘雅医院,长沙,刘洋,13700001111,副主任药师").encode("utf-8")
    for cut in (1, 2):
        path = tmp_path / f"char{cut}.csv"
        path.write_bytes(data[:-cut])
        _refused(db, path, "ends in the middle of line 4")


def test_a_csv_cut_inside_a_quoted_cell_is_refused(db: Database, tmp_path: Path) -> None:
    text = GOOD + '北京协和医院,北京,刘洋,13700001111,"周三下午门诊,\r\n周五查房'
    path = tmp_path / "quote.csv"
    path.write_text(text, encoding="utf-8")
    _refused(db, path, "ends in the middle of line 5")


def test_every_cut_of_a_csv_is_refused_or_imports_only_whole_rows(
    db: Database, tmp_path: Path
) -> None:
    data = GOOD.encode("utf-8")
    header_end = data.index(b"\r\n") + 2
    for cut in range(header_end + 1, len(data)):
        path = tmp_path / f"cut{cut}.csv"
        path.write_bytes(data[:cut])
        try:
            table = read_table(path)
        except ImportFileError as exc:
            assert path.name in exc.detail
            continue
        # Accepted only when the cut fell on a row's end: every row read is a whole row,
        # exactly as written (no cut value, no text decoded in another encoding).
        whole = [tuple(line.split(",")) for line in GOOD.split("\r\n")[1:]]
        assert all(cells in whole for _, cells in table.rows), (cut, table.rows)


def test_a_short_last_row_ended_by_a_line_break_is_a_row(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "short.csv"
    path.write_text(GOOD + "老百姓大药房(五一店),长沙\r\n", encoding="utf-8")
    assert len(read_table(path).rows) == 3


def test_damaged_utf16_names_the_file(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "unicode.txt"
    path.write_bytes(GOOD.encode("utf-16") + b"\x00\xd8")  # a lone surrogate at the end
    _refused(db, path, "not valid utf-16 text")


def test_a_cell_longer_than_excel_allows_is_refused_with_row_and_column(
    db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "long.csv"
    path.write_text(GOOD + "北京协和医院,北京,刘洋,," + "备" * 40_000 + "\r\n", encoding="utf-8")
    _refused(db, path, "row 4, column E", "40,000 characters")


def _workbook(rows: list[list[object]]) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_a_workbook_unpacking_to_too_much_is_refused_before_opening(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(xlsx_file, "MAX_SHARED_STRINGS_BYTES", 1024 * 1024)
    source = zipfile.ZipFile(io.BytesIO(_workbook([["客户名称"], ["北京协和医院"]])))
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as bomb:
        for item in source.infolist():
            if item.filename != "xl/sharedStrings.xml":
                bomb.writestr(item, source.read(item))
        huge = b"<sst><si><t>" + b"A" * (3 * 1024 * 1024) + b"</t></si></sst>"
        bomb.writestr("xl/sharedStrings.xml", huge)
    assert path.stat().st_size < 100_000
    _refused(db, path, "unpacks to 3 MB")


def test_damaged_workbooks_name_the_file(db: Database, tmp_path: Path) -> None:
    data = _workbook([["客户名称", "城市"], ["北京协和医院", "北京"]])
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(data[: len(data) * 2 // 3])
    _refused(db, cut, "not a readable Excel workbook")
    broken = tmp_path / "broken_xml.xlsx"
    source = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(broken, "w") as out:
        for item in source.infolist():
            body = source.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                body = body[: len(body) // 2]
            out.writestr(item, body)
    _refused(db, broken, "not a readable Excel workbook")


def test_a_vcard_file_cut_inside_a_card_is_refused(
    db: Database, seeded: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    path = tmp_path / "cut.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:刘洋\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:陈静\r\nTEL:139",
        encoding="utf-8",
    )
    before = (counts(db), stamps(db))
    with pytest.raises(ImportFileError) as caught:
        import_vcards(db, path, seeded["xiehe"], lang="zh")
    assert "cut.vcf 在第 5 行开始的名片中途结束" in caught.value.detail
    assert (counts(db), stamps(db)) == before


def test_a_folded_eight_megabyte_photo_unfolds_in_one_pass() -> None:
    photo = base64.b64encode(bytes(range(256)) * 24_000).decode()  # ~8 MB of base64
    folded = "\r\n ".join(photo[i : i + 74] for i in range(0, len(photo), 74))
    card = f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:刘洋\r\nPHOTO;ENCODING=b:{folded}\r\nEND:VCARD\r\n"
    (contact,) = parse_vcards(card.encode())
    assert contact.name == "刘洋"


def test_a_hand_written_csv_without_a_final_line_break_is_read(
    db: Database, tmp_path: Path
) -> None:
    # LF line ends (a text editor, not Excel), the last row whole: nothing says it was cut.
    path = tmp_path / "typed.csv"
    path.write_text(GOOD.replace("\r\n", "\n").rstrip("\n"), encoding="utf-8")
    assert [cells[3] for _, cells in read_table(path).rows] == ["13812345678", "+65 96694213"]
    ended = tmp_path / "comma.csv"
    ended.write_text(GOOD.replace("\r\n", "\n").rstrip("\n") + ",", encoding="utf-8")
    _refused(db, ended, "ends in the middle of line 3")
