"""One call from the database to PDF bytes, for the command line and the app."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, TypeVar

from fieldvisit.domain.enums import PeriodKind
from fieldvisit.domain.errors import ValidationError
from fieldvisit.i18n import message
from fieldvisit.services.reporting.covisit import covisit_snapshot
from fieldvisit.services.reporting.planning import plan_snapshot
from fieldvisit.services.reporting.records import account_snapshot, record_snapshot
from fieldvisit.services.reporting.summary import summary_snapshot
from fieldvisit.services.reporting.team import load_team_month, team_snapshot
from fieldvisit.services.settings import company_name
from fieldvisit.storage.database import Database

if TYPE_CHECKING:
    from fieldvisit.reports.base import ReportRenderer

# The renderers are imported inside each render_* function: they bring ReportLab
# (~150 ms), which the window must not pay for at start-up, only at the first print.

S = TypeVar("S")

KINDS = ("covisit", "record", "account", "plan", "summary", "team")


@dataclass(frozen=True, slots=True)
class PrintOptions:
    lang: str = "en"
    paper: str = "a4"
    company: str | None = None
    """``None``: the database's ``company_name`` setting, else "FieldVisit"."""
    printed_on: date | None = None


def _render(renderer: ReportRenderer[S], snapshot: S, db: Database, options: PrintOptions) -> bytes:
    if options.lang not in ("en", "zh", "zh_CN"):
        raise ValidationError(
            "lang",
            message("{value}: use zh or en.", value=repr(options.lang)),
        )
    if options.paper not in ("a4", "letter"):
        raise ValidationError(
            "paper",
            message(
                "{value}: use a4 or letter.",
                value=repr(options.paper),
            ),
        )
    return renderer.render(
        snapshot,
        lang=options.lang,
        paper=options.paper,
        company=options.company or company_name(db),
        printed_on=options.printed_on,
    )


def render_covisit(db: Database, covisit_id: str | uuid.UUID, options: PrintOptions) -> bytes:
    from fieldvisit.reports.covisit_handout import CoVisitHandout

    snap = covisit_snapshot(db, covisit_id)
    return _render(CoVisitHandout(), snap, db, options)


def render_record(db: Database, record_id: str | uuid.UUID, options: PrintOptions) -> bytes:
    from fieldvisit.reports.contact_record import ContactRecordReport

    snap = record_snapshot(db, record_id)
    return _render(ContactRecordReport(), snap, db, options)


def render_account(
    db: Database, account_id: str | uuid.UUID, options: PrintOptions, with_personal: bool = False
) -> bytes:
    from fieldvisit.reports.customer_card import CustomerCard

    snap = account_snapshot(db, account_id, with_personal)
    return _render(CustomerCard(), snap, db, options)


def render_plan(db: Database, rep_name: str, month: str | date, options: PrintOptions) -> bytes:
    from fieldvisit.reports.visit_plan import VisitPlanReport

    snap = plan_snapshot(db, rep_name, month)
    return _render(VisitPlanReport(), snap, db, options)


def render_summary(
    db: Database, rep_name: str, period: PeriodKind | str, on: str | date, options: PrintOptions
) -> bytes:
    from fieldvisit.reports.summary import SummaryReportDocument

    snap = summary_snapshot(db, rep_name, period, on)
    return _render(SummaryReportDocument(), snap, db, options)


def render_team(db: Database, manager_name: str, month: str | date, options: PrintOptions) -> bytes:
    from fieldvisit.reports.team_summary import TeamSummary

    snap = team_snapshot(load_team_month(db, manager_name, month))
    return _render(TeamSummary(), snap, db, options)


def render_document(db: Database, kind: str, options: PrintOptions, **params: object) -> bytes:
    """``kind`` is one of :data:`KINDS`; ``params`` are the keyword arguments of its
    ``render_<kind>`` function (e.g. ``covisit_id=…`` or ``rep_name=…, month=…``)."""
    renderers = {
        "covisit": render_covisit,
        "record": render_record,
        "account": render_account,
        "plan": render_plan,
        "summary": render_summary,
        "team": render_team,
    }
    if kind not in renderers:
        raise ValidationError(
            "kind",
            message(
                "{value} is not a document: use one of {kinds}.",
                value=repr(kind),
                kinds=", ".join(KINDS),
            ),
        )
    result: bytes = renderers[kind](db, options=options, **params)  # type: ignore[operator]
    return result
