"""``fieldvisit today`` reads the same view as the Today page."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fieldvisit.cli import main
from fieldvisit.storage.migrate import open_database
from tests.services.today_data import as_rep, make_manager_world, make_today_world


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
    assert "代表已确认的报告" in out and "李代表尚未发送 2026-11-20 的日报" in out
    # 1 to sign, 2 to finish, the rep's 2 overdue actions, 1 day report, 1 late record
    assert "待处理：7 项" in out


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


def test_a_managers_today_json_has_the_team_side(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "manager.db"
    db = open_database(path)
    mw = make_manager_world(db)
    db.close()
    assert main(["--db", str(path), "today", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["user_name"] == "王经理" and data["role"] == "manager"
    sections = {s["key"]: s for s in data["sections"]}
    [plan] = sections["plans_to_decide"]["items"]
    assert (plan["state"], plan["subject"]) == ("to_decide", "张代表")
    assert plan["target"] == {
        "kind": "plan",
        "id": None,
        "account_id": None,
        "month": "2026-12-01",
        "rep_id": str(mw.second_rep_id),
        "day": None,
        "step": None,
    }
    [ack] = sections["acknowledged"]["items"]
    assert ack["state"] == "to_sign"
    assert ack["target"]["kind"] == "covisit" and ack["target"]["step"] == "signoff"
    assert ack["target"]["id"] == str(mw.today.covisits["to_sign"])
    days = sections["day_reports"]["items"]
    assert [(i["state"], i["subject"]) for i in days] == [
        ("not_sent", "李代表"),
        ("to_read", "张代表"),
    ]
    assert days[0]["target"]["kind"] == "day_report"
    assert days[0]["target"]["day"] == "2026-11-20"
    assert days[0]["target"]["rep_id"] == str(mw.today.rep_id)
    [late] = sections["late_records"]["items"]
    assert (late["subject"], late["rep"], late["target"]["kind"]) == (
        "华东医药商业",
        "李代表",
        "record",
    )
    assert late["target"]["id"] == str(mw.today.records["late"])
    assert data["action_count"] == sum(
        1 for s in data["sections"] for i in s["items"] if i["needs_action"]
    )


def test_a_managers_today_text_in_both_languages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "manager.db"
    db = open_database(path)
    make_manager_world(db)
    db.close()
    assert main(["--lang", "en", "--db", str(path), "today"]) == 0
    out = capsys.readouterr().out
    assert "Plans to decide" in out
    assert "张代表's plan for 2026-12: approve or return it" in out
    assert "李代表 has not sent the day report of 2026-11-20" in out
    assert "张代表's day report of 2026-11-20: read it and comment" in out
    assert "华东医药商业, visit of 2026-11-18 by 李代表  [late: visit 5 d ago]" in out
    assert main(["--lang", "zh", "--db", str(path), "today"]) == 0
    out = capsys.readouterr().out
    assert "待审批的计划" in out and "张代表的2026-12计划：请批准或退回" in out
    assert "李代表尚未发送 2026-11-20 的日报" in out
