"""PDF pages as images, through PDFium (Qt's own PDF module is not in PySide6-Essentials).

PDFium is not thread-safe, so every call into it holds one process-wide lock; the
functions may run on any thread and return plain ``QImage`` objects (which, unlike
pixmaps, may be made off the GUI thread).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QSizeF
from PySide6.QtGui import QImage

if TYPE_CHECKING:
    import pypdfium2 as pdfium

POINTS_PER_INCH = 72.0
MAX_PIXELS = 12_000
"""No side of a rendered page is longer than this, whatever the zoom."""

_lock = threading.Lock()


@dataclass(frozen=True, slots=True)
class PageImage:
    index: int
    size_points: QSizeF
    image: QImage


@contextmanager
def _document(pdf: bytes) -> Iterator[pdfium.PdfDocument]:
    with _lock:
        import pypdfium2 as pdfium  # loaded at the first preview or print, not at start-up

        document = pdfium.PdfDocument(pdf)
        try:
            yield document
        finally:
            document.close()


def page_sizes(pdf: bytes) -> list[QSizeF]:
    """Each page's width and height in points (1/72 inch)."""
    with _document(pdf) as document:
        sizes = []
        for index in range(len(document)):
            page = document[index]
            width, height = page.get_size()
            sizes.append(QSizeF(width, height))
            page.close()
        return sizes


def page_count(pdf: bytes) -> int:
    with _document(pdf) as document:
        return len(document)


def _to_image(page: pdfium.PdfPage, scale: float) -> QImage:
    width, height = page.get_size()
    longest = max(width, height) * scale
    if longest > MAX_PIXELS:
        scale *= MAX_PIXELS / longest
    bitmap = page.render(scale=scale, rev_byteorder=True, prefer_bgrx=True)
    try:
        view = QImage(
            bitmap.buffer,
            bitmap.width,
            bitmap.height,
            bitmap.stride,
            QImage.Format.Format_RGBX8888,
        )
        # The view points into PDFium's buffer; copy before the bitmap is freed.
        return view.copy()
    finally:
        bitmap.close()


def rasterize(pdf: bytes, scale: float, pages: Iterable[int] | None = None) -> list[PageImage]:
    """Render ``pages`` (all when ``None``) at ``scale`` pixels per point."""
    with _document(pdf) as document:
        wanted = range(len(document)) if pages is None else pages
        images = []
        for index in wanted:
            page = document[index]
            try:
                width, height = page.get_size()
                images.append(PageImage(index, QSizeF(width, height), _to_image(page, scale)))
            finally:
                page.close()
        return images


def rasterize_page(pdf: bytes, index: int, dpi: float) -> QImage:
    """One page at ``dpi`` dots per inch."""
    return rasterize(pdf, dpi / POINTS_PER_INCH, [index])[0].image
