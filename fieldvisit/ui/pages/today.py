"""The Today page, where the window starts: what needs the user today, one click from where
it is handled. It shows :func:`fieldvisit.services.today.load_today`'s view, the same one
``fieldvisit today`` prints."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSettings, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent, QMouseEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldvisit.domain.enums import MemberRole
from fieldvisit.services.today import (
    CoVisitStep,
    ItemState,
    SectionKey,
    Target,
    TargetKind,
    TodayItem,
    TodaySection,
    TodayView,
    load_today,
)
from fieldvisit.storage.database import Database
from fieldvisit.ui.dates import date_text, day_heading, month_text
from fieldvisit.ui.events import DataEvents, concerns
from fieldvisit.ui.labels import enum_label
from fieldvisit.ui.pages.base import AreaPage
from fieldvisit.ui.qt_clock import msecs_to_midnight
from fieldvisit.ui.widgets import heading_label, hint_label, named, scaled_font

TABLES = (
    "account",
    "contact_record",
    "promise",
    "planned_contact",
    "monthly_plan",
    "covisit",
    "covisit_call",
    "action_item",
    "standard_rating",
    "team_member",
    "day_report",
    "day_report_comment",
    "calendar_override",
)
REFRESH_DELAY_MS = 250
"""Changes arriving together (an autosave, a sync) are read once."""
SECTION_PAGES = {
    SectionKey.VISITS: "plan",
    SectionKey.PROMISES: "records",
    SectionKey.DRAFTS: "records",
    SectionKey.COVISIT_REPORTS: "covisits",
    SectionKey.COVISIT_ACTIONS: "covisits",
    SectionKey.NEXT_PLAN: "plan",
    SectionKey.PLANS_TO_DECIDE: "plan",
    SectionKey.ACKNOWLEDGED: "covisits",
    SectionKey.DAY_REPORTS: "records",
    SectionKey.LATE_RECORDS: "records",
}
"""Where the lines a section does not list ("… and 12 more") are handled."""
NOTE_CHARS = 70
"""Longer texts (a promise's wording) are cut on the line and shown whole as a tooltip."""
TARGET_ROLE = Qt.ItemDataRole.UserRole
PAGE_ROLE = Qt.ItemDataRole.UserRole + 1


def _short(text: str) -> str:
    return text if len(text) <= NOTE_CHARS else text[: NOTE_CHARS - 1] + "…"


class TodayList(QTreeWidget):
    """The sections and their lines; a click, Enter or Space on a line opens it."""

    chosen = Signal(QTreeWidgetItem)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(3)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setUniformRowHeights(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setMouseTracking(True)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.setStyleSheet("QTreeWidget::item { padding: 3px 12px 3px 0px; }")
        self.itemClicked.connect(self._on_clicked)

    def _on_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        self.chosen.emit(item)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        item = self.itemAt(event.position().toPoint())
        clickable = item is not None and item.parent() is not None
        self.viewport().setCursor(
            Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.currentItem()
        if item is not None and event.key() in (
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
            Qt.Key.Key_Space,
        ):
            self.chosen.emit(item)
            return
        super().keyPressEvent(event)


class TodayPage(AreaPage):
    """Sections of lines; each line opens the window or page where it is handled."""

    key = "today"
    target_requested = Signal(object)
    """A :class:`~fieldvisit.services.today.Target` to open (the main window routes it)."""
    page_requested = Signal(str)
    """A page's key: where the lines a section did not list are handled."""
    count_changed = Signal(int)
    """Items needing action, for the window's navigation."""

    def __init__(
        self,
        db: Database,
        events: DataEvents,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.settings = settings if settings is not None else QSettings()
        self.title = self.tr("Today")
        self.setObjectName("todayPage")
        self.setAccessibleName(self.title)
        self.view: TodayView | None = None
        self._targets: list[Target] = []

        self.heading = heading_label(self.title)
        self.heading.setObjectName("todayHeading")
        self.date_label = QLabel()
        self.date_label.setObjectName("todayDate")
        self.date_label.setFont(scaled_font(self.date_label.font(), 1.15))
        self.hint = hint_label(self.tr("Click a line to deal with it."))
        self.hint.setObjectName("todayHint")
        self.list = named(TodayList(), "todayList", self.tr("What needs you today"))
        self.list.chosen.connect(self._on_chosen)

        self.empty = QWidget()
        self.empty.setObjectName("todayEmpty")
        empty_layout = QVBoxLayout(self.empty)
        empty_layout.setContentsMargins(0, 24, 0, 0)
        self.empty_title = heading_label(self.tr("Nothing needs you today."), 1.25)
        self.empty_title.setObjectName("todayEmptyTitle")
        self.empty_text = hint_label("")
        self.empty_text.setObjectName("todayEmptyText")
        self.plan_button = named(QPushButton(self.tr("Plan ahead")), "todayPlanAhead")
        self.plan_button.clicked.connect(lambda: self.page_requested.emit("plan"))
        self.accounts_button = named(QPushButton(self.tr("Your accounts")), "todayAccounts")
        self.accounts_button.clicked.connect(lambda: self.page_requested.emit("accounts"))
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 8, 0, 0)
        buttons.addWidget(self.plan_button)
        buttons.addWidget(self.accounts_button)
        buttons.addStretch(1)
        empty_layout.addWidget(self.empty_title)
        empty_layout.addWidget(self.empty_text)
        empty_layout.addLayout(buttons)
        empty_layout.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addWidget(self.date_label)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty, 1)
        self.empty.hide()

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        self._midnight = QTimer(self)
        self._midnight.setSingleShot(True)
        # A coarse timer may be 5 % off: 40 minutes over a 14-hour wait.
        self._midnight.setTimerType(Qt.TimerType.PreciseTimer)
        self._midnight.timeout.connect(self._on_midnight)
        events.changed.connect(self._on_data_changed)

    # --- data ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the day again; also keeps the navigation's count current while hidden."""
        self._refresh_timer.stop()
        self.view = load_today(self.db)
        self._show(self.view)
        self.count_changed.emit(self.view.action_count)
        self._midnight.start(msecs_to_midnight())

    @Slot()
    def load_if_needed(self) -> None:
        if self.view is None:
            self.refresh()

    def action_count(self) -> int:
        return self.view.action_count if self.view is not None else 0

    def is_stale(self) -> bool:
        return self.view is None

    def stop(self) -> None:
        self._refresh_timer.stop()
        self._midnight.stop()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.view is None:
            self.refresh()

    def _on_data_changed(self, tables: set[str]) -> None:
        if concerns(tables, TABLES):
            self._refresh_timer.start()

    @Slot()
    def _on_midnight(self) -> None:
        """A new day: today's visits, what fell due and the plan reminder change."""
        self.refresh()

    # --- showing ------------------------------------------------------------------------
    def _show(self, view: TodayView) -> None:
        self.date_label.setText(day_heading(view.day))
        scrolled = self.list.verticalScrollBar().value()
        self.list.clear()
        self._targets = []
        self.plan_button.setVisible(view.role is MemberRole.REP)
        self.accounts_button.setVisible(view.user_id is not None)
        if view.user_id is None:
            self._show_empty(
                self.tr("Who are you?"),
                self.tr("Choose who you are in File › Settings to see your day here."),
            )
            return
        if view.is_empty:
            self._show_empty(
                self.tr("Nothing needs you today."),
                self.tr(
                    "No visits planned for today, no promises due, no drafts or reports "
                    "waiting. A good moment to plan ahead or look through your accounts."
                ),
            )
            return
        self.empty.hide()
        self.list.show()
        self.hint.show()
        # Built whole, then added at once: one layout pass, not one per line.
        headings = [self._section_item(s) for s in view.sections if s.items]
        self.list.setUpdatesEnabled(False)
        try:
            self.list.addTopLevelItems(headings)
            for heading in headings:
                heading.setFirstColumnSpanned(True)
                heading.setExpanded(True)
                last = heading.child(heading.childCount() - 1)
                if last is not None and last.data(0, PAGE_ROLE):
                    last.setFirstColumnSpanned(True)
        finally:
            self.list.setUpdatesEnabled(True)
        # A refresh after a change elsewhere keeps the user's place.
        self.list.verticalScrollBar().setValue(scrolled)

    def _show_empty(self, title: str, text: str) -> None:
        self.list.hide()
        self.hint.hide()
        self.empty_title.setText(title)
        self.empty_text.setText(text)
        self.empty.show()

    def _section_item(self, section: TodaySection) -> QTreeWidgetItem:
        count = len(section.items) + section.more
        heading = QTreeWidgetItem(
            [
                self.tr("{section} ({count})").format(
                    section=self.section_title(section.key), count=self.locale().toString(count)
                )
            ]
        )
        heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
        heading.setFont(0, scaled_font(heading.font(0), 1.05, bold=True))
        lines: list[QTreeWidgetItem] = []
        for item in section.items:
            texts = self.line_texts(item)
            line = QTreeWidgetItem([_short(t) for t in texts])
            for column, text in enumerate(texts):
                if len(text) > NOTE_CHARS:
                    line.setToolTip(column, text)
            # An index, not the object: Qt hands Python objects back by identity only.
            line.setData(0, TARGET_ROLE, len(self._targets))
            self._targets.append(item.target)
            line.setToolTip(
                0, self.target_hint(item.target) if len(texts[0]) <= NOTE_CHARS else texts[0]
            )
            line.setData(0, Qt.ItemDataRole.AccessibleTextRole, " · ".join(t for t in texts if t))
            if item.late:
                line.setForeground(2, Qt.GlobalColor.darkRed)
                bold = line.font(2)
                bold.setBold(True)
                line.setFont(2, bold)
            lines.append(line)
        if section.more:
            more = QTreeWidgetItem(
                [self.tr("… and {count} more").format(count=self.locale().toString(section.more))]
            )
            more.setData(0, PAGE_ROLE, SECTION_PAGES[section.key])
            more.setToolTip(0, self.tr("Show them all on their page"))
            lines.append(more)
        heading.addChildren(lines)
        return heading

    def section_title(self, key: SectionKey) -> str:
        return {
            SectionKey.VISITS: self.tr("Planned for today"),
            SectionKey.PROMISES: self.tr("Promises due"),
            SectionKey.DRAFTS: self.tr("Records to finish"),
            SectionKey.COVISIT_REPORTS: self.tr("Co-visit reports"),
            SectionKey.COVISIT_ACTIONS: self.tr("Co-visit actions"),
            SectionKey.NEXT_PLAN: self.tr("Next month's plan"),
            SectionKey.PLANS_TO_DECIDE: self.tr("Plans to decide"),
            SectionKey.ACKNOWLEDGED: self.tr("Acknowledgements received"),
            SectionKey.DAY_REPORTS: self.tr("Day reports"),
            SectionKey.LATE_RECORDS: self.tr("Late records"),
        }[key]

    def target_hint(self, target: Target) -> str:
        if target.kind is TargetKind.COVISIT and target.step is CoVisitStep.SIGNOFF:
            return self.tr("Open the report at its sign-off")
        if target.kind is TargetKind.PLAN and target.rep_id is not None:
            return self.tr("Open the plan to approve or return it")
        return {
            TargetKind.NEW_RECORD: self.tr("Write the record of this contact"),
            TargetKind.RECORD: self.tr("Open the record"),
            TargetKind.CARD: self.tr("Open the customer card"),
            TargetKind.COVISIT: self.tr("Open the co-visit report"),
            TargetKind.PLAN: self.tr("Open the plan"),
            TargetKind.DAY_REPORT: self.tr("Open the day report"),
        }[target.kind]

    def _day(self, day: date | None) -> str:
        if day is None:
            return ""
        return date_text(day)

    def _days(self, n: int) -> str:
        return self.tr("%n day(s) overdue", "", n)

    def line_texts(self, item: TodayItem) -> tuple[str, str, str]:
        """What the line is about, its detail, and its state (when, how late)."""
        state = item.state
        if state is ItemState.TO_DECIDE:
            month = month_text(item.day or date.min)
            return (
                item.subject,
                self.tr("Plan for {month}").format(month=month),
                self.tr("Submitted: approve or return it"),
            )
        if state in (ItemState.NOT_SENT, ItemState.TO_READ):
            detail = self.tr("Day report of {day}").format(day=self._day(item.day))
            if state is ItemState.NOT_SENT:
                return item.subject, detail, self.tr("Not sent")
            return item.subject, detail, self.tr("Sent: read it and comment")
        if state is ItemState.PLANNED:
            kind = enum_label(item.kind) if item.kind is not None else ""
            when = f"{kind} · {enum_label(item.slot)}" if item.slot is not None else kind
            return item.subject, item.note, when
        if state in (ItemState.DRAFT, ItemState.LATE):
            if item.rep:
                detail = self.tr("{rep}'s contact of {day}").format(
                    rep=item.rep, day=self._day(item.day)
                )
            else:
                detail = self.tr("Contact of {day}").format(day=self._day(item.day))
            if state is ItemState.LATE:
                status = self.tr("Late: a record is due within two days")
            else:
                status = self.tr("Draft")
            return item.subject, detail, status
        if state is ItemState.TO_ACKNOWLEDGE:
            what = self.tr("Acknowledge the report")
            detail = self.tr("Co-visit with {name}, {day}")
        elif state is ItemState.TO_SIGN:
            what = self.tr("Sign the report")
            detail = self.tr("Co-visit with {name}, {day}")
        elif state is ItemState.TO_FINISH:
            what = self.tr("Finish the report")
            detail = self.tr("Co-visit with {name}, {day}")
        else:
            what = ""
            detail = ""
        if what:
            if item.late:
                status = self.tr("Late")
            elif item.day is not None and self.view is not None and item.day > self.view.day:
                status = self.tr("Due {day}").format(day=self._day(item.day))
            else:
                status = self.tr("Due today")
            return what, detail.format(name=item.subject, day=self._day(item.day)), status
        if item.target.kind is TargetKind.PLAN:
            month = month_text(item.day or date.min)
            what = self.tr("Plan for {month}").format(month=month)
            if state is ItemState.RETURNED:
                return what, item.note, self.tr("Returned: change and submit it again")
            if state is ItemState.NOT_SUBMITTED:
                return what, "", self.tr("Not submitted yet")
            return what, "", self.tr("Not started yet")
        if item.target.kind is TargetKind.COVISIT:  # an action of a co-visit's action plan
            if item.rep:
                detail = self.tr("{rep}'s action, from your co-visit").format(rep=item.rep)
            else:
                detail = self.tr("From the co-visit with {name}").format(name=item.subject)
            if state is ItemState.OVERDUE:
                return item.note, detail, self._days(item.days)
            if item.day is None:
                return item.note, detail, self.tr("No due date")
            return item.note, detail, self.tr("Due {day}").format(day=self._day(item.day))
        # a promise
        if state is ItemState.OVERDUE:
            return item.subject, item.note, self._days(item.days)
        return item.subject, item.note, self.tr("Due today")

    # --- acting -------------------------------------------------------------------------
    @Slot(QTreeWidgetItem)
    def _on_chosen(self, line: QTreeWidgetItem) -> None:
        index = line.data(0, TARGET_ROLE)
        if isinstance(index, int) and 0 <= index < len(self._targets):
            self.target_requested.emit(self._targets[index])
            return
        page = line.data(0, PAGE_ROLE)
        if isinstance(page, str):
            self.page_requested.emit(page)

    def target_of(self, line: QTreeWidgetItem) -> Target | None:
        index = line.data(0, TARGET_ROLE)
        return self._targets[index] if isinstance(index, int) else None

    def lines(self) -> list[QTreeWidgetItem]:
        """The lines shown (not the section headings), in order: for tests and screen readers."""
        found: list[QTreeWidgetItem] = []
        for i in range(self.list.topLevelItemCount()):
            heading = self.list.topLevelItem(i)
            if heading is None:
                continue
            for k in range(heading.childCount()):
                child = heading.child(k)
                if child is not None:
                    found.append(child)
        return found
