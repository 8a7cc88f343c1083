"""Printing a PDF on a real printer: the system print dialog, then one image per page.

:func:`print_pdf` does the painting and never opens a dialog, so it can be driven
with a PDF-file printer; :func:`print_document` adds the dialog and the progress.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QRectF, QSizeF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QMessageBox, QProgressDialog, QWidget

from fieldvisit.ui.printing.output import show_message
from fieldvisit.ui.printing.raster import page_sizes, rasterize_page

MAX_DPI = 300
Progress = Callable[[int, int], bool]
"""Called after each page with (done, total); returning False stops the job."""


class PrintError(Exception):
    """The printer could not be opened for painting."""


def page_size(paper: str) -> QPageSize:
    return QPageSize(QPageSize.PageSizeId.Letter if paper == "letter" else QPageSize.PageSizeId.A4)


def _orientation(size: QSizeF) -> QPageLayout.Orientation:
    if size.width() > size.height():
        return QPageLayout.Orientation.Landscape
    return QPageLayout.Orientation.Portrait


def selected_pages(printer: QPrinter, count: int) -> list[int]:
    """Zero-based indexes of the pages chosen in the print dialog (all of them by default)."""
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(printer.fromPage(), 1)
        last = min(printer.toPage() or count, count)
        return list(range(first - 1, last))
    return list(range(count))


def prepare_printer(printer: QPrinter, paper: str, first_page: QSizeF | None = None) -> None:
    """The document's paper and the first page's orientation; the whole sheet is ours."""
    printer.setPageSize(page_size(paper))
    if first_page is not None:
        printer.setPageOrientation(_orientation(first_page))
    printer.setFullPage(True)
    printer.setDocName(printer.docName() or "FieldVisit")


def print_pdf(pdf: bytes, printer: QPrinter, progress: Progress | None = None) -> int:
    """Paint each selected page of ``pdf`` on ``printer``; returns the pages printed.

    Pages are rasterised at the printer's resolution (at most 300 dpi) and scaled to
    fit the sheet, keeping their proportions, so any paper the user picks works.
    """
    sizes = page_sizes(pdf)
    pages = selected_pages(printer, len(sizes))
    copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
    order = pages * copies
    if not order:
        return 0
    printer.setFullPage(True)
    printer.setPageOrientation(_orientation(sizes[order[0]]))
    dpi = min(printer.resolution(), MAX_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(printer.printerName() or printer.outputFileName())
    printed = 0
    try:
        for n, index in enumerate(order):
            if n:
                printer.setPageOrientation(_orientation(sizes[index]))
                printer.newPage()
            image = rasterize_page(pdf, index, dpi)
            sheet = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
            target = image.size().toSizeF().scaled(sheet.size(), Qt.AspectRatioMode.KeepAspectRatio)
            area = QRectF(sheet.topLeft(), target)
            area.moveCenter(sheet.center())
            painter.drawImage(area, image)
            printed += 1
            if progress is not None and not progress(printed, len(order)):
                printer.abort()
                break
    finally:
        painter.end()
    return printed


def ask_printer(parent: QWidget, paper: str, pdf: bytes) -> QPrinter | None:
    """The system print dialog on a printer set up for the document; ``None`` if cancelled."""
    sizes = page_sizes(pdf)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    prepare_printer(printer, paper, sizes[0] if sizes else None)
    dialog = QPrintDialog(printer, parent)
    dialog.setObjectName("printDialog")
    dialog.setMinMax(1, max(1, len(sizes)))
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, False)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintSelection, False)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    return printer if accepted else None


def print_document(parent: QWidget, pdf: bytes, paper: str, name: str) -> int:
    """Ask for a printer, then print with a cancellable progress dialog; pages printed."""
    printer = ask_printer(parent, paper, pdf)
    if printer is None:
        return 0
    printer.setDocName(name)
    progress = QProgressDialog(
        QCoreApplication.translate("Printing", "Printing…"),
        QCoreApplication.translate("Printing", "Cancel"),
        0,
        0,
        parent,
    )
    progress.setObjectName("printProgress")
    progress.setWindowTitle(QCoreApplication.translate("Printing", "Print"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0)
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    progress.setValue(0)

    def step(done: int, total: int) -> bool:
        progress.setMaximum(total)
        progress.setLabelText(
            QCoreApplication.translate("Printing", "Printing page {done} of {total}…").format(
                done=done, total=total
            )
        )
        progress.setValue(done)
        return not progress.wasCanceled()

    try:
        return print_pdf(pdf, printer, step)
    except PrintError as exc:
        show_message(
            parent,
            "printFailed",
            QMessageBox.Icon.Critical,
            QCoreApplication.translate(
                "Printing", "The printer “{name}” could not be used."
            ).format(name=str(exc)),
            QCoreApplication.translate(
                "Printing", "Check that it is switched on and connected, then try again."
            ),
        )
        return 0
    finally:
        progress.close()
        progress.deleteLater()
