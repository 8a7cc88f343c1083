"""Choosing the account of a new contact record: the accounts search, own accounts first."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldvisit.storage.database import Database
from fieldvisit.ui.accounts.account_chooser import AccountChooser
from fieldvisit.ui.widgets import error_label, hint_label, named


class NewRecordDialog(QDialog):
    """Find the account (name, pinyin, initials…), pick its row, press Write record.

    Accounts of the same name are told apart by city, address and owner; the row picked
    is the account written to, by its id.
    """

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newRecordDialog")
        self.setWindowTitle(self.tr("New contact record"))
        self.db = db
        self.chooser = AccountChooser(db, parent=self)
        self.account = self.chooser.search
        named(self.account, "newRecordAccount", self.tr("Account"))
        self.account.setPlaceholderText(
            self.tr("Type part of the account's name, its pinyin or initials")
        )
        self.chooser.activated.connect(lambda _id: self.accept())
        self.chooser.chosen_changed.connect(self._on_chosen)
        self.account.returnPressed.connect(self.accept)
        self.error = error_label("newRecordError")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert isinstance(ok, QPushButton)
        self.ok = named(ok, "newRecordWrite")
        self.ok.setText(self.tr("Write record"))
        self.ok.setAutoDefault(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        caption = QLabel(self.tr("&Account:"))
        caption.setBuddy(self.account)
        layout = QVBoxLayout(self)
        layout.addWidget(caption)
        layout.addWidget(self.chooser, 1)
        layout.addWidget(self.error)
        layout.addWidget(hint_label(self.tr("Write the record right after the contact.")))
        layout.addWidget(buttons)
        self.resize(720, 420)

    def account_id(self) -> uuid.UUID | None:
        """The account picked: the chosen row's id (never looked up by its caption)."""
        return self.chooser.chosen_id()

    @Slot(object)
    def _on_chosen(self, account: object) -> None:
        if account is not None:
            self.error.setVisible(False)

    def accept(self) -> None:
        if self.account_id() is None:
            self.error.setText(self.tr("Choose one account from the list (type more of its name)."))
            self.error.setVisible(True)
            return
        super().accept()
