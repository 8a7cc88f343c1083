"""The Reports page: choose a document and its subject, then preview, print or save it."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QSize, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fieldvisit.domain.enums import MemberRole
from fieldvisit.services.reporting import PrintOptions
from fieldvisit.services.reporting.catalog import list_records
from fieldvisit.storage.database import Database
from fieldvisit.ui.events import DataEvents, concerns
from fieldvisit.ui.i18n import CHINESE, choose_language
from fieldvisit.ui.pages.overview import OverviewPage
from fieldvisit.ui.printing import documents as d
from fieldvisit.ui.printing.actions import DocumentActions
from fieldvisit.ui.printing.batch import BatchExporter
from fieldvisit.ui.printing.options import ReportOptions
from fieldvisit.ui.printing.people import PersonPicker
from fieldvisit.ui.printing.preview import PreviewDialog
from fieldvisit.ui.printing.subjects import AccountPicker, CoVisitPicker, RecordPicker, month_of
from fieldvisit.ui.widgets import hint_label, named, scaled_font

SUBJECT_TABLES = ("covisit", "covisit_call", "contact_record", "account", "team_member")
DOCUMENT_LIST_WIDTH = (140, 230)
DOCUMENT_ROW_HEIGHT = 30


class ReportsPage(OverviewPage):
    key = "reports"
    tables = ("summary_report",)

    saved = Signal(str)
    """The path of a PDF just written by Save as PDF."""

    def texts(self) -> tuple[str, str]:
        return (
            self.tr("Reports"),
            self.tr(
                "Print any document, preview it first or save it as a PDF: co-visit "
                "handouts, contact records, customer cards, visit plans and summaries."
            ),
        )

    def __init__(
        self,
        db: Database,
        events: DataEvents,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, events, parent)
        self.settings = settings if settings is not None else QSettings()
        self.kinds = d.document_kinds()
        self._stale_pickers: set[str] = {kind.key for kind in self.kinds}
        self.printing = DocumentActions(db, self.settings, self)
        self.printing.saved.connect(self.saved)
        self.printing.busy_changed.connect(self._update_actions)

        self.pickers: dict[str, QWidget] = {
            d.COVISIT: CoVisitPicker(db),
            d.RECORD: RecordPicker(db),
            d.ACCOUNT: AccountPicker(db),
            d.PLAN: PersonPicker(db, MemberRole.REP),
            d.SUMMARY: PersonPicker(db, MemberRole.REP, with_period=True),
            d.TEAM: PersonPicker(db, MemberRole.MANAGER),
        }
        self.body.setContentsMargins(24, 20, 24, 20)
        self.body.takeAt(self.body.count() - 1)  # the overview's closing stretch
        self.body.addWidget(self._build(), 1)
        self.document_list.setCurrentRow(0)

    def _build(self) -> QWidget:
        self.document_list = named(QListWidget(), "documentList", self.tr("Documents"))
        self.document_list.setMinimumWidth(DOCUMENT_LIST_WIDTH[0])
        self.document_list.setMaximumWidth(DOCUMENT_LIST_WIDTH[1])
        self.document_list.setWordWrap(True)
        for kind in self.kinds:
            self.document_list.addItem(kind.name)
            item = self.document_list.item(self.document_list.count() - 1)
            item.setSizeHint(QSize(0, DOCUMENT_ROW_HEIGHT))
            item.setToolTip(kind.description)
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, kind.description)
        self.document_list.currentRowChanged.connect(self._on_kind_changed)

        self.document_name = QLabel()
        self.document_name.setObjectName("documentName")
        self.document_name.setFont(scaled_font(self.document_name.font(), 1.2, bold=True))
        self.description = hint_label("")
        self.description.setObjectName("documentDescription")
        self.subject_stack = QStackedWidget()
        self.subject_stack.setObjectName("subjectStack")
        for picker in self.pickers.values():
            self.subject_stack.addWidget(picker)
            picker.changed.connect(self._update_actions)  # type: ignore[attr-defined]

        self.export_buttons = {
            d.COVISIT: named(
                QPushButton(self.tr("&Export month…")),
                "exportCovisits",
                self.tr("Export every co-visit handout of the month"),
            ),
            d.RECORD: named(
                QPushButton(self.tr("&Export month…")),
                "exportRecords",
                self.tr("Export every contact record of the month"),
            ),
        }
        for key, button in self.export_buttons.items():
            button.setToolTip(
                self.tr("Save a PDF of each co-visit of this month into a folder.")
                if key == d.COVISIT
                else self.tr("Save a PDF of each contact record listed into a folder.")
            )
            button.clicked.connect(self.export_month)
            picker = self.pickers[key]
            assert isinstance(picker, CoVisitPicker | RecordPicker)
            picker.add_action(button)
        self.options = ReportOptions(self.settings, self._default_language())
        self.options.profile_box.toggled.connect(self._update_actions)

        self.busy = QWidget()
        self.busy.setObjectName("documentBusy")
        busy_bar = QProgressBar()
        busy_bar.setObjectName("documentBusyBar")
        busy_bar.setAccessibleName(self.tr("Preparing the document"))
        busy_bar.setRange(0, 0)
        busy_bar.setFixedWidth(120)
        busy_row = QHBoxLayout(self.busy)
        busy_row.setContentsMargins(0, 4, 0, 0)
        busy_row.addWidget(busy_bar)
        busy_row.addWidget(QLabel(self.tr("Preparing the document…")))
        busy_row.addStretch(1)
        self.option_stack = QStackedWidget()
        self.option_stack.setObjectName("optionStack")
        self.option_stack.addWidget(self.options)
        self.option_stack.addWidget(self.busy)
        self.preview_button = named(QPushButton(self.tr("Pre&view…")), "previewDocument")
        self.print_button = named(QPushButton(self.tr("&Print…")), "printDocument")
        self.save_button = named(QPushButton(self.tr("&Save as PDF…")), "saveDocument")
        self.preview_button.setDefault(True)
        self.preview_button.clicked.connect(self.open_preview)
        self.print_button.clicked.connect(self.print_current)
        self.save_button.clicked.connect(self.save_current)

        actions = QHBoxLayout()
        actions.setSpacing(8)
        actions.addStretch(1)
        for button in (self.preview_button, self.print_button, self.save_button):
            actions.addWidget(button)

        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(8)
        right.addWidget(self.document_name)
        right.addWidget(self.description)
        right.addWidget(self.subject_stack, 1)
        right.addWidget(self.option_stack)
        right.addLayout(actions)

        content = QWidget()
        content.setObjectName("reportsContent")
        row = QHBoxLayout(content)
        row.setContentsMargins(0, 4, 0, 0)
        row.setSpacing(16)
        row.addWidget(self.document_list)
        row.addLayout(right, 1)
        return content

    def _default_language(self) -> str:
        return "zh" if choose_language(self.settings) == CHINESE else "en"

    # -- what is chosen ---------------------------------------------------------------

    def kind(self) -> str:
        return self.kinds[max(self.document_list.currentRow(), 0)].key

    def select_kind(self, key: str) -> None:
        self.document_list.setCurrentRow([kind.key for kind in self.kinds].index(key))

    def picker(self, key: str | None = None) -> QWidget:
        return self.pickers[key or self.kind()]

    def request(self) -> d.DocumentRequest | None:
        """The document the page would print now, or ``None`` while no subject is chosen."""
        options = self.options.print_options()
        key = self.kind()
        picker = self.picker(key)
        if isinstance(picker, CoVisitPicker):
            covisit = picker.selected()
            return d.covisit_request(covisit, options) if covisit else None
        if isinstance(picker, RecordPicker):
            record = picker.selected()
            return d.record_request(record, options) if record else None
        if isinstance(picker, AccountPicker):
            account = picker.selected()
            personal = self.options.profile_box.isChecked()
            return d.account_request(account, options, personal) if account else None
        assert isinstance(picker, PersonPicker)
        name = picker.name()
        if name is None:
            return None
        if key == d.PLAN:
            return d.plan_request(name, picker.month(), options)
        if key == d.SUMMARY:
            return d.summary_request(name, picker.period_kind(), picker.on(), options)
        return d.team_request(name, picker.month(), options)

    def document_title(self, request: d.DocumentRequest) -> str:
        name = next(kind.name for kind in self.kinds if kind.key == request.kind)
        return f"{name} — {request.title}"

    # -- refreshing -------------------------------------------------------------------

    def refresh(self) -> None:
        super().refresh()
        self._refresh_picker(self.kind())

    def _refresh_picker(self, key: str) -> None:
        if key in self._stale_pickers:
            self._stale_pickers.discard(key)
            self.pickers[key].refresh()  # type: ignore[attr-defined]

    def _on_data_changed(self, tables: set[str]) -> None:
        if not concerns(tables, (*self.tables, *SUBJECT_TABLES)):
            return
        self._stale_pickers = {kind.key for kind in self.kinds}
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    @Slot(int)
    def _on_kind_changed(self, row: int) -> None:
        kind = self.kinds[max(row, 0)]
        self.document_name.setText(kind.name)
        self.description.setText(kind.description)
        self.subject_stack.setCurrentWidget(self.pickers[kind.key])
        if not self.is_stale():
            self._refresh_picker(kind.key)
        self.options.set_profile_visible(kind.key == d.ACCOUNT)
        self._update_actions()

    @Slot()
    def _update_actions(self) -> None:
        busy = self.printing.is_rendering()
        ready = not busy and self.request() is not None
        for button in (self.preview_button, self.print_button, self.save_button):
            button.setEnabled(ready)
        for key, button in self.export_buttons.items():
            picker = self.pickers[key]
            assert isinstance(picker, CoVisitPicker | RecordPicker)
            button.setEnabled(not busy and bool(picker.all_rows()))
        self.option_stack.setCurrentWidget(self.busy if busy else self.options)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    # -- actions ----------------------------------------------------------------------

    @property
    def preview(self) -> PreviewDialog | None:
        return self.printing.preview

    @property
    def exporter(self) -> BatchExporter:
        return self.printing.exporter

    def is_busy(self) -> bool:
        return self.printing.is_busy()

    @Slot()
    def open_preview(self) -> None:
        request = self.request()
        if request is not None:
            self.printing.open_preview(request, self.document_title(request))

    @Slot()
    def print_current(self) -> None:
        request = self.request()
        if request is not None:
            self.printing.print(request, self.document_title(request))

    @Slot()
    def save_current(self) -> None:
        request = self.request()
        if request is not None:
            self.printing.save(request)

    @Slot()
    def export_month(self) -> None:
        picker = self.picker()
        options = self.options.print_options()
        if isinstance(picker, CoVisitPicker):
            requests = [d.covisit_request(item, options) for item in picker.all_rows()]
            caption = self.tr("Folder for the co-visit handouts")
            what = self.tr("Exporting the co-visit handouts of {month:%Y-%m}…")
        elif isinstance(picker, RecordPicker):
            month = month_of(picker.month)
            rows = list_records(self.db, month, picker.filter.text(), limit=None)
            requests = [d.record_request(item, options) for item in rows]
            caption = self.tr("Folder for the contact records")
            what = self.tr("Exporting the contact records of {month:%Y-%m}…")
        else:
            return
        self.printing.export(requests, caption, what.format(month=month_of(picker.month)))

    def stop(self) -> None:
        """End background work before the window closes."""
        self.printing.stop()

    def print_options(self) -> PrintOptions:
        return self.options.print_options()
