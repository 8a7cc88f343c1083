"""A rep's and a manager's day on the pinned clock (Mon 2026-11-23): the Today page's data.

Shared by the service, command-line and window tests.
"""

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
    Tier,
)
from fieldvisit.services.covisits import session as covisit_session
from fieldvisit.services.covisits import signoff
from fieldvisit.services.team import MemberRow, current_user, set_current_user
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import (
    Account,
    ContactRecord,
    MonthlyPlan,
    PlannedContact,
    Promise,
    Stakeholder,
    TeamMember,
)
from tests.services.covisits.conftest import Field, fill_complete

TODAY = date(2026, 11, 23)


@dataclass(frozen=True)
class TodayWorld:
    manager_id: uuid.UUID
    rep_id: uuid.UUID
    accounts: dict[str, uuid.UUID]
    planned: dict[str, uuid.UUID]
    """Today's planned contacts by account name."""
    promises: dict[str, uuid.UUID]
    records: dict[str, uuid.UUID]
    covisits: dict[str, uuid.UUID]


def _on(day: date, hour: int = 2) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


def make_today_world(db: Database) -> TodayWorld:
    """The manager is the laptop's user at the end (``as_rep`` switches to the rep)."""
    manager = set_current_user(db, "王经理", MemberRole.MANAGER)
    with db.session_scope() as s:
        rep = TeamMember(
            name="李代表", role=MemberRole.REP, manager_id=manager.id, joined_on=date(2025, 1, 6)
        )
        s.add(rep)
        s.flush()
        accounts: dict[str, uuid.UUID] = {}
        for name, tier in (("仁济医院", Tier.A), ("康华药房", Tier.B), ("华东医药商业", Tier.C)):
            acc = Account(name=name, account_type=AccountType.HOSPITAL, owner_id=rep.id, tier=tier)
            s.add(acc)
            s.flush()
            s.add_all([Stakeholder(account_id=acc.id, name=f"{name}主任{k}") for k in range(2)])
            accounts[name] = acc.id
        plan = MonthlyPlan(rep_id=rep.id, month=TODAY.replace(day=1), status=PlanStatus.APPROVED)
        s.add(plan)
        s.flush()
        planned: dict[str, uuid.UUID] = {}
        for name, day, kind, purpose in (
            ("仁济医院", TODAY, PlannedKind.VISIT, "回访库存"),
            ("康华药房", TODAY, PlannedKind.PHONE, "确认订单"),
            ("华东医药商业", date(2026, 11, 24), PlannedKind.VISIT, "明天的拜访"),
        ):
            pc = PlannedContact(
                plan_id=plan.id,
                account_id=accounts[name],
                planned_on=day,
                kind=kind,
                purpose=purpose,
            )
            s.add(pc)
            s.flush()
            if day == TODAY:
                planned[name] = pc.id
        promises: dict[str, uuid.UUID] = {}
        for text, account, due, status in (
            ("送新品资料", "仁济医院", date(2026, 11, 20), PromiseStatus.OPEN),
            ("安排科室会", "康华药房", TODAY, PromiseStatus.OPEN),
            ("下周再说", "康华药房", date(2026, 11, 30), PromiseStatus.OPEN),
            ("已经办好", "仁济医院", date(2026, 11, 19), PromiseStatus.KEPT),
        ):
            p = Promise(
                account_id=accounts[account],
                owner_id=rep.id,
                description=text,
                agreed_on=date(2026, 11, 10),
                due_on=due,
                status=status,
            )
            s.add(p)
            s.flush()
            promises[text] = p.id
        records: dict[str, uuid.UUID] = {}
        for key, account, day, record_status in (
            ("late", "华东医药商业", date(2026, 11, 18), RecordStatus.DRAFT),
            ("draft", "康华药房", date(2026, 11, 22), RecordStatus.DRAFT),
            ("complete", "仁济医院", date(2026, 11, 19), RecordStatus.COMPLETE),
        ):
            r = ContactRecord(
                account_id=accounts[account],
                author_id=rep.id,
                occurred_at=_on(day),
                method=ContactMethod.VISIT,
                status=record_status,
            )
            s.add(r)
            s.flush()
            records[key] = r.id
        rep_id = rep.id
    field = Field(manager.id, rep_id, tuple(accounts.values()), {})
    covisits: dict[str, uuid.UUID] = {}
    # Signed on the 10th with an action for the rep due on the 20th: overdue now.
    signed = covisit_session.start_covisit(db, rep_id, date(2026, 11, 10)).id
    signoff.add_action(db, signed, "每周复盘一次拜访", rep_id, date(2026, 11, 20))
    fill_complete(db, signed, field)
    signoff.sign_off(db, signed, now=_on(date(2026, 11, 10), 8))
    covisits["signed"] = signed
    # Written and acknowledged, waiting for the manager's signature (late: the 20th).
    to_sign = covisit_session.start_covisit(db, rep_id, date(2026, 11, 20)).id
    fill_complete(db, to_sign, field)
    covisits["to_sign"] = to_sign
    # Written, then changed after the rep acknowledged: the rep acknowledges it again.
    to_ack = covisit_session.start_covisit(db, rep_id, date(2026, 11, 21)).id
    fill_complete(db, to_ack, field)
    covisit_session.withdraw_acknowledgement(db, to_ack)
    covisits["to_acknowledge"] = to_ack
    # Started today, nothing written yet.
    covisits["today"] = covisit_session.start_covisit(db, rep_id, TODAY).id
    return TodayWorld(manager.id, rep_id, accounts, planned, promises, records, covisits)


def as_rep(db: Database) -> MemberRow:
    """Make the rep the laptop's user."""
    user = set_current_user(db, "李代表", MemberRole.REP)
    assert current_user(db) == user
    return user


FRIDAY = date(2026, 11, 20)
"""The last working day before the pinned Monday."""
DECEMBER = date(2026, 12, 1)


@dataclass(frozen=True)
class ManagerWorld:
    """:func:`make_today_world` and a second rep, 张代表, who submitted December's plan and
    sent Friday's day report (李代表 did not send one)."""

    today: TodayWorld
    second_rep_id: uuid.UUID
    day_report_id: uuid.UUID


def make_manager_world(db: Database) -> ManagerWorld:
    """The manager stays the laptop's user."""
    from fieldvisit.services.reviews.day_report import DayReportBody, report_id_for
    from fieldvisit.storage.models import DayReport

    world = make_today_world(db)
    with db.session_scope() as s:
        rep = TeamMember(
            name="张代表",
            role=MemberRole.REP,
            manager_id=world.manager_id,
            joined_on=date(2025, 3, 3),
        )
        s.add(rep)
        s.flush()
        account = Account(
            name="协和医院", account_type=AccountType.HOSPITAL, owner_id=rep.id, tier=Tier.A
        )
        s.add(account)
        s.flush()
        plan = MonthlyPlan(
            rep_id=rep.id,
            month=DECEMBER,
            status=PlanStatus.SUBMITTED,
            submitted_at=_on(date(2026, 11, 21)),
        )
        s.add(plan)
        s.flush()
        s.add(
            PlannedContact(
                plan_id=plan.id,
                account_id=account.id,
                planned_on=date(2026, 12, 2),
                kind=PlannedKind.VISIT,
            )
        )
        # A draft of yesterday: not late yet, so not on the manager's list.
        s.add(
            ContactRecord(
                account_id=account.id,
                author_id=rep.id,
                occurred_at=_on(date(2026, 11, 22)),
                method=ContactMethod.VISIT,
                status=RecordStatus.DRAFT,
            )
        )
        report_id = report_id_for(rep.id, FRIDAY)
        body = DayReportBody(day=FRIDAY, rep_id=rep.id, rep=rep.name)
        s.add(
            DayReport(
                id=report_id,
                rep_id=rep.id,
                day=FRIDAY,
                sent_at=_on(FRIDAY, 10),
                body=body.to_json(),
            )
        )
        rep_id = rep.id
    return ManagerWorld(world, rep_id, report_id)
