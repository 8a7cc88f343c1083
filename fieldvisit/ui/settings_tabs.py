"""The General, You and Reports tabs of the Settings dialog.

Every tab reads its values in ``load()``, says what is wrong in ``validate()``
and shows errors the service raised in ``show_error(field, message)``; the
dialog saves them together.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from fieldvisit.domain.enums import MemberRole, WorkBase
from fieldvisit.services.settings import MAX_COMPANY_LENGTH, AppSettings
from fieldvisit.services.team import MAX_NAME_LENGTH, MemberRow
from fieldvisit.ui.i18n import CHINESE, ENGLISH, LANGUAGE_KEY
from fieldvisit.ui.labels import role_label, work_base_label
from fieldvisit.ui.widgets import error_label, hint_label, named

PAPER_KEY = "print/paper"
PAPERS = ("a4", "letter")


def form_layout(widget: QWidget) -> QFormLayout:
    form = QFormLayout(widget)
    form.setContentsMargins(16, 16, 16, 16)
    form.setVerticalSpacing(10)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


def stacked(*items: QWidget | QLayout) -> QVBoxLayout:
    """A field with its error and hint lines under it."""
    box = QVBoxLayout()
    box.setContentsMargins(0, 0, 0, 0)
    box.setSpacing(3)
    for item in items:
        if isinstance(item, QLayout):
            box.addLayout(item)
        else:
            box.addWidget(item)
    return box


def buddy_label(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


def show_field_error(field: QWidget, error: QLabel, message: str) -> None:
    error.setText(message)
    error.setVisible(bool(message))
    field.setAccessibleDescription(message)


def default_paper() -> str:
    """Letter where the locale measures in inches (the US), A4 everywhere else."""
    imperial = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return "letter" if imperial else "a4"


class GeneralTab(QWidget):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsGeneral")
        self._settings = settings
        self.language_combo = named(QComboBox(), "settingsLanguage", self.tr("Language"))
        self.language_combo.addItem(self.tr("Same as the system"), "")
        # Each language is named in itself, so that it can be found whatever is shown now.
        self.language_combo.addItem("简体中文", CHINESE)
        self.language_combo.addItem("English", ENGLISH)
        hint = hint_label(
            self.tr(
                "FieldVisit shows the new language the next time it starts. Dates, times "
                "and numbers follow the language chosen."
            )
        )
        hint.setObjectName("settingsLanguageHint")
        form = form_layout(self)
        form.addRow(
            buddy_label(self.tr("&Language:"), self.language_combo),
            stacked(self.language_combo, hint),
        )

    def load(self) -> None:
        stored = self._settings.value(LANGUAGE_KEY, "", str)
        index = self.language_combo.findData(stored if stored in (CHINESE, ENGLISH) else "")
        self.language_combo.setCurrentIndex(max(index, 0))

    def language(self) -> str:
        return str(self.language_combo.currentData())

    def save(self) -> None:
        if self.language():
            self._settings.setValue(LANGUAGE_KEY, self.language())
        else:
            self._settings.remove(LANGUAGE_KEY)


class YouTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsYou")
        self.name_edit = named(QLineEdit(), "settingsName", self.tr("Your name"))
        self.name_edit.setMaxLength(MAX_NAME_LENGTH)
        self.name_error = error_label("settingsNameError")
        name_hint = hint_label(
            self.tr(
                "Your name appears on contact records, visit plans and co-visit reports. "
                "A corrected spelling renames you; the name of another team member "
                "switches to that member."
            )
        )
        self.rep_radio = named(QRadioButton(role_label(MemberRole.REP)), "settingsRoleRep")
        self.manager_radio = named(
            QRadioButton(role_label(MemberRole.MANAGER)), "settingsRoleManager"
        )
        self.office_radio = named(
            QRadioButton(work_base_label(WorkBase.OFFICE)), "settingsWorkBaseOffice"
        )
        self.home_radio = named(
            QRadioButton(work_base_label(WorkBase.HOME)), "settingsWorkBaseHome"
        )
        self._roles = QButtonGroup(self)
        self._bases = QButtonGroup(self)
        role_row = QHBoxLayout()
        base_row = QHBoxLayout()
        for group, row, buttons in (
            (self._roles, role_row, (self.rep_radio, self.manager_radio)),
            (self._bases, base_row, (self.office_radio, self.home_radio)),
        ):
            for button in buttons:
                group.addButton(button)
                row.addWidget(button)
            row.addStretch(1)
        self._form = form_layout(self)
        self._form.addRow(
            buddy_label(self.tr("&Name:"), self.name_edit),
            stacked(self.name_edit, self.name_error, name_hint),
        )
        self._form.addRow(self.tr("Role:"), role_row)
        self._form.addRow(self.tr("Work base:"), base_row)
        self.manager_radio.toggled.connect(self._update_work_base)
        self.name_edit.textEdited.connect(lambda _text: self.validate())

    def load(self, user: MemberRow | None) -> None:
        self.name_edit.setText(user.name if user is not None else "")
        manager = user is not None and user.role is MemberRole.MANAGER
        (self.manager_radio if manager else self.rep_radio).setChecked(True)
        home = user is not None and user.work_base is WorkBase.HOME
        (self.home_radio if home else self.office_radio).setChecked(True)
        self._update_work_base()
        show_field_error(self.name_edit, self.name_error, "")

    def lock_to_team(self) -> None:
        """On a team laptop the server says who you are: shown, not editable."""
        for widget in (self.name_edit, self.rep_radio, self.manager_radio):
            widget.setEnabled(False)
        for widget in (self.office_radio, self.home_radio):
            widget.setEnabled(False)
        self._form.addRow(
            "",
            hint_label(
                self.tr(
                    "This laptop is in a team: your name, role and work base come from the "
                    "team server. Ask your administrator to change them."
                )
            ),
        )

    def role(self) -> MemberRole:
        return MemberRole.MANAGER if self.manager_radio.isChecked() else MemberRole.REP

    def work_base(self) -> WorkBase:
        return WorkBase.HOME if self.home_radio.isChecked() else WorkBase.OFFICE

    def validate(self) -> bool:
        problem = "" if self.name_edit.text().strip() else self.tr("Name: enter your name.")
        show_field_error(self.name_edit, self.name_error, problem)
        return not problem

    def show_error(self, field: str, message: str) -> QWidget | None:
        if field != "name":
            return None
        show_field_error(self.name_edit, self.name_error, self.tr("Name: {}").format(message))
        return self.name_edit

    def _update_work_base(self) -> None:
        self._form.setRowVisible(2, self.manager_radio.isChecked())


class ReportsTab(QWidget):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsReports")
        self._settings = settings
        self.company_edit = named(QLineEdit(), "settingsCompany", self.tr("Company name"))
        self.company_edit.setMaxLength(MAX_COMPANY_LENGTH)
        self.company_edit.setPlaceholderText("FieldVisit")
        self.company_error = error_label("settingsCompanyError")
        company_hint = hint_label(
            self.tr("Printed at the top of every report. Left empty, reports show FieldVisit.")
        )
        self.paper_combo = named(QComboBox(), "settingsPaper", self.tr("Paper size"))
        self.paper_combo.addItem(self.tr("A4 (210 × 297 mm)"), "a4")
        self.paper_combo.addItem(self.tr("Letter (8.5 × 11 in)"), "letter")
        form = form_layout(self)
        form.addRow(
            buddy_label(self.tr("&Company name:"), self.company_edit),
            stacked(self.company_edit, self.company_error, company_hint),
        )
        form.addRow(buddy_label(self.tr("&Paper size:"), self.paper_combo), self.paper_combo)

    def load(self, app_settings: AppSettings) -> None:
        self.company_edit.setText(app_settings.company_name)
        stored = self._settings.value(PAPER_KEY, "", str)
        paper = stored if stored in PAPERS else default_paper()
        self.paper_combo.setCurrentIndex(self.paper_combo.findData(paper))
        show_field_error(self.company_edit, self.company_error, "")

    def company(self) -> str:
        return self.company_edit.text()

    def paper(self) -> str:
        return str(self.paper_combo.currentData())

    def show_error(self, field: str, message: str) -> QWidget | None:
        if field != "company_name":
            return None
        show_field_error(
            self.company_edit, self.company_error, self.tr("Company name: {}").format(message)
        )
        return self.company_edit

    def save(self) -> None:
        self._settings.setValue(PAPER_KEY, self.paper())
