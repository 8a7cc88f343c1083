"""Deleting trashed accounts for good on a team laptop: one command the server checks
against its own rows; refused, the rows come back to the laptop."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select, text

from fieldvisit.domain.enums import CoVisitType
from fieldvisit.services.accounts.trash import TrashKind, purge, trash_accounts
from fieldvisit.services.covisits.calls import add_call
from fieldvisit.services.covisits.session import start_covisit
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import Account, ContactRecord, Stakeholder
from fieldvisit.sync.client import sync_now
from fieldvisit.sync.conflicts import unresolved
from tests.server import test_sync_team
from tests.server.test_sync_team import Team, _add_account, _me

team = test_sync_team.team  # the fixture: two reps and their manager, each on a laptop


def _count(db: Database, model: type) -> int:
    with db.read_scope() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_a_purge_travels_as_one_command_and_empties_every_laptop(team: Team) -> None:
    gone = _add_account(team.rep_a, "旧药房")
    _add_account(team.rep_a, "湘雅医院")
    sync_now(team.rep_a)
    sync_now(team.manager)
    trash_accounts(team.rep_a, [gone], _me(team.rep_a))
    sync_now(team.rep_a)
    purge(team.rep_a, TrashKind.ACCOUNT, [gone])
    with team.rep_a.read_scope() as session:
        waiting = session.execute(text("SELECT table_name FROM sync_outbox")).scalars().all()
    assert waiting == ["#command"]  # not one delete per row
    assert sync_now(team.rep_a).conflicts == 0
    with team.server.read_scope() as session:
        assert session.get(Account, gone) is None
        assert session.scalar(select(func.count()).select_from(ContactRecord)) == 1
    sync_now(team.manager)
    assert _count(team.manager, Account) == 1 and _count(team.manager, Stakeholder) == 1


def test_a_purge_the_server_refuses_brings_the_rows_back(team: Team) -> None:
    """The manager planned a co-visit call there, not yet synced when the rep purged: the
    report would lose it, so the server refuses and the rep's laptop gets everything back."""
    gone = _add_account(team.rep_a, "旧药房")
    sync_now(team.rep_a)
    sync_now(team.manager)
    covisit = start_covisit(team.manager, _me(team.rep_a), date(2026, 11, 23))
    add_call(team.manager, covisit.id, gone, date(2026, 11, 23), CoVisitType.JOINT)
    trash_accounts(team.rep_a, [gone], _me(team.rep_a))
    sync_now(team.rep_a)
    sync_now(team.manager)  # the call reaches the server, not yet the rep
    purge(team.rep_a, TrashKind.ACCOUNT, [gone])
    assert _count(team.rep_a, Account) == 0

    result = sync_now(team.rep_a)
    assert result.conflicts == 1
    assert [c.reason for c in unresolved(team.rep_a)] == ["purge_blocked"]
    with team.server.read_scope() as session:
        assert session.get(Account, gone) is not None
    sync_now(team.rep_a)
    assert _count(team.rep_a, Account) == 1
    assert _count(team.rep_a, Stakeholder) == 1 and _count(team.rep_a, ContactRecord) == 1
