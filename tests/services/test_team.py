"""Team members and the current user, on a real SQLite file."""

from __future__ import annotations

import pytest

from fieldvisit.domain.enums import AccountType, MemberRole, WorkBase
from fieldvisit.domain.errors import ValidationError
from fieldvisit.services.team import current_user, list_team, set_current_user
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import Account, AppSetting, TeamMember


def test_no_current_user_on_a_new_database(db: Database) -> None:
    assert current_user(db) is None


def test_set_current_user_creates_the_member_and_remembers_it(db: Database) -> None:
    row = set_current_user(db, "  王   喆 ", MemberRole.MANAGER, WorkBase.HOME)
    assert row.name == "王 喆"
    again = current_user(db)
    assert again is not None
    assert again.id == row.id
    assert again.role is MemberRole.MANAGER
    assert again.work_base is WorkBase.HOME


def test_set_current_user_reuses_an_existing_member_of_that_name_and_role(db: Database) -> None:
    with db.session_scope() as session:
        member = TeamMember(name="李堃", role=MemberRole.REP)
        session.add(member)
    row = set_current_user(db, "李堃", MemberRole.REP)
    assert row.id == member.id
    with db.session_scope() as session:
        assert session.query(TeamMember).count() == 1


@pytest.mark.parametrize("name", ["", "   ", "x" * 121])
def test_set_current_user_rejects_bad_names_and_writes_nothing(db: Database, name: str) -> None:
    with pytest.raises(ValidationError) as info:
        set_current_user(db, name, MemberRole.REP)
    assert info.value.field == "name"
    with db.session_scope() as session:
        assert session.query(TeamMember).count() == 0
        assert session.query(AppSetting).count() == 0


def test_list_team_gives_managers_first_with_manager_names_and_account_counts(
    db: Database,
) -> None:
    with db.session_scope() as session:
        boss = TeamMember(name="张镕", role=MemberRole.MANAGER)
        session.add(boss)
        session.flush()
        rep = TeamMember(name="Amy Chen", role=MemberRole.REP, manager_id=boss.id)
        session.add(rep)
        session.flush()
        for i in range(3):
            session.add(
                Account(name=f"医院{i}", account_type=AccountType.HOSPITAL, owner_id=rep.id)
            )
    rows = list_team(db)
    assert [r.name for r in rows] == ["张镕", "Amy Chen"]
    assert rows[1].manager_name == "张镕"
    assert rows[1].account_count == 3
    assert rows[0].account_count == 0
