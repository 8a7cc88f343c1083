"""Undo and redo of plan edits on the Plan page (Ctrl+Z, Ctrl+Shift+Z).

Each edit is done through the planning services first; the command that goes on the
page's :class:`QUndoStack` only knows how to do it again and how to take it back, each
as one service call. A step that the services refuse (the plan was submitted meanwhile,
a contact is gone) is shown and the history is dropped, since it no longer matches.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

Step = Callable[[], object]


class PlanEdit(QUndoCommand):
    """An edit already done once: ``redo`` repeats ``do``, ``undo`` runs ``undo``."""

    def __init__(self, text: str, do: Step, undo: Step, run: Callable[[Step], bool]) -> None:
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
