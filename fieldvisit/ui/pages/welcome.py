"""The empty state of a new database: no customers yet, sample data on offer."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from fieldvisit.ui.resources import resource_path
from fieldvisit.ui.widgets import heading_label, hint_label, named

PANEL_WIDTH = 560
MARGIN = 40


class WelcomePanel(QFrame):
    """Centred card offering sample data or an empty start."""

    load_sample_requested = Signal()
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFixedWidth(PANEL_WIDTH)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)

        icon = QLabel()
        icon.setPixmap(QIcon(str(resource_path("icons", "accounts.svg"))).pixmap(QSize(48, 48)))
        icon.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        heading = heading_label(self.tr("No customers yet"), 1.5)
        heading.setObjectName("welcomeHeading")
        heading.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        text = hint_label(
            self.tr(
                "Customer cards, contact records, visit plans and co-visits all start "
                "from your accounts. Load a sample territory to see FieldVisit at work, "
                "or start with an empty database and add your own customers."
            )
        )
        text.setObjectName("welcomeText")
        text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        # The panel is centred in a row, which does not pass height-for-width down.
        text.setMinimumHeight(text.heightForWidth(PANEL_WIDTH - 2 * MARGIN))

        self.load_button = named(QPushButton(self.tr("Load sample data…")), "loadSampleData")
        self.load_button.setDefault(True)
        self.load_button.setAutoDefault(True)
        self.empty_button = named(
            QPushButton(self.tr("Start with an empty database")), "startEmpty"
        )
        self.load_button.clicked.connect(self.load_sample_requested)
        self.empty_button.clicked.connect(self.dismissed)
        buttons = QHBoxLayout()
        buttons.setSpacing(12)
        buttons.addStretch(1)
        buttons.addWidget(self.load_button)
        buttons.addWidget(self.empty_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, 32, MARGIN, 32)
        layout.setSpacing(14)
        layout.addWidget(icon)
        layout.addWidget(heading)
        layout.addWidget(text)
        layout.addSpacing(8)
        layout.addLayout(buttons)

    def set_busy(self, busy: bool) -> None:
        self.load_button.setEnabled(not busy)
        self.empty_button.setEnabled(not busy)
