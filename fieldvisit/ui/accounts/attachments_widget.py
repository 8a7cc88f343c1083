"""The Attachments tab: files kept with the account (Add…, Open, Remove)."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QLocale, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldvisit.clock import local_zone
from fieldvisit.domain.card_rules import MAX_ATTACHMENT_BYTES
from fieldvisit.domain.errors import FieldVisitError
from fieldvisit.services.accounts.attachments import (
    AttachmentRow,
    add_attachment,
    export_attachment,
    list_attachments,
    remove_attachment,
)
from fieldvisit.storage.database import Database
from fieldvisit.ui.dates import date_text
from fieldvisit.ui.labels import error_title
from fieldvisit.ui.widgets import hint_label, named


class AttachmentsWidget(QWidget):
    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentsTab")
        self.db = db
        self.account_id: uuid.UUID | None = None
        self.rows: list[AttachmentRow] = []
        headers = [self.tr("File"), self.tr("Type"), self.tr("Size"), self.tr("Added")]
        self.table = named(QTableWidget(0, len(headers)), "attachmentTable", self.tr("Attachments"))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self.open_selected)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.add_button = named(QPushButton(self.tr("&Add…")), "attachmentAdd")
        self.open_button = named(QPushButton(self.tr("&Open")), "attachmentOpen")
        self.remove_button = named(QPushButton(self.tr("&Remove")), "attachmentRemove")
        self.add_button.clicked.connect(self.add)
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button.clicked.connect(self.remove)
        self.unsaved = QLabel(self.tr("Save the card first, then attach files to it."))
        buttons = QHBoxLayout()
        for b in (self.add_button, self.open_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Supply agreements, photos of the shelf, price lists… kept inside the "
                    "database, so backups include them. Up to 25 MB per file."
                )
            )
        )
        layout.addWidget(self.unsaved)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    def set_account(self, account_id: uuid.UUID | None) -> None:
        self.account_id = account_id
        self.refresh()

    def refresh(self) -> None:
        self.rows = list_attachments(self.db, self.account_id) if self.account_id else []
        locale = QLocale()
        self.table.setRowCount(len(self.rows))
        for r, a in enumerate(self.rows):
            added = a.added_at.astimezone(local_zone())
            for c, text in enumerate(
                (
                    a.filename,
                    a.media_type,
                    locale.formattedDataSize(a.size_bytes),
                    date_text(added.date()),
                )
            ):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.unsaved.setVisible(self.account_id is None)
        self._update_buttons()

    def selected(self) -> AttachmentRow | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    @Slot()
    def _update_buttons(self) -> None:
        self.add_button.setEnabled(self.account_id is not None)
        chosen = self.selected() is not None
        self.open_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    @Slot()
    def add(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files"))
        for name in paths:
            self.attach(Path(name))

    def attach(self, path: Path) -> bool:
        if self.account_id is None:
            return False
        try:
            size = path.stat().st_size
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Cannot attach the file"),
                self.tr("{} cannot be read: {}").format(str(path), exc.strerror),
            )
            return False
        if size > MAX_ATTACHMENT_BYTES:
            QMessageBox.warning(
                self,
                self.tr("File too large"),
                self.tr(
                    "{} is {}; a file can be at most 25 MB. Attach a smaller copy, e.g. a "
                    "compressed PDF or a smaller photo."
                ).format(path.name, QLocale().formattedDataSize(size)),
            )
            return False
        try:
            add_attachment(self.db, self.account_id, path)
        except FieldVisitError as exc:
            QMessageBox.warning(self, error_title(exc), exc.detail)
            return False
        self.refresh()
        self.changed.emit()
        return True

    @Slot()
    def open_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        try:
            path = export_attachment(self.db, row.id)
        except FieldVisitError as exc:
            QMessageBox.warning(self, error_title(exc), exc.detail)
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            QMessageBox.information(
                self,
                self.tr("No program to open the file"),
                self.tr("The file was saved as {}; open it from there.").format(str(path)),
            )

    @Slot()
    def remove(self) -> None:
        row = self.selected()
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove attachment"),
            self.tr("Move {} to the trash?").format(row.filename),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            remove_attachment(self.db, row.id)
        except FieldVisitError as exc:
            QMessageBox.warning(self, error_title(exc), exc.detail)
        self.refresh()
        self.changed.emit()
