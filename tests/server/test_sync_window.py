"""The window's side of team sync, against a real server on loopback: joining from the
first-run dialog, the status-bar indicator and Sync now, the Conflicts dialog, and a laptop
used alone that shows none of it."""

from __future__ import annotations

import dataclasses
import json
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select, text

from fieldvisit.domain.enums import AccountType, MemberRole
from fieldvisit.domain.errors import ValidationError
from fieldvisit.server import admin
from fieldvisit.server.pg_cluster import free_port
from fieldvisit.services.settings import update_current_user
from fieldvisit.services.team import MemberRow, current_user, set_current_user
from fieldvisit.storage.database import Database
from fieldvisit.storage.migrate import open_database
from fieldvisit.storage.models import Account, Stakeholder
from fieldvisit.sync.client import sync_now
from fieldvisit.sync.device import load_identity, save_identity
from fieldvisit.sync.join import join
from fieldvisit.ui.conflicts_dialog import ConflictsDialog
from fieldvisit.ui.events import DataEvents
from fieldvisit.ui.first_run import FirstRunDialog
from fieldvisit.ui.i18n import install_translations, remove_translations
from fieldvisit.ui.main_window import MainWindow
from fieldvisit.ui.settings_dialog import SettingsDialog

WAIT_MS = 30_000


@pytest.fixture(autouse=True)
def _english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIELDVISIT_LANG", "en")


@pytest.fixture
def settings(tmp_path: Path) -> Iterator[QSettings]:
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    yield store
    store.sync()


@pytest.fixture
def events(qapp: QApplication) -> Iterator[DataEvents]:
    """The data broadcast, with the window's English catalogue installed (plural forms)."""
    translators = install_translations(qapp, "en")
    yield DataEvents()
    remove_translations(qapp, translators)


def _laptop(folder: Path, name: str, role: MemberRole, url: str, code: str) -> Database:
    db = open_database(folder / name / "fieldvisit.db")
    set_current_user(db, name, role)
    join(db, url, code)
    return db


def _me(db: Database) -> MemberRow:
    me = current_user(db)
    assert me is not None
    return me


def _add_account(db: Database, name: str) -> uuid.UUID:
    with db.session_scope() as session:
        account = Account(name=name, account_type=AccountType.HOSPITAL, owner_id=_me(db).id)
        session.add(account)
        session.flush()
        return account.id


def _open(qtbot: QtBot, db: Database, events: DataEvents, settings: QSettings) -> MainWindow:
    window = MainWindow(db, _me(db), events, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _server_names(server: Database) -> set[str]:
    with server.read_scope() as session:
        return set(session.scalars(select(Account.name)))


def _local_names(db: Database) -> set[str]:
    with db.read_scope() as session:
        return set(session.scalars(select(Account.name)))


def test_joining_a_team_from_the_first_run_dialog(
    qtbot: QtBot, server_db: Database, live_server: str, tmp_path: Path
) -> None:
    admin.add_member(server_db, "王经理", MemberRole.MANAGER)
    code = admin.add_member(server_db, "李代表", MemberRole.REP, "王经理")
    db = open_database(tmp_path / "laptop" / "fieldvisit.db")
    try:
        dialog = FirstRunDialog(db)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.alone_radio.isChecked() and not dialog.join_box.isVisible()
        qtbot.mouseClick(dialog.team_radio, Qt.MouseButton.LeftButton)
        assert dialog.join_box.isVisible() and not dialog.name_edit.isVisible()
        assert not dialog.ok_button.isEnabled()
        qtbot.keyClicks(dialog.server_edit, live_server)
        qtbot.keyClicks(dialog.code_edit, "not-a-code")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.join_error.isVisible(), timeout=WAIT_MS)
        assert "administrator" in dialog.join_error.text()
        assert dialog.isVisible() and load_identity(db.path) is None  # type: ignore[arg-type]

        dialog.code_edit.clear()
        qtbot.keyClicks(dialog.code_edit, code)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: dialog.result() == FirstRunDialog.DialogCode.Accepted, timeout=WAIT_MS
        )
        assert dialog.member is not None
        assert (dialog.member.name, dialog.member.role) == ("李代表", MemberRole.REP)
        identity = load_identity(db.path)  # type: ignore[arg-type]
        assert identity is not None and identity.member_name == "李代表"
        assert _me(db).id == identity.member_id  # the server's person is "me" here
    finally:
        db.close()


def test_indicator_shows_waiting_changes_and_sync_now_pushes_them(
    qtbot: QtBot,
    server_db: Database,
    live_server: str,
    tmp_path: Path,
    events: DataEvents,
    settings: QSettings,
) -> None:
    admin.add_member(server_db, "王经理", MemberRole.MANAGER)
    code = admin.add_member(server_db, "李代表", MemberRole.REP, "王经理")
    db = _laptop(tmp_path, "李代表", MemberRole.REP, live_server, code)
    try:
        window = _open(qtbot, db, events, settings)
        indicator = window.sync_indicator
        assert indicator is not None and indicator.isVisible()
        assert window.findChild(type(window.sync_action), "syncAction") is not None
        qtbot.waitUntil(lambda: not window.sync.is_busy(), timeout=WAIT_MS)  # type: ignore[union-attr]
        assert "Not synced yet" in indicator.label.text()

        _add_account(db, "协和医院")
        _add_account(db, "同仁医院")
        events.announce({"account"})
        qtbot.waitUntil(lambda: indicator.waiting() == 2, timeout=WAIT_MS)
        assert "2 changes waiting" in indicator.label.text()
        assert _server_names(server_db) == set()

        qtbot.mouseClick(indicator.sync_button, Qt.MouseButton.LeftButton)
        assert not indicator.sync_button.isEnabled()  # one sync at a time
        qtbot.waitUntil(
            lambda: indicator.sync_button.isEnabled() and indicator.waiting() == 0,
            timeout=WAIT_MS,
        )
        assert _server_names(server_db) == {"协和医院", "同仁医院"}
        assert "Last sync 10:00" in indicator.label.text()  # the pinned clock, today
        assert not indicator.conflicts_button.isVisible()
        window.close()
    finally:
        db.close()


def test_pulled_changes_refresh_open_pages_and_offline_is_quiet(
    qtbot: QtBot,
    server_db: Database,
    live_server: str,
    tmp_path: Path,
    events: DataEvents,
    settings: QSettings,
) -> None:
    m = admin.add_member(server_db, "王经理", MemberRole.MANAGER)
    a = admin.add_member(server_db, "李代表", MemberRole.REP, "王经理")
    rep = _laptop(tmp_path, "李代表", MemberRole.REP, live_server, a)
    manager = _laptop(tmp_path, "王经理", MemberRole.MANAGER, live_server, m)
    try:
        _add_account(rep, "协和医院")
        sync_now(rep)
        window = _open(qtbot, manager, events, settings)
        assert window.sync is not None and window.sync_action is not None
        qtbot.waitUntil(lambda: not window.sync.is_busy(), timeout=WAIT_MS)  # type: ignore[union-attr]
        with qtbot.waitSignal(events.changed, timeout=WAIT_MS):
            window.sync_action.trigger()  # File ▸ Sync now
            assert not window.sync_action.isEnabled()
        assert _local_names(manager) == {"协和医院"}
        qtbot.waitUntil(lambda: not window.sync.syncing(), timeout=WAIT_MS)  # type: ignore[union-attr]
        assert window.sync_action.isEnabled()  # ready for the next one

        # The server goes away: the indicator says so; no box opens.
        qtbot.waitUntil(lambda: not window.sync.syncing(), timeout=WAIT_MS)  # type: ignore[union-attr]
        identity = load_identity(manager.path)  # type: ignore[arg-type]
        assert identity is not None
        dead = f"http://127.0.0.1:{free_port()}"
        save_identity(manager.path, dataclasses.replace(identity, server_url=dead))  # type: ignore[arg-type]
        window.sync.sync()
        indicator = window.sync_indicator
        assert indicator is not None
        qtbot.waitUntil(lambda: "Offline" in indicator.label.text(), timeout=WAIT_MS)
        assert "Offline — changes wait" in indicator.label.text()
        assert QApplication.activeModalWidget() is None
        assert indicator.sync_button.isEnabled()
        window.close()
    finally:
        rep.close()
        manager.close()


def test_conflicts_dialog_lists_a_refused_edit_and_acts_on_it(
    qtbot: QtBot, server_db: Database, live_server: str, tmp_path: Path, events: DataEvents
) -> None:
    m = admin.add_member(server_db, "王经理", MemberRole.MANAGER)
    a = admin.add_member(server_db, "李代表", MemberRole.REP, "王经理")
    rep = _laptop(tmp_path, "李代表", MemberRole.REP, live_server, a)
    manager = _laptop(tmp_path, "王经理", MemberRole.MANAGER, live_server, m)
    try:
        account = _add_account(rep, "协和医院")
        sync_now(rep)
        sync_now(manager)
        with manager.session_scope() as session:  # a manager does not edit a rep's card
            row = session.get(Account, account)
            assert row is not None
            row.name = "改名医院"
        assert sync_now(manager).conflicts == 1

        dialog = ConflictsDialog(manager)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.list.count() == 1
        assert dialog.list.item(0).text() == "Account: 改名医院"
        assert dialog.reason.text() == "Your role may not change this."
        cells = [
            [dialog.fields.item(r, c).text() for c in range(3)]
            for r in range(dialog.fields.rowCount())
        ]
        assert ["Name", "改名医院", "协和医院"] in cells

        qtbot.mouseClick(dialog.mine_button, Qt.MouseButton.LeftButton)
        assert dialog.list.count() == 0 and dialog.empty.isVisible()
        assert _local_names(manager) == {"改名医院"}  # mine is back, waiting to go up
        with manager.read_scope() as session:
            conn = session.connection()
            assert conn.execute(text("SELECT count(*) FROM sync_outbox")).scalar() == 1
            assert conn.execute(text("SELECT resolved FROM sync_conflict")).scalar() == 1

        assert sync_now(manager).conflicts == 1  # refused once more
        dialog.load()
        assert dialog.list.count() == 1
        qtbot.mouseClick(dialog.theirs_button, Qt.MouseButton.LeftButton)
        assert dialog.list.count() == 0
        assert _local_names(manager) == {"协和医院"}
        with manager.read_scope() as session:
            conn = session.connection()
            rows = conn.execute(text("SELECT resolved, local_data FROM sync_conflict")).all()
            assert [r.resolved for r in rows] == [1, 1]
            assert "改名医院" in json.loads(rows[1].local_data)["name"]
            assert conn.execute(text("SELECT count(*) FROM sync_outbox")).scalar() == 0
        assert _server_names(server_db) == {"协和医院"}
    finally:
        rep.close()
        manager.close()


def test_a_laptop_used_alone_shows_no_sync(
    qtbot: QtBot, db: Database, events: DataEvents, settings: QSettings
) -> None:
    set_current_user(db, "Li Na", MemberRole.REP)
    window = _open(qtbot, db, events, settings)
    assert window.sync is None and window.sync_indicator is None and window.sync_action is None
    assert window.findChild(QWidget, "syncIndicator") is None
    names = {a.objectName() for a in window.findChildren(type(window.settings_action))}
    assert "syncAction" not in names and "conflictsAction" not in names
    assert not any(c.objectName() == "syncTimer" for c in window.findChildren(QObject))
    with db.read_scope() as session:  # nothing of the sync machinery is created
        tables = session.connection().execute(
            text("SELECT name FROM sqlite_master WHERE name LIKE 'sync_%'")
        )
        assert list(tables) == []


@dataclasses.dataclass
class RecordedLaptop:
    db: Database
    runs: list[threading.Thread]
    """The thread each sync of the window's controller ran on, in order."""


@pytest.fixture
def rep_laptop(
    server_db: Database, live_server: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[RecordedLaptop]:
    """A rep's laptop in the team whose window syncs are recorded."""
    from fieldvisit.ui import sync_status

    admin.add_member(server_db, "王经理", MemberRole.MANAGER)
    code = admin.add_member(server_db, "李代表", MemberRole.REP, "王经理")
    laptop = RecordedLaptop(_laptop(tmp_path, "李代表", MemberRole.REP, live_server, code), [])

    def recording_sync(database: Database) -> object:
        result = sync_now(database)
        laptop.runs.append(threading.current_thread())
        return result

    monkeypatch.setattr(sync_status, "sync_now", recording_sync)
    yield laptop
    laptop.db.close()


def test_automatic_sync_runs_on_its_timer_off_the_gui_thread(
    qtbot: QtBot, server_db: Database, events: DataEvents, rep_laptop: RecordedLaptop
) -> None:
    from fieldvisit.ui import sync_status

    db = rep_laptop.db
    _add_account(db, "协和医院")
    controller = sync_status.SyncController(db, events, interval_ms=60_000, first_delay_ms=50)
    controller.start()  # nobody asks: it syncs shortly after start
    qtbot.waitUntil(lambda: _server_names(server_db) == {"协和医院"}, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not controller.syncing(), timeout=WAIT_MS)
    assert rep_laptop.runs and threading.main_thread() not in rep_laptop.runs
    assert controller.timer.isActive() and controller.timer.interval() == 60_000
    controller.stop()


def test_a_change_goes_out_soon_after_the_last_edit_and_pulled_changes_do_not_echo(
    qtbot: QtBot, server_db: Database, events: DataEvents, rep_laptop: RecordedLaptop
) -> None:
    from fieldvisit.ui import sync_status

    db, runs = rep_laptop.db, rep_laptop.runs
    controller = sync_status.SyncController(
        db, events, interval_ms=600_000, first_delay_ms=-1, soon_ms=300
    )
    try:
        controller.start()
        _add_account(db, "协和医院")
        events.announce({"account"})  # as the window does after a save
        _add_account(db, "同济医院")
        events.announce({"account"})  # a second edit: one sync after the last
        qtbot.waitUntil(
            lambda: _server_names(server_db) == {"协和医院", "同济医院"}, timeout=WAIT_MS
        )
        qtbot.waitUntil(lambda: not controller.syncing(), timeout=WAIT_MS)
        assert len(runs) == 1
        # A sync that brings the team's changes refreshes the pages but sends nothing back.
        with server_db.session_scope() as session:
            session.execute(text("UPDATE account SET notes = '主任换人' WHERE name = '协和医院'"))
        with qtbot.waitSignal(controller.synced, timeout=WAIT_MS) as done:
            controller.sync()
        assert done.args is not None and done.args[0].pulled >= 1
        qtbot.wait(900)  # three times the delay: no sync follows the announcement
        assert len(runs) == 2 and not controller.syncing()
    finally:
        controller.stop()


def test_applying_again_a_row_whose_parent_is_gone_is_refused_and_kept(db: Database) -> None:
    from fieldvisit.sync.capture import install_capture
    from fieldvisit.sync.codec import encode_row
    from fieldvisit.sync.conflicts import ApplyAgainError, apply_mine_again, unresolved
    from fieldvisit.sync.tables import table

    set_current_user(db, "Li Na", MemberRole.REP)
    account = _add_account(db, "协和医院")
    with db.session_scope() as session:
        person = Stakeholder(account_id=account, name="王主任")
        session.add(person)
        session.flush()
        person_id = person.id
    t = table("stakeholder")
    with db.engine.begin() as conn:
        install_capture(conn)
        row = conn.execute(select(t).where(t.c.id == person_id)).one()
        local = encode_row(t, row)
        conn.execute(
            text(
                "INSERT INTO sync_conflict (at, table_name, row_key, reason, local_data) "
                "VALUES ('2026-11-23T10:00:00+00:00', 'stakeholder', :k, 'scope', :l)"
            ),
            {"k": json.dumps([person_id.hex]), "l": json.dumps(local)},
        )
    with db.session_scope() as session:
        session.delete(session.get(Account, account))
    [conflict] = unresolved(db)
    assert conflict.label == "王主任"
    with pytest.raises(ApplyAgainError):
        apply_mine_again(db, conflict.id)
    assert [c.id for c in unresolved(db)] == [conflict.id]  # still there to keep theirs


def test_on_a_team_laptop_settings_cannot_make_anyone_the_manager(
    qtbot: QtBot, db: Database, settings: QSettings, server_db: Database, live_server: str
) -> None:
    admin.add_member(server_db, "王经理", MemberRole.MANAGER)
    code = admin.add_member(server_db, "李代表", MemberRole.REP, "王经理")
    set_current_user(db, "李代表", MemberRole.REP)
    join(db, live_server, code)
    me = _me(db)
    with pytest.raises(ValidationError):  # typing the manager's name changes nothing
        update_current_user(db, "王经理", MemberRole.MANAGER)
    assert _me(db) == me
    assert update_current_user(db, me.name, me.role, me.work_base) == me  # unchanged: fine
    dialog = SettingsDialog(db, settings)
    qtbot.addWidget(dialog)
    assert not dialog.you_tab.name_edit.isEnabled()
    assert not dialog.you_tab.manager_radio.isEnabled()
    # A laptop used alone keeps its Settings as they are.
    alone = open_database(db.path.parent / "alone.db")
    set_current_user(alone, "张三", MemberRole.REP)
    assert update_current_user(alone, "张三", MemberRole.MANAGER).role is MemberRole.MANAGER
    alone.close()
