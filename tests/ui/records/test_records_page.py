"""The Contact records page, the new-record dialog and the account timeline."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from fieldvisit import clock
from fieldvisit.domain.enums import AccountType, MemberRole
from fieldvisit.services.accounts.search_keys import rebuild_stale_keys
from fieldvisit.services.records import PromiseForm, new_record_form, save_draft
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import Account, ContactRecord, TeamMember
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
    dialog.chooser.wait_ready()
    qtbot.waitUntil(dialog.chooser.is_ready)
    qtbot.keyClicks(dialog.account, "kangning")  # pinyin
    qtbot.waitUntil(lambda: [c.name for c in dialog.chooser.choices] == ["康宁大药房"])
    qtbot.keyClick(dialog.account, Qt.Key.Key_Return)
    editors = open_editors()
    assert len(editors) == 1 and editors[0].ui.account_heading.text() == "康宁大药房"
    qtbot.addWidget(editors[0])
    editors[0].close()


def test_new_record_on_the_right_one_of_two_same_name_accounts(
    qtbot: QtBot, db: Database, events: DataEvents, settings, world: World
) -> None:
    # A second 仁和医院 (another city, another rep's) besides the world's own one.
    with db.session_scope() as s:
        s.get(Account, world.account_id).city = "长沙市"  # type: ignore[union-attr]
        s.get(Account, world.account_id).owner_id = world.rep_id  # type: ignore[union-attr]
        colleague = TeamMember(name="Wang Qiang", role=MemberRole.REP)
        s.add(colleague)
        s.flush()
        twin = Account(
            name="仁和医院",
            account_type=AccountType.HOSPITAL,
            city="武汉市",
            address="解放大道1号",
            owner_id=colleague.id,
        )
        s.add(twin)
        s.flush()
        twin_id = twin.id
    rebuild_stale_keys(db)
    page = RecordsPage(db, events, settings)
    qtbot.addWidget(page)
    page.show()
    dialog = page.new_record()
    dialog.chooser.wait_ready()
    qtbot.waitUntil(dialog.chooser.is_ready)
    # Without text: the user's own accounts first, not the whole team's by name.
    assert dialog.chooser.choices[0].id == world.account_id
    qtbot.keyClicks(dialog.account, "rhyy")  # the initials of both
    qtbot.waitUntil(lambda: len(dialog.chooser.choices) == 2)
    rows = [[dialog.chooser.list.topLevelItem(r).text(c) for c in range(4)] for r in range(2)]
    assert rows == [
        ["仁和医院", "长沙市", "", "Li Na (you)"],
        ["仁和医院", "武汉市", "解放大道1号", "Wang Qiang"],
    ]
    qtbot.keyClick(dialog.account, Qt.Key.Key_Down)  # the second one: the colleague's
    assert dialog.account_id() == twin_id
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    [editor] = open_editors()
    qtbot.addWidget(editor)
    qtbot.keyClicks(editor.ui.content, "Met the pharmacy head")
    qtbot.mouseClick(editor.draft_button, Qt.MouseButton.LeftButton)
    with db.session_scope() as s:
        [record] = s.scalars(select(ContactRecord)).all()
        assert record.account_id == twin_id
        assert record.content == "Met the pharmacy head"
    editor.close()


def test_new_record_needs_a_choice(
    qtbot: QtBot, db: Database, events: DataEvents, settings, world: World
) -> None:
    page = RecordsPage(db, events, settings)
    qtbot.addWidget(page)
    dialog = page.new_record()
    dialog.chooser.wait_ready()
    qtbot.waitUntil(dialog.chooser.is_ready)
    qtbot.keyClicks(dialog.account, "xiehe")  # matches nothing here
    qtbot.waitUntil(lambda: dialog.chooser.is_ready() and not dialog.chooser.choices)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error.isVisible()
    assert not open_editors()


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
