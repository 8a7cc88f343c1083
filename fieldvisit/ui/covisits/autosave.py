"""Never lose a word: each field is saved about a second after the last keystroke.

Pending edits are also written when focus moves, when the window closes, and at the
latest every few seconds during continuous typing. Each save is one small transaction
of just that field.

A save that meets a known environment problem (disk full, database locked, read-only)
stays pending: the text stays in its field (a reload does not overwrite it), the window
says "Not saved" and why, and the save is tried again at the next keystroke and on a
timer that backs off from one second to half a minute, until it succeeds.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from fieldvisit.domain.errors import FieldVisitError
from fieldvisit.domain.problems import Problem, problem_of

DEBOUNCE_MS = 1000
MAX_WAIT_S = 4.0
RETRY_FIRST_MS = 1000
RETRY_MAX_MS = 30_000
UNSAVED = "_unsaved"
"""Attribute set on a field whose text is not stored yet: :func:`set_text` leaves it."""


class AutoSaver(QObject):
    saved = Signal()
    failed = Signal(object)
    """A :class:`FieldVisitError` that retrying cannot cure; the edit was not kept."""
    not_saved = Signal(object)
    """A :class:`Problem`: the edit is kept and will be tried again."""
    refused = Signal(object)
    """A :class:`Problem` met by an immediate save (a click): it did not happen."""

    def __init__(self, parent: QObject | None = None, delay_ms: int = DEBOUNCE_MS) -> None:
        super().__init__(parent)
        self._pending: dict[QWidget, Callable[[], None]] = {}
        self._first_pending = 0.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self.flush)
        self.retry_ms = RETRY_FIRST_MS
        self.problem: Problem | None = None
        """Why the pending edits could not be saved, while they cannot."""
        self.enabled = True

    def bind_text(
        self, widget: QPlainTextEdit | QLineEdit, save: Callable[[str | None], None]
    ) -> None:
        """Save ``widget``'s text through ``save`` as the user types."""

        def current() -> None:
            text = widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()
            save(text)

        def changed(*_: object) -> None:
            if self.enabled and not getattr(widget, "_loading", False):
                self.schedule(widget, current)

        widget.textChanged.connect(changed)
        widget.installEventFilter(self)

    def schedule(self, widget: QWidget, save: Callable[[], None]) -> None:
        if not self._pending:
            self._first_pending = time.monotonic()
        self._pending[widget] = save
        setattr(widget, UNSAVED, True)
        # While a problem lasts, typing retries after the usual pause, not at every key.
        if self.problem is None and time.monotonic() - self._first_pending >= MAX_WAIT_S:
            self.flush()
        else:
            self._timer.start()

    def run(self, save: Callable[[], object]) -> bool:
        """Save at once (a click on a rating, a date): pending text first, in order."""
        self.flush()
        outcome = self._call(save)
        if outcome is None:
            self._report_success()
        elif isinstance(outcome, Problem):
            self.refused.emit(outcome)
        return outcome is None

    def flush(self) -> None:
        """Write every pending edit; those that meet a known problem stay pending."""
        self._timer.stop()
        self._retry.stop()
        pending, self._pending = self._pending, {}
        problems: list[Problem] = []
        dropped = False
        bug: Exception | None = None
        for widget, save in pending.items():
            try:
                outcome = self._call(save)
            except Exception as exc:  # a bug: the others are still written
                outcome, bug = None, bug or exc
            if isinstance(outcome, Problem):
                problems.append(outcome)
                self._pending.setdefault(widget, save)
            else:
                dropped = dropped or outcome is not None
                setattr(widget, UNSAVED, False)
        if problems:
            self._first_pending = time.monotonic()
            self.problem = problems[0]
            self._retry.start(self.retry_ms)
            self.retry_ms = min(self.retry_ms * 2, RETRY_MAX_MS)
            self.not_saved.emit(self.problem)
        elif pending and not dropped and bug is None:
            self._report_success()
        if bug is not None:
            raise bug

    def _report_success(self) -> None:
        self.problem = None
        self.retry_ms = RETRY_FIRST_MS
        self.saved.emit()

    def has_pending(self) -> bool:
        return bool(self._pending)

    def _call(self, save: Callable[[], object]) -> Problem | FieldVisitError | None:
        """``None`` when saved; the problem to retry; or the error that drops the edit."""
        try:
            save()
        except Exception as exc:
            problem = problem_of(exc)
            if problem is not None:
                return problem
            if isinstance(exc, FieldVisitError):
                self.failed.emit(exc)
                return exc
            raise
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and self._pending:
            self.flush()
        return False


def set_text(widget: QPlainTextEdit | QLineEdit, text: str | None) -> None:
    """Show stored text without it counting as typing; text not saved yet is left alone."""
    if getattr(widget, UNSAVED, False):
        return
    widget._loading = True  # type: ignore[union-attr]
    try:
        current = widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()
        if current != (text or ""):
            if isinstance(widget, QPlainTextEdit):
                widget.setPlainText(text or "")
            else:
                widget.setText(text or "")
    finally:
        widget._loading = False  # type: ignore[union-attr]
