"""The import dialogs driven through their widgets, checked against the database."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QComboBox, QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from fieldvisit.services.import_export import detect_mapping
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import Account, Stakeholder
from fieldvisit.ui.accounts.import_dialog import (
    ImportAccountsDialog,
    ImportVCardDialog,
    export_accounts_dialog,
)
from fieldvisit.ui.events import DataEvents
from tests.services.import_export.conftest import FIXTURES, counts, seed

SHEET = (
    "2024年客户名单\n"
    "终端,城市,联系人,手机,级别\n"
    "湘雅医院,长沙,刘洋,13700001111,A\n"
    "湘雅医院,长沙,陈静,13700002222,A\n"
    "坏医院,长沙,赵六,13700003333,Z\n"
)


@pytest.fixture
def dialog(
    qtbot: QtBot, db: Database, events: DataEvents, settings: QSettings
) -> ImportAccountsDialog:
    widget = ImportAccountsDialog(db, events, settings)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _open(
    qtbot: QtBot, dialog: ImportAccountsDialog, path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table is not None, timeout=5000)


def _choose(combo: QComboBox, key: str) -> None:
    combo.setCurrentIndex(combo.findData(key))


def test_map_check_skip_and_import(
    qtbot: QtBot,
    dialog: ImportAccountsDialog,
    db: Database,
    events: DataEvents,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "list.csv"
    path.write_text(SHEET, encoding="utf-8")
    _open(qtbot, dialog, path, monkeypatch)
    assert dialog.header_spin.value() == 2
    # "终端" is not a known header: the user maps it, and Import becomes possible
    assert dialog.mapping()[0] is None and not dialog.import_button.isEnabled()
    assert "account name" in dialog.summary_label.text()
    _choose(dialog.findChild(QComboBox, "importField0"), "account.name")
    assert dialog.import_button.isEnabled()
    assert dialog.preview_table.rowCount() == 3
    assert dialog.preview_table.item(0, 1).text() == "湘雅医院"
    bad = dialog.preview_table.item(2, 5)
    assert bad.text() == "Z" and "is not one of" in bad.toolTip()

    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.last_result is not None, timeout=5000)
    assert dialog.last_result is not None and dialog.last_result.rejected
    assert dialog.problems_table.rowCount() == 1
    assert dialog.problems_table.item(0, 0).text() == "5"
    assert dialog.problems_table.item(0, 1).text() == "级别"
    assert "nothing was imported" in dialog.summary_label.text()
    assert counts(db) == (0, 0)

    dialog.last_result = None
    qtbot.mouseClick(dialog.skip_check, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(events.changed, timeout=5000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.last_result is not None, timeout=5000)
    assert "Import finished" in dialog.summary_label.text()
    assert "Rows skipped: 1" in dialog.summary_label.text()
    assert counts(db) == (1, 2)
    with db.session_scope() as s:
        assert s.scalars(select(Account.name)).all() == ["湘雅医院"]
    # the adjusted mapping is remembered for the next file with these headers
    assert detect_mapping(db, ["终端", "城市", "联系人", "手机", "级别"])[0] == "account.name"


def test_unreadable_file_says_why_and_disables_import(
    qtbot: QtBot, dialog: ImportAccountsDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "cut.xlsx"
    path.write_bytes(b"PK\x03\x04broken")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "not a readable Excel workbook" in dialog.summary_label.text())
    assert not dialog.import_button.isEnabled()


def test_cancel_rolls_the_import_back(
    qtbot: QtBot,
    dialog: ImportAccountsDialog,
    db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "big.csv"
    path.write_text("客户名称\n" + "".join(f"医院{i}\n" for i in range(3000)), encoding="utf-8")
    _open(qtbot, dialog, path, monkeypatch)
    dialog.run(dry_run=False)
    dialog._run.cancel()
    qtbot.waitUntil(lambda: "cancelled" in dialog.summary_label.text(), timeout=10000)
    assert counts(db) == (0, 0)


def test_vcard_dialog_adds_people_to_the_account(
    qtbot: QtBot, db: Database, events: DataEvents, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = seed(db)
    widget = ImportVCardDialog(db, events, ids["pharmacy"])
    qtbot.addWidget(widget)
    path = FIXTURES / "apple_30_items.vcf"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    qtbot.mouseClick(widget.browse_button, Qt.MouseButton.LeftButton)
    assert widget.cards_table.item(0, 0).text() == "欧阳娜娜"
    with qtbot.waitSignal(events.changed):
        qtbot.mouseClick(widget.import_button, Qt.MouseButton.LeftButton)
    assert "1 added" in widget.summary_label.text()
    with db.session_scope() as s:
        person = s.scalars(select(Stakeholder).where(Stakeholder.name == "欧阳娜娜")).one()
        assert person.account_id == ids["pharmacy"] and person.wechat == "nana_oy"


def test_export_accounts_dialog_writes_the_chosen_file(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QWidget

    ids = seed(db)
    parent = QWidget()
    qtbot.addWidget(parent)
    target = tmp_path / "out"
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda *a, **k: (str(target), "CSV, GBK for Chinese Excel (*.csv)"),
    )
    run = export_accounts_dialog(parent, db, [ids["xiehe"]])
    assert run is not None
    qtbot.waitUntil(lambda: (tmp_path / "out.csv").exists(), timeout=5000)
    assert "北京协和医院".encode("gbk") in (tmp_path / "out.csv").read_bytes()
    qtbot.waitUntil(lambda: parent.findChild(QWidget, "exportMessage") is not None, timeout=5000)
    # Close the window-modal message ourselves: Qt 6.11's offscreen platform has crashed
    # when pytest-qt's end-of-test event processing met one still open.
    parent.findChild(QWidget, "exportMessage").close()
    qtbot.wait(20)


def test_a_shared_mobile_is_reported_in_the_summary_and_kept_apart(
    qtbot: QtBot,
    dialog: ImportAccountsDialog,
    db: Database,
    events: DataEvents,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seed(db)
    path = tmp_path / "shared.csv"
    path.write_text("客户名称,城市,联系人,手机\n北京协和医院,北京,王芳芳,13900002222\n", "utf-8")
    _open(qtbot, dialog, path, monkeypatch)
    with qtbot.waitSignal(events.changed, timeout=5000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.last_result is not None, timeout=5000)
    text = dialog.summary_label.text()
    assert "Stakeholders: 1 new" in text
    assert "1 new stakeholder(s) share a mobile with someone of another name (rows 2)" in text
    with db.session_scope() as s:
        names = s.scalars(select(Stakeholder.name).where(Stakeholder.mobile == "13900002222"))
        assert sorted(names) == ["王芳", "王芳芳"]


def test_vcard_dialog_reports_cards_sharing_a_mobile(
    qtbot: QtBot, db: Database, events: DataEvents, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = seed(db)
    widget = ImportVCardDialog(db, events, ids["xiehe"])
    qtbot.addWidget(widget)
    path = tmp_path / "shared.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:刘洋\r\nTEL;TYPE=CELL:13900002222\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    qtbot.mouseClick(widget.browse_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(events.changed):
        qtbot.mouseClick(widget.import_button, Qt.MouseButton.LeftButton)
    assert "(cards at lines 1)" in widget.summary_label.text()
    assert counts(db) == (2, 3)
