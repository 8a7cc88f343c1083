"""Start-up: errors shown instead of tracebacks, first run cancelled, language chosen."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from fieldvisit.domain.errors import NotADatabaseError
from fieldvisit.services.team import current_user
from fieldvisit.storage.migrate import open_database
from fieldvisit.ui import app as gui
from fieldvisit.ui.first_run import FirstRunDialog
from fieldvisit.ui.i18n import CHINESE, ENGLISH, choose_language, normalise_language
from fieldvisit.ui.labels import error_title
from fieldvisit.ui.resources import resource_path


@pytest.fixture
def shown_errors(monkeypatch: pytest.MonkeyPatch) -> list[QMessageBox]:
    boxes: list[QMessageBox] = []

    def record(box: QMessageBox) -> int:
        boxes.append(box)
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "exec", record)
    return boxes


def test_a_wrong_file_is_reported_not_raised(
    qapp: QApplication, tmp_path: Path, shown_errors: list[QMessageBox]
) -> None:
    target = tmp_path / "notes.txt"
    target.write_text("not a database")
    assert gui.run_gui(str(target), []) == 1
    [box] = shown_errors
    assert box.objectName() == "startupError"
    assert "FieldVisit could not start." in box.text()
    assert "Not a FieldVisit database" in box.text()
    assert str(target) in box.informativeText()
    assert target.read_text() == "not a database"


def test_an_unusable_folder_is_reported(
    qapp: QApplication, tmp_path: Path, shown_errors: list[QMessageBox]
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    assert gui.run_gui(str(blocker / "sub" / "fv.db"), []) == 1
    assert "Cannot open the database" in shown_errors[0].text()


def test_cancelling_first_run_quits_cleanly(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(FirstRunDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    target = tmp_path / "fv.db"
    assert gui.run_gui(str(target), []) == 0
    db = open_database(target)
    try:
        assert current_user(db) is None
    finally:
        db.close()


def test_error_titles_are_translatable() -> None:
    assert error_title(NotADatabaseError("x")) == "Not a FieldVisit database"


@pytest.mark.parametrize(
    ("code", "language"),
    [
        ("zh_CN", CHINESE),
        ("zh-Hans", CHINESE),
        ("zh_TW", CHINESE),
        ("en_GB", ENGLISH),
        ("C", ENGLISH),
    ],
)
def test_normalise_language(code: str, language: str) -> None:
    assert normalise_language(code) == language


def test_language_precedence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue("language", "zh_CN")
    monkeypatch.delenv("FIELDVISIT_LANG")
    assert choose_language(settings) == CHINESE
    monkeypatch.setenv("FIELDVISIT_LANG", "en")
    assert choose_language(settings) == ENGLISH


def test_resources_are_found() -> None:
    assert resource_path("icons", "fieldvisit.svg").is_file()
    assert resource_path("translations", "fieldvisit_zh_CN.qm").is_file()


def test_opening_the_window_does_not_load_the_pdf_engine() -> None:
    """ReportLab, pypdfium2, Alembic, openpyxl, icalendar and pypinyin load on first print,
    preview, upgrade, import/export, calendar export or key rebuild; not at start-up."""
    code = (
        "import sys; import fieldvisit.ui.app, fieldvisit.ui.main_window; "
        "heavy = {'reportlab', 'alembic', 'pypdfium2', 'openpyxl', 'icalendar', 'pypinyin'}; "
        "print(sorted({m.split('.')[0] for m in sys.modules} & heavy))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.stdout.strip() == "[]"
