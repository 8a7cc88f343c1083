"""The co-visit window: a guided flow with the steps on the left, saved as you type."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fieldvisit.clock import local_now
from fieldvisit.domain.enums import MemberRole
from fieldvisit.domain.errors import FieldVisitError
from fieldvisit.domain.problems import Problem
from fieldvisit.services.covisits import session as sess
from fieldvisit.services.covisits import signoff as so
from fieldvisit.services.covisits.template import load_template
from fieldvisit.services.covisits.views import CoVisitView
from fieldvisit.services.reporting.catalog import CoVisitItem
from fieldvisit.services.team import current_user
from fieldvisit.storage.database import Database
from fieldvisit.ui.covisits.autosave import AutoSaver
from fieldvisit.ui.covisits.before_step import BeforePage
from fieldvisit.ui.covisits.call_debrief import DebriefPage
from fieldvisit.ui.covisits.call_observation import ObservationPage
from fieldvisit.ui.covisits.call_plan import PreCallPage
from fieldvisit.ui.covisits.call_undo import UndoButton, undo_action
from fieldvisit.ui.covisits.calls_step import CallsPage
from fieldvisit.ui.covisits.end_of_day import EndOfDayPage
from fieldvisit.ui.covisits.fields import StepContext
from fieldvisit.ui.covisits.signoff_step import SignOffPage
from fieldvisit.ui.covisits.step_page import StepPage
from fieldvisit.ui.crash import problem_text
from fieldvisit.ui.dates import date_text, days_text
from fieldvisit.ui.events import DataEvents
from fieldvisit.ui.labels import enum_label, error_title, interface_language
from fieldvisit.ui.widgets import error_label, heading_label, named

OPEN_KEY = "covisit/open"
POSITION_KEY = "covisit/position"
FOCUS_KEY = "covisit/focus"
TABLES = {"covisit", "covisit_call", "action_item", "contact_record", "planned_contact"}


class CoVisitWindow(QWidget):
    """One co-visit. ``revision`` shows a signed revision read-only."""

    def __init__(
        self,
        db: Database,
        events: DataEvents,
        settings: QSettings,
        covisit_id: uuid.UUID,
        parent: QWidget | None = None,
        revision: CoVisitView | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("coVisitWindow")
        self.db, self.events, self.settings = db, events, settings
        self.covisit_id = covisit_id
        self.revision = revision
        self.saver = AutoSaver(self)
        self.saver.saved.connect(self._saved)
        self.saver.failed.connect(self._failed)
        self.saver.not_saved.connect(self._not_saved)
        self.saver.refused.connect(self._refused)
        view = revision or sess.get_covisit(db, covisit_id)
        me = current_user(db)
        self.is_manager = me is not None and me.role is MemberRole.MANAGER
        self.is_rep = me is not None and me.id == view.rep_id
        self.ctx = StepContext(
            db=db,
            saver=self.saver,
            template=load_template(view.template_version),
            lang=interface_language(),
            editable=False,
            rep_mode=False,
            reload=self.reload,
            view=view,
        )
        self.resize(1100, 780)
        self.title = heading_label("", 1.4)
        self.status = QLabel()
        self.status.setObjectName("coVisitStatus")
        self.banner = error_label("coVisitBanner")
        self.saved_label = QLabel()
        self.saved_label.setObjectName("savedState")
        self.print_button = named(QPushButton(self.tr("Print handout…")), "printHandout")
        self.correct_button = named(QPushButton(self.tr("Correct… (new revision)")), "correct")
        self.revisions_button = named(QPushButton(self.tr("Revisions…")), "revisions")
        self.print_button.clicked.connect(self.print_handout)
        self.correct_button.clicked.connect(self.start_correction)
        self.revisions_button.clicked.connect(self.show_revisions)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        for w in (self.saved_label, self.print_button, self.correct_button, self.revisions_button):
            top.addWidget(w)
        self.undo_button = UndoButton(self.ctx.undo)
        top.insertWidget(2, self.undo_button)  # after "Saved …": Undo and Ctrl+Z (call changes)
        undo_action(self.ctx.undo, self)
        self.steps = named(QListWidget(), "coVisitSteps", self.tr("Steps"))
        self.steps.setMinimumWidth(270)
        self.steps.setMaximumWidth(340)
        self.stack = QStackedWidget()
        self.back_button = named(QPushButton(self.tr("Back")), "previousStep")
        self.next_button = named(QPushButton(self.tr("Next step (Ctrl+Enter)")), "nextStep")
        self.back_button.clicked.connect(lambda: self.go(self.steps.currentRow() - 1))
        self.next_button.clicked.connect(self.next_step)
        nav = QHBoxLayout()
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        right = QVBoxLayout()
        right.addWidget(self.stack, 1)
        right.addLayout(nav)
        middle = QHBoxLayout()
        middle.addWidget(self.steps)
        middle.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.banner)
        layout.addLayout(middle, 1)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.next_step)
        QShortcut(
            QKeySequence("Ctrl+Shift+Return"), self, lambda: self.go(self.steps.currentRow() - 1)
        )
        self.steps.currentRowChanged.connect(self._step_changed)
        self.pages: list[tuple[str, StepPage]] = []
        self._handout: Callable[[], None] | None = None
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        self._build(view)

    # ------------------------------------------------------------ structure

    def _build(self, view: CoVisitView, keep: str | None = None) -> None:
        self.ctx.view = view
        self.ctx.editable = self.revision is None and self.is_manager and not view.locked
        self.ctx.rep_mode = self.revision is None and self.is_rep and not view.locked
        self.saver.enabled = self.ctx.editable or self.ctx.rep_mode
        current = keep or (self.pages[self.steps.currentRow()][0] if self.pages else None)
        self.steps.blockSignals(True)
        self.steps.clear()
        while self.stack.count():
            old = self.stack.widget(0)
            assert old is not None
            self.stack.removeWidget(old)
            old.deleteLater()
        pages: list[tuple[str, StepPage]] = [
            ("before", BeforePage(self.ctx)),
            ("calls", CallsPage(self.ctx)),
        ]
        for call in view.calls:
            pages += [
                (f"call:{call.id}:plan", PreCallPage(self.ctx, call.id)),
                (f"call:{call.id}:observe", ObservationPage(self.ctx, call.id)),
                (f"call:{call.id}:debrief", DebriefPage(self.ctx, call.id)),
            ]
        pages += [("end", EndOfDayPage(self.ctx)), ("signoff", SignOffPage(self.ctx))]
        self.pages = pages
        for key, page in pages:
            page.load()
            self.stack.addWidget(page)
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.steps.addItem(item)
        self._label_steps()
        self.steps.blockSignals(False)
        keys = [k for k, _ in pages]
        self.go(keys.index(current) if current in keys else 0)
        self._show_header()

    def _label_steps(self) -> None:
        view = self.ctx.view
        names = {
            "before": self.tr("Before: last co-visit, objectives"),
            "calls": self.tr("Calls"),
            "end": self.tr("End of day"),
            "signoff": self.tr("Acknowledgement and sign-off"),
        }
        parts = {
            "plan": self.tr("Pre-call plan"),
            "observe": self.tr("Observation"),
            "debrief": self.tr("Debrief"),
        }
        for row, (key, page) in enumerate(self.pages):
            done, total = page.progress()
            if key.startswith("call:"):
                _, cid, part = key.split(":")
                call = view.call(uuid.UUID(cid))
                text = "    " + self.tr("Call {n} · {part}").format(n=call.seq, part=parts[part])
                if part == "plan":
                    text = (
                        self.tr("Call {n}: {account}").format(n=call.seq, account=call.account_name)
                        + "\n"
                        + text
                    )
            else:
                text = names[key]
            mark = "✓" if total and done >= total else "○"
            lines = text.split("\n")
            lines[-1] = (
                lines[-1].replace("    ", "    " + mark + " ", 1)
                if len(lines) > 1 or key.startswith("call:")
                else mark + " " + lines[-1]
            )
            self.steps.item(row).setText("\n".join(lines) + f"  ({done}/{total})")

    def _show_header(self) -> None:
        v = self.ctx.view
        days = days_text(v.first_day, v.last_day)
        if self.is_rep:  # the rep reads their manager's report about them
            title = self.tr("Your co-visit with {manager} · {days}").format(
                manager=v.manager_name, days=days
            )
        else:
            title = self.tr("Co-visit with {rep} · {days}").format(rep=v.rep_name, days=days)
        self.title.setText(title)
        if self.revision is not None:
            state = self.tr("Revision {n} as signed — read-only").format(n=v.revision)
        elif v.locked:
            state = self.tr("Signed off — locked. Revision {n}.").format(n=v.revision)
            if v.late:
                state += " " + self.tr("Completed late.")
        else:
            state = self.tr("In progress — every field is saved as you type.")
        self.status.setText(state)
        self._show_banner(v)
        self.correct_button.setVisible(self.revision is None and v.locked and self.is_manager)
        self.revisions_button.setVisible(self.revision is None and v.revision > 1)
        self.print_button.setVisible(self.revision is None)

    def _show_banner(self, v: CoVisitView) -> None:
        """What the manager must know on opening: a late report, a withdrawn acknowledgement."""
        lines = []
        if self.revision is None and v.late and not v.locked:
            last = date_text(v.last_day)
            lines.append(
                self.tr(
                    "This report is late: it was due by the end of {day} and is not signed off. "
                    "Finish it and sign it off now."
                ).format(day=last)
            )
        if self.revision is None and v.acknowledgement_withdrawn:
            lines.append(
                self.tr(
                    "The report changed after the rep acknowledged it, so the acknowledgement "
                    "was withdrawn. The rep reads it again and acknowledges anew."
                )
            )
        self.banner.setText("\n".join(lines))
        self.banner.setVisible(bool(lines))

    def reload(self) -> None:
        self.saver.flush()
        self._build(sess.get_covisit(self.db, self.covisit_id))
        self.events.announce(TABLES)

    # ------------------------------------------------------------ navigation

    def go(self, row: int) -> None:
        if 0 <= row < self.steps.count():
            self.steps.setCurrentRow(row)

    def go_to(self, key: str) -> bool:
        keys = [k for k, _ in self.pages]
        if key in keys:
            self.go(keys.index(key))
            return True
        return False

    def next_step(self) -> None:
        self.saver.flush()
        self.go(self.steps.currentRow() + 1)

    def current_key(self) -> str:
        row = self.steps.currentRow()
        return self.pages[row][0] if 0 <= row < len(self.pages) else "before"

    def _step_changed(self, row: int) -> None:
        if not 0 <= row < len(self.pages):
            return
        self.saver.flush()
        key, page = self.pages[row]
        self.stack.setCurrentWidget(page)
        self.back_button.setEnabled(row > 0)
        self.next_button.setEnabled(row < len(self.pages) - 1)
        if self.revision is None:
            self.ctx.view = sess.get_covisit(self.db, self.covisit_id)
            page.load()
            self._label_steps()
            self._remember(key, None)
        first = page.first_field()
        if first is not None and self.isVisible():
            first.setFocus()

    def _remember(self, key: str, focus: str | None) -> None:
        if self.revision is not None:
            return
        self.settings.setValue(OPEN_KEY, str(self.covisit_id))
        self.settings.setValue(POSITION_KEY, key)
        if focus is not None:
            self.settings.setValue(FOCUS_KEY, focus)
        self.settings.sync()

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and self.isAncestorOf(new) and new.objectName():
            self._remember(self.current_key(), new.objectName())

    def restore_focus(self, name: str) -> None:
        page = self.stack.currentWidget()
        found = page.findChild(QWidget, name) if page is not None else None
        if found is not None:
            found.setFocus()

    # ------------------------------------------------------------ saving

    def _saved(self) -> None:
        self.saved_label.setText(
            self.tr("Saved {time}").format(time=local_now().strftime("%H:%M:%S"))
        )
        if self.revision is None:
            self.ctx.view = sess.get_covisit(self.db, self.covisit_id)
            self._label_steps()
            self._show_banner(self.ctx.view)

    def _failed(self, error: object) -> None:
        assert isinstance(error, FieldVisitError)
        self.saved_label.setText(self.tr("Not saved"))
        QMessageBox.warning(self, error_title(error), error.detail)

    def _not_saved(self, problem: object) -> None:
        """A full disk, a locked database…: the text stays in its field and is retried."""
        assert isinstance(problem, Problem)
        self.saved_label.setText(
            self.tr("Not saved: {reason}. Trying again…").format(reason=enum_label(problem))
        )

    def _refused(self, problem: object) -> None:
        """A click (a rating, an action) that could not be saved: say so, nothing retries."""
        assert isinstance(problem, Problem)
        reason = enum_label(problem)
        self.saved_label.setText(self.tr("Not saved: {reason}.").format(reason=reason))
        page = self.stack.currentWidget()
        if self.revision is None and isinstance(page, StepPage):
            self.ctx.view = sess.get_covisit(self.db, self.covisit_id)
            page.load()  # show what is stored (typed text not yet saved stays)
        QMessageBox.warning(self, self.tr("Not saved"), problem_text(problem))

    def _close_unsaved(self) -> bool:
        """Ask before closing over edits that could not be saved; ``True``: close anyway."""
        problem = self.saver.problem
        reason = enum_label(problem) if problem is not None else ""
        answer = QMessageBox.warning(
            self,
            self.tr("Not saved"),
            self.tr(
                "Some of what you wrote could not be saved ({reason}). Close anyway and lose it?"
            ).format(reason=reason),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    # ------------------------------------------------------------ actions

    def print_handout(self) -> None:
        from fieldvisit.services.reporting.render import PrintOptions
        from fieldvisit.ui.printing.actions import DocumentActions
        from fieldvisit.ui.printing.documents import covisit_request

        self.saver.flush()
        v = self.ctx.view
        item = CoVisitItem(
            v.id,
            v.rep_name,
            v.manager_name,
            v.first_day,
            v.last_day,
            tuple(dict.fromkeys(c.call_type for c in v.calls)),
            v.late,
            v.status,
        )
        actions = getattr(self, "_actions", None) or DocumentActions(self.db, self.settings, self)
        self._actions = actions
        request = covisit_request(item, PrintOptions(lang=interface_language()))
        actions.open_preview(request, self.tr("Co-visit handout"))

    def start_correction(self) -> None:
        reason, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Correct the signed report"),
            self.tr("Why is the report corrected? The signed version stays readable."),
        )
        if ok and self.saver.run(lambda: so.correct(self.db, self.covisit_id, reason)):
            self.reload()

    def show_revisions(self) -> None:
        from fieldvisit.ui.covisits.revisions import RevisionsDialog

        dialog = RevisionsDialog(self.db, self.events, self.settings, self.covisit_id, self)
        dialog.open()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.saver.flush()
        if self.saver.has_pending() and not self._close_unsaved():
            event.ignore()
            return
        if self.revision is None:
            for key in (OPEN_KEY, POSITION_KEY, FOCUS_KEY):
                self.settings.remove(key)
            self.settings.sync()
            self.events.announce(TABLES)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.disconnect(self._focus_changed)
        super().closeEvent(event)
