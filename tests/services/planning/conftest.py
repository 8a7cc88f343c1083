"""A small hand-made team: a manager, a rep with one account of each sub-tier (and D)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

import pytest

from fieldvisit.domain.enums import AccountStatus, AccountType, MemberRole, SubTier, Tier
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import Account, TeamMember

MONTH = date(2025, 9, 1)
"""September 2025: Monday the 1st, 22 working days, week 4 = 22–30."""


@dataclass(frozen=True)
class Team:
    manager: uuid.UUID
    rep: uuid.UUID
    other_rep: uuid.UUID
    accounts: dict[str, uuid.UUID]


TIERS = {
    "A1": (Tier.A, SubTier.A1),
    "A2": (Tier.A, SubTier.A2),
    "B1": (Tier.B, SubTier.B1),
    "B2": (Tier.B, SubTier.B2),
    "C": (Tier.C, SubTier.C),
    "D": (Tier.D, None),
}


@pytest.fixture
def team(db: Database) -> Team:
    with db.session_scope() as s:
        manager = TeamMember(name="王经理", role=MemberRole.MANAGER)
        s.add(manager)
        s.flush()
        rep = TeamMember(name="李娜", role=MemberRole.REP, manager_id=manager.id)
        other = TeamMember(name="赵强", role=MemberRole.REP, manager_id=manager.id)
        s.add_all([rep, other])
        s.flush()
        accounts = {}
        for key, (tier, sub_tier) in TIERS.items():
            a = Account(
                name=f"{key}医院",
                account_type=AccountType.HOSPITAL,
                tier=tier,
                sub_tier=sub_tier,
                status=AccountStatus.ACTIVE,
                owner_id=rep.id,
                province="北京市",
                city="北京市",
                address=f"北京市东城区{key}路1号",
            )
            s.add(a)
            s.flush()
            accounts[key] = a.id
        s.add_all(
            [
                Account(
                    name="同行公司",
                    account_type=AccountType.DISTRIBUTOR,
                    tier=Tier.A,
                    sub_tier=SubTier.A1,
                    status=AccountStatus.PEER,
                    owner_id=rep.id,
                ),
                Account(
                    name="别人的医院",
                    account_type=AccountType.HOSPITAL,
                    tier=Tier.A,
                    sub_tier=SubTier.A1,
                    owner_id=other.id,
                ),
            ]
        )
        return Team(manager.id, rep.id, other.id, accounts)
