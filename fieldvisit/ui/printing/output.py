"""Save as PDF (the file dialog, the atomic write) and telling the user what went wrong."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from fieldvisit.domain.errors import FieldVisitError
from fieldvisit.storage.files import write_atomically
from fieldvisit.ui.labels import error_title
from fieldvisit.ui.printing.files import os_reason, with_pdf_suffix

FOLDER_KEY = "print/folder"


def last_folder(settings: QSettings) -> Path:
    """Where the last PDF was saved, else the user's Documents folder."""
    saved = settings.value(FOLDER_KEY, "", str)
    if isinstance(saved, str) and saved and Path(saved).is_dir():
        return Path(saved)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents else Path.home()


def remember_folder(settings: QSettings, folder: Path) -> None:
    settings.setValue(FOLDER_KEY, str(folder))


def ask_pdf_path(parent: QWidget, suggested: str, settings: QSettings) -> Path | None:
    """The system's Save dialog, opened on the last folder with ``suggested`` filled in."""
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Printing", "Save as PDF"),
        str(last_folder(settings) / suggested),
        QCoreApplication.translate("Printing", "PDF documents (*.pdf)"),
    )
    if not chosen:
        return None
    return with_pdf_suffix(Path(chosen))


def write_pdf(parent: QWidget, target: Path, data: bytes, settings: QSettings) -> bool:
    """Write ``data`` to ``target`` whole; on failure say why, naming the file."""
    try:
        write_atomically(target, data)
    except OSError as exc:
        show_message(
            parent,
            "saveFailed",
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("Printing", "“{file}” could not be saved.").format(
                file=target.name
            ),
            QCoreApplication.translate("Printing", "{reason}\n\nFolder: {folder}").format(
                reason=os_reason(exc), folder=target.parent
            ),
        )
        return False
    remember_folder(settings, target.parent)
    return True


def describe_error(error: object) -> tuple[str, str]:
    """A translated title and the detail for an exception raised while rendering."""
    if isinstance(error, FieldVisitError):
        return error_title(error), error.detail
    if isinstance(error, OSError):
        return QCoreApplication.translate(
            "Printing", "The operating system reported an error"
        ), os_reason(error)
    return QCoreApplication.translate(
        "Printing", "Unexpected error"
    ), f"{type(error).__name__}: {error}"


def show_render_error(parent: QWidget, error: object) -> QMessageBox:
    title, detail = describe_error(error)
    return show_message(
        parent,
        "documentFailed",
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Printing", "The document could not be prepared.")
        + f"\n\n{title}",
        detail,
    )


def show_message(
    parent: QWidget, name: str, icon: QMessageBox.Icon, text: str, detail: str = ""
) -> QMessageBox:
    """A window-modal message that does not block the event loop."""
    box = QMessageBox(
        icon, QCoreApplication.translate("Printing", "Printed reports"), text, parent=parent
    )
    box.setObjectName(name)
    box.setInformativeText(detail)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.finished.connect(box.deleteLater)
    box.open()
    return box
