"""The team's visit frequency policy as the server holds it: its versions, and for an
administrator a new version saved on the server (read-only for everyone else, with why)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fieldvisit.domain.enums import PhonePeriod, SubTier
from fieldvisit.domain.frequency import DEFAULT_POLICY_NAME, FrequencyRule
from fieldvisit.services.planning.months import local_today, next_month
from fieldvisit.services.planning.policy import MAX_PHONE_CONTACTS, MAX_VISITS_PER_MONTH
from fieldvisit.sync.team_admin import PolicyEntry, PolicyView
from fieldvisit.ui.dates import date_text, styled
from fieldvisit.ui.labels import enum_label
from fieldvisit.ui.widgets import error_label, hint_label, named


class PolicyPanel(QGroupBox):
    """Shows the versions; ``save_requested(name, effective_from, rules)`` for a new one."""

    save_requested = Signal(str, object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Visit frequency policy (the whole team)"))
        self.setObjectName("teamPolicy")
        self.versions: tuple[PolicyEntry, ...] = ()
        self.may_edit = False
        self.version_list = named(QListWidget(), "teamPolicyVersions", self.tr("Versions"))
        self.version_list.currentRowChanged.connect(self._show)
        self.phone: dict[SubTier, QSpinBox] = {}
        self.period: dict[SubTier, QComboBox] = {}
        self.visits: dict[SubTier, QSpinBox] = {}
        grid = QGridLayout()
        for column, text in enumerate(
            [self.tr("Tier"), self.tr("Phone contacts"), self.tr("Per"), self.tr("Visits a month")]
        ):
            grid.addWidget(QLabel(f"<b>{text}</b>"), 0, column)
        for row, tier in enumerate(SubTier, start=1):
            grid.addWidget(
                QLabel(tier.value if tier is not SubTier.C else self.tr("C and D")), row, 0
            )
            phone = named(
                QSpinBox(),
                f"teamPhone_{tier.value}",
                self.tr("Phone contacts, tier {}").format(tier.value),
            )
            phone.setRange(1, MAX_PHONE_CONTACTS)
            period = named(
                QComboBox(),
                f"teamPeriod_{tier.value}",
                self.tr("Phone period, tier {}").format(tier.value),
            )
            for p in PhonePeriod:
                period.addItem(enum_label(p), p.value)
            visits = named(
                QSpinBox(),
                f"teamVisits_{tier.value}",
                self.tr("Visits a month, tier {}").format(tier.value),
            )
            visits.setRange(0, MAX_VISITS_PER_MONTH)
            visits.setSpecialValueText(self.tr("as needed"))
            for widget, column in ((phone, 1), (period, 2), (visits, 3)):
                grid.addWidget(widget, row, column)
            self.phone[tier], self.period[tier], self.visits[tier] = phone, period, visits
        self.why = hint_label("")
        self.why.setObjectName("teamPolicyWhy")
        self.name_edit = named(QLineEdit(), "teamPolicyName", self.tr("Name of the new version"))
        self.effective = named(
            styled(QDateEdit()), "teamPolicyEffective", self.tr("Effective from")
        )
        self.effective.setCalendarPopup(True)
        self.effective.setDisplayFormat("yyyy-MM-dd")
        self.save_button = named(QPushButton(self.tr("Save as new version")), "teamPolicySave")
        self.save_button.clicked.connect(self._save)
        self.error = error_label("teamPolicyError")
        self.edit_box = QWidget()
        form = QFormLayout(self.edit_box)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Effective from:"), self.effective)
        form.addRow("", self.save_button)
        right = QVBoxLayout()
        right.addLayout(grid)
        right.addWidget(self.edit_box)
        right.addWidget(self.error)
        right.addWidget(self.why)
        right.addStretch(1)
        body = QHBoxLayout(self)
        body.addWidget(self.version_list, 1)
        body.addLayout(right, 2)
        self.show_policy(PolicyView((), False))

    def show_policy(self, view: PolicyView) -> None:
        self.versions, self.may_edit = view.versions, view.may_edit
        self.version_list.clear()
        today = local_today()
        in_force = next((v for v in self.versions if v.effective_from <= today), None)
        for v in self.versions:
            name = self.tr("Default tier frequency") if v.name == DEFAULT_POLICY_NAME else v.name
            text = self.tr("{name} — from {day}").format(name=name, day=date_text(v.effective_from))
            if v is in_force:
                text += self.tr(" (in force)")
            self.version_list.addItem(text)
        if self.versions:
            self.version_list.setCurrentRow(self.versions.index(in_force) if in_force else 0)
        for widgets in (self.phone, self.period, self.visits):
            for widget in widgets.values():
                widget.setEnabled(self.may_edit)
        self.edit_box.setVisible(self.may_edit)
        start = next_month(today)
        self.effective.setDate(QDate(start.year, start.month, start.day))
        self.name_edit.clear()
        self.error.setVisible(False)
        self.why.setText(
            self.tr(
                "Change the figures, name the version and choose the day it takes effect; "
                "the server keeps earlier versions for the months they governed, and every "
                "laptop receives the new one at its next sync."
            )
            if self.may_edit
            else self.tr(
                "Read only: the team server lets only administrators change the visit "
                "frequency policy. Ask your administrator for a change."
            )
        )

    @Slot(int)
    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.versions):
            return
        version = self.versions[row]
        for rule in version.rules:
            tier = rule.sub_tier
            self.phone[tier].setValue(rule.phone_contacts)
            self.period[tier].setCurrentIndex(self.period[tier].findData(rule.phone_period.value))
            self.visits[tier].setValue(rule.visits_per_month or 0)

    def rules(self) -> tuple[FrequencyRule, ...]:
        return tuple(
            FrequencyRule(
                tier,
                self.phone[tier].value(),
                PhonePeriod(self.period[tier].currentData()),
                self.visits[tier].value() or None,
            )
            for tier in SubTier
        )

    def effective_from(self) -> date:
        d = self.effective.date()
        return date(d.year(), d.month(), d.day())

    @Slot()
    def _save(self) -> None:
        name = self.name_edit.text().strip()
        if not name:
            self._error(self.tr("Name: enter a name for the new version, e.g. “2027 revision”."))
            self.name_edit.setFocus()
            return
        taken = [v for v in self.versions if v.effective_from == self.effective_from()]
        if taken:
            self._error(
                self.tr(
                    "Effective from: “{name}” already starts on that day; choose another day."
                ).format(name=taken[0].name)
            )
            return
        self.error.setVisible(False)
        self.save_requested.emit(name, self.effective_from(), self.rules())

    def _error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)
