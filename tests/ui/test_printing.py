"""Printing pieces on their own: safe file names, atomic writes, print_pdf, preview, batch."""

from __future__ import annotations

import io
import os
import re
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from fieldvisit import clock
from fieldvisit.domain.enums import MemberRole
from fieldvisit.services.demo import generate_demo
from fieldvisit.services.reporting import PrintOptions, render_plan
from fieldvisit.services.reporting.catalog import list_covisits, list_people
from fieldvisit.storage.database import Database
from fieldvisit.storage.files import write_atomically
from fieldvisit.ui.printing import documents
from fieldvisit.ui.printing.batch import BatchExporter, BatchOutcome
from fieldvisit.ui.printing.files import pdf_name, safe_stem, unique_names
from fieldvisit.ui.printing.preview import PreviewDialog
from fieldvisit.ui.printing.printer import prepare_printer, print_pdf
from fieldvisit.ui.printing.raster import page_count, page_sizes

pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture
def demo(db: Database) -> Database:
    generate_demo(db, accounts=40, seed=3)
    return db


@pytest.fixture
def plan_pdf(demo: Database) -> bytes:
    rep = list_people(demo, MemberRole.REP)[0].name
    return render_plan(demo, rep, clock.today(), PrintOptions(lang="zh"))


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(96)  # keeps the test quick; real printers get up to 300 dpi
    return printer


def busiest_month(db: Database) -> date:
    months: dict[date, int] = {}
    for first in range(1, 13):
        for year in (clock.today().year - 1, clock.today().year):
            month = date(year, first, 1)
            months[month] = len(list_covisits(db, month))
    return max(months, key=lambda m: months[m])


# -- file names and writes ----------------------------------------------------------------


def test_file_names_are_safe_on_windows() -> None:
    assert pdf_name("covisit", "李堃", "2026-11-20") == "covisit-李堃-2026-11-20.pdf"
    unsafe = safe_stem('a/b\\c:d*e?f"g<h>i|j\x01k')
    assert not set('/\\:*?"<>|\x01') & set(unsafe)
    assert safe_stem("  ..name.. ") == "name"
    assert safe_stem("CON") == "_CON"
    assert safe_stem("a///b") == "a_b"
    assert safe_stem("") == "document"
    assert len(safe_stem("长" * 500)) <= 120


def test_unique_names_ignore_case() -> None:
    assert unique_names(["a.pdf", "A.pdf", "b.pdf", "a.pdf"]) == [
        "a.pdf",
        "A-2.pdf",
        "b.pdf",
        "a-3.pdf",
    ]


def test_a_failed_write_leaves_nothing_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")

    def full_disk(_src: object, _dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(OSError, match="No space"):
        write_atomically(target, b"new")
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]
    assert target.read_bytes() == b"old"


# -- printing -----------------------------------------------------------------------------


def test_print_pdf_prints_every_page(tmp_path: Path, plan_pdf: bytes) -> None:
    out = tmp_path / "printed.pdf"
    printer = pdf_printer(out)
    prepare_printer(printer, "a4")
    count = page_count(plan_pdf)
    assert print_pdf(plan_pdf, printer) == count
    printed = PdfReader(out)
    assert len(printed.pages) == count
    box = printed.pages[0].mediabox
    assert box.width > box.height  # the visit plan is landscape


def test_print_pdf_honours_the_page_range(tmp_path: Path, plan_pdf: bytes) -> None:
    assert page_count(plan_pdf) >= 2
    out = tmp_path / "range.pdf"
    printer = pdf_printer(out)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 2)
    assert print_pdf(plan_pdf, printer) == 1
    assert len(PdfReader(out).pages) == 1


def test_print_pdf_stops_when_told(tmp_path: Path, plan_pdf: bytes) -> None:
    printer = pdf_printer(tmp_path / "stopped.pdf")
    assert print_pdf(plan_pdf, printer, lambda done, total: done < 1) == 1


# -- preview ------------------------------------------------------------------------------


@pytest.fixture
def preview(qtbot: QtBot, plan_pdf: bytes, settings: QSettings) -> Iterator[PreviewDialog]:
    dialog = PreviewDialog(lambda: plan_pdf, "Plan", "plan.pdf", "a4", settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.is_settled, timeout=30_000)
    yield dialog
    dialog.close()


def test_preview_shows_one_widget_per_page(preview: PreviewDialog, plan_pdf: bytes) -> None:
    count = page_count(plan_pdf)
    labels = [
        w for w in preview.findChildren(QLabel) if re.fullmatch(r"previewPage\d+", w.objectName())
    ]
    assert len(labels) == count and len(preview.page_labels) == count
    assert all(not label.pixmap().isNull() for label in labels)
    assert preview.count_label.text() == f"Pages: {count}"
    assert preview.print_button.isEnabled() and preview.save_button.isEnabled()


def test_zoom_changes_the_page_size(qtbot: QtBot, preview: PreviewDialog) -> None:
    first = preview.page_labels[0]
    before = first.pixmap().width()
    preview.step_zoom(1)
    assert not preview.fit_button.isChecked()
    qtbot.waitUntil(preview.is_settled)
    assert first.pixmap().width() > before
    assert first.width() > 0
    bigger = first.pixmap().width()
    preview.step_zoom(-1)
    preview.step_zoom(-1)
    qtbot.waitUntil(preview.is_settled)
    assert first.pixmap().width() < bigger
    assert preview.zoom_label.text() == f"{round(preview.zoom * 100)} %"


def test_preview_saves_the_pdf(
    qtbot: QtBot,
    preview: PreviewDialog,
    plan_pdf: bytes,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "saved"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), "PDF (*.pdf)")
    )
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "saved.pdf").read_bytes() == plan_pdf


def test_preview_reports_a_failed_render(qtbot: QtBot, settings: QSettings) -> None:
    from fieldvisit.domain.errors import NotFoundError

    def broken() -> bytes:
        raise NotFoundError("No plan for that month.")

    dialog = PreviewDialog(broken, "Plan", "plan.pdf", "a4", settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.stack.currentWidget() is dialog.error_label)
    assert "No plan for that month." in dialog.error_label.text()
    assert not dialog.print_button.isEnabled()


# -- batch export -------------------------------------------------------------------------


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def exporter(qtbot: QtBot, demo: Database, settings: QSettings) -> Iterator[BatchExporter]:
    parent = QWidget()
    qtbot.addWidget(parent)
    exporter = BatchExporter(demo, settings, parent)
    yield exporter
    exporter.stop()


def requests_of_month(db: Database) -> list[documents.DocumentRequest]:
    items = list_covisits(db, busiest_month(db))
    assert len(items) >= 2
    return [documents.covisit_request(item, PrintOptions(lang="zh")) for item in items]


def close_report(exporter: BatchExporter) -> QMessageBox:
    box = exporter.message
    assert box is not None and box.objectName() == "batchResult"
    box.done(QMessageBox.StandardButton.Ok)
    return box


def test_batch_writes_one_file_per_covisit(
    qtbot: QtBot, exporter: BatchExporter, demo: Database, out: Path
) -> None:
    requests = requests_of_month(demo)
    with qtbot.waitSignal(exporter.finished, timeout=60_000) as finished:
        exporter.start(requests, out, "Exporting")
        assert exporter.progress is not None
    outcome: BatchOutcome = finished.args[0]
    assert (len(outcome.written), outcome.errors, outcome.cancelled) == (len(requests), [], False)
    files = sorted(p.name for p in out.iterdir())
    assert files == sorted(unique_names(r.file_name for r in requests))
    for path in out.iterdir():
        assert PdfReader(path).pages
    box = close_report(exporter)
    assert box.text() == f"All {len(requests)} files were written."


def test_cancel_stops_after_the_current_file(
    qtbot: QtBot,
    exporter: BatchExporter,
    demo: Database,
    out: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    requests = requests_of_month(demo)
    real = documents.render_document
    rendering, resume = threading.Event(), threading.Event()

    def held(*args: object, **kwargs: object) -> bytes:
        data: bytes = real(*args, **kwargs)  # type: ignore[arg-type]
        if not rendering.is_set():
            rendering.set()
            resume.wait(30)
        return data

    monkeypatch.setattr(documents, "render_document", held)
    with qtbot.waitSignal(exporter.finished, timeout=60_000) as finished:
        exporter.start(requests, out, "Exporting")
        qtbot.waitUntil(rendering.is_set)
        progress = exporter.progress
        assert progress is not None
        cancel = progress.findChild(QPushButton)
        assert cancel is not None
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        resume.set()
    outcome: BatchOutcome = finished.args[0]
    assert outcome.cancelled and len(outcome.written) == 1
    files = list(out.iterdir())
    assert [p.name for p in files] == outcome.written
    assert PdfReader(io.BytesIO(files[0].read_bytes())).pages
    box = close_report(exporter)
    assert box.text() == f"Export cancelled: 1 of {len(requests)} files were written."


def test_errors_are_collected_and_named(
    qtbot: QtBot,
    exporter: BatchExporter,
    demo: Database,
    out: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    requests = requests_of_month(demo)
    real = documents.render_document
    calls = []

    def second_fails(*args: object, **kwargs: object) -> bytes:
        calls.append(1)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        data: bytes = real(*args, **kwargs)  # type: ignore[arg-type]
        return data

    monkeypatch.setattr(documents, "render_document", second_fails)
    with qtbot.waitSignal(exporter.finished, timeout=60_000) as finished:
        exporter.start(requests, out, "Exporting")
    outcome: BatchOutcome = finished.args[0]
    failed = unique_names(r.file_name for r in requests)[1]
    assert outcome.errors == [(failed, "No space left on device")]
    assert len(outcome.written) == len(requests) - 1
    assert failed not in {p.name for p in out.iterdir()}
    box = close_report(exporter)
    assert f"{failed}: No space left on device" in box.informativeText()
    assert box.icon() is QMessageBox.Icon.Warning


def test_page_sizes_in_points(plan_pdf: bytes) -> None:
    sizes = page_sizes(plan_pdf)
    assert len(sizes) == page_count(plan_pdf)
    assert round(sizes[0].width()) == 842 and round(sizes[0].height()) == 595
