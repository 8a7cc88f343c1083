"""Field names, row counts and values as the merge dialogs show them."""

from __future__ import annotations

import uuid
from datetime import date
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QLocale

from fieldvisit.domain.fields import account as account_fields
from fieldvisit.domain.fields import stakeholder as stakeholder_fields
from fieldvisit.services.accounts.trash import TrashKind
from fieldvisit.ui.dates import date_text
from fieldvisit.ui.labels import enum_label, interface_language

EMPTY = "—"
SHORT_TEXT = 60


def field_label(kind: TrashKind, name: str) -> str:
    labels = account_labels() if kind is TrashKind.ACCOUNT else stakeholder_labels()
    return labels.get(name, name)


def account_labels() -> dict[str, str]:
    """Each card field's label, as declared once in :mod:`fieldvisit.domain.fields.account`."""
    lang = interface_language()
    return {s.attr: s.label.plain(lang) for s in account_fields.ACCOUNT_FIELDS}


def stakeholder_labels() -> dict[str, str]:
    """Each field of a person, as declared in :mod:`fieldvisit.domain.fields.stakeholder`."""
    lang = interface_language()
    return {s.attr: s.label.plain(lang) for s in stakeholder_fields.STAKEHOLDER_FIELDS}


def count_text(table: str, n: int) -> str:
    """ "34 contact records": what moves, in words."""
    if table == "contact_record":
        return (
            QCoreApplication.translate("MergeDialog", "1 contact record")
            if n == 1
            else QCoreApplication.translate("MergeDialog", "{n} contact records").format(n=n)
        )
    if table == "promise":
        return (
            QCoreApplication.translate("MergeDialog", "1 promise")
            if n == 1
            else QCoreApplication.translate("MergeDialog", "{n} promises").format(n=n)
        )
    if table == "stakeholder":
        return (
            QCoreApplication.translate("MergeDialog", "1 stakeholder")
            if n == 1
            else QCoreApplication.translate("MergeDialog", "{n} stakeholders").format(n=n)
        )
    if table == "planned_contact":
        return (
            QCoreApplication.translate("MergeDialog", "1 planned contact")
            if n == 1
            else QCoreApplication.translate("MergeDialog", "{n} planned contacts").format(n=n)
        )
    if table == "covisit_call":
        return (
            QCoreApplication.translate("MergeDialog", "1 co-visit call")
            if n == 1
            else QCoreApplication.translate("MergeDialog", "{n} co-visit calls").format(n=n)
        )
    if table == "attachment":
        return (
            QCoreApplication.translate("MergeDialog", "1 attachment")
            if n == 1
            else QCoreApplication.translate("MergeDialog", "{n} attachments").format(n=n)
        )
    if table == "price_change":
        return (
            QCoreApplication.translate("MergeDialog", "1 price change")
            if n == 1
            else QCoreApplication.translate("MergeDialog", "{n} price changes").format(n=n)
        )
    if table == "complaint":
        return (
            QCoreApplication.translate("MergeDialog", "1 complaint")
            if n == 1
            else QCoreApplication.translate("MergeDialog", "{n} complaints").format(n=n)
        )
    if table == "buying_project":
        return (
            QCoreApplication.translate("MergeDialog", "1 buying project")
            if n == 1
            else QCoreApplication.translate("MergeDialog", "{n} buying projects").format(n=n)
        )
    if table == "key_account_plan":
        return (
            QCoreApplication.translate("MergeDialog", "1 key-account plan")
            if n == 1
            else QCoreApplication.translate("MergeDialog", "{n} key-account plans").format(n=n)
        )
    if table == "stakeholder_move":
        return (
            QCoreApplication.translate("MergeDialog", "1 account change")
            if n == 1
            else QCoreApplication.translate("MergeDialog", "{n} account changes").format(n=n)
        )
    if table == "period_contribution":
        return (
            QCoreApplication.translate("MergeDialog", "1 period contribution")
            if n == 1
            else QCoreApplication.translate("MergeDialog", "{n} period contributions").format(n=n)
        )
    if table == "relationship_grade":
        return (
            QCoreApplication.translate("MergeDialog", "1 relationship grading")
            if n == 1
            else QCoreApplication.translate("MergeDialog", "{n} relationship gradings").format(n=n)
        )
    if table == "record_stakeholder":
        return (
            QCoreApplication.translate("MergeDialog", "1 contact record")
            if n == 1
            else QCoreApplication.translate("MergeDialog", "{n} contact records").format(n=n)
        )
    if table == "covisit_call_stakeholder":
        return (
            QCoreApplication.translate("MergeDialog", "1 co-visit call")
            if n == 1
            else QCoreApplication.translate("MergeDialog", "{n} co-visit calls").format(n=n)
        )
    if table == "stakeholder_role":
        return (
            QCoreApplication.translate("MergeDialog", "1 buying role")
            if n == 1
            else QCoreApplication.translate("MergeDialog", "{n} buying roles").format(n=n)
        )
    return QCoreApplication.translate("MergeDialog", "{n} rows of {table}").format(n=n, table=table)


def value_text(name: str, value: object) -> str:
    """A stored value as the user reads it, on one line."""
    if value is None or value == "" or value == []:
        return EMPTY
    if isinstance(value, StrEnum):
        return enum_label(value)
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("MergeDialog", "Yes")
            if value
            else QCoreApplication.translate("MergeDialog", "No")
        )
    if isinstance(value, date):
        return date_text(value)
    if isinstance(value, int):
        if name.endswith("_cents"):
            return "¥" + QLocale().toString(value / 100, "f", 2)
        return QLocale().toString(value)
    if isinstance(value, uuid.UUID):
        return str(value)
    text = " ".join(str(value).split())
    return text if len(text) <= SHORT_TEXT else text[: SHORT_TEXT - 1] + "…"


def full_text(value: object) -> str:
    """The whole value for a tooltip, line breaks kept."""
    return str(value) if isinstance(value, str) else ""
