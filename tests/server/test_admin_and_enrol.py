"""Administering the team and enrolling laptops, against a real PostgreSQL."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from fieldvisit.clock import FixedClock
from fieldvisit.domain.enums import AccountType, MemberRole
from fieldvisit.domain.errors import NotFoundError, ValidationError
from fieldvisit.server import admin
from fieldvisit.server.app import create_app
from fieldvisit.server.models import AuditEvent, Device, EnrolmentCode
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import Account, TeamMember
from fieldvisit.sync import protocol as p


def _call(db: Database, method: str, path: str, **kwargs: Any) -> httpx.Response:
    """One request to the service in-process (httpx over the ASGI app), no socket."""

    async def go() -> httpx.Response:
        transport = httpx.ASGITransport(app=create_app(db))
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            return await client.request(method, path, **kwargs)

    return asyncio.run(go())


def _enrol(
    db: Database, code: str, name: str = "laptop", protocol: int = p.PROTOCOL_VERSION
) -> httpx.Response:
    body = {"code": code, "device_name": name, "protocol": protocol}
    return _call(db, "POST", "/v1/enrol", json=body)


def _me(db: Database, token: str) -> httpx.Response:
    return _call(db, "GET", "/v1/me", headers={"Authorization": f"Bearer {token}"})


def test_member_add_list_move(server_db: Database) -> None:
    admin.add_member(server_db, "王经理", MemberRole.MANAGER)
    admin.add_member(server_db, "赵经理", MemberRole.MANAGER)
    code = admin.add_member(server_db, "李代表", MemberRole.REP, "王经理")
    assert len(code) == 14 and code.count("-") == 2
    with pytest.raises(ValidationError, match="already in the team"):
        admin.add_member(server_db, "李代表", MemberRole.REP, "王经理")
    with pytest.raises(ValidationError, match="needs a manager"):
        admin.add_member(server_db, "孤单", MemberRole.REP)
    with pytest.raises(ValidationError, match="not a manager"):
        admin.add_member(server_db, "错", MemberRole.REP, "李代表")
    admin.move_member(server_db, "李代表", "赵经理")
    rows = {m.name: m for m in admin.list_members(server_db)}
    assert rows["李代表"].manager_name == "赵经理"
    assert rows["李代表"].role is MemberRole.REP
    # Codes are kept only as hashes.
    with server_db.read_scope() as session:
        hashes = session.scalars(select(EnrolmentCode.code_hash)).all()
    assert code not in hashes and admin.secret_hash(code) in hashes


def test_territory_assign_moves_the_account(server_db: Database) -> None:
    admin.add_member(server_db, "王经理", MemberRole.MANAGER)
    admin.add_member(server_db, "甲", MemberRole.REP, "王经理")
    admin.add_member(server_db, "乙", MemberRole.REP, "王经理")
    with server_db.session_scope() as session:
        session.add(Account(name="协和医院", account_type=AccountType.HOSPITAL))
    assert admin.assign_territory(server_db, "协和医院", "乙") == 1
    with server_db.read_scope() as session:
        owner = session.scalar(
            select(TeamMember.name).join(Account, Account.owner_id == TeamMember.id)
        )
    assert owner == "乙"
    with pytest.raises(NotFoundError):
        admin.assign_territory(server_db, "不存在", "乙")


def test_a_code_enrols_once_and_the_token_identifies_the_laptop(
    server_db: Database,
) -> None:
    admin.add_member(server_db, "王经理", MemberRole.MANAGER)
    code = admin.add_member(server_db, "李代表", MemberRole.REP, "王经理")
    answer = _enrol(server_db, code.lower())  # typed in lower case: still the code
    assert answer.status_code == 200
    body = answer.json()
    assert body["member"]["name"] == "李代表" and body["member"]["role"] == "rep"
    token = body["token"]
    again = _enrol(server_db, code)
    assert (again.status_code, again.json()["error"]) == (403, p.CODE_USED)

    me = _me(server_db, token)
    assert me.status_code == 200 and me.json()["member"]["name"] == "李代表"
    wrong = _me(server_db, "nope")
    assert (wrong.status_code, wrong.json()["error"]) == (401, p.UNAUTHORIZED)

    with server_db.read_scope() as session:
        device = session.scalars(select(Device)).one()
        actions = session.scalars(select(AuditEvent.action)).all()
    assert device.token_hash == admin.token_hash(token) and token not in device.token_hash
    assert "device_enrolled" in actions

    admin.revoke_device(server_db, str(device.id))
    gone = _me(server_db, token)
    assert (gone.status_code, gone.json()["error"]) == (401, p.DEVICE_REVOKED)
    assert [d.revoked_at is not None for d in admin.list_devices(server_db)] == [True]


def test_expired_and_unknown_codes_are_refused(
    server_db: Database, fixed_clock: FixedClock
) -> None:
    admin.add_member(server_db, "王经理", MemberRole.MANAGER)
    code = admin.add_member(server_db, "李代表", MemberRole.REP, "王经理")
    fixed_clock.advance(admin.CODE_LIFETIME + timedelta(minutes=1))
    late = _enrol(server_db, code)
    assert (late.status_code, late.json()["error"]) == (403, p.CODE_EXPIRED)
    unknown = _enrol(server_db, "AAAA-BBBB-CCCC")
    assert (unknown.status_code, unknown.json()["error"]) == (403, p.CODE_INVALID)
    refused = _enrol(server_db, code, protocol=0)
    assert (refused.status_code, refused.json()["error"]) == (426, p.PROTOCOL_OUTDATED)


def test_every_synced_table_has_one_way_up_to_its_scope() -> None:
    from fieldvisit.sync.tables import chain, check_every_table_is_placed, synced_tables

    assert check_every_table_is_placed() == []
    for t in synced_tables():
        chain(t.name)  # raises where a table's way up is missing or ambiguous
