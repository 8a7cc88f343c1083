"""The start page: accounts and stakeholders."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from fieldvisit.services.stats import has_accounts
from fieldvisit.storage.database import Database
from fieldvisit.ui.events import DataEvents
from fieldvisit.ui.pages.overview import OverviewPage
from fieldvisit.ui.pages.welcome import WelcomePanel


class AccountsPage(OverviewPage):
    """The start page; on a database without customers it shows the welcome panel."""

    load_sample_requested = Signal()

    key = "accounts"
    tables = ("account", "stakeholder")

    def texts(self) -> tuple[str, str]:
        return (
            self.tr("Accounts"),
            self.tr(
                "Customer cards for hospitals, clinics, pharmacies and distributors, "
                "and the stakeholders you work with in each."
            ),
        )

    def __init__(self, db: Database, events: DataEvents, parent: QWidget | None = None) -> None:
        super().__init__(db, events, parent)
        self._dismissed = False
        self.welcome = WelcomePanel()
        self.welcome.load_sample_requested.connect(self.load_sample_requested)
        self.welcome.dismissed.connect(self.dismiss_welcome)
        self.welcome_row = QWidget()
        self.welcome_row.setObjectName("welcomeRow")
        row = QHBoxLayout(self.welcome_row)
        row.setContentsMargins(0, 24, 0, 0)
        row.addWidget(self.welcome, 0, Qt.AlignmentFlag.AlignHCenter)
        self.body.insertWidget(self.body.count() - 1, self.welcome_row)
        self.body.addStretch(1)
        self.welcome_row.hide()
        self.cards_widget.hide()

    def refresh(self) -> None:
        super().refresh()
        empty = not self._dismissed and not has_accounts(self.db)
        self.welcome_row.setVisible(empty)
        self.cards_widget.setVisible(not empty)

    def dismiss_welcome(self) -> None:
        """Hide the welcome panel for this session and show the (empty) counts."""
        self._dismissed = True
        self.welcome_row.hide()
        self.cards_widget.show()

    def showing_welcome(self) -> bool:
        return self.welcome_row.isVisibleTo(self)
