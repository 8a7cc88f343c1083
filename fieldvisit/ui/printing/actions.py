"""Preview, print, save and export a document: the work behind the Reports page's buttons."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt, Signal, Slot
from PySide6.QtWidgets import QWidget

from fieldvisit.storage.database import Database
from fieldvisit.ui.background import BackgroundTask
from fieldvisit.ui.printing.batch import BatchExporter, choose_folder
from fieldvisit.ui.printing.documents import DocumentRequest
from fieldvisit.ui.printing.output import ask_pdf_path, show_render_error, write_pdf
from fieldvisit.ui.printing.preview import PreviewDialog
from fieldvisit.ui.printing.printer import print_document


class DocumentActions(QObject):
    """Renders documents off the GUI thread and hands the PDF to the printer or a file.

    One document is prepared at a time; ``busy_changed`` tells the page when to
    disable its buttons. Dialogs and messages are parented to the page.
    """

    saved = Signal(str)
    """The path of a PDF just written by Save as PDF."""
    busy_changed = Signal(bool)

    def __init__(self, db: Database, settings: QSettings, parent: QWidget) -> None:
        super().__init__(parent)
        self._db = db
        self._settings = settings
        self._then: Callable[[bytes], None] | None = None
        self.preview: PreviewDialog | None = None
        self._task = BackgroundTask(self)
        self._task.succeeded.connect(self._on_rendered)
        self._task.failed.connect(self._on_failed)
        self._task.busy_changed.connect(self.busy_changed)
        self.exporter = BatchExporter(db, settings, parent)

    def _page(self) -> QWidget:
        parent = self.parent()
        assert isinstance(parent, QWidget)
        return parent

    def is_rendering(self) -> bool:
        return self._task.is_busy()

    def is_busy(self) -> bool:
        return self._task.is_busy() or self.exporter.is_running()

    def open_preview(self, request: DocumentRequest, title: str) -> PreviewDialog:
        """A preview window that renders the document itself, showing progress meanwhile."""
        if self.preview is not None:
            self.preview.close()
        db = self._db
        self.preview = PreviewDialog(
            lambda: request.render(db),
            title,
            request.file_name,
            request.options.paper,
            self._settings,
            self._page(),
        )
        self.preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview.destroyed.connect(self._forget_preview)
        self.preview.show()
        return self.preview

    @Slot()
    def _forget_preview(self) -> None:
        self.preview = None

    def print(self, request: DocumentRequest, title: str) -> None:
        paper = request.options.paper
        self._render(request, lambda pdf: self._print(pdf, paper, title))

    def save(self, request: DocumentRequest) -> None:
        """Ask where first (instant), then render, then write the file whole."""
        target = ask_pdf_path(self._page(), request.file_name, self._settings)
        if target is not None:
            self._render(request, lambda pdf: self._write(target, pdf))

    def export(self, requests: list[DocumentRequest], caption: str, what: str) -> None:
        """Choose a folder, then write one PDF per request into it (see :mod:`.batch`)."""
        folder = choose_folder(self._page(), self._settings, caption)
        if folder is not None and requests:
            self.exporter.start(requests, folder, what)

    def stop(self) -> None:
        """End background work, e.g. before the window closes."""
        self.exporter.stop()
        self._then = None
        self._task.discard()
        self._task.wait()

    def _print(self, pdf: bytes, paper: str, title: str) -> None:
        print_document(self._page(), pdf, paper, title)

    def _write(self, target: Path, pdf: bytes) -> None:
        if write_pdf(self._page(), target, pdf, self._settings):
            self.saved.emit(str(target))

    def _render(self, request: DocumentRequest, then: Callable[[bytes], None]) -> None:
        self._then = then
        db = self._db
        self._task.start(lambda: request.render(db))

    @Slot(object)
    def _on_rendered(self, pdf: object) -> None:
        then, self._then = self._then, None
        if then is not None and isinstance(pdf, bytes):
            then(pdf)

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        self._then = None
        show_render_error(self._page(), error)
