"""Nothing written is lost in one click: changes of calls ask first and Ctrl+Z takes them back.

Each change is done through the services at once (so it is saved like everything else) and
then kept on the window's :class:`QUndoStack` with the service call that reverses it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from fieldvisit.domain.errors import FieldVisitError
from fieldvisit.services.covisits.call_changes import DEBRIEF_FIELDS, PLAN_FIELDS, WrittenParts
from fieldvisit.ui.covisits.fields import StepContext
from fieldvisit.ui.widgets import named


class CallCommand(QUndoCommand):
    """A change already made (``do``) that ``undo`` reverses and ``do`` makes again."""

    def __init__(
        self,
        ctx: StepContext,
        text: str,
        do: Callable[[], object],
        undo: Callable[[], object],
    ) -> None:
        super().__init__(text)
        self.ctx, self._do, self._undo = ctx, do, undo
        self._first = True

    def redo(self) -> None:
        if self._first:  # pushed after it was done
            self._first = False
            return
        self._run(self._do)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, action: Callable[[], object]) -> None:
        if run(self.ctx, action):
            self.ctx.reload()
        else:  # e.g. signed off meanwhile: the window showed why; the step cannot be replayed
            self.setObsolete(True)


def run(ctx: StepContext, action: Callable[[], object]) -> bool:
    """Pending typing first, then the change; a refused change is shown as the saver does.

    (Not ``saver.run``: its "saved" signal would relabel the steps of a call just removed
    before the window is rebuilt.)
    """
    ctx.saver.flush()
    try:
        action()
    except FieldVisitError as error:
        ctx.saver.failed.emit(error)
        return False
    return True


def apply(
    ctx: StepContext, text: str, do: Callable[[], object], undo: Callable[[], object]
) -> bool:
    """Make a change of a call now and keep it undoable; ``False`` if it failed."""
    if not run(ctx, do):
        return False
    ctx.undo.push(CallCommand(ctx, text, do, undo))
    ctx.reload()
    return True


def confirm(parent: QWidget, object_name: str, title: str, text: str, detail: str) -> bool:
    """Ask before something written goes; "No" is the default answer."""
    box = QMessageBox(parent)
    box.setObjectName(object_name)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    box.setInformativeText(detail)
    yes = box.addButton(QMessageBox.StandardButton.Yes)
    no = box.addButton(QMessageBox.StandardButton.No)
    named(yes, f"{object_name}Yes")
    named(no, f"{object_name}No")
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.exec()
    answer = box.clickedButton() is yes
    box.deleteLater()
    return answer


def written_summary(parts: WrittenParts, steps: int) -> str:
    """What of a call is written, e.g. "pre-call plan: 4 of 5 fields; observations: …"."""
    t = QCoreApplication.translate
    found = []
    if parts.plan:
        found.append(
            t("CallUndo", "pre-call plan: {n} of {total} fields").format(
                n=parts.plan, total=len(PLAN_FIELDS)
            )
        )
    if parts.observations:
        found.append(
            t("CallUndo", "observations: {n} of {total} steps").format(
                n=parts.observations, total=steps
            )
        )
    if parts.debrief:
        found.append(
            t("CallUndo", "debrief: {n} of {total} fields").format(
                n=parts.debrief, total=len(DEBRIEF_FIELDS)
            )
        )
    if parts.people:
        found.append(t("CallUndo", "stakeholders met: {n}").format(n=parts.people))
    return t("CallUndo", "; ").join(found)


def undo_action(stack: QUndoStack, parent: QWidget) -> QAction:
    """Ctrl+Z anywhere in the window (a text box with focus undoes its own typing first);
    Ctrl+Shift+Z (Ctrl+Y) does the change again."""
    action = QAction(QCoreApplication.translate("CallUndo", "Undo"), parent)
    action.setObjectName("undoCallChangeAction")
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
    action.setEnabled(stack.canUndo())
    stack.canUndoChanged.connect(action.setEnabled)
    action.triggered.connect(stack.undo)
    parent.addAction(action)
    again = QAction(QCoreApplication.translate("CallUndo", "Redo"), parent)
    again.setObjectName("redoCallChangeAction")
    again.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Redo))
    again.setEnabled(stack.canRedo())
    stack.canRedoChanged.connect(again.setEnabled)
    again.triggered.connect(stack.redo)
    parent.addAction(again)
    return action


class UndoButton(QPushButton):
    """A button that names the change it takes back."""

    def __init__(self, stack: QUndoStack) -> None:
        super().__init__(QCoreApplication.translate("CallUndo", "Undo"))
        named(self, "undoCallChange", QCoreApplication.translate("CallUndo", "Undo"))
        self.setEnabled(stack.canUndo())
        self.name_change(stack.undoText())
        # Bound methods of Qt objects: disconnected when either side is destroyed.
        stack.canUndoChanged.connect(self.setEnabled)
        stack.undoTextChanged.connect(self.name_change)
        self.clicked.connect(stack.undo)

    def name_change(self, what: str) -> None:
        self.setText(
            QCoreApplication.translate("CallUndo", "Undo {what}").format(what=what)
            if what
            else QCoreApplication.translate("CallUndo", "Undo")
        )
        self.setToolTip("Ctrl+Z")
