"""Snapshots of a contact record (the one record view) and of a customer card.

The card's snapshot is taken from the one card view (:func:`read_card`), the same the
card window edits.
"""

from __future__ import annotations

import uuid

from sqlalchemy import select

from fieldvisit.domain.enums import PromiseStatus
from fieldvisit.domain.errors import NotFoundError
from fieldvisit.domain.fields import account as account_fields
from fieldvisit.domain.fields import profile
from fieldvisit.domain.fields.spec import Kind
from fieldvisit.i18n import message
from fieldvisit.reports import snapshots as s
from fieldvisit.services.accounts import cards as card_service
from fieldvisit.services.records.view import load_record_view
from fieldvisit.services.reporting.lookup import parse_id
from fieldvisit.services.team import member_names
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import (
    Account,
    ContactRecord,
    Promise,
    Stakeholder,
    StakeholderProfile,
)

RECENT_CONTACTS = 8
CONTRIBUTION_PERIODS = 12
RECENT_COMPLAINTS = 10
SUMMARY_CHARS = 120


def record_snapshot(db: Database, record_id: str | uuid.UUID) -> s.RecordView:
    """The printed record: the same :class:`RecordView` the editor and the CLI read."""
    return load_record_view(db, parse_id(record_id, "record"))


def account_snapshot(
    db: Database, account_id: str | uuid.UUID, with_personal: bool = False
) -> s.AccountSnapshot:
    """The customer card. Personal profiles are queried only when ``with_personal``."""
    key = parse_id(account_id, "account")
    with db.session_scope() as session:
        a = session.get(Account, key)
        if a is None or a.deleted_at is not None:
            raise NotFoundError(
                message(
                    "No account has the ID {id}.",
                    id=key,
                )
            )
        card = card_service.read_card(session, key)
        people = session.scalars(
            select(Stakeholder)
            .where(Stakeholder.account_id == key, Stakeholder.deleted_at.is_(None))
            .order_by(Stakeholder.ended_on.is_not(None), Stakeholder.name)
        ).all()
        profiles: dict[uuid.UUID, s.ProfileSnapshot] = {}
        if with_personal:
            for p in session.scalars(
                select(StakeholderProfile).where(
                    StakeholderProfile.stakeholder_id.in_([x.id for x in people])
                )
            ):
                profiles[p.stakeholder_id] = _profile(p)
        promises = session.scalars(
            select(Promise)
            .where(
                Promise.account_id == key,
                Promise.deleted_at.is_(None),
                Promise.status == PromiseStatus.OPEN,
            )
            .order_by(Promise.due_on)
        ).all()
        owners = member_names(session, [p.owner_id for p in promises])
        contacts = session.scalars(
            select(ContactRecord)
            .where(ContactRecord.account_id == key, ContactRecord.deleted_at.is_(None))
            .order_by(ContactRecord.occurred_at.desc())
            .limit(RECENT_CONTACTS)
        ).all()
        values = {
            spec.attr: card.owner_name if spec.kind is Kind.MEMBER else card.value(spec.key)
            for spec in account_fields.ACCOUNT_FIELDS
        }
        return s.AccountSnapshot(
            name=card.basics.name,
            account_type=card.basics.account_type,
            status=card.relationship.status,
            values=values,
            stakeholders=tuple(
                s.StakeholderLine(
                    name=p.name,
                    title=p.title,
                    department=p.department,
                    mobile=p.mobile,
                    office_phone=p.office_phone,
                    email=p.email,
                    wechat=p.wechat,
                    roles=tuple(sorted((r.role for r in p.roles), key=str)),
                    org_level=p.org_level,
                    key_customer_level=p.key_customer_level,
                    ended_on=p.ended_on,
                    profile=profiles.get(p.id),
                )
                for p in people
            ),
            contributions=tuple(
                s.ContributionLine(
                    c.period_kind,
                    c.period_start,
                    c.volume_units,
                    c.revenue_cents,
                    c.collections_cents,
                    c.receivables_cents,
                )
                for c in reversed(card.contributions[-CONTRIBUTION_PERIODS:])
            ),
            complaints=tuple(
                s.ComplaintLine(c.received_on, c.description, c.handling, c.resolved_on)
                for c in reversed(card.complaints[-RECENT_COMPLAINTS:])
            ),
            projects=tuple(s.ProjectLine(p.name, p.stage, p.started_on) for p in card.projects),
            open_promises=tuple(
                s.PromiseLine(p.description, p.due_on, p.status, owners.get(p.owner_id))
                for p in promises
            ),
            recent_contacts=tuple(
                s.ContactLine(c.occurred_at.date(), c.method, _short(c.content)) for c in contacts
            ),
            with_personal=with_personal,
        )


def _profile(p: StakeholderProfile) -> s.ProfileSnapshot:
    return s.ProfileSnapshot(values={f.attr: getattr(p, f.attr) for f in profile.PROFILE_FIELDS})


def _short(text: str | None) -> str | None:
    if not text:
        return None
    flat = " ".join(text.split())
    return flat if len(flat) <= SUMMARY_CHARS else flat[: SUMMARY_CHARS - 1] + "…"
