"""The day report (日报) window: a rep reviews the day and sends it; a manager sees which
reps have sent theirs, reads them and comments.

Opened from the Records page. What the rep sees before sending is what will be sent (the
same builder); what the manager reads is the snapshot that was sent.
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QDate, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldvisit import clock
from fieldvisit.domain.enums import MemberRole, PromiseStatus, RecordStatus
from fieldvisit.domain.errors import FieldVisitError
from fieldvisit.reports.snapshots import CommentLine
from fieldvisit.services.reviews.comments import add_day_report_comment
from fieldvisit.services.reviews.day_report import (
    DayReportBody,
    DayReportView,
    RepDay,
    draft_day_report,
    find_day_report,
    send_day_report,
    team_days,
)
from fieldvisit.services.team import current_user
from fieldvisit.storage.database import Database
from fieldvisit.ui.dates import date_text, styled
from fieldvisit.ui.events import DataEvents, concerns
from fieldvisit.ui.labels import enum_label, error_title
from fieldvisit.ui.qt_clock import qdate_today
from fieldvisit.ui.records.comments_panel import CommentsPanel
from fieldvisit.ui.widgets import heading_label, hint_label, named

TABLES = {"day_report", "day_report_comment", "contact_record", "promise", "planned_contact"}


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ReportTree(QTreeWidget):
    """What a day report holds, in four groups."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dayReportTree")
        self.setAccessibleName(self.tr("Day report"))
        self.setColumnCount(3)
        self.setHeaderLabels([self.tr("Account"), self.tr("Status"), self.tr("Details")])
        self.setRootIsDecorated(True)
        self.setUniformRowHeights(True)
        header = self.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

    def show_body(self, body: DayReportBody | None, with_reasons: bool = True) -> None:
        self.clear()
        if body is None:
            return
        groups: list[tuple[str, list[list[str]]]] = [
            (
                self.tr("Records (%n)", "", len(body.records)),
                [
                    [
                        f"{r.occurred_at[11:16]}  {r.account}",
                        enum_label(RecordStatus(r.status)),
                        r.summary,
                    ]
                    for r in body.records
                ],
            ),
            (
                self.tr("Promises made (%n)", "", len(body.promises_made)),
                [
                    [
                        p.account,
                        self.tr("due {}").format(date_text(date.fromisoformat(p.due_on))),
                        p.description,
                    ]
                    for p in body.promises_made
                ],
            ),
            (
                self.tr("Promises kept (%n)", "", len(body.promises_kept)),
                [
                    [p.account, enum_label(PromiseStatus(p.status)), p.description]
                    for p in body.promises_kept
                ],
            ),
            (
                self.tr("Planned visits not made (%n)", "", len(body.missed_visits)),
                [
                    [m.account, self.tr("not made"), m.reason if with_reasons else ""]
                    for m in body.missed_visits
                ],
            ),
        ]
        for title, rows in groups:
            top = QTreeWidgetItem([title])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            top.setFirstColumnSpanned(False)
            self.addTopLevelItem(top)
            for row in rows:
                child = QTreeWidgetItem(row)
                child.setToolTip(2, row[2])
                top.addChild(child)
            top.setExpanded(True)


class DayReportDialog(QDialog):
    """Review and send the day (a rep), or see who sent theirs and comment (a manager)."""

    def __init__(self, db: Database, events: DataEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.events = events
        self.setObjectName("dayReportDialog")
        self.setWindowTitle(self.tr("Day report"))
        self.resize(1000, 640)
        user = current_user(db)
        self.role = user.role if user is not None else MemberRole.REP
        self.me = user.id if user is not None else None
        self.report: DayReportView | None = None
        self.body: DayReportBody | None = None
        self.reasons: dict[uuid.UUID, QLineEdit] = {}
        self.team: list[RepDay] = []

        self.date_edit = named(QDateEdit(qdate_today()), "dayReportDate", self.tr("Day"))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMaximumDate(qdate_today())
        styled(self.date_edit)
        self.date_edit.dateChanged.connect(self.reload)
        top = QHBoxLayout()
        top.addWidget(heading_label(self.tr("Day report"), 1.4), 1)
        day_label = QLabel(self.tr("&Day:"))
        day_label.setBuddy(self.date_edit)
        top.addWidget(day_label)
        top.addWidget(self.date_edit)

        self.summary = QLabel()
        self.summary.setObjectName("dayReportSummary")
        self.summary.setWordWrap(True)
        self.tree = ReportTree()
        self.comments = CommentsPanel(
            events, {"day_report_comment"}, self._comments, self._add_comment, self
        )
        self.error = hint_label("")
        self.error.setObjectName("dayReportError")
        self.error.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        if self.role is MemberRole.MANAGER:
            layout.addWidget(
                hint_label(
                    self.tr(
                        "Your reps' reports of the day as they sent them. Choose a rep "
                        "to read the report and comment on it."
                    )
                )
            )
            self.reps = QTableWidget(0, 5)
            self.reps.setObjectName("dayReportReps")
            self.reps.setAccessibleName(self.tr("Reps"))
            self.reps.setHorizontalHeaderLabels(
                [
                    self.tr("Rep"),
                    self.tr("Sent"),
                    self.tr("Records"),
                    self.tr("Not made"),
                    self.tr("Late drafts"),
                ]
            )
            self.reps.verticalHeader().hide()
            self.reps.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            self.reps.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            self.reps.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            header = self.reps.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            self.reps.itemSelectionChanged.connect(self._show_selected)
            right = QWidget()
            column = QVBoxLayout(right)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(self.summary)
            column.addWidget(self.tree, 3)
            column.addWidget(self.comments, 1)
            split = QSplitter(Qt.Orientation.Horizontal)
            split.setObjectName("dayReportSplit")
            split.addWidget(self.reps)
            split.addWidget(right)
            split.setStretchFactor(0, 1)
            split.setStretchFactor(1, 2)
            split.setSizes([420, 900])
            layout.addWidget(split, 1)
            self.send_button: QPushButton | None = None
        else:
            layout.addWidget(
                hint_label(
                    self.tr(
                        "What the day report will say: the day's records, promises made "
                        "and kept, and the planned visits not made, each with a reason."
                    )
                )
            )
            self.sent_label = QLabel()
            self.sent_label.setObjectName("dayReportSent")
            layout.addWidget(self.summary)
            layout.addWidget(self.tree, 3)
            self.reason_box = QGroupBox(self.tr("Why planned visits were not made"))
            self.reason_box.setObjectName("dayReportReasons")
            self.reason_form = QFormLayout(self.reason_box)
            layout.addWidget(self.reason_box)
            layout.addWidget(self.sent_label)
            layout.addWidget(self.comments, 1)
            self.send_button = named(QPushButton(self.tr("&Send day report")), "sendDayReport")
            self.send_button.setDefault(True)
            self.send_button.clicked.connect(self.send)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.setObjectName("dayReportButtons")
        if self.send_button is not None:
            buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        events.changed.connect(self._on_data_changed)
        self.reload()

    # -- reading ---------------------------------------------------------------------

    def day(self) -> date:
        return _pydate(self.date_edit.date())

    def show_day(self, day: date, rep_id: uuid.UUID | None = None) -> None:
        """Show ``day`` (and, for a manager, ``rep_id``'s line): where the Today page sends."""
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        if self.role is MemberRole.MANAGER and rep_id is not None:
            row = next((i for i, r in enumerate(self.team) if r.rep_id == rep_id), None)
            if row is not None:
                self.reps.selectRow(row)

    @Slot()
    def reload(self) -> None:
        self.error.hide()
        try:
            if self.role is MemberRole.MANAGER:
                self._load_team()
            else:
                self._load_mine()
        except FieldVisitError as exc:
            self._show_error(exc)
        self.comments.refresh()

    def _load_mine(self) -> None:
        assert self.me is not None
        self.report = find_day_report(self.db, self.me, self.day())
        self.body = draft_day_report(self.db, self.day())
        self.tree.show_body(self.body, with_reasons=False)
        self._summarise(self.body)
        while self.reason_form.rowCount():
            self.reason_form.removeRow(0)
        self.reasons = {}
        for missed in self.body.missed_visits:
            account = uuid.UUID(missed.account_id)
            if account in self.reasons:
                continue
            edit = named(QLineEdit(missed.reason), f"reason_{account.hex[:8]}")
            edit.setAccessibleName(self.tr("Reason: {}").format(missed.account))
            edit.setPlaceholderText(self.tr("e.g. the customer was away; moved to Thursday"))
            self.reasons[account] = edit
            self.reason_form.addRow(missed.account, edit)
        self.reason_box.setVisible(bool(self.reasons))
        if self.report is None:
            self.sent_label.setText(self.tr("Not sent yet."))
            assert self.send_button is not None
            self.send_button.setText(self.tr("&Send day report"))
        else:
            when = self.report.sent_at.astimezone(clock.local_zone()).strftime("%Y-%m-%d %H:%M")
            self.sent_label.setText(self.tr("Sent {}. Sending again replaces it.").format(when))
            assert self.send_button is not None
            self.send_button.setText(self.tr("&Send again"))
        self.comments.setVisible(self.report is not None)

    def _load_team(self) -> None:
        self.team = team_days(self.db, self.day())
        previous = self._selected_rep()
        self.reps.blockSignals(True)
        self.reps.setRowCount(len(self.team))
        for row, rep in enumerate(self.team):
            sent = self.tr("Not sent")
            if rep.sent_at is not None:
                sent = rep.sent_at.astimezone(clock.local_zone()).strftime("%H:%M")
            cells = [
                rep.rep,
                sent,
                str(rep.counts.get("records", 0)) if rep.sent else "",
                str(rep.counts.get("visits_missed", 0)) if rep.sent else "",
                str(rep.late_records) if rep.late_records else "",
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.reps.setItem(row, col, item)
        self.reps.blockSignals(False)
        count = sum(1 for r in self.team if r.sent)
        self.reps.setToolTip(
            self.tr("{sent} sent, {missing} not sent").format(
                sent=count, missing=len(self.team) - count
            )
        )
        index = next((i for i, r in enumerate(self.team) if r.rep_id == previous), None)
        if index is None:
            index = next((i for i, r in enumerate(self.team) if r.sent), 0 if self.team else None)
        if index is not None:
            self.reps.selectRow(index)
        self._show_selected()

    def _selected_rep(self) -> uuid.UUID | None:
        rows = self.reps.selectionModel().selectedRows() if self.reps.selectionModel() else []
        if not rows or rows[0].row() >= len(self.team):
            return None
        return self.team[rows[0].row()].rep_id

    @Slot()
    def _show_selected(self) -> None:
        rep = self._selected_rep()
        self.report = find_day_report(self.db, rep, self.day()) if rep is not None else None
        self.body = self.report.body if self.report is not None else None
        self.tree.show_body(self.body)
        sent = sum(1 for r in self.team if r.sent)
        overview = self.tr("{sent} of {total} reps sent a report.").format(
            sent=sent, total=len(self.team)
        )
        if self.body is not None:
            self._summarise(self.body, overview)
        elif rep is not None:
            self.summary.setText(overview + " " + self.tr("This rep has not sent one."))
        else:
            self.summary.setText(overview)
        self.comments.setVisible(self.report is not None)
        self.comments.refresh()

    def _summarise(self, body: DayReportBody, prefix: str = "") -> None:
        counts = body.counts()
        text = self.tr(
            "%n record(s) ({completed} completed) · {made} promise(s) made · "
            "{kept} kept · {missed} planned visit(s) not made",
            "",
            counts["records"],
        ).format(
            completed=counts["records_completed"],
            made=counts["promises_made"],
            kept=counts["promises_kept"],
            missed=counts["visits_missed"],
        )
        self.summary.setText(f"{prefix} {text}".strip())

    def _comments(self) -> tuple[CommentLine, ...]:
        if self.report is None:
            return ()
        found = find_day_report(self.db, self.report.rep_id, self.report.day)
        return found.comments if found is not None else ()

    # -- writing ---------------------------------------------------------------------

    def _add_comment(self, text: str) -> uuid.UUID:
        assert self.report is not None
        comment = add_day_report_comment(self.db, self.report.id, text)
        self.events.announce({"day_report_comment"})
        return comment

    @Slot()
    def send(self) -> bool:
        reasons = {a: e.text().strip() for a, e in self.reasons.items() if e.text().strip()}
        try:
            self.report = send_day_report(self.db, self.day(), reasons)
        except FieldVisitError as exc:
            self._show_error(exc)
            missing = [e for e in self.reasons.values() if not e.text().strip()]
            if missing:
                missing[0].setFocus()
            return False
        self.events.announce({"day_report"})
        self.reload()
        return True

    def _show_error(self, exc: FieldVisitError) -> None:
        self.error.setText(f"{error_title(exc)}: {exc.detail}")
        self.error.show()

    @Slot(set)
    def _on_data_changed(self, tables: set[str]) -> None:
        if tables and tables <= {"day_report_comment"}:
            return  # the comments panel refreshes itself
        if concerns(tables, TABLES) and self.isVisible():
            self.reload()

    def reason_edit(self, account_id: uuid.UUID) -> QLineEdit:
        return self.reasons[account_id]
