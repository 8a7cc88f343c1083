"""A small account with two stakeholders, a rep and a manager."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import pytest

from fieldvisit.domain.enums import AccountType, MemberRole
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import Account, Stakeholder, TeamMember


@dataclass(frozen=True)
class World:
    account_id: uuid.UUID
    other_account_id: uuid.UUID
    rep_id: uuid.UUID
    manager_id: uuid.UUID
    wang_id: uuid.UUID
    zhao_id: uuid.UUID
    stranger_id: uuid.UUID


def make_world(db: Database, rep_id: uuid.UUID | None = None) -> World:
    """``rep_id``: an existing member to use as the rep instead of a new "Li Na"."""
    with db.session_scope() as s:
        manager = TeamMember(name="Chen Jie", role=MemberRole.MANAGER)
        account = Account(name="仁和医院", account_type=AccountType.HOSPITAL)
        other = Account(name="康宁大药房", account_type=AccountType.PHARMACY)
        s.add_all([manager, account, other])
        if rep_id is None:
            rep = TeamMember(name="Li Na", role=MemberRole.REP)
            s.add(rep)
            s.flush()
            rep_id = rep.id
        s.flush()
        wang = Stakeholder(account_id=account.id, name="王主任", title="主任")
        zhao = Stakeholder(account_id=account.id, name="赵药师", department="药剂科")
        stranger = Stakeholder(account_id=other.id, name="孙店长")
        s.add_all([wang, zhao, stranger])
        s.flush()
        return World(account.id, other.id, rep_id, manager.id, wang.id, zhao.id, stranger.id)


@pytest.fixture
def world(db: Database) -> World:
    return make_world(db)
