"""Print card…: language, paper, and personal profiles only when the user opts in."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Slot
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from fieldvisit.services.reporting.catalog import AccountItem
from fieldvisit.ui.labels import interface_language
from fieldvisit.ui.printing.actions import DocumentActions
from fieldvisit.ui.printing.documents import DocumentRequest, account_request
from fieldvisit.ui.printing.options import ReportOptions
from fieldvisit.ui.widgets import hint_label, named


class PrintCardDialog(QDialog):
    def __init__(
        self,
        item: AccountItem,
        actions: DocumentActions,
        settings: QSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("printCardDialog")
        self.setWindowTitle(self.tr("Print customer card — {}").format(item.name))
        self.item = item
        self.documents = actions
        self.options = ReportOptions(settings, "zh" if interface_language() == "zh" else "en")
        self.options.set_profile_visible(True)
        self.preview_button = named(QPushButton(self.tr("Pre&view…")), "cardPreview")
        self.print_button = named(QPushButton(self.tr("&Print…")), "cardPrint")
        self.save_button = named(QPushButton(self.tr("&Save as PDF…")), "cardSavePdf")
        self.close_button = named(QPushButton(self.tr("Close")), "cardPrintClose")
        self.preview_button.clicked.connect(self.preview)
        self.print_button.clicked.connect(self.print_card)
        self.save_button.clicked.connect(self.save_pdf)
        self.close_button.clicked.connect(self.reject)
        actions.busy_changed.connect(self._busy)
        buttons = QHBoxLayout()
        for b in (self.preview_button, self.print_button, self.save_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint_label(
                self.tr(
                    "The printout shows the card as last saved, with its stakeholders and recent "
                    "contacts."
                )
            )
        )
        layout.addWidget(self.options)
        layout.addLayout(buttons)
        self.setMinimumWidth(520)

    def request(self) -> DocumentRequest:
        return account_request(
            self.item, self.options.print_options(), self.options.profile_box.isChecked()
        )

    @Slot()
    def preview(self) -> None:
        self.documents.open_preview(self.request(), self.item.name)

    @Slot()
    def print_card(self) -> None:
        self.documents.print(self.request(), self.item.name)

    @Slot()
    def save_pdf(self) -> None:
        self.documents.save(self.request())

    @Slot(bool)
    def _busy(self, busy: bool) -> None:
        for b in (self.preview_button, self.print_button, self.save_button):
            b.setEnabled(not busy)
