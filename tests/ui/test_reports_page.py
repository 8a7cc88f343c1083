"""The Reports page: every document saved as PDF, options, preview, print and batch export."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from fieldvisit import clock
from fieldvisit.domain.enums import MemberRole
from fieldvisit.services.demo import generate_demo
from fieldvisit.services.reporting.catalog import latest_covisit_month, list_covisits, list_people
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import Account, MonthlyPlan, Stakeholder, StakeholderProfile
from fieldvisit.ui.events import DataEvents
from fieldvisit.ui.pages.reports import ReportsPage
from fieldvisit.ui.printing import printer as printer_module
from fieldvisit.ui.printing.people import PersonPicker
from fieldvisit.ui.printing.subjects import AccountPicker, CoVisitPicker


@pytest.fixture
def demo(db: Database) -> Database:
    generate_demo(db, accounts=40, seed=3)
    return db


def open_page(qtbot: QtBot, db: Database, events: DataEvents, settings: QSettings) -> ReportsPage:
    page = ReportsPage(db, events, settings)
    qtbot.addWidget(page)
    page.resize(900, 640)
    page.show()
    qtbot.waitUntil(lambda: not page.is_stale())
    return page


@pytest.fixture
def page(
    qtbot: QtBot, demo: Database, events: DataEvents, settings: QSettings
) -> Iterator[ReportsPage]:
    reports = open_page(qtbot, demo, events, settings)
    yield reports
    reports.stop()


def text_of(path: Path) -> str:
    return re.sub(r"\s+", "", "".join(p.extract_text() for p in PdfReader(path).pages))


def save(qtbot: QtBot, page: ReportsPage, monkeypatch: pytest.MonkeyPatch, target: Path) -> Path:
    asked: list[str] = []

    def fake(_parent: object, _caption: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(target), "PDF documents (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    assert page.save_button.isEnabled()
    with qtbot.waitSignal(page.saved, timeout=60_000) as saved:
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    request = page.request()
    assert request is not None and Path(asked[0]).name == request.file_name
    assert not list(target.parent.glob("*.part"))
    return Path(saved.args[0])


def choose(page: ReportsPage, kind: str, demo: Database) -> str:
    """Pick a subject for ``kind``; returns a name the document must print."""
    page.select_kind(kind)
    picker = page.picker()
    if isinstance(picker, CoVisitPicker):
        covisit = picker.selected()
        assert covisit is not None
        return covisit.rep
    if kind in ("record", "account"):
        row = picker.selected()  # type: ignore[attr-defined]
        assert row is not None
        return str(row.account if kind == "record" else row.name)
    assert isinstance(picker, PersonPicker)
    name = picker.name()
    assert name is not None
    if kind == "plan":
        with demo.session_scope() as session:
            rep = next(p for p in list_people(demo, MemberRole.REP) if p.name == name)
            month = session.scalars(
                select(MonthlyPlan.month).where(MonthlyPlan.rep_id == rep.id)
            ).first()
        assert month is not None
        picker.day.setDate(QDate(month.year, month.month, 1))
    if kind == "team":
        latest = latest_covisit_month(demo)
        assert latest is not None
        picker.day.setDate(QDate(latest.year, latest.month, 1))
    return name


KINDS = ["covisit", "record", "account", "plan", "summary", "team"]


@pytest.mark.parametrize("kind", KINDS)
def test_each_document_saves_as_pdf(
    qtbot: QtBot,
    page: ReportsPage,
    demo: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    kind: str,
) -> None:
    expected = choose(page, kind, demo)
    page.options.language.setCurrentIndex(page.options.language.findData("en"))
    path = save(qtbot, page, monkeypatch, tmp_path / f"{kind}.pdf")
    text = text_of(path)
    assert re.sub(r"\s+", "", expected) in text
    assert "Printed" in text and "打印日期" not in text


@pytest.mark.parametrize("kind", ["covisit", "plan", "team"])
def test_chinese_documents(
    qtbot: QtBot,
    page: ReportsPage,
    demo: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    kind: str,
) -> None:
    expected = choose(page, kind, demo)
    page.options.language.setCurrentIndex(page.options.language.findData("zh"))
    text = text_of(save(qtbot, page, monkeypatch, tmp_path / "zh.pdf"))
    assert expected in text and "打印日期" in text


def test_language_defaults_to_the_interface(
    qtbot: QtBot,
    demo: Database,
    events: DataEvents,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert open_page(qtbot, demo, events, settings).print_options().lang == "en"
    monkeypatch.setenv("FIELDVISIT_LANG", "zh_CN")
    assert open_page(qtbot, demo, events, settings).print_options().lang == "zh"


def test_paper_is_remembered(
    qtbot: QtBot,
    page: ReportsPage,
    demo: Database,
    events: DataEvents,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert page.print_options().paper == "a4"
    page.options.paper.setCurrentIndex(page.options.paper.findData("letter"))
    assert settings.value("print/paper") == "letter"
    again = open_page(qtbot, demo, events, settings)
    assert again.print_options().paper == "letter"
    choose(again, "covisit", demo)
    box = PdfReader(save(qtbot, again, monkeypatch, tmp_path / "letter.pdf")).pages[0].mediabox
    assert (round(box.width), round(box.height)) == (612, 792)


def test_personal_profiles_only_when_asked(
    qtbot: QtBot,
    page: ReportsPage,
    demo: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with demo.session_scope() as session:
        name, hometown = session.execute(
            select(Account.name, StakeholderProfile.hometown)
            .join(Stakeholder, Stakeholder.account_id == Account.id)
            .join(StakeholderProfile, StakeholderProfile.stakeholder_id == Stakeholder.id)
            .where(StakeholderProfile.hometown.is_not(None))
        ).first()
    page.select_kind("account")
    picker = page.picker()
    assert isinstance(picker, AccountPicker)
    assert page.options.profile_box.isVisible() and not page.options.profile_box.isChecked()
    assert not page.options.profile_warning.isVisible()
    picker.search.setText(name)  # QTest cannot type Chinese
    qtbot.waitUntil(lambda: [a.name for a in picker.all_rows()][:1] == [name])
    page.options.language.setCurrentIndex(page.options.language.findData("en"))

    without = text_of(save(qtbot, page, monkeypatch, tmp_path / "without.pdf"))
    assert re.sub(r"\s+", "", name) in without
    assert "Personalprofiles" not in without and hometown not in without

    qtbot.mouseClick(page.options.profile_box, Qt.MouseButton.LeftButton)
    assert page.options.profile_warning.isVisible()
    with_profiles = text_of(save(qtbot, page, monkeypatch, tmp_path / "with.pdf"))
    assert "Personalprofiles" in with_profiles and hometown in with_profiles

    page.select_kind("plan")
    assert not page.options.profile_box.isVisible()


def test_preview_opens_with_every_page(qtbot: QtBot, page: ReportsPage, demo: Database) -> None:
    choose(page, "plan", demo)
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    dialog = page.preview
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.is_settled, timeout=30_000)
    assert dialog.pdf is not None
    pages = [
        w for w in dialog.findChildren(QLabel) if re.fullmatch(r"previewPage\d+", w.objectName())
    ]
    assert len(pages) == len(PdfReader(__import__("io").BytesIO(dialog.pdf)).pages) > 1
    assert "Monthly visit plan" in dialog.windowTitle()
    dialog.close()
    qtbot.waitUntil(lambda: page.preview is None)


def test_print_goes_to_the_chosen_printer(
    qtbot: QtBot,
    page: ReportsPage,
    demo: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = tmp_path / "printed.pdf"
    chosen: list[QPrinter] = []

    def pdf_printer(_parent: object, paper: str, _pdf: bytes) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer_module.prepare_printer(printer, paper)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setResolution(96)
        chosen.append(printer)
        return printer

    monkeypatch.setattr(printer_module, "ask_printer", pdf_printer)
    choose(page, "covisit", demo)
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(chosen) and not page.is_busy(), timeout=60_000)
    qtbot.waitUntil(lambda: out.is_file() and out.stat().st_size > 0)
    assert len(PdfReader(out).pages) >= 1


def test_save_errors_name_the_file(
    qtbot: QtBot,
    page: ReportsPage,
    demo: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    choose(page, "covisit", demo)
    target = tmp_path / "missing" / "handout.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a: (str(target), "PDF documents (*.pdf)")
    )
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.findChild(QMessageBox, "saveFailed") is not None, timeout=60_000)
    box = page.findChild(QMessageBox, "saveFailed")
    assert "handout.pdf" in box.text()
    assert str(target.parent) in box.informativeText()
    box.done(QMessageBox.StandardButton.Ok)
    assert not (tmp_path / "missing").exists()


def test_export_month_writes_every_covisit(
    qtbot: QtBot,
    page: ReportsPage,
    demo: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page.select_kind("covisit")
    picker = page.picker()
    assert isinstance(picker, CoVisitPicker)
    month = max(
        (date(y, m, 1) for y in (clock.today().year - 1, clock.today().year) for m in range(1, 13)),
        key=lambda first: len(list_covisits(demo, first)),
    )
    picker.month.setDate(QDate(month.year, month.month, 1))
    expected = list_covisits(demo, month)
    assert len(picker.all_rows()) == len(expected) >= 2
    folder = tmp_path / "handouts"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a: str(folder))
    with qtbot.waitSignal(page.exporter.finished, timeout=60_000) as finished:
        qtbot.mouseClick(page.export_buttons["covisit"], Qt.MouseButton.LeftButton)
    assert len(finished.args[0].written) == len(expected)
    assert len(list(folder.glob("covisit-*.pdf"))) == len(expected)
    assert page.exporter.message is not None
    page.exporter.message.done(QMessageBox.StandardButton.Ok)


def test_lists_follow_data_changes(
    qtbot: QtBot, db: Database, events: DataEvents, settings: QSettings
) -> None:
    page = open_page(qtbot, db, events, settings)
    page.select_kind("covisit")
    assert not page.save_button.isEnabled()
    assert not page.export_buttons["covisit"].isEnabled()
    generate_demo(db, accounts=40, seed=3)
    events.announce()
    page.select_kind("plan")
    assert page.save_button.isEnabled()
    page.select_kind("covisit")
    assert page.save_button.isEnabled()


def test_every_button_is_named(page: ReportsPage) -> None:
    for button in page.findChildren(QAbstractButton):
        if button.objectName().startswith("qt_"):
            continue
        assert button.objectName(), button.text()
        assert button.accessibleName(), button.objectName()
