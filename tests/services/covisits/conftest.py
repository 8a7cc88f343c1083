"""A manager in the field with a rep who owns a few accounts, some planned for the day."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

import pytest

from fieldvisit.domain.enums import AccountType, MemberRole, PlannedKind, PlanStatus, Tier
from fieldvisit.services.team import set_current_user
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import (
    Account,
    MonthlyPlan,
    PlannedContact,
    Stakeholder,
    TeamMember,
)

DAY = date(2026, 3, 10)


@dataclass(frozen=True)
class Field:
    manager_id: uuid.UUID
    rep_id: uuid.UUID
    accounts: tuple[uuid.UUID, ...]
    stakeholders: dict[uuid.UUID, tuple[uuid.UUID, ...]]


def make_field(db: Database, joined_on: date | None = date(2025, 1, 6)) -> Field:
    manager = set_current_user(db, "王经理", MemberRole.MANAGER)
    with db.session_scope() as s:
        rep = TeamMember(
            name="李代表", role=MemberRole.REP, manager_id=manager.id, joined_on=joined_on
        )
        s.add(rep)
        s.flush()
        accounts, people = [], {}
        for i, (name, tier) in enumerate(
            (("仁济医院", Tier.A), ("康华药房", Tier.B), ("华东医药商业", Tier.C))
        ):
            acc = Account(name=name, account_type=AccountType.HOSPITAL, owner_id=rep.id, tier=tier)
            s.add(acc)
            s.flush()
            sh = [Stakeholder(account_id=acc.id, name=f"张主任{i}{k}") for k in range(2)]
            s.add_all(sh)
            s.flush()
            accounts.append(acc.id)
            people[acc.id] = tuple(x.id for x in sh)
        plan = MonthlyPlan(rep_id=rep.id, month=DAY.replace(day=1), status=PlanStatus.APPROVED)
        s.add(plan)
        s.flush()
        s.add(
            PlannedContact(
                plan_id=plan.id,
                account_id=accounts[1],
                planned_on=DAY,
                kind=PlannedKind.VISIT,
                purpose="回访库存",
            )
        )
        return Field(manager.id, rep.id, tuple(accounts), people)


@pytest.fixture
def field(db: Database) -> Field:
    return make_field(db)


def fill_complete(db: Database, covisit_id: uuid.UUID, f: Field, calls: int = 1) -> None:
    """Write everything the sign-off asks for."""
    from fieldvisit.domain.enums import CoVisitType
    from fieldvisit.services.covisits import calls as c
    from fieldvisit.services.covisits import session as sess
    from fieldvisit.services.covisits import signoff as so
    from fieldvisit.services.covisits.template import current_template

    view = sess.get_covisit(db, covisit_id)
    sess.set_development_objectives(db, covisit_id, ["多用开放式问题"])
    for i in range(calls):
        call = c.add_call(db, covisit_id, f.accounts[i % 3], view.first_day, CoVisitType.COACHING)
        for name, text in (
            ("visit_objective", "确认下月订单"),
            ("rep_self_assessment", "开场太快"),
            ("feedback_went_well", "准备充分"),
            ("feedback_do_differently", "先问再讲"),
            ("agreed_learning", "先问三个问题"),
        ):
            c.set_call_field(db, call.id, name, text)
    sess.set_covisit_field(db, covisit_id, "strengths", "产品知识扎实")
    sess.set_covisit_field(db, covisit_id, "development_areas", "探询需求")
    for std in current_template().standards:
        so.set_rating(db, covisit_id, std.key, 3, None)
    so.add_action(db, covisit_id, "每次拜访前写三个问题", f.rep_id, view.last_day)
    sess.set_covisit_field(db, covisit_id, "big_question_yes", True)
    sess.set_covisit_field(db, covisit_id, "big_question_why", "代表主动要求再次协访")
    sess.acknowledge(db, covisit_id, "同意")
