"""The manager's view driven as a user would: pick a manager, a month, a rep; read the figures."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from fieldvisit.clock import FixedClock
from fieldvisit.domain.enums import CoVisitType
from fieldvisit.services.covisits.manager_view import manager_month
from fieldvisit.services.local_days import local_today
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import CoVisit, CoVisitCall
from fieldvisit.ui.covisits.manager_view import ManagerViewWidget
from fieldvisit.ui.events import DataEvents
from tests.services.covisits.team_data import Team, build_team
from tests.services.local_tz import local_zone

MARCH = date(2025, 3, 1)


@pytest.fixture
def team(db: Database, fixed_clock: FixedClock) -> Iterator[Team]:
    # Shanghai's clock: the contact at 00:30 on 1 April is April's, not March's.
    fixed_clock.tz = ZoneInfo("Asia/Shanghai")
    with local_zone("Asia/Shanghai"):
        yield build_team(db)


def open_view(
    qtbot: QtBot, db: Database, events: DataEvents, settings: QSettings
) -> ManagerViewWidget:
    view = ManagerViewWidget(db, events, settings)
    qtbot.addWidget(view)
    view.resize(1400, 1000)
    view.show()
    view.manager_box.setCurrentIndex(
        view.manager_box.findText("王喆", Qt.MatchFlag.MatchStartsWith)
    )
    view.set_month(MARCH)
    return view


def test_pick_a_rep_and_read_the_figures(
    qtbot: QtBot, db: Database, events: DataEvents, settings: QSettings, team: Team
) -> None:
    view = open_view(qtbot, db, events, settings)
    assert [view.rep_box.itemText(i) for i in range(view.rep_box.count())] == [
        "All reps",
        "周宁",
        "李堃",
    ]
    view.rep_box.setCurrentIndex(view.rep_box.findText("李堃"))
    expected = manager_month(db, team.office, MARCH, team.r1)

    assert view.field_card.value.text() == "6 of 21"
    assert (
        "29 %" in view.field_card.detail.text() and "Below target" in view.field_card.detail.text()
    )
    assert "≥ 70 %" in view.field_card.detail.text() and view.field_card.ok is False
    assert view.days_card.value.text() == str(expected.covisit_days) == "3"
    assert view.calls_card.value.text() == "4"
    assert view.calls_card.detail.text() == "Joint 1 · Demonstration 1 · Coaching 2"
    assert view.rating_card.value.text() == "3.5"
    assert view.late_card.value.text() == "1"
    assert view.chart.series_labels() == ["Communication", "Sales calls"]
    table = view.actions_table
    assert table.rowCount() == len(expected.open_actions) == 2
    assert [table.item(r, 1).text() for r in range(2)] == ["准备价格异议数据", "约药剂科主任"]
    assert table.item(0, 4).text() == ("⚠ Overdue" if expected.open_actions[0].overdue else "Open")
    assert not view.partial_note.isVisible()

    # One standard only.
    view.standard_box.setCurrentIndex(view.standard_box.findText("Sales calls"))
    assert view.chart.series_labels() == ["Sales calls"]


def test_all_reps_table_and_choosing_a_rep_from_it(
    qtbot: QtBot, db: Database, events: DataEvents, settings: QSettings, team: Team
) -> None:
    view = open_view(qtbot, db, events, settings)
    table = view.reps_table
    rows = {
        table.item(r, 0).text(): [table.item(r, c).text() for c in range(1, 9)]
        for r in range(table.rowCount())
    }
    late = sum(d < local_today() for d in (date(2025, 3, 20), date(2025, 5, 1)))
    overdue = f"2 ({late} overdue)" if late else "2"
    assert rows["李堃"] == [
        "2",
        "3",
        "1",
        "1",
        "2",
        "3.5",
        overdue,
        "1",
    ]
    assert rows["周宁"][:5] == ["2", "2", "1", "0", "1"]
    # The last row: the team's totals, as the printed summary has them.
    assert table.item(table.rowCount() - 1, 0).text() == "Team"
    assert rows["Team"] == [
        "4",
        "5",
        "2",
        "1",
        "3",
        "3.7",
        f"3 ({late} overdue)" if late else "3",
        "2",
    ]
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "周宁")
    table.setFocus()
    table.setCurrentCell(row, 0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert view.rep_box.currentText() == "周宁"
    assert view.days_card.value.text() == "2"


def test_refreshes_when_covisits_change(
    qtbot: QtBot, db: Database, events: DataEvents, settings: QSettings, team: Team
) -> None:
    view = open_view(qtbot, db, events, settings)
    assert view.calls_card.value.text() == "6"
    with db.session_scope() as s:
        c = CoVisit(
            manager_id=team.office,
            rep_id=team.r2,
            first_day=date(2025, 3, 26),
            last_day=date(2025, 3, 26),
            template_version="1",
        )
        s.add(c)
        s.flush()
        account_id = s.get(CoVisitCall, s.query(CoVisitCall.id).first()[0]).account_id
        s.add(
            CoVisitCall(
                covisit_id=c.id,
                seq=1,
                day=date(2025, 3, 26),
                account_id=account_id,
                call_type=CoVisitType.COACHING,
            )
        )
    events.announce({"covisit"})
    assert view.calls_card.value.text() == "7"
    assert view.field_card.value.text() == "7 of 21"


def test_current_month_says_it_counts_up_to_today(
    qtbot: QtBot, db: Database, events: DataEvents, settings: QSettings, team: Team
) -> None:
    view = open_view(qtbot, db, events, settings)
    view.set_month(local_today())
    assert view.partial_note.isVisible()
    assert "up to today" in view.partial_note.text()
