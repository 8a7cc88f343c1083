"""A save that meets a full disk says "Not saved", keeps the text, and retries until stored."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot
from sqlalchemy.exc import OperationalError

from fieldvisit.domain.enums import CoVisitType
from fieldvisit.services.covisits import calls as c
from fieldvisit.services.covisits import session as sess
from fieldvisit.storage.database import Database
from fieldvisit.ui.covisits.window import CoVisitWindow
from fieldvisit.ui.events import DataEvents
from tests.services.covisits.conftest import DAY, make_field


def disk_full() -> OperationalError:
    return OperationalError(
        "UPDATE covisit_call", {}, sqlite3.OperationalError("database or disk is full")
    )


class FailingSave:
    """Wraps the service's save: raises a full disk while ``failures`` lasts."""

    def __init__(self, real: Callable[..., Any], failures: int) -> None:
        self.real, self.failures, self.calls = real, failures, 0

    def __call__(self, *args: Any) -> Any:
        self.calls += 1
        if self.failures > 0:
            self.failures -= 1
            raise disk_full()
        return self.real(*args)


@pytest.fixture
def window(
    qtbot: QtBot, db: Database, events: DataEvents, settings: QSettings
) -> tuple[CoVisitWindow, Any]:
    f = make_field(db)
    cv = sess.start_covisit(db, f.rep_id, DAY)
    call = c.add_call(db, cv.id, f.accounts[0], DAY, CoVisitType.COACHING)
    win = CoVisitWindow(db, events, settings, cv.id)
    qtbot.addWidget(win)
    win.go_to(f"call:{call.id}:debrief")
    return win, call.id


def stored(db: Database, covisit_id: Any) -> str | None:
    return sess.get_covisit(db, covisit_id).calls[0].rep_self_assessment


def box_of(win: CoVisitWindow) -> QPlainTextEdit:
    box = win.findChild(QPlainTextEdit, "debrief_self_assessment")
    assert box is not None
    return box


def test_a_full_disk_shows_not_saved_then_the_retry_stores_the_text(
    qtbot: QtBot, db: Database, window: tuple[CoVisitWindow, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    win, _ = window
    failing = FailingSave(c.set_call_field, failures=1)
    monkeypatch.setattr(c, "set_call_field", failing)
    box = box_of(win)
    qtbot.keyClicks(box, "Good opening")
    qtbot.waitUntil(lambda: win.saved_label.text().startswith("Not saved"))
    assert "the disk is full" in win.saved_label.text()
    assert stored(db, win.covisit_id) is None
    assert box.toPlainText() == "Good opening"
    qtbot.waitUntil(lambda: win.saved_label.text().startswith("Saved"), timeout=5000)
    assert stored(db, win.covisit_id) == "Good opening"
    assert failing.calls == 2
    assert not win.saver.has_pending() and win.saver.problem is None


def test_unsaved_text_survives_moving_between_steps_and_typing_retries(
    qtbot: QtBot, db: Database, window: tuple[CoVisitWindow, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    win, call_id = window
    failing = FailingSave(c.set_call_field, failures=10_000)
    monkeypatch.setattr(c, "set_call_field", failing)
    box = box_of(win)
    qtbot.keyClicks(box, "Asked few questions")
    qtbot.waitUntil(lambda: win.saver.problem is not None)
    win.go_to(f"call:{call_id}:plan")  # leaving flushes (and fails again), the next page loads
    win.go_to(f"call:{call_id}:debrief")  # coming back must not show the stored (empty) text
    assert box.toPlainText() == "Asked few questions"
    assert stored(db, win.covisit_id) is None
    assert win.saved_label.text().startswith("Not saved")

    failing.failures = 0  # space freed
    before = failing.calls
    qtbot.keyClicks(box, ".")
    qtbot.waitUntil(lambda: win.saved_label.text().startswith("Saved"), timeout=3000)
    assert failing.calls > before
    assert stored(db, win.covisit_id) == "Asked few questions."


def test_a_rating_click_on_a_full_disk_says_so_and_the_next_click_saves(
    qtbot: QtBot, db: Database, window: tuple[CoVisitWindow, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox, QRadioButton

    win, call_id = window
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))
    failing = FailingSave(c.set_observation, failures=1)
    monkeypatch.setattr(c, "set_observation", failing)
    win.go_to(f"call:{call_id}:observe")
    step = win.ctx.template.steps[0].key
    button = win.findChild(QRadioButton, f"rating_{step}_4")
    assert button is not None
    button.click()
    assert win.saved_label.text() == "Not saved: the disk is full."
    assert warned and "Free some space" in warned[0]
    assert sess.get_covisit(db, win.covisit_id).calls[0].observation(step).rating is None
    assert not button.isChecked()  # the page shows what is stored
    button.click()
    assert win.saved_label.text().startswith("Saved")
    assert sess.get_covisit(db, win.covisit_id).calls[0].observation(step).rating == 4
