"""In the co-visit window: removing a written call asks and Undo / Ctrl+Z brings it back;
a call's account, day and people change; the call page links the rep's own record."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from fieldvisit.domain.enums import ContactMethod, CoVisitType
from fieldvisit.services.covisits import calls as c
from fieldvisit.services.covisits import session as sess
from fieldvisit.services.covisits import signoff as so
from fieldvisit.services.covisits.template import current_template
from fieldvisit.services.local_days import local_midnight
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import (
    ActionItem,
    CallObservation,
    ContactRecord,
    CoVisitCall,
    CoVisitCallStakeholder,
)
from fieldvisit.ui.covisits.call_dialogs import ChangeCallDialog
from fieldvisit.ui.covisits.window import CoVisitWindow
from fieldvisit.ui.events import DataEvents
from tests.services.covisits.conftest import DAY, Field, fill_complete, make_field


@pytest.fixture
def field(db: Database) -> Field:
    return make_field(db)


@pytest.fixture
def window(
    qtbot: QtBot, db: Database, events: DataEvents, settings: QSettings, field: Field
) -> Iterator[CoVisitWindow]:
    cv = sess.start_covisit(db, field.rep_id, DAY, DAY + timedelta(days=1))
    account = field.accounts[0]
    call = c.add_call(
        db, cv.id, account, DAY, CoVisitType.COACHING, list(field.stakeholders[account])
    )
    c.set_call_field(db, call.id, "visit_objective", "确认下月订单")
    c.set_call_field(db, call.id, "rep_self_assessment", "开场太快")
    c.set_call_field(db, call.id, "agreed_learning", "先问三个问题")
    for n, step in enumerate(current_template().steps):
        c.set_observation(db, call.id, step.key, 1 + n % 5, f"看到{n}")
    win = CoVisitWindow(db, events, settings, cv.id)
    qtbot.addWidget(win)
    win.show()
    win.go_to("calls")
    yield win
    win.close()


def call_row(db: Database, window: CoVisitWindow) -> CoVisitCall:
    with db.session_scope() as s:
        row = s.scalars(
            select(CoVisitCall).where(CoVisitCall.covisit_id == window.covisit_id)
        ).one()
        s.expunge(row)
        return row


def intact(db: Database, call_id: uuid.UUID) -> tuple[int, int]:
    """Live observations and stakeholders met of the call, as stored."""
    with db.session_scope() as s:
        notes = s.scalars(
            select(CallObservation.note).where(
                CallObservation.call_id == call_id, CallObservation.deleted_at.is_(None)
            )
        ).all()
        met = s.scalars(
            select(CoVisitCallStakeholder.stakeholder_id).where(
                CoVisitCallStakeholder.call_id == call_id
            )
        ).all()
        return len([n for n in notes if n]), len(met)


def answer(window: CoVisitWindow, reply: str, said: list[str] | None = None) -> None:
    """Answer the removal question once it shows, noting what it said."""
    shown = [b for b in window.findChildren(QMessageBox, "confirmRemoveCall") if b.isVisible()]
    if not shown:
        QTimer.singleShot(20, lambda: answer(window, reply, said))
        return
    box = shown[0]
    if said is not None:
        said.extend([box.text(), box.informativeText()])
    button = box.findChild(QPushButton, f"confirmRemoveCall{reply}")
    assert button is not None
    button.click()


def click_remove(qtbot: QtBot, window: CoVisitWindow, reply: str) -> list[str]:
    """Select the call, click Remove and answer the question; returns what it said."""
    page = window.stack.currentWidget()
    table = page.findChild(QTreeWidget, "callsTable")
    assert table is not None and table.topLevelItemCount() == 1
    table.setCurrentItem(table.topLevelItem(0))
    said: list[str] = []
    QTimer.singleShot(0, lambda: answer(window, reply, said))
    remove = page.findChild(QPushButton, "removeCall")
    assert remove is not None
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    return said


def test_removal_asks_naming_what_is_written_and_no_keeps_the_call(
    qtbot: QtBot, db: Database, window: CoVisitWindow
) -> None:
    said = click_remove(qtbot, window, "No")
    assert said[0].startswith("Remove call 1 (")
    assert "pre-call plan: 1 of 5 fields" in said[1]
    assert "observations: 8 of 8 steps" in said[1]
    assert "debrief: 2 of 4 fields" in said[1]
    assert "stakeholders met: 2" in said[1]
    assert call_row(db, window).deleted_at is None
    assert len(window.ctx.view.calls) == 1


# Activating the window (for Ctrl+Z) makes the offscreen platform say this.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_a_removed_call_comes_back_with_undo_and_ctrl_z(
    qtbot: QtBot, db: Database, window: CoVisitWindow
) -> None:
    call_id = call_row(db, window).id
    click_remove(qtbot, window, "Yes")
    assert call_row(db, window).deleted_at is not None
    assert window.ctx.view.calls == ()
    undo = window.findChild(QPushButton, "undoCallChange")
    assert undo is not None and undo.isEnabled()
    assert undo.text() == "Undo the removal of call 1"
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    assert call_row(db, window).deleted_at is None
    assert intact(db, call_id) == (8, 2)
    assert window.ctx.view.calls[0].agreed_learning == "先问三个问题"
    assert not undo.isEnabled()

    window.go_to("calls")
    click_remove(qtbot, window, "Yes")
    assert call_row(db, window).deleted_at is not None
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    table = window.stack.currentWidget().findChild(QTreeWidget, "callsTable")
    assert table is not None
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert call_row(db, window).deleted_at is None
    assert intact(db, call_id) == (8, 2)
    table = window.stack.currentWidget().findChild(QTreeWidget, "callsTable")
    assert table is not None
    table.setFocus()
    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(table, Qt.Key.Key_Z, redo)  # done again
    assert call_row(db, window).deleted_at is not None
    qtbot.keyClick(window.stack.currentWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert call_row(db, window).deleted_at is None
    assert intact(db, call_id) == (8, 2)
    assert [k for k, _ in window.pages if k.startswith("call:")] == [
        f"call:{call_id}:plan",
        f"call:{call_id}:observe",
        f"call:{call_id}:debrief",
    ]


def test_account_day_and_people_change_and_undo_takes_it_back(
    qtbot: QtBot, db: Database, window: CoVisitWindow, field: Field
) -> None:
    table = window.findChild(QTreeWidget, "callsTable")
    assert table is not None
    table.setCurrentItem(table.topLevelItem(0))
    button = window.findChild(QPushButton, "changeCall")
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(ChangeCallDialog, "changeCallDialog")
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    day = dialog.findChild(QComboBox, "callDay")
    accounts = dialog.findChild(QListWidget, "accountList")
    people = dialog.findChild(QListWidget, "stakeholderList")
    assert day is not None and accounts is not None and people is not None
    assert [people.item(i).checkState() for i in range(people.count())] == [
        Qt.CheckState.Checked,
        Qt.CheckState.Checked,
    ]  # the call's people, preset
    day.setCurrentIndex(1)
    ids = [cand.account_id for cand in dialog.place.candidates]
    accounts.setCurrentRow(ids.index(field.accounts[2]))
    people.item(1).setCheckState(Qt.CheckState.Checked)
    ok = dialog.findChild(QPushButton, "changeCallOk")
    assert ok is not None
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    row = call_row(db, window)
    assert (row.account_id, row.day) == (field.accounts[2], DAY + timedelta(days=1))
    chosen = dialog.place.candidates[ids.index(field.accounts[2])].stakeholders[1][0]
    with db.session_scope() as s:
        met = s.scalars(
            select(CoVisitCallStakeholder.stakeholder_id).where(
                CoVisitCallStakeholder.call_id == row.id
            )
        ).all()
    assert met == [chosen]
    assert row.agreed_learning == "先问三个问题" and intact(db, row.id)[0] == 8

    undo = window.findChild(QPushButton, "undoCallChange")
    assert undo is not None
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    row = call_row(db, window)
    assert (row.account_id, row.day) == (field.accounts[0], DAY)
    assert intact(db, row.id) == (8, 2)


def test_the_call_page_links_the_reps_own_record(
    qtbot: QtBot, db: Database, events: DataEvents, settings: QSettings, field: Field
) -> None:
    with db.session_scope() as s:
        record = ContactRecord(
            account_id=field.accounts[1],
            author_id=field.rep_id,
            occurred_at=local_midnight(DAY) + timedelta(hours=10),
            method=ContactMethod.VISIT,
        )
        s.add(record)
        s.flush()
        record_id = record.id
    cv = sess.start_covisit(db, field.rep_id, DAY)
    call = c.add_call(db, cv.id, field.accounts[1], DAY, CoVisitType.JOINT)
    assert call.contact_record_id == record_id  # the only one: linked at once
    win = CoVisitWindow(db, events, settings, cv.id)
    qtbot.addWidget(win)
    win.show()
    win.go_to(f"call:{call.id}:plan")
    combo = win.findChild(QComboBox, "callRecord")
    assert combo is not None and combo.isEnabled()
    assert combo.count() == 2 and combo.currentIndex() == 1
    combo.activated.emit(0)  # "Not linked"
    assert sess.get_covisit(db, cv.id).calls[0].contact_record_id is None
    combo.activated.emit(1)
    assert sess.get_covisit(db, cv.id).calls[0].contact_record_id == record_id
    with db.session_scope() as s:
        assert s.scalar(select(ContactRecord.content).where(ContactRecord.id == record_id)) is None
    win.close()


def test_signing_off_ends_what_undo_can_take_back(
    qtbot: QtBot, db: Database, events: DataEvents, settings: QSettings, field: Field
) -> None:
    cv = sess.start_covisit(db, field.rep_id, DAY)
    fill_complete(db, cv.id, field, calls=2)
    win = CoVisitWindow(db, events, settings, cv.id)
    qtbot.addWidget(win)
    win.show()
    win.go_to("calls")
    page = win.stack.currentWidget()
    table = page.findChild(QTreeWidget, "callsTable")
    assert table is not None
    table.setCurrentItem(table.topLevelItem(1))
    QTimer.singleShot(0, lambda: answer(win, "Yes"))
    remove = page.findChild(QPushButton, "removeCall")
    assert remove is not None
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert len(win.ctx.view.calls) == 1
    undo = win.findChild(QPushButton, "undoCallChange")
    assert undo is not None and undo.isEnabled()
    sess.acknowledge(db, cv.id, None)  # the removal withdrew the rep's acknowledgement
    so.sign_off(db, cv.id)
    win.reload()
    assert win.ctx.view.locked and not undo.isEnabled() and win.ctx.undo.count() == 0
    win.close()


# Activating the window (for Ctrl+Z) makes the offscreen platform say this.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_ctrl_z_in_a_text_box_undoes_the_typing_not_the_removal(
    qtbot: QtBot, db: Database, window: CoVisitWindow
) -> None:
    click_remove(qtbot, window, "Yes")
    window.go_to("end")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    box = window.stack.currentWidget().findChild(QPlainTextEdit, "strengths")
    assert box is not None
    box.setFocus()
    qtbot.keyClicks(box, "abc")
    qtbot.keyClick(box, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert box.toPlainText() != "abc"  # the text box took Ctrl+Z
    assert call_row(db, window).deleted_at is not None  # the call stays removed


def _answer_action(window: CoVisitWindow, reply: str) -> None:
    shown = [b for b in window.findChildren(QMessageBox, "removeActionConfirm") if b.isVisible()]
    if not shown:
        QTimer.singleShot(20, lambda: _answer_action(window, reply))
        return
    button = shown[0].findChild(QPushButton, f"removeActionConfirm{reply}")
    assert button is not None
    button.click()


def _live_actions(db: Database, window: CoVisitWindow) -> list[str]:
    with db.session_scope() as s:
        return list(
            s.scalars(
                select(ActionItem.description).where(
                    ActionItem.covisit_id == window.covisit_id, ActionItem.deleted_at.is_(None)
                )
            )
        )


def test_removing_an_action_asks_and_undo_brings_it_back(
    qtbot: QtBot, db: Database, window: CoVisitWindow, field: Field
) -> None:
    so.add_action(db, window.covisit_id, "每次拜访前写好三个问题", field.rep_id, DAY)
    window.reload()
    window.go_to("end")
    page = window.stack.currentWidget()
    remove = page.findChild(QPushButton, "removeAction0")
    assert remove is not None
    QTimer.singleShot(0, lambda: _answer_action(window, "No"))
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert _live_actions(db, window) == ["每次拜访前写好三个问题"]

    QTimer.singleShot(0, lambda: _answer_action(window, "Yes"))
    qtbot.mouseClick(page.findChild(QPushButton, "removeAction0"), Qt.MouseButton.LeftButton)
    assert _live_actions(db, window) == []
    undo = window.findChild(QPushButton, "undoCallChange")
    assert undo is not None and undo.isEnabled()
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    assert _live_actions(db, window) == ["每次拜访前写好三个问题"]
