"""The manager's view: a month in the field with each rep, figures, open actions, rating trends."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QLocale, QSettings, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fieldvisit.clock import today
from fieldvisit.domain.enums import MemberRole
from fieldvisit.domain.errors import FieldVisitError
from fieldvisit.i18n import joined
from fieldvisit.services.covisits.manager_month import RepMonth
from fieldvisit.services.covisits.manager_view import (
    ManagerMonth,
    list_managers,
    manager_month,
    manager_reps,
)
from fieldvisit.services.team import current_user
from fieldvisit.storage.database import Database
from fieldvisit.ui.covisits.figure_card import FigureCard
from fieldvisit.ui.covisits.rating_chart import RatingTrendChart, standard_label
from fieldvisit.ui.dates import date_text, datetime_text, qdate
from fieldvisit.ui.events import DataEvents, concerns
from fieldvisit.ui.labels import error_line, work_base_label
from fieldvisit.ui.widgets import heading_label, hint_label, named

TABLES = (
    "covisit",
    "covisit_call",
    "action_item",
    "standard_rating",
    "contact_record",
    "team_member",
    "calendar_override",  # working days: the denominator of field time
)
MANAGER_KEY = "covisits/managerView/manager"


def _uuid(data: object) -> uuid.UUID | None:
    """Combo boxes and table cells hold ids as text (Qt compares strings, not Python objects)."""
    try:
        return uuid.UUID(data) if isinstance(data, str) and data else None
    except ValueError:
        return None


class ManagerViewWidget(QWidget):
    """Stand-alone; the co-visits page embeds it as a tab."""

    def __init__(
        self, db: Database, events: DataEvents, settings: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("managerView")
        self.db = db
        self.settings = settings
        self.view: ManagerMonth | None = None
        self._loading = False

        self.manager_box = named(QComboBox(), "managerPicker", self.tr("Manager"))
        self.rep_box = named(QComboBox(), "repPicker", self.tr("Rep"))
        for box in (self.manager_box, self.rep_box):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.month_edit = named(QDateEdit(), "monthPicker", self.tr("Month"))
        self.month_edit.setDisplayFormat(self.tr("MMMM yyyy"))
        self.month_edit.setCalendarPopup(True)
        self.month_edit.setDate(qdate(today().replace(day=1)))
        self.previous_button = named(QToolButton(), "previousMonth", self.tr("Previous month"))
        self.previous_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.next_button = named(QToolButton(), "nextMonth", self.tr("Next month"))
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.previous_button.clicked.connect(lambda: self._step_month(-1))
        self.next_button.clicked.connect(lambda: self._step_month(1))

        controls = QHBoxLayout()
        for caption, widget in (
            (self.tr("&Manager:"), self.manager_box),
            (self.tr("&Rep:"), self.rep_box),
            (self.tr("M&onth:"), self.month_edit),
        ):
            label = QLabel(caption)
            label.setBuddy(widget)
            controls.addWidget(label)
            controls.addWidget(widget)
            if widget is self.month_edit:
                controls.addWidget(self.previous_button)
                controls.addWidget(self.next_button)
            controls.addSpacing(12)
        controls.addStretch(1)

        self.title = heading_label("", 1.3)
        self.title.setObjectName("managerViewTitle")
        self.partial_note = hint_label("")
        self.partial_note.setObjectName("partialMonthNote")
        self.error = QLabel()
        self.error.setObjectName("managerViewError")
        self.error.setWordWrap(True)
        self.error.setVisible(False)

        self.field_card = FigureCard("fieldDaysCard")
        self.days_card = FigureCard("covisitDaysCard")
        self.calls_card = FigureCard("callsCard")
        self.rating_card = FigureCard("ratingCard")
        self.late_card = FigureCard("lateCard")
        cards = QHBoxLayout()
        for card in (
            self.field_card,
            self.days_card,
            self.calls_card,
            self.rating_card,
            self.late_card,
        ):
            cards.addWidget(card, 1)

        self.standard_box = named(QComboBox(), "standardPicker", self.tr("Standard shown"))
        self.chart = RatingTrendChart()
        self.standard_box.currentIndexChanged.connect(self._draw_chart)
        chart_head = QHBoxLayout()
        self.chart_title = QLabel()
        self.chart_title.setObjectName("chartTitle")
        chart_head.addWidget(self.chart_title, 1)
        chart_head.addWidget(self.standard_box)

        self.actions_table = self._table(
            "openActionsTable",
            self.tr("Open action items"),
            [
                self.tr("Rep"),
                self.tr("Action"),
                self.tr("Owner"),
                self.tr("Due"),
                self.tr("Status"),
            ],
        )
        self.actions_table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch
        )
        self.reps_table = self._table(
            "repMonthTable",
            self.tr("Each rep this month"),
            [
                self.tr("Rep"),
                self.tr("Co-visits"),
                self.tr("Co-visit days"),
                self.tr("Joint"),
                self.tr("Demonstration"),
                self.tr("Coaching"),
                self.tr("Avg. rating"),
                self.tr("Open actions"),
                self.tr("Late reports"),
            ],
        )
        self.reps_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.reps_table.cellActivated.connect(self._pick_rep_row)

        grid = QGridLayout()
        grid.addLayout(chart_head, 0, 0)
        grid.addWidget(self.chart, 1, 0)
        self.actions_caption = QLabel()
        self.actions_caption.setObjectName("actionsCaption")
        grid.addWidget(self.actions_caption, 0, 1)
        grid.addWidget(self.actions_table, 1, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addLayout(controls)
        layout.addWidget(self.title)
        layout.addWidget(self.partial_note)
        layout.addWidget(self.error)
        layout.addLayout(cards)
        layout.addLayout(grid, 3)
        self.reps_caption = QLabel(
            self.tr("All reps this month (double-click a rep or press Enter to show them)")
        )
        layout.addWidget(self.reps_caption)
        layout.addWidget(self.reps_table, 2)
        self.as_of_note = named(QLabel(), "repsAsOf")
        self.as_of_note.setWordWrap(True)
        layout.addWidget(self.as_of_note)
        scroll = QScrollArea()
        scroll.setObjectName("managerViewScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.manager_box.currentIndexChanged.connect(self._manager_changed)
        self.rep_box.currentIndexChanged.connect(self._refresh)
        self.month_edit.dateChanged.connect(self._refresh)
        events.changed.connect(self._on_changed)
        self.load()

    # -- public -------------------------------------------------------------------------

    def load(self) -> None:
        """Fill the pickers (current user first if a manager) and show the month."""
        self._loading = True
        try:
            self.manager_box.clear()
            managers = list_managers(self.db)
            for m in managers:
                self.manager_box.addItem(f"{m.name} · {work_base_label(m.work_base)}", str(m.id))
            wanted = self._preferred_manager()
            index = self.manager_box.findData(str(wanted)) if wanted else -1
            self.manager_box.setCurrentIndex(max(index, 0) if managers else -1)
            self._fill_reps()
        finally:
            self._loading = False
        self._refresh()

    def set_month(self, month: date) -> None:
        self.month_edit.setDate(qdate(month.replace(day=1)))

    def select_rep(self, rep_id: uuid.UUID | None) -> None:
        self.rep_box.setCurrentIndex(max(self.rep_box.findData(str(rep_id) if rep_id else ""), 0))

    def month(self) -> date:
        d = self.month_edit.date()
        return date(d.year(), d.month(), 1)

    # -- internals ----------------------------------------------------------------------

    def _table(self, name: str, accessible: str, headers: list[str]) -> QTableWidget:
        table = named(QTableWidget(0, len(headers)), name, accessible)
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setMinimumHeight(160)
        return table

    def _preferred_manager(self) -> uuid.UUID | None:
        user = current_user(self.db)
        if user is not None and user.role is MemberRole.MANAGER:
            return user.id
        saved = self.settings.value(MANAGER_KEY, "", str)
        try:
            return uuid.UUID(saved) if isinstance(saved, str) and saved else None
        except ValueError:
            return None

    def _manager_id(self) -> uuid.UUID | None:
        return _uuid(self.manager_box.currentData())

    def _fill_reps(self) -> None:
        chosen = self.rep_box.currentData()
        self.rep_box.blockSignals(True)
        self.rep_box.clear()
        self.rep_box.addItem(self.tr("All reps"), "")
        manager = self._manager_id()
        if manager is not None:
            for rep in manager_reps(self.db, manager):
                self.rep_box.addItem(rep.name, str(rep.id))
        self.rep_box.setCurrentIndex(max(self.rep_box.findData(chosen), 0))
        self.rep_box.blockSignals(False)

    @Slot()
    def _manager_changed(self) -> None:
        if self._loading:
            return
        manager = self._manager_id()
        if manager is not None:
            self.settings.setValue(MANAGER_KEY, str(manager))
        self._fill_reps()
        self._refresh()

    def _step_month(self, step: int) -> None:
        self.month_edit.setDate(self.month_edit.date().addMonths(step))

    @Slot(int, int)
    def _pick_rep_row(self, row: int, _column: int) -> None:
        item = self.reps_table.item(row, 0)
        if item is not None:
            self.select_rep(_uuid(item.data(Qt.ItemDataRole.UserRole)))

    @Slot(set)
    def _on_changed(self, changed: set[str]) -> None:
        if concerns(changed, TABLES):
            if not changed or "team_member" in changed:
                self.load()
            else:
                self._refresh()

    @Slot()
    def _refresh(self) -> None:
        if self._loading:
            return
        manager = self._manager_id()
        if manager is None:
            self.view = None
            self.title.setText(self.tr("No managers in the team yet."))
            return
        rep = _uuid(self.rep_box.currentData())
        try:
            self.view = manager_month(self.db, manager, self.month(), rep)
        except FieldVisitError as exc:
            self.error.setText(error_line(exc))
            self.error.setVisible(True)
            return
        self.error.setVisible(False)
        self._show(self.view)

    def _show(self, v: ManagerMonth) -> None:
        locale = QLocale()
        month = locale.toString(qdate(v.month), self.tr("MMMM yyyy"))
        who = self.rep_box.currentText() if v.rep_id else self.tr("all reps")
        self.title.setText(
            self.tr("{manager} with {who} · {month}").format(
                manager=v.manager, who=who, month=month
            )
        )
        f = v.field
        if f.partial and f.through is not None:
            self.partial_note.setText(
                self.tr("Current month: working days are counted up to today, {date}.").format(
                    date=date_text(f.through)
                )
            )
        elif f.working_days == 0:
            self.partial_note.setText(self.tr("This month has not begun: no working days yet."))
        else:
            self.partial_note.setText("")
        self.partial_note.setVisible(bool(self.partial_note.text()))
        self._field_card(v)
        self.days_card.show_figure(
            self.tr("Co-visit days"),
            locale.toString(v.covisit_days),
            self.tr("Co-visits: {n}").format(n=locale.toString(v.covisits)),
        )
        self.calls_card.show_figure(
            self.tr("Calls by type"),
            locale.toString(v.calls.total),
            self.tr("Joint {joint} · Demonstration {demo} · Coaching {coaching}").format(
                joint=locale.toString(v.calls.joint),
                demo=locale.toString(v.calls.demonstration),
                coaching=locale.toString(v.calls.coaching),
            ),
        )
        self.rating_card.show_figure(
            self.tr("Average rating"),
            locale.toString(v.average_rating, "f", 1) if v.average_rating is not None else "—",
            self.tr("out of 5, last 12 months"),
        )
        self.late_card.show_figure(
            self.tr("Late reports"),
            locale.toString(v.late_reports),
            self.tr("✗ not finished the same day")
            if v.late_reports
            else self.tr("✓ every report finished the same day"),
            ok=v.late_reports == 0,
        )
        self._fill_standards(v)
        self._fill_actions(v)
        self._fill_reps_table(v)
        synced = [(r.rep, r.as_of) for r in v.reps if r.as_of is not None]
        self.as_of_note.setVisible(bool(synced))
        self.as_of_note.setText(
            self.tr("Each rep's data as of their last sync: {reps}.").format(
                reps=joined(f"{rep} {datetime_text(when)}" for rep, when in synced)
            )
        )

    def _field_card(self, v: ManagerMonth) -> None:
        f = v.field
        locale = QLocale()
        value = self.tr("{x} of {y}").format(
            x=locale.toString(f.field_days), y=locale.toString(f.working_days)
        )
        target = self.tr("target ≥ {pct} % ({base})").format(
            pct=f.target_pct, base=work_base_label(f.work_base)
        )
        if f.share_pct is None:
            detail = target
            ok = None
        else:
            mark = self.tr("✓ On target") if f.meets_target else self.tr("✗ Below target")
            detail = self.tr("{pct} % · {target}\n{mark}").format(
                pct=locale.toString(f.share_pct), target=target, mark=mark
            )
            ok = bool(f.meets_target)
        self.field_card.show_figure(self.tr("Days in the field"), value, detail, ok=ok)

    def _fill_standards(self, v: ManagerMonth) -> None:
        chosen = self.standard_box.currentData()
        self.standard_box.blockSignals(True)
        self.standard_box.clear()
        self.standard_box.addItem(self.tr("All standards"), "")
        for trend in v.trends:
            self.standard_box.addItem(standard_label(trend.standard), trend.standard)
        self.standard_box.setCurrentIndex(max(self.standard_box.findData(chosen), 0))
        self.standard_box.blockSignals(False)
        self._draw_chart()

    @Slot()
    def _draw_chart(self) -> None:
        v = self.view
        if v is None:
            return
        locale = QLocale()
        self.chart_title.setText(
            self.tr("Ratings by standard, {start} – {end} (average per co-visit)").format(
                start=locale.toString(qdate(v.trend_from), self.tr("MMM yyyy")),
                end=locale.toString(qdate(v.trend_to), self.tr("MMM yyyy")),
            )
        )
        self.chart.set_trends(
            v.trends,
            v.trend_from,
            v.trend_to,
            v.average_rating,
            self.standard_box.currentData() or None,
        )

    def _fill_actions(self, v: ManagerMonth) -> None:
        locale = QLocale()
        overdue = sum(1 for a in v.open_actions if a.overdue)
        self.actions_caption.setText(
            self.tr("Open action items: {n} ({overdue} overdue)").format(
                n=locale.toString(len(v.open_actions)), overdue=locale.toString(overdue)
            )
        )
        table = self.actions_table
        table.setRowCount(len(v.open_actions))
        for row, a in enumerate(v.open_actions):
            due = date_text(a.due_on) if a.due_on else self.tr("no due date")
            status = self.tr("⚠ Overdue") if a.overdue else self.tr("Open")
            cells = [a.rep, a.description, a.owner or "—", due, status]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 1:
                    item.setToolTip(text)
                if a.overdue and column in (3, 4):
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                    item.setForeground(Qt.GlobalColor.darkRed)
                table.setItem(row, column, item)

    def _fill_reps_table(self, v: ManagerMonth) -> None:
        """A row per rep, then the team's totals (the rows of the printed team summary)."""
        locale = QLocale()
        table = self.reps_table
        rows: list[RepMonth] = [*v.reps, v.team]
        table.setRowCount(len(rows))
        for row, r in enumerate(rows):
            actions = locale.toString(r.open_actions)
            if r.overdue_actions:
                actions = self.tr("{n} ({overdue} overdue)").format(
                    n=actions, overdue=locale.toString(r.overdue_actions)
                )
            cells = [
                r.rep if r.rep_id is not None else self.tr("Team"),
                locale.toString(r.covisits),
                locale.toString(r.covisit_days),
                locale.toString(r.calls.joint),
                locale.toString(r.calls.demonstration),
                locale.toString(r.calls.coaching),
                locale.toString(r.average_rating, "f", 1) if r.average_rating is not None else "—",
                actions,
                locale.toString(r.late_reports),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if r.rep_id is None:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                if column == 0:
                    item.setData(Qt.ItemDataRole.UserRole, str(r.rep_id or ""))
                else:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(row, column, item)
