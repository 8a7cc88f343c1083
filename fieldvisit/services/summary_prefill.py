"""What a customer management summary proposes from the period's records and promises.

1. Completed plans – each account with complete contact records in the period: number of
   contacts, promises kept; successes → what worked, shortcomings → what did not.
2. Plans in progress – each account with open promises, draft records or a next visit
   still ahead: the promises with their due dates; overdue ones as problems expected.
3. New plans – next steps and next visits falling in the next period, and new accounts.

Periods are cut in local time. Runs inside the caller's session.
"""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldvisit.domain.enums import (
    ContactMethod,
    PeriodKind,
    PromiseStatus,
    RecordStatus,
    SummarySection,
)
from fieldvisit.domain.labels import label
from fieldvisit.i18n import text_of
from fieldvisit.reports.strings import format_date
from fieldvisit.services.local_days import local_date, local_day_range
from fieldvisit.services.reporting.lookup import period_bounds
from fieldvisit.storage.models import Account, ContactRecord, Promise

_WORDS: dict[str, str | tuple[str, str]] = {
    "contact": "1 contact ({on_site} on-site, {phone} phone)",
    "contacts": "{n} contacts ({on_site} on-site, {phone} phone)",
    "kept": "Promise kept: {what} ({date})",
    "open": "Promise: {what} — due {date}",
    "overdue": "Overdue promise: {what} (due {date})",
    "drafts": "Contact records still in draft: {n}",
    "next_visit": "Next visit {date}",
    "new_account": "New account: {kind}{city}",
}


def _say(key: str, lang: str, **values: object) -> str:
    """The English of ``key`` here, its Chinese in the shared catalogue (context Summary)."""
    entry = _WORDS[key]
    english, written = (entry, None) if isinstance(entry, str) else entry
    template = text_of("Summary", english, lang, disambiguation=key, written_chinese=written)
    return template.format(**values)


@dataclass
class _Account:
    done: list[ContactRecord] = field(default_factory=list)
    drafts: int = 0
    kept: list[Promise] = field(default_factory=list)
    open: list[Promise] = field(default_factory=list)
    next_visit: date | None = None
    next_steps: str | None = None


def record_figures(
    session: Session, author_id: uuid.UUID, start: date, end: date
) -> dict[str, int]:
    records = _records(session, author_id, start, end)
    on_site = sum(1 for r in records if ContactMethod(r.method).is_on_site)
    return {
        "records": len(records),
        "on_site": on_site,
        "phone": len(records) - on_site,
        "promises_kept": len(_kept(session, author_id, start, end)),
        "promises_open": len(_open(session, author_id, end)),
    }


def prefill_items(
    session: Session,
    author_id: uuid.UUID,
    kind: PeriodKind,
    start: date,
    end: date,
    lang: str,
) -> list[dict[str, Any]]:
    lang = "zh" if lang.startswith("zh") else "en"
    accounts: dict[uuid.UUID, _Account] = defaultdict(_Account)
    for r in _records(session, author_id, start, end):
        entry = accounts[r.account_id]
        if r.status is RecordStatus.COMPLETE:
            entry.done.append(r)
        else:
            entry.drafts += 1
    for p in _kept(session, author_id, start, end):
        accounts[p.account_id].kept.append(p)
    for p in _open(session, author_id, end):
        accounts[p.account_id].open.append(p)
    next_start, next_end = period_bounds(kind, end + timedelta(days=1))
    for r in _planned(session, author_id, end, next_start, next_end):
        entry = accounts[r.account_id]
        entry.next_visit = r.next_visit_on
        entry.next_steps = r.next_steps or entry.next_steps
    created_from, created_to = local_day_range(start, end)
    new_accounts = session.scalars(
        select(Account).where(
            Account.owner_id == author_id,
            Account.deleted_at.is_(None),
            Account.created_at >= created_from,
            Account.created_at < created_to,
        )
    ).all()
    for a in new_accounts:
        accounts.setdefault(a.id, _Account())
    names = _names(session, accounts)
    by_name = sorted(accounts.items(), key=lambda kv: names.get(kv[0], ""))
    items: list[dict[str, Any]] = []
    for account_id, e in by_name:
        if e.done or e.kept:
            items.append(_completed(names.get(account_id, "?"), e, lang))
    for account_id, e in by_name:
        if e.open or e.drafts:
            items.append(_in_progress(names.get(account_id, "?"), e, end, lang))
    fresh = {a.id: a for a in new_accounts}
    for account_id, e in by_name:
        if e.next_visit or account_id in fresh:
            items.append(_new(names.get(account_id, "?"), e, fresh.get(account_id), lang))
    return items


def _completed(name: str, e: _Account, lang: str) -> dict[str, Any]:
    facts = []
    if e.done:
        on_site = sum(1 for r in e.done if ContactMethod(r.method).is_on_site)
        key = "contact" if len(e.done) == 1 else "contacts"
        facts.append(_say(key, lang, n=len(e.done), on_site=on_site, phone=len(e.done) - on_site))
    for p in e.kept:
        kept_on = local_date(p.closed_at) if p.closed_at else p.due_on
        facts.append(_say("kept", lang, what=p.description, date=format_date(kept_on, lang)))
    return {
        "section": SummarySection.COMPLETED,
        "name": name,
        "key_data": "\n".join(facts) or None,
        "what_worked": _join(r.successes for r in e.done),
        "what_did_not": _join(r.shortcomings for r in e.done),
    }


def _in_progress(name: str, e: _Account, end: date, lang: str) -> dict[str, Any]:
    facts: list[str] = []
    problems: list[str] = []
    for p in sorted(e.open, key=lambda p: p.due_on):
        due = format_date(p.due_on, lang)
        if p.due_on <= end:
            problems.append(_say("overdue", lang, what=p.description, date=due))
        else:
            facts.append(_say("open", lang, what=p.description, date=due))
    if e.drafts:
        facts.append(_say("drafts", lang, n=e.drafts))
    if e.next_visit:
        facts.append(_say("next_visit", lang, date=format_date(e.next_visit, lang)))
    return {
        "section": SummarySection.IN_PROGRESS,
        "name": name,
        "key_data": "\n".join(facts) or None,
        "problems": "\n".join(problems) or None,
    }


def _new(name: str, e: _Account, account: Account | None, lang: str) -> dict[str, Any]:
    facts: list[str] = []
    if account is not None:
        city = f" · {account.city}" if account.city else ""
        facts.append(_say("new_account", lang, kind=label(account.account_type, lang), city=city))
    if e.next_steps:
        facts.append(e.next_steps.strip())
    if e.next_visit:
        facts.append(_say("next_visit", lang, date=format_date(e.next_visit, lang)))
    return {"section": SummarySection.NEW, "name": name, "key_data": "\n".join(facts) or None}


def _records(session: Session, author_id: uuid.UUID, start: date, end: date) -> list[ContactRecord]:
    since, until = local_day_range(start, end)
    return list(
        session.scalars(
            select(ContactRecord)
            .where(
                ContactRecord.author_id == author_id,
                ContactRecord.deleted_at.is_(None),
                ContactRecord.occurred_at >= since,
                ContactRecord.occurred_at < until,
            )
            .order_by(ContactRecord.occurred_at)
        )
    )


def _kept(session: Session, author_id: uuid.UUID, start: date, end: date) -> list[Promise]:
    since, until = local_day_range(start, end)
    return list(
        session.scalars(
            select(Promise)
            .where(
                Promise.owner_id == author_id,
                Promise.deleted_at.is_(None),
                Promise.status == PromiseStatus.KEPT,
                Promise.closed_at >= since,
                Promise.closed_at < until,
            )
            .order_by(Promise.closed_at)
        )
    )


def _open(session: Session, author_id: uuid.UUID, end: date) -> list[Promise]:
    """Promises still open that were made by the end of the period."""
    _since, until = local_day_range(end, end)
    rows = session.scalars(
        select(Promise)
        .where(
            Promise.owner_id == author_id,
            Promise.deleted_at.is_(None),
            Promise.status == PromiseStatus.OPEN,
        )
        .order_by(Promise.due_on)
    )
    return [
        p for p in rows if (p.agreed_on <= end if p.agreed_on is not None else p.created_at < until)
    ]


def _planned(
    session: Session, author_id: uuid.UUID, end: date, first: date, last: date
) -> list[ContactRecord]:
    """Each account's latest record up to the period's end with a next visit in the next one."""
    _since, until = local_day_range(end, end)
    rows = session.scalars(
        select(ContactRecord)
        .where(
            ContactRecord.author_id == author_id,
            ContactRecord.deleted_at.is_(None),
            ContactRecord.occurred_at < until,
            ContactRecord.next_visit_on >= first,
            ContactRecord.next_visit_on <= last,
        )
        .order_by(ContactRecord.occurred_at)
    )
    latest: dict[uuid.UUID, ContactRecord] = {}
    for r in rows:
        latest[r.account_id] = r
    return list(latest.values())


def _names(session: Session, accounts: dict[uuid.UUID, _Account]) -> dict[uuid.UUID, str]:
    """Account names; branches that share a name are told apart by their address."""
    rows = session.execute(
        select(Account.id, Account.name, Account.address, Account.city).where(
            Account.id.in_(list(accounts))
        )
    ).all()
    counts = Counter(name for _id, name, _address, _city in rows)
    return {
        account_id: f"{name} · {where}" if counts[name] > 1 and (where := address or city) else name
        for account_id, name, address, city in rows
    }


def _join(texts: Iterable[str | None]) -> str | None:
    parts = [t.strip() for t in texts if t and t.strip()]
    return "\n".join(dict.fromkeys(parts)) or None
