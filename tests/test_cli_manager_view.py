"""`fieldvisit manager-view` end to end on a real database file (the small team of the
manager's-view tests, on the pinned clock moved to 10 April 2025)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from fieldvisit.cli import main
from fieldvisit.clock import FixedClock
from fieldvisit.storage.migrate import open_database
from tests.services.covisits.team_data import build_team
from tests.services.local_tz import local_zone


@pytest.fixture
def db_file(db_path: Path, fixed_clock: FixedClock) -> Iterator[str]:
    fixed_clock.tz = ZoneInfo("Asia/Shanghai")
    fixed_clock.set_day(date(2025, 4, 10))
    with local_zone("Asia/Shanghai"):
        db = open_database(db_path)
        try:
            build_team(db)
        finally:
            db.close()
        yield str(db_path)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_json_has_the_figures_per_rep_and_for_the_team(
    db_file: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(
        capsys, "--db", db_file, "manager-view", "--manager", "王喆", "--month", "2025-03", "--json"
    )
    assert code == 0, err
    shown = json.loads(out)
    assert shown["field"] == {
        "field_days": 6,
        "working_days": 21,
        "share_pct": 29,
        "target_pct": 70,
        "meets_target": False,
        "work_base": "office",
        "through": "2025-03-31",
        "partial": False,
    }
    reps = {r["rep"]: r for r in shown["reps"]}
    assert list(reps) == ["周宁", "李堃"]
    assert reps["李堃"]["calls"] == {"joint": 1, "demonstration": 1, "coaching": 2, "total": 4}
    assert (reps["李堃"]["covisit_days"], reps["李堃"]["average_rating"]) == (3, 3.5)
    assert (reps["李堃"]["open_actions"], reps["李堃"]["overdue_actions"]) == (2, 1)
    assert shown["team"]["rep"] is None
    assert (shown["team"]["covisits"], shown["team"]["covisit_days"]) == (4, 5)
    assert (shown["late_reports"], shown["open_actions"], shown["overdue_actions"]) == (2, 3, 1)
    assert [c["late"] for c in shown["covisit_list"]] == [False, False, True, True]
    assert shown["open_action_items"][0]["overdue"] is True


def test_one_rep_and_a_month_not_begun(db_file: str, capsys: pytest.CaptureFixture[str]) -> None:
    base = ["--db", db_file, "manager-view", "--manager", "王喆", "--json"]
    code, out, err = run(capsys, *base, "--month", "2025-03", "--rep", "李堃")
    assert code == 0, err
    one = json.loads(out)
    assert (one["covisits"], one["covisit_days"], one["late_reports"]) == (2, 3, 1)
    assert one["field"]["field_days"] == 6  # the manager's, whichever rep is shown
    code, out, _ = run(capsys, *base, "--month", "2025-05")
    future = json.loads(out)
    assert future["field"]["working_days"] == 0 and future["field"]["share_pct"] is None
    assert future["covisits"] == 0 and future["covisit_list"] == []


def test_table_output(db_file: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--db", db_file, "manager-view", "--manager", "王喆")
    assert code == 0, err
    # No --month: the current month, April 2025, counted up to today.
    assert "王喆 with all reps · 2025-04 (Office-based)" in out
    assert "counted up to today, 2025-04-10" in out
    code, out, err = run(
        capsys, "--db", db_file, "manager-view", "--manager", "王喆", "--month", "2025-03"
    )
    assert "Days in the field: 6 of 21 = 29 % (target ≥ 70 %, below target)" in out
    lines = {line.split()[0]: line.split()[1:] for line in out.splitlines() if line.strip()}
    assert lines["李堃"] == ["2", "3", "1", "1", "2", "3.5", "2", "(1", "overdue)", "1"]
    assert lines["Team"] == ["4", "5", "2", "1", "3", "3.7", "3", "(1", "overdue)", "2"]


def test_a_name_that_is_nobody(db_file: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--db", db_file, "manager-view", "--manager", "王哲")
    assert code == 1 and out == ""
    assert "Did you mean: 王喆" in err
    code, _, err = run(capsys, "--db", db_file, "manager-view", "--manager", "王喆", "--month", "3")
    assert code == 1 and "YYYY-MM" in err
