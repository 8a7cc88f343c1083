"""`fieldvisit import …` / `fieldvisit export …` end to end on a database file."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest

from fieldvisit.cli import main
from fieldvisit.storage.migrate import open_database
from tests.services.import_export.conftest import FIXTURES, counts, seed


@pytest.fixture
def filled(db_path: Path) -> dict[str, uuid.UUID]:
    db = open_database(db_path)
    try:
        return seed(db)
    finally:
        db.close()


def test_export_and_import_accounts_round_trip(
    filled: dict[str, uuid.UUID], db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "客户.csv"
    assert main(["--db", str(db_path), "export", "accounts", str(out), "--encoding", "gbk"]) == 0
    assert "Wrote 2 accounts with 2 stakeholders" in capsys.readouterr().out
    assert "北京协和医院".encode("gbk") in out.read_bytes()
    assert main(["import", "accounts", str(out), "--db", str(db_path), "--dry-run"]) == 0
    assert "Would import 客户.csv: accounts 0 created, 0 updated, 2 unchanged" in (
        capsys.readouterr().out
    )
    assert main(["import", "accounts", str(out), "--db", str(db_path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["accounts_unchanged"], data["stakeholders_unchanged"], data["rejected"]) == (
        2,
        2,
        False,
    )


def test_rejected_rows_exit_1_and_name_file_row_column(
    filled: dict[str, uuid.UUID], db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("客户名称,级别\n好医院,A\n坏医院,Z级\n", encoding="utf-8")
    assert main(["--db", str(db_path), "import", "accounts", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "bad.csv:3:级别: 'Z级' is not one of" in err and "Nothing was imported" in err
    db = open_database(db_path)
    try:
        assert counts(db) == (2, 2)
    finally:
        db.close()
    assert main(["--db", str(db_path), "import", "accounts", str(bad), "--skip-bad-rows"]) == 0
    assert "1 created" in capsys.readouterr().out


def test_unreadable_file_is_a_clear_error(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(b"PK\x03\x04 not really")
    assert main(["--db", str(db_path), "import", "accounts", str(cut)]) == 1
    assert "Cannot read the file: cut.xlsx is not a readable Excel workbook" in (
        capsys.readouterr().err
    )


def test_vcard_import_and_export(
    filled: dict[str, uuid.UUID], db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vcf = FIXTURES / "apple_30_items.vcf"
    assert (
        main(["--db", str(db_path), "import", "vcard", str(vcf), "--account", "北京协和医院"]) == 0
    )
    assert "Imported into 北京协和医院: cards 1, 1 created" in capsys.readouterr().out
    out = tmp_path / "xiehe.vcf"
    argv = ["--db", str(db_path), "export", "vcard", str(out), "--account", "北京协和医院"]
    assert main(argv) == 0
    assert "Contacts written to" in capsys.readouterr().out
    assert out.read_text(encoding="utf-8").count("BEGIN:VCARD") == 3
    missing = ["--db", str(db_path), "import", "vcard", str(vcf), "--account", "没有这家"]
    assert main(missing) == 1
    assert "No account is called 没有这家" in capsys.readouterr().err


def test_import_reports_a_shared_mobile_by_row_without_names(
    filled: dict[str, uuid.UUID], db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "people.csv"
    path.write_text("客户名称,城市,联系人,手机\n北京协和医院,北京,王芳芳,13900002222\n", "utf-8")
    assert main(["import", "accounts", str(path), "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert "stakeholders 1 created, 0 updated" in out
    assert "sharing a mobile with someone of another name: 1 (rows 2)" in out
    assert "王芳" not in out and "13900002222" not in out
    db = open_database(db_path)
    try:
        assert counts(db) == (2, 3)
    finally:
        db.close()


def test_vcard_import_exits_0_when_good_cards_were_written_beside_skipped_ones(
    filled: dict[str, uuid.UUID], db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vcf = tmp_path / "mixed.vcf"
    vcf.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:刘洋\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nTEL:13700001111\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    argv = ["--db", str(db_path), "import", "vcard", str(vcf), "--account", "北京协和医院"]
    assert main([*argv, "--lang", "zh"]) == 0
    captured = capsys.readouterr()
    assert "1 created" in captured.out and "1 skipped" in captured.out
    assert "名片没有姓名" in captured.err
    nameless = tmp_path / "nameless.vcf"
    nameless.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nTEL:1\r\nEND:VCARD\r\n", encoding="utf-8")
    assert (
        main(["--db", str(db_path), "import", "vcard", str(nameless), "--account", "北京协和医院"])
        == 1
    )
    db = open_database(db_path)
    try:
        assert counts(db) == (2, 3)
    finally:
        db.close()
