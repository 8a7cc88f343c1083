"""One catalogue: a code reads the same on screen, on paper and on the command line,
service errors have Chinese titles in the Chinese window, and Qt's own dialogs speak
Chinese too."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QTreeWidget
from pytestqt.qtbot import QtBot

from fieldvisit import i18n
from fieldvisit.cli import main
from fieldvisit.domain.enums import CoVisitStatus, CoVisitType
from fieldvisit.domain.errors import DatabaseLockedError, FieldVisitError
from fieldvisit.domain.labels import label
from fieldvisit.services.covisits.listing import list_covisits
from fieldvisit.services.demo import generate_demo
from fieldvisit.services.reporting import PrintOptions, render_document
from fieldvisit.storage.database import Database
from fieldvisit.ui import first_run
from fieldvisit.ui.events import DataEvents
from fieldvisit.ui.i18n import CatalogueTranslator, install_translations, remove_translations
from fieldvisit.ui.labels import error_title
from fieldvisit.ui.pages.covisits import CoVisitsPage
from tests.test_i18n import _error_classes


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    translators = install_translations(qapp, "zh_CN")
    yield
    remove_translations(qapp, translators)


@pytest.fixture
def demo(db: Database) -> Database:
    generate_demo(db, accounts=30, seed=5)
    return db


def _pdf_text(data: bytes) -> str:
    return "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages)


@pytest.mark.usefixtures("chinese")
def test_a_code_reads_the_same_on_screen_on_paper_and_on_the_command_line(
    qtbot: QtBot,
    demo: Database,
    db_path: Path,
    events: DataEvents,
    settings: QSettings,
    capsys: pytest.CaptureFixture[str],
) -> None:
    row = next(r for r in list_covisits(demo) if CoVisitType.JOINT in r.call_types)
    joint, status = label(CoVisitType.JOINT, "zh"), label(row.status, "zh")
    assert joint == i18n.lookup("Labels", "Joint call", "zh_CN") == "共同拜访"
    assert status in {"进行中", "已签署"}

    # On screen: the Co-visits page lists the call types and the status.
    page = CoVisitsPage(demo, events, settings)
    qtbot.addWidget(page)
    page.refresh()
    tree = page.findChild(QTreeWidget)
    assert tree is not None
    shown = [
        " | ".join(tree.topLevelItem(i).text(c) for c in range(tree.columnCount()))
        for i in range(tree.topLevelItemCount())
    ]
    assert any(joint in line and status in line for line in shown), shown

    # On paper: the handout names the call type.
    pdf = render_document(demo, "covisit", PrintOptions(lang="zh"), covisit_id=row.id)
    assert joint in _pdf_text(pdf)
    assert "Joint call" not in _pdf_text(pdf)

    # On the command line: the co-visit list prints the status.
    demo.close()
    capsys.readouterr()
    assert main(["--lang", "zh", "--db", str(db_path), "covisits", "--rep", row.rep]) == 0
    assert status in capsys.readouterr().out
    assert label(CoVisitStatus.SIGNED_OFF, "en") == "Signed off"


@pytest.mark.usefixtures("chinese")
def test_every_service_error_has_a_chinese_title_in_the_chinese_window() -> None:
    for kind in _error_classes():
        error = kind.__new__(kind)
        FieldVisitError.__init__(error, "detail")
        title = error_title(error)
        assert any("\u4e00" <= ch <= "\u9fff" for ch in title), (kind.__name__, title)


@pytest.mark.usefixtures("chinese")
def test_a_service_error_is_shown_with_its_chinese_title(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    def locked(*_args: object) -> None:
        raise DatabaseLockedError("FieldVisit is open in another window.")

    monkeypatch.setattr(first_run, "set_current_user", locked)
    dialog = first_run.FirstRunDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.name_edit, "Li Na")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.name_error.text().startswith("数据库正被占用：")


@pytest.mark.usefixtures("chinese")
def test_qt_standard_buttons_speak_chinese(qtbot: QtBot) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, "t", "x", QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    cancel = box.button(QMessageBox.StandardButton.Cancel)
    assert cancel is not None and cancel.text().replace("(&C)", "") == "取消"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    qtbot.addWidget(buttons)
    close = buttons.button(QDialogButtonBox.StandardButton.Close)
    assert close is not None and "关闭" in close.text()


def test_the_window_and_the_catalogue_module_speak_one_language(qapp: QApplication) -> None:
    translators = install_translations(qapp, "zh_CN")
    try:
        ours = [t for t in translators if isinstance(t, CatalogueTranslator)]
        assert len(ours) == 1 and ours[0].language() == "zh_CN"
        assert i18n.current_language() == "zh_CN"
        assert qapp.translate("Labels", "Accounts") == "客户"
    finally:
        remove_translations(qapp, translators)
    assert i18n.current_language() == "en"
    assert qapp.translate("Labels", "Accounts") == "Accounts"
