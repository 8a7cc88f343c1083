"""Never lose a word: each field is saved about a second after the last keystroke.

Pending edits are also written when focus moves, when the window closes, and at the
latest every few seconds during continuous typing. Each save is one small transaction
of just that field.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from fieldvisit.domain.errors import FieldVisitError

DEBOUNCE_MS = 1000
MAX_WAIT_S = 4.0


class AutoSaver(QObject):
    saved = Signal()
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None, delay_ms: int = DEBOUNCE_MS) -> None:
        super().__init__(parent)
        self._pending: dict[QWidget, Callable[[], None]] = {}
        self._first_pending = 0.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)
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
        if time.monotonic() - self._first_pending >= MAX_WAIT_S:
            self.flush()
        else:
            self._timer.start()

    def run(self, save: Callable[[], object]) -> bool:
        """Save at once (a click on a rating, a date): pending text first, in order."""
        self.flush()
        ok = self._call(save)
        if ok:
            self.saved.emit()
        return ok

    def flush(self) -> None:
        self._timer.stop()
        pending, self._pending = self._pending, {}
        ok = all([self._call(save) for save in pending.values()])
        if pending and ok:
            self.saved.emit()

    def has_pending(self) -> bool:
        return bool(self._pending)

    def _call(self, save: Callable[[], object]) -> bool:
        try:
            save()
        except FieldVisitError as error:
            self.failed.emit(error)
            return False
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and self._pending:
            self.flush()
        return False


def set_text(widget: QPlainTextEdit | QLineEdit, text: str | None) -> None:
    """Show stored text without it counting as typing."""
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
