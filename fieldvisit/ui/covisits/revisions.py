"""Earlier signed revisions of a co-visit report, each opened read-only."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldvisit.clock import local_zone
from fieldvisit.services.covisits import signoff as so
from fieldvisit.storage.database import Database
from fieldvisit.ui.dates import date_text
from fieldvisit.ui.events import DataEvents
from fieldvisit.ui.widgets import named


class RevisionsDialog(QDialog):
    def __init__(
        self,
        db: Database,
        events: DataEvents,
        settings: QSettings,
        covisit_id: uuid.UUID,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("revisionsDialog")
        self.setWindowTitle(self.tr("Revisions of the report"))
        self.db, self.events, self.settings, self.covisit_id = db, events, settings, covisit_id
        self.resize(560, 320)
        self.list = named(QListWidget(), "revisionList", self.tr("Revisions"))
        for row in so.list_revisions(db, covisit_id):
            when = date_text(row.made_at.astimezone(local_zone()).date())
            text = self.tr("Revision {n} · corrected {when} by {who}: {reason}").format(
                n=row.number, when=when, who=row.author or "?", reason=row.reason or ""
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, row.number)
            self.list.addItem(item)
        self.list.itemActivated.connect(self.open_revision)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = named(
            buttons.addButton(self.tr("Open read-only"), QDialogButtonBox.ButtonRole.ActionRole),
            "openRevision",
        )
        self.open_button.clicked.connect(lambda: self.open_revision(self.list.currentItem()))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.window_open: QWidget | None = None

    def open_revision(self, item: QListWidgetItem | None) -> None:
        from fieldvisit.ui.covisits.window import CoVisitWindow

        if item is None:
            return
        view = so.revision_view(self.db, self.covisit_id, int(item.data(Qt.ItemDataRole.UserRole)))
        window = CoVisitWindow(
            self.db, self.events, self.settings, self.covisit_id, self.parentWidget(), revision=view
        )
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.show()
        self.window_open = window
