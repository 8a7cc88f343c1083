"""A small team for the day report window: a manager, two reps, a day's work of one rep."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime

from fieldvisit.domain.enums import (
    AccountType,
    ContactMethod,
    MemberRole,
    PlannedKind,
    PlanStatus,
    PromiseStatus,
    RecordStatus,
)
from fieldvisit.services.team import set_current_user
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import (
    Account,
    ContactRecord,
    MonthlyPlan,
    PlannedContact,
    Promise,
    TeamMember,
)

DAY = date(2026, 11, 23)


@dataclass(frozen=True)
class DayWorld:
    manager: uuid.UUID
    rep: uuid.UUID
    other_rep: uuid.UUID
    visited: uuid.UUID
    missed: uuid.UUID
    record: uuid.UUID


def make_day_world(db: Database) -> DayWorld:
    """The rep (李娜) uses the laptop; set the manager (陈杰) current to see the team."""
    rep_id = set_current_user(db, "李娜", MemberRole.REP).id
    with db.session_scope() as s:
        manager = TeamMember(name="陈杰", role=MemberRole.MANAGER)
        s.add(manager)
        s.flush()
        rep = s.get(TeamMember, rep_id)
        assert rep is not None
        rep.manager_id = manager.id
        other = TeamMember(name="张伟", role=MemberRole.REP, manager_id=manager.id)
        visited = Account(name="仁和医院", account_type=AccountType.HOSPITAL, owner_id=rep_id)
        second = Account(name="康宁大药房", account_type=AccountType.PHARMACY, owner_id=rep_id)
        missed = Account(name="朝阳医院", account_type=AccountType.HOSPITAL, owner_id=rep_id)
        s.add_all([other, visited, second, missed])
        s.flush()
        record = ContactRecord(
            account_id=visited.id,
            author_id=rep_id,
            occurred_at=datetime(2026, 11, 23, 1, 30, tzinfo=UTC),
            method=ContactMethod.VISIT,
            content="向王主任介绍新品，主任同意在心内科试用两周。",
            status=RecordStatus.COMPLETE,
            completed_at=datetime(2026, 11, 23, 3, 0, tzinfo=UTC),
        )
        call = ContactRecord(
            account_id=second.id,
            author_id=rep_id,
            occurred_at=datetime(2026, 11, 23, 6, 0, tzinfo=UTC),
            method=ContactMethod.PHONE,
            content="与店长核对库存，下周补货。",
        )
        s.add_all([record, call])
        s.flush()
        s.add(
            Promise(
                account_id=visited.id,
                record_id=record.id,
                owner_id=rep_id,
                description="周五前送试用样品",
                agreed_on=DAY,
                due_on=date(2026, 11, 27),
            )
        )
        s.add(
            Promise(
                account_id=second.id,
                owner_id=rep_id,
                description="寄送新价格表",
                agreed_on=date(2026, 11, 16),
                due_on=date(2026, 11, 20),
                status=PromiseStatus.KEPT,
                closed_at=datetime(2026, 11, 23, 7, 0, tzinfo=UTC),
            )
        )
        plan = MonthlyPlan(rep_id=rep_id, month=date(2026, 11, 1), status=PlanStatus.APPROVED)
        s.add(plan)
        s.flush()
        s.add(
            PlannedContact(
                plan_id=plan.id, account_id=missed.id, planned_on=DAY, kind=PlannedKind.VISIT
            )
        )
        return DayWorld(manager.id, rep_id, other.id, visited.id, missed.id, record.id)


def become_manager(db: Database) -> None:
    set_current_user(db, "陈杰", MemberRole.MANAGER)
