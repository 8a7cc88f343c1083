"""The Contact records page, the new-record dialog and the account timeline."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from fieldvisit import clock
from fieldvisit.services.records import PromiseForm, new_record_form, save_draft
from fieldvisit.storage.database import Database
from fieldvisit.ui.events import DataEvents
from fieldvisit.ui.pages.records import RecordsPage
from fieldvisit.ui.records.record_editor import open_editors
from fieldvisit.ui.records.timeline_widget import TimelineWidget
from tests.services.records.conftest import World


def test_late_drafts_on_top_and_new_record_by_name(
    qtbot: QtBot, db: Database, events: DataEvents, settings, world: World
) -> None:
    now = clock.local_now()
    old = new_record_form(db, world.account_id, world.rep_id, now - timedelta(days=3))
    save_draft(db, old)
    fresh = new_record_form(db, world.other_account_id, world.rep_id, now - timedelta(hours=2))
    save_draft(db, fresh)
    page = RecordsPage(db, events, settings)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.records.model.rowCount() == 2)
    assert page.records.banner.isVisible()
    assert "1 draft(s) older than two days" in page.records.banner.text.text()
    assert "仁和医院" in page.records.banner.text.text()
    assert page.records.model.index(1, 3).data() == "Draft — over two days old"
    assert page.records.model.index(0, 3).data() == "Draft"

    dialog = page.new_record()
    qtbot.keyClicks(dialog.account, "x")
    dialog.account.setText("康宁")
    dialog.suggest()
    assert dialog.model.stringList() == ["康宁大药房"]
    dialog.account.setText("康宁大药房")
    dialog.accept()
    editors = open_editors()
    assert len(editors) == 1 and editors[0].ui.account_heading.text() == "康宁大药房"
    qtbot.addWidget(editors[0])
    editors[0].close()


def test_timeline_widget_lists_and_opens(
    qtbot: QtBot, db: Database, events: DataEvents, settings, world: World
) -> None:
    now = clock.local_now()
    form = new_record_form(db, world.account_id, world.rep_id, now - timedelta(days=1))
    form.content = "Talked about the new product"
    form.promises = [PromiseForm("Send papers", (now + timedelta(days=2)).date(), world.rep_id)]
    record_id = save_draft(db, form)
    widget = TimelineWidget(db, events, world.account_id, settings)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.tree.topLevelItemCount() == 3  # record, promise made, promise due
    texts = [widget.tree.topLevelItem(i).text(2) for i in range(3)]
    assert "Talked about the new product" in texts
    record_row = texts.index("Talked about the new product")
    item = widget.tree.topLevelItem(record_row)
    widget.tree.setCurrentItem(item)
    widget.open_current()
    [editor] = open_editors()
    qtbot.addWidget(editor)
    assert editor.record_id == record_id

    # A new record elsewhere is announced: the timeline follows.
    other = new_record_form(db, world.account_id, world.rep_id, now)
    save_draft(db, other)
    events.announce({"contact_record"})
    assert widget.tree.topLevelItemCount() == 4
    qtbot.mouseClick(widget.new_button, Qt.MouseButton.LeftButton)
    assert len(open_editors()) == 2
    for open_editor in open_editors():
        qtbot.addWidget(open_editor)
        open_editor.close()
