"""A small territory with Chinese names, codes of every kind and a rep who owns it."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from fieldvisit.domain.enums import (
    AccountStatus,
    AccountType,
    BuyingRole,
    KeyAccountLevel,
    MemberRole,
    OrgLevel,
    SubTier,
    Tier,
)
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import (
    Account,
    Stakeholder,
    StakeholderProfile,
    StakeholderRole,
    TeamMember,
)

FIXTURES = Path(__file__).parent / "fixtures"


def seed(db: Database) -> dict[str, uuid.UUID]:
    with db.session_scope() as s:
        rep = TeamMember(name="李娜", role=MemberRole.REP)
        s.add(rep)
        s.flush()
        xiehe = Account(
            name="北京协和医院",
            account_type=AccountType.HOSPITAL,
            status=AccountStatus.ACTIVE,
            tier=Tier.A,
            sub_tier=SubTier.A1,
            key_account_level=KeyAccountLevel.LEVEL_1,
            province="北京",
            city="北京",
            address="东城区帅府园1号",
            phone="010-69156114",
            owner_id=rep.id,
            business_began_on=date(2019, 4, 1),
            notes="逢周三科室学习，不接待",
        )
        pharmacy = Account(
            name="老百姓大药房(五一店)", account_type=AccountType.PHARMACY, city="长沙"
        )
        s.add_all([xiehe, pharmacy])
        s.flush()
        zhang = Stakeholder(
            account_id=xiehe.id,
            name="张伟",
            title="主任医师",
            department="心内科",
            mobile="13812345678",
            email="zhangwei@example.cn",
            wechat="zw_pumch",
            org_level=OrgLevel.TOP,
        )
        zhang.roles = [
            StakeholderRole(role=BuyingRole.DECISION_MAKER),
            StakeholderRole(role=BuyingRole.INFLUENCER),
        ]
        wang = Stakeholder(
            account_id=xiehe.id, name="王芳", title="药剂科主任", mobile="13900002222"
        )
        s.add_all([zhang, wang])
        s.flush()
        s.add(
            StakeholderProfile(stakeholder_id=zhang.id, birthday=date(1970, 5, 12), hobbies="钓鱼")
        )
        return {"rep": rep.id, "xiehe": xiehe.id, "pharmacy": pharmacy.id, "zhang": zhang.id}


@pytest.fixture
def seeded(db: Database) -> dict[str, uuid.UUID]:
    return seed(db)


def counts(db: Database) -> tuple[int, int]:
    with db.session_scope() as s:
        return (
            s.scalar(select(func.count()).select_from(Account)) or 0,
            s.scalar(select(func.count()).select_from(Stakeholder)) or 0,
        )


def stamps(db: Database) -> list[tuple[str, object]]:
    """Every row's updated_at: a second identical import must not move any."""
    with db.session_scope() as s:
        return sorted(
            [(str(i), u) for i, u in s.execute(select(Account.id, Account.updated_at))]
            + [(str(i), u) for i, u in s.execute(select(Stakeholder.id, Stakeholder.updated_at))]
        )
