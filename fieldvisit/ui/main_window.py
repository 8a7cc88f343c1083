"""The main window: navigation on the left, one page per area, menus and status bar."""

from __future__ import annotations

import importlib
import sys
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, QSize, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from fieldvisit.domain.enums import MemberRole
from fieldvisit.services.stats import has_accounts
from fieldvisit.services.team import MemberRow
from fieldvisit.services.today import Target, TargetKind
from fieldvisit.storage.database import Database
from fieldvisit.sync.device import in_team
from fieldvisit.ui.about_dialog import AboutDialog
from fieldvisit.ui.accounts.page_actions import AccountActions
from fieldvisit.ui.events import DataEvents
from fieldvisit.ui.file_actions import FileActions
from fieldvisit.ui.labels import role_label, work_base_label
from fieldvisit.ui.pages.accounts import AccountsPage
from fieldvisit.ui.pages.base import AreaPage
from fieldvisit.ui.pages.today import TodayPage
from fieldvisit.ui.resources import resource_path
from fieldvisit.ui.sample_data import SampleDataDialog, SampleDataLoader
from fieldvisit.ui.settings_dialog import SettingsDialog, settings_action

if TYPE_CHECKING:
    from fieldvisit.ui.pages.covisits import CoVisitsPage
    from fieldvisit.ui.pages.plan import PlanPage
    from fieldvisit.ui.pages.records import RecordsPage
    from fieldvisit.ui.pages.reports import ReportsPage
    from fieldvisit.ui.sync_status import SyncController, SyncIndicator

GEOMETRY_KEY = "mainWindow/geometry"
DEFAULT_SIZE = QSize(1120, 720)
NAVIGATION_WIDTH = 210


@dataclass(frozen=True, slots=True)
class PageEntry:
    """One page of the navigation. Its module is imported, and the page built, when the
    page is first shown or asked for (:meth:`MainWindow.page`): start-up imports only the
    start page's code and the accounts list's. A page needing connections to the window
    has a ``_wire_<key>_page`` method there."""

    key: str
    """As the page's ``key``: its icon, and its name in :meth:`MainWindow.show_page`."""
    page_class: str
    """``module:Class``; built as ``Class(db, events, settings)``."""
    title: Callable[[], str]
    """The page's title as the page translates it, for the navigation before it is built."""


PAGES = (
    PageEntry(
        "today",
        "fieldvisit.ui.pages.today:TodayPage",
        lambda: QCoreApplication.translate("TodayPage", "Today"),
    ),
    PageEntry(
        "accounts",
        "fieldvisit.ui.pages.accounts:AccountsPage",
        lambda: QCoreApplication.translate("AccountsPage", "Accounts"),
    ),
    PageEntry(
        "records",
        "fieldvisit.ui.pages.records:RecordsPage",
        lambda: QCoreApplication.translate("RecordsPage", "Contact records"),
    ),
    PageEntry(
        "plan",
        "fieldvisit.ui.pages.plan:PlanPage",
        lambda: QCoreApplication.translate("PlanPage", "Plan"),
    ),
    PageEntry(
        "covisits",
        "fieldvisit.ui.pages.covisits:CoVisitsPage",
        lambda: QCoreApplication.translate("CoVisitsPage", "Co-visits"),
    ),
    PageEntry(
        "reports",
        "fieldvisit.ui.pages.reports:ReportsPage",
        lambda: QCoreApplication.translate("ReportsPage", "Reports"),
    ),
)


TEAM_PAGE = PageEntry(
    "team",
    "fieldvisit.ui.team.page:TeamPage",
    lambda: QCoreApplication.translate("TeamPage", "Team"),
)
"""Shown on the team laptop of an administrator or a manager only."""


class MainWindow(QMainWindow):
    def __init__(
        self,
        db: Database,
        user: MemberRow,
        events: DataEvents,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.user = user
        self.events = events
        self.settings = settings if settings is not None else QSettings()
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("FieldVisit — {name}").format(name=user.name))
        self.setWindowIcon(QIcon(str(resource_path("icons", "fieldvisit.svg"))))

        self.entries = list(PAGES)
        if user.role in (MemberRole.ADMIN, MemberRole.MANAGER) and in_team(db):
            self.entries.append(TEAM_PAGE)  # an admin's or a manager's team laptop
        self.keys = [entry.key for entry in self.entries]
        self._built: dict[str, AreaPage] = {}
        self.stack = QStackedWidget()
        self.stack.setObjectName("pages")
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Navigation"))
        self.navigation.setIconSize(QSize(22, 22))
        self.navigation.setSpacing(2)
        self.navigation.setMinimumWidth(NAVIGATION_WIDTH - 40)
        for entry in self.entries:
            self.stack.addWidget(QWidget())  # the page itself when first shown
            title = entry.title()
            item = QListWidgetItem(QIcon(str(resource_path("icons", f"{entry.key}.svg"))), title)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, title)
            item.setSizeHint(QSize(0, 40))
            self.navigation.addItem(item)
        self.navigation.currentRowChanged.connect(self._show_row)
        # The start page and the accounts list (the File menu's import and export act on
        # it) are built now; the other pages when first shown.
        self.today_page = cast(TodayPage, self.page("today"))
        self.accounts_page = cast(AccountsPage, self.page("accounts"))
        self.account_actions = AccountActions(self.accounts_page, db, events, self.settings)

        splitter = QSplitter()
        splitter.setObjectName("mainSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([NAVIGATION_WIDTH, DEFAULT_SIZE.width() - NAVIGATION_WIDTH])
        self.setCentralWidget(splitter)

        self.loader = SampleDataLoader(db, events, self)
        self.loader.finished.connect(self._on_sample_data_finished)
        self.accounts_page.load_sample_requested.connect(self.load_sample_data)

        # Team sync exists in the window only when the laptop is in a team.
        self.sync: SyncController | None = None
        self.sync_indicator: SyncIndicator | None = None
        self.sync_action: QAction | None = None
        if in_team(db):
            from fieldvisit.ui.sync_status import SyncController

            self.sync = SyncController(db, events, self)
        self._build_menus()
        self._build_status_bar()
        self.accounts_page.status_note.connect(self.statusBar().showMessage)
        self._restore_state()
        if self.sync is not None:
            self.sync.start()
        # The navigation's count shows even when the window starts on another page.
        QTimer.singleShot(0, self.today_page, self.today_page.load_if_needed)

    # --- pages -------------------------------------------------------------------
    def page(self, key: str) -> AreaPage:
        """The page of ``key``, built now if it was not yet."""
        found = self._built.get(key)
        if found is None:
            entry = self.entries[self.keys.index(key)]
            module, name = entry.page_class.split(":")
            page_class = getattr(importlib.import_module(module), name)
            make = getattr(self, f"_make_{key}_page", None)
            built: AreaPage = (
                make(page_class) if make else page_class(self.db, self.events, self.settings)
            )
            wire = getattr(self, f"_wire_{key}_page", None)
            if wire is not None:
                wire(built)
            row = self.keys.index(key)
            placeholder = self.stack.widget(row)
            self.stack.insertWidget(row, built)
            if placeholder is not None:
                self.stack.removeWidget(placeholder)
                placeholder.deleteLater()
            self._built[key] = found = built
        return found

    @property
    def pages(self) -> list[AreaPage]:
        """The pages built so far, in the navigation's order."""
        return [self._built[k] for k in self.keys if k in self._built]

    @property
    def records_page(self) -> RecordsPage:
        return cast("RecordsPage", self.page("records"))

    @property
    def plan_page(self) -> PlanPage:
        return cast("PlanPage", self.page("plan"))

    @property
    def covisits_page(self) -> CoVisitsPage:
        return cast("CoVisitsPage", self.page("covisits"))

    @property
    def reports_page(self) -> ReportsPage:
        return cast("ReportsPage", self.page("reports"))

    @Slot(int)
    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self.keys):
            self.page(self.keys[row])
            self.stack.setCurrentIndex(row)

    def _make_team_page(self, page_class: Any) -> AreaPage:
        page: AreaPage = page_class(
            self.db, self.events, self.user, lambda: self.sync and self.sync.sync()
        )
        return page

    def _wire_today_page(self, page: TodayPage) -> None:
        page.target_requested.connect(self.open_target)
        page.page_requested.connect(self.show_page)
        page.count_changed.connect(self._show_today_count)

    def _wire_accounts_page(self, page: AccountsPage) -> None:
        page.account_activated.connect(self.open_card)
        page.new_account_requested.connect(lambda: self.open_card(None))
        page.set_user(self.user)

    def _wire_records_page(self, page: RecordsPage) -> None:
        page.promises.account_requested.connect(self.open_card)

    def show_page(self, key: str) -> None:
        self.navigation.setCurrentRow(self.keys.index(key))

    def current_page(self) -> AreaPage:
        return self.page(self.keys[self.stack.currentIndex()])

    def open_target(self, target: object) -> None:
        """Open where a line of the Today page is handled."""
        if not isinstance(target, Target):
            return
        from fieldvisit.ui.records.record_editor import open_record_editor

        if target.kind is TargetKind.NEW_RECORD and target.account_id is not None:
            open_record_editor(
                self.db,
                self.events,
                self.settings,
                account_id=target.account_id,
                planned_contact_id=target.id,
            )
        elif target.kind is TargetKind.RECORD and target.id is not None:
            open_record_editor(self.db, self.events, self.settings, record_id=target.id)
        elif target.kind is TargetKind.CARD:
            self.open_card(target.account_id)
        elif target.kind is TargetKind.COVISIT and target.id is not None:
            window = self.covisits_page.open(target.id)
            if target.step is not None:
                window.go_to(target.step.value)
        elif target.kind is TargetKind.PLAN:
            self.show_page("plan")
            self.plan_page.select_rep(target.rep_id or self.user.id)
            if target.month is not None:
                self.plan_page.set_month(target.month)
        elif target.kind is TargetKind.DAY_REPORT:
            dialog = self.records_page.open_day_report()
            if target.day is not None:
                dialog.show_day(target.day, target.rep_id)

    @Slot(int)
    def _show_today_count(self, count: int) -> None:
        item = self.navigation.item(self.keys.index("today"))
        title = self.today_page.title
        if count:
            shown = self.tr("{page} ({count})").format(
                page=title, count=self.locale().toString(count)
            )
            spoken = self.tr("{page}: %n item(s) need action", "", count).format(page=title)
        else:
            shown = spoken = title
        item.setText(shown)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
        item.setToolTip(spoken)

    @Slot()
    def find_account(self) -> None:
        """Ctrl+F: the accounts page, its search box focused with its text selected."""
        self.show_page("accounts")
        self.accounts_page.focus_search()

    @Slot()
    def new_record(self) -> None:
        """Ctrl+N: choose the account of a new contact record."""
        self.records_page.new_record()

    def print_current(self) -> bool:
        """Print what the page shows; ``False`` (and the Reports page) where it prints nothing."""
        page = self.current_page()
        if page is self.plan_page and self.plan_page.plan is not None:
            self.plan_page.print_plan()
            return True
        if page is self.reports_page:
            self.reports_page.print_current()
            return True
        self.show_page("reports")
        return False

    def open_card(self, account_id: object) -> None:
        """The customer card of an account (a UUID), or a new one for ``None``."""
        # The card editor (and the record, co-visit and printing code it uses) loads on the
        # first card opened, keeping start-up short.
        from fieldvisit.ui.accounts.card_editor import open_card

        key = account_id if isinstance(account_id, uuid.UUID) else None
        open_card(self.db, self.events, self.settings, key, self)

    @Slot()
    def load_sample_data(self) -> None:
        dialog = SampleDataDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.start_sample_data(dialog.accounts())

    def start_sample_data(self, accounts: int) -> None:
        self.accounts_page.welcome.set_busy(True)
        self.loader.start(accounts)

    @Slot(bool)
    def _on_sample_data_finished(self, loaded: bool) -> None:
        self.accounts_page.welcome.set_busy(False)
        if loaded:
            self.statusBar().showMessage(self.tr("Sample data loaded."), 8000)

    @Slot()
    def show_about(self) -> None:
        dialog = AboutDialog(self.db, self)
        dialog.exec()
        dialog.deleteLater()

    @Slot()
    def open_settings(self) -> None:
        dialog = SettingsDialog(self.db, self.settings, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.user is not None:
            self.user = dialog.user
            self.setWindowTitle(self.tr("FieldVisit — {name}").format(name=self.user.name))
            self.role_status.setText(self._role_text())
            self.accounts_page.set_user(self.user)
            self.today_page.refresh()
            # The plan's capacity and the working-day calendar may have changed.
            self.events.announce(("app_setting", "calendar_override"))
        # Moving the database acts at once, whether the dialog was then cancelled or not.
        self.database_status.setText(
            self.tr("Database: {location}").format(location=self.db.describe())
        )
        self.database_status.setToolTip(self.db.describe())
        dialog.deleteLater()

    @Slot()
    def show_conflicts(self) -> None:
        from fieldvisit.ui.conflicts_dialog import ConflictsDialog

        dialog = ConflictsDialog(self.db, self)
        if self.sync is not None:
            dialog.resolved.connect(self.sync.look)
        dialog.resolved.connect(lambda: self.events.announce())
        dialog.exec()
        dialog.deleteLater()

    @Slot(bool)
    def _on_syncing(self, syncing: bool) -> None:
        if self.sync_action is not None:
            self.sync_action.setEnabled(not syncing)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Each open card asks about its unsaved changes; "Cancel" there keeps the app open.
        editor = sys.modules.get("fieldvisit.ui.accounts.card_editor")
        cards = editor.open_cards(self.db) if editor is not None else []
        if not all([card.close() for card in cards]):
            event.ignore()
            return
        self.loader.stop()
        if self.sync is not None:
            self.sync.stop()
        for page in self.pages:
            page.stop()
        self.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self.settings.sync()
        super().closeEvent(event)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.setObjectName("fileMenu")
        self.new_record_action = QAction(self.tr("&New record…"), self)
        self.new_record_action.setObjectName("newRecordAction")
        self.new_record_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.new_record_action.triggered.connect(self.new_record)
        file_menu.addAction(self.new_record_action)
        day_report_action = QAction(self.tr("Da&y report…"), self)
        day_report_action.setObjectName("dayReportAction")
        day_report_action.triggered.connect(lambda: self.records_page.open_day_report())
        file_menu.addAction(day_report_action)
        file_menu.addSeparator()
        file_menu.addAction(self.account_actions.import_action)
        file_menu.addAction(self.account_actions.export_action)
        file_menu.addSeparator()
        self.file_actions = FileActions(
            self, self.db, self.events, self.print_current, self.sync is not None
        )
        file_menu.addAction(self.file_actions.backup_action)
        file_menu.addAction(self.file_actions.restore_action)
        file_menu.addSeparator()
        file_menu.addAction(self.file_actions.print_action)
        file_menu.addSeparator()
        self.settings_action = settings_action(self)
        self.settings_action.triggered.connect(self.open_settings)
        file_menu.addAction(self.settings_action)
        if self.sync is not None:
            self.sync_action = QAction(self.tr("S&ync now"), self)
            self.sync_action.setObjectName("syncAction")
            self.sync_action.setShortcut(QKeySequence("F5"))
            self.sync_action.triggered.connect(self.sync.sync)
            self.sync.syncing_changed.connect(self._on_syncing)
            file_menu.addAction(self.sync_action)
            conflicts_action = QAction(self.tr("Sync &conflicts…"), self)
            conflicts_action.setObjectName("conflictsAction")
            conflicts_action.triggered.connect(self.show_conflicts)
            file_menu.addAction(conflicts_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setObjectName("quitAction")
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.setObjectName("editMenu")
        self.find_action = QAction(self.tr("&Find account"), self)
        self.find_action.setObjectName("findAccountAction")
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.find_action.triggered.connect(self.find_account)
        edit_menu.addAction(self.find_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.setObjectName("helpMenu")
        about_action = QAction(self.tr("&About FieldVisit"), self)
        about_action.setObjectName("aboutAction")
        about_action.triggered.connect(self.show_about)
        help_menu.addAction(about_action)

    def _role_text(self) -> str:
        role = role_label(self.user.role)
        if self.user.role is MemberRole.MANAGER:
            role = f"{role} · {work_base_label(self.user.work_base)}"
        return role

    def _build_status_bar(self) -> None:
        self.role_status = QLabel(self._role_text())
        self.role_status.setObjectName("statusRole")
        self.database_status = QLabel(
            self.tr("Database: {location}").format(location=self.db.describe())
        )
        self.database_status.setObjectName("statusDatabase")
        self.database_status.setToolTip(self.db.describe())
        self.statusBar().setObjectName("statusBar")
        self.statusBar().addWidget(self.database_status, 1)
        if self.sync is not None:
            from fieldvisit.ui.sync_status import SyncIndicator

            self.sync_indicator = SyncIndicator(self.sync)
            self.sync_indicator.conflicts_requested.connect(self.show_conflicts)
            self.statusBar().addPermanentWidget(self.sync_indicator)
        self.statusBar().addPermanentWidget(self.role_status)

    def _restore_state(self) -> None:
        geometry = self.settings.value(GEOMETRY_KEY)
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            screen = QGuiApplication.primaryScreen()
            if screen is None:
                self.resize(DEFAULT_SIZE)
            else:
                available = screen.availableGeometry()
                self.resize(DEFAULT_SIZE.boundedTo(available.size() * 0.9))
                frame = self.frameGeometry()
                frame.moveCenter(available.center())
                self.move(frame.topLeft())
        # Today is the start page; a database without customers opens on the welcome panel.
        start = "today" if has_accounts(self.db) else "accounts"
        self.navigation.setCurrentRow(self.keys.index(start))
