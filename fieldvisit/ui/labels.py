"""Translated names for stored codes and tables; storage codes are never shown."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QLocale

from fieldvisit.domain import errors
from fieldvisit.domain.enums import MemberRole, WorkBase
from fieldvisit.domain.labels import label


def interface_language() -> str:
    """ "zh" or "en": the language dates, numbers and data labels are shown in."""
    return "zh" if QLocale().name().lower().startswith("zh") else "en"


def enum_label(member: StrEnum) -> str:
    """The label of a stored code (account type, tier, buying role, …) in the UI language.

    The bilingual wording lives once, in :mod:`fieldvisit.domain.labels`, shared with
    the printed reports.
    """
    return label(member, interface_language())


def role_label(role: MemberRole) -> str:
    if role is MemberRole.MANAGER:
        return QCoreApplication.translate("Labels", "First-line manager")
    return QCoreApplication.translate("Labels", "Sales rep")


def work_base_label(work_base: WorkBase) -> str:
    if work_base is WorkBase.HOME:
        return QCoreApplication.translate("Labels", "Home-based")
    return QCoreApplication.translate("Labels", "Office-based")


def table_label(table: str) -> str:
    """What a row of ``table`` is called, in the plural, as a caption under its count."""
    labels = {
        "account": QCoreApplication.translate("Labels", "Accounts"),
        "stakeholder": QCoreApplication.translate("Labels", "Stakeholders"),
        "contact_record": QCoreApplication.translate("Labels", "Contact records"),
        "promise": QCoreApplication.translate("Labels", "Promises"),
        "monthly_plan": QCoreApplication.translate("Labels", "Monthly plans"),
        "planned_contact": QCoreApplication.translate("Labels", "Planned contacts"),
        "frequency_policy": QCoreApplication.translate("Labels", "Frequency policies"),
        "covisit": QCoreApplication.translate("Labels", "Co-visits"),
        "covisit_call": QCoreApplication.translate("Labels", "Co-visit calls"),
        "action_item": QCoreApplication.translate("Labels", "Action items"),
        "summary_report": QCoreApplication.translate("Labels", "Summary reports"),
    }
    return labels.get(table, table)


def error_title(error: errors.FieldVisitError) -> str:
    """The translated title of a user-facing error; its detail stays as the service wrote it."""
    titles: list[tuple[type[errors.FieldVisitError], str]] = [
        (
            errors.NotADatabaseError,
            QCoreApplication.translate("Errors", "Not a FieldVisit database"),
        ),
        (
            errors.ForeignDatabaseError,
            QCoreApplication.translate("Errors", "Not a FieldVisit database"),
        ),
        (
            errors.CorruptDatabaseError,
            QCoreApplication.translate("Errors", "The database is damaged"),
        ),
        (
            errors.NewerDatabaseError,
            QCoreApplication.translate("Errors", "Database from a newer FieldVisit"),
        ),
        (
            errors.DatabaseLockedError,
            QCoreApplication.translate("Errors", "The database is in use"),
        ),
        (
            errors.DatabaseOpenError,
            QCoreApplication.translate("Errors", "Cannot open the database"),
        ),
        (errors.MigrationError, QCoreApplication.translate("Errors", "Database upgrade failed")),
        (errors.BackupError, QCoreApplication.translate("Errors", "Backup or restore failed")),
        (errors.NotFoundError, QCoreApplication.translate("Errors", "Not found")),
        (errors.ValidationError, QCoreApplication.translate("Errors", "Please check this value")),
    ]
    for kind, title in titles:
        if type(error) is kind:
            return title
    return error.title
