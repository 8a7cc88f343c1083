"""Protocol rules: derived search keys never sync."""

from __future__ import annotations

from sqlalchemy import select, text, update

from fieldvisit.services.accounts.search_keys import (
    VERSION_SETTING,
    account_search_key,
    rebuild_stale_keys,
    stakeholder_search_key,
)
from fieldvisit.storage.models import Account, AppSetting, Stakeholder
from fieldvisit.sync.capture import pending_count
from fieldvisit.sync.client import Session, sync_now
from tests.server.test_sync_team import Team, _add_account, team  # noqa: F401  (fixture)


def test_search_keys_never_travel_and_each_laptop_computes_its_own(team: Team) -> None:  # noqa: F811
    account_id = _add_account(team.rep_a, "协和医院")
    rebuild_stale_keys(team.rep_a)
    with team.rep_a.read_scope() as s:
        assert s.scalar(select(Account.search_key).where(Account.id == account_id))
    session = Session(team.rep_a)
    try:
        for change, _ in session._read_batch():
            if change["table"] in ("account", "stakeholder"):
                assert "search_key" not in change["row"]
    finally:
        session.close()
    sync_now(team.rep_a)
    with team.server.read_scope() as s:
        assert s.scalar(select(Account.search_key).where(Account.id == account_id)) is None
        assert s.scalars(select(Stakeholder.search_key)).all() == [None]

    sync_now(team.manager)  # the manager's laptop computes the keys from the pulled rows
    with team.manager.read_scope() as s:
        person = s.scalars(select(Stakeholder)).one()
        account = s.get(Account, account_id)
        assert account is not None
        assert person.search_key == stakeholder_search_key(person.name)
        assert account.search_key == account_search_key(
            account.name, people=[stakeholder_search_key(person.name)]
        )
        with team.manager.engine.connect() as conn:
            assert pending_count(conn) == 0  # applying the page sent nothing back

    # The rep renames the account: the manager's key follows the new name.
    with team.rep_a.session_scope() as s:
        s.execute(update(Account).where(Account.id == account_id).values(name="北京协和医院"))
    sync_now(team.rep_a)
    sync_now(team.manager)
    with team.manager.read_scope() as s:
        key = s.scalar(select(Account.search_key).where(Account.id == account_id))
        assert key is not None and "北京协和医院" in key


def test_a_key_version_bump_rebuilding_every_key_sends_nothing(team: Team) -> None:  # noqa: F811
    _add_account(team.rep_a, "协和医院")
    _add_account(team.rep_a, "朝阳医院")
    rebuild_stale_keys(team.rep_a)
    sync_now(team.rep_a)
    with team.rep_a.engine.connect() as conn:
        assert pending_count(conn) == 0
    with team.rep_a.session_scope() as s:  # as after an upgrade with a new KEY_VERSION
        s.get_one(AppSetting, VERSION_SETTING).value = "0"
    assert rebuild_stale_keys(team.rep_a) == 4
    with team.rep_a.engine.connect() as conn:
        assert pending_count(conn) == 0
        stale = text("SELECT count(*) FROM account WHERE search_key IS NULL")
        assert conn.execute(stale).scalar() == 0
    assert sync_now(team.rep_a).pushed == 0

    # A real edit next to a key rebuild still goes.
    with team.rep_a.session_scope() as s:
        s.execute(update(Account).where(Account.name == "朝阳医院").values(city="北京"))
    with team.rep_a.engine.connect() as conn:
        assert pending_count(conn) == 1
