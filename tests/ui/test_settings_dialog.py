"""Settings: OK saves every tab, a wrong field saves nothing and says which, Cancel discards."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from fieldvisit.domain.enums import MemberRole, WorkBase
from fieldvisit.services import data_folder
from fieldvisit.services.auto_backup import automatic_backups
from fieldvisit.services.reporting import company_name
from fieldvisit.services.settings import AppSettings, load_settings, save_settings
from fieldvisit.services.team import MemberRow, current_user
from fieldvisit.storage.database import Database
from fieldvisit.storage.location import location_file
from fieldvisit.ui.about_dialog import AboutDialog
from fieldvisit.ui.events import DataEvents
from fieldvisit.ui.i18n import choose_language, install_translations, remove_translations
from fieldvisit.ui.main_window import MainWindow
from fieldvisit.ui.settings_dialog import SettingsDialog, settings_action


def open_dialog(qtbot: QtBot, db: Database, settings: QSettings) -> SettingsDialog:
    dialog = SettingsDialog(db, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def type_into(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.selectAll()
    edit.del_()
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:  # QTest types ASCII only; an input method inserts the rest
        edit.insert(text)


def click_ok(qtbot: QtBot, dialog: SettingsDialog) -> None:
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


@pytest.mark.usefixtures("user")
def test_ok_saves_every_tab(
    qtbot: QtBot, db: Database, settings: QSettings, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, db, settings)
    assert dialog.you_tab.name_edit.text() == "Li Na"

    dialog.general_tab.language_combo.setCurrentIndex(
        dialog.general_tab.language_combo.findData("zh_CN")
    )
    dialog.tabs.setCurrentWidget(dialog.you_tab)
    assert not dialog.you_tab.home_radio.isVisible()  # asked of managers only
    type_into(qtbot, dialog.you_tab.name_edit, "Li  Na ")
    qtbot.mouseClick(dialog.you_tab.manager_radio, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.you_tab.home_radio, Qt.MouseButton.LeftButton)
    type_into(qtbot, dialog.reports_tab.company_edit, "华东医药有限公司")
    dialog.reports_tab.paper_combo.setCurrentIndex(
        dialog.reports_tab.paper_combo.findData("letter")
    )
    type_into(qtbot, dialog.data_tab.backup_edit, str(tmp_path / "my backups"))
    dialog.data_tab.keep_spin.setValue(4)

    click_ok(qtbot, dialog)

    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert company_name(db) == "华东医药有限公司"
    assert load_settings(db) == AppSettings("华东医药有限公司", tmp_path / "my backups", 4)
    me = current_user(db)
    assert me is not None
    assert (me.name, me.role, me.work_base) == ("Li Na", MemberRole.MANAGER, WorkBase.HOME)
    assert dialog.user == me
    assert settings.value("language") == "zh_CN"
    assert settings.value("print/paper") == "letter"


@pytest.mark.usefixtures("user")
def test_an_empty_name_is_named_and_nothing_is_saved(
    qtbot: QtBot, db: Database, settings: QSettings
) -> None:
    dialog = open_dialog(qtbot, db, settings)
    type_into(qtbot, dialog.reports_tab.company_edit, "Acme Pharma")
    dialog.reports_tab.paper_combo.setCurrentIndex(1)
    dialog.tabs.setCurrentWidget(dialog.reports_tab)
    type_into(qtbot, dialog.you_tab.name_edit, "   ")

    click_ok(qtbot, dialog)

    assert dialog.isVisible()
    assert dialog.tabs.currentWidget() is dialog.you_tab
    assert dialog.you_tab.name_error.isVisible()
    assert dialog.you_tab.name_error.text() == "Name: enter your name."
    assert company_name(db) == "FieldVisit"
    assert settings.value("print/paper") is None
    me = current_user(db)
    assert me is not None and me.name == "Li Na"


@pytest.mark.usefixtures("user")
def test_an_unusable_backup_folder_is_named_and_nothing_is_saved(
    qtbot: QtBot, db: Database, settings: QSettings, tmp_path: Path
) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("x")
    dialog = open_dialog(qtbot, db, settings)
    type_into(qtbot, dialog.reports_tab.company_edit, "Acme Pharma")
    type_into(qtbot, dialog.data_tab.backup_edit, str(blocker / "backups"))

    click_ok(qtbot, dialog)

    assert dialog.isVisible()
    assert dialog.tabs.currentWidget() is dialog.data_tab
    error = dialog.data_tab.backup_error
    assert error.isVisible() and error.text().startswith("Backup folder: ")
    assert load_settings(db) == AppSettings()


@pytest.mark.usefixtures("user")
def test_cancel_saves_nothing(qtbot: QtBot, db: Database, settings: QSettings) -> None:
    dialog = open_dialog(qtbot, db, settings)
    type_into(qtbot, dialog.you_tab.name_edit, "Somebody Else")
    type_into(qtbot, dialog.reports_tab.company_edit, "Acme Pharma")
    dialog.data_tab.keep_spin.setValue(2)
    dialog.general_tab.language_combo.setCurrentIndex(2)

    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == SettingsDialog.DialogCode.Rejected
    assert load_settings(db) == AppSettings()
    me = current_user(db)
    assert me is not None and me.name == "Li Na"
    assert settings.allKeys() == []


def test_saved_values_are_shown_again(
    qtbot: QtBot, db: Database, user: MemberRow, settings: QSettings, tmp_path: Path
) -> None:
    save_settings(db, AppSettings("Acme", tmp_path, 7))
    settings.setValue("print/paper", "letter")
    settings.setValue("language", "en")
    dialog = open_dialog(qtbot, db, settings)
    assert dialog.reports_tab.company_edit.text() == "Acme"
    assert dialog.reports_tab.paper() == "letter"
    assert dialog.general_tab.language() == "en"
    assert dialog.data_tab.backup_edit.text() == str(tmp_path)
    assert dialog.data_tab.keep_spin.value() == 7
    assert dialog.data_tab.database_edit.text() == str(db.path)
    assert dialog.data_tab.last_label.text() == "None yet"


@pytest.mark.usefixtures("user")
def test_back_up_now_writes_and_shows_the_time(
    qtbot: QtBot, db: Database, settings: QSettings, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, db, settings)
    type_into(qtbot, dialog.data_tab.backup_edit, str(tmp_path / "bk"))
    with qtbot.waitSignal(dialog.data_tab.job.succeeded):
        qtbot.mouseClick(dialog.data_tab.backup_button, Qt.MouseButton.LeftButton)
    assert len(automatic_backups(tmp_path / "bk")) == 1
    assert dialog.data_tab.last_label.text() != "None yet"
    assert "Written to" in dialog.data_tab.backup_message.text()
    assert dialog.data_tab.backup_button.isEnabled()


@pytest.mark.usefixtures("user")
def test_moving_the_database_from_the_data_tab(
    qtbot: QtBot, db: Database, settings: QSettings, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, db, settings)
    assert dialog.data_tab.move_to(tmp_path / "moved")
    new = tmp_path / "moved" / "fieldvisit.db"
    assert db.path == new
    assert dialog.data_tab.database_edit.text() == str(new)
    assert str(tmp_path / "moved") in dialog.data_tab.database_note.text()
    assert location_file().is_file()


@pytest.mark.usefixtures("user")
def test_a_failed_move_shows_the_reason_and_keeps_the_database(
    qtbot: QtBot,
    db: Database,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    old = db.path

    def full(source: Path, target: Path) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(data_folder, "_copy_online", full)
    dialog = open_dialog(qtbot, db, settings)
    dialog.tabs.setCurrentWidget(dialog.data_tab)
    assert not dialog.data_tab.move_to(tmp_path / "usb")
    error = dialog.data_tab.database_error
    assert error.isVisible()
    assert error.text().startswith("The database was not moved.")
    assert "No space left on device" in error.text()
    assert db.path == old and old is not None and old.is_file()
    assert dialog.data_tab.database_edit.text() == str(old)


def test_settings_menu_entry_and_the_window_follow_the_change(
    qtbot: QtBot, db: Database, user: MemberRow, events: DataEvents, settings: QSettings
) -> None:
    window = MainWindow(db, user, events, settings)
    qtbot.addWidget(window)
    action = window.settings_action
    assert action.text() == "&Settings…"
    assert (
        action.shortcut()
        == (
            QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
            or [QKeySequence("Ctrl+,")]
        )[0]
    )

    def rename(dialog: SettingsDialog) -> int:
        qtbot.addWidget(dialog)
        dialog.you_tab.name_edit.setText("Li Na Wang")
        dialog.accept()
        return int(dialog.result())

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(SettingsDialog, "exec", rename)
        action.trigger()
    assert window.windowTitle() == "FieldVisit — Li Na Wang"
    assert window.user.id == user.id


def test_settings_and_about_speak_chinese(
    qtbot: QtBot,
    qapp: QApplication,
    db: Database,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("FIELDVISIT_LANG", "zh_CN")
    translators = install_translations(qapp, choose_language(settings))
    try:
        dialog = open_dialog(qtbot, db, settings)
        tabs = dialog.tabs
        names = [tabs.tabText(i) for i in range(tabs.count())]
        assert names == ["常规", "个人", "报告", "数据", "计划"]
        assert dialog.data_tab.backup_button.text() == "立即备份(&U)"
        assert settings_action(dialog).text() == "设置(&S)…"
        about = AboutDialog(db)
        qtbot.addWidget(about)
        assert about.windowTitle() == "关于 FieldVisit"
    finally:
        remove_translations(qapp, translators)
