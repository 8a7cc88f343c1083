"""Two windows, two laptops' databases, one live team server: the rep submits next month's
plan and the manager approves it; the manager's co-visit report reaches the rep, who reads
and acknowledges it in their window; the manager signs. Driven through the windows' own
widgets (Sync now included), checked in both databases and on the server."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from fieldvisit.domain.covisit_view import acknowledged_digest
from fieldvisit.domain.enums import AccountType, CoVisitStatus, MemberRole, PlanStatus, Tier
from fieldvisit.server import admin
from fieldvisit.services.planning.plans import load_plan
from fieldvisit.services.team import MemberRow, current_user, set_current_user
from fieldvisit.services.today import ItemState
from fieldvisit.storage.database import Database
from fieldvisit.storage.migrate import open_database
from fieldvisit.storage.models import Account, CoVisit, MonthlyPlan, Stakeholder
from fieldvisit.sync.conflicts import keep_theirs, unresolved
from fieldvisit.sync.join import join
from fieldvisit.ui.covisits.ack_code import AckCodeBox, AckCodeDialog
from fieldvisit.ui.covisits.window import CoVisitWindow
from fieldvisit.ui.events import DataEvents
from fieldvisit.ui.main_window import MainWindow
from fieldvisit.ui.settings_dialog import SettingsDialog
from tests.server.test_sync_covisit_report import _view, _write_report
from tests.ui.covisits.test_walkthrough import answer_sign_off, child

LEFT = Qt.MouseButton.LeftButton
MONTH = date(2026, 12, 1)  # next month on the pinned Monday, 2026-11-23


@dataclass
class Laptop:
    db: Database
    user: MemberRow
    window: MainWindow


def _laptop(qtbot: QtBot, folder: Path, name: str, role: MemberRole, url: str, code: str) -> Laptop:
    db = open_database(folder / name / "fieldvisit.db")
    set_current_user(db, name, role)
    join(db, url, code)
    user = current_user(db)
    assert user is not None
    settings = QSettings(str(folder / name / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(db, user, DataEvents(), settings)
    qtbot.addWidget(window)
    assert window.sync is not None  # a team laptop: the status bar syncs
    window.sync.manual_only()  # only the test's own clicks on "Sync now"
    window.resize(1366, 768)
    window.show()
    return Laptop(db, user, window)


def sync(qtbot: QtBot, laptop: Laptop) -> None:
    """Click the status bar's "Sync now" and wait for the sync to finish."""
    controller = laptop.window.sync
    assert controller is not None
    button = laptop.window.findChild(QPushButton, "syncNow")
    assert button is not None
    with qtbot.waitSignal(controller.synced, timeout=30_000) as done:
        qtbot.mouseClick(button, LEFT)
    assert done.args is not None
    # Known elsewhere, not this test's subject: the Accounts page's search-key rebuild on the
    # manager's laptop rewrites the reps' pulled accounts (search keys are local), which the
    # server refuses. Every other conflict fails the test.
    others = [
        c
        for c in unresolved(laptop.db)
        if not (
            c.table_name in ("account", "stakeholder")
            and [d.column for d in c.differences] == ["search_key"]
        )
    ]
    assert others == []


@pytest.fixture
def laptops(
    qtbot: QtBot, server_db: Database, live_server: str, tmp_path: Path
) -> Iterator[tuple[Laptop, Laptop]]:
    m = admin.add_member(server_db, "王经理", MemberRole.MANAGER)
    r = admin.add_member(server_db, "李代表", MemberRole.REP, "王经理")
    rep = _laptop(qtbot, tmp_path, "李代表", MemberRole.REP, live_server, r)
    manager = _laptop(qtbot, tmp_path, "王经理", MemberRole.MANAGER, live_server, m)
    yield rep, manager
    for laptop in (rep, manager):
        assert laptop.window.sync is not None
        laptop.window.sync.stop()
        laptop.window.close()
        laptop.db.close()


@pytest.fixture(autouse=True)
def _english_and_yes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIELDVISIT_LANG", "en")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)


def _account(db: Database, owner: uuid.UUID) -> uuid.UUID:
    with db.session_scope() as session:
        account = Account(
            name="协和医院", account_type=AccountType.HOSPITAL, owner_id=owner, tier=Tier.A
        )
        session.add(account)
        session.flush()
        session.add(Stakeholder(account_id=account.id, name="王主任"))
        return account.id


def _plan_status(db: Database, rep: uuid.UUID) -> PlanStatus | None:
    with db.read_scope() as session:
        plan = session.query(MonthlyPlan).filter_by(rep_id=rep, month=MONTH).one_or_none()
        return None if plan is None else plan.status


def test_plan_and_covisit_report_round_trip_through_two_windows(
    qtbot: QtBot, laptops: tuple[Laptop, Laptop], server_db: Database
) -> None:
    rep, manager = laptops
    account = _account(rep.db, rep.user.id)

    # The rep plans December and submits it on the Plan page.
    rep.window.show_page("plan")
    page = rep.window.plan_page
    page.set_month(MONTH)
    page.suggest()
    assert load_plan(rep.db, rep.user.id, MONTH).contacts
    qtbot.mouseClick(page.submit_button, LEFT)
    assert _plan_status(rep.db, rep.user.id) is PlanStatus.SUBMITTED
    sync(qtbot, rep)
    assert _plan_status(server_db, rep.user.id) is PlanStatus.SUBMITTED

    # The manager sees it after a sync and approves it on their Plan page.
    sync(qtbot, manager)
    manager.window.show_page("plan")
    plans = manager.window.plan_page
    assert plans.select_rep(rep.user.id)
    plans.set_month(MONTH)
    assert plans.approve_button.isEnabled()
    qtbot.mouseClick(plans.approve_button, LEFT)
    assert _plan_status(manager.db, rep.user.id) is PlanStatus.APPROVED
    sync(qtbot, manager)
    sync(qtbot, rep)
    assert _plan_status(server_db, rep.user.id) is PlanStatus.APPROVED
    assert _plan_status(rep.db, rep.user.id) is PlanStatus.APPROVED

    # The co-visit report, written on the manager's laptop, reaches the rep's Today page.
    covisit_id = _write_report(manager.db, rep.user.id, account)
    sync(qtbot, manager)
    sync(qtbot, rep)
    rep.window.show_page("today")
    today = rep.window.today_page
    today.refresh()
    waiting = [
        i
        for s in today.view.sections
        for i in s.items
        if i.target is not None and i.target.id == covisit_id
    ]
    assert [i.state for i in waiting] == [ItemState.TO_ACKNOWLEDGE]
    rep.window.open_target(waiting[0].target)
    report = rep.window.covisits_page.open(covisit_id)
    assert isinstance(report, CoVisitWindow) and report.ctx.rep_mode
    # The rep reads it: the manager's parts are read-only for them.
    report.go_to("end")
    strengths = child(report, "strengths")
    assert isinstance(strengths, QPlainTextEdit) and strengths.isReadOnly()
    assert "产品知识扎实" in strengths.toPlainText()
    report.go_to("signoff")
    comments = child(report, "repComments")
    assert isinstance(comments, QPlainTextEdit) and not comments.isReadOnly()
    comments.setFocus()
    qtbot.keyClicks(comments, "Agreed: questions before each visit")
    ack = child(report, "acknowledge")
    assert isinstance(ack, QPushButton) and ack.text() == "Acknowledge the report"
    qtbot.mouseClick(ack, LEFT)
    assert _view(rep.db, covisit_id).rep_acknowledged_at is not None
    sign = [w for w in report.findChildren(QPushButton, "signOff")]
    assert all(not w.isEnabled() for w in sign)  # never the rep's to sign
    report.close()
    sync(qtbot, rep)

    # The manager syncs, sees the acknowledgement and signs in the report's window.
    sync(qtbot, manager)
    window = manager.window.covisits_page.open(covisit_id)
    window.go_to("signoff")
    assert "Acknowledged by the rep" in child(window, "acknowledgedAt").text()  # type: ignore[attr-defined]
    answer_sign_off(qtbot, lock=True)
    qtbot.mouseClick(child(window, "signOff"), LEFT)
    assert _view(manager.db, covisit_id).status is CoVisitStatus.SIGNED_OFF
    window.close()
    sync(qtbot, manager)
    sync(qtbot, rep)

    views = [_view(db, covisit_id) for db in (rep.db, manager.db, server_db)]
    assert all(v.locked for v in views)
    assert len({acknowledged_digest(v) for v in views}) == 1
    assert {v.rep_comments for v in views} == {"Agreed: questions before each visit"}
    assert len({v.manager_signed_at for v in views}) == 1
    with server_db.read_scope() as session:
        stored = session.get(CoVisit, covisit_id)
        assert stored is not None and stored.status is CoVisitStatus.SIGNED_OFF


def _answer_code(code: str) -> list[str]:
    """Type ``code`` into the in-person code dialog as soon as it shows, and press OK."""
    seen: list[str] = []
    tries = iter(range(250))

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, AckCodeDialog):
            if next(tries, None) is not None:
                QTimer.singleShot(20, answer)
            return
        seen.append(dialog.windowTitle())
        edit = dialog.findChild(QLineEdit, "inPersonAckCode")
        assert edit is not None
        QTest.keyClicks(edit, code)
        ok = dialog.findChild(QPushButton, "inPersonAckOk")
        assert ok is not None
        QTest.mouseClick(ok, LEFT)

    QTimer.singleShot(0, answer)
    return seen


def test_in_person_acknowledgement_with_the_reps_code_through_the_windows(
    qtbot: QtBot, laptops: tuple[Laptop, Laptop], server_db: Database, tmp_path: Path
) -> None:
    rep, manager = laptops
    account = _account(rep.db, rep.user.id)
    # The rep sets their code in Settings → You on their own laptop.
    settings = QSettings(str(tmp_path / "rep-settings.ini"), QSettings.Format.IniFormat)
    dialog = SettingsDialog(rep.db, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.you_tab)
    box = dialog.findChild(AckCodeBox)
    assert box is not None and box.isVisible()
    qtbot.keyClicks(box.code, "4821")
    qtbot.mouseClick(box.set_button, LEFT)
    assert "next sync" in box.state.text()
    dialog.reject()
    sync(qtbot, rep)
    sync(qtbot, manager)

    covisit_id = _write_report(manager.db, rep.user.id, account)
    window = manager.window.covisits_page.open(covisit_id)
    window.go_to("signoff")
    # A wrong code: taken on the laptop, refused by the server, shown as a conflict.
    asked = _answer_code("1111")
    qtbot.mouseClick(child(window, "acknowledge"), LEFT)
    assert asked == ["Acknowledge in person"]
    assert _view(manager.db, covisit_id).rep_acknowledged_at is not None
    controller = manager.window.sync
    assert controller is not None
    with qtbot.waitSignal(controller.synced, timeout=30_000) as done:
        qtbot.mouseClick(manager.window.findChild(QPushButton, "syncNow"), LEFT)
    assert done.args is not None and done.args[0].conflicts >= 1
    refused = [c for c in unresolved(manager.db) if c.reason == "ack_code_wrong"]
    assert [c.command for c in refused] == ["covisit.acknowledge_in_person"]
    keep_theirs(manager.db, refused[0].id)  # seen in the Conflicts list, settled
    window.reload()
    assert _view(manager.db, covisit_id).rep_acknowledged_at is None
    # The right code.
    window.go_to("signoff")
    _answer_code("4821")
    qtbot.mouseClick(child(window, "acknowledge"), LEFT)
    sync(qtbot, manager)
    with server_db.read_scope() as session:
        stored = session.get(CoVisit, covisit_id)
        assert stored is not None and stored.rep_acknowledged_at is not None
    window.reload()
    window.go_to("signoff")
    answer_sign_off(qtbot, lock=True)
    qtbot.mouseClick(child(window, "signOff"), LEFT)
    sync(qtbot, manager)
    sync(qtbot, rep)
    assert _view(rep.db, covisit_id).locked and _view(server_db, covisit_id).locked
