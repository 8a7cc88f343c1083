"""The day report window: a rep reviews and sends the day; the manager sees who sent
one, reads it and comments; comments under a record in the record window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from fieldvisit.domain.enums import MemberRole
from fieldvisit.services.reviews.day_report import DayReportBody
from fieldvisit.services.team import set_current_user
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import DayReport, DayReportComment, RecordComment
from fieldvisit.ui.events import DataEvents
from fieldvisit.ui.records.day_report_dialog import DayReportDialog
from fieldvisit.ui.records.record_editor import RecordEditor
from tests.ui.records.day_world import become_manager, make_day_world


def test_the_rep_gives_a_reason_and_sends_and_the_manager_comments(
    qtbot: QtBot, db: Database, events: DataEvents
) -> None:
    world = make_day_world(db)
    dialog = DayReportDialog(db, events)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.tree.topLevelItemCount() == 4
    assert dialog.tree.topLevelItem(0).childCount() == 2  # two records today
    assert dialog.sent_label.text() == "Not sent yet."
    assert dialog.send_button is not None

    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)  # no reason yet
    assert dialog.error.isVisible()
    with db.read_scope() as s:
        assert s.scalars(select(DayReport)).first() is None

    qtbot.keyClicks(dialog.reason_edit(world.missed), "Customer away, moved to Thursday")
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert not dialog.error.isVisible()
    with db.read_scope() as s:
        report = s.scalars(select(DayReport)).one()
        body = DayReportBody.from_json(report.body)
    assert report.rep_id == world.rep
    assert body.counts() == {
        "records": 2,
        "records_completed": 1,
        "promises_made": 1,
        "promises_kept": 1,
        "visits_missed": 1,
    }
    assert body.missed_visits[0].reason == "Customer away, moved to Thursday"
    assert dialog.sent_label.text().startswith("Sent 2026-11-23")

    become_manager(db)
    team = DayReportDialog(db, events)
    qtbot.addWidget(team)
    team.show()
    assert team.reps.rowCount() == 2
    names = {team.reps.item(r, 0).text(): team.reps.item(r, 1).text() for r in range(2)}
    assert names["张伟"] == "Not sent" and names["李娜"] != "Not sent"
    assert team.report is not None and team.report.rep_id == world.rep  # the sent one first
    qtbot.keyClicks(team.comments.editor, "Make it up next week.")
    qtbot.mouseClick(team.comments.add_button, Qt.MouseButton.LeftButton)
    with db.read_scope() as s:
        comment = s.scalars(select(DayReportComment)).one()
    assert (comment.author_id, comment.text) == (world.manager, "Make it up next week.")
    assert [c.text for c in team.comments.comments()] == ["Make it up next week."]


def test_a_comment_written_under_a_record_in_its_window(
    qtbot: QtBot, db: Database, events: DataEvents, settings
) -> None:
    world = make_day_world(db)
    become_manager(db)
    editor = RecordEditor(db, events, settings, None, world.record)
    qtbot.addWidget(editor)
    editor.show()
    assert editor.comments.isVisible()
    qtbot.keyClicks(editor.comments.editor, "Good, bring samples.")
    qtbot.mouseClick(editor.comments.add_button, Qt.MouseButton.LeftButton)
    with db.read_scope() as s:
        row = s.scalars(select(RecordComment)).one()
    assert (row.record_id, row.author_id) == (world.record, world.manager)
    assert editor.status_label.text().startswith("Complete · 1 comment")

    set_current_user(db, "李娜", MemberRole.REP)
    editor.comments.refresh()
    assert [c.author for c in editor.comments.comments()] == ["陈杰"]
    editor.form = None  # nothing to ask about when pytest-qt closes it
