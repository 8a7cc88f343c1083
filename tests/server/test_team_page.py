"""The Team page against a real server on loopback: who sees it, an administrator adding a
person (the code shown once), a manager handing an account to another of their reps, and
the policy read-only for a manager; each checked in the server's database."""

from __future__ import annotations

import dataclasses
import re
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from fieldvisit.domain.enums import AccountType, MemberRole, SubTier
from fieldvisit.server import admin
from fieldvisit.server.pg_cluster import free_port
from fieldvisit.services.planning.policy import list_policies
from fieldvisit.services.team import MemberRow, current_user, set_current_user
from fieldvisit.storage.database import Database
from fieldvisit.storage.migrate import open_database
from fieldvisit.storage.models import Account, TeamMember
from fieldvisit.sync.client import sync_now
from fieldvisit.sync.device import load_identity, save_identity
from fieldvisit.sync.join import join
from fieldvisit.ui.events import DataEvents
from fieldvisit.ui.i18n import install_translations, remove_translations
from fieldvisit.ui.main_window import MainWindow
from fieldvisit.ui.planning.policy_editor import PolicyEditor
from fieldvisit.ui.team.dialogs import (
    AddPersonDialog,
    ChoosePersonDialog,
    RoleDialog,
    ServerAccountChooser,
    TerritoryDialog,
)
from fieldvisit.ui.team.page import TeamPage

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


def _open(qtbot: QtBot, db: Database, events: DataEvents, settings: QSettings) -> MainWindow:
    window = MainWindow(db, _me(db), events, settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def _team_page(qtbot: QtBot, window: MainWindow) -> TeamPage:
    window.show_page("team")
    page = window.page("team")
    assert isinstance(page, TeamPage)
    qtbot.waitUntil(lambda: page.view is not None and not page.task.is_busy(), timeout=WAIT_MS)
    return page


def _keys(window: MainWindow) -> list[str]:
    return list(window.keys)  # the navigation (pages are built when first shown)


@pytest.fixture
def team(server_db: Database, live_server: str, tmp_path: Path) -> Iterator[dict[str, Database]]:
    boss = admin.add_member(server_db, "赵管理员", MemberRole.ADMIN)
    m = admin.add_member(server_db, "王经理", MemberRole.MANAGER)
    a = admin.add_member(server_db, "李代表", MemberRole.REP, "王经理")
    b = admin.add_member(server_db, "张代表", MemberRole.REP, "王经理")
    laptops = {
        "admin": _laptop(tmp_path, "赵管理员", MemberRole.ADMIN, live_server, boss),
        "manager": _laptop(tmp_path, "王经理", MemberRole.MANAGER, live_server, m),
        "rep_a": _laptop(tmp_path, "李代表", MemberRole.REP, live_server, a),
        "rep_b": _laptop(tmp_path, "张代表", MemberRole.REP, live_server, b),
    }
    yield laptops
    for db in laptops.values():
        db.close()


def test_only_an_admins_or_a_managers_team_laptop_has_the_page(
    qtbot: QtBot,
    team: dict[str, Database],
    tmp_path: Path,
    events: DataEvents,
    settings: QSettings,
) -> None:
    for who, expected in (("admin", True), ("manager", True), ("rep_a", False)):
        window = _open(qtbot, team[who], events, settings)
        assert ("team" in _keys(window)) is expected, who
        window.close()
    alone = open_database(tmp_path / "alone" / "fieldvisit.db")
    try:
        set_current_user(alone, "周经理", MemberRole.MANAGER)
        window = _open(qtbot, alone, events, settings)
        assert "team" not in _keys(window)  # a laptop used alone sees nothing new
        window.close()
    finally:
        alone.close()


def test_an_admin_adds_a_person_and_sees_the_code_once(
    qtbot: QtBot,
    team: dict[str, Database],
    server_db: Database,
    live_server: str,
    tmp_path: Path,
    events: DataEvents,
    settings: QSettings,
) -> None:
    window = _open(qtbot, team["admin"], events, settings)
    page = _team_page(qtbot, window)
    assert page.table.rowCount() == 4 and page.add_button.isVisible()
    assert page.policy.save_button.isVisible()  # an admin edits the policy

    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, AddPersonDialog) and dialog.isVisible()
    dialog.name_edit.setText("孙代表")  # QTest types Latin-1 only
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("rep"))
    dialog.manager_combo.setCurrentIndex(dialog.manager_combo.findText("王经理"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.code_dialog is not None, timeout=WAIT_MS)
    shown = page.code_dialog
    assert shown is not None and shown.isVisible()
    assert re.fullmatch(r"[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}", shown.code_edit.text())
    assert "孙代表" in shown.findChild(type(shown.copied), "codeFor").text()
    qtbot.mouseClick(shown.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == shown.code_edit.text()
    assert "孙代表" in [page.table.item(r, 0).text() for r in range(page.table.rowCount())]  # type: ignore[union-attr]
    with server_db.read_scope() as session:
        sun = session.scalars(select(TeamMember).where(TeamMember.name == "孙代表")).one()
        manager = session.scalars(select(TeamMember.id).where(TeamMember.name == "王经理")).one()
    assert sun.role is MemberRole.REP and sun.manager_id == manager
    _laptop(tmp_path, "孙代表", MemberRole.REP, live_server, shown.code_edit.text()).close()
    shown.close()

    # 孙代表 becomes a manager, and 张代表 moves to them.
    page.select("孙代表")
    qtbot.mouseClick(page.role_button, Qt.MouseButton.LeftButton)
    role = page.dialog
    assert isinstance(role, RoleDialog)
    role.role_combo.setCurrentIndex(role.role_combo.findData("manager"))
    assert not role.manager_combo.isEnabled()
    qtbot.mouseClick(role.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "孙代表 is now" in page.status.text(), timeout=WAIT_MS)
    page.select("张代表")
    qtbot.mouseClick(page.move_button, Qt.MouseButton.LeftButton)
    move = page.dialog
    assert isinstance(move, ChoosePersonDialog)
    assert [move.combo.itemText(i) for i in range(move.combo.count())] == ["孙代表"]
    qtbot.mouseClick(move.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "张代表 now reports" in page.status.text(), timeout=WAIT_MS)
    with server_db.read_scope() as session:
        rows = {m.name: m for m in session.scalars(select(TeamMember))}
    assert rows["孙代表"].role is MemberRole.MANAGER
    assert rows["张代表"].manager_id == rows["孙代表"].id
    qtbot.waitUntil(lambda: not page.task.is_busy(), timeout=WAIT_MS)
    managers = {
        page.table.item(r, 0).text(): page.table.item(r, 2).text()  # type: ignore[union-attr]
        for r in range(page.table.rowCount())
    }
    assert managers["张代表"] == "孙代表"  # the page shows the server's new state
    window.close()


def test_a_manager_hands_an_account_to_another_rep_and_the_policy_is_read_only(
    qtbot: QtBot,
    team: dict[str, Database],
    server_db: Database,
    events: DataEvents,
    settings: QSettings,
) -> None:
    rep_a = team["rep_a"]
    with rep_a.session_scope() as session:
        account = Account(
            name="协和医院", account_type=AccountType.HOSPITAL, owner_id=_me(rep_a).id
        )
        session.add(account)
        session.flush()
        account_id: uuid.UUID = account.id
    sync_now(rep_a)
    sync_now(team["manager"])
    window = _open(qtbot, team["manager"], events, settings)
    page = _team_page(qtbot, window)
    assert {page.table.item(r, 0).text() for r in range(page.table.rowCount())} == {  # type: ignore[union-attr]
        "王经理", "李代表", "张代表"
    }  # fmt: skip
    assert not page.add_button.isVisible()  # people are the administrator's
    assert not page.policy.edit_box.isVisible()
    assert not page.policy.phone[SubTier.A1].isEnabled()
    assert "administrators" in page.policy.why.text()

    qtbot.mouseClick(page.territory_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, TerritoryDialog)
    chooser = dialog.chooser
    chooser.wait_ready(WAIT_MS)
    qtbot.waitUntil(lambda: chooser.list.topLevelItemCount() == 1, timeout=WAIT_MS)  # type: ignore[union-attr]
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.accounts() == [account_id]
    dialog.rep_combo.setCurrentIndex(dialog.rep_combo.findText("张代表"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "handed to 张代表" in page.status.text(), timeout=WAIT_MS)
    with server_db.read_scope() as session:
        owner = session.scalars(
            select(TeamMember.name)
            .join(Account, Account.owner_id == TeamMember.id)
            .where(Account.id == account_id)
        ).one()
    assert owner == "张代表"

    # The window's sync ran after the change: this laptop has the new holder too.
    def holder() -> uuid.UUID | None:
        with team["manager"].read_scope() as session:
            row = session.get(Account, account_id)
            return row.owner_id if row else None

    qtbot.waitUntil(lambda: holder() == _me(team["rep_b"]).id, timeout=WAIT_MS)
    assert not page.error.isVisible()
    window.close()


def test_an_unreachable_server_is_said_in_the_page_not_a_crash(
    qtbot: QtBot, team: dict[str, Database], events: DataEvents
) -> None:
    db = team["manager"]
    identity = load_identity(db.path)  # type: ignore[arg-type]
    assert identity is not None
    port = free_port()  # nobody listens there
    save_identity(db.path, dataclasses.replace(identity, server_url=f"http://127.0.0.1:{port}"))  # type: ignore[arg-type]
    page = TeamPage(db, events, _me(db))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.error.isVisible(), timeout=WAIT_MS)
    assert "cannot be reached" in page.error.text() and "nothing was changed" in page.error.text()
    assert not page.territory_button.isEnabled() and page.refresh_button.isEnabled()
    save_identity(db.path, identity)  # type: ignore[arg-type]
    qtbot.mouseClick(page.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.view is not None, timeout=WAIT_MS)
    assert not page.error.isVisible() and page.territory_button.isEnabled()


def test_the_plan_pages_policy_editor_is_read_only_on_a_team_laptop(
    qtbot: QtBot, team: dict[str, Database], events: DataEvents
) -> None:
    editor = PolicyEditor(team["admin"], events)  # even an admin's: the server's Team page
    qtbot.addWidget(editor)
    editor.show()
    assert editor.in_team and editor.team_note.isVisible()
    assert not editor.save_button.isVisible() and not editor.phone[SubTier.A1].isEnabled()
    assert editor.save() is False
    assert len(list_policies(team["admin"])) == 1  # nothing written here


def test_an_admin_hands_over_an_account_found_on_the_server(
    qtbot: QtBot,
    team: dict[str, Database],
    server_db: Database,
    events: DataEvents,
    settings: QSettings,
) -> None:
    with server_db.session_scope() as session:
        li = session.scalars(select(TeamMember.id).where(TeamMember.name == "李代表")).one()
        session.add(Account(name="协和医院", account_type=AccountType.HOSPITAL, owner_id=li))
        session.add(Account(name="同仁医院", account_type=AccountType.HOSPITAL, owner_id=li))
    window = _open(qtbot, team["admin"], events, settings)
    page = _team_page(qtbot, window)
    qtbot.mouseClick(page.territory_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, TerritoryDialog)
    chooser = dialog.chooser
    assert isinstance(chooser, ServerAccountChooser)  # an admin's laptop holds no accounts
    qtbot.waitUntil(lambda: chooser.list.count() == 2, timeout=WAIT_MS)
    chooser.search.setText("协和")
    qtbot.waitUntil(lambda: chooser.list.count() == 1, timeout=WAIT_MS)
    assert "held by 李代表" in chooser.list.item(0).text()  # type: ignore[union-attr]
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    dialog.rep_combo.setCurrentIndex(dialog.rep_combo.findText("张代表"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "handed to 张代表" in page.status.text(), timeout=WAIT_MS)
    with server_db.read_scope() as session:
        owners = dict(session.execute(select(Account.name, Account.owner_id)).all())
        zhang = session.scalars(select(TeamMember.id).where(TeamMember.name == "张代表")).one()
    assert owners == {"协和医院": zhang, "同仁医院": li}
    window.close()
