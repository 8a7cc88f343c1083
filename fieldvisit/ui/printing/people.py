"""Whose document: a rep or a manager, with the month or period it covers."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QComboBox, QDateEdit, QFormLayout, QWidget

from fieldvisit.domain.enums import MemberRole, PeriodKind
from fieldvisit.services.reporting.catalog import list_people
from fieldvisit.storage.database import Database
from fieldvisit.ui.dates import pydate
from fieldvisit.ui.printing.documents import SUMMARY_PERIODS, period_label
from fieldvisit.ui.printing.subjects import month_edit, month_of
from fieldvisit.ui.qt_clock import qdate_today
from fieldvisit.ui.widgets import hint_label, named


def people_combo(object_name: str, accessible: str) -> QComboBox:
    combo = named(QComboBox(), object_name, accessible)
    combo.setMinimumContentsLength(12)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    return combo


def fill_people(combo: QComboBox, db: Database, role: MemberRole) -> None:
    """Refill with the members in ``role``, keeping the chosen one when it is still there."""
    previous = combo.currentText()
    combo.blockSignals(True)
    combo.clear()
    combo.addItems([person.name for person in list_people(db, role)])
    index = combo.findText(previous)
    combo.setCurrentIndex(max(index, 0) if combo.count() else -1)
    combo.blockSignals(False)


class PersonPicker(QWidget):
    """A person and a month or a period: the visit plan, the summary, the team summary."""

    changed = Signal()

    def __init__(self, db: Database, role: MemberRole, with_period: bool = False) -> None:
        super().__init__()
        self.db = db
        self.role = role
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        if role is MemberRole.MANAGER:
            self.person = people_combo("teamManager", self.tr("Manager"))
            form.addRow(self.tr("&Manager:"), self.person)
        else:
            name = "summaryRep" if with_period else "planRep"
            self.person = people_combo(name, self.tr("Rep"))
            form.addRow(self.tr("&Rep:"), self.person)
        self.person.currentIndexChanged.connect(self.changed)
        self.period: QComboBox | None = None
        if with_period:
            self.period = named(QComboBox(), "summaryPeriod", self.tr("Period"))
            for kind in SUMMARY_PERIODS:
                self.period.addItem(period_label(kind), kind)
            self.period.setCurrentIndex(SUMMARY_PERIODS.index(PeriodKind.MONTH))
            self.day = named(
                QDateEdit(qdate_today()), "summaryDate", self.tr("Any day in the period")
            )
            self.day.setDisplayFormat("yyyy-MM-dd")
            self.day.setCalendarPopup(True)
            form.addRow(self.tr("&Period:"), self.period)
            form.addRow(self.tr("&Day in the period:"), self.day)
        else:
            prefix = "team" if role is MemberRole.MANAGER else "plan"
            self.day = month_edit(f"{prefix}Month", self.tr("Month"))
            form.addRow(self.tr("M&onth:"), self.day)
        self.empty_label = hint_label(
            self.tr("There are no managers in the team yet.")
            if role is MemberRole.MANAGER
            else self.tr("There are no reps in the team yet.")
        )
        self.empty_label.setObjectName(f"{self.person.objectName()}Empty")
        form.addRow(self.empty_label)

    @Slot()
    def refresh(self) -> None:
        fill_people(self.person, self.db, self.role)
        self.empty_label.setVisible(self.person.count() == 0)
        self.changed.emit()

    def name(self) -> str | None:
        return self.person.currentText() or None

    def month(self) -> date:
        return month_of(self.day)

    def on(self) -> date:
        return pydate(self.day.date())

    def period_kind(self) -> PeriodKind:
        data = self.period.currentData() if self.period is not None else None
        return data if isinstance(data, PeriodKind) else PeriodKind.MONTH
