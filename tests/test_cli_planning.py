"""`fieldvisit plan suggest|ics` and `fieldvisit compliance` on a small database."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import icalendar
import pytest

from fieldvisit.cli import main
from fieldvisit.services.planning.plans import load_plan
from fieldvisit.storage.database import Database
from tests.services.planning.conftest import Team, team  # noqa: F401


def test_suggest_save_ics_compliance(
    db: Database,
    db_path: Path,
    team: Team,  # noqa: F811
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    common = ["--db", str(db_path), "--rep", "李娜", "--month", "2099-03"]
    assert main(["plan", "suggest", *common, "--json"]) == 0
    out = capsys.readouterr()
    shown = json.loads(out.out)
    assert set(shown) == {"visits", "calls", "unplaced"}
    assert shown["visits"] and shown["calls"] and shown["unplaced"] == []
    assert {c["account"] for c in shown["visits"]} == {"A1医院", "A2医院", "B1医院", "B2医院"}
    assert set(shown["visits"][0]) >= {"date", "account_id", "account", "sub_tier", "slot"}
    # 2099 is not in the official calendar: said on stderr, Monday–Friday used.
    assert "2099" in out.err and "Monday to Friday" in out.err
    assert all(date.fromisoformat(c["date"]).weekday() < 5 for c in shown["visits"])
    shown["contacts"] = shown["visits"] + shown["calls"]
    shown_month = date(2099, 3, 1)
    assert load_plan(db, team.rep, shown_month).id is None

    assert main(["plan", "suggest", *common, "--save"]) == 0
    assert "Saved to the draft plan." in capsys.readouterr().out
    assert len(load_plan(db, team.rep, shown_month).contacts) == len(shown["contacts"])

    target = tmp_path / "plan.ics"
    assert main(["plan", "ics", *common, "-o", str(target)]) == 0
    events = icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert len(events) == len(shown["contacts"])
    assert "Wrote" in capsys.readouterr().out

    assert main(["compliance", *common, "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["totals"]["visits_planned"] == sum(
        1 for c in shown["contacts"] if c["kind"] == "visit"
    )

    assert main(["compliance", "--db", str(db_path), "--rep", "李", "--month", "2099-03"]) == 1
    assert "Did you mean: 李娜" in capsys.readouterr().err
    assert main(["plan", "ics", *common, "-o", str(tmp_path / "plan.txt")]) == 1


def test_submit_asks_shows_summary_and_withdraw(
    db: Database,
    db_path: Path,
    team: Team,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from fieldvisit.domain.enums import PlanStatus

    common = ["--db", str(db_path), "--rep", "李娜", "--month", "2099-03"]
    assert main(["plan", "suggest", *common, "--save"]) == 0
    capsys.readouterr()
    # Not a terminal and no --yes: nothing is submitted.
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert main(["plan", "submit", *common]) == 1
    assert "--yes" in capsys.readouterr().err
    assert load_plan(db, team.rep, date(2099, 3, 1)).status is PlanStatus.DRAFT
    # A terminal: the summary, then the question; "n" keeps the draft.
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda prompt: "n")
    assert main(["plan", "submit", *common]) == 1
    out = capsys.readouterr().out
    assert "0 days over 8 visits" in out and "Not submitted." in out
    monkeypatch.setattr("builtins.input", lambda prompt: "y")
    assert main(["plan", "submit", *common]) == 0
    assert load_plan(db, team.rep, date(2099, 3, 1)).status is PlanStatus.SUBMITTED

    assert main(["plan", "withdraw", *common]) == 0
    assert "draft again" in capsys.readouterr().out
    assert load_plan(db, team.rep, date(2099, 3, 1)).status is PlanStatus.DRAFT
    assert main(["plan", "withdraw", *common]) == 1  # a draft cannot be withdrawn
    assert "has not been submitted" in capsys.readouterr().err

    assert main(["plan", "submit", *common, "--yes", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["status"] == "submitted" and shown["days_over_capacity"] == []


def test_calendar_set_list_unset(db_path: Path, db: Database, capsys) -> None:
    base = ["--db", str(db_path)]
    assert main(["calendar", "list", "--year", "2026", "--json", *base]) == 0
    year = json.loads(capsys.readouterr().out)
    assert year["source"] == "official"
    days = {d["day"]: d["kind"] for d in year["days"]}
    assert days["2026-10-01"] == "holiday" and days["2026-10-10"] == "workday"

    assert main(["calendar", "set", "2027-02-06", "workday", "--name", "春节", *base]) == 0
    assert main(["calendar", "set", "2027-02-08", "holiday", "--name", "春节", *base]) == 0
    capsys.readouterr()
    assert main(["calendar", "list", "--year", "2027", *base]) == 0
    out = capsys.readouterr().out
    assert "2027-02-06 Sat  workday" in out and "春节" in out and "entered by hand" in out
    assert main(["calendar", "unset", "2027-02-08", *base]) == 0
    assert "official calendar applies again" in capsys.readouterr().out
    assert main(["calendar", "list", "--year", "2027", "--json", *base]) == 0
    assert [d["day"] for d in json.loads(capsys.readouterr().out)["days"]] == ["2027-02-06"]
    assert main(["calendar", "set", "2027-13-01", "holiday", *base]) == 1
    capsys.readouterr()
    assert main(["--lang", "zh", "calendar", "list", "--year", "2026", *base]) == 0
    out = capsys.readouterr().out
    assert "2026-10-01 Thu  holiday  official  国庆节" in out and "官方日历" in out
