"""The customer management summary: the written report, or one pre-filled from records."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldvisit.domain.enums import (
    ContactMethod,
    MemberRole,
    PeriodKind,
    PromiseStatus,
    RecordStatus,
    SummarySection,
)
from fieldvisit.domain.errors import ValidationError
from fieldvisit.i18n import message
from fieldvisit.reports import snapshots as s
from fieldvisit.services.local_days import local_midnight as day_start
from fieldvisit.services.reporting.lookup import find_member, parse_day, period_bounds
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import (
    Account,
    ContactRecord,
    Promise,
    SummaryItem,
    SummaryReport,
)


def summary_snapshot(
    db: Database, rep_name: str, period_kind: PeriodKind | str, on: str | date
) -> s.SummarySnapshot:
    try:
        kind = PeriodKind(period_kind)
    except ValueError as exc:
        raise ValidationError(
            "period",
            message(
                "{kind}: use week, month or year.",
                kind=repr(period_kind),
            ),
        ) from exc
    start, end = period_bounds(kind, parse_day(on))
    with db.session_scope() as session:
        rep = find_member(session, rep_name, MemberRole.REP)
        records = session.scalars(
            select(ContactRecord)
            .where(
                ContactRecord.author_id == rep.id,
                ContactRecord.deleted_at.is_(None),
                ContactRecord.occurred_at >= day_start(start),
                ContactRecord.occurred_at < day_start(end + timedelta(days=1)),
            )
            .order_by(ContactRecord.occurred_at)
        ).all()
        kept = session.scalars(
            select(Promise)
            .where(
                Promise.owner_id == rep.id,
                Promise.deleted_at.is_(None),
                Promise.status == PromiseStatus.KEPT,
                Promise.closed_at >= day_start(start),
                Promise.closed_at < day_start(end + timedelta(days=1)),
            )
            .order_by(Promise.closed_at)
        ).all()
        still_open = session.scalars(
            select(Promise)
            .where(
                Promise.owner_id == rep.id,
                Promise.deleted_at.is_(None),
                Promise.status == PromiseStatus.OPEN,
                Promise.created_at < day_start(end + timedelta(days=1)),
            )
            .order_by(Promise.due_on)
        ).all()
        report = session.scalars(
            select(SummaryReport)
            .where(
                SummaryReport.author_id == rep.id,
                SummaryReport.period_kind == kind,
                SummaryReport.period_start == start,
                SummaryReport.deleted_at.is_(None),
            )
            .order_by(SummaryReport.created_at.desc())
        ).first()
        if report is not None:
            entries = _written(session, report.id)
        else:
            names = _account_names(session, records, [*kept, *still_open])
            entries = _prefilled(records, kept, still_open, names, end)
        on_site = sum(1 for r in records if ContactMethod(r.method).is_on_site)
        return s.SummarySnapshot(
            author=rep.name,
            period_kind=kind,
            period_start=start,
            period_end=end,
            status=report.status if report else None,
            entries=entries,
            records=len(records),
            on_site=on_site,
            phone=len(records) - on_site,
            promises_kept=len(kept),
            promises_open=len(still_open),
        )


def _written(session: Session, report_id: uuid.UUID) -> tuple[s.SummaryEntry, ...]:
    order = {section: i for i, section in enumerate(SummarySection)}
    items = session.scalars(
        select(SummaryItem).where(
            SummaryItem.report_id == report_id, SummaryItem.deleted_at.is_(None)
        )
    ).all()
    return tuple(
        s.SummaryEntry(
            i.section,
            i.name,
            i.key_data,
            i.problems,
            i.what_worked,
            i.what_did_not,
            i.thanks,
            i.solutions,
            i.help_needed,
        )
        for i in sorted(items, key=lambda i: (order[i.section], i.seq))
    )


def _account_names(
    session: Session, records: Sequence[ContactRecord], promises: Sequence[Promise]
) -> dict[uuid.UUID, str]:
    ids = {r.account_id for r in records} | {p.account_id for p in promises}
    return dict(session.execute(select(Account.id, Account.name).where(Account.id.in_(ids))).all())


def _prefilled(
    records: Sequence[ContactRecord],
    kept: Sequence[Promise],
    still_open: Sequence[Promise],
    names: dict[uuid.UUID, str],
    end: date,
) -> tuple[s.SummaryEntry, ...]:
    """Completed: kept promises and each account's complete contacts; in progress: open
    promises; new: the next steps the period's records set."""
    done, progress, new = SummarySection.COMPLETED, SummarySection.IN_PROGRESS, SummarySection.NEW
    entries = [
        s.SummaryEntry(
            done,
            p.description,
            key_data=names.get(p.account_id),
            what_worked=p.closing_note,
            kept_on=p.closed_at.date() if p.closed_at else None,
        )
        for p in kept
    ]
    by_account: dict[uuid.UUID, list[ContactRecord]] = defaultdict(list)
    for r in records:
        if r.status is RecordStatus.COMPLETE:
            by_account[r.account_id].append(r)
    for account_id, rows in sorted(by_account.items(), key=lambda kv: names.get(kv[0], "")):
        on_site = sum(1 for r in rows if ContactMethod(r.method).is_on_site)
        entries.append(
            s.SummaryEntry(
                done,
                names.get(account_id, "?"),
                contacts=len(rows),
                on_site=on_site,
                problems=_join(r.shortcomings for r in rows),
                what_worked=_join(r.successes for r in rows),
                what_did_not=_join(r.lessons for r in rows),
            )
        )
    for p in still_open:
        entries.append(
            s.SummaryEntry(
                progress,
                p.description,
                key_data=names.get(p.account_id),
                due_on=p.due_on,
                overdue=p.due_on < end,
            )
        )
    latest: dict[uuid.UUID, ContactRecord] = {}
    for r in records:
        if r.next_steps:
            latest[r.account_id] = r
    for account_id, r in sorted(latest.items(), key=lambda kv: names.get(kv[0], "")):
        entries.append(
            s.SummaryEntry(
                new,
                r.next_steps or "",
                key_data=names.get(account_id),
                next_visit_on=r.next_visit_on,
            )
        )
    return tuple(entries)


def _join(texts: Iterable[str | None]) -> str | None:
    parts = [t.strip() for t in texts if t and t.strip()]
    return "\n".join(dict.fromkeys(parts)) or None
