"""Merging two accounts on a rep's laptop is a command the server carries out on its rows:
rows the laptop has never seen move too, and changes made offline against the removed
account land on the kept one."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from fieldvisit.domain.enums import CoVisitType
from fieldvisit.services.accounts.merge import merge_accounts
from fieldvisit.services.covisits.calls import add_call
from fieldvisit.services.covisits.session import start_covisit
from fieldvisit.storage.models import Account, ContactRecord, CoVisitCall, Stakeholder
from fieldvisit.sync.client import sync_now
from tests.server import test_sync_team
from tests.server.test_sync_team import Team, _add_account, _me

team = test_sync_team.team  # the fixture: two reps and their manager, each on a laptop


def test_a_merge_moves_what_the_laptop_never_saw_and_later_offline_changes(team: Team) -> None:
    keep = _add_account(team.rep_a, "湘雅医院")
    remove = _add_account(team.rep_a, "湘雅医院（重复）")
    sync_now(team.rep_a)
    sync_now(team.manager)
    # The manager, offline, plans a co-visit call at the account about to be merged away.
    covisit = start_covisit(team.manager, _me(team.rep_a), date(2026, 11, 23))
    add_call(team.manager, covisit.id, remove, date(2026, 11, 23), CoVisitType.JOINT)

    merge_accounts(team.rep_a, keep, remove, None, _me(team.rep_a))
    assert sync_now(team.rep_a).conflicts == 0
    with team.server.read_scope() as session:
        gone = session.get(Account, remove)
        assert gone is not None and gone.deleted_at is not None
        assert set(session.scalars(select(ContactRecord.account_id))) == {keep}
        assert set(session.scalars(select(Stakeholder.account_id))) == {keep}

    assert sync_now(team.manager).conflicts == 0  # the call arrives after the merge
    with team.server.read_scope() as session:
        assert session.scalars(select(CoVisitCall.account_id)).all() == [keep]
    sync_now(team.manager)
    with team.manager.read_scope() as session:
        assert session.scalars(select(CoVisitCall.account_id)).all() == [keep]
        assert set(session.scalars(select(ContactRecord.account_id))) == {keep}
    sync_now(team.rep_a)
    with team.rep_a.read_scope() as session:
        assert session.scalars(select(CoVisitCall.account_id)).all() == [keep]


def test_a_rep_cannot_merge_accounts_outside_their_territory(team: Team) -> None:
    mine = _add_account(team.rep_a, "湘雅医院")
    theirs = _add_account(team.rep_b, "湘雅医院")
    sync_now(team.rep_b)
    # Rep A's laptop cannot hold rep B's account; a forged command is refused all the same.
    from fieldvisit.sync.commands import queue_command

    with team.rep_a.session_scope() as session:
        queue_command(
            session.connection(),
            "account.merge",
            {"keep_id": str(mine), "remove_id": str(theirs)},
        )
    result = sync_now(team.rep_a)
    assert result.conflicts == 1
    with team.server.read_scope() as session:
        other = session.get(Account, theirs)
        assert other is not None and other.deleted_at is None


def test_the_servers_merge_moves_rows_already_there_that_the_laptop_never_pulled(
    team: Team,
) -> None:
    keep = _add_account(team.rep_a, "湘雅医院")
    remove = _add_account(team.rep_a, "湘雅医院（重复）")
    sync_now(team.rep_a)
    sync_now(team.manager)
    covisit = start_covisit(team.manager, _me(team.rep_a), date(2026, 11, 23))
    add_call(team.manager, covisit.id, remove, date(2026, 11, 23), CoVisitType.JOINT)
    sync_now(team.manager)  # the call is on the server; the rep's laptop has not pulled it
    merge_accounts(team.rep_a, keep, remove, None, _me(team.rep_a))
    with team.rep_a.read_scope() as session:
        assert session.scalars(select(CoVisitCall)).all() == []
    assert sync_now(team.rep_a).conflicts == 0
    with team.server.read_scope() as session:
        assert session.scalars(select(CoVisitCall.account_id)).all() == [keep]


def test_a_reps_record_links_to_the_managers_call_across_laptops(team: Team) -> None:
    """The rep writes the visit's record after the manager's call reached the rep's laptop:
    the call links to it, on every laptop, with no conflict and no second record."""
    from datetime import UTC, datetime

    from fieldvisit.services.records.records import new_record_form, save_draft

    account = _add_account(team.rep_a, "湘雅医院")
    sync_now(team.rep_a)
    sync_now(team.manager)
    covisit = start_covisit(team.manager, _me(team.rep_a), date(2026, 11, 23))
    add_call(team.manager, covisit.id, account, date(2026, 11, 23), CoVisitType.JOINT)
    sync_now(team.manager)
    sync_now(team.rep_a)
    form = new_record_form(
        team.rep_a, account, _me(team.rep_a), datetime(2026, 11, 23, 3, 0, tzinfo=UTC)
    )
    form.content = "联合拜访"
    record = save_draft(team.rep_a, form)
    assert sync_now(team.rep_a).conflicts == 0
    sync_now(team.manager)
    for db in (team.server, team.rep_a, team.manager):
        with db.read_scope() as session:
            assert session.scalars(select(CoVisitCall.contact_record_id)).all() == [record]
            records = session.scalars(
                select(ContactRecord.id).where(ContactRecord.account_id == account)
            ).all()
            assert record in records and len(records) == 2  # the fixture's own and this one
