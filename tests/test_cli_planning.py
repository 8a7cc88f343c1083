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
    shown = json.loads(capsys.readouterr().out)
    assert shown["accounts"] == 6 and not shown["saved"] and shown["contacts"]
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
