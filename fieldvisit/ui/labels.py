"""Translated names for stored codes and tables; storage codes are never shown."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from fieldvisit import i18n
from fieldvisit.domain import errors
from fieldvisit.domain.enums import MemberRole, WorkBase
from fieldvisit.domain.labels import label


def interface_language() -> str:
    """ "zh" or "en": the language the window speaks (set with its translations)."""
    return i18n.short_language(i18n.current_language())


def enum_label(member: StrEnum) -> str:
    """The label of a stored code (account type, tier, buying role, …) in the UI language.

    The bilingual wording lives once, in :mod:`fieldvisit.domain.labels`, shared with
    the printed reports.
    """
    return label(member, interface_language())


def role_label(role: MemberRole) -> str:
    return enum_label(role)


def work_base_label(work_base: WorkBase) -> str:
    return enum_label(work_base)


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


def error_line(error: errors.FieldVisitError) -> str:
    """Title and detail of a user-facing error on one line, punctuated for the language."""
    return i18n.titled(error_title(error), error.detail)


def error_title(error: errors.FieldVisitError) -> str:
    """The title of a user-facing error in the window's language, from the shared catalogue.

    Its detail stays as the service wrote it.
    """
    return error.translated_title(i18n.current_language())
