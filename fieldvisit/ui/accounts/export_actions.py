"""Exporting the current account list (.xlsx/.csv) or stakeholders (.vcf): ask, run, tell."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from fieldvisit.i18n import titled
from fieldvisit.services.import_export import (
    ExportResult,
    VCardExportResult,
    export_accounts,
    export_vcards,
)
from fieldvisit.storage.database import Database
from fieldvisit.ui.cancellable_run import CancellableRun
from fieldvisit.ui.labels import interface_language


def _documents() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder or Path.home())


def _tell(parent: QWidget, title: str, text: str, *, error: bool = False) -> QMessageBox:
    icon = QMessageBox.Icon.Critical if error else QMessageBox.Icon.Information
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("exportMessage")
    box.finished.connect(box.deleteLater)
    box.open()
    return box


def _on_failure(run: CancellableRun, parent: QWidget, title: str) -> None:
    def failed(error_title: str, detail: str) -> None:
        _tell(parent, title, titled(error_title, detail), error=True)
        run.deleteLater()

    run.failed.connect(failed)


def export_accounts_dialog(
    parent: QWidget, db: Database, account_ids: Sequence[uuid.UUID]
) -> CancellableRun | None:
    """Ask where to save the accounts ``account_ids`` (in that order) and export them.

    Returns the running export, or ``None`` when the user cancelled the file dialog.
    """
    xlsx = QCoreApplication.translate("ExportActions", "Excel workbook (*.xlsx)")
    utf8 = QCoreApplication.translate("ExportActions", "CSV, UTF-8 (*.csv)")
    gbk = QCoreApplication.translate("ExportActions", "CSV, GBK for Chinese Excel (*.csv)")
    title = QCoreApplication.translate("ExportActions", "Export accounts")
    default = _documents() / (QCoreApplication.translate("ExportActions", "accounts") + ".xlsx")
    path_text, chosen = QFileDialog.getSaveFileName(
        parent, title, str(default), ";;".join((xlsx, utf8, gbk)), xlsx
    )
    if not path_text:
        return None
    path = Path(path_text)
    if chosen == xlsx and path.suffix.lower() != ".xlsx":
        path = path.with_suffix(".xlsx")
    elif chosen in (utf8, gbk) and path.suffix.lower() != ".csv":
        path = path.with_suffix(".csv")
    encoding = "gbk" if chosen == gbk else "utf-8"
    lang = interface_language()
    ids = list(account_ids)
    run = CancellableRun(
        parent, title, QCoreApplication.translate("ExportActions", "Exporting accounts…")
    )

    def done(result: object) -> None:
        assert isinstance(result, ExportResult)
        _tell(
            parent,
            title,
            QCoreApplication.translate(
                "ExportActions",
                "{accounts} accounts with {people} stakeholders were saved to {path}.",
            ).format(accounts=result.accounts, people=result.stakeholders, path=result.path),
        )
        run.deleteLater()

    run.succeeded.connect(done)
    _on_failure(run, parent, title)
    run.cancelled.connect(run.deleteLater)
    run.start(
        lambda progress: export_accounts(
            db, ids, path, lang=lang, encoding=encoding, progress=progress
        )
    )
    return run


def export_vcards_dialog(
    parent: QWidget, db: Database, account_id: uuid.UUID | None, *, with_birthday: bool = False
) -> CancellableRun | None:
    """Save the stakeholders of ``account_id`` (all when ``None``) as a vCard 3.0 file.

    Birthdays (personal profile) are only written with ``with_birthday=True``.
    """
    title = QCoreApplication.translate("ExportActions", "Export contacts")
    default = _documents() / (QCoreApplication.translate("ExportActions", "contacts") + ".vcf")
    path_text, _ = QFileDialog.getSaveFileName(
        parent,
        title,
        str(default),
        QCoreApplication.translate("ExportActions", "vCard contacts (*.vcf)"),
    )
    if not path_text:
        return None
    path = Path(path_text)
    if path.suffix.lower() != ".vcf":
        path = path.with_suffix(".vcf")
    ids = None if account_id is None else [account_id]
    run = CancellableRun(
        parent, title, QCoreApplication.translate("ExportActions", "Exporting contacts…")
    )

    def done(result: object) -> None:
        assert isinstance(result, VCardExportResult)
        _tell(
            parent,
            title,
            QCoreApplication.translate(
                "ExportActions", "{count} contacts were saved to {path}."
            ).format(count=result.contacts, path=result.path),
        )
        run.deleteLater()

    run.succeeded.connect(done)
    _on_failure(run, parent, title)
    run.cancelled.connect(run.deleteLater)
    run.start(lambda _progress: export_vcards(db, path, ids, with_birthday=with_birthday))
    return run
