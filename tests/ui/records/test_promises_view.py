"""Open promises across accounts: overdue marked, closed from the view with a note."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from fieldvisit import clock
from fieldvisit.domain.enums import PromiseStatus
from fieldvisit.services.records import add_promise
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import Promise
from fieldvisit.ui.events import DataEvents
from fieldvisit.ui.records.promises_view import SCOPE_ALL, PromisesView
from tests.services.records.conftest import World


def test_close_a_promise_with_a_note(
    qtbot: QtBot, db: Database, events: DataEvents, settings, world: World
) -> None:
    today = clock.today()
    late = add_promise(
        db, None, world.account_id, "Send the papers", world.rep_id, today - timedelta(days=4),
        agreed_on=today - timedelta(days=10),
    )  # fmt: skip
    add_promise(
        db, None, world.other_account_id, "Call back", world.manager_id,
        today + timedelta(days=3), agreed_on=today,
    )  # fmt: skip
    view = PromisesView(db, events, settings)
    qtbot.addWidget(view)
    view.show()
    # "Mine": only Li Na's promise.
    assert view.model.rowCount() == 1
    view.scope.setCurrentIndex(view.scope.findData(SCOPE_ALL))
    assert view.model.rowCount() == 2
    model = view.model
    assert model.index(0, 3).data() == "Send the papers"
    assert model.index(0, 1).data() == "4 day(s) overdue"
    assert model.index(0, 1).data(Qt.ItemDataRole.DecorationRole) is not None
    assert model.index(1, 1).data() == ""
    assert model.index(1, 1).data(Qt.ItemDataRole.DecorationRole) is None
    assert "1 overdue" in view.summary.text()

    view.select_row(0)
    dialog = view.close_current()
    assert dialog is not None
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert dialog.isVisible() and dialog.error.isVisible()  # a note is required
    qtbot.keyClicks(dialog.note, "Handed over in person")
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert not dialog.isVisible()
    with db.session_scope() as s:
        row = s.get(Promise, late)
        assert row is not None
        assert (row.status, row.closing_note) == (PromiseStatus.KEPT, "Handed over in person")
    assert view.model.rowCount() == 1
    assert view.model.index(0, 3).data() == "Call back"
