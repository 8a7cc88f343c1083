"""Undo and redo of plan edits on the Plan page (Ctrl+Z, Ctrl+Shift+Z), and the summary the
rep confirms before submitting.

Each edit is done through the planning services first; the command that goes on the
page's :class:`QUndoStack` only knows how to do it again and how to take it back, each
as one service call. A step that the services refuse (the plan was submitted meanwhile,
a contact is gone) is shown by the page and the history is dropped, since it no longer
matches what is stored. The texts are the Plan page's (translation context ``PlanPage``).
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QToolButton, QWidget

from fieldvisit.domain.workdays import CalendarSource
from fieldvisit.services.planning.capacity import PlanSummary
from fieldvisit.ui.widgets import named

Step = Callable[[], object]
Runner = Callable[[Step], bool]
"""Runs a service call for the page: True when done, False when refused (and shown)."""


class PlanEdit(QUndoCommand):
    """An edit already done once: ``redo`` repeats ``do``, ``undo`` runs ``undo``."""

    def __init__(self, text: str, do: Step, undo: Step, run: Runner) -> None:
        super().__init__(text)
        self._do = do
        self._undo = undo
        self._run = run
        self._done_once = True

    def redo(self) -> None:
        if self._done_once:  # QUndoStack.push() calls redo(); the edit is already done
            self._done_once = False
            return
        self._run(self._do)

    def undo(self) -> None:
        self._run(self._undo)


class PlanHistory(QObject):
    """The page's undo stack with its actions (shortcuts on ``page``) and tool buttons."""

    changed = Signal()
    """What can be undone or redone changed."""

    def __init__(self, page: QWidget, run: Runner) -> None:
        super().__init__(page)
        self._run = run
        self.stack = QUndoStack(self)
        self.undo_action = QAction(QCoreApplication.translate("PlanPage", "Undo"), page)
        self.undo_action.setObjectName("planUndo")
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.undo_action.triggered.connect(self.stack.undo)
        self.redo_action = QAction(QCoreApplication.translate("PlanPage", "Redo"), page)
        self.redo_action.setObjectName("planRedo")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.triggered.connect(self.stack.redo)
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            page.addAction(action)
        self.undo_button = named(
            QToolButton(), "undoPlanEdit", QCoreApplication.translate("PlanPage", "Undo")
        )
        self.undo_button.setDefaultAction(self.undo_action)
        self.redo_button = named(
            QToolButton(), "redoPlanEdit", QCoreApplication.translate("PlanPage", "Redo")
        )
        self.redo_button.setDefaultAction(self.redo_action)
        self.stack.canUndoChanged.connect(self._on_change)
        self.stack.canRedoChanged.connect(self._on_change)
        self.stack.undoTextChanged.connect(self._on_change)
        self.stack.redoTextChanged.connect(self._on_change)
        self.set_editable(False)

    def push(self, text: str, do: Step, undo: Step) -> None:
        """Record an edit already done."""
        self.stack.push(PlanEdit(text, do, undo, self.replay))

    def replay(self, step: Step) -> bool:
        """An undo or redo step; when the services refuse it the history is dropped."""
        if self._run(step):
            return True
        QTimer.singleShot(0, self.clear)
        return False

    @Slot()
    def clear(self) -> None:
        if shiboken6.isValid(self.stack):
            self.stack.clear()

    def set_editable(self, editable: bool) -> None:
        self.undo_action.setEnabled(editable and self.stack.canUndo())
        self.redo_action.setEnabled(editable and self.stack.canRedo())
        self.undo_action.setToolTip(
            QCoreApplication.translate("PlanPage", "Undo: {}").format(self.stack.undoText())
            if self.stack.canUndo()
            else QCoreApplication.translate("PlanPage", "Nothing to undo")
        )
        self.redo_action.setToolTip(
            QCoreApplication.translate("PlanPage", "Redo: {}").format(self.stack.redoText())
            if self.stack.canRedo()
            else QCoreApplication.translate("PlanPage", "Nothing to redo")
        )

    @Slot()
    def _on_change(self) -> None:
        # The stack also empties itself while the page is being destroyed.
        if shiboken6.isValid(self.stack) and shiboken6.isValid(self.undo_action):
            self.changed.emit()


def summary_text(summary: PlanSummary) -> str:
    """What the rep reads and confirms before submitting."""
    lines = [
        QCoreApplication.translate(
            "PlanPage", "{visits} visits and {calls} calls in {month}."
        ).format(visits=summary.visits, calls=summary.calls, month=f"{summary.month:%Y-%m}"),
        QCoreApplication.translate("PlanPage", "Days with more than {capacity} visits: {n}").format(
            capacity=summary.capacity, n=len(summary.over_capacity)
        ),
        QCoreApplication.translate(
            "PlanPage", "Accounts with fewer visits than their tier needs: {n}"
        ).format(n=summary.short_accounts),
    ]
    if summary.most_calls:
        lines.append(
            QCoreApplication.translate("PlanPage", "Most phone calls on one day: {n}").format(
                n=summary.most_calls
            )
        )
    if summary.over_capacity:
        lines[1] += " (" + ", ".join(f"{d:%m-%d}" for d in summary.over_capacity) + ")"
    if summary.holiday_visits:
        lines.append(
            QCoreApplication.translate("PlanPage", "Contacts on public holidays: {days}").format(
                days=", ".join(f"{d:%m-%d}" for d in summary.holiday_visits)
            )
        )
    if summary.calendar_source is CalendarSource.WEEKDAYS:
        lines.append(
            QCoreApplication.translate(
                "PlanPage", "The official holidays of {year} are not known: Monday to Friday."
            ).format(year=summary.month.year)
        )
    lines.append("")
    lines.append(
        QCoreApplication.translate(
            "PlanPage",
            "Submit the plan to your manager? You can withdraw it until the manager decides.",
        )
    )
    return "\n".join(lines)
