"""The Team page: people, reporting lines, territories and the visit frequency policy, set
on the team server from an administrator's or a manager's laptop.

Everything shown is read from the server and every change is sent to it (off the GUI
thread); the server checks each request against the caller's role. After a change the
window's sync runs, so this laptop's other pages follow.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldvisit.domain.enums import MemberRole
from fieldvisit.domain.errors import FieldVisitError
from fieldvisit.domain.frequency import FrequencyRule
from fieldvisit.services.team import MemberRow
from fieldvisit.storage.database import Database
from fieldvisit.sync.team_admin import Person, PolicyView, TeamAdmin, TeamView
from fieldvisit.ui.background import BackgroundTask
from fieldvisit.ui.events import DataEvents
from fieldvisit.ui.labels import enum_label
from fieldvisit.ui.pages.base import AreaPage
from fieldvisit.ui.team.dialogs import (
    AddPersonDialog,
    ChoosePersonDialog,
    CodeDialog,
    RoleDialog,
    TerritoryDialog,
)
from fieldvisit.ui.team.policy_panel import PolicyPanel
from fieldvisit.ui.widgets import error_label, heading_label, hint_label, named

COLUMNS = 5


@dataclass(frozen=True, slots=True)
class Loaded:
    team: TeamView
    policy: PolicyView
    note: str = ""
    code_for: str = ""
    code: str = ""


def _fetch(api: TeamAdmin) -> tuple[TeamView, PolicyView]:
    return api.team(), api.policy()


class TeamPage(AreaPage):
    key = "team"

    def __init__(
        self,
        db: Database,
        events: DataEvents,
        user: MemberRow,
        run_sync: Callable[[], object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.user = user
        self.run_sync = run_sync
        self.title = self.tr("Team")
        self.setObjectName("teamPage")
        self.setAccessibleName(self.title)
        self.view: TeamView | None = None
        self._stale = True
        self.task = BackgroundTask(self)
        self.task.succeeded.connect(self._on_loaded)
        self.task.failed.connect(self._on_failed)
        self.task.busy_changed.connect(lambda _b: self._update_actions())
        self.code_dialog: CodeDialog | None = None
        self.dialog: QDialog | None = None
        self._last_note = ""
        """The dialog open now (add, move, role, hand over)."""

        heading = heading_label(self.title)
        heading.setObjectName("teamHeading")
        self.summary = hint_label(
            self.tr(
                "People, reporting lines and territories as the team server holds them. "
                "Changes go to the server at once and reach every laptop at its next sync."
            )
            if user.role is MemberRole.ADMIN
            else self.tr(
                "Your team as the team server holds it. You may hand accounts from one of "
                "your reps to another; people, roles and reporting lines are set by your "
                "administrator."
            )
        )
        self.summary.setObjectName("teamSummary")
        self.status = hint_label("")
        self.status.setObjectName("teamStatus")
        self.error = error_label("teamError")

        self.table = named(QTableWidget(0, COLUMNS), "teamPeople", self.tr("People"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Role"),
                self.tr("Manager"),
                self.tr("Accounts"),
                self.tr("Laptops"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(90)
        for column in range(COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # the manager
        self.table.itemSelectionChanged.connect(self._update_actions)

        self.add_button = named(QPushButton(self.tr("&Add person…")), "teamAdd")
        self.add_button.clicked.connect(self.add_person)
        self.move_button = named(QPushButton(self.tr("&Move to manager…")), "teamMove")
        self.move_button.clicked.connect(self.move_person)
        self.role_button = named(QPushButton(self.tr("Change &role…")), "teamRole")
        self.role_button.clicked.connect(self.change_role)
        self.code_button = named(QPushButton(self.tr("New &code…")), "teamCode")
        self.code_button.setToolTip(self.tr("A new enrolment code for a new or replaced laptop"))
        self.code_button.clicked.connect(self.new_code)
        self.territory_button = named(QPushButton(self.tr("&Hand over accounts…")), "teamTerritory")
        self.territory_button.clicked.connect(self.hand_over)
        self.refresh_button = named(QPushButton(self.tr("Re&fresh")), "teamRefresh")
        self.refresh_button.clicked.connect(self.reload)
        actions = QHBoxLayout()
        for button in (
            self.add_button,
            self.move_button,
            self.role_button,
            self.code_button,
            self.territory_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.refresh_button)

        self.policy = PolicyPanel()
        self.policy.save_requested.connect(self.save_policy)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(self.summary)
        layout.addLayout(actions)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(self.policy, 2)
        events.changed.connect(self._on_data_changed)
        self._update_actions()

    # --- loading --------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and not self.task.is_busy():
            self.reload()

    @Slot()
    def reload(self) -> None:
        if self.task.is_busy():
            return
        self._stale = False
        self.status.setText(self.tr("Reading the team from the server…"))
        db = self.db

        def work() -> Loaded:
            with TeamAdmin(db) as api:
                return Loaded(*_fetch(api))

        self.task.start(work)

    def wait(self, msecs: int = -1) -> bool:
        """For tests: block until the server has answered (the answer still needs events)."""
        return self.task.wait(msecs)

    @Slot(set)
    def _on_data_changed(self, _tables: set[str]) -> None:
        # A sync brought changes (a reporting line, accounts): read the server again.
        self._stale = True
        if self.isVisible():
            self.reload()

    @Slot(object)
    def _on_loaded(self, loaded: object) -> None:
        assert isinstance(loaded, Loaded)
        self.view = loaded.team
        self.error.setVisible(False)
        if loaded.note:
            self._last_note = loaded.note
        self.status.setText(self._last_note)  # what was last done stays in view
        self._fill(loaded.team)
        self.policy.show_policy(loaded.policy)
        self._update_actions()
        if loaded.code:
            self.code_dialog = CodeDialog(loaded.code_for, loaded.code, self)
            self.code_dialog.open()
        if loaded.note and self.run_sync is not None:
            self.run_sync()  # this laptop's own pages follow the change

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        self.status.setText("")
        if isinstance(error, FieldVisitError):
            self.error.setText(error.detail)
        else:  # a bug: the page stays usable, the log has it
            self.error.setText(
                self.tr("The team could not be read or changed ({reason}).").format(
                    reason=type(error).__name__
                )
            )
        self.error.setVisible(True)
        self._update_actions()

    def _fill(self, view: TeamView) -> None:
        keep = self.selected()
        self.table.setRowCount(len(view.people))
        people = sorted(
            view.people,
            key=lambda p: (
                p.role is not MemberRole.ADMIN,
                p.role is not MemberRole.MANAGER,
                p.name,
            ),
        )
        for row, person in enumerate(people):
            cells = [
                person.name,
                enum_label(person.role),
                person.manager_name or "",
                self.locale().toString(person.accounts),
                self.locale().toString(person.devices),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, str(person.id))
                if column >= 3:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
            if keep is not None and person.id == keep.id:
                self.table.selectRow(row)

    # --- choices --------------------------------------------------------------------

    def selected(self) -> Person | None:
        if self.view is None:
            return None
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return next((p for p in self.view.people if str(p.id) == value), None)

    def select(self, name: str) -> None:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.text() == name:
                self.table.selectRow(row)
                return

    @Slot()
    def _update_actions(self) -> None:
        view, busy, chosen = self.view, self.task.is_busy(), self.selected()
        people = view is not None and view.may_people and not busy
        self.add_button.setVisible(view is None or view.may_people)
        self.move_button.setVisible(view is None or view.may_people)
        self.role_button.setVisible(view is None or view.may_people)
        self.code_button.setVisible(view is None or view.may_people)
        self.add_button.setEnabled(people)
        self.move_button.setEnabled(people and chosen is not None and chosen.role is MemberRole.REP)
        self.role_button.setEnabled(
            people and chosen is not None and view is not None and chosen.id != view.me
        )
        self.code_button.setEnabled(people and chosen is not None)
        self.territory_button.setEnabled(
            view is not None and view.may_territory and not busy and bool(view.reps())
        )
        self.refresh_button.setEnabled(not busy)
        self.policy.save_button.setEnabled(not busy)

    # --- changes --------------------------------------------------------------------

    def _change(self, work: Callable[[TeamAdmin], str], note: str, code_for: str = "") -> None:
        """Send one change, then read the team again, in one job off the GUI thread."""
        if self.task.is_busy():
            return
        self.error.setVisible(False)
        self.status.setText(self.tr("Sending the change to the team server…"))
        db = self.db

        def job() -> Loaded:
            with TeamAdmin(db) as api:
                code = work(api)
                return Loaded(*_fetch(api), note=note, code_for=code_for, code=code)

        self.task.start(job)
        self._update_actions()

    # Dialogs are opened window-modal (open(), not exec()): the event loop keeps running,
    # so the page's server work and tests go on while one is up.

    @Slot()
    def add_person(self) -> None:
        if self.view is None:
            return
        self.dialog = AddPersonDialog(self.view.managers(), self)
        self.dialog.accepted.connect(self._add_accepted)
        self.dialog.open()

    @Slot()
    def _add_accepted(self) -> None:
        dialog = self.dialog
        assert isinstance(dialog, AddPersonDialog)
        name, role, manager = dialog.name_edit.text().strip(), dialog.role(), dialog.manager()
        self._change(
            lambda api: api.add_person(name, role, manager),
            self.tr("{name} was added to the team.").format(name=name),
            code_for=name,
        )

    @Slot()
    def new_code(self) -> None:
        person = self.selected()
        if person is None:
            return
        self._change(
            lambda api: api.new_code(person.id),
            self.tr("A new code for {name} was made.").format(name=person.name),
            code_for=person.name,
        )

    @Slot()
    def move_person(self) -> None:
        person = self.selected()
        if self.view is None or person is None:
            return
        self.dialog = ChoosePersonDialog(
            self.tr("Move {name} to another manager").format(name=person.name),
            self.tr("New &manager:"),
            [m for m in self.view.managers() if m.id != person.manager_id],
            self,
        )
        self.dialog.accepted.connect(lambda: self._move_accepted(person))
        self.dialog.open()

    def _move_accepted(self, person: Person) -> None:
        assert isinstance(self.dialog, ChoosePersonDialog)
        manager = self.dialog.chosen()
        if manager is None:
            return

        def move(api: TeamAdmin) -> str:
            api.move(person.id, manager)
            return ""

        self._change(
            move, self.tr("{name} now reports to the new manager.").format(name=person.name)
        )

    @Slot()
    def change_role(self) -> None:
        person = self.selected()
        if self.view is None or person is None:
            return
        self.dialog = RoleDialog(person, self.view.managers(), self)
        self.dialog.accepted.connect(lambda: self._role_accepted(person))
        self.dialog.open()

    def _role_accepted(self, person: Person) -> None:
        assert isinstance(self.dialog, RoleDialog)
        role, manager = self.dialog.role(), self.dialog.manager()

        def change(api: TeamAdmin) -> str:
            api.set_role(person.id, role, manager)
            return ""

        self._change(
            change,
            self.tr("{name} is now {role}.").format(name=person.name, role=enum_label(role)),
        )

    @Slot()
    def hand_over(self) -> None:
        if self.view is None:
            return
        self.dialog = TerritoryDialog(
            self.db, self.view.reps(), self.user.role is MemberRole.ADMIN, self
        )
        self.dialog.accepted.connect(self._territory_accepted)
        self.dialog.open()

    @Slot()
    def _territory_accepted(self) -> None:
        assert isinstance(self.dialog, TerritoryDialog)
        accounts, rep = self.dialog.accounts(), self.dialog.rep()
        if accounts and rep is not None:
            self.hand_over_to(accounts, rep)

    def hand_over_to(self, accounts: list[uuid.UUID], rep: uuid.UUID) -> None:
        name = next((p.name for p in self.view.people if p.id == rep), "") if self.view else ""

        def assign(api: TeamAdmin) -> str:
            api.assign(accounts, rep)
            return ""

        self._change(
            assign,
            self.tr("%n account(s) handed to {name}.", "", len(accounts)).format(name=name),
        )

    @Slot(str, object, object)
    def save_policy(self, name: str, effective_from: object, rules: object) -> None:
        assert isinstance(effective_from, date) and isinstance(rules, tuple)
        chosen: tuple[FrequencyRule, ...] = rules

        def save(api: TeamAdmin) -> str:
            api.save_policy(name, effective_from, chosen)
            return ""

        self._change(save, self.tr("The policy version “{name}” was saved.").format(name=name))

    def stop(self) -> None:
        self.task.discard()
        self.task.wait()
