"""File ▸ Settings: language, you, report header and paper, data folder and backups.

The dialog follows ``load() / validate() / save()``: OK saves every tab or, if a
field is wrong, nothing at all and shows what to fix under that field; Cancel
discards the changes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fieldvisit.domain.errors import FieldVisitError, ValidationError
from fieldvisit.services.settings import (
    AppSettings,
    in_a_team,
    load_settings,
    save_settings,
    update_current_user,
    validate_settings,
)
from fieldvisit.services.team import MemberRow, current_user
from fieldvisit.storage.database import Database
from fieldvisit.ui.covisits.ack_code import AckCodeBox
from fieldvisit.ui.labels import error_line
from fieldvisit.ui.settings_data import DataTab
from fieldvisit.ui.settings_planning import PlanningTab
from fieldvisit.ui.settings_tabs import GeneralTab, ReportsTab, YouTab
from fieldvisit.ui.widgets import error_label, named


def settings_action(parent: QWidget) -> QAction:
    """The File ▸ Settings… menu entry, on the platform's Preferences shortcut."""
    action = QAction(QCoreApplication.translate("SettingsDialog", "&Settings…"), parent)
    action.setObjectName("settingsAction")
    action.setMenuRole(QAction.MenuRole.PreferencesRole)
    shortcuts = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
    action.setShortcuts(shortcuts or [QKeySequence("Ctrl+,")])
    return action


class SettingsDialog(QDialog):
    def __init__(self, db: Database, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._settings = settings
        self.user: MemberRow | None = None
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(680)

        self.general_tab = GeneralTab(settings)
        self.you_tab = YouTab()
        self.reports_tab = ReportsTab(settings)
        self.data_tab = DataTab(db)
        self.planning_tab = PlanningTab(db)
        self.tabs = named(QTabWidget(), "settingsTabs", self.tr("Settings"))
        self.tabs.addTab(self.general_tab, self.tr("General"))
        self.tabs.addTab(self.you_tab, self.tr("You"))
        self.tabs.addTab(self.reports_tab, self.tr("Reports"))
        self.tabs.addTab(self.data_tab, self.tr("Data"))
        self.tabs.addTab(self.planning_tab, self.tr("Planning"))
        self.error = error_label("settingsError")

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = named(
            self.buttons.button(QDialogButtonBox.StandardButton.Ok), "settingsOk", self.tr("OK")
        )
        self.cancel_button = named(
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel),
            "settingsCancel",
            self.tr("Cancel"),
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(10)
        layout.addWidget(self.tabs)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.load()

    def load(self) -> None:
        self.user = current_user(self._db)
        app_settings = load_settings(self._db)
        self.general_tab.load()
        self.you_tab.load(self.user)
        if in_a_team(self._db):
            self.you_tab.lock_to_team()
            if self.findChild(AckCodeBox) is None:  # a rep's code to acknowledge in person
                self.you_tab._form.addRow("", AckCodeBox(self._db))
        self.reports_tab.load(app_settings)
        self.data_tab.load(app_settings)
        self.planning_tab.load(app_settings)
        self._show_error("")

    def app_settings(self) -> AppSettings:
        return AppSettings(
            company_name=self.reports_tab.company(),
            backup_folder=self.data_tab.backup_folder(),
            backup_keep=self.data_tab.keep(),
            visits_per_day=self.planning_tab.visits_per_day(),
            plan_saturdays=self.planning_tab.plan_saturdays(),
        )

    def validate(self) -> bool:
        """Check every tab; go to the first wrong field. Nothing is saved here."""
        you_ok = self.you_tab.validate()
        data_ok = self.data_tab.validate()
        if not (you_ok and data_ok):
            self.tabs.setCurrentWidget(self.you_tab if not you_ok else self.data_tab)
            return False
        try:
            validate_settings(self.app_settings())
        except ValidationError as exc:
            self._show_field_error(exc)
            return False
        return True

    def save(self) -> bool:
        if not self.validate():
            return False
        try:
            self.user = update_current_user(
                self._db,
                self.you_tab.name_edit.text(),
                self.you_tab.role(),
                self.you_tab.work_base(),
            )
            save_settings(self._db, self.app_settings())
            self.planning_tab.save()
        except ValidationError as exc:
            self._show_field_error(exc)
            return False
        except FieldVisitError as exc:
            self._show_error(error_line(exc))
            return False
        self.general_tab.save()
        self.reports_tab.save()
        self._settings.sync()
        return True

    def accept(self) -> None:
        if self.save():
            self.data_tab.job.wait()
            super().accept()

    def reject(self) -> None:
        self.data_tab.job.wait()
        super().reject()

    def _show_field_error(self, error: ValidationError) -> None:
        for tab in (self.you_tab, self.reports_tab, self.data_tab, self.planning_tab):
            field = tab.show_error(error.field, error.detail)
            if field is not None:
                self.tabs.setCurrentWidget(tab)
                field.setFocus()
                return
        self._show_error(error_line(error))

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
