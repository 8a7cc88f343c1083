"""``fieldvisit promises`` on a real SQLite file."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest

from fieldvisit import clock
from fieldvisit.cli import main
from fieldvisit.domain.enums import PromiseStatus
from fieldvisit.services.records import add_promise, close_promise
from fieldvisit.storage.migrate import open_database
from tests.services.records.conftest import make_world


@pytest.fixture
def db_file(tmp_path: Path) -> str:
    path = tmp_path / "cli.db"
    db = open_database(path)
    world = make_world(db)
    today = clock.today()
    add_promise(
        db, None, world.account_id, "送新品资料", world.rep_id, today - timedelta(days=3),
        agreed_on=today - timedelta(days=10),
    )  # fmt: skip
    add_promise(
        db, None, world.other_account_id, "安排科室会", world.manager_id,
        today + timedelta(days=4), agreed_on=today,
    )  # fmt: skip
    closed = add_promise(db, None, world.account_id, "done", world.rep_id, today, agreed_on=today)
    close_promise(db, closed, PromiseStatus.KEPT, "ok")
    db.close()
    return str(path)


def test_promises_json_by_due_date(db_file: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", db_file, "promises", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["account"], r["description"], r["owner"]) for r in rows] == [
        ("仁和医院", "送新品资料", "Li Na"),
        ("康宁大药房", "安排科室会", "Chen Jie"),
    ]
    assert [r["days_overdue"] for r in rows] == [3, 0]
    assert {r["status"] for r in rows} == {"open"}


def test_promises_overdue_and_by_rep(db_file: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", db_file, "promises", "--overdue"]) == 0
    out = capsys.readouterr().out
    assert "送新品资料" in out and "安排科室会" not in out and "3 d" in out
    assert main(["--db", db_file, "promises", "--rep", "Chen Jie", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["description"] for r in rows] == ["安排科室会"]


def test_promises_unknown_rep_suggests_names(
    db_file: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", db_file, "promises", "--rep", "Li"]) == 1
    err = capsys.readouterr().err
    assert "Did you mean" in err and "Li Na" in err
