"""The Planning tab of the Settings dialog: the day's capacity and the working-day calendar.

Visits a day and Saturdays are saved with the other settings on OK. The calendar list
shows a year's holidays on weekdays and worked weekend days (调休) as the official
calendar has them, with the team's own marks; marks added or removed here are written on
OK too, and Cancel forgets them.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldvisit import clock
from fieldvisit.domain.workdays import (
    OFFICIAL_YEARS,
    CalendarSource,
    DayKind,
    Override,
    SpecialDay,
    WorkCalendar,
    official_name,
)
from fieldvisit.services.planning.calendar import (
    MAX_NAME_LENGTH,
    load_calendar,
    set_day,
    unset_day,
)
from fieldvisit.services.settings import MAX_VISITS_PER_DAY, MIN_VISITS_PER_DAY, AppSettings
from fieldvisit.storage.database import Database
from fieldvisit.ui.dates import pydate, qdate
from fieldvisit.ui.labels import interface_language
from fieldvisit.ui.settings_tabs import buddy_label, form_layout, show_field_error, stacked
from fieldvisit.ui.widgets import error_label, hint_label, named

DAY_ROLE = Qt.ItemDataRole.UserRole


class PlanningTab(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsPlanning")
        self._db = db
        self.stored: WorkCalendar = WorkCalendar()
        self.pending: dict[date, Override | None] = {}
        """Marks to write on OK: an override, or ``None`` to remove the day's mark."""

        self.visits_spin = named(QSpinBox(), "settingsVisitsPerDay", self.tr("Visits a day"))
        self.visits_spin.setRange(MIN_VISITS_PER_DAY, MAX_VISITS_PER_DAY)
        self.visits_error = error_label("settingsVisitsPerDayError")
        visits_hint = hint_label(
            self.tr(
                "A suggested plan puts at most this many visits on a day; what does not fit "
                "is listed, never stacked."
            )
        )
        self.saturdays = named(
            QCheckBox(self.tr("Also plan &Saturdays that are not holidays")),
            "settingsPlanSaturdays",
        )

        self.year_spin = named(QSpinBox(), "settingsCalendarYear", self.tr("Calendar year"))
        self.year_spin.setRange(2000, 2100)
        self.year_spin.valueChanged.connect(self._fill)
        self.source_label = hint_label("")
        self.source_label.setObjectName("settingsCalendarSource")
        self.table = named(QTableWidget(0, 3), "settingsCalendarDays", self.tr("Special days"))
        self.table.setHorizontalHeaderLabels([self.tr("Day"), self.tr("Kind"), self.tr("Name")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(150)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.day_edit = named(QDateEdit(), "settingsCalendarDay", self.tr("Day to mark"))
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("yyyy-MM-dd ddd")
        self.kind_combo = named(
            QComboBox(), "settingsCalendarKind", self.tr("Working day or holiday")
        )
        self.kind_combo.addItem(self.tr("Holiday"), DayKind.HOLIDAY.value)
        self.kind_combo.addItem(self.tr("Working day"), DayKind.WORKDAY.value)
        self.name_edit = named(QLineEdit(), "settingsCalendarName", self.tr("Name of the day"))
        self.name_edit.setMaxLength(MAX_NAME_LENGTH)
        self.name_edit.setPlaceholderText(self.tr("e.g. 春节"))
        self.mark_button = named(QPushButton(self.tr("&Mark day")), "settingsCalendarMark")
        self.mark_button.clicked.connect(self.mark)
        self.unmark_button = named(QPushButton(self.tr("&Remove mark")), "settingsCalendarUnmark")
        self.unmark_button.clicked.connect(self.unmark_selected)

        form = form_layout(self)
        form.addRow(
            buddy_label(self.tr("&Visits a day:"), self.visits_spin),
            stacked(self.visits_spin, self.visits_error, visits_hint),
        )
        form.addRow("", self.saturdays)
        year_row = QHBoxLayout()
        year_row.addWidget(self.year_spin)
        year_row.addWidget(self.source_label, 1)
        form.addRow(buddy_label(self.tr("Working-day &calendar:"), self.year_spin), year_row)
        mark_row = QHBoxLayout()
        mark_row.addWidget(self.day_edit)
        mark_row.addWidget(self.kind_combo)
        mark_row.addWidget(self.name_edit, 1)
        mark_row.addWidget(self.mark_button)
        box = QVBoxLayout()
        box.addWidget(self.table, 1)
        box.addLayout(mark_row)
        unmark_row = QHBoxLayout()
        unmark_row.addStretch(1)
        unmark_row.addWidget(self.unmark_button)
        box.addLayout(unmark_row)
        box.addWidget(
            hint_label(
                self.tr(
                    "Public holidays and make-up working days come from the official calendar "
                    "(up to {year}). Mark the days of a later year here (or with `fieldvisit "
                    "calendar set`), or correct a day; a year with no marks is planned Monday "
                    "to Friday."
                ).format(year=max(OFFICIAL_YEARS))
            )
        )
        form.addRow(QLabel(""), box)

    def load(self, app_settings: AppSettings) -> None:
        self.visits_spin.setValue(app_settings.visits_per_day)
        self.saturdays.setChecked(app_settings.plan_saturdays)
        self.stored = load_calendar(self._db)
        self.pending = {}
        today = clock.today()
        self.year_spin.setValue(today.year)
        self.day_edit.setDate(qdate(today))
        show_field_error(self.visits_spin, self.visits_error, "")
        self._fill()

    def visits_per_day(self) -> int:
        return self.visits_spin.value()

    def plan_saturdays(self) -> bool:
        return self.saturdays.isChecked()

    def calendar(self) -> WorkCalendar:
        """The calendar as it will be once OK is pressed."""
        marks = dict(self.stored.overrides)
        for day, mark in self.pending.items():
            if mark is None:
                marks.pop(day, None)
            else:
                marks[day] = mark
        return WorkCalendar(marks)

    @Slot()
    def mark(self) -> None:
        day = pydate(self.day_edit.date())
        kind = DayKind(str(self.kind_combo.currentData()))
        name = " ".join(self.name_edit.text().split()) or None
        self.pending[day] = Override(day, kind, name)
        self.year_spin.setValue(day.year)
        self._fill()

    @Slot()
    def unmark_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        item = self.table.item(rows[0].row(), 0)
        day = item.data(DAY_ROLE) if item is not None else None
        if isinstance(day, str):
            self.pending[date.fromisoformat(day)] = None
            self._fill()

    def save(self) -> None:
        """Write the marks added or removed (the dialog saves the other values)."""
        for day, mark in sorted(self.pending.items()):
            if mark is None:
                unset_day(self._db, day)
            else:
                set_day(self._db, day, mark.kind, mark.name)
        self.pending = {}

    def show_error(self, field: str, message: str) -> QWidget | None:
        if field != "visits_per_day":
            return None
        show_field_error(self.visits_spin, self.visits_error, message)
        return self.visits_spin

    @Slot()
    def _fill(self) -> None:
        year = self.year_spin.value()
        calendar = self.calendar()
        source = calendar.source(year)
        if source is CalendarSource.OFFICIAL:
            text = self.tr("{year}: the official calendar.")
        elif source is CalendarSource.OVERRIDES:
            text = self.tr("{year}: not in the official calendar; the days marked here.")
        else:
            text = self.tr("{year}: not known yet; planned Monday to Friday.")
        self.source_label.setText(text.format(year=year))
        days = calendar.special_days(year)
        self.table.setRowCount(len(days))
        for row, d in enumerate(days):
            when = QTableWidgetItem(QLocale().toString(qdate(d.day), "yyyy-MM-dd ddd"))
            when.setData(DAY_ROLE, d.day.isoformat())
            kind = self.tr("Holiday") if d.kind is DayKind.HOLIDAY else self.tr("Working day")
            if d.source is CalendarSource.OVERRIDES:
                kind = self.tr("{kind} (marked here)").format(kind=kind)
            for column, item in enumerate(
                (when, QTableWidgetItem(kind), QTableWidgetItem(self._name(d)))
            ):
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self._update_buttons()

    @staticmethod
    def _name(day: SpecialDay) -> str:
        if not day.name or day.source is not CalendarSource.OFFICIAL:
            return day.name or ""
        return official_name(day.name, interface_language() == "zh")

    @Slot()
    def _update_buttons(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        marked = False
        if rows:
            item = self.table.item(rows[0].row(), 0)
            value = item.data(DAY_ROLE) if item is not None else None
            marked = (
                isinstance(value, str) and date.fromisoformat(value) in self.calendar().overrides
            )
        self.unmark_button.setEnabled(marked)
