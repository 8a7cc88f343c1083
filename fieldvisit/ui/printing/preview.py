"""Print preview: the document's pages as they will print, with zoom, Print and Save."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings, QSize, Qt, QTimer, Slot
from PySide6.QtGui import QGuiApplication, QKeySequence, QPalette, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fieldvisit.ui.background import BackgroundTask
from fieldvisit.ui.printing.output import ask_pdf_path, describe_error, write_pdf
from fieldvisit.ui.printing.printer import print_document
from fieldvisit.ui.printing.raster import POINTS_PER_INCH, PageImage, rasterize
from fieldvisit.ui.widgets import hint_label, named

ZOOMS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0)
PAGE_GAP = 16
RERENDER_DELAY_MS = 150


class PreviewDialog(QDialog):
    """Renders the document off the GUI thread, then shows every page one below the other."""

    def __init__(
        self,
        render: Callable[[], bytes],
        title: str,
        file_name: str,
        paper: str,
        settings: QSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("printPreview")
        self.setWindowTitle(self.tr("Print preview — {title}").format(title=title))
        self._render = render
        self._title = title
        self._file_name = file_name
        self._paper = paper
        self._settings = settings
        self.pdf: bytes | None = None
        self.pages: list[PageImage] = []
        self.page_labels: list[QLabel] = []
        self.zoom = 1.0
        self.fit_width = True
        self._task = BackgroundTask(self)
        self._task.succeeded.connect(self._on_rendered)
        self._task.failed.connect(self._on_failed)
        self._rerender = QTimer(self)
        self._rerender.setSingleShot(True)
        self._rerender.setInterval(RERENDER_DELAY_MS)
        self._rerender.timeout.connect(self._rasterize)
        # Fitting waits for the layout to know the viewport's width; a timer (not a bare
        # singleShot) so that choosing a zoom meanwhile can cancel it.
        self._fit = QTimer(self)
        self._fit.setSingleShot(True)
        self._fit.setInterval(0)
        self._fit.timeout.connect(self._apply_fit)
        self._build()
        self.resize(QSize(900, 760).boundedTo(self._screen_room()))
        self._task.start(self._first_render)

    def _screen_room(self) -> QSize:
        screen = QGuiApplication.primaryScreen()
        return screen.availableGeometry().size() * 0.9 if screen else QSize(900, 760)

    def _build(self) -> None:
        self.zoom_out = named(QToolButton(), "previewZoomOut", self.tr("Zoom out"))
        self.zoom_out.setText("−")
        self.zoom_out.setToolTip(self.tr("Zoom out"))
        self.zoom_out.setShortcut(QKeySequence.StandardKey.ZoomOut)
        self.zoom_in = named(QToolButton(), "previewZoomIn", self.tr("Zoom in"))
        self.zoom_in.setText("+")
        self.zoom_in.setToolTip(self.tr("Zoom in"))
        self.zoom_in.setShortcut(QKeySequence.StandardKey.ZoomIn)
        self.fit_button = named(QToolButton(), "previewFitWidth", self.tr("Fit width"))
        self.fit_button.setText(self.tr("Fit width"))
        self.fit_button.setCheckable(True)
        self.fit_button.setChecked(True)
        self.zoom_label = QLabel()
        self.zoom_label.setObjectName("previewZoom")
        self.zoom_label.setMinimumWidth(48)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.count_label = QLabel()
        self.count_label.setObjectName("previewPageCount")
        self.print_button = named(QPushButton(self.tr("&Print…")), "previewPrint")
        self.save_button = named(QPushButton(self.tr("&Save as PDF…")), "previewSave")
        self.zoom_out.clicked.connect(lambda: self.step_zoom(-1))
        self.zoom_in.clicked.connect(lambda: self.step_zoom(1))
        self.fit_button.toggled.connect(self.set_fit_width)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_document)

        tools = QHBoxLayout()
        tools.setSpacing(6)
        for widget in (self.zoom_out, self.zoom_label, self.zoom_in, self.fit_button):
            tools.addWidget(widget)
        tools.addSpacing(16)
        tools.addWidget(self.count_label)
        tools.addStretch(1)
        tools.addWidget(self.print_button)
        tools.addWidget(self.save_button)

        self.pages_widget = QWidget()
        self.pages_widget.setObjectName("previewPages")
        self.pages_layout = QVBoxLayout(self.pages_widget)
        self.pages_layout.setContentsMargins(PAGE_GAP, PAGE_GAP, PAGE_GAP, PAGE_GAP)
        self.pages_layout.setSpacing(PAGE_GAP)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("previewScroll")
        self.scroll_area.setAccessibleName(self.tr("Pages"))
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setBackgroundRole(QPalette.ColorRole.Dark)
        self.scroll_area.setWidget(self.pages_widget)

        self.busy = QWidget()
        self.busy.setObjectName("previewBusy")
        busy_bar = QProgressBar()
        busy_bar.setObjectName("previewBusyBar")
        busy_bar.setAccessibleName(self.tr("Preparing the document"))
        busy_bar.setRange(0, 0)
        busy_bar.setMaximumWidth(280)
        busy_layout = QVBoxLayout(self.busy)
        busy_layout.addStretch(1)
        busy_layout.addWidget(
            QLabel(self.tr("Preparing the document…")), 0, Qt.AlignmentFlag.AlignHCenter
        )
        busy_layout.addWidget(busy_bar, 0, Qt.AlignmentFlag.AlignHCenter)
        busy_layout.addStretch(1)
        self.error_label = hint_label("")
        self.error_label.setObjectName("previewError")
        self.error_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.busy)
        self.stack.addWidget(self.scroll_area)
        self.stack.addWidget(self.error_label)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        named(buttons.button(QDialogButtonBox.StandardButton.Close), "previewClose")
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(tools)
        layout.addWidget(self.stack, 1)
        layout.addWidget(buttons)
        self._set_ready(False)

    def _set_ready(self, ready: bool) -> None:
        for widget in (
            self.zoom_out,
            self.zoom_in,
            self.fit_button,
            self.print_button,
            self.save_button,
        ):
            widget.setEnabled(ready)
        self._show_zoom()

    def _show_zoom(self) -> None:
        self.zoom_label.setText(self.tr("{percent} %").format(percent=round(self.zoom * 100)))

    def is_busy(self) -> bool:
        return self._task.is_busy()

    def is_settled(self) -> bool:
        """Rendered, and showing the pages at the current zoom."""
        return (
            self.pdf is not None
            and not self.is_busy()
            and not self._rerender.isActive()
            and not self._fit.isActive()
        )

    def _pixels_per_point(self) -> float:
        return self.zoom * self.logicalDpiX() / POINTS_PER_INCH

    def _first_render(self) -> tuple[bytes, list[PageImage]]:
        pdf = self._render()
        return pdf, rasterize(pdf, self._raster_scale)

    @property
    def _raster_scale(self) -> float:
        return self._pixels_per_point() * self.devicePixelRatioF()

    @Slot(object)
    def _on_rendered(self, result: object) -> None:
        if isinstance(result, tuple):
            self.pdf, pages = result
            self._show_pages(pages)
            self.count_label.setText(self.tr("Pages: {count}").format(count=len(pages)))
            self.stack.setCurrentWidget(self.scroll_area)
            self._set_ready(True)
            if self.fit_width:
                self._fit.start()
        elif isinstance(result, list):
            self._show_pages(result)

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        title, detail = describe_error(error)
        self.error_label.setText(
            self.tr("The document could not be prepared.") + f"\n\n{title}\n{detail}"
        )
        self.stack.setCurrentWidget(self.error_label)

    def _show_pages(self, pages: list[PageImage]) -> None:
        if len(pages) != len(self.page_labels):
            for label in self.page_labels:
                label.deleteLater()
            self.page_labels = []
            for page in pages:
                label = QLabel()
                label.setObjectName(f"previewPage{page.index + 1}")
                label.setAccessibleName(self.tr("Page {number}").format(number=page.index + 1))
                label.setScaledContents(True)
                label.setFrameShape(QLabel.Shape.Box)
                self.pages_layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
                self.page_labels.append(label)
        self.pages = pages
        ratio = self.devicePixelRatioF()
        for label, page in zip(self.page_labels, pages, strict=True):
            pixmap = QPixmap.fromImage(page.image)
            pixmap.setDevicePixelRatio(ratio)
            label.setPixmap(pixmap)
        self._size_pages()

    def _size_pages(self) -> None:
        scale = self._pixels_per_point()
        for label, page in zip(self.page_labels, self.pages, strict=True):
            label.setFixedSize((page.size_points * scale).toSize())
        self._show_zoom()

    def set_zoom(self, zoom: float) -> None:
        zoom = min(max(zoom, ZOOMS[0]), ZOOMS[-1])
        if abs(zoom - self.zoom) < 1e-3:
            return
        self.zoom = zoom
        self._size_pages()
        if self.pdf is not None:
            self._rerender.start()

    def step_zoom(self, direction: int) -> None:
        self.fit_button.setChecked(False)
        if direction > 0:
            bigger = [z for z in ZOOMS if z > self.zoom + 1e-3]
            self.set_zoom(bigger[0] if bigger else ZOOMS[-1])
        else:
            smaller = [z for z in ZOOMS if z < self.zoom - 1e-3]
            self.set_zoom(smaller[-1] if smaller else ZOOMS[0])

    @Slot(bool)
    def set_fit_width(self, fit: bool) -> None:
        self.fit_width = fit
        if fit:
            self._apply_fit()
        else:
            self._fit.stop()

    def _apply_fit(self) -> None:
        if not self.pages:
            return
        widest = max(page.size_points.width() for page in self.pages)
        bar = self.scroll_area.verticalScrollBar().sizeHint().width()
        room = self.scroll_area.viewport().width() - 2 * PAGE_GAP - bar
        self.set_zoom(max(room, 100) / (widest * self.logicalDpiX() / POINTS_PER_INCH))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.fit_width:
            self._apply_fit()

    def _rasterize(self) -> None:
        pdf, scale = self.pdf, self._raster_scale
        if pdf is not None:
            self._task.start(lambda: rasterize(pdf, scale))

    @Slot()
    def print_document(self) -> None:
        if self.pdf is not None:
            print_document(self, self.pdf, self._paper, self._title)

    @Slot()
    def save_document(self) -> None:
        if self.pdf is None:
            return
        target = ask_pdf_path(self, self._file_name, self._settings)
        if target is not None:
            write_pdf(self, target, self.pdf, self._settings)

    def done(self, result: int) -> None:
        self._rerender.stop()
        self._fit.stop()
        self._task.discard()
        super().done(result)
