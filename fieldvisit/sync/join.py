"""Joining a team: trade the enrolment code for a device token and take the server's identity.

The person's identity comes from the server. What the laptop already holds under the
local "me" (made at first start) is re-keyed to the server's id of that person, in one
transaction, so nothing is duplicated when it is uploaded.
"""

from __future__ import annotations

import platform
import uuid
from dataclasses import dataclass
from typing import Any

import httpx
from sqlalchemy import delete, select

from fieldvisit import clock
from fieldvisit.domain.enums import MemberRole
from fieldvisit.i18n import message
from fieldvisit.services.accounts.merge_refs import relink
from fieldvisit.services.team import CURRENT_USER_KEY
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import AppSetting, TeamMember
from fieldvisit.sync import protocol as p
from fieldvisit.sync.capture import enqueue_everything, install_capture
from fieldvisit.sync.device import DeviceIdentity, SyncSetupError, load_identity, save_identity

TIMEOUT = httpx.Timeout(20.0, connect=10.0)


def _refusal(code_name: str) -> str:
    """Why the server refused to enrol this laptop, in the user's language."""
    if code_name == p.CODE_INVALID:
        return message(
            "The server does not know this enrolment code. Check it, or ask your "
            "administrator for a new one.",
        )
    if code_name == p.CODE_USED:
        return message(
            "This enrolment code has been used already. Ask your administrator for a new one.",
        )
    if code_name == p.CODE_EXPIRED:
        return message(
            "This enrolment code has expired. Ask your administrator for a new one.",
        )
    if code_name == p.PROTOCOL_OUTDATED:
        return message(
            "The team server needs a newer FieldVisit. Update it, then join again.",
        )
    return message("The server refused: {code}.", code=code_name)


@dataclass(frozen=True, slots=True)
class JoinResult:
    member_name: str
    role: str
    server_url: str
    rekeyed: bool


def _post_enrol(url: str, code: str, verify: Any) -> dict[str, Any]:
    body = {
        "code": code,
        "device_name": platform.node() or "laptop",
        "protocol": p.PROTOCOL_VERSION,
    }
    try:
        answer = httpx.post(f"{url}{p.API_PREFIX}/enrol", json=body, timeout=TIMEOUT, verify=verify)
    except httpx.HTTPError as exc:
        raise SyncSetupError(
            message(
                "The team server at {url} cannot be reached ({reason}). Check the "
                "address and the network, then try again; nothing was changed.",
                url=url,
                reason=type(exc).__name__,
            ),
            "unreachable",
        ) from exc
    try:
        data: dict[str, Any] = answer.json()
    except ValueError as exc:
        raise SyncSetupError(
            message(
                "{url} did not answer as a FieldVisit team server.",
                url=url,
            ),
            "not_a_server",
        ) from exc
    if answer.status_code != 200:
        code_name = str(data.get("error", ""))
        raise SyncSetupError(_refusal(code_name), code_name)
    return data


def join(db: Database, server_url: str, code: str, verify: Any = True) -> JoinResult:
    """Join the team at ``server_url`` with a one-time ``code``."""
    if db.path is None:
        raise SyncSetupError(
            message(
                "Only a laptop's own database file can join a team.",
            )
        )
    url = server_url.rstrip("/")
    if not url.startswith(("https://", "http://127.", "http://localhost", "http://[::1]")):
        raise SyncSetupError(
            message(
                "{url}: a team server is reached over https:// (TLS).",
                url=url,
            ),
            "not_tls",
        )
    existing = load_identity(db.path)
    if existing is not None:
        raise SyncSetupError(
            message(
                "This laptop is already in a team (as {member}, {url}).",
                member=existing.member_name,
                url=existing.server_url,
            ),
            "already_joined",
        )
    data = _post_enrol(url, code, verify)
    member = data["member"]
    member_id = uuid.UUID(member["id"])
    rekeyed = _take_identity(db, member_id, member["name"], MemberRole(member["role"]))
    with db.engine.begin() as conn:  # what the laptop holds goes up at the first sync
        install_capture(conn)
        enqueue_everything(conn)
    save_identity(
        db.path,
        DeviceIdentity(
            server_url=url,
            device_id=uuid.UUID(data["device_id"]),
            member_id=member_id,
            member_name=member["name"],
            role=member["role"],
            token=data["token"],
            joined_at=clock.now_utc().isoformat(),
        ),
    )
    return JoinResult(member["name"], member["role"], url, rekeyed)


def _take_identity(db: Database, member_id: uuid.UUID, name: str, role: MemberRole) -> bool:
    """Make the server's person "me" here; move what the local "me" owned onto them."""
    with db.session_scope() as session:
        if session.get(TeamMember, member_id) is None:
            session.add(TeamMember(id=member_id, name=name, role=role))
            session.flush()
        setting = session.get(AppSetting, CURRENT_USER_KEY)
        local_id = _as_uuid(setting.value) if setting is not None else None
        rekeyed = False
        if local_id is not None and local_id != member_id:
            local = session.get(TeamMember, local_id)
            if local is not None:
                relink(session, TeamMember.__tablename__, member_id, local_id)
                session.execute(delete(TeamMember).where(TeamMember.id == local_id))
                rekeyed = True
        if setting is None:
            session.add(AppSetting(key=CURRENT_USER_KEY, value=str(member_id)))
        else:
            setting.value = str(member_id)
        me = session.scalar(select(TeamMember).where(TeamMember.id == member_id))
        assert me is not None
        me.name, me.role = name, role
        return rekeyed


def _as_uuid(value: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(value)
    except ValueError:
        return None
