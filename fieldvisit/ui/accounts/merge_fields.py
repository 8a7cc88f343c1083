"""Field names, row counts and values as the merge dialogs show them."""

from __future__ import annotations

import uuid
from datetime import date
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from fieldvisit.services.accounts.trash import TrashKind
from fieldvisit.ui.labels import enum_label

EMPTY = "—"
SHORT_TEXT = 60


def field_label(kind: TrashKind, name: str) -> str:
    labels = account_labels() if kind is TrashKind.ACCOUNT else stakeholder_labels()
    return labels.get(name, name)


def account_labels() -> dict[str, str]:
    return {
        "name": QCoreApplication.translate("MergeDialog", "Name"),
        "account_type": QCoreApplication.translate("MergeDialog", "Type"),
        "province": QCoreApplication.translate("MergeDialog", "Province"),
        "city": QCoreApplication.translate("MergeDialog", "City"),
        "address": QCoreApplication.translate("MergeDialog", "Address"),
        "postal_code": QCoreApplication.translate("MergeDialog", "Postal code"),
        "phone": QCoreApplication.translate("MergeDialog", "Phone"),
        "fax": QCoreApplication.translate("MergeDialog", "Fax"),
        "website": QCoreApplication.translate("MergeDialog", "Website"),
        "legal_representative": QCoreApplication.translate("MergeDialog", "Legal representative"),
        "key_staff": QCoreApplication.translate("MergeDialog", "Key staff"),
        "outlets": QCoreApplication.translate("MergeDialog", "Outlets and branches"),
        "business_scale": QCoreApplication.translate("MergeDialog", "Business scale"),
        "category_capacity_cents": QCoreApplication.translate(
            "MergeDialog", "Category sales capacity"
        ),
        "house_rules": QCoreApplication.translate("MergeDialog", "House rules"),
        "owner_id": QCoreApplication.translate("MergeDialog", "Our owner"),
        "their_handler": QCoreApplication.translate("MergeDialog", "Their handler"),
        "business_began_on": QCoreApplication.translate("MergeDialog", "Business began on"),
        "supply_agreement_terms": QCoreApplication.translate(
            "MergeDialog", "Supply agreement terms"
        ),
        "status": QCoreApplication.translate("MergeDialog", "Status"),
        "tier": QCoreApplication.translate("MergeDialog", "Tier"),
        "sub_tier": QCoreApplication.translate("MergeDialog", "Sub-tier"),
        "volume_band": QCoreApplication.translate("MergeDialog", "Volume band (532)"),
        "key_account_level": QCoreApplication.translate("MergeDialog", "Key-account level"),
        "man_money": QCoreApplication.translate("MergeDialog", "M-A-N: money"),
        "man_authority": QCoreApplication.translate("MergeDialog", "M-A-N: authority"),
        "man_need": QCoreApplication.translate("MergeDialog", "M-A-N: need"),
        "man_grade": QCoreApplication.translate("MergeDialog", "M-A-N grade"),
        "early_tier": QCoreApplication.translate("MergeDialog", "Early tier"),
        "early_classification_notes": QCoreApplication.translate(
            "MergeDialog", "Early classification notes"
        ),
        "credit_capital": QCoreApplication.translate("MergeDialog", "Credit: capital"),
        "credit_character": QCoreApplication.translate("MergeDialog", "Credit: character"),
        "credit_capacity": QCoreApplication.translate("MergeDialog", "Credit: capacity"),
        "credit_collateral": QCoreApplication.translate("MergeDialog", "Credit: collateral"),
        "credit_conditions": QCoreApplication.translate("MergeDialog", "Credit: conditions"),
        "credit_grade": QCoreApplication.translate("MergeDialog", "Credit grade"),
        "credit_limit_cents": QCoreApplication.translate("MergeDialog", "Credit limit"),
        "brands_carried": QCoreApplication.translate("MergeDialog", "Brands carried"),
        "settlement_timing": QCoreApplication.translate("MergeDialog", "Settlement timing"),
        "settlement_method": QCoreApplication.translate("MergeDialog", "Settlement method"),
        "invoice_type": QCoreApplication.translate("MergeDialog", "Invoice type"),
        "settlement_procedure": QCoreApplication.translate("MergeDialog", "Settlement procedure"),
        "settlement_contact": QCoreApplication.translate("MergeDialog", "Settlement contact"),
        "delivery_requirements": QCoreApplication.translate("MergeDialog", "Delivery requirements"),
        "after_sales_service": QCoreApplication.translate("MergeDialog", "After-sales service"),
        "buying_stage": QCoreApplication.translate("MergeDialog", "Buying stage"),
        "notes": QCoreApplication.translate("MergeDialog", "Notes"),
    }


def stakeholder_labels() -> dict[str, str]:
    return {
        "name": QCoreApplication.translate("MergeDialog", "Name"),
        "title": QCoreApplication.translate("MergeDialog", "Title"),
        "department": QCoreApplication.translate("MergeDialog", "Department"),
        "mobile": QCoreApplication.translate("MergeDialog", "Mobile"),
        "office_phone": QCoreApplication.translate("MergeDialog", "Office phone"),
        "email": QCoreApplication.translate("MergeDialog", "Email"),
        "wechat": QCoreApplication.translate("MergeDialog", "WeChat"),
        "address": QCoreApplication.translate("MergeDialog", "Address"),
        "org_level": QCoreApplication.translate("MergeDialog", "Level"),
        "org_function": QCoreApplication.translate("MergeDialog", "Function"),
        "key_customer_level": QCoreApplication.translate("MergeDialog", "Key-customer level"),
        "values_style": QCoreApplication.translate("MergeDialog", "Values"),
        "thinking_preference": QCoreApplication.translate("MergeDialog", "Thinking preference"),
        "adoption_stage": QCoreApplication.translate("MergeDialog", "Adoption stage"),
        "trust_rely": QCoreApplication.translate("MergeDialog", "Trust: can rely on us"),
        "trust_honest": QCoreApplication.translate("MergeDialog", "Trust: honest"),
        "trust_sensitive": QCoreApplication.translate("MergeDialog", "Trust: sensitive to needs"),
        "trust_capable": QCoreApplication.translate("MergeDialog", "Trust: capable"),
        "trust_like": QCoreApplication.translate("MergeDialog", "Trust: likes us"),
        "ended_on": QCoreApplication.translate("MergeDialog", "Left the role on"),
        "notes": QCoreApplication.translate("MergeDialog", "Notes"),
    }


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
        return QLocale().toString(
            QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat
        )
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
