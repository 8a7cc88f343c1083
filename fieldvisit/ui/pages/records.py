"""The Contact records page: my records (late drafts first) and the open promises."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, Slot
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTabWidget, QVBoxLayout, QWidget

from fieldvisit.services.team import current_user
from fieldvisit.storage.database import Database
from fieldvisit.ui.events import DataEvents
from fieldvisit.ui.pages.base import AreaPage
from fieldvisit.ui.records.new_record import NewRecordDialog
from fieldvisit.ui.records.promises_view import PromisesView
from fieldvisit.ui.records.record_editor import RecordEditor, open_editors, open_record_editor
from fieldvisit.ui.records.records_list import RecordsList
from fieldvisit.ui.widgets import heading_label, hint_label, named

if TYPE_CHECKING:
    from fieldvisit.ui.records.day_report_dialog import DayReportDialog


class RecordsPage(AreaPage):
    key = "records"

    def __init__(
        self,
        db: Database,
        events: DataEvents,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.events = events
        self.settings = settings if settings is not None else QSettings()
        self.title = self.tr("Contact records")
        self.setObjectName("recordsPage")
        self.setAccessibleName(self.title)
        self.dialog: NewRecordDialog | None = None
        heading = heading_label(self.title)
        heading.setObjectName("recordsHeading")
        self.new_button = named(QPushButton(self.tr("&New record…")), "newRecord")
        self.new_button.clicked.connect(self.new_record)
        top = QHBoxLayout()
        self.summary_button = named(QPushButton(self.tr("&Summary report…")), "summaryReport")
        self.summary_button.setToolTip(
            self.tr("Weekly, monthly or yearly customer management summary, pre-filled")
        )
        self.summary_button.clicked.connect(self.open_summary)
        self.summary_editor: QWidget | None = None
        self.day_report_button = named(QPushButton(self.tr("Da&y report…")), "dayReport")
        self.day_report_button.setToolTip(
            self.tr("Send the day's report (a rep), or read your reps' reports (a manager)")
        )
        self.day_report_button.clicked.connect(self.open_day_report)
        self.day_report: DayReportDialog | None = None
        top.addWidget(heading, 1)
        top.addWidget(self.day_report_button)
        top.addWidget(self.summary_button)
        top.addWidget(self.new_button)
        self.records = RecordsList(db, events, self.settings)
        self.promises = PromisesView(db, events, self.settings)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("recordsTabs")
        self.tabs.addTab(self.records, self.tr("Records"))
        self.tabs.addTab(self.promises, self.tr("Open promises"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addLayout(top)
        layout.addWidget(
            hint_label(
                self.tr(
                    "A record after every call: objectives, what was said, successes, "
                    "shortcomings and lessons, and the promises to follow up."
                )
            )
        )
        layout.addWidget(self.tabs, 1)

    @Slot()
    def open_summary(self) -> QWidget | None:
        """The customer management summary (§7) of the current user, in its own window."""
        if self.summary_editor is not None and self.summary_editor.isVisible():
            self.summary_editor.raise_()
            self.summary_editor.activateWindow()
            return self.summary_editor
        user = current_user(self.db)
        if user is None:
            return None
        from fieldvisit.ui.summaries.summary_editor import SummaryEditor  # on first use

        self.summary_editor = SummaryEditor(self.db, self.events, self.settings, user.id)
        self.summary_editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.summary_editor.destroyed.connect(self._forget_summary)
        self.summary_editor.show()
        return self.summary_editor

    def _forget_summary(self) -> None:
        self.summary_editor = None

    @Slot()
    def open_day_report(self) -> DayReportDialog:
        """The day report: a rep reviews and sends it, a manager reads the team's."""
        if self.day_report is not None and self.day_report.isVisible():
            self.day_report.raise_()
            self.day_report.activateWindow()
            return self.day_report
        from fieldvisit.ui.records.day_report_dialog import DayReportDialog  # on first use

        dialog = DayReportDialog(self.db, self.events, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._forget_day_report)
        self.day_report = dialog
        dialog.show()
        return dialog

    def _forget_day_report(self) -> None:
        self.day_report = None

    @Slot()
    def new_record(self) -> NewRecordDialog:
        self.dialog = NewRecordDialog(self.db, self)
        self.dialog.accepted.connect(self._on_account_chosen)
        self.dialog.open()
        return self.dialog

    @Slot()
    def _on_account_chosen(self) -> None:
        dialog = self.dialog
        if dialog is None:
            return
        account_id = dialog.account_id()
        self.dialog = None
        dialog.deleteLater()
        if account_id is not None:
            open_record_editor(self.db, self.events, self.settings, account_id=account_id)

    def is_stale(self) -> bool:
        """Whether the list shown is out of date (it is read again when next shown)."""
        return self.records.is_stale()

    def editors(self) -> list[RecordEditor]:
        return open_editors()

    def stop(self) -> None:
        for editor in open_editors():
            editor.close()
        if self.summary_editor is not None:
            self.summary_editor.close()
        if self.day_report is not None:
            self.day_report.close()
