"""Snapshots of a contact record (the one record view) and of a customer card."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from fieldvisit.domain.enums import PromiseStatus
from fieldvisit.domain.errors import NotFoundError
from fieldvisit.reports import snapshots as s
from fieldvisit.services.records.view import load_record_view
from fieldvisit.services.reporting.lookup import parse_id
from fieldvisit.services.team import member_names
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import (
    Account,
    BuyingProject,
    Complaint,
    ContactRecord,
    PeriodContribution,
    Promise,
    Stakeholder,
    StakeholderProfile,
    TeamMember,
)

RECENT_CONTACTS = 8
CONTRIBUTION_PERIODS = 12
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
            raise NotFoundError(f"No account has the ID {key}.")
        owner = session.get(TeamMember, a.owner_id) if a.owner_id else None
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
        contributions = session.scalars(
            select(PeriodContribution)
            .where(PeriodContribution.account_id == key, PeriodContribution.deleted_at.is_(None))
            .order_by(PeriodContribution.period_start.desc())
            .limit(CONTRIBUTION_PERIODS)
        ).all()
        complaints = session.scalars(
            select(Complaint)
            .where(Complaint.account_id == key, Complaint.deleted_at.is_(None))
            .order_by(Complaint.received_on.desc())
            .limit(10)
        ).all()
        projects = session.scalars(
            select(BuyingProject)
            .where(BuyingProject.account_id == key, BuyingProject.deleted_at.is_(None))
            .order_by(BuyingProject.started_on)
        ).all()
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
        settlement = [x for x in (a.settlement_timing, a.settlement_method, a.invoice_type) if x]
        return s.AccountSnapshot(
            name=a.name,
            account_type=a.account_type,
            status=a.status,
            owner=owner.name if owner else None,
            province=a.province,
            city=a.city,
            address=a.address,
            phone=a.phone,
            fax=a.fax,
            website=a.website,
            legal_representative=a.legal_representative,
            key_staff=a.key_staff,
            business_scale=a.business_scale,
            their_handler=a.their_handler,
            business_began_on=a.business_began_on,
            tier=a.tier,
            sub_tier=a.sub_tier,
            key_account_level=a.key_account_level,
            man_grade=a.man_grade,
            credit_grades=(
                a.credit_capital,
                a.credit_character,
                a.credit_capacity,
                a.credit_collateral,
                a.credit_conditions,
            ),
            credit_grade=a.credit_grade,
            credit_limit_cents=a.credit_limit_cents,
            brands_carried=a.brands_carried,
            settlement=" · ".join(settlement) or None,
            delivery_requirements=a.delivery_requirements,
            notes=a.notes,
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
                for c in contributions
            ),
            complaints=tuple(
                s.ComplaintLine(c.received_on, c.description, c.handling, c.resolved_on)
                for c in complaints
            ),
            projects=tuple(s.ProjectLine(p.name, p.stage, p.started_on) for p in projects),
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
    return s.ProfileSnapshot(
        birthday=p.birthday,
        school=p.school,
        major=p.major,
        hometown=p.hometown,
        spouse=p.spouse,
        children=p.children,
        personality=p.personality,
        hobbies=p.hobbies,
        sports=p.sports,
        food=p.food,
        reading=p.reading,
        car=p.car,
        holidays=p.holidays,
        other_organisations=p.other_organisations,
        colleague_relations=p.colleague_relations,
        notes=p.notes,
    )


def _short(text: str | None) -> str | None:
    if not text:
        return None
    flat = " ".join(text.split())
    return flat if len(flat) <= SUMMARY_CHARS else flat[: SUMMARY_CHARS - 1] + "…"
