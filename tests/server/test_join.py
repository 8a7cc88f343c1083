"""A laptop joins a team: the server's identity replaces the local one, nothing duplicated."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from sqlalchemy import func, select

from fieldvisit.cli import main
from fieldvisit.domain.enums import AccountType, MemberRole
from fieldvisit.server import admin
from fieldvisit.services.team import current_user, set_current_user
from fieldvisit.storage.database import Database
from fieldvisit.storage.migrate import open_database
from fieldvisit.storage.models import Account, TeamMember
from fieldvisit.sync.device import SyncSetupError, identity_path, load_identity
from fieldvisit.sync.join import join


@pytest.fixture
def laptop(tmp_path: Path) -> Path:
    """A laptop used alone so far: its own "me" and an account of theirs."""
    path = tmp_path / "laptop" / "fieldvisit.db"
    db = open_database(path)
    me = set_current_user(db, "李代表", MemberRole.REP)
    with db.session_scope() as session:
        session.add(Account(name="协和医院", account_type=AccountType.HOSPITAL, owner_id=me.id))
    db.close()
    return path


def test_joining_takes_the_servers_identity_and_keeps_the_data(
    server_db: Database, live_server: str, laptop: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    admin.add_member(server_db, "王经理", MemberRole.MANAGER)
    code = admin.add_member(server_db, "李代表", MemberRole.REP, "王经理")
    server_id = next(m.id for m in admin.list_members(server_db) if m.name == "李代表")

    db = open_database(laptop)
    local_id = current_user(db).id  # type: ignore[union-attr]
    result = join(db, live_server, code)
    assert (result.member_name, result.role, result.rekeyed) == ("李代表", "rep", True)
    me = current_user(db)
    assert me is not None and me.id == server_id != local_id
    with db.read_scope() as session:
        owners = session.scalars(select(Account.owner_id)).all()
        people = session.scalar(select(func.count()).select_from(TeamMember))
    assert owners == [server_id]  # the account moved to the server's id of the same person
    assert people == 1  # the local "me" is gone, not duplicated
    db.close()

    saved = load_identity(laptop)
    assert saved is not None and saved.member_id == server_id and saved.token
    if os.name == "posix":
        assert stat.S_IMODE(identity_path(laptop).stat().st_mode) == 0o600

    assert main(["--db", str(laptop), "sync", "status", "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["joined"] is True and status["member"] == "李代表"
    assert "token" not in status

    db = open_database(laptop)
    with pytest.raises(SyncSetupError, match="already in a team"):
        join(db, live_server, admin.new_code_for(server_db, "李代表"))
    db.close()


def test_a_wrong_code_says_so_and_changes_nothing(
    server_db: Database, live_server: str, laptop: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = laptop.read_bytes()
    assert main(["--db", str(laptop), "sync", "join", live_server, "AAAA-BBBB-CCCC"]) == 1
    err = capsys.readouterr().err
    assert "does not know this enrolment code" in err
    assert not identity_path(laptop).exists()
    db = open_database(laptop)
    assert current_user(db) is not None and current_user(db).name == "李代表"  # type: ignore[union-attr]
    db.close()
    assert len(laptop.read_bytes()) == len(before)


def test_an_unreachable_server_is_named(laptop: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from fieldvisit.server.pg_cluster import free_port

    url = f"http://127.0.0.1:{free_port()}"
    assert main(["--db", str(laptop), "sync", "join", url, "AAAA-BBBB-CCCC"]) == 1
    assert "cannot be reached" in capsys.readouterr().err


def test_plain_http_to_a_remote_server_is_refused(laptop: Path) -> None:
    db = open_database(laptop)
    try:
        with pytest.raises(SyncSetupError, match="https"):
            join(db, "http://team.example.com", "AAAA-BBBB-CCCC")
    finally:
        db.close()
