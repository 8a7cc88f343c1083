"""A small region: two reps, accounts of every kind, people and contacts."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

import pytest

from fieldvisit.domain.enums import (
    AccountStatus,
    AccountType,
    ContactMethod,
    KeyAccountLevel,
    MemberRole,
    SubTier,
    Tier,
)
from fieldvisit.services.accounts.search_keys import rebuild_stale_keys
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import Account, ContactRecord, Stakeholder, TeamMember
from tests.services.accounts.card_data import full_card  # noqa: F401  (fixture)

TODAY = date(2026, 11, 23)


@dataclass
class Region:
    reps: dict[str, uuid.UUID] = field(default_factory=dict)
    accounts: dict[str, uuid.UUID] = field(default_factory=dict)


def add_contact(db: Database, account: uuid.UUID, days_ago: int, method: ContactMethod) -> None:
    when = datetime.combine(TODAY - timedelta(days=days_ago), datetime.min.time(), UTC)
    with db.session_scope() as session:
        session.add(
            ContactRecord(account_id=account, occurred_at=when + timedelta(hours=4), method=method)
        )


@pytest.fixture
def region(db: Database) -> Region:
    return build_region(db)


def build_region(db: Database) -> Region:
    """Five accounts of two reps in Beijing, Wuhan, Chongqing, Singapore and Changsha."""
    out = Region()
    with db.session_scope() as session:
        for name in ("李娜", "Grace Ng"):
            member = TeamMember(name=name, role=MemberRole.REP)
            session.add(member)
            session.flush()
            out.reps[name] = member.id
        specs = [
            # name, type, status, tier, sub-tier, KA level, city, owner, people (name, phone, ended)
            (
                "北京协和医院",
                AccountType.HOSPITAL,
                AccountStatus.ACTIVE,
                Tier.A,
                SubTier.A1,
                KeyAccountLevel.LEVEL_1,
                "北京市",
                "李娜",
                [("张伟", "138 0013 8000", False)],
            ),
            (
                "华中科技大学同济医学院附属协和医院",
                AccountType.HOSPITAL,
                AccountStatus.ACTIVE,
                Tier.A,
                SubTier.A2,
                None,
                "武汉市",
                "李娜",
                [("曾志伟", "139 1111 2222", False), ("王芳", None, False)],
            ),
            (
                "重庆银行医务室",
                AccountType.CLINIC,
                AccountStatus.TARGET,
                Tier.C,
                SubTier.C,
                None,
                "重庆市",
                "李娜",
                [("单田芳", None, False), ("刘洋", None, True)],
            ),
            (
                "Raffles Hospital",
                AccountType.HOSPITAL,
                AccountStatus.ACTIVE,
                Tier.B,
                SubTier.B1,
                KeyAccountLevel.LEVEL_1,
                "Singapore",
                "Grace Ng",
                [("Dr. David Tan", "+65 9123 4567", False), ("Sarah Lim", None, False)],
            ),
            (
                "老百姓大药房(长沙店)",
                AccountType.PHARMACY,
                AccountStatus.POTENTIAL,
                Tier.D,
                None,
                None,
                "长沙市",
                "Grace Ng",
                [],
            ),
        ]
        for name, kind, status, tier, sub, level, city, owner, people in specs:
            account = Account(
                name=name,
                account_type=kind,
                status=status,
                tier=tier,
                sub_tier=sub,
                key_account_level=level,
                city=city,
                address=f"{city}中山路1号",
                phone="0731-8450 1234" if name.startswith("老百姓") else None,
                owner_id=out.reps[owner],
            )
            session.add(account)
            session.flush()
            out.accounts[name] = account.id
            for person, phone, ended in people:
                session.add(
                    Stakeholder(
                        account_id=account.id,
                        name=person,
                        mobile=phone,
                        ended_on=TODAY - timedelta(days=30) if ended else None,
                    )
                )
    rebuild_stale_keys(db)
    add_contact(db, out.accounts["北京协和医院"], 2, ContactMethod.VISIT)
    add_contact(db, out.accounts["Raffles Hospital"], 40, ContactMethod.PHONE)
    add_contact(db, out.accounts["Raffles Hospital"], 3, ContactMethod.PHONE)
    return out
