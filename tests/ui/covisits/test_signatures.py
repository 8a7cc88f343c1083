"""The window's acknowledge / sign-off flow, the late banner, read-only revisions, the review
of last time's actions and the start dialog's warning, driven through real widgets and
checked in the database."""

from __future__ import annotations

import uuid
from datetime import time, timedelta

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton, QRadioButton
from pytestqt.qtbot import QtBot

from fieldvisit.clock import FixedClock
from fieldvisit.domain.enums import ActionReview, ActionStatus, CoVisitStatus
from fieldvisit.services.covisits import session as sess
from fieldvisit.services.covisits import signoff as so
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import ActionItem, CoVisit
from fieldvisit.ui.covisits.start_dialog import StartCoVisitDialog
from fieldvisit.ui.covisits.window import CoVisitWindow
from fieldvisit.ui.events import DataEvents
from fieldvisit.ui.pages.covisits import CoVisitsPage
from tests.conftest import TEST_DAY
from tests.services.covisits.conftest import Field, fill_complete, make_field
from tests.ui.covisits.test_walkthrough import answer_sign_off, child

LEFT = Qt.MouseButton.LeftButton


def _written(db: Database, f: Field, day: object = TEST_DAY) -> uuid.UUID:
    """A report with everything written, not acknowledged yet."""
    cv = sess.start_covisit(db, f.rep_id, day)  # type: ignore[arg-type]
    fill_complete(db, cv.id, f)
    sess.withdraw_acknowledgement(db, cv.id)
    return cv.id


def _window(
    qtbot: QtBot, db: Database, events: DataEvents, settings: QSettings, covisit_id: uuid.UUID
) -> CoVisitWindow:
    window = CoVisitWindow(db, events, settings, covisit_id)
    qtbot.addWidget(window)
    window.show()
    return window


def _stored(db: Database, covisit_id: uuid.UUID) -> CoVisit:
    with db.session_scope() as s:
        row = s.get(CoVisit, covisit_id)
        assert row is not None
        s.expunge(row)
        return row


def test_acknowledge_then_edit_withdraws_and_sign_off_asks_before_locking(
    qtbot: QtBot, db: Database, events: DataEvents, settings: QSettings
) -> None:
    f = make_field(db)
    covisit_id = _written(db, f)
    sess.set_covisit_field(db, covisit_id, "big_question_yes", None)
    window = _window(qtbot, db, events, settings, covisit_id)
    window.go_to("signoff")
    ack = child(window, "acknowledge")
    assert isinstance(ack, QPushButton) and not ack.isEnabled()  # the Big Question is open
    assert "Big Question" in child(window, "missingList").text()  # type: ignore[attr-defined]

    window.go_to("end")
    qtbot.mouseClick(child(window, "bigQuestionYes"), LEFT)
    window.go_to("signoff")
    assert ack.isEnabled()
    qtbot.mouseClick(ack, LEFT)
    stored = _stored(db, covisit_id)
    assert stored.rep_acknowledged_at is not None and stored.rep_acknowledged_hash

    # The manager edits the end-of-day text afterwards: the acknowledgement is withdrawn.
    window.go_to("end")
    strengths = child(window, "strengths")
    assert isinstance(strengths, QPlainTextEdit)
    strengths.setFocus()
    qtbot.keyClicks(strengths, ", listens well")
    window.saver.flush()
    window.go_to("signoff")
    view = sess.get_covisit(db, covisit_id)
    assert view.acknowledgement_withdrawn and view.rep_acknowledged_at is None
    status = child(window, "acknowledgedAt")
    assert isinstance(status, QLabel) and "withdrawn" in status.text()
    banner = child(window, "coVisitBanner")
    assert isinstance(banner, QLabel) and "acknowledgement" in banner.text()
    sign = child(window, "signOff")
    assert isinstance(sign, QPushButton) and not sign.isEnabled()

    qtbot.mouseClick(child(window, "acknowledge"), LEFT)
    sign = child(window, "signOff")  # the pages are rebuilt after each step
    assert isinstance(sign, QPushButton) and sign.isEnabled()
    # Cancel leaves the report open ...
    seen = answer_sign_off(qtbot, lock=False)
    qtbot.mouseClick(sign, LEFT)
    assert seen and "locks the report" in seen[0]
    assert _stored(db, covisit_id).status is CoVisitStatus.IN_PROGRESS
    # ... "Sign off and lock" locks it.
    answer_sign_off(qtbot, lock=True)
    qtbot.mouseClick(child(window, "signOff"), LEFT)
    assert _stored(db, covisit_id).status is CoVisitStatus.SIGNED_OFF
    window.go_to("end")
    strengths = child(window, "strengths")
    assert isinstance(strengths, QPlainTextEdit) and strengths.isReadOnly()


def test_opening_a_late_report_says_so(
    qtbot: QtBot,
    db: Database,
    events: DataEvents,
    settings: QSettings,
    fixed_clock: FixedClock,
) -> None:
    f = make_field(db)
    cv = sess.start_covisit(db, f.rep_id, TEST_DAY)
    window = _window(qtbot, db, events, settings, cv.id)
    assert not window.banner.isVisible()
    window.close()
    fixed_clock.set_day(TEST_DAY + timedelta(days=1), time(8, 0))
    late = _window(qtbot, db, events, settings, cv.id)
    banner = child(late, "coVisitBanner")
    assert isinstance(banner, QLabel) and "late" in banner.text()


def test_the_covisits_page_marks_an_overdue_report_late(
    qtbot: QtBot,
    db: Database,
    events: DataEvents,
    settings: QSettings,
    fixed_clock: FixedClock,
) -> None:
    f = make_field(db)
    sess.start_covisit(db, f.rep_id, TEST_DAY)
    page = CoVisitsPage(db, events, settings)
    qtbot.addWidget(page)
    page.refresh()
    assert "late" not in page.list.topLevelItem(0).text(3)
    fixed_clock.set_day(TEST_DAY + timedelta(days=1), time(0, 0))
    page.refresh()
    assert "late" in page.list.topLevelItem(0).text(3)


def test_not_done_keeps_the_action_open_and_a_revision_window_changes_nothing(
    qtbot: QtBot, db: Database, events: DataEvents, settings: QSettings
) -> None:
    f = make_field(db)
    first = sess.start_covisit(db, f.rep_id, TEST_DAY - timedelta(days=30))
    fill_complete(db, first.id, f)
    so.sign_off(db, first.id)
    second = _written(db, f)
    window = _window(qtbot, db, events, settings, second)
    not_done = child(window, "prevNotDone0")
    assert isinstance(not_done, QRadioButton) and not_done.isEnabled()
    qtbot.mouseClick(not_done, LEFT)
    with db.session_scope() as s:
        action = s.query(ActionItem).filter(ActionItem.covisit_id == first.id).one()
        assert action.status is ActionStatus.OPEN and action.reviewed_in_id == second
    view = sess.get_covisit(db, second)
    assert view.review[0].review_in(second) is ActionReview.NOT_DONE
    window.close()

    # Sign the second co-visit, correct it, and open revision 1 read-only.
    sess.acknowledge(db, second, "同意")
    so.sign_off(db, second)
    so.correct(db, second, "补充")
    old = so.revision_view(db, second, 1)
    revision = CoVisitWindow(db, events, settings, second, revision=old)
    qtbot.addWidget(revision)
    revision.show()
    done = child(revision, "prevDone0")
    assert isinstance(done, QRadioButton) and not done.isEnabled()
    done.click()  # a disabled button ignores the click
    with db.session_scope() as s:
        action = s.query(ActionItem).filter(ActionItem.covisit_id == first.id).one()
        assert action.status is ActionStatus.OPEN


def test_starting_again_with_an_unsigned_report_warns_and_offers_to_open_it(
    qtbot: QtBot, db: Database, fixed_clock: FixedClock
) -> None:
    f = make_field(db)
    earlier = sess.start_covisit(db, f.rep_id, TEST_DAY - timedelta(days=3))
    dialog = StartCoVisitDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    warning = child(dialog, "unsignedCoVisitWarning")
    assert isinstance(warning, QLabel) and "late" in warning.text()
    qtbot.mouseClick(child(dialog, "openUnsignedCoVisit"), LEFT)
    assert dialog.open_instead == earlier.id and dialog.started is None
    with db.session_scope() as s:
        assert s.query(CoVisit).count() == 1


def test_the_manager_may_go_on_and_start_anyway(qtbot: QtBot, db: Database) -> None:
    f = make_field(db)
    sess.start_covisit(db, f.rep_id, TEST_DAY)
    dialog = StartCoVisitDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    warning = child(dialog, "unsignedCoVisitWarning")
    assert isinstance(warning, QLabel) and "not signed off yet" in warning.text()
    qtbot.mouseClick(dialog.ok, LEFT)
    assert dialog.started is not None and dialog.open_instead is None
    with db.session_scope() as s:
        assert s.query(CoVisit).count() == 2
