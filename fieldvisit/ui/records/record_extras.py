"""The optional parts of a record: the store and account checks, and photos."""

from __future__ import annotations

import mimetypes
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldvisit.domain.errors import FieldVisitError
from fieldvisit.services.records import PhotoForm, VisitCheckForm, cents_to_yuan, yuan_to_cents
from fieldvisit.services.records.forms import MAX_PHOTO_BYTES
from fieldvisit.services.records.records import photo_content
from fieldvisit.storage.database import Database
from fieldvisit.storage.files import write_atomically
from fieldvisit.ui.widgets import error_label, hint_label, named

PHOTO_FOLDER_KEY = "records/photoFolder"
IMAGE_TYPES = "*.jpg *.jpeg *.png *.heic *.webp *.bmp *.gif"

TEXT_FIELDS = (
    "our_prices",
    "competitor_prices",
    "stock",
    "sell_through",
    "promotion_compliance",
    "shelf_display",
    "draft_order",
)
MONEY_FIELDS = ("credit_limit_cents", "paid_cents", "unpaid_cents", "receivable_cents")


class VisitCheckSection(QWidget):
    """Prices, stock, reconciliation in yuan, promotion, display and a draft order."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("visitChecks")
        labels = {
            "our_prices": self.tr("Our prices (vs other customers, over time):"),
            "competitor_prices": self.tr("Competitor prices:"),
            "stock": self.tr("Stock of our products:"),
            "sell_through": self.tr("What sells:"),
            "promotion_compliance": self.tr("Promotion and after-sales compliance:"),
            "shelf_display": self.tr("Shelf display:"),
            "draft_order": self.tr("Draft order:"),
            "credit_limit_cents": self.tr("Credit limit (yuan):"),
            "paid_cents": self.tr("Paid (yuan):"),
            "unpaid_cents": self.tr("Unpaid (yuan):"),
            "receivable_cents": self.tr("Receivable (yuan):"),
        }
        form = QFormLayout(self)
        form.setContentsMargins(16, 0, 0, 0)
        self.texts: dict[str, QLineEdit] = {}
        for key in TEXT_FIELDS[:4]:
            self.texts[key] = self._text(key, labels[key], form)
        self.money: dict[str, QLineEdit] = {}
        for key in MONEY_FIELDS:
            edit = named(QLineEdit(), f"check_{key}", labels[key].rstrip(":："))
            edit.setPlaceholderText("0.00")
            edit.setMaximumWidth(180)
            edit.textEdited.connect(self.changed)
            self.money[key] = edit
            form.addRow(labels[key], edit)
        self.money_error = error_label("checkMoneyError")
        form.addRow("", self.money_error)
        for key in TEXT_FIELDS[4:]:
            self.texts[key] = self._text(key, labels[key], form)

    def _text(self, key: str, label: str, form: QFormLayout) -> QLineEdit:
        edit = named(QLineEdit(), f"check_{key}", label.rstrip(":："))
        edit.textEdited.connect(self.changed)
        form.addRow(label, edit)
        return edit

    def set_check(self, check: VisitCheckForm | None) -> None:
        value = check or VisitCheckForm()
        for key, edit in self.texts.items():
            edit.setText(getattr(value, key))
        for key, edit in self.money.items():
            edit.setText(cents_to_yuan(getattr(value, key)))
        self.money_error.setVisible(False)

    def check(self) -> VisitCheckForm | None:
        """The checks as typed; raises :class:`ValidationError` naming a bad amount."""
        values = VisitCheckForm()
        for key, edit in self.texts.items():
            setattr(values, key, edit.text().strip())
        for key, edit in self.money.items():
            setattr(values, key, yuan_to_cents(edit.text(), key))
        return None if values.is_empty() else values

    def show_money_error(self, key: str | None) -> None:
        if key is None:
            self.money_error.setVisible(False)
            return
        self.money_error.setText(
            self.tr("Enter an amount in yuan, e.g. 12345.60 (no letters, not negative).")
        )
        self.money_error.setVisible(True)
        self.money[key].setFocus()


class PhotoList(QWidget):
    """Photos of the shelf, the display or a document: Add photo…, Open, Remove."""

    changed = Signal()

    def __init__(self, db: Database, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photos")
        self.db = db
        self.settings = settings
        self.photos: list[PhotoForm] = []
        self.list = named(QListWidget(), "photoList", self.tr("Photos"))
        self.list.setMaximumHeight(110)
        self.list.itemDoubleClicked.connect(self.open_current)
        self.add_button = named(QPushButton(self.tr("Add &photo…")), "addPhoto")
        self.open_button = named(QPushButton(self.tr("Open")), "openPhoto")
        self.remove_button = named(QPushButton(self.tr("Remove")), "removePhoto")
        self.add_button.clicked.connect(self.choose_photos)
        self.open_button.clicked.connect(self.open_current)
        self.remove_button.clicked.connect(self.remove_current)
        self.error = error_label("photoError")
        buttons = QHBoxLayout()
        for button in (self.add_button, self.open_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        self.empty_hint = hint_label(self.tr("No photos yet."))
        layout.addWidget(self.empty_hint)

    def set_photos(self, photos: list[PhotoForm]) -> None:
        self.photos = list(photos)
        self._fill()

    def _fill(self) -> None:
        self.list.clear()
        locale = self.locale()
        for photo in self.photos:
            size = locale.formattedDataSize(photo.size_bytes)
            self.list.addItem(QListWidgetItem(f"{photo.filename}  ({size})"))
        self.empty_hint.setVisible(not self.photos)
        self.list.setVisible(bool(self.photos))
        has = bool(self.photos)
        self.open_button.setEnabled(has)
        self.remove_button.setEnabled(has)
        if has:
            self.list.setCurrentRow(len(self.photos) - 1)

    @Slot()
    def choose_photos(self) -> None:
        folder = str(self.settings.value(PHOTO_FOLDER_KEY, str(Path.home()), str))
        paths, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add photos"),
            folder,
            self.tr("Images ({})").format(IMAGE_TYPES),
        )
        if paths:
            self.settings.setValue(PHOTO_FOLDER_KEY, str(Path(paths[0]).parent))
            self.add_files([Path(p) for p in paths])

    def add_files(self, paths: list[Path]) -> None:
        self.error.setVisible(False)
        for path in paths:
            try:
                size = path.stat().st_size
                if size > MAX_PHOTO_BYTES:
                    self._fail(
                        self.tr("{file} is larger than {limit} MB; choose a smaller picture.")
                        .replace("{file}", path.name)
                        .replace("{limit}", str(MAX_PHOTO_BYTES // 2**20))
                    )
                    continue
                content = path.read_bytes()
            except OSError as exc:
                self._fail(
                    self.tr("{file} could not be read: {reason}")
                    .replace("{file}", str(path))
                    .replace("{reason}", exc.strerror or str(exc))
                )
                continue
            media = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            self.photos.append(PhotoForm(path.name, media, len(content), content=content))
        self._fill()
        self.changed.emit()

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)

    @Slot()
    def remove_current(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.photos):
            del self.photos[row]
            self._fill()
            self.changed.emit()

    @Slot()
    def open_current(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.photos):
            return
        photo = self.photos[row]
        try:
            content = photo.content
            if content is None and photo.id is not None:
                content = photo_content(self.db, photo.id)
            if content is None:
                return
            folder = Path(tempfile.mkdtemp(prefix="fieldvisit-photo-"))
            target = folder / Path(photo.filename).name
            write_atomically(target, content)
        except (OSError, FieldVisitError) as exc:
            detail = exc.detail if isinstance(exc, FieldVisitError) else str(exc)
            self._fail(self.tr("The photo could not be opened: {}").format(detail))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    def current_photos(self) -> list[PhotoForm]:
        return list(self.photos)
