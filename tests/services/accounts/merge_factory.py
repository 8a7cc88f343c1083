"""Two duplicate accounts with a row in every table that refers to an account or a person."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime

from fieldvisit.domain.enums import (
    AccountStatus,
    AccountType,
    BuyingRole,
    BuyingStage,
    ContactMethod,
    CoVisitType,
    Grade,
    MemberRole,
    PeriodKind,
    PlannedKind,
    Tier,
)
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import (
    Account,
    Attachment,
    BuyingProject,
    Complaint,
    ContactRecord,
    CoVisit,
    CoVisitCall,
    CoVisitCallStakeholder,
    KeyAccountPlan,
    MonthlyPlan,
    PeriodContribution,
    PlannedContact,
    PriceChange,
    Promise,
    RecordStakeholder,
    RelationshipGrade,
    Stakeholder,
    StakeholderMove,
    StakeholderProfile,
    StakeholderRole,
    TeamMember,
)

Q1 = date(2026, 1, 1)
Q2 = date(2026, 4, 1)
WHEN = datetime(2026, 3, 2, 2, 30, tzinfo=UTC)


@dataclass(frozen=True)
class Pair:
    rep: uuid.UUID
    manager: uuid.UUID
    keep: uuid.UUID
    remove: uuid.UUID
    keep_person: uuid.UUID
    remove_person: uuid.UUID
    """The same doctor entered twice: once in each account."""
    shared_record: uuid.UUID
    """A record at the removed account that both duplicates of the doctor are linked to."""


def build_pair(db: Database) -> Pair:
    with db.session_scope() as s:
        manager = TeamMember(name="王经理", role=MemberRole.MANAGER)
        rep = TeamMember(name="李娜", role=MemberRole.REP)
        s.add_all([manager, rep])
        s.flush()
        rep.manager_id = manager.id
        keep = Account(
            name="北京协和医院",
            account_type=AccountType.HOSPITAL,
            city="北京",
            address="东城区帅府园1号",
            phone=None,
            tier=Tier.A,
            status=AccountStatus.ACTIVE,
            owner_id=rep.id,
            credit_grade=Grade.A,
            notes="三甲医院，心内科重点客户",
        )
        remove = Account(
            name="北京协和医院 (2)",
            account_type=AccountType.HOSPITAL,
            city="北京",
            address="东城区帅府园一号",
            phone="010-69156114",
            tier=Tier.B,
            status=AccountStatus.ACTIVE,
            website="https://www.pumch.cn",
            credit_limit_cents=50_000_000,
        )
        s.add_all([keep, remove])
        s.flush()
        people: dict[uuid.UUID, Stakeholder] = {}
        for account, name, mobile in (
            (keep, "张伟", "13800000001"),
            (remove, "张伟", "13800000002"),
            (remove, "刘芳", None),
        ):
            person = Stakeholder(
                account_id=account.id,
                name=name,
                mobile=mobile,
                title="主任医师",
                department="心内科",
            )
            s.add(person)
            s.flush()
            people.setdefault(account.id, person)
            s.add(StakeholderRole(stakeholder_id=person.id, role=BuyingRole.DECISION_MAKER))
        keep_person, remove_person = people[keep.id], people[remove.id]
        s.add(StakeholderRole(stakeholder_id=remove_person.id, role=BuyingRole.INFLUENCER))
        s.add(StakeholderProfile(stakeholder_id=keep_person.id, hometown="天津"))
        s.add(
            StakeholderProfile(stakeholder_id=remove_person.id, hometown="河北", hobbies="羽毛球")
        )
        plan = MonthlyPlan(rep_id=rep.id, month=date(2026, 3, 1))
        covisit = CoVisit(
            rep_id=rep.id,
            manager_id=manager.id,
            first_day=date(2026, 3, 2),
            last_day=date(2026, 3, 2),
            template_version="1",
        )
        s.add_all([plan, covisit])
        s.flush()
        shared: uuid.UUID | None = None
        for n, account in enumerate((keep, remove)):
            person = people[account.id]
            record = ContactRecord(
                account_id=account.id,
                author_id=rep.id,
                occurred_at=WHEN,
                method=ContactMethod.VISIT,
            )
            s.add(record)
            s.flush()
            s.add(RecordStakeholder(record_id=record.id, stakeholder_id=person.id))
            if account is remove:
                shared = record.id
                s.add(RecordStakeholder(record_id=record.id, stakeholder_id=keep_person.id))
            s.add(
                Promise(
                    account_id=account.id,
                    record_id=record.id,
                    stakeholder_id=person.id,
                    description="送新版说明书",
                    due_on=date(2026, 3, 9),
                )
            )
            call = CoVisitCall(
                covisit_id=covisit.id,
                seq=n + 1,
                day=date(2026, 3, 2),
                account_id=account.id,
                call_type=CoVisitType.COACHING,
                contact_record_id=record.id,
            )
            s.add(call)
            s.flush()
            s.add(CoVisitCallStakeholder(call_id=call.id, stakeholder_id=person.id))
            if account is remove:
                s.add(CoVisitCallStakeholder(call_id=call.id, stakeholder_id=keep_person.id))
            s.add_all(
                [
                    PlannedContact(
                        plan_id=plan.id,
                        account_id=account.id,
                        planned_on=date(2026, 3, 2 + n),
                        kind=PlannedKind.VISIT,
                        record_id=record.id,
                    ),
                    Attachment(
                        account_id=account.id,
                        record_id=record.id,
                        filename=f"协议{n}.pdf",
                        media_type="application/pdf",
                        size_bytes=3,
                        sha256="0" * 64,
                        content=b"pdf",
                    ),
                    PriceChange(
                        account_id=account.id, product="络活喜", effective_on=Q1, price_cents=3650
                    ),
                    Complaint(account_id=account.id, received_on=Q1, description="到货延迟"),
                    BuyingProject(
                        account_id=account.id, name="胸痛中心", stage=BuyingStage.EVALUATION
                    ),
                    KeyAccountPlan(account_id=account.id, period_start=Q1, period_end=Q2),
                    StakeholderMove(
                        stakeholder_id=person.id,
                        from_account_id=remove.id if account is keep else keep.id,
                        to_account_id=account.id,
                        moved_on=Q1,
                    ),
                ]
            )
        # Q1 exists on both sides (a clash to fold); Q2 only on the removed side.
        s.add_all(
            [
                PeriodContribution(
                    account_id=keep.id,
                    period_kind=PeriodKind.QUARTER,
                    period_start=Q1,
                    volume_units=1200,
                    revenue_cents=None,
                ),
                PeriodContribution(
                    account_id=remove.id,
                    period_kind=PeriodKind.QUARTER,
                    period_start=Q1,
                    volume_units=1100,
                    revenue_cents=8_800_000,
                ),
                PeriodContribution(
                    account_id=remove.id,
                    period_kind=PeriodKind.QUARTER,
                    period_start=Q2,
                    volume_units=900,
                ),
                RelationshipGrade(
                    account_id=keep.id, period_kind=PeriodKind.QUARTER, period_start=Q1, closeness=4
                ),
                RelationshipGrade(
                    account_id=remove.id,
                    period_kind=PeriodKind.QUARTER,
                    period_start=Q1,
                    closeness=3,
                    familiarity=5,
                ),
            ]
        )
        assert shared is not None
        return Pair(
            rep=rep.id,
            manager=manager.id,
            keep=keep.id,
            remove=remove.id,
            keep_person=keep_person.id,
            remove_person=remove_person.id,
            shared_record=shared,
        )
