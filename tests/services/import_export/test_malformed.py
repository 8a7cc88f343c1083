"""Files that are not what they claim: each gives a clear message and changes nothing."""

from __future__ import annotations

import os
import random
import uuid
from pathlib import Path

import openpyxl
import pytest

from fieldvisit.services.import_export import ImportFileError, import_accounts_file, read_table
from fieldvisit.storage.database import Database
from tests.services.import_export.conftest import counts, stamps


def _expect(db: Database, path: Path, words: str, **kw: object) -> None:
    before = (counts(db), stamps(db))
    with pytest.raises(ImportFileError) as caught:
        import_accounts_file(db, path, **kw)  # type: ignore[arg-type]
    assert words in caught.value.detail, caught.value.detail
    assert path.name in caught.value.detail or "column" in caught.value.detail
    assert (counts(db), stamps(db)) == before


@pytest.fixture(autouse=True)
def _seed(seeded: dict[str, uuid.UUID]) -> None:
    return None


def test_empty_file(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    _expect(db, path, "is empty")
    blank = tmp_path / "blank.csv"
    blank.write_text("\n\n ,, \n")
    _expect(db, blank, "has no rows")


def test_binary_file(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "photo.csv"
    path.write_bytes(random.Random(7).randbytes(64 * 1024))
    _expect(db, path, "not a text or spreadsheet file")


def test_text_in_no_known_encoding(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "odd.csv"
    path.write_bytes(b"name,city\n\x80\xff\x80,\xff\xfe\x80\n")
    _expect(db, path, "neither UTF-8 nor GBK")


def test_gbk_file_read_as_utf8_when_forced(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "gbk.csv"
    path.write_bytes("客户名称\n协和医院\n".encode("gbk"))
    _expect(db, path, "is not valid utf-8", encoding="utf-8")
    assert read_table(path).rows[0][1] == ("协和医院",)


def test_missing_name_column(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "noname.csv"
    path.write_text("城市,电话\n长沙,0731-1\n")
    _expect(db, path, "No column is mapped to the account name")


def test_truncated_workbook(db: Database, tmp_path: Path) -> None:
    whole = tmp_path / "whole.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for i in range(500):
        sheet.append([f"医院{i}", "长沙", "13800000000"])
    book.save(whole)
    data = whole.read_bytes()
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(data[: len(data) * 2 // 3])
    _expect(db, cut, "not a readable Excel workbook")


def test_old_excel_format(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    _expect(db, path, "save it as .xlsx")


def test_fifty_megabytes_is_refused_with_the_limit(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    row = "某某医院,长沙,13800000000,张三\n".encode()
    with path.open("wb") as fh:
        fh.write("客户名称,城市,手机,联系人\n".encode())
        chunk = row * (1024 * 1024 // len(row))
        while fh.tell() < 50 * 1024 * 1024:
            fh.write(chunk)
    assert os.path.getsize(path) >= 50 * 1024 * 1024
    _expect(db, path, "up to 40 MB")


def test_unknown_sheet(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "s.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["客户名称"])  # type: ignore[union-attr]
    book.save(path)
    _expect(db, path, "no sheet called 'Hospitals'", sheet="Hospitals")
