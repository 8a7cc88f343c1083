"""The Plan page: a rep's month as a calendar and a list, its approval, and its compliance."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Slot
from PySide6.QtGui import QPalette, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fieldvisit.domain.enums import MemberRole, PlanStatus
from fieldvisit.domain.errors import FieldVisitError
from fieldvisit.domain.workdays import OFFICIAL, WorkCalendar
from fieldvisit.services.planning.calendar import load_calendar
from fieldvisit.services.planning.capacity import plan_summary, resolve_unplaced
from fieldvisit.services.planning.compliance import RepCompliance, compliance_for_reps
from fieldvisit.services.planning.months import local_today, next_month
from fieldvisit.services.planning.plans import (
    PlanView,
    approve_plan,
    load_plan,
    move_contact,
    remove_contacts,
    restore_contacts,
    return_plan,
    submit_plan,
    withdraw_plan,
)
from fieldvisit.services.planning.suggest import (
    Choice,
    PlanDraft,
    Unplaced,
    save_plan_ids,
    suggest_plan,
)
from fieldvisit.services.reporting import PrintOptions
from fieldvisit.services.settings import AppSettings, load_settings
from fieldvisit.services.team import MemberRow, current_user, list_team
from fieldvisit.storage.database import Database
from fieldvisit.sync.commands import waiting_for
from fieldvisit.ui.dates import pydate, qdate
from fieldvisit.ui.events import DataEvents, concerns
from fieldvisit.ui.labels import error_title, interface_language
from fieldvisit.ui.pages.base import AreaPage
from fieldvisit.ui.planning.banner import BANNER_COLOURS, banner_text
from fieldvisit.ui.planning.calendar_view import MonthCalendar
from fieldvisit.ui.planning.compliance_view import ComplianceView
from fieldvisit.ui.planning.list_view import PlanTable
from fieldvisit.ui.planning.plan_edits import PlanHistory, Step, summary_text
from fieldvisit.ui.planning.policy_editor import PolicyEditor
from fieldvisit.ui.planning.unplaced_view import UnplacedView
from fieldvisit.ui.printing.actions import DocumentActions
from fieldvisit.ui.printing.documents import plan_request
from fieldvisit.ui.printing.subjects import month_edit
from fieldvisit.ui.widgets import heading_label, hint_label, named

ICS_FOLDER_KEY = "plan/icsFolder"
PLAN_TABLES = ("monthly_plan", "planned_contact")
WATCHED = (
    *PLAN_TABLES,
    "frequency_policy",
    "contact_record",
    "account",
    "team_member",
    "calendar_override",
    "app_setting",
)


class PlanPage(AreaPage):
    key = "plan"

    def __init__(
        self,
        db: Database,
        events: DataEvents,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.events = events
        self.settings = settings if settings is not None else QSettings()
        self.title = self.tr("Plan")
        self.setObjectName("planPage")
        self.user: MemberRow | None = None
        self.plan: PlanView | None = None
        self.compliance: list[RepCompliance] = []
        self.work_calendar: WorkCalendar = OFFICIAL
        self.app_settings = AppSettings()
        self._stale = True
        self.policy_editor: PolicyEditor | None = None
        self.documents = DocumentActions(db, self.settings, self)
        self.documents.busy_changed.connect(self._on_print_busy)

        self.rep_combo = named(QComboBox(), "planRepPicker", self.tr("Rep"))
        self.rep_combo.setMinimumContentsLength(8)
        self.rep_combo.currentIndexChanged.connect(self._on_pick)
        self.month_edit = month_edit("planMonthPicker", self.tr("Month"))
        nxt = next_month(local_today())
        self.month_edit.setDate(qdate(nxt))
        self.month_edit.setCalendarPopup(True)
        self.month_edit.dateChanged.connect(self._on_pick)

        self.banner = QLabel()
        self.banner.setObjectName("planBanner")
        self.banner.setWordWrap(True)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner.setContentsMargins(10, 6, 10, 6)
        self.banner.setAutoFillBackground(True)
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)

        self.suggest_button = named(QPushButton(self.tr("&Suggest plan")), "suggestPlan")
        self.suggest_button.setToolTip(
            self.tr(
                "Fill the month with the visits and calls each tier needs (keeps what is there)."
            )
        )
        self.suggest_button.clicked.connect(self.suggest)
        self.remove_button = named(QPushButton(self.tr("&Remove contact")), "removeContact")
        self.remove_button.clicked.connect(self.remove_selected)
        self.submit_button = named(QPushButton(self.tr("S&ubmit for approval…")), "submitPlan")
        self.submit_button.clicked.connect(self.submit)
        self.withdraw_button = named(QPushButton(self.tr("&Withdraw submission")), "withdrawPlan")
        self.withdraw_button.setToolTip(
            self.tr("Take the plan back to a draft; possible until the manager decides.")
        )
        self.withdraw_button.clicked.connect(self.withdraw)
        # Undo/redo of plan edits (moves, removals, suggestions, choices for unplaced visits).
        self.history = PlanHistory(self, self._run)
        self.history.changed.connect(self._update_buttons)
        self.undo_stack = self.history.stack
        self.undo_action, self.redo_action = self.history.undo_action, self.history.redo_action
        self.undo_button, self.redo_button = self.history.undo_button, self.history.redo_button
        self.approve_button = named(QPushButton(self.tr("&Approve")), "approvePlan")
        self.approve_button.clicked.connect(self.approve)
        self.return_button = named(QPushButton(self.tr("Re&turn with comment…")), "returnPlan")
        self.return_button.clicked.connect(self.ask_return)
        self.ics_button = named(QPushButton(self.tr("Save as i&Calendar…")), "saveIcs")
        self.ics_button.clicked.connect(self.save_ics)
        self.print_button = named(QPushButton(self.tr("&Print…")), "printPlan")
        self.print_button.clicked.connect(self.print_plan)
        self.policy_button = named(QPushButton(self.tr("Frequency &policy…")), "openPolicy")
        self.policy_button.clicked.connect(self.open_policy)

        self.calendar = MonthCalendar()
        self.calendar.setAccessibleName(self.tr("Month calendar"))
        self.calendar.moved.connect(self.move_planned)
        self.calendar.selected.connect(self._on_selected)
        self.show_calls = named(
            QCheckBox(self.tr("Show phone &calls in the calendar")), "showCalls"
        )
        self.show_calls.toggled.connect(self._toggle_calls)
        self.list_view = PlanTable()
        self.list_view.moved.connect(self.move_planned)
        self.list_view.itemSelectionChanged.connect(self._on_list_selection)
        self.compliance_view = ComplianceView()
        self.compliance_view.team_table.cellClicked.connect(self._on_team_row)
        self.unplaced_view = UnplacedView()
        self.unplaced_view.chosen.connect(self.resolve)
        self.selected_id: uuid.UUID | None = None
        self._last_draft: PlanDraft | None = None

        calendar_tab = QWidget()
        cal_layout = QVBoxLayout(calendar_tab)
        cal_layout.addWidget(
            hint_label(
                self.tr(
                    "Drag a contact to another day to move it. Colours show the tier: "
                    "A1 red, A2 orange, B1 dark blue, B2 light blue, C/D green."
                )
            )
        )
        cal_layout.addWidget(self.calendar, 1)
        cal_layout.addWidget(self.show_calls)
        list_tab = QWidget()
        list_layout = QVBoxLayout(list_tab)
        list_layout.addWidget(
            hint_label(
                self.tr("Double-click a day (or press F2) to move a contact with the keyboard.")
            )
        )
        list_layout.addWidget(self.list_view, 1)
        self.tabs = named(QTabWidget(), "planTabs", self.tr("Plan views"))
        self.tabs.addTab(calendar_tab, self.tr("Ca&lendar"))
        self.tabs.addTab(list_tab, self.tr("&List"))
        self.tabs.addTab(self.compliance_view, self.tr("C&ompliance"))
        self.unplaced_tab = self.tabs.addTab(self.unplaced_view, self.tr("Not placed"))
        self.tabs.currentChanged.connect(self._on_tab)

        pick = QHBoxLayout()
        rep_label = QLabel(self.tr("&Rep:"))
        rep_label.setBuddy(self.rep_combo)
        month_label = QLabel(self.tr("&Month:"))
        month_label.setBuddy(self.month_edit)
        pick.addWidget(rep_label)
        pick.addWidget(self.rep_combo)
        pick.addSpacing(12)
        pick.addWidget(month_label)
        pick.addWidget(self.month_edit)
        pick.addStretch(1)
        pick.addWidget(self.policy_button)
        buttons = QHBoxLayout()
        for b in (
            self.suggest_button,
            self.remove_button,
            self.undo_button,
            self.redo_button,
            self.submit_button,
            self.withdraw_button,
            self.approve_button,
            self.return_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.ics_button)
        buttons.addWidget(self.print_button)
        self.no_user = hint_label(
            self.tr("Choose who you are in File › Settings to see and make visit plans.")
        )
        self.no_user.setObjectName("planNoUser")

        # The page scrolls rather than forcing its width on the window.
        content = QWidget()
        # Small enough for a 1366×768 screen (taskbar, title bar, navigation and all).
        content.setMinimumSize(760, 500)
        scroll = QScrollArea()
        scroll.setObjectName("planScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.heading = heading_label(self.title)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.heading)
        layout.addLayout(pick)
        layout.addWidget(self.banner)
        layout.addLayout(buttons)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.no_user)
        events.changed.connect(self._on_data_changed)

    # -- data ---------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _on_data_changed(self, tables: set[str]) -> None:
        if concerns(tables, WATCHED):
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True

    def is_stale(self) -> bool:
        return self._stale

    def refresh(self) -> None:
        self._stale = False
        self.user = current_user(self.db)
        self._fill_reps()
        self._load()

    def _fill_reps(self) -> None:
        chosen = self.rep_combo.currentData()
        self.rep_combo.blockSignals(True)
        self.rep_combo.clear()
        user = self.user
        if user is not None:
            if user.role is MemberRole.MANAGER:
                for m in list_team(self.db):
                    if m.role is MemberRole.REP and m.manager_id == user.id and m.active:
                        self.rep_combo.addItem(m.name, str(m.id))
            else:
                self.rep_combo.addItem(user.name, str(user.id))
        index = self.rep_combo.findData(chosen)
        self.rep_combo.setCurrentIndex(index if index >= 0 else 0)
        self.rep_combo.setEnabled(self.rep_combo.count() > 1)
        self.rep_combo.blockSignals(False)

    def rep_id(self) -> uuid.UUID | None:
        # Ids travel through Qt as text: a Python object in a QVariant compares by identity.
        value = self.rep_combo.currentData()
        return uuid.UUID(value) if isinstance(value, str) and value else None

    def month(self) -> date:
        return pydate(self.month_edit.date()).replace(day=1)

    def select_rep(self, rep_id: uuid.UUID) -> bool:
        index = self.rep_combo.findData(str(rep_id))
        if index >= 0:
            self.rep_combo.setCurrentIndex(index)
        return index >= 0

    def set_month(self, month: date) -> None:
        self.month_edit.setDate(qdate(month))

    def is_manager(self) -> bool:
        return self.user is not None and self.user.role is MemberRole.MANAGER

    def _load(self) -> None:
        rep_id = self.rep_id()
        self.no_user.setVisible(self.user is None)
        if rep_id is None:
            self.plan = None
            self.compliance = []
            self._show()
            return
        month = self.month()
        if self.plan is None or (self.plan.rep_id, self.plan.month) != (rep_id, month):
            self.undo_stack.clear()  # another plan: its history does not apply
            self.unplaced_view.set_items([], self.app_settings.visits_per_day)
        self.work_calendar = load_calendar(self.db)
        self.app_settings = load_settings(self.db)
        self.plan = load_plan(self.db, rep_id, month)
        team = [uuid.UUID(self.rep_combo.itemData(i)) for i in range(self.rep_combo.count())]
        self.compliance = compliance_for_reps(self.db, team, month)
        self._show()

    def _show(self) -> None:
        plan = self.plan
        month = self.month()
        editable = self._can_edit()
        rows = plan.contacts if plan else ()
        self.calendar.set_rows(
            month,
            rows,
            editable,
            self.work_calendar,
            self.app_settings.visits_per_day,
            self.app_settings.plan_saturdays,
        )
        self.list_view.set_rows(month, rows, editable)
        current = next((c for c in self.compliance if plan and c.rep_id == plan.rep_id), None)
        self.compliance_view.set_data(self.compliance, current)
        self._show_banner()
        self._update_buttons()
        count = len(self.unplaced_view.items)
        self.tabs.setTabText(
            self.unplaced_tab,
            self.tr("Not placed ({n})").format(n=count) if count else self.tr("Not placed"),
        )

    def _can_edit(self) -> bool:
        plan = self.plan
        return (
            plan is not None
            and self.user is not None
            and self.user.id == plan.rep_id
            and plan.editable
        )

    def _show_banner(self) -> None:
        plan = self.plan
        text = banner_text(plan, self.work_calendar, self.app_settings.visits_per_day)
        if plan is not None and plan.id is not None and waiting_for(self.db, plan.id):
            text += "\n" + self.tr(
                "Your last step on this plan reaches the team server at the next sync."
            )
        self.banner.setText(text)
        self.banner.setAccessibleName(text)
        palette = self.banner.palette()
        palette.setColor(QPalette.ColorRole.Window, BANNER_COLOURS[plan.status if plan else None])
        palette.setColor(QPalette.ColorRole.WindowText, Qt.GlobalColor.black)
        self.banner.setPalette(palette)

    def _update_buttons(self) -> None:
        plan = self.plan
        editable = self._can_edit()
        manager = self.is_manager()
        has_rows = bool(plan and plan.contacts)
        status = plan.status if plan else None
        submitted = status is PlanStatus.SUBMITTED
        mine = self.user is not None and plan is not None and self.user.id == plan.rep_id
        for widget in (self.suggest_button, self.remove_button, self.undo_button, self.redo_button):
            widget.setVisible(not manager)
        self.submit_button.setVisible(not manager and not submitted)
        self.withdraw_button.setVisible(not manager and submitted)
        self.suggest_button.setEnabled(editable)
        self.remove_button.setEnabled(editable and self.selected_id is not None)
        self.submit_button.setEnabled(editable and has_rows)
        self.withdraw_button.setEnabled(mine and submitted)
        self.history.set_editable(editable)
        self.unplaced_view.setEnabled(editable)
        decidable = manager and status is PlanStatus.SUBMITTED
        self.approve_button.setVisible(manager)
        self.return_button.setVisible(manager)
        self.approve_button.setEnabled(decidable)
        self.return_button.setEnabled(decidable)
        self.ics_button.setEnabled(has_rows)
        self.print_button.setEnabled(plan is not None and not self.documents.is_busy())

    # -- actions ------------------------------------------------------------------------

    def _run(self, work: object) -> bool:
        """Run a service call; show a known error to the user; announce the change."""
        try:
            assert callable(work)
            work()
        except FieldVisitError as exc:
            QMessageBox.warning(self, error_title(exc), exc.detail)
            self._load()
            return False
        self.events.announce(PLAN_TABLES)
        if not self.isVisible():
            self._load()
        return True

    def _edit(self, text: str, do: Step, undo: Step) -> bool:
        """Do a plan edit now and put it on the undo stack."""
        if not self._run(do):
            return False
        self.history.push(text, do, undo)
        return True

    @Slot()
    def suggest(self) -> None:
        rep_id = self.rep_id()
        if rep_id is None:
            return
        user_id = self.user.id if self.user else None
        month = self.month()
        added: list[uuid.UUID] = []

        def work() -> None:
            draft = suggest_plan(self.db, rep_id, month)
            _view, ids = save_plan_ids(self.db, draft, actor_id=user_id)
            self._last_draft = draft
            added[:] = ids

        self._last_draft = None
        if not self._run(work) or self._last_draft is None:
            return
        draft = self._last_draft
        if added:
            self.history.push(
                self.tr("Suggest plan"),
                lambda: restore_contacts(self.db, added, actor_id=user_id),
                lambda: remove_contacts(self.db, added, actor_id=user_id),
            )
        self.unplaced_view.set_items(list(draft.unplaced), draft.capacity)
        self._show()
        if draft.unplaced:
            self.tabs.setCurrentWidget(self.unplaced_view)
        elif not draft.contacts:
            QMessageBox.information(
                self,
                self.tr("Suggest plan"),
                self.tr("Every account already has what its tier needs this month."),
            )

    @Slot(object, object)
    def move_planned(self, planned_id: uuid.UUID, day: date) -> None:
        user_id = self.user.id if self.user else None
        before = (
            next((c for c in self.plan.contacts if c.id == planned_id), None) if self.plan else None
        )
        if before is None or before.day == day:
            self._run(lambda: move_contact(self.db, planned_id, day, actor_id=user_id))
            return
        old_day, old_slot = before.day, before.slot
        self._edit(
            self.tr("Move contact"),
            lambda: move_contact(self.db, planned_id, day, actor_id=user_id),
            lambda: move_contact(self.db, planned_id, old_day, old_slot, actor_id=user_id),
        )

    @Slot()
    def remove_selected(self) -> None:
        planned = self.selected_id
        if planned is None:
            return
        user_id = self.user.id if self.user else None
        self.selected_id = None
        self._edit(
            self.tr("Remove contact"),
            lambda: remove_contacts(self.db, [planned], actor_id=user_id),
            lambda: restore_contacts(self.db, [planned], actor_id=user_id),
        )

    @Slot(object, object)
    def resolve(self, item: Unplaced, choice: Choice) -> None:
        """Do what the rep chose for a visit that did not fit."""
        rep_id = self.rep_id()
        if rep_id is None:
            return
        user_id = self.user.id if self.user else None
        month = self.month()
        if choice is Choice.LOWER_FREQUENCY:
            self.unplaced_view.remove(item)
            self._show()
            return
        added: list[uuid.UUID] = []

        def work() -> None:
            row = resolve_unplaced(self.db, rep_id, month, item, choice, actor_id=user_id)
            if row is not None:
                added[:] = [row.id]

        if not self._run(work):
            return
        self.unplaced_view.remove(item)

        def undo() -> None:
            remove_contacts(self.db, added, actor_id=user_id)
            self.unplaced_view.add(item)

        def redo() -> None:
            restore_contacts(self.db, added, actor_id=user_id)
            self.unplaced_view.remove(item)

        text = self.tr("Phone call instead") if choice is Choice.PHONE else self.tr("Next month")
        self.history.push(text, redo, undo)
        self._show()

    @Slot()
    def submit(self) -> None:
        rep_id = self.rep_id()
        if rep_id is None:
            return
        user_id = self.user.id if self.user else None
        month = self.month()
        try:
            summary = plan_summary(self.db, rep_id, month)
        except FieldVisitError as exc:
            QMessageBox.warning(self, error_title(exc), exc.detail)
            return
        answer = QMessageBox.question(
            self,
            self.tr("Submit the plan"),
            summary_text(summary),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self._run(lambda: submit_plan(self.db, rep_id, month, actor_id=user_id)):
            self.undo_stack.clear()  # a submitted plan is read-only; withdrawing starts afresh

    @Slot()
    def withdraw(self) -> None:
        rep_id = self.rep_id()
        if rep_id is None:
            return
        user_id = self.user.id if self.user else None
        month = self.month()
        self._run(lambda: withdraw_plan(self.db, rep_id, month, actor_id=user_id))

    @Slot()
    def approve(self) -> None:
        rep_id, user = self.rep_id(), self.user
        if rep_id is None or user is None:
            return
        month = self.month()
        self._run(lambda: approve_plan(self.db, rep_id, month, user.id))

    @Slot()
    def ask_return(self) -> None:
        comment, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Return the plan"),
            self.tr("What should the rep change?"),
        )
        if ok:
            self.return_with(comment)

    def return_with(self, comment: str) -> bool:
        rep_id, user = self.rep_id(), self.user
        if rep_id is None or user is None:
            return False
        month = self.month()
        return self._run(lambda: return_plan(self.db, rep_id, month, user.id, comment))

    @Slot()
    def save_ics(self) -> None:
        plan = self.plan
        if plan is None:
            return
        folder = str(self.settings.value(ICS_FOLDER_KEY, str(Path.home()), str))
        suggested = Path(folder) / f"visit-plan-{plan.rep}-{plan.month:%Y-%m}.ics"
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the plan as iCalendar"),
            str(suggested),
            self.tr("iCalendar files (*.ics)"),
        )
        if name:
            self.write_ics(Path(name))

    def write_ics(self, target: Path) -> bool:
        plan = self.plan
        if plan is None:
            return False
        if target.suffix.lower() != ".ics":
            target = target.with_name(target.name + ".ics")
        lang = interface_language()
        # icalendar loads on first export, not at start-up.
        from fieldvisit.services.planning.ics import write_plan_ics

        try:
            count = write_plan_ics(self.db, plan.rep_id, plan.month, target, lang)
        except FieldVisitError as exc:
            QMessageBox.warning(self, error_title(exc), exc.detail)
            return False
        self.settings.setValue(ICS_FOLDER_KEY, str(target.parent))
        self.banner.setToolTip(
            self.tr("Saved {count} events to {path}.").format(count=count, path=str(target))
        )
        return True

    @Slot()
    def print_plan(self) -> None:
        plan = self.plan
        if plan is None:
            return
        request = plan_request(plan.rep, plan.month, PrintOptions(lang=interface_language()))
        self.documents.open_preview(
            request, self.tr("Monthly visit plan — {}").format(request.title)
        )

    @Slot(bool)
    def _on_print_busy(self, busy: bool) -> None:
        self.print_button.setEnabled(not busy and self.plan is not None)

    @Slot()
    def open_policy(self) -> None:
        if self.policy_editor is None:
            self.policy_editor = PolicyEditor(self.db, self.events, self)
            self.policy_editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.policy_editor.destroyed.connect(self._forget_policy)
        self.policy_editor.show()
        self.policy_editor.raise_()

    @Slot()
    def _forget_policy(self) -> None:
        self.policy_editor = None

    # -- small reactions ----------------------------------------------------------------

    @Slot()
    def _on_pick(self) -> None:
        self.selected_id = None
        self._load()

    @Slot(bool)
    def _toggle_calls(self, on: bool) -> None:
        self.calendar.show_calls = on
        self._show()

    @Slot(object)
    def _on_selected(self, planned_id: uuid.UUID | None) -> None:
        self.selected_id = planned_id
        self._update_buttons()

    @Slot()
    def _on_list_selection(self) -> None:
        self.selected_id = self.list_view.selected_id()
        self._update_buttons()

    @Slot(int)
    def _on_tab(self, index: int) -> None:
        self.selected_id = None
        self._update_buttons()

    @Slot(int, int)
    def _on_team_row(self, row: int, column: int) -> None:
        if 0 <= row < len(self.compliance):
            index = self.rep_combo.findData(str(self.compliance[row].rep_id))
            if index >= 0:
                self.rep_combo.setCurrentIndex(index)

    def stop(self) -> None:
        self.documents.stop()
