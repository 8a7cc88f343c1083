"""The customer management summary (DOMAIN.md §7): pre-filled, edited, saved, finalised.

A summary covers a week, month, quarter or year of one author. ``prefill_summary``
proposes its items from the period's contact records and promises; the author edits
them and ``save_summary`` stores the report (the printed summary prints what is saved).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fieldvisit.domain.enums import PeriodKind, SummarySection, SummaryStatus
from fieldvisit.domain.errors import NotFoundError, ValidationError
from fieldvisit.i18n import message
from fieldvisit.services.reporting.lookup import period_bounds
from fieldvisit.services.summary_prefill import prefill_items, record_figures
from fieldvisit.storage.base import utcnow
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import SummaryItem, SummaryReport, TeamMember

MAX_NAME = 300
TEXT_FIELDS = (
    "key_data",
    "problems",
    "what_worked",
    "what_did_not",
    "thanks",
    "solutions",
    "help_needed",
)
SECTION_FIELDS: dict[SummarySection, tuple[str, ...]] = {
    SummarySection.COMPLETED: ("key_data", "problems", "what_worked", "what_did_not", "thanks"),
    SummarySection.IN_PROGRESS: ("key_data", "problems", "solutions", "help_needed"),
    SummarySection.NEW: ("key_data", "problems", "help_needed"),
}
"""The §7 fields each section asks for (the rest stay empty and are not printed)."""


@dataclass(frozen=True, slots=True)
class SummaryDraftItem:
    section: SummarySection
    name: str
    key_data: str | None = None
    problems: str | None = None
    what_worked: str | None = None
    what_did_not: str | None = None
    thanks: str | None = None
    solutions: str | None = None
    help_needed: str | None = None
    id: uuid.UUID | None = None
    """The stored item; ``None`` until saved."""


@dataclass(frozen=True, slots=True)
class SummaryFigures:
    records: int
    on_site: int
    phone: int
    promises_kept: int
    promises_open: int


@dataclass(frozen=True, slots=True)
class SummaryDraft:
    author_id: uuid.UUID
    author: str
    period_kind: PeriodKind
    period_start: date
    period_end: date
    items: tuple[SummaryDraftItem, ...] = ()
    status: SummaryStatus = SummaryStatus.DRAFT
    report_id: uuid.UUID | None = None
    """The saved report of this period, if there is one."""
    updated_at: datetime | None = None

    def section(self, section: SummarySection) -> list[SummaryDraftItem]:
        return [i for i in self.items if i.section is section]


@dataclass(frozen=True, slots=True)
class SummaryListRow:
    id: uuid.UUID
    author_id: uuid.UUID
    author: str
    period_kind: PeriodKind
    period_start: date
    period_end: date
    status: SummaryStatus
    items: int
    updated_at: datetime


def summary_period(kind: PeriodKind | str, day: date) -> tuple[date, date]:
    try:
        chosen = PeriodKind(kind)
    except ValueError as exc:
        raise ValidationError(
            "period",
            message(
                "{kind}: use week, month, quarter or year.",
                kind=repr(kind),
            ),
        ) from exc
    return period_bounds(chosen, day)


def prefill_summary(
    db: Database, author_id: uuid.UUID, period_kind: PeriodKind | str, day: date, lang: str = "en"
) -> SummaryDraft:
    """A new draft from the period's records and promises, worded in ``lang`` (zh or en).

    Keeps the id of the period's saved report, so saving it replaces that report's items.
    """
    kind = PeriodKind(period_kind)
    start, end = summary_period(kind, day)
    with db.session_scope() as session:
        author = _author(session, author_id)
        existing = _existing(session, author_id, kind, start)
        items = prefill_items(session, author_id, kind, start, end, lang)
        return SummaryDraft(
            author_id=author.id,
            author=author.name,
            period_kind=kind,
            period_start=start,
            period_end=end,
            items=tuple(SummaryDraftItem(**item) for item in items),
            status=existing.status if existing else SummaryStatus.DRAFT,
            report_id=existing.id if existing else None,
            updated_at=existing.updated_at if existing else None,
        )


def summary_figures(db: Database, draft: SummaryDraft) -> SummaryFigures:
    """Contacts and promises of the draft's period (shown beside the editor)."""
    with db.session_scope() as session:
        return SummaryFigures(
            **record_figures(session, draft.author_id, draft.period_start, draft.period_end)
        )


def find_summary(
    db: Database, author_id: uuid.UUID, period_kind: PeriodKind | str, day: date
) -> SummaryDraft | None:
    """The saved report of the period that contains ``day``, if any."""
    kind = PeriodKind(period_kind)
    start, _end = summary_period(kind, day)
    with db.session_scope() as session:
        report = _existing(session, author_id, kind, start)
        return _draft(session, report) if report else None


def load_summary(db: Database, report_id: uuid.UUID) -> SummaryDraft:
    with db.session_scope() as session:
        report = session.get(SummaryReport, report_id)
        if report is None or report.deleted_at is not None:
            raise NotFoundError(message("That summary was deleted."))
        return _draft(session, report)


def list_summaries(db: Database, author_id: uuid.UUID | None = None) -> list[SummaryListRow]:
    """Saved summaries, the latest period first."""
    items = (
        select(SummaryItem.report_id, func.count().label("n"))
        .where(SummaryItem.deleted_at.is_(None))
        .group_by(SummaryItem.report_id)
        .subquery()
    )
    query = (
        select(SummaryReport, TeamMember.name, func.coalesce(items.c.n, 0))
        .join(TeamMember, TeamMember.id == SummaryReport.author_id)
        .outerjoin(items, items.c.report_id == SummaryReport.id)
        .where(SummaryReport.deleted_at.is_(None))
        .order_by(SummaryReport.period_start.desc(), SummaryReport.period_kind, TeamMember.name)
    )
    if author_id is not None:
        query = query.where(SummaryReport.author_id == author_id)
    with db.session_scope() as session:
        return [
            SummaryListRow(
                r.id,
                r.author_id,
                name,
                r.period_kind,
                r.period_start,
                r.period_end,
                r.status,
                n,
                r.updated_at,
            )
            for r, name, n in session.execute(query)
        ]


def validate_summary(draft: SummaryDraft) -> None:
    for section in SummarySection:
        for position, item in enumerate(draft.section(section), start=1):
            where = _item_name(section, position)
            if not item.name.strip():
                raise ValidationError(
                    "name",
                    message(
                        "Give {where} a name, or remove it.",
                        where=where,
                    ),
                )
            if len(item.name.strip()) > MAX_NAME:
                raise ValidationError(
                    "name",
                    message(
                        "The name of {where} is longer than {count} characters; shorten it.",
                        where=where,
                        count=MAX_NAME,
                    ),
                )


def _item_name(section: SummarySection, position: int) -> str:
    """ "completed item 2", in the user's language."""
    if section is SummarySection.COMPLETED:
        return message("completed item {n}", n=position)
    if section is SummarySection.IN_PROGRESS:
        return message("in_progress item {n}", n=position)
    return message("new item {n}", n=position)


def save_summary(db: Database, draft: SummaryDraft) -> SummaryDraft:
    """Create or update the period's report with the draft's items, in their order."""
    validate_summary(draft)
    with db.session_scope() as session:
        _author(session, draft.author_id)
        report = session.get(SummaryReport, draft.report_id) if draft.report_id else None
        if report is not None and report.deleted_at is not None:
            report = None
        report = report or _existing(
            session, draft.author_id, draft.period_kind, draft.period_start
        )
        if report is None:
            report = SummaryReport(
                author_id=draft.author_id,
                period_kind=draft.period_kind,
                period_start=draft.period_start,
                period_end=draft.period_end,
            )
            session.add(report)
            session.flush()
        report.period_end = draft.period_end
        report.status = draft.status
        report.updated_at = utcnow()
        stored = {
            i.id: i
            for i in session.scalars(
                select(SummaryItem).where(
                    SummaryItem.report_id == report.id, SummaryItem.deleted_at.is_(None)
                )
            )
        }
        kept: set[uuid.UUID] = set()
        for section in SummarySection:
            for seq, item in enumerate(draft.section(section), start=1):
                row = stored.get(item.id) if item.id else None
                if row is None:
                    row = SummaryItem(report_id=report.id, section=section, seq=seq, name="")
                    session.add(row)
                row.section = section
                row.seq = seq
                row.name = item.name.strip()
                for field in TEXT_FIELDS:
                    value = getattr(item, field)
                    setattr(row, field, value.strip() or None if value else None)
                session.flush()
                kept.add(row.id)
        now = utcnow()
        for item_id, row in stored.items():
            if item_id not in kept:
                row.deleted_at = now
        session.flush()
        return _draft(session, report)


def set_summary_status(db: Database, report_id: uuid.UUID, status: SummaryStatus) -> None:
    with db.session_scope() as session:
        report = session.get(SummaryReport, report_id)
        if report is None or report.deleted_at is not None:
            raise NotFoundError(message("That summary was deleted."))
        report.status = status


def finalise_summary(db: Database, report_id: uuid.UUID) -> None:
    set_summary_status(db, report_id, SummaryStatus.FINAL)


def next_period_day(kind: PeriodKind, start: date, step: int) -> date:
    """A day in the period ``step`` periods after (or before) the one starting at ``start``."""
    if kind is PeriodKind.WEEK:
        return start + timedelta(weeks=step)
    months = {PeriodKind.MONTH: 1, PeriodKind.QUARTER: 3, PeriodKind.YEAR: 12}[kind] * step
    index = start.year * 12 + start.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _author(session: Session, author_id: uuid.UUID) -> TeamMember:
    author = session.get(TeamMember, author_id)
    if author is None or author.deleted_at is not None:
        raise NotFoundError(
            message(
                "The author of this summary is no longer in the team.",
            )
        )
    return author


def _existing(
    session: Session, author_id: uuid.UUID, kind: PeriodKind, start: date
) -> SummaryReport | None:
    # The printed summary takes the latest report of the period: so does the editor.
    return session.scalars(
        select(SummaryReport)
        .where(
            SummaryReport.author_id == author_id,
            SummaryReport.period_kind == kind,
            SummaryReport.period_start == start,
            SummaryReport.deleted_at.is_(None),
        )
        .order_by(SummaryReport.created_at.desc())
    ).first()


def _draft(session: Session, report: SummaryReport) -> SummaryDraft:
    order = {section: i for i, section in enumerate(SummarySection)}
    rows = session.scalars(
        select(SummaryItem).where(
            SummaryItem.report_id == report.id, SummaryItem.deleted_at.is_(None)
        )
    ).all()
    items = tuple(
        SummaryDraftItem(
            section=i.section,
            name=i.name,
            id=i.id,
            **{field: getattr(i, field) for field in TEXT_FIELDS},
        )
        for i in sorted(rows, key=lambda i: (order[i.section], i.seq))
    )
    author = _author(session, report.author_id)
    return SummaryDraft(
        author_id=report.author_id,
        author=author.name,
        period_kind=report.period_kind,
        period_start=report.period_start,
        period_end=report.period_end,
        items=items,
        status=report.status,
        report_id=report.id,
        updated_at=report.updated_at,
    )
