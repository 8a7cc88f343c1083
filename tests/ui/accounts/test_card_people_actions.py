"""The card's people tab: merge two entries of one person, vCard export of the account."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QSettings, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from fieldvisit.domain.enums import AccountType
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import Account, Stakeholder
from fieldvisit.ui.accounts.merge_dialog import MergeStakeholdersDialog
from fieldvisit.ui.events import DataEvents
from tests.ui.accounts.test_card_editor import _window, no_draft_question  # noqa: F401


@pytest.fixture
def account(db: Database) -> uuid.UUID:
    with db.session_scope() as session:
        account = Account(name="北京协和医院", account_type=AccountType.HOSPITAL)
        session.add(account)
        session.flush()
        session.add_all(
            [
                Stakeholder(account_id=account.id, name="张伟", mobile="13800138000"),
                Stakeholder(account_id=account.id, name="张 伟", title="主任"),
                Stakeholder(account_id=account.id, name="李静", email="li@example.cn"),
            ]
        )
        return account.id


def select_rows(table: object, rows: list[int]) -> None:
    selection = table.selectionModel()  # type: ignore[attr-defined]
    selection.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows:
        selection.select(table.model().index(row, 0), flags)  # type: ignore[attr-defined]


@pytest.mark.usefixtures("no_draft_question")
def test_merge_is_offered_for_two_selected_people_and_merges_them(
    qtbot: QtBot, db: Database, events: DataEvents, settings: QSettings, account: uuid.UUID
) -> None:
    window = _window(qtbot, db, events, settings, account)
    tab, actions = window.stakeholders, window.people_actions
    assert not actions.merge_button.isEnabled()
    names = [p.name for p in tab.people]
    select_rows(tab.table, [names.index("张伟"), names.index("张 伟")])
    assert actions.merge_button.isEnabled()
    qtbot.mouseClick(actions.merge_button, Qt.MouseButton.LeftButton)
    dialog = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, MergeStakeholdersDialog)
    )
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    with db.session_scope() as session:
        live = session.scalars(
            select(Stakeholder.name).where(
                Stakeholder.account_id == account, Stakeholder.deleted_at.is_(None)
            )
        ).all()
    assert sorted(live) in (["张 伟", "李静"], ["张伟", "李静"])
    qtbot.waitUntil(lambda: len(tab.people) == 2)


@pytest.mark.usefixtures("no_draft_question")
def test_export_vcard_writes_the_accounts_people(
    qtbot: QtBot,
    db: Database,
    events: DataEvents,
    settings: QSettings,
    account: uuid.UUID,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = _window(qtbot, db, events, settings, account)
    target = tmp_path / "people.vcf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    assert window.people_actions.export_button.isEnabled()
    qtbot.mouseClick(window.people_actions.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(target.exists, timeout=10000)
    text = target.read_text(encoding="utf-8")
    assert text.count("BEGIN:VCARD") == 3
    assert "FN:李静" in text and "13800138000" in text
    # Close the window-modal "saved" message (see test_import_dialog).
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "exportMessage") is not None)
    window.findChild(QMessageBox, "exportMessage").close()
    qtbot.wait(20)
