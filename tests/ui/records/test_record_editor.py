"""Writing a contact record through the editor window, asserting on the database."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from fieldvisit.domain.enums import PromiseStatus, RecordStatus
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import ContactRecord, Promise, RecordStakeholder
from fieldvisit.ui.events import DataEvents
from fieldvisit.ui.records.record_editor import RecordEditor, open_editors, open_record_editor
from tests.services.records.conftest import World


@pytest.fixture(autouse=True)
def _no_editors_left() -> Iterator[None]:
    yield
    for editor in open_editors():
        editor.form = None  # nothing to ask about
        editor.close()


def records(db: Database) -> list[ContactRecord]:
    with db.session_scope() as s:
        rows = list(s.scalars(select(ContactRecord)))
        s.expunge_all()
        return rows


def test_write_save_complete_and_edit_again(
    qtbot: QtBot, db: Database, events: DataEvents, settings, world: World
) -> None:
    announced: list[set[str]] = []
    events.changed.connect(announced.append)
    editor = RecordEditor(db, events, settings, world.account_id)
    qtbot.addWidget(editor)
    editor.show()
    ui = editor.ui
    assert "仁和医院" in editor.windowTitle()

    ui.place.clear()
    qtbot.keyClicks(ui.place, "Pharmacy dept")
    ui.stakeholders.item_named("王主任").setCheckState(Qt.CheckState.Checked)
    ui.stakeholders.item_named("赵药师").setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(ui.sales.boxes["new_item"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(ui.content, "Presented the new product")
    qtbot.keyClicks(ui.successes, "Trial agreed")
    qtbot.keyClicks(ui.shortcomings, "No samples with me")

    qtbot.mouseClick(ui.promises.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(ui.promises.rows[0].description, "Send the papers")
    ui.promises.rows[0].stakeholder.setCurrentIndex(
        ui.promises.rows[0].stakeholder.findText("王主任")
    )
    qtbot.mouseClick(ui.promises.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(ui.promises.rows[1].description, "Arrange a department meeting")
    assert editor.is_modified()
    assert editor.windowTitle().startswith("*")

    qtbot.mouseClick(editor.draft_button, Qt.MouseButton.LeftButton)
    [row] = records(db)
    assert row.status is RecordStatus.DRAFT
    assert row.place == "Pharmacy dept" and row.sales_objectives == ["new_item"]
    assert row.author_id == world.rep_id
    assert not editor.is_modified()
    assert announced and "contact_record" in announced[-1]
    with db.session_scope() as s:
        assert len(s.scalars(select(RecordStakeholder)).all()) == 2
        promises = s.scalars(select(Promise).order_by(Promise.description)).all()
        assert [(p.description, p.status) for p in promises] == [
            ("Arrange a department meeting", PromiseStatus.OPEN),
            ("Send the papers", PromiseStatus.OPEN),
        ]
        assert {p.owner_id for p in promises} == {world.rep_id}
        assert promises[1].stakeholder_id == world.wang_id

    # Complete without lessons: refused, the field says so, nothing changes.
    qtbot.mouseClick(editor.complete_button, Qt.MouseButton.LeftButton)
    assert ui.errors["lessons"].isVisible()
    assert "lessons" in ui.errors["lessons"].text().lower()
    assert not ui.errors["successes"].isVisible()
    assert editor.error_banner.isVisible()
    assert records(db)[0].status is RecordStatus.DRAFT

    qtbot.keyClicks(ui.lessons, "Check stock before calling")
    qtbot.mouseClick(editor.complete_button, Qt.MouseButton.LeftButton)
    assert not ui.errors["lessons"].isVisible()
    [row] = records(db)
    assert row.status is RecordStatus.COMPLETE and row.lessons == "Check stock before calling"
    assert editor.complete_button.text().replace("&", "") == "Save"
    editor.close()

    # Open it again from anywhere: the saved record comes back, one window per record.
    again = open_record_editor(db, events, settings, record_id=row.id)
    qtbot.addWidget(again)
    assert open_record_editor(db, events, settings, record_id=row.id) is again
    assert again.ui.lessons.toPlainText() == "Check stock before calling"
    assert sorted(r.description.text() for r in again.ui.promises.rows) == [
        "Arrange a department meeting",
        "Send the papers",
    ]
    again.ui.content.clear()
    qtbot.keyClicks(again.ui.content, "Rewritten content")
    qtbot.mouseClick(again.complete_button, Qt.MouseButton.LeftButton)
    assert records(db)[0].content == "Rewritten content"
    assert records(db)[0].status is RecordStatus.COMPLETE


def test_bad_amount_is_shown_beside_the_checks(
    qtbot: QtBot, db: Database, events: DataEvents, settings, world: World
) -> None:
    editor = RecordEditor(db, events, settings, world.account_id)
    qtbot.addWidget(editor)
    editor.show()
    editor.ui.checks_box.set_open(True)
    qtbot.keyClicks(editor.ui.checks.money["paid_cents"], "abc")
    qtbot.mouseClick(editor.draft_button, Qt.MouseButton.LeftButton)
    assert editor.ui.checks.money_error.isVisible()
    assert records(db) == []
    editor.ui.checks.money["paid_cents"].clear()
    qtbot.keyClicks(editor.ui.checks.money["paid_cents"], "1,200.5")
    qtbot.keyClicks(editor.ui.checks.texts["stock"], "30 boxes in stock")
    qtbot.mouseClick(editor.draft_button, Qt.MouseButton.LeftButton)
    from fieldvisit.storage.models import VisitCheck

    with db.session_scope() as s:
        check = s.scalars(select(VisitCheck)).one()
        assert (check.paid_cents, check.stock) == (120050, "30 boxes in stock")


def test_closing_with_unsaved_changes_asks(
    qtbot: QtBot,
    db: Database,
    events: DataEvents,
    settings,
    world: World,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    editor = RecordEditor(db, events, settings, world.account_id)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.keyClicks(editor.ui.content, "half written")
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save]
    asked: list[str] = []

    def question(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[1]))
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    assert not editor.close()
    assert editor.isVisible() and records(db) == []
    assert editor.close()
    assert len(asked) == 2
    [row] = records(db)
    assert row.content == "half written" and row.status is RecordStatus.DRAFT


def test_a_full_disk_says_not_saved_keeps_the_text_and_the_next_save_stores_it(
    qtbot: QtBot,
    db: Database,
    events: DataEvents,
    settings,
    world: World,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import sqlite3

    from sqlalchemy.exc import OperationalError

    import fieldvisit.ui.records.record_editor as module

    real = module.save_draft
    failures = [1]

    def full_once(*args: object) -> object:
        if failures[0]:
            failures[0] -= 1
            raise OperationalError(
                "INSERT", {}, sqlite3.OperationalError("database or disk is full")
            )
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(module, "save_draft", full_once)
    editor = RecordEditor(db, events, settings, world.account_id)
    # Should an assertion fail, close without the unsaved-changes question.
    qtbot.addWidget(editor, before_close_func=lambda w: setattr(w, "form", None))
    editor.show()
    qtbot.keyClicks(editor.ui.content, "Presented the new product")
    qtbot.mouseClick(editor.draft_button, Qt.MouseButton.LeftButton)
    assert editor.error_banner.isVisible()
    assert editor.error_banner.text().startswith("Not saved: The disk is full. Free some")
    assert records(db) == []
    assert editor.ui.content.toPlainText() == "Presented the new product"
    qtbot.mouseClick(editor.draft_button, Qt.MouseButton.LeftButton)
    [row] = records(db)
    assert row.content == "Presented the new product"
