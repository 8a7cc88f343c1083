"""Team set-up over the sync service (``/v1/team/…``): people, reporting lines, territories
and the frequency policy, for the window of an administrator or a manager.

Every change goes through the same functions as the server's command line
(:mod:`fieldvisit.server.admin`, the policy service), so the change log carries it to the
laptops at their next sync and the audit trail names the laptop it came from.

Who may do what (SYNC.md, "Who sees what"): an admin everything; a manager sees their own
team and hands accounts from one of their reps to another, nothing else; a rep nothing.
The frequency policy is the admins' (DOMAIN.md names no one else who may change it).
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from datetime import date
from typing import Any

from sqlalchemy import or_, select
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from fieldvisit.domain.enums import MemberRole, PhonePeriod, SubTier
from fieldvisit.domain.errors import NotFoundError, ValidationError
from fieldvisit.domain.frequency import FrequencyRule
from fieldvisit.server import admin
from fieldvisit.server.scope import Caller
from fieldvisit.services.planning.policy import PolicyVersion, add_policy_version, list_policies
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import Account, TeamMember
from fieldvisit.sync import protocol as p

ACCOUNTS_SHOWN = 50
Authenticate = Callable[[Database, str | None], Caller]


class TeamRefused(Exception):
    def __init__(self, status: int, code: str, message: str, field: str = "") -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.field = status, code, message, field


def permissions(caller: Caller) -> dict[str, bool]:
    """What the caller's window may offer (the service checks each request again)."""
    is_admin = caller.role is MemberRole.ADMIN
    return {
        "people": is_admin,
        "territory": is_admin or caller.role is MemberRole.MANAGER,
        "policy": is_admin,
    }


def _require(caller: Caller, what: str) -> None:
    if not permissions(caller)[what]:
        raise TeamRefused(403, p.FORBIDDEN, "Your role may not do this.")


def _in_view(caller: Caller, member: admin.MemberInfo) -> bool:
    if caller.role is MemberRole.ADMIN:
        return True
    return member.id == caller.member_id or member.id in caller.reps


def members(db: Database, caller: Caller) -> dict[str, Any]:
    _require(caller, "territory")
    shown = [m for m in admin.list_members(db) if _in_view(caller, m)]
    return {
        "members": [
            {
                "id": str(m.id),
                "name": m.name,
                "role": m.role.value,
                "manager_id": str(m.manager_id) if m.manager_id else None,
                "manager_name": m.manager_name,
                "accounts": m.accounts,
                "devices": m.devices,
            }
            for m in shown
        ],
        "may": permissions(caller),
        "me": caller.member_json(),
    }


def _text(body: dict[str, Any], key: str, required: bool = True) -> str | None:
    value = body.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, str) or (required and not value.strip()):
        raise TeamRefused(400, p.BAD_REQUEST, f"Send {key} as text.")
    return value


def _role(body: dict[str, Any]) -> MemberRole:
    try:
        return MemberRole(str(body.get("role")))
    except ValueError as exc:
        raise TeamRefused(400, p.BAD_REQUEST, "Send role: rep, manager or admin.") from exc


def add_member(db: Database, caller: Caller, body: dict[str, Any]) -> dict[str, Any]:
    _require(caller, "people")
    name = _text(body, "name")
    assert name is not None
    code = admin.add_member(
        db, name, _role(body), _text(body, "manager", False), device_id=caller.device_id
    )
    return {"code": code, "name": name.strip()}


def new_code(db: Database, caller: Caller, member_id: str) -> dict[str, Any]:
    _require(caller, "people")
    with db.session_scope() as session:
        member = admin.member_by_name(session, member_id)
        return {"code": admin.issue_code(session, member, caller.device_id), "name": member.name}


def move_member(db: Database, caller: Caller, member_id: str, body: dict[str, Any]) -> None:
    _require(caller, "people")
    manager = _text(body, "manager")
    assert manager is not None
    admin.move_member(db, member_id, manager, device_id=caller.device_id)


def set_role(db: Database, caller: Caller, member_id: str, body: dict[str, Any]) -> None:
    _require(caller, "people")
    admin.set_role(
        db, member_id, _role(body), _text(body, "manager", False), device_id=caller.device_id
    )


def assign(db: Database, caller: Caller, body: dict[str, Any]) -> dict[str, Any]:
    _require(caller, "territory")
    accounts = body.get("accounts")
    if not isinstance(accounts, list) or not accounts or len(accounts) > 1000:
        raise TeamRefused(400, p.BAD_REQUEST, "Send accounts as a list of ids.")
    try:
        ids = [str(uuid.UUID(str(a))) for a in accounts]
    except ValueError as exc:
        raise TeamRefused(400, p.BAD_REQUEST, "Send accounts as a list of ids.") from exc
    to = _text(body, "to")
    assert to is not None
    manager = None if caller.role is MemberRole.ADMIN else caller.member_id
    moved = admin.assign_territory(db, ids, to, team_of_manager=manager, device_id=caller.device_id)
    return {"moved": moved}


def accounts(db: Database, caller: Caller, query: str) -> dict[str, Any]:
    """Accounts to choose from for a territory change: names, cities and holders only (an
    admin's laptop holds no accounts; a manager's window uses its own)."""
    _require(caller, "territory")
    stmt = (
        select(Account.id, Account.name, Account.city, Account.owner_id, TeamMember.name)
        .outerjoin(TeamMember, TeamMember.id == Account.owner_id)
        .where(Account.deleted_at.is_(None))
        .order_by(Account.name)
        .limit(ACCOUNTS_SHOWN)
    )
    if caller.role is not MemberRole.ADMIN:
        if not caller.reps:
            return {"accounts": []}
        stmt = stmt.where(Account.owner_id.in_(caller.reps))
    if query.strip():
        typed = query.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        like = f"%{typed}%"  # what was typed, not a pattern
        stmt = stmt.where(
            or_(Account.name.ilike(like, escape="\\"), Account.city.ilike(like, escape="\\"))
        )
    with db.read_scope() as session:
        rows = session.execute(stmt).all()
    return {
        "accounts": [
            {
                "id": str(r[0]),
                "name": r[1],
                "city": r[2],
                "owner_id": str(r[3]) if r[3] else None,
                "owner_name": r[4],
            }
            for r in rows
        ]
    }


def _version_json(v: PolicyVersion) -> dict[str, Any]:
    return {
        "id": str(v.id) if v.id else None,
        "name": v.name,
        "effective_from": v.effective_from.isoformat(),
        "rules": [
            {
                "sub_tier": r.sub_tier.value,
                "phone_contacts": r.phone_contacts,
                "phone_period": r.phone_period.value,
                "visits_per_month": r.visits_per_month,
            }
            for r in v.rules
        ],
    }


def policy(db: Database, caller: Caller) -> dict[str, Any]:
    _require(caller, "territory")  # admins and managers read it here (everyone has it anyway)
    return {
        "versions": [_version_json(v) for v in list_policies(db)],
        "may_edit": permissions(caller)["policy"],
    }


def save_policy(db: Database, caller: Caller, body: dict[str, Any]) -> dict[str, Any]:
    _require(caller, "policy")
    name = _text(body, "name")
    assert name is not None
    try:
        effective = date.fromisoformat(str(body.get("effective_from")))
        rules = tuple(
            FrequencyRule(
                SubTier(str(r["sub_tier"])),
                int(r["phone_contacts"]),
                PhonePeriod(str(r["phone_period"])),
                None if r.get("visits_per_month") is None else int(r["visits_per_month"]),
            )
            for r in body.get("rules") or []
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise TeamRefused(400, p.BAD_REQUEST, "Send name, effective_from and rules.") from exc
    with db.session_scope() as session:
        saved = add_policy_version(session, name, effective, rules)
        admin.audit(session, "policy_saved", device_id=caller.device_id, subject_id=saved.id)
    return _version_json(saved)


def routes(db: Database, authenticate: Authenticate, refused: type[Exception]) -> list[Route]:
    """The ``/v1/team`` routes; ``authenticate`` raises ``refused`` (the app's own error,
    answered by ``error``) for a token it does not accept."""

    def answer(
        work: Callable[[Caller, Request, dict[str, Any]], Any],
    ) -> Callable[[Request], Awaitable[JSONResponse]]:
        async def handler(request: Request) -> JSONResponse:
            body: dict[str, Any] = {}
            if request.method == "POST":
                try:
                    raw = await request.json()
                except ValueError:
                    raw = None
                if not isinstance(raw, dict):
                    return _refuse(TeamRefused(400, p.BAD_REQUEST, "The body is not JSON."))
                body = raw

            def run() -> Any:
                caller = authenticate(db, request.headers.get("authorization"))
                return work(caller, request, body)

            try:
                result = await run_in_threadpool(run)
            except TeamRefused as exc:
                return _refuse(exc)
            except admin.OutsideTeamError as exc:
                return _refuse(TeamRefused(403, p.OUTSIDE_TEAM, exc.detail))
            except NotFoundError as exc:
                return _refuse(TeamRefused(404, p.NOT_FOUND, exc.detail))
            except ValidationError as exc:
                return _refuse(TeamRefused(422, p.INVALID, exc.detail, exc.field))
            except refused as exc:
                status, code, message = (getattr(exc, k) for k in ("status", "code", "message"))
                return _refuse(TeamRefused(status, code, message))
            return JSONResponse(result if result is not None else {"ok": True})

        return handler

    prefix = f"{p.API_PREFIX}/team"
    member = "{member_id}"
    return [
        Route(f"{prefix}/members", answer(lambda c, _r, _b: members(db, c)), methods=["GET"]),
        Route(
            f"{prefix}/members",
            answer(lambda c, _r, b: add_member(db, c, b)),
            methods=["POST"],
        ),
        Route(
            f"{prefix}/members/{member}/code",
            answer(lambda c, r, _b: new_code(db, c, r.path_params["member_id"])),
            methods=["POST"],
        ),
        Route(
            f"{prefix}/members/{member}/manager",
            answer(lambda c, r, b: move_member(db, c, r.path_params["member_id"], b)),
            methods=["POST"],
        ),
        Route(
            f"{prefix}/members/{member}/role",
            answer(lambda c, r, b: set_role(db, c, r.path_params["member_id"], b)),
            methods=["POST"],
        ),
        Route(f"{prefix}/territory", answer(lambda c, _r, b: assign(db, c, b)), methods=["POST"]),
        Route(
            f"{prefix}/accounts",
            answer(lambda c, r, _b: accounts(db, c, r.query_params.get("q", ""))),
            methods=["GET"],
        ),
        Route(f"{prefix}/policy", answer(lambda c, _r, _b: policy(db, c)), methods=["GET"]),
        Route(f"{prefix}/policy", answer(lambda c, _r, b: save_policy(db, c, b)), methods=["POST"]),
    ]


def _refuse(exc: TeamRefused) -> JSONResponse:
    body = {"error": exc.code, "message": exc.message}
    if exc.field:
        body["field"] = exc.field
    return JSONResponse(body, status_code=exc.status)
