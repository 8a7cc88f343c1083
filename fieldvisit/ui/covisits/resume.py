"""Open co-visit windows, and reopening the one that was open when the app died."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QWidget

from fieldvisit.domain.errors import FieldVisitError
from fieldvisit.storage.database import Database
from fieldvisit.ui.covisits.window import FOCUS_KEY, OPEN_KEY, POSITION_KEY, CoVisitWindow
from fieldvisit.ui.events import DataEvents

_OPEN: dict[uuid.UUID, CoVisitWindow] = {}


def open_covisit_window(
    parent: QWidget | None,
    db: Database,
    events: DataEvents,
    settings: QSettings,
    covisit_id: uuid.UUID,
) -> CoVisitWindow:
    """The co-visit's window, raised if already open."""
    window = _OPEN.get(covisit_id)
    if window is not None:
        try:
            window.raise_()
            window.activateWindow()
            return window
        except RuntimeError:  # deleted
            _OPEN.pop(covisit_id, None)
    window = CoVisitWindow(db, events, settings, covisit_id, parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.destroyed.connect(lambda *_: _OPEN.pop(covisit_id, None))
    _OPEN[covisit_id] = window
    window.show()
    return window


def resume_covisit_if_interrupted(
    parent: QWidget | None, db: Database, events: DataEvents, settings: QSettings
) -> CoVisitWindow | None:
    """After a crash or power cut, reopen the co-visit that was open, at the same step and field.

    Safe to call more than once (an open window is only raised).
    """
    raw = str(settings.value(OPEN_KEY, "", str) or "")
    if not raw:
        return None
    # Read where the manager was before the window opens (opening records its first step).
    position = str(settings.value(POSITION_KEY, "before", str) or "before")
    focus = str(settings.value(FOCUS_KEY, "", str) or "")
    try:
        covisit_id = uuid.UUID(raw)
        window = open_covisit_window(parent, db, events, settings, covisit_id)
    except (ValueError, FieldVisitError):
        settings.remove(OPEN_KEY)
        return None
    window.go_to(position)
    if focus:
        window.restore_focus(focus)
    return window
