"""The rep's own acknowledgement code: set in Settings on their team laptop, asked for when
they acknowledge a report in person on the manager's laptop."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldvisit.domain.errors import FieldVisitError
from fieldvisit.services.covisits.ack_codes import MAX_DIGITS, set_ack_code
from fieldvisit.storage.database import Database
from fieldvisit.ui.widgets import error_label, hint_label, named


def code_edit(object_name: str, accessible: str) -> QLineEdit:
    edit = named(QLineEdit(), object_name, accessible)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(MAX_DIGITS)
    edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,8}"), edit))
    edit.setMaximumWidth(160)
    return edit


class AckCodeBox(QGroupBox):
    """Settings → You, on a team laptop: set or replace one's acknowledgement code."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Acknowledgement code"), parent)
        self.setObjectName("ackCodeBox")
        self.db = db
        self.code = code_edit("ackCode", self.tr("New acknowledgement code"))
        self.set_button = named(QPushButton(self.tr("Set code")), "setAckCode")
        self.set_button.clicked.connect(self.set_code)
        self.state = QLabel()
        self.state.setObjectName("ackCodeState")
        self.error = error_label("ackCodeError")
        row = QHBoxLayout()
        row.addWidget(self.code)
        row.addWidget(self.set_button)
        row.addWidget(self.state, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint_label(
                self.tr(
                    "4 to 8 digits only you know. To acknowledge a co-visit report in person on "
                    "your manager's laptop, you enter it there. It goes to the team server at "
                    "the next sync, which keeps it only in scrambled form."
                )
            )
        )
        layout.addLayout(row)
        layout.addWidget(self.error)

    def set_code(self) -> bool:
        try:
            set_ack_code(self.db, self.code.text())
        except FieldVisitError as exc:
            self.error.setText(exc.detail)
            self.error.setVisible(True)
            return False
        self.error.setVisible(False)
        self.code.clear()
        self.state.setText(self.tr("Set; it takes effect after the next sync."))
        return True


class AckCodeDialog(QDialog):
    """On the manager's laptop: the rep enters their own code to acknowledge in person."""

    def __init__(self, rep_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ackCodeDialog")
        self.setWindowTitle(self.tr("Acknowledge in person"))
        self.code = code_edit("inPersonAckCode", self.tr("The rep's acknowledgement code"))
        text = self.tr(
            "{rep} has read the report on this laptop and enters their own acknowledgement "
            "code. The team server checks it at the next sync; a wrong code is refused and "
            "shown here under Conflicts."
        ).replace("{rep}", rep_name)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Acknowledge"))
        ok.setObjectName("inPersonAckOk")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        label = QLabel(text)
        label.setWordWrap(True)
        layout.addWidget(label)
        layout.addWidget(self.code)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

    def value(self) -> str:
        return self.code.text().strip()
