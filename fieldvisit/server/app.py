"""The sync service: the only way a laptop reaches the team's data (Starlette, ASGI).

Every request but ``status`` and ``enrol`` carries a device token (``Authorization:
Bearer …``); the service decides from it who is asking and what they may see.
"""

from __future__ import annotations

import secrets
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any

from sqlalchemy import select
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from fieldvisit import clock
from fieldvisit.server import exchange, retention
from fieldvisit.server.admin import audit, secret_hash, token_hash
from fieldvisit.server.models import Device, EnrolmentCode
from fieldvisit.server.scope import Caller, team_of
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import TeamMember
from fieldvisit.sync import protocol as p

SEEN_EVERY = timedelta(minutes=1)
Handler = Callable[[Request], Awaitable[JSONResponse]]


class Refused(Exception):
    """A request the service answers with an error code instead of data."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


def _error(exc: Refused) -> JSONResponse:
    return JSONResponse({"error": exc.code, "message": exc.message}, status_code=exc.status)


def _member_json(member: TeamMember) -> dict[str, Any]:
    return {
        "id": str(member.id),
        "name": member.name,
        "role": member.role.value,
        "manager_id": str(member.manager_id) if member.manager_id else None,
    }


def enrol(db: Database, body: dict[str, Any]) -> dict[str, Any]:
    """Trade a one-time code for a device token; the token is returned once, kept hashed."""
    code = body.get("code")
    name = body.get("device_name")
    if not isinstance(code, str) or not isinstance(name, str) or not name.strip():
        raise Refused(400, p.BAD_REQUEST, "Send code and device_name.")
    if body.get("protocol") not in p.ACCEPTED_VERSIONS:
        raise Refused(426, p.PROTOCOL_OUTDATED, "Update FieldVisit to join this team.")
    now = clock.now_utc()
    with db.session_scope() as session:
        row = session.scalar(
            select(EnrolmentCode).where(EnrolmentCode.code_hash == secret_hash(code))
        )
        if row is None:
            raise Refused(403, p.CODE_INVALID, "This enrolment code is not known.")
        if row.used_at is not None:
            raise Refused(403, p.CODE_USED, "This enrolment code was used already.")
        if row.expires_at <= now:
            raise Refused(403, p.CODE_EXPIRED, "This enrolment code has expired.")
        member = session.get(TeamMember, row.member_id)
        if member is None or member.deleted_at is not None:
            raise Refused(403, p.CODE_INVALID, "This enrolment code is not known.")
        token = secrets.token_urlsafe(32)
        device = Device(
            member_id=member.id,
            name=name.strip()[:120],
            token_hash=token_hash(token),
            created_at=now,
            last_seen_at=now,
        )
        session.add(device)
        session.flush()
        row.used_at, row.device_id = now, device.id
        audit(session, "device_enrolled", member_id=member.id, device_id=device.id)
        return {
            "device_id": str(device.id),
            "token": token,
            "member": _member_json(member),
            "server_time": now.isoformat(),
            "protocol": p.PROTOCOL_VERSION,
        }


def authenticate(db: Database, header: str | None) -> Caller:
    if not header or not header.startswith("Bearer "):
        raise Refused(401, p.UNAUTHORIZED, "Sign in with this laptop's device token.")
    with db.session_scope() as session:
        device = session.scalar(
            select(Device).where(Device.token_hash == token_hash(header[7:].strip()))
        )
        if device is None:
            raise Refused(401, p.UNAUTHORIZED, "This device token is not known.")
        if device.revoked_at is not None:
            raise Refused(401, p.DEVICE_REVOKED, "This laptop was removed from the team.")
        member = session.get(TeamMember, device.member_id)
        if member is None or member.deleted_at is not None:
            raise Refused(401, p.UNAUTHORIZED, "This person is no longer in the team.")
        now = clock.now_utc()
        if device.last_seen_at is None or now - device.last_seen_at > SEEN_EVERY:
            device.last_seen_at = now  # not on every request: a burst of pulls writes nothing
        reps = team_of(session.connection(), member.id)
        return Caller(device.id, member.id, member.name, member.role, member.manager_id, reps)


def create_app(db: Database) -> Starlette:
    """The ASGI application over the team's open database."""

    async def status(_request: Request) -> JSONResponse:
        return JSONResponse(
            {
                "service": "fieldvisit",
                "protocol": p.PROTOCOL_VERSION,
                "accepts": sorted(p.ACCEPTED_VERSIONS),
                "server_time": clock.now_utc().isoformat(),
            }
        )

    async def enrol_route(request: Request) -> JSONResponse:
        try:
            body = await request.json()
        except ValueError:
            return _error(Refused(400, p.BAD_REQUEST, "The body is not JSON."))
        if not isinstance(body, dict):
            return _error(Refused(400, p.BAD_REQUEST, "The body is not a JSON object."))
        try:
            return JSONResponse(await run_in_threadpool(enrol, db, body))
        except Refused as exc:
            return _error(exc)

    async def me(request: Request) -> JSONResponse:
        try:
            caller = await run_in_threadpool(authenticate, db, request.headers.get("authorization"))
        except Refused as exc:
            return _error(exc)
        return JSONResponse({"device_id": str(caller.device_id), "member": caller.member_json()})

    async def caller_of(request: Request) -> Caller:
        return await run_in_threadpool(authenticate, db, request.headers.get("authorization"))

    async def push_route(request: Request) -> JSONResponse:
        try:
            caller = await caller_of(request)
            try:
                body = await request.json()
            except ValueError as exc:
                raise Refused(400, p.BAD_REQUEST, "The body is not JSON.") from exc
            if not isinstance(body, dict):
                raise Refused(400, p.BAD_REQUEST, "The body is not a JSON object.")
            if body.get("protocol") not in p.ACCEPTED_VERSIONS:
                raise Refused(
                    426,
                    p.PROTOCOL_OUTDATED,
                    "This FieldVisit is too old to send changes to the team server; "
                    "update it. (It can still receive the team's changes.)",
                )
            if body.get("device_id") not in (None, str(caller.device_id)):
                raise Refused(400, p.BAD_REQUEST, "The device id does not match the token.")
            result = await run_in_threadpool(exchange.push, db, caller, body)
        except Refused as exc:
            return _error(exc)
        except exchange.BadPush as exc:
            return _error(Refused(400, p.BAD_REQUEST, str(exc)))
        return JSONResponse(result)

    async def pull_route(request: Request) -> JSONResponse:
        try:
            caller = await caller_of(request)
            limit = int(request.query_params.get("limit", exchange.PAGE))
            after = request.query_params.get("after")
            expired = await run_in_threadpool(retention.cursor_expired, db, after)
            if expired:
                raise Refused(
                    410,
                    p.CURSOR_EXPIRED,
                    "This laptop was away longer than the team server keeps its changes: "
                    "it downloads everything again.",
                )
            result = await run_in_threadpool(exchange.pull, db, caller, after, limit)
        except Refused as exc:
            return _error(exc)
        except (exchange.BadPush, ValueError) as exc:
            return _error(Refused(400, p.BAD_REQUEST, str(exc)))
        return JSONResponse(result | {"server_time": clock.now_utc().isoformat()})

    return Starlette(
        routes=[
            Route(f"{p.API_PREFIX}/push", push_route, methods=["POST"]),
            Route(f"{p.API_PREFIX}/pull", pull_route, methods=["GET"]),
            Route(f"{p.API_PREFIX}/status", status, methods=["GET"]),
            Route(f"{p.API_PREFIX}/enrol", enrol_route, methods=["POST"]),
            Route(f"{p.API_PREFIX}/me", me, methods=["GET"]),
        ]
    )
