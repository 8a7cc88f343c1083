"""`fieldvisit demo`: every table filled, reproducible, refuses to touch a used database."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from fieldvisit.domain.enums import AccountType, CoVisitType, MemberRole, Standard
from fieldvisit.domain.errors import ValidationError
from fieldvisit.services.demo import DemoSummary, generate_demo
from fieldvisit.services.stats import entity_counts
from fieldvisit.storage.base import Base
from fieldvisit.storage.database import Database
from fieldvisit.storage.migrate import open_database
from fieldvisit.storage.models import (
    Account,
    CoVisit,
    CoVisitCall,
    Stakeholder,
    StakeholderProfile,
    StandardRating,
    TeamMember,
)

TODAY = date(2026, 11, 23)
N = 60


@pytest.fixture
def demo(db: Database) -> tuple[Database, DemoSummary]:
    return db, generate_demo(db, accounts=N, seed=7, today=TODAY)


def _names_and_ids(db: Database) -> list[tuple[str, str]]:
    with db.session_scope() as session:
        rows = session.execute(select(Account.name, Account.id).order_by(Account.id))
        return [(name, str(account_id)) for name, account_id in rows]


def test_every_table_is_filled(demo: tuple[Database, DemoSummary]) -> None:
    db, summary = demo
    counts = entity_counts(db)
    empty = [t.name for t in Base.metadata.sorted_tables if counts[t.name] == 0]
    # Settings and unsaved-editor drafts belong to a user session, not to sample data;
    # calendar overrides are days the team enters (sample data invents no holidays).
    assert [
        name for name in empty if name not in {"app_setting", "draft", "calendar_override"}
    ] == []
    assert counts["account"] == N
    for table, written in summary.counts.items():
        assert counts[table] >= written > 0  # the seeded frequency policy was there before
    assert summary.total_rows == sum(summary.counts.values())
    assert summary.seconds > 0


def test_same_seed_gives_the_same_data_and_another_seed_does_not(tmp_path: Path) -> None:
    results = []
    for name, seed in (("a", 3), ("b", 3), ("c", 4)):
        db = open_database(tmp_path / f"{name}.db")
        try:
            generate_demo(db, accounts=25, seed=seed, today=TODAY)
            results.append(_names_and_ids(db))
        finally:
            db.close()
    assert results[0] == results[1]
    assert len(results[0]) == 25
    assert {i for _, i in results[0]}.isdisjoint({i for _, i in results[2]})


@pytest.mark.parametrize("accounts", [0, -5, 100_001])
def test_refuses_an_out_of_range_count(db: Database, accounts: int) -> None:
    before = entity_counts(db)
    with pytest.raises(ValidationError) as caught:
        generate_demo(db, accounts=accounts)
    assert caught.value.field == "accounts"
    assert entity_counts(db) == before


def test_refuses_a_database_that_already_holds_accounts(db: Database) -> None:
    with db.session_scope() as session:
        session.add(Account(name="已有客户", account_type=AccountType.CLINIC))
    before = entity_counts(db)
    with pytest.raises(ValidationError, match="empty database"):
        generate_demo(db, accounts=10)
    assert entity_counts(db) == before


def test_covisits_cover_all_call_types_and_some_are_late(
    demo: tuple[Database, DemoSummary],
) -> None:
    db, _ = demo
    with db.session_scope() as session:
        types = set(session.scalars(select(CoVisitCall.call_type).distinct()))
        late = session.scalar(select(func.count()).where(CoVisit.late.is_(True)))
        standards = set(session.scalars(select(StandardRating.standard).distinct()))
    assert types == set(CoVisitType)
    assert late
    assert standards == {s.value for s in Standard}


def test_every_account_has_an_owner_rep_with_a_manager(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    with db.session_scope() as session:
        members = {m.id: m for m in session.scalars(select(TeamMember))}
        owners = list(session.scalars(select(Account.owner_id)))
    assert len(owners) == N
    for owner_id in owners:
        assert owner_id is not None
        rep = members[owner_id]
        assert rep.role is MemberRole.REP
        assert rep.manager_id is not None
        assert members[rep.manager_id].role is MemberRole.MANAGER


def test_some_but_not_all_stakeholders_have_a_profile(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    with db.session_scope() as session:
        people = session.scalar(select(func.count()).select_from(Stakeholder))
        profiles = session.scalar(select(func.count()).select_from(StakeholderProfile))
    assert people is not None and profiles is not None
    assert 0 < profiles < people


def test_names_are_chinese(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    han = re.compile(r"[\u4e00-\u9fff]")
    with db.session_scope() as session:
        accounts = list(session.scalars(select(Account.name)))
        people = list(session.scalars(select(TeamMember.name)))
    assert sum(bool(han.search(n)) for n in accounts) > N // 2
    assert any(ch in "".join(people) for ch in "喆堃镕")


def test_progress_is_reported_up_to_the_total(db: Database) -> None:
    seen: list[tuple[int, int]] = []
    generate_demo(db, accounts=5, seed=1, today=TODAY, progress=lambda d, t: seen.append((d, t)))
    assert seen
    assert seen[-1] == (5, 5)
