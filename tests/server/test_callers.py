"""Who a token is, remembered briefly (server/callers.py): a burst of pulls asks the
database once per laptop, and administration in this process takes effect at once."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from sqlalchemy import update

from fieldvisit import clock
from fieldvisit.domain.enums import MemberRole
from fieldvisit.server import admin, callers
from fieldvisit.server.app import enrol
from fieldvisit.server.models import Device
from fieldvisit.storage.database import Database
from fieldvisit.sync import protocol as p


@pytest.fixture
def service(
    server_db: Database, live_server: str
) -> Iterator[tuple[httpx.Client, dict[str, str], str]]:
    callers.forget_callers()
    code = admin.add_member(server_db, "王经理", MemberRole.MANAGER)
    device = enrol(
        server_db, {"code": code, "device_name": "笔记本", "protocol": p.PROTOCOL_VERSION}
    )
    with httpx.Client(base_url=live_server) as client:
        yield client, {"Authorization": f"Bearer {device['token']}"}, device["device_id"]
    callers.forget_callers()


def test_a_revocation_here_takes_effect_at_once(
    server_db: Database, service: tuple[httpx.Client, dict[str, str], str]
) -> None:
    client, headers, device_id = service
    assert client.get(f"{p.API_PREFIX}/pull", headers=headers).status_code == 200
    admin.revoke_device(server_db, device_id)
    answer = client.get(f"{p.API_PREFIX}/pull", headers=headers)
    assert answer.status_code == 401 and answer.json()["error"] == p.DEVICE_REVOKED


def test_a_change_made_elsewhere_counts_once_the_entry_expires(
    server_db: Database,
    service: tuple[httpx.Client, dict[str, str], str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    client, headers, device_id = service
    assert client.get(f"{p.API_PREFIX}/me", headers=headers).status_code == 200
    assert client.get(f"{p.API_PREFIX}/pull", headers=headers).status_code == 200
    with server_db.session_scope() as session:  # another process's revocation
        session.execute(
            update(Device).where(Device.id == device_id).values(revoked_at=clock.now_utc())
        )
    assert client.get(f"{p.API_PREFIX}/pull", headers=headers).status_code == 200  # remembered
    monkeypatch.setattr(callers, "TTL", 0.0)
    callers.forget_callers()
    assert client.get(f"{p.API_PREFIX}/pull", headers=headers).status_code == 401
    assert (
        client.get(f"{p.API_PREFIX}/pull", headers={"Authorization": "Bearer x"}).status_code == 401
    )
