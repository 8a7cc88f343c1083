"""Screen, paper and command line agree: for every manager and every month of a
2,000-account demo, the Manager's view's widgets, the printed team summary (text taken
back out of the PDF) and ``fieldvisit manager-view --json`` show the same figures.

The demo is generated once for the module, dated from the pinned test day; the months
run from the first month with any activity to the month after today (not yet begun).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from fieldvisit.cli import main
from fieldvisit.services.covisits.manager_view import list_managers
from fieldvisit.services.demo import generate_demo
from fieldvisit.services.reporting import PrintOptions, render_team
from fieldvisit.storage.database import Database
from fieldvisit.storage.migrate import open_database
from fieldvisit.storage.models import CoVisit
from fieldvisit.ui.covisits.manager_view import ManagerViewWidget
from fieldvisit.ui.events import DataEvents
from tests.conftest import TEST_DAY
from tests.reports.pdfcheck import text

Figures = dict[str, Any]
"""Per rep name (and "Team"): the nine columns as text; plus the headline figures."""

COLUMNS = ("covisits", "days", "joint", "demo", "coaching", "avg", "open", "late")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Database]]:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    db = open_database(path)
    generate_demo(db, accounts=2000, seed=11, today=TEST_DAY)
    yield path, db
    db.close()


def _months(db: Database) -> list[date]:
    with db.session_scope() as s:
        earliest = s.scalar(select(func.min(CoVisit.first_day)))
    assert earliest is not None
    index = earliest.year * 12 + earliest.month - 1
    end = TEST_DAY.year * 12 + TEST_DAY.month  # the month after today's
    return [date(i // 12, i % 12 + 1, 1) for i in range(index, end + 1)]


def from_cli(path: Path, manager: str, month: date, capsys: pytest.CaptureFixture[str]) -> Figures:
    argv = ["--db", str(path), "manager-view", "--manager", manager, "--month", f"{month:%Y-%m}"]
    assert main([*argv, "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    f = shown["field"]

    def row(r: dict[str, Any]) -> list[str]:
        avg = r["average_rating"]
        return [
            str(r["covisits"]),
            str(r["covisit_days"]),
            str(r["calls"]["joint"]),
            str(r["calls"]["demonstration"]),
            str(r["calls"]["coaching"]),
            "—" if avg is None else f"{avg:.1f}",
            str(r["open_actions"]),
            str(r["late_reports"]),
        ]

    rows = {r["rep"]: row(r) for r in shown["reps"]}
    rows["Team"] = row(shown["team"])
    return {
        "field": (f["field_days"], f["working_days"], f["share_pct"]),
        "covisits": shown["covisits"],
        "covisit_days": shown["covisit_days"],
        "late": shown["late_reports"],
        "rows": rows,
    }


def from_window(view: ManagerViewWidget, month: date) -> Figures:
    view.set_month(month)
    field = re.fullmatch(r"(\d+) of (\d+)", view.field_card.value.text())
    assert field is not None, view.field_card.value.text()
    pct = re.match(r"(\d+) %", view.field_card.detail.text())
    covisits = re.fullmatch(r"Co-visits: (\d+)", view.days_card.detail.text())
    assert covisits is not None
    table = view.reps_table
    rows = {
        table.item(r, 0).text(): [
            table.item(r, c).text().split(" ")[0] for c in range(1, table.columnCount())
        ]
        for r in range(table.rowCount())
    }
    calls = rows["Team"][2:5]
    assert view.calls_card.value.text() == str(sum(int(n) for n in calls))
    assert view.calls_card.detail.text() == "Joint {} · Demonstration {} · Coaching {}".format(
        *calls
    )
    assert view.actions_caption.text().startswith(f"Open action items: {rows['Team'][6]} (")
    return {
        "field": (int(field[1]), int(field[2]), int(pct[1]) if pct else None),
        "covisits": int(covisits[1]),
        "covisit_days": int(view.days_card.value.text()),
        "late": int(view.late_card.value.text()),
        "rows": rows,
    }


def from_paper(db: Database, manager: str, month: date) -> Figures:
    pdf = render_team(db, manager, month, PrintOptions(lang="en"))
    lines = [line.strip() for line in text(pdf).split("\n")]

    def figure(caption: str) -> str:
        return lines[lines.index(caption) - 1]

    body = lines[lines.index("By rep") :]
    start = body.index("reports") + 1  # the last header cell, "Late reports", wraps
    rows: dict[str, list[str]] = {}
    while "Team" not in rows:  # one line per cell, nine cells a row, the totals last
        name, *cells = body[start : start + 9]
        assert name not in rows, f"{name} printed twice"
        rows[name] = cells
        start += 9
    share = figure("In the field")
    return {
        "field": (
            int(figure("Field days")),
            int(figure("Working days")),
            None if share == "—" else int(share.removesuffix(" %")),
        ),
        "covisits": int(figure("Co-visits")),
        "covisit_days": int(figure("Co-visit days")),
        "late": int(rows["Team"][-1]),
        "rows": rows,
    }


def test_window_paper_and_command_line_show_the_same_figures(
    demo: tuple[Path, Database],
    qtbot: QtBot,
    events: DataEvents,
    settings: QSettings,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path, db = demo
    view = ManagerViewWidget(db, events, settings)
    qtbot.addWidget(view)
    managers = list_managers(db)
    months = _months(db)
    assert managers and len(months) >= 12
    compared = 0
    for manager in managers:
        view.manager_box.setCurrentIndex(
            view.manager_box.findText(manager.name, Qt.MatchFlag.MatchStartsWith)
        )
        view.select_rep(None)
        for month in months:
            where = f"{manager.name} {month:%Y-%m}"
            cli = from_cli(path, manager.name, month, capsys)
            assert from_window(view, month) == cli, where
            assert from_paper(db, manager.name, month) == cli, where
            compared += len(cli["rows"])
    # Something was counted: co-visits in most months, and a month not begun shows none.
    assert compared > 12 * len(managers)
    assert cli["field"] == (0, 0, None) and cli["covisits"] == 0
