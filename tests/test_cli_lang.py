"""The command line speaks the language chosen with --lang, $FIELDVISIT_LANG or the locale."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from fieldvisit.cli import main
from fieldvisit.domain.enums import CoVisitStatus
from fieldvisit.domain.labels import label
from fieldvisit.services.covisits.listing import list_covisits
from fieldvisit.services.demo import generate_demo
from fieldvisit.storage.database import Database


def test_messages_in_chinese_with_lang_zh(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--lang", "zh", "--db", str(db_path), "check"]) == 0
    out = capsys.readouterr().out
    assert "数据库：" in out and "完整性：" in out
    assert "Database:" not in out


def test_messages_in_english_by_default(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db_path), "check"]) == 0
    assert "Database:" in capsys.readouterr().out


def test_the_language_comes_from_the_environment(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FIELDVISIT_LANG", "zh_CN")
    assert main(["--db", str(db_path), "promises"]) == 0
    assert capsys.readouterr().out.strip() == "没有未完成的承诺。"


def test_a_service_error_has_a_chinese_title(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = str(uuid.uuid4())
    args = ["--lang", "zh", "--db", str(db_path), "report", "covisit", missing]
    assert main([*args, "-o", str(tmp_path / "x.pdf")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("fieldvisit: 未找到："), err


def test_the_report_language_follows_the_command_line(
    db: Database, db_path: Path, tmp_path: Path
) -> None:
    import pypdf

    generate_demo(db, accounts=10, seed=2)
    covisit = list_covisits(db)[0]
    db.close()
    out = tmp_path / "c.pdf"
    assert (
        main(
            [
                "--lang",
                "zh",
                "--db",
                str(db_path),
                "report",
                "covisit",
                str(covisit.id),
                "-o",
                str(out),
            ]
        )
        == 0
    )
    text = "".join(p.extract_text() for p in pypdf.PdfReader(out).pages)
    assert f"协同拜访：{covisit.rep}" in text


def test_co_visit_status_in_the_chosen_language(
    db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    generate_demo(db, accounts=10, seed=2)
    db.close()
    assert main(["--lang", "zh", "--db", str(db_path), "covisits"]) == 0
    out = capsys.readouterr().out
    assert (
        label(CoVisitStatus.IN_PROGRESS, "zh") in out
        or label(CoVisitStatus.SIGNED_OFF, "zh") in out
    )
    assert "次协同拜访" in out
