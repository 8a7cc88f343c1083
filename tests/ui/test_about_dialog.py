"""Help ▸ About: the version, Qt's, the database, and the font's licence to read."""

from __future__ import annotations

import PySide6
from pytestqt.qtbot import QtBot

import fieldvisit
from fieldvisit.services.team import MemberRow
from fieldvisit.storage.database import Database
from fieldvisit.ui.about_dialog import AboutDialog
from fieldvisit.ui.events import DataEvents
from fieldvisit.ui.main_window import MainWindow


def test_about_shows_versions_database_and_licences(qtbot: QtBot, db: Database) -> None:
    dialog = AboutDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    assert fieldvisit.__version__ in dialog.title_label.text()
    assert dialog.findChild(type(dialog.title_label), "aboutVersion").text() == (
        fieldvisit.__version__
    )
    assert dialog.findChild(type(dialog.title_label), "aboutPySideVersion").text() == (
        PySide6.__version__
    )
    assert dialog.findChild(type(dialog.title_label), "aboutDatabase").text() == str(db.path)

    names = [dialog.licence_list.item(i).text() for i in range(dialog.licence_list.count())]
    assert names[0] == "FieldVisit"
    assert any(n.startswith("Qt 6") for n in names)
    assert "SQLAlchemy" in names and "ReportLab Toolkit" in names
    # The font's licence is shown first, in full, in a scrollable read-only view.
    text = dialog.licence_text.toPlainText()
    assert "WenQuanYi" in text
    assert "Apache License" in text and "Version 2.0, January 2004" in text
    assert dialog.licence_text.isReadOnly()
    assert dialog.licence_text.verticalScrollBar().maximum() > 0

    dialog.licence_list.setCurrentRow(names.index("SQLAlchemy"))
    assert "MIT" in dialog.licence_text.toPlainText()


def test_help_menu_opens_the_about_dialog(
    qtbot: QtBot, db: Database, user: MemberRow, events: DataEvents, settings, monkeypatch
) -> None:
    window = MainWindow(db, user, events, settings)
    qtbot.addWidget(window)
    shown: list[AboutDialog] = []

    def record(dialog: AboutDialog) -> int:
        shown.append(dialog)
        return 0

    monkeypatch.setattr(AboutDialog, "exec", record)
    window.show_about()
    assert len(shown) == 1
