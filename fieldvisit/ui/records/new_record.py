"""Choosing the account of a new contact record by typing part of its name."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QStringListModel, Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from fieldvisit.services.reporting.catalog import AccountItem, search_accounts
from fieldvisit.storage.database import Database
from fieldvisit.ui.widgets import error_label, hint_label, named

SUGGESTIONS = 30


def account_caption(item: AccountItem) -> str:
    return f"{item.name} · {item.city}" if item.city else item.name


class NewRecordDialog(QDialog):
    """Type part of an account's name, pick it from the suggestions, press OK."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newRecordDialog")
        self.setWindowTitle(self.tr("New contact record"))
        self.db = db
        self.choices: dict[str, uuid.UUID] = {}
        self.account = named(QLineEdit(), "newRecordAccount", self.tr("Account"))
        self.account.setPlaceholderText(self.tr("Type part of the account's name"))
        self.model = QStringListModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.account.setCompleter(self.completer)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(150)
        self._typing.timeout.connect(self.suggest)
        self.account.textEdited.connect(lambda _t: self._typing.start())
        self.error = error_label("newRecordError")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Write record"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        caption = QLabel(self.tr("&Account:"))
        caption.setBuddy(self.account)
        layout = QVBoxLayout(self)
        layout.addWidget(caption)
        layout.addWidget(self.account)
        layout.addWidget(self.error)
        layout.addWidget(hint_label(self.tr("Write the record right after the contact.")))
        layout.addWidget(buttons)
        self.resize(440, 160)

    @Slot()
    def suggest(self) -> None:
        items = search_accounts(self.db, self.account.text(), SUGGESTIONS)
        self.choices.update({account_caption(i): i.id for i in items})
        self.model.setStringList([account_caption(i) for i in items])
        if self.account.hasFocus():
            self.completer.complete()

    def account_id(self) -> uuid.UUID | None:
        text = self.account.text().strip()
        if text in self.choices:
            return self.choices[text]
        items = search_accounts(self.db, text.split(" · ")[0], 2) if text else []
        exact = [i for i in items if i.name == text.split(" · ")[0]]
        if len(exact) == 1:
            return exact[0].id
        return items[0].id if len(items) == 1 else None

    def accept(self) -> None:
        if self.account_id() is None:
            self.error.setText(
                self.tr("Choose one account from the suggestions (type more of its name).")
            )
            self.error.setVisible(True)
            return
        super().accept()
