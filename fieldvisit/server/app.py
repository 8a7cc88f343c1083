"""The sync service: the only way a laptop reaches the team's data (Starlette, ASGI).

Every request but ``status`` and ``enrol`` carries a device token (``Authorization:
Bearer …``); the service decides from it who is asking and what they may see.
"""

from __future__ import annotations

import asyncio
import functools
import secrets
from collections.abc import Awaitable, Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta
from typing import Any, TypeVar
from urllib.parse import parse_qsl

from sqlalchemy import Connection, Executable, bindparam, func, select, update
from sqlalchemy.orm import configure_mappers
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

from fieldvisit import clock
from fieldvisit.domain.enums import MemberRole
from fieldvisit.server import callers, exchange, team_api
from fieldvisit.server.admin import audit, secret_hash, token_hash
from fieldvisit.server.driver import driver_rows, driver_sql, read_utc
from fieldvisit.server.models import Device, EnrolmentCode
from fieldvisit.server.scope import Caller
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import TeamMember
from fieldvisit.sync import protocol as p

SEEN_EVERY = timedelta(minutes=1)
THREADS = 8
"""Threads for database work when the engine's pool does not say its size."""
T = TypeVar("T")
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


def authenticate(db: Database, header: str | None, *, touch: bool = True) -> Caller:
    """The device and person behind a token, in one read; ``touch`` records (at most once
    a minute) that the laptop was seen; a pull records it with its end-of-sync stamp."""
    with db.read_scope() as session:
        caller, last_seen = identify(session.connection(), header)
    now = clock.now_utc()
    if touch and (last_seen is None or now - last_seen > SEEN_EVERY):
        with db.session_scope() as session:  # not on every request
            session.execute(
                update(Device).where(Device.id == caller.device_id).values(last_seen_at=now)
            )
    return caller


def _identify_statement() -> Executable:
    team = TeamMember.__table__.alias("team")
    reps = (
        select(func.array_agg(team.c.id)).where(team.c.manager_id == Device.member_id)
    ).scalar_subquery()
    return (
        select(
            Device.id,
            Device.revoked_at,
            Device.last_seen_at,
            TeamMember.id,
            TeamMember.name,
            TeamMember.role,
            TeamMember.manager_id,
            TeamMember.deleted_at,
            reps,
        )
        .join_from(Device, TeamMember, TeamMember.id == Device.member_id)
        .where(Device.token_hash == bindparam("token_hash"))
    )


_IDENTIFY = driver_sql(_identify_statement())
"""Built once and run on the driver's cursor: a burst of laptops each asks it, and building
and processing a statement cost more than running it."""


def identify(conn: Connection, header: str | None) -> tuple[Caller, datetime | None]:
    """Who the token in ``header`` is (device, person, team) and when the device was last
    seen, in one query on ``conn``; refused when unknown, revoked or removed."""
    if not header or not header.startswith("Bearer "):
        raise Refused(401, p.UNAUTHORIZED, "Sign in with this laptop's device token.")
    found = driver_rows(
        conn, _IDENTIFY, {"token_hash": token_hash(header[7:].strip())}, named=False
    )
    if not found:
        raise Refused(401, p.UNAUTHORIZED, "This device token is not known.")
    device_id, revoked_at, last_seen, member_id, name, role, manager_id, deleted_at, members = (
        found[0]
    )
    if revoked_at is not None:
        raise Refused(401, p.DEVICE_REVOKED, "This laptop was removed from the team.")
    if deleted_at is not None:
        raise Refused(401, p.UNAUTHORIZED, "This person is no longer in the team.")
    caller = Caller(
        device_id, member_id, name, MemberRole(role), manager_id, frozenset(members or ())
    )
    return caller, read_utc(last_seen)


def create_app(db: Database) -> ASGIApp:
    """The ASGI application over the team's open database.

    Database work runs in threads, as many at once as the engine's pool holds
    connections: more would only wait for one, or open and close connections beyond the
    pool, each a new PostgreSQL process."""
    # Mappers are configured now, not by the first request: after a restart every laptop
    # comes back at once, and the first would each wait for it.
    configure_mappers()
    size = getattr(db.engine.pool, "size", lambda: THREADS)()
    # A plain executor, not anyio's worker threads: handing a pull to a thread is a good
    # share of its cost when a burst of laptops arrives (bench/bench_sync.py).
    workers = ThreadPoolExecutor(max(1, size), thread_name_prefix="fieldvisit-db")

    async def in_thread(function: Callable[..., T], *args: Any) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(workers, functools.partial(function, *args))

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
            return JSONResponse(await in_thread(enrol, db, body))
        except Refused as exc:
            return _error(exc)

    async def me(request: Request) -> JSONResponse:
        try:
            caller = await in_thread(authenticate, db, request.headers.get("authorization"))
        except Refused as exc:
            return _error(exc)
        return JSONResponse({"device_id": str(caller.device_id), "member": caller.member_json()})

    async def caller_of(request: Request) -> Caller:
        header = request.headers.get("authorization")
        key = token_hash(header) if header else ""
        caller = callers.cached(key) if key else None
        if caller is None:
            caller = await in_thread(authenticate, db, header)
            callers.remember(key, caller)
        return caller

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
            result = await in_thread(exchange.push, db, caller, body)
        except Refused as exc:
            return _error(exc)
        except exchange.BadPush as exc:
            return _error(Refused(400, p.BAD_REQUEST, str(exc)))
        return JSONResponse(result)

    async def pull_answer(header: str | None, query: Mapping[str, str]) -> Response:
        key = token_hash(header) if header else ""

        def who(conn: Connection) -> Caller:
            # Asked inside the pull's own transaction: one round of the pool, not two.
            caller, _seen = identify(conn, header)  # the end-of-sync stamp says "seen"
            callers.remember(key, caller)
            return caller

        try:
            after = query.get("after")
            caller: Caller | exchange.CallerOf = (callers.cached(key) if key else None) or who
            raw_limit = query.get("limit")
            limit = int(raw_limit) if raw_limit else None
            body = await in_thread(
                exchange.pull_json,
                db,
                caller,
                after,
                limit,
                {"server_time": clock.now_utc().isoformat()},
            )
        except Refused as exc:
            return _error(exc)
        except exchange.CursorExpired:  # checked in the page's own transaction
            return _error(
                Refused(
                    410,
                    p.CURSOR_EXPIRED,
                    "This laptop was away longer than the team server keeps its changes: "
                    "it downloads everything again.",
                )
            )
        except (exchange.BadPush, ValueError) as exc:
            return _error(Refused(400, p.BAD_REQUEST, str(exc)))
        return Response(body, media_type="application/json")

    async def pull_route(request: Request) -> Response:
        return await pull_answer(request.headers.get("authorization"), request.query_params)

    routed = Starlette(
        routes=[
            Route(f"{p.API_PREFIX}/push", push_route, methods=["POST"]),
            Route(f"{p.API_PREFIX}/pull", pull_route, methods=["GET"]),
            Route(f"{p.API_PREFIX}/status", status, methods=["GET"]),
            Route(f"{p.API_PREFIX}/enrol", enrol_route, methods=["POST"]),
            Route(f"{p.API_PREFIX}/me", me, methods=["GET"]),
            *team_api.routes(db, authenticate, Refused),
        ]
    )
    pull_path = f"{p.API_PREFIX}/pull"

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        # Every laptop pulls on every sync, and after a restart or in the morning a whole
        # team at once: pulls skip Starlette's request machinery (a third of a pull's
        # cost in a burst, bench/bench_sync.py); everything else goes through it.
        if scope["type"] == "http" and scope["path"] == pull_path and scope["method"] == "GET":
            headers = dict(scope["headers"])
            header = headers.get(b"authorization")
            query = dict(parse_qsl(scope["query_string"].decode("latin-1"), keep_blank_values=True))
            answer = await pull_answer(header.decode("latin-1") if header else None, query)
            await answer(scope, receive, send)  # two messages: start, body
        else:
            await routed(scope, receive, send)

    return app
