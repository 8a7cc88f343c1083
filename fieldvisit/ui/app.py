"""Start-up of the desktop application: translations, database, first run, main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

import fieldvisit
from fieldvisit import pyside_imports  # noqa: F401  (first: it speeds up the imports after it)
from fieldvisit.domain.errors import DatabaseOpenError, FieldVisitError
from fieldvisit.services.error_log import log, start_logging, stop_logging
from fieldvisit.services.team import current_user
from fieldvisit.storage.database import Database, default_data_dir
from fieldvisit.storage.migrate import open_database
from fieldvisit.ui.accounts import early_index
from fieldvisit.ui.backup_scheduler import AutoBackupScheduler
from fieldvisit.ui.crash import ExceptionHook
from fieldvisit.ui.events import DataEvents
from fieldvisit.ui.i18n import (
    apply_locale,
    choose_language,
    install_translations,
    register_bundled_fonts,
)
from fieldvisit.ui.labels import error_title
from fieldvisit.ui.main_window import MainWindow
from fieldvisit.ui.resources import resource_path

ORGANISATION = "FieldVisit"
APPLICATION = "FieldVisit"


def create_application(argv: list[str]) -> QApplication:
    """The process's QApplication (reused if one exists), named for QSettings."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    app.setApplicationVersion(fieldvisit.__version__)
    icon = QIcon(str(resource_path("icons", "fieldvisit.svg")))
    icon.addFile(str(resource_path("icons", "fieldvisit.png")))
    app.setWindowIcon(icon)
    return app


def show_startup_error(error: FieldVisitError) -> None:
    log.warning("start-up failed: %s", type(error).__name__)
    box = QMessageBox(QMessageBox.Icon.Critical, APPLICATION, "")
    box.setObjectName("startupError")
    box.setText(
        "<b>{}</b><br>{}".format(
            QCoreApplication.translate("Startup", "FieldVisit could not start."),
            error_title(error),
        )
    )
    box.setInformativeText(error.detail)
    box.exec()


def run_gui(db_target: str | None, argv: list[str]) -> int:
    """Create the QApplication, load translations, open the database, show the main window, exec."""
    app = create_application(argv)
    settings = QSettings(ORGANISATION, APPLICATION)
    language = choose_language(settings)
    install_translations(app, language)
    apply_locale(language)
    register_bundled_fonts(app)
    start_logging(None, default_data_dir())
    hook = ExceptionHook(app)
    hook.install()
    try:
        return _open_and_run(app, db_target, settings)
    finally:
        hook.uninstall()
        stop_logging()


def _open_and_run(app: QApplication, db_target: str | None, settings: QSettings) -> int:
    try:
        db = open_database(db_target)
    except FieldVisitError as exc:
        show_startup_error(exc)
        return 1
    except OSError as exc:
        show_startup_error(
            DatabaseOpenError(
                QCoreApplication.translate(
                    "Startup", "The database file cannot be used: {}"
                ).format(exc.strerror or exc)
            )
        )
        return 1
    start_logging(db.path, default_data_dir())
    log.info("FieldVisit %s started", fieldvisit.__version__)
    try:
        return _run_window(app, db, settings)
    except FieldVisitError as exc:
        show_startup_error(exc)
        return 1
    finally:
        db.close()


def _run_window(app: QApplication, db: Database, settings: QSettings) -> int:
    user = current_user(db)
    if user is None:
        from fieldvisit.ui.first_run import FirstRunDialog  # (joining a team: httpx)

        dialog = FirstRunDialog(db)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.member is None:
            return 0
        user = dialog.member
    events = DataEvents(app)
    window = MainWindow(db, user, events, settings)
    window.show()
    window.raise_()
    # The accounts list's index from the first idle moment: search is ready when the
    # user gets there. A change before that makes the list read afresh.
    QTimer.singleShot(0, lambda: early_index.read_soon(db))
    events.changed.connect(lambda _tables: early_index.forget(db))
    backups = AutoBackupScheduler(db, window.statusBar())
    backups.start()
    try:
        return app.exec()
    finally:
        backups.stop()


if __name__ == "__main__":
    sys.exit(run_gui(None, sys.argv))
