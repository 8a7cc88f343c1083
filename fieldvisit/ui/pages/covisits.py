"""The co-visits page: the list, starting one (managers), opening one."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldvisit.domain.enums import CoVisitStatus, MemberRole
from fieldvisit.services.covisits.listing import list_covisits
from fieldvisit.services.team import current_user
from fieldvisit.storage.database import Database
from fieldvisit.ui.covisits.resume import open_covisit_window, resume_covisit_if_interrupted
from fieldvisit.ui.covisits.start_dialog import StartCoVisitDialog
from fieldvisit.ui.covisits.window import CoVisitWindow
from fieldvisit.ui.dates import date_text
from fieldvisit.ui.events import DataEvents, concerns
from fieldvisit.ui.labels import enum_label
from fieldvisit.ui.pages.base import AreaPage
from fieldvisit.ui.widgets import heading_label, hint_label, named


class CoVisitsPage(AreaPage):
    key = "covisits"
    tables = ("covisit", "covisit_call", "action_item", "team_member")

    def __init__(self, db: Database, events: DataEvents, settings: QSettings | None = None) -> None:
        super().__init__()
        self.db, self.events = db, events
        self.settings = settings if settings is not None else QSettings()
        self.title = self.tr("Co-visits")
        self.setObjectName(f"{self.key}Page")
        self.setAccessibleName(self.title)
        self._stale = True
        self.list = named(QTreeWidget(), "coVisitList", self.tr("Co-visits"))
        self.list.setHeaderLabels(
            [
                self.tr("Rep"),
                self.tr("Days"),
                self.tr("Calls"),
                self.tr("Status"),
                self.tr("Revision"),
            ]
        )
        self.list.setRootIsDecorated(False)
        self.list.itemActivated.connect(lambda *_: self.open_selected())
        self.start_button = named(QPushButton(self.tr("Start co-visit…")), "startCoVisit")
        self.open_button = named(QPushButton(self.tr("Open")), "openCoVisit")
        self.start_button.clicked.connect(self.start)
        self.open_button.clicked.connect(self.open_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        self.heading = heading_label(self.title)
        self.heading.setObjectName(f"{self.key}Heading")
        layout.addWidget(self.heading)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Days in the field beside a rep: the calls made together, the coaching "
                    "given and the action plan agreed. The report is finished the same day."
                )
            )
        )
        visits = QWidget()
        visits_layout = QVBoxLayout(visits)
        visits_layout.setContentsMargins(0, 8, 0, 0)
        visits_layout.addLayout(buttons)
        visits_layout.addWidget(self.list, 1)
        # The manager's month (field days, calls by type, rating trends) is built when
        # its tab is first opened, so start-up does not pay for it.
        self.manager_view: QWidget | None = None
        self.manager_tab = QWidget()
        self.manager_tab.setObjectName("managerViewTab")
        QVBoxLayout(self.manager_tab).setContentsMargins(0, 8, 0, 0)
        self.tabs = named(QTabWidget(), "coVisitTabs")
        self.tabs.addTab(visits, self.tr("Co-visits"))
        self.tabs.addTab(self.manager_tab, self.tr("Manager's view"))
        self.tabs.currentChanged.connect(self._on_tab_changed)
        layout.addWidget(self.tabs, 1)
        self.dialog: StartCoVisitDialog | None = None
        self.covisit_window: CoVisitWindow | None = None
        events.changed.connect(self._changed)
        QTimer.singleShot(0, self, self.resume)

    def _on_tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.manager_tab and self.manager_view is None:
            from fieldvisit.ui.covisits.manager_view import ManagerViewWidget

            self.manager_view = ManagerViewWidget(self.db, self.events, self.settings)
            layout = self.manager_tab.layout()
            assert layout is not None
            layout.addWidget(self.manager_view)

    def resume(self) -> CoVisitWindow | None:
        window = resume_covisit_if_interrupted(
            self.window_parent(), self.db, self.events, self.settings
        )
        if window is not None:
            self.covisit_window = window
        return window

    def window_parent(self) -> AreaPage:
        return self

    def is_stale(self) -> bool:
        return self._stale

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            QTimer.singleShot(0, self, self.refresh)

    def _changed(self, changed: set[str]) -> None:
        if not concerns(changed, self.tables):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def refresh(self) -> None:
        self._stale = False
        me = current_user(self.db)
        manager = me is not None and me.role is MemberRole.MANAGER
        self.start_button.setVisible(manager)
        self.tabs.setTabVisible(self.tabs.indexOf(self.manager_tab), manager)
        rows = list_covisits(self.db, member_id=None if me is None else me.id)
        self.list.clear()
        for r in rows:
            days = date_text(r.first_day)
            if r.last_day != r.first_day:
                days += " – " + date_text(r.last_day)
            kinds = ", ".join(enum_label(k) for k in r.call_types)
            status = enum_label(r.status)
            if r.late:
                status += " · " + self.tr("late")
            item = QTreeWidgetItem(
                [
                    r.rep,
                    days,
                    f"{r.call_count} ({kinds})" if kinds else "0",
                    status,
                    str(r.revision),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, str(r.id))
            if r.status is CoVisitStatus.IN_PROGRESS:
                font = item.font(3)
                font.setBold(True)
                item.setFont(3, font)
            self.list.addTopLevelItem(item)
        for col in range(self.list.columnCount()):
            self.list.resizeColumnToContents(col)

    def start(self) -> StartCoVisitDialog:
        self.dialog = StartCoVisitDialog(self.db, self)
        self.dialog.accepted.connect(self._started)
        self.dialog.open()
        return self.dialog

    def _started(self) -> None:
        assert self.dialog is not None
        if self.dialog.open_instead is not None:
            self.open(self.dialog.open_instead)
            return
        assert self.dialog.started is not None
        self.events.announce({"covisit"})
        self.open(self.dialog.started.id)

    def open_selected(self) -> CoVisitWindow | None:
        item = self.list.currentItem()
        if item is None:
            return None
        return self.open(uuid.UUID(item.data(0, Qt.ItemDataRole.UserRole)))

    def open(self, covisit_id: uuid.UUID) -> CoVisitWindow:
        self.covisit_window = open_covisit_window(
            self, self.db, self.events, self.settings, covisit_id
        )
        return self.covisit_window
