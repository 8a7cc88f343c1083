"""The card's people commands that belong to other areas: merge duplicates, vCard in and out."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import QPushButton

from fieldvisit.storage.database import Database
from fieldvisit.ui.accounts.card_stakeholders import StakeholdersTab
from fieldvisit.ui.accounts.import_dialog import ImportVCardDialog, export_vcards_dialog
from fieldvisit.ui.accounts.merge_dialog import MergeStakeholdersDialog
from fieldvisit.ui.events import DataEvents
from fieldvisit.ui.widgets import named


class PeopleActions(QObject):
    """Adds "Merge duplicates…", "Import vCard…" and "Export vCard…" under the people table."""

    def __init__(self, tab: StakeholdersTab, db: Database, events: DataEvents) -> None:
        super().__init__(tab)
        self.tab = tab
        self.db = db
        self.events = events
        self.merge_button = named(QPushButton(self.tr("Merge &duplicates…")), "stakeholderMerge")
        self.merge_button.setToolTip(self.tr("Select two entries for the same person to merge"))
        self.import_button = named(QPushButton(self.tr("Import v&Card…")), "vcardImport")
        self.import_button.setToolTip(self.tr("Add people from a phone's contacts file (.vcf)"))
        self.export_button = named(QPushButton(self.tr("E&xport vCard…")), "vcardExport")
        self.export_button.setToolTip(
            self.tr("Save this account's people as a .vcf file for a phone (no personal profile)")
        )
        self.merge_button.clicked.connect(self.merge)
        self.import_button.clicked.connect(self.import_vcards)
        self.export_button.clicked.connect(self.export_vcards)
        tab.add_buttons(self.merge_button, self.import_button, self.export_button)
        tab.table.itemSelectionChanged.connect(self.update_enabled)
        tab.changed.connect(self.update_enabled)
        # The tab fills its table when the card loads; follow its rows.
        tab.table.model().rowsInserted.connect(self.update_enabled)
        tab.table.model().rowsRemoved.connect(self.update_enabled)
        self.update_enabled()

    @Slot()
    def update_enabled(self) -> None:
        saved = self.tab.account_id is not None
        self.merge_button.setEnabled(len(self.tab.selected_people()) == 2)
        self.import_button.setEnabled(saved)
        self.export_button.setEnabled(saved and bool(self.tab.people))

    @Slot()
    def merge(self) -> None:
        ids = [p.id for p in self.tab.selected_people() if p.id is not None]
        if len(ids) != 2:
            return
        dialog = MergeStakeholdersDialog(self.db, self.events, ids[0], ids[1], self.tab.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.tab.refresh)
        dialog.open()

    @Slot()
    def import_vcards(self) -> None:
        if self.tab.account_id is None:
            return
        dialog = ImportVCardDialog(self.db, self.events, self.tab.account_id, self.tab.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda *_: self.tab.refresh())
        dialog.open()

    @Slot()
    def export_vcards(self) -> None:
        if self.tab.account_id is not None:
            export_vcards_dialog(self.tab.window(), self.db, self.tab.account_id)
