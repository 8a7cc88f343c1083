"""The tier frequency policy: versions listed, edits saved as a new version from a date."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fieldvisit.domain.enums import PhonePeriod, SubTier
from fieldvisit.domain.errors import FieldVisitError, ValidationError
from fieldvisit.domain.frequency import FrequencyRule
from fieldvisit.services.planning.months import local_today, next_month
from fieldvisit.services.planning.policy import (
    MAX_PHONE_CONTACTS,
    MAX_VISITS_PER_MONTH,
    PolicyVersion,
    list_policies,
    policy_in_force,
    save_policy_version,
)
from fieldvisit.storage.database import Database
from fieldvisit.sync.device import in_team
from fieldvisit.ui.dates import date_text, styled
from fieldvisit.ui.events import DataEvents
from fieldvisit.ui.labels import enum_label, error_title
from fieldvisit.ui.widgets import error_label, hint_label, named


class PolicyEditor(QDialog):
    """load() the versions, validate() the new one, save() it; nothing is ever overwritten."""

    def __init__(self, db: Database, events: DataEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.events = events
        self.setObjectName("policyEditor")
        self.setWindowTitle(self.tr("Visit frequency policy"))
        self.versions: list[PolicyVersion] = []
        self._loading = False
        self.dirty = False

        self.version_list = named(QListWidget(), "policyVersions", self.tr("Versions"))
        self.version_list.currentRowChanged.connect(self._show_version)
        self.version_list.setMinimumWidth(340)
        self.phone: dict[SubTier, QSpinBox] = {}
        self.period: dict[SubTier, QComboBox] = {}
        self.visits: dict[SubTier, QSpinBox] = {}
        rules_box = QGroupBox(self.tr("Minimum contacts per tier"))
        grid = QGridLayout(rules_box)
        for column, text in enumerate(
            [
                self.tr("Tier"),
                self.tr("Phone contacts"),
                self.tr("Per"),
                self.tr("On-site visits a month"),
            ]
        ):
            grid.addWidget(QLabel(f"<b>{text}</b>"), 0, column)
        for row, tier in enumerate(SubTier, start=1):
            grid.addWidget(
                QLabel(tier.value if tier is not SubTier.C else self.tr("C and D")), row, 0
            )
            phone = named(
                QSpinBox(),
                f"phone_{tier.value}",
                self.tr("Phone contacts, tier {}").format(tier.value),
            )
            phone.setRange(1, MAX_PHONE_CONTACTS)
            period = named(
                QComboBox(),
                f"period_{tier.value}",
                self.tr("Phone period, tier {}").format(tier.value),
            )
            for p in PhonePeriod:
                period.addItem(enum_label(p), p.value)
            visits = named(
                QSpinBox(),
                f"visits_{tier.value}",
                self.tr("On-site visits a month, tier {}").format(tier.value),
            )
            visits.setRange(0, MAX_VISITS_PER_MONTH)
            visits.setSpecialValueText(self.tr("as needed"))
            for widget, column in ((phone, 1), (period, 2), (visits, 3)):
                grid.addWidget(widget, row, column)
            phone.valueChanged.connect(self._changed)
            period.currentIndexChanged.connect(self._changed)
            visits.valueChanged.connect(self._changed)
            self.phone[tier], self.period[tier], self.visits[tier] = phone, period, visits

        self.shown_label = hint_label("")
        self.shown_label.setObjectName("policyShown")
        self.name_edit = named(QLineEdit(), "policyName", self.tr("Name of the new version"))
        self.name_edit.textChanged.connect(self._changed)
        self.effective = named(styled(QDateEdit()), "policyEffective", self.tr("Effective from"))
        self.effective.setCalendarPopup(True)
        self.effective.setDisplayFormat("yyyy-MM-dd")
        self.effective.dateChanged.connect(self._changed)
        self.error = error_label("policyError")
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Effective from:"), self.effective)

        self.save_button = named(QPushButton(self.tr("&Save as new version")), "savePolicy")
        self.save_button.clicked.connect(self.save)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.setObjectName("policyButtons")
        self.buttons.rejected.connect(self.close)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)

        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Versions (newest first):")))
        left.addWidget(self.version_list, 1)
        right = QVBoxLayout()
        right.addWidget(self.shown_label)
        right.addWidget(rules_box)
        right.addWidget(
            hint_label(
                self.tr(
                    "Change the figures, name the version and choose the day it takes effect. "
                    "Plans and compliance use the version in force on the first day of the "
                    "month; earlier versions are kept for the months they governed."
                )
            )
        )
        right.addLayout(form)
        self.team_note = hint_label(
            self.tr(
                "This laptop is in a team: the policy is the team server's. An "
                "administrator changes it on the Team page, and it reaches this laptop "
                "at the next sync."
            )
        )
        self.team_note.setObjectName("policyTeamNote")
        right.addWidget(self.team_note)
        right.addWidget(self.error)
        right.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)
        self.resize(820, 480)
        # On a team laptop a version saved here would only be refused by the server.
        self.in_team = in_team(db)
        self.team_note.setVisible(self.in_team)
        if self.in_team:
            figures: list[QWidget] = [*self.phone.values(), *self.period.values()]
            for figure in [*figures, *self.visits.values()]:
                figure.setEnabled(False)
            self.name_edit.setEnabled(False)
            self.effective.setEnabled(False)
            self.save_button.setVisible(False)
        self.load()

    def load(self) -> None:
        self.versions = list_policies(self.db)
        today = local_today()
        in_force = policy_in_force(self.db, today)
        self.version_list.clear()
        for v in self.versions:
            text = self.tr("{name} — from {day}").format(
                name=v.name, day=date_text(v.effective_from)
            )
            if v.id == in_force.id:
                text += self.tr(" (in force)")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            self.version_list.addItem(item)
        self._loading = True
        start = next_month(today)
        self.effective.setDate(QDate(start.year, start.month, start.day))
        self.name_edit.clear()
        self._loading = False
        index = next((i for i, v in enumerate(self.versions) if v.id == in_force.id), 0)
        if self.versions:
            self.version_list.setCurrentRow(index)
        else:
            self._fill(in_force)
        self.dirty = False

    @Slot(int)
    def _show_version(self, row: int) -> None:
        if 0 <= row < len(self.versions):
            self._fill(self.versions[row])

    def _fill(self, version: PolicyVersion) -> None:
        self._loading = True
        for tier in SubTier:
            rule = version.rule(tier)
            if rule is None:
                continue
            self.phone[tier].setValue(rule.phone_contacts)
            self.period[tier].setCurrentIndex(self.period[tier].findData(rule.phone_period.value))
            self.visits[tier].setValue(rule.visits_per_month or 0)
        self.shown_label.setText(
            self.tr("Showing “{name}”, in force from {day}. Edit to start a new version.").format(
                name=version.name, day=date_text(version.effective_from)
            )
        )
        self._loading = False

    def _changed(self) -> None:
        if not self._loading:
            self.dirty = True
            self.error.setVisible(False)

    def rules(self) -> tuple[FrequencyRule, ...]:
        out = []
        for tier in SubTier:
            # Qt hands StrEnum data back as plain text.
            period = PhonePeriod(self.period[tier].currentData())
            visits = self.visits[tier].value()
            out.append(FrequencyRule(tier, self.phone[tier].value(), period, visits or None))
        return tuple(out)

    def effective_from(self) -> date:
        d = self.effective.date()
        return date(d.year(), d.month(), d.day())

    def validate(self) -> bool:
        if self.in_team:
            return False
        if not self.name_edit.text().strip():
            self._show_error(
                self.tr("Name: enter a name for the new version, e.g. “2026 revision”.")
            )
            self.name_edit.setFocus()
            return False
        taken = [v for v in self.versions if v.effective_from == self.effective_from()]
        if taken:
            self._show_error(
                self.tr(
                    "Effective from: “{name}” already starts on that day; choose another day."
                ).format(name=taken[0].name)
            )
            self.effective.setFocus()
            return False
        return True

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)

    @Slot()
    def save(self) -> bool:
        if not self.validate():
            return False
        try:
            save_policy_version(self.db, self.name_edit.text(), self.effective_from(), self.rules())
        except ValidationError as exc:
            self._show_error(exc.detail)
            return False
        except FieldVisitError as exc:
            QMessageBox.warning(self, error_title(exc), exc.detail)
            return False
        self.events.announce({"frequency_policy", "frequency_rule"})
        self.load()
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.dirty:
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved policy"),
                self.tr("The changed figures have not been saved as a new version. Discard them?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                event.ignore()
                return
        super().closeEvent(event)
