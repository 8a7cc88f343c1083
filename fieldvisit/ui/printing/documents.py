"""The six printable documents: their names in the interface and what one print job asks for."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QCoreApplication

from fieldvisit.clock import local_zone
from fieldvisit.domain.enums import ContactMethod, CoVisitType, PeriodKind
from fieldvisit.services.reporting import PrintOptions, render_document
from fieldvisit.services.reporting.catalog import AccountItem, CoVisitItem, RecordItem
from fieldvisit.services.reporting.lookup import period_bounds
from fieldvisit.storage.database import Database
from fieldvisit.ui.dates import date_text, datetime_text
from fieldvisit.ui.labels import enum_label
from fieldvisit.ui.printing.files import pdf_name

COVISIT = "covisit"
RECORD = "record"
ACCOUNT = "account"
PLAN = "plan"
SUMMARY = "summary"
TEAM = "team"
PAPERS = ("a4", "letter")
SUMMARY_PERIODS = (PeriodKind.WEEK, PeriodKind.MONTH, PeriodKind.YEAR)


@dataclass(frozen=True, slots=True)
class DocumentKind:
    key: str
    name: str
    description: str


def document_kinds() -> list[DocumentKind]:
    """The documents in the order the Reports page lists them, named in the UI language."""
    return [
        DocumentKind(
            COVISIT,
            QCoreApplication.translate("Documents", "Co-visit handout"),
            QCoreApplication.translate(
                "Documents",
                "The co-visit report to hand to the rep: calls, feedback, ratings, action plan.",
            ),
        ),
        DocumentKind(
            RECORD,
            QCoreApplication.translate("Documents", "Contact record"),
            QCoreApplication.translate(
                "Documents",
                "One contact with an account: objectives, content, lessons and promises.",
            ),
        ),
        DocumentKind(
            ACCOUNT,
            QCoreApplication.translate("Documents", "Customer card"),
            QCoreApplication.translate(
                "Documents",
                "Everything known about an account, its stakeholders and recent contacts.",
            ),
        ),
        DocumentKind(
            PLAN,
            QCoreApplication.translate("Documents", "Monthly visit plan"),
            QCoreApplication.translate(
                "Documents",
                "A rep's calendar for a month, with planned against done for each account.",
            ),
        ),
        DocumentKind(
            SUMMARY,
            QCoreApplication.translate("Documents", "Customer management summary"),
            QCoreApplication.translate(
                "Documents",
                "A rep's weekly, monthly or yearly report: plans done, in progress and new.",
            ),
        ),
        DocumentKind(
            TEAM,
            QCoreApplication.translate("Documents", "Team co-visit summary"),
            QCoreApplication.translate(
                "Documents", "A manager's month: co-visits with each rep, ratings and open actions."
            ),
        ),
    ]


def call_type_label(call_type: CoVisitType) -> str:
    """The same label as on paper and in the command line (one catalogue)."""
    return enum_label(call_type)


def method_label(method: ContactMethod) -> str:
    return enum_label(method)


def period_label(kind: PeriodKind) -> str:
    return enum_label(kind)


def paper_label(paper: str) -> str:
    return {
        "a4": QCoreApplication.translate("Documents", "A4"),
        "letter": QCoreApplication.translate("Documents", "US Letter"),
    }[paper]


@dataclass(frozen=True, slots=True)
class DocumentRequest:
    """One document to render: which, about what, how; and the file name to suggest."""

    kind: str
    options: PrintOptions
    file_name: str
    title: str
    params: dict[str, object] = field(default_factory=dict)

    def render(self, db: Database) -> bytes:
        return render_document(db, self.kind, self.options, **self.params)


def covisit_request(item: CoVisitItem, options: PrintOptions) -> DocumentRequest:
    return DocumentRequest(
        COVISIT,
        options,
        pdf_name("covisit", item.rep, item.first_day.isoformat()),
        f"{item.rep} · {date_text(item.first_day)}",
        {"covisit_id": item.id},
    )


def record_request(item: RecordItem, options: PrintOptions) -> DocumentRequest:
    day = item.occurred_at.astimezone(local_zone()).date().isoformat()
    return DocumentRequest(
        RECORD,
        options,
        pdf_name("contact-record", item.account, day),
        f"{item.account} · {datetime_text(item.occurred_at)}",
        {"record_id": item.id},
    )


def account_request(
    item: AccountItem, options: PrintOptions, with_personal: bool
) -> DocumentRequest:
    return DocumentRequest(
        ACCOUNT,
        options,
        pdf_name("customer-card", item.name),
        item.name,
        {"account_id": item.id, "with_personal": with_personal},
    )


def plan_request(rep: str, month: date, options: PrintOptions) -> DocumentRequest:
    label = f"{month:%Y-%m}"
    return DocumentRequest(
        PLAN,
        options,
        pdf_name("visit-plan", rep, label),
        f"{rep} · {label}",
        {"rep_name": rep, "month": month.replace(day=1)},
    )


def summary_request(
    rep: str, period: PeriodKind, on: date, options: PrintOptions
) -> DocumentRequest:
    start, _end = period_bounds(period, on)
    return DocumentRequest(
        SUMMARY,
        options,
        pdf_name("summary", rep, period.value, start.isoformat()),
        f"{rep} · {period_label(period)} · {date_text(start)}",
        {"rep_name": rep, "period": period, "on": on},
    )


def team_request(manager: str, month: date, options: PrintOptions) -> DocumentRequest:
    label = f"{month:%Y-%m}"
    return DocumentRequest(
        TEAM,
        options,
        pdf_name("team-covisits", manager, label),
        f"{manager} · {label}",
        {"manager_name": manager, "month": month.replace(day=1)},
    )
