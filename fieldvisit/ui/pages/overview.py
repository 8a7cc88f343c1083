"""A page that introduces one area and shows how much of it the database holds."""

from __future__ import annotations

from abc import abstractmethod

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPalette, QShowEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from fieldvisit.services.stats import entity_counts
from fieldvisit.storage.database import Database
from fieldvisit.ui.events import DataEvents, concerns
from fieldvisit.ui.labels import table_label
from fieldvisit.ui.pages.base import AreaPage
from fieldvisit.ui.widgets import heading_label, hint_label, scaled_font

CARD_COLUMNS = 3


class CountCard(QFrame):
    """A framed figure with its caption, e.g. "1,204 / Accounts"."""

    def __init__(self, table: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self.setObjectName(f"card_{table}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(150)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)
        self.value_label = QLabel("–")
        self.value_label.setObjectName(f"count_{table}")
        self.value_label.setFont(scaled_font(self.value_label.font(), 2.0, bold=True))
        self.value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.caption_label = QLabel(table_label(table))
        self.caption_label.setObjectName(f"caption_{table}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(2)
        layout.addWidget(self.value_label)
        layout.addWidget(self.caption_label)

    def set_value(self, text: str) -> None:
        self.value_label.setText(text)
        self.value_label.setAccessibleName(f"{self.caption_label.text()}: {text}")


class OverviewPage(AreaPage):
    """Heading, a sentence about the area and a card per table of that area.

    Counts are read when the page is first shown and again whenever the data it
    shows changes; a hidden page only notes that it is out of date and reads the
    counts when it is shown next.
    """

    key = "overview"
    tables: tuple[str, ...] = ()

    def __init__(self, db: Database, events: DataEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        key = self.key
        title, summary = self.texts()
        self.title = title
        self.counts: dict[str, int] = {}
        self._stale = True
        self.setObjectName(f"{key}Page")
        self.setAccessibleName(title)

        self.heading = heading_label(title)
        self.heading.setObjectName(f"{key}Heading")
        self.summary = hint_label(summary)
        self.summary.setObjectName(f"{key}Summary")

        self.cards_widget = QWidget()
        self.cards_widget.setObjectName(f"{key}Cards")
        grid = QGridLayout(self.cards_widget)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(12)
        self.cards: dict[str, CountCard] = {}
        for index, table in enumerate(self.tables):
            card = CountCard(table)
            self.cards[table] = card
            grid.addWidget(card, index // CARD_COLUMNS, index % CARD_COLUMNS)
        grid.setColumnStretch(CARD_COLUMNS, 1)

        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(32, 28, 32, 28)
        self.body.setSpacing(10)
        self.body.addWidget(self.heading)
        self.body.addWidget(self.summary)
        self.body.addSpacing(12)
        self.body.addWidget(self.cards_widget)
        self.body.addStretch(1)

        events.changed.connect(self._on_data_changed)

    def refresh(self) -> None:
        """Read the counts again and show them formatted for the user's locale."""
        self._stale = False
        self.counts = entity_counts(self.db, list(self.tables))
        locale = self.locale()
        for table, card in self.cards.items():
            card.set_value(locale.toString(self.counts.get(table, 0)))

    def is_stale(self) -> bool:
        return self._stale

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Let the window paint first; the counts follow a moment later.
        QTimer.singleShot(0, self, self._refresh_if_stale)

    def _refresh_if_stale(self) -> None:
        if self._stale and self.isVisible():
            self.refresh()

    def _on_data_changed(self, tables: set[str]) -> None:
        if not concerns(tables, self.tables):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    @abstractmethod  # documents the contract for mypy; Qt's metaclass cannot be an ABC
    def texts(self) -> tuple[str, str]:
        """The page's translated heading and one-sentence summary."""
