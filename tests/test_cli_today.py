"""``fieldvisit today`` reads the same view as the Today page."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fieldvisit.cli import main
from fieldvisit.storage.migrate import open_database
from tests.services.today_data import as_rep, make_today_world


@pytest.fixture
def db_file(tmp_path: Path) -> str:
    path = tmp_path / "today.db"
    db = open_database(path)
    make_today_world(db)
    as_rep(db)
    db.close()
    return str(path)


def test_today_json(db_file: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", db_file, "today", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["day"] == "2026-11-23" and data["user_name"] == "李代表"
    sections = {s["key"]: s for s in data["sections"]}
    assert [i["subject"] for i in sections["visits"]["items"]] == ["仁济医院", "康华药房"]
    assert sections["visits"]["items"][0]["target"]["kind"] == "new_record"
    assert [i["note"] for i in sections["promises"]["items"]] == ["送新品资料", "安排科室会"]
    assert [i["state"] for i in sections["drafts"]["items"]] == ["late", "draft"]
    assert [i["state"] for i in sections["covisit_reports"]["items"]] == ["to_acknowledge"]
    assert data["action_count"] == sum(
        1 for s in data["sections"] for i in s["items"] if i["needs_action"]
    )


def test_today_for_a_member_in_chinese(db_file: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "zh", "--db", db_file, "today", "--member", "王经理"]) == 0
    out = capsys.readouterr().out
    assert "今天 2026-11-23：王经理" in out
    assert "签署 2026-11-20 与 李代表 的协同拜访报告" in out
    assert "待处理：3 项" in out


def test_today_text_in_english(db_file: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "en", "--db", db_file, "today"]) == 0
    out = capsys.readouterr().out
    assert "Planned for today" in out and "仁济医院" in out
    assert "华东医药商业, visit of 2026-11-18  [late: visit 5 d ago]" in out
    assert "Needing action: " in out


def test_today_for_an_empty_day(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "empty.db"
    open_database(path).close()
    assert main(["--lang", "en", "--db", str(path), "today"]) == 0
    assert "Nobody is set as this laptop's user" in capsys.readouterr().out
