"""Unknown errors never vanish: an excepthook logs them and shows the crash dialog.

PySide6 hands exceptions raised in slots, timers and event overrides to
:data:`sys.excepthook`, so one hook catches them all; threads come through
:data:`threading.excepthook`. Known environment problems (a full or read-only disk, a
locked database) and FieldVisit's own errors get a short message instead of the crash
dialog. Neither the log nor any dialog shows an exception's message: see
:func:`fieldvisit.services.error_log.scrubbed_details`.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from fieldvisit.domain.errors import FieldVisitError
from fieldvisit.domain.labels import problem_advice
from fieldvisit.domain.problems import Problem, problem_of
from fieldvisit.services.error_log import log_exception, log_file, scrubbed_details
from fieldvisit.ui.labels import enum_label, error_title
from fieldvisit.ui.widgets import named

EXIT_CRASH = 70  # EX_SOFTWARE


def problem_text(problem: Problem) -> str:
    """What happened and what to do, as one or two sentences."""
    reason = enum_label(problem)
    return QCoreApplication.translate("Crash", "{reason}. {advice}").format(
        reason=reason[:1].upper() + reason[1:], advice=problem_advice(problem)
    )


def known_message(exc: BaseException) -> tuple[str, str] | None:
    """Title and text for an error the user can act on, or ``None`` for a bug."""
    problem = problem_of(exc)
    if problem is not None:
        title = QCoreApplication.translate("Crash", "FieldVisit could not use its data")
        return title, problem_text(problem)
    if isinstance(exc, FieldVisitError):
        return error_title(exc), exc.detail
    return None


class CrashDialog(QDialog):
    """What happened in plain words, where the log is, the details to copy; Close or Quit."""

    def __init__(self, details: str, log: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("FieldVisit met an unexpected error"))
        self.details = details
        self.log = log
        intro = QLabel(
            self.tr(
                "Something went wrong inside FieldVisit. This is a fault in the program, "
                "not in what you did. What was saved before is safe; the last change may "
                "not have been saved. You can go on working, or quit and start again."
            )
        )
        intro.setWordWrap(True)
        where = (
            self.tr("The details were written to the log: {location}").format(location=log)
            if log is not None
            else self.tr("No log file is kept in this session.")
        )
        self.where = named(QLabel(where), "crashLogLocation")
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text = named(QPlainTextEdit(details), "crashDetails", self.tr("Error details"))
        self.text.setReadOnly(True)

        self.open_button = named(QPushButton(self.tr("Open log folder")), "crashOpenLog")
        self.open_button.setEnabled(log is not None)
        self.copy_button = named(QPushButton(self.tr("Copy details")), "crashCopy")
        self.quit_button = named(QPushButton(self.tr("Quit FieldVisit")), "crashQuit")
        self.close_button = named(QPushButton(self.tr("Close")), "crashClose")
        self.close_button.setDefault(True)
        self.open_button.clicked.connect(self.open_log_folder)
        self.copy_button.clicked.connect(self.copy_details)
        self.quit_button.clicked.connect(self.quit_app)
        self.close_button.clicked.connect(self.accept)

        buttons = QHBoxLayout()
        for button in (self.open_button, self.copy_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.quit_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.where)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)
        self.resize(620, 420)

    def copy_details(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self.details)
        self.copy_button.setText(self.tr("Copied"))

    def open_log_folder(self) -> bool:
        if self.log is None:
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log.parent)))

    def quit_app(self) -> None:
        self.reject()
        QCoreApplication.exit(EXIT_CRASH)


class ExceptionHook(QObject):
    """Installs itself as ``sys.excepthook`` and ``threading.excepthook``; undo with
    :meth:`uninstall`. Errors from other threads are shown on the GUI thread."""

    _from_thread = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.shown: QDialog | None = None
        self._previous: tuple[Callable[..., Any], Callable[..., Any]] | None = None
        self._from_thread.connect(self._show)

    def install(self) -> None:
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous
            self._previous = None

    def handle(
        self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        if exc.__traceback__ is None:
            exc = exc.with_traceback(tb)
        log_exception(exc, "unhandled error")
        if threading.current_thread() is threading.main_thread():
            self._show(exc)
        else:
            self._from_thread.emit(exc)

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        log_exception(args.exc_value, f"unhandled error in a thread ({args.exc_type.__name__})")
        self._from_thread.emit(args.exc_value)

    def _show(self, exc: BaseException) -> None:
        shown = self.shown
        if shown is not None and Shiboken.isValid(shown) and shown.isVisible():
            return  # one dialog at a time; the rest are in the log
        app = QApplication.instance()
        if not isinstance(app, QApplication) or app.closingDown():
            print(scrubbed_details(exc), file=sys.stderr)  # no window to show it in
            return
        parent = app.activeWindow()
        known = known_message(exc)
        dialog: QDialog
        if known is not None:
            box = QMessageBox(QMessageBox.Icon.Warning, known[0], known[1], parent=parent)
            box.setObjectName("problemMessage")
            dialog = box
        else:
            dialog = CrashDialog(scrubbed_details(exc), log_file(), parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._forget)
        self.shown = dialog
        dialog.open()

    def _forget(self) -> None:
        self.shown = None
