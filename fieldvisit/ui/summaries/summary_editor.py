"""The customer management summary editor (DOMAIN.md §7): pre-fill, edit, save, print."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QLocale, QSettings, Qt, Slot
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fieldvisit.domain.enums import PeriodKind, SummarySection, SummaryStatus
from fieldvisit.domain.errors import FieldVisitError, ValidationError
from fieldvisit.services.reporting import PrintOptions
from fieldvisit.services.summaries import (
    SummaryDraft,
    find_summary,
    prefill_summary,
    save_summary,
    summary_figures,
    summary_period,
    validate_summary,
)
from fieldvisit.services.team import list_team
from fieldvisit.storage.database import Database
from fieldvisit.ui.dates import date_text, qdate, styled
from fieldvisit.ui.events import DataEvents
from fieldvisit.ui.labels import enum_label, error_line, interface_language
from fieldvisit.ui.printing.actions import DocumentActions
from fieldvisit.ui.printing.documents import SUMMARY_PERIODS, DocumentRequest, summary_request
from fieldvisit.ui.printing.options import PAPER_KEY
from fieldvisit.ui.qt_clock import qdate_today
from fieldvisit.ui.summaries.section_editor import SectionEditor
from fieldvisit.ui.widgets import error_label, heading_label, hint_label, named


class SummaryEditor(QWidget):
    """A window of its own: ``SummaryEditor(db, events, settings, author_id).show()``."""

    def __init__(
        self,
        db: Database,
        events: DataEvents,
        settings: QSettings,
        author_id: uuid.UUID,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("summaryEditor")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.db = db
        self.events = events
        self.settings = settings
        self.author_id = author_id
        self.author = next((m.name for m in list_team(db) if m.id == author_id), "")
        self.draft: SummaryDraft | None = None
        self.dirty = False
        self._loading = False

        self.kind_box = named(QComboBox(), "periodKind", self.tr("Period"))
        for kind in SUMMARY_PERIODS:
            self.kind_box.addItem(enum_label(kind), kind)
        self.kind_box.setCurrentIndex(max(self.kind_box.findData(PeriodKind.MONTH), 0))
        self.date_edit = named(QDateEdit(), "periodDate", self.tr("A day in the period"))
        self.date_edit.setCalendarPopup(True)
        styled(self.date_edit)
        self.date_edit.setDate(qdate_today())
        self.period_label = QLabel()
        self.period_label.setObjectName("periodRange")
        self.prefill_button = named(
            QPushButton(self.tr("Pre-&fill from records and promises")), "prefillButton"
        )
        self.prefill_button.clicked.connect(lambda: self.prefill(ask=True))
        top = QHBoxLayout()
        for caption, widget in (
            (self.tr("&Period:"), self.kind_box),
            (self.tr("&Day:"), self.date_edit),
        ):
            label = QLabel(caption)
            label.setBuddy(widget)
            top.addWidget(label)
            top.addWidget(widget)
        top.addWidget(self.period_label)
        top.addStretch(1)
        top.addWidget(self.prefill_button)

        self.title = heading_label("", 1.4)
        self.title.setObjectName("summaryTitle")
        self.status_label = QLabel()
        self.status_label.setObjectName("summaryStatus")
        self.figures_label = hint_label("")
        self.figures_label.setObjectName("summaryFigures")
        self.error = error_label("summaryError")

        self.sections = {section: SectionEditor(section) for section in SummarySection}
        self.tabs = named(QTabWidget(), "summarySections", self.tr("Sections"))
        for number, (section, editor) in enumerate(self.sections.items(), start=1):
            self.tabs.addTab(editor, f"{number}. {enum_label(section)}")
            editor.edited.connect(self._mark_dirty)

        self.final_box = named(QCheckBox(self.tr("Fi&nal (ready to hand in)")), "finalBox")
        self.final_box.toggled.connect(self._mark_dirty)
        self.save_button = named(QPushButton(self.tr("&Save")), "saveButton")
        self.preview_button = named(QPushButton(self.tr("Pre&view")), "previewButton")
        self.print_button = named(QPushButton(self.tr("&Print…")), "printButton")
        self.pdf_button = named(QPushButton(self.tr("Save as P&DF…")), "pdfButton")
        self.close_button = named(QPushButton(self.tr("&Close")), "closeButton")
        self.save_button.clicked.connect(self.save)
        self.preview_button.clicked.connect(lambda: self._document("preview"))
        self.print_button.clicked.connect(lambda: self._document("print"))
        self.pdf_button.clicked.connect(lambda: self._document("pdf"))
        self.close_button.clicked.connect(self.close)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        bottom = QHBoxLayout()
        bottom.addWidget(self.final_box)
        bottom.addStretch(1)
        for button in (
            self.save_button,
            self.preview_button,
            self.print_button,
            self.pdf_button,
            self.close_button,
        ):
            bottom.addWidget(button)
        self.print_hint = hint_label(self.tr("Printing uses the saved summary; it is saved first."))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.title)
        layout.addWidget(self.status_label)
        layout.addWidget(self.figures_label)
        layout.addWidget(self.error)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.print_hint)
        layout.addLayout(bottom)

        self.printing = DocumentActions(db, settings, self)
        self.printing.busy_changed.connect(self._busy)
        self.kind_box.currentIndexChanged.connect(self._period_changed)
        self.date_edit.dateChanged.connect(self._period_changed)
        self.resize(1100, 760)
        self.load()

    # -- load / validate / save ---------------------------------------------------------

    def period(self) -> tuple[PeriodKind, date]:
        kind = self.kind_box.currentData()
        d = self.date_edit.date()
        return PeriodKind(kind), date(d.year(), d.month(), d.day())

    def set_period(self, kind: PeriodKind, day: date) -> None:
        """Show the summary of the period that contains ``day`` (asks before losing edits)."""
        self.kind_box.blockSignals(True)
        self.date_edit.blockSignals(True)
        self.kind_box.setCurrentIndex(max(self.kind_box.findData(kind), 0))
        self.date_edit.setDate(qdate(day))
        self.kind_box.blockSignals(False)
        self.date_edit.blockSignals(False)
        self._period_changed()

    def load(self) -> None:
        """The saved summary of the chosen period, or an empty one to pre-fill."""
        kind, day = self.period()
        saved = find_summary(self.db, self.author_id, kind, day)
        if saved is None:
            start, end = summary_period(kind, day)
            saved = SummaryDraft(self.author_id, self.author, kind, start, end)
        self._show_draft(saved, dirty=False)

    def prefill(self, ask: bool = True) -> None:
        """Replace the items with ones proposed from the period's records and promises."""
        has_items = any(editor.items for editor in self.sections.values())
        if ask and has_items:
            answer = QMessageBox.question(
                self,
                self.tr("Replace the plans?"),
                self.tr(
                    "Pre-filling replaces the plans listed now with ones taken from the "
                    "period's contact records and promises. Your edits to them are lost "
                    "when you save."
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        kind, day = self.period()
        # A fifth of a second for a busy rep's month on a 50k-account database: a wait
        # cursor is enough, a progress dialog would only flash.
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            draft = prefill_summary(self.db, self.author_id, kind, day, interface_language())
        except FieldVisitError as exc:
            self._show_error(exc)
            return
        finally:
            QApplication.restoreOverrideCursor()
        if self.draft is not None:
            draft = replace(draft, status=self._status())
        self._show_draft(draft, dirty=True)

    def current_draft(self) -> SummaryDraft:
        assert self.draft is not None
        items = [i for section in self.sections.values() for i in section.current_items()]
        return replace(self.draft, items=tuple(items), status=self._status())

    def validate(self) -> bool:
        draft = self.current_draft()
        try:
            validate_summary(draft)
        except ValidationError:
            for editor in self.sections.values():
                for position, item in enumerate(editor.items):
                    if not item.name.strip():
                        self.tabs.setCurrentWidget(editor)
                        editor.show_name_error(
                            position,
                            self.tr("Give this plan a name, or remove it."),
                        )
                        return False
            raise
        return True

    @Slot()
    def save(self) -> bool:
        if self.draft is None or not self.validate():
            return False
        try:
            saved = save_summary(self.db, self.current_draft())
        except FieldVisitError as exc:
            self._show_error(exc)
            return False
        self._show_draft(saved, dirty=False, keep_rows=True)
        self.events.announce({"summary_report", "summary_item"})
        return True

    # -- printing -----------------------------------------------------------------------

    def print_request(self) -> DocumentRequest:
        assert self.draft is not None
        lang = "zh" if interface_language() == "zh" else "en"
        paper = self.settings.value(PAPER_KEY, "a4", str)
        options = PrintOptions(lang=lang, paper=paper if paper in ("a4", "letter") else "a4")
        return summary_request(
            self.draft.author, self.draft.period_kind, self.draft.period_start, options
        )

    def _document(self, action: str) -> None:
        if self.dirty and not self.save():
            return
        unsaved = self.draft is None or self.draft.report_id is None
        if unsaved and not self.save():
            return
        request = self.print_request()
        title = self.tr("Customer management summary")
        if action == "preview":
            self.printing.open_preview(request, title)
        elif action == "print":
            self.printing.print(request, title)
        else:
            self.printing.save(request)

    @Slot(bool)
    def _busy(self, busy: bool) -> None:
        for button in (self.preview_button, self.print_button, self.pdf_button):
            button.setEnabled(not busy)

    # -- closing ------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.dirty and not self._may_discard():
            event.ignore()
            return
        self.printing.stop()
        event.accept()

    def _may_discard(self) -> bool:
        """Ask what to do with unsaved edits: save them, discard them, or stay."""
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("The summary has changes that are not saved. Save them?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    # -- internals ----------------------------------------------------------------------

    def _status(self) -> SummaryStatus:
        return SummaryStatus.FINAL if self.final_box.isChecked() else SummaryStatus.DRAFT

    @Slot()
    def _period_changed(self) -> None:
        if self._loading:
            return
        if self.dirty and not self._may_discard():
            self._restore_period()
            return
        self.load()

    def _restore_period(self) -> None:
        if self.draft is None:
            return
        self._loading = True
        self.kind_box.setCurrentIndex(max(self.kind_box.findData(self.draft.period_kind), 0))
        self.date_edit.setDate(qdate(self.draft.period_start))
        self._loading = False

    def _show_draft(self, draft: SummaryDraft, dirty: bool, keep_rows: bool = False) -> None:
        self._loading = True
        rows = {s: e.list.currentRow() for s, e in self.sections.items()}
        self.draft = draft
        for section, editor in self.sections.items():
            editor.set_items(draft.section(section))
            if keep_rows and 0 <= rows[section] < len(editor.items):
                editor.select(rows[section])
        self.final_box.setChecked(draft.status is SummaryStatus.FINAL)
        locale = QLocale()
        self.period_label.setText(
            self.tr("{start} – {end}").format(
                start=date_text(draft.period_start),
                end=date_text(draft.period_end),
            )
        )
        self.title.setText(
            self.tr("Customer management summary · {author}").format(author=draft.author)
        )
        figures = summary_figures(self.db, draft)
        self.figures_label.setText(
            self.tr(
                "This period: {records} contacts ({on_site} on-site, {phone} phone) · "
                "{kept} promises kept · {open} open"
            ).format(
                records=locale.toString(figures.records),
                on_site=locale.toString(figures.on_site),
                phone=locale.toString(figures.phone),
                kept=locale.toString(figures.promises_kept),
                open=locale.toString(figures.promises_open),
            )
        )
        self.error.setVisible(False)
        self._loading = False
        self._set_dirty(dirty)

    def _show_error(self, error: FieldVisitError) -> None:
        self.error.setText(error_line(error))
        self.error.setVisible(True)

    @Slot()
    def _mark_dirty(self) -> None:
        if not self._loading:
            self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self.dirty = dirty
        draft = self.draft
        if draft is None:
            return
        if dirty:
            state = self.tr("Unsaved changes")
        elif draft.report_id is None:
            state = self.tr("Not written yet: pre-fill it, or add plans by hand.")
        else:
            state = self.tr("Saved · {status}").format(status=enum_label(draft.status))
        self.status_label.setText(state)
        self.setWindowTitle(
            self.tr("{star}Summary · {author} — FieldVisit").format(
                star="* " if dirty else "", author=draft.author
            )
        )
