"""Adding an account's stakeholders from a phone's contacts (.vcf)."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldvisit.domain.errors import FieldVisitError
from fieldvisit.i18n import joined
from fieldvisit.services.import_export import VCardImportResult, import_vcards, read_vcard_file
from fieldvisit.storage.database import Database
from fieldvisit.ui.events import DataEvents
from fieldvisit.ui.labels import interface_language
from fieldvisit.ui.widgets import ERROR_COLOUR, hint_label, named


class ImportVCardDialog(QDialog):
    """Shows the cards of a .vcf file, then adds or updates them as the account's stakeholders."""

    def __init__(
        self,
        db: Database,
        events: DataEvents,
        account_id: uuid.UUID,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._events = events
        self._account_id = account_id
        self._path: Path | None = None
        self.last_result: VCardImportResult | None = None
        self.setObjectName("importVCardDialog")
        self.setWindowTitle(self.tr("Import contacts"))
        self.resize(720, 460)
        self.file_edit = named(QLineEdit(), "vcardFile", self.tr("vCard file"))
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("Choose a .vcf file exported from a phone"))
        self.browse_button = named(QPushButton(self.tr("&Choose file…")), "vcardBrowse")
        self.browse_button.clicked.connect(self.choose_file)
        self.cards_table = named(QTableWidget(0, 5), "vcardCards", self.tr("Contacts in the file"))
        self.cards_table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Title"), self.tr("Mobile"), self.tr("Office phone"),
             self.tr("Email")]
        )  # fmt: skip
        self.cards_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.cards_table.verticalHeader().setVisible(False)
        self.cards_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.birthday_check = named(
            QCheckBox(self.tr("Also import &birthdays (personal profile)")), "vcardBirthdays"
        )
        self.summary_label = QLabel()
        self.summary_label.setObjectName("vcardSummary")
        self.summary_label.setWordWrap(True)
        self.import_button = named(QPushButton(self.tr("&Import")), "vcardImport")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.run)
        close = named(QPushButton(self.tr("Close")), "vcardClose")
        close.clicked.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("File:")))
        top.addWidget(self.file_edit, 1)
        top.addWidget(self.browse_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.birthday_check)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.addLayout(top)
        layout.addWidget(self.cards_table, 1)
        layout.addWidget(
            hint_label(
                self.tr(
                    "People already on the card are matched by name or mobile and updated; "
                    "the others are added."
                )
            )
        )
        layout.addWidget(self.summary_label)
        layout.addLayout(buttons)

    @Slot()
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import contacts"),
            str(Path.home()),
            self.tr("vCard (*.vcf);;All files (*)"),
        )
        if path:
            self.open_file(Path(path))

    def open_file(self, path: Path) -> None:
        self.file_edit.setText(str(path))
        self._path = None
        self.cards_table.setRowCount(0)
        try:
            cards = read_vcard_file(path)
        except FieldVisitError as exc:
            self._say(exc.detail, error=True)
            self.import_button.setEnabled(False)
            return
        self._path = path
        self.cards_table.setRowCount(len(cards))
        for r, card in enumerate(cards):
            for c, text in enumerate(
                (card.name, card.title, card.mobile, card.office_phone, card.email)
            ):
                self.cards_table.setItem(r, c, QTableWidgetItem(text))
        self._say(self.tr("%n contact(s) found.", "", len(cards)), error=False)
        self.import_button.setEnabled(True)

    @Slot()
    def run(self) -> None:
        if self._path is None:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = import_vcards(
                self._db,
                self._path,
                self._account_id,
                with_birthday=self.birthday_check.isChecked(),
                lang=interface_language(),
            )
        except FieldVisitError as exc:
            self._say(exc.detail, error=True)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.last_result = result
        self._events.announce({"stakeholder", "account"})
        text = self.tr("{created} added, {updated} updated, {unchanged} unchanged.").format(
            created=result.created, updated=result.updated, unchanged=result.unchanged
        )
        if result.possible_duplicates:
            text += " " + self.tr(
                "%n new stakeholder(s) share a mobile with someone of another name "
                "(cards at lines {lines}); they were kept apart. Merge them in the card if "
                "they are one person.",
                "",
                len(result.possible_duplicates),
            ).format(lines=joined(str(d.row) for d in result.possible_duplicates))
        if result.issues:
            text += " " + self.tr("Skipped: {issues}").format(
                issues="; ".join(str(i) for i in result.issues)
            )
        self._say(text, error=bool(result.issues))
        self.import_button.setEnabled(False)

    def _say(self, text: str, *, error: bool) -> None:
        palette = self.summary_label.palette()
        colour = ERROR_COLOUR if error else self.palette().color(self.foregroundRole())
        palette.setColor(self.summary_label.foregroundRole(), colour)
        self.summary_label.setPalette(palette)
        self.summary_label.setText(text)
