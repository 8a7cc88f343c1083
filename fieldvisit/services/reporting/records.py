"""Snapshots of a contact record and of a customer card.

The card's snapshot is taken from the one card view (:func:`read_card`), the same the
card window edits.
"""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldvisit.domain.enums import PromiseStatus
from fieldvisit.domain.errors import NotFoundError
from fieldvisit.domain.fields import account as account_fields
from fieldvisit.domain.fields import profile
from fieldvisit.domain.fields.spec import Kind
from fieldvisit.reports import snapshots as s
from fieldvisit.services.accounts import cards as card_service
from fieldvisit.services.reporting.lookup import parse_id
from fieldvisit.services.team import member_names
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import (
    Account,
    ContactRecord,
    Promise,
    RecordParticipant,
    RecordStakeholder,
    Stakeholder,
    StakeholderProfile,
    TeamMember,
    VisitCheck,
)

RECENT_CONTACTS = 8
CONTRIBUTION_PERIODS = 12
RECENT_COMPLAINTS = 10
SUMMARY_CHARS = 120


def record_snapshot(db: Database, record_id: str | uuid.UUID) -> s.RecordSnapshot:
    key = parse_id(record_id, "record")
    with db.session_scope() as session:
        r = session.get(ContactRecord, key)
        if r is None or r.deleted_at is not None:
            raise NotFoundError(f"No contact record has the ID {key}.")
        account = session.get(Account, r.account_id)
        author = session.get(TeamMember, r.author_id) if r.author_id else None
        met = session.scalars(
            select(Stakeholder.name)
            .join(RecordStakeholder, RecordStakeholder.stakeholder_id == Stakeholder.id)
            .where(RecordStakeholder.record_id == key)
            .order_by(Stakeholder.name)
        ).all()
        ours = session.scalars(
            select(TeamMember.name)
            .join(RecordParticipant, RecordParticipant.member_id == TeamMember.id)
            .where(RecordParticipant.record_id == key)
            .order_by(TeamMember.name)
        ).all()
        promises = session.scalars(
            select(Promise)
            .where(Promise.record_id == key, Promise.deleted_at.is_(None))
            .order_by(Promise.due_on)
        ).all()
        names = member_names(session, [p.owner_id for p in promises])
        shs = _stakeholder_names(session, [p.stakeholder_id for p in promises])
        check = session.get(VisitCheck, key)
        return s.RecordSnapshot(
            account=account.name if account else "?",
            occurred_at=r.occurred_at,
            method=r.method,
            author=author.name if author else None,
            place=r.place,
            stakeholders_met=tuple(met),
            participants=tuple(ours),
            sales_objectives=tuple(r.sales_objectives or ()),
            admin_objectives=tuple(r.admin_objectives or ()),
            purposes=tuple(r.purposes or ()),
            objective_notes=r.objective_notes,
            content=r.content,
            successes=r.successes,
            shortcomings=r.shortcomings,
            lessons=r.lessons,
            new_agreements=r.new_agreements,
            promises=tuple(
                s.PromiseLine(
                    p.description,
                    p.due_on,
                    p.status,
                    names.get(p.owner_id),
                    shs.get(p.stakeholder_id),
                )
                for p in promises
            ),
            next_steps=r.next_steps,
            next_visit_on=r.next_visit_on,
            special_notes=r.special_notes,
            other_notes=r.other_notes,
            check=_check(check) if check is not None else None,
            status=r.status,
            completed_at=r.completed_at,
        )


def _check(c: VisitCheck) -> s.VisitCheckSnapshot:
    return s.VisitCheckSnapshot(
        our_prices=c.our_prices,
        competitor_prices=c.competitor_prices,
        stock=c.stock,
        sell_through=c.sell_through,
        credit_limit_cents=c.credit_limit_cents,
        paid_cents=c.paid_cents,
        unpaid_cents=c.unpaid_cents,
        receivable_cents=c.receivable_cents,
        promotion_compliance=c.promotion_compliance,
        shelf_display=c.shelf_display,
        draft_order=c.draft_order,
    )


def _stakeholder_names(
    session: Session, ids: list[uuid.UUID | None]
) -> dict[uuid.UUID | None, str]:
    wanted = {i for i in ids if i is not None}
    rows = session.execute(
        select(Stakeholder.id, Stakeholder.name).where(Stakeholder.id.in_(wanted))
    )
    return {row.id: row.name for row in rows}


def account_snapshot(
    db: Database, account_id: str | uuid.UUID, with_personal: bool = False
) -> s.AccountSnapshot:
    """The customer card. Personal profiles are queried only when ``with_personal``."""
    key = parse_id(account_id, "account")
    with db.session_scope() as session:
        a = session.get(Account, key)
        if a is None or a.deleted_at is not None:
            raise NotFoundError(f"No account has the ID {key}.")
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
