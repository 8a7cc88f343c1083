"""Administering the team on the server: people, reporting lines, territories, devices.

Enrolment codes and device tokens are random secrets shown once and stored only as
SHA-256 hashes, so a copy of the database gives nobody a way in.
"""

from __future__ import annotations

import hashlib
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, event, func, select, tuple_, update
from sqlalchemy.orm import Session

from fieldvisit import clock
from fieldvisit.domain.enums import MemberRole
from fieldvisit.domain.errors import FieldVisitError, NotFoundError, ValidationError
from fieldvisit.i18n import message
from fieldvisit.server.callers import forget_callers
from fieldvisit.server.models import AuditEvent, Device, EnrolmentCode
from fieldvisit.server.scope import team_of
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import Account, MonthlyPlan, PlannedContact, TeamMember
from fieldvisit.sync.tables import chain, root_of, synced_tables, table

CODE_LIFETIME = timedelta(days=7)
_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud or typed


def secret_hash(secret: str) -> str:
    return hashlib.sha256(secret.strip().upper().replace("-", "").encode()).hexdigest()


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def new_code() -> str:
    raw = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(12))
    return "-".join(raw[i : i + 4] for i in range(0, 12, 4))


class OutsideTeamError(FieldVisitError):
    """A manager asked to change something outside their own team."""

    title = "Not allowed"


@dataclass(frozen=True, slots=True)
class MemberInfo:
    id: uuid.UUID
    name: str
    role: MemberRole
    manager_id: uuid.UUID | None
    manager_name: str | None
    accounts: int
    devices: int


@dataclass(frozen=True, slots=True)
class DeviceInfo:
    id: uuid.UUID
    member_name: str
    name: str
    created_at: datetime
    last_seen_at: datetime | None
    revoked_at: datetime | None


def audit(
    session: Session,
    action: str,
    member_id: uuid.UUID | None = None,
    device_id: uuid.UUID | None = None,
    subject_id: uuid.UUID | None = None,
) -> None:
    # Who a token is, their role and team may have changed: the service asks again.
    event.listen(session, "after_commit", lambda _s: forget_callers(), once=True)
    session.add(
        AuditEvent(
            at=clock.now_utc(),
            action=action,
            member_id=member_id,
            device_id=device_id,
            subject_id=subject_id,
        )
    )


def member_by_name(session: Session, name: str) -> TeamMember:
    """The person called ``name`` (or with that id: the window sends ids)."""
    try:
        by_id = session.get(TeamMember, uuid.UUID(name))
    except ValueError:
        by_id = None
    if by_id is not None and by_id.deleted_at is None:
        return by_id
    rows = session.scalars(
        select(TeamMember).where(TeamMember.name == name.strip(), TeamMember.deleted_at.is_(None))
    ).all()
    if not rows:
        raise NotFoundError(
            message(
                "Nobody called {name} is in the team.",
                name=repr(name),
            )
        )
    if len(rows) > 1:
        raise ValidationError(
            "name",
            message(
                "{count} people are called {name}; rename one first.",
                count=len(rows),
                name=repr(name),
            ),
        )
    return rows[0]


def _manager_for(session: Session, name: str | None) -> uuid.UUID | None:
    if not name:
        return None
    manager = member_by_name(session, name)
    if manager.role is not MemberRole.MANAGER:
        raise ValidationError(
            "manager",
            message("{name} is not a manager.", name=repr(name)),
        )
    return manager.id


def issue_code(session: Session, member: TeamMember, device_id: uuid.UUID | None = None) -> str:
    code = new_code()
    now = clock.now_utc()
    session.add(
        EnrolmentCode(
            member_id=member.id,
            code_hash=secret_hash(code),
            created_at=now,
            expires_at=now + CODE_LIFETIME,
        )
    )
    audit(session, "code_issued", member_id=member.id, device_id=device_id)
    return code


def add_member(
    db: Database,
    name: str,
    role: MemberRole,
    manager: str | None = None,
    *,
    device_id: uuid.UUID | None = None,
) -> str:
    """Add a person and return their one-time enrolment code.

    ``device_id`` (in every change below) is the laptop an administrator made the change
    from, kept in the audit trail; ``None`` is the server's command line."""
    clean = name.strip()
    if not clean:
        raise ValidationError("name", message("A member needs a name."))
    if role is MemberRole.REP and not manager:
        raise ValidationError(
            "manager",
            message(
                "A rep needs a manager: add --manager NAME.",
            ),
        )
    with db.session_scope() as session:
        taken = session.scalar(
            select(func.count())
            .select_from(TeamMember)
            .where(TeamMember.name == clean, TeamMember.deleted_at.is_(None))
        )
        if taken:
            raise ValidationError(
                "name",
                message(
                    "{name} is already in the team.",
                    name=repr(clean),
                ),
            )
        member = TeamMember(name=clean, role=role, manager_id=_manager_for(session, manager))
        session.add(member)
        session.flush()
        return issue_code(session, member, device_id)


def new_code_for(db: Database, name: str) -> str:
    """A fresh enrolment code for someone already in the team (a new or replaced laptop)."""
    with db.session_scope() as session:
        return issue_code(session, member_by_name(session, name))


def list_members(db: Database) -> list[MemberInfo]:
    with db.read_scope() as session:
        members = session.scalars(
            select(TeamMember).where(TeamMember.deleted_at.is_(None)).order_by(TeamMember.name)
        ).all()
        names = {m.id: m.name for m in members}
        accounts = dict(
            session.execute(
                select(Account.owner_id, func.count())
                .where(Account.deleted_at.is_(None))
                .group_by(Account.owner_id)
            ).all()
        )
        devices = dict(
            session.execute(
                select(Device.member_id, func.count())
                .where(Device.revoked_at.is_(None))
                .group_by(Device.member_id)
            ).all()
        )
        return [
            MemberInfo(
                id=m.id,
                name=m.name,
                role=m.role,
                manager_id=m.manager_id,
                manager_name=names.get(m.manager_id) if m.manager_id else None,
                accounts=accounts.get(m.id, 0),
                devices=devices.get(m.id, 0),
            )
            for m in members
        ]


def move_member(
    db: Database, name: str, manager: str, *, device_id: uuid.UUID | None = None
) -> None:
    """Give a rep a new manager (the reporting line)."""
    with db.session_scope() as session:
        member = member_by_name(session, name)
        if member.role is not MemberRole.REP:
            raise ValidationError("name", message("{name} is not a rep.", name=repr(name)))
        member.manager_id = _manager_for(session, manager)
        audit(session, "member_moved", device_id=device_id, subject_id=member.id)


def set_role(
    db: Database,
    name: str,
    role: MemberRole,
    manager: str | None = None,
    *,
    device_id: uuid.UUID | None = None,
) -> None:
    """Make someone a rep (under ``manager``, or the manager they have), a manager or an
    admin. A manager keeps the role while reps report to them, and an admin holds no
    accounts (they read no customer data), so those are handed over first."""
    with db.session_scope() as session:
        member = member_by_name(session, name)
        if member.role is MemberRole.MANAGER and role is not MemberRole.MANAGER:
            reps = session.scalar(
                select(func.count())
                .select_from(TeamMember)
                .where(TeamMember.manager_id == member.id, TeamMember.deleted_at.is_(None))
            )
            if reps:
                raise ValidationError(
                    "reps",
                    message(
                        "{count} reps report to {name}; give them another manager first.",
                        count=reps,
                        name=repr(member.name),
                    ),
                )
        if role is MemberRole.ADMIN:
            held = session.scalar(
                select(func.count())
                .select_from(Account)
                .where(Account.owner_id == member.id, Account.deleted_at.is_(None))
            )
            if held:
                raise ValidationError(
                    "accounts",
                    message(
                        "{name} holds {count} accounts; hand them to a rep first.",
                        count=held,
                        name=repr(member.name),
                    ),
                )
        if role is MemberRole.REP:
            if manager:
                member.manager_id = _manager_for(session, manager)
            elif member.manager_id is None or member.role is not MemberRole.REP:
                raise ValidationError(
                    "manager",
                    message("A rep needs a manager: add --manager NAME."),
                )
        else:
            member.manager_id = None
        if member.role is not role:
            member.role = role
            audit(session, "role_changed", device_id=device_id, subject_id=member.id)


def assign_territory(
    db: Database,
    account: str | list[str],
    to: str,
    *,
    team_of_manager: uuid.UUID | None = None,
    device_id: uuid.UUID | None = None,
) -> int:
    """Hand the account(s) named ``account`` (or with that id; or a list of ids) to rep
    ``to``; how many moved. With ``team_of_manager``, both the rep and every account's
    present holder must report to that manager (read in this same transaction), or
    nothing moves."""
    names = [account] if isinstance(account, str) else list(account)
    with db.session_scope() as session:
        rep = member_by_name(session, to)
        if rep.role is not MemberRole.REP:
            raise ValidationError("to", message("{name} is not a rep.", name=repr(to)))
        found: list[Account] = []
        for one in names:
            query = select(Account).where(Account.deleted_at.is_(None))
            try:
                query = query.where(Account.id == uuid.UUID(one))
            except ValueError:
                query = query.where(Account.name == one.strip())
            rows = session.scalars(query).all()
            if not rows:
                raise NotFoundError(
                    message(
                        "No account has that name or ID.",
                    )
                )
            found += [r for r in rows if r not in found]
        within = (
            team_of(session.connection(), team_of_manager) if team_of_manager is not None else None
        )
        if within is not None and (
            rep.id not in within or any(r.owner_id not in within for r in found)
        ):
            raise OutsideTeamError(
                message(
                    "Accounts move only between the reps of your own team.",
                )
            )
        for row in found:
            row.owner_id = rep.id
            session.flush()
            touch_subtree(session, "account", row.id)
            # Visits other reps had planned there leave their plans: the account is no
            # longer theirs, and their laptops drop it with everything that points at it.
            session.execute(
                delete(PlannedContact).where(
                    PlannedContact.account_id == row.id,
                    PlannedContact.plan_id.in_(
                        select(MonthlyPlan.id).where(MonthlyPlan.rep_id != rep.id)
                    ),
                )
            )
            audit(
                session,
                "territory_assigned",
                member_id=rep.id,
                device_id=device_id,
                subject_id=row.id,
            )
        return len(found)


def touch_subtree(session: Session, root: str, root_id: uuid.UUID) -> None:
    """Log every row under a root again, so the laptops now in scope receive all of it."""
    for t in synced_tables():
        if t.name == root or root_of(t.name) != root:
            continue
        hops, _owner = chain(t.name)
        joined: Any = t
        for hop in hops:
            joined = joined.join(hop.parent, hop.column == hop.parent.c.id)
        pk = list(t.primary_key.columns)
        under = select(*pk).select_from(joined).where(table(root).c.id == root_id)
        session.execute(update(t).where(tuple_(*pk).in_(under)).values({pk[0].name: pk[0]}))


def list_devices(db: Database) -> list[DeviceInfo]:
    with db.read_scope() as session:
        rows = session.execute(
            select(Device, TeamMember.name)
            .join(TeamMember, TeamMember.id == Device.member_id)
            .order_by(TeamMember.name, Device.created_at)
        ).all()
        return [
            DeviceInfo(
                id=d.id,
                member_name=name,
                name=d.name,
                created_at=d.created_at,
                last_seen_at=d.last_seen_at,
                revoked_at=d.revoked_at,
            )
            for d, name in rows
        ]


def revoke_device(db: Database, device_id: str) -> None:
    """The device's token stops working at once; the laptop keeps its data but cannot sync."""
    try:
        key = uuid.UUID(device_id)
    except ValueError as exc:
        raise ValidationError(
            "device",
            message("{id} is not a device id.", id=repr(device_id)),
        ) from exc
    with db.session_scope() as session:
        device = session.get(Device, key)
        if device is None:
            raise NotFoundError(
                message(
                    "No device has the ID {id}.",
                    id=device_id,
                )
            )
        if device.revoked_at is None:
            device.revoked_at = clock.now_utc()
            audit(session, "device_revoked", member_id=device.member_id, device_id=device.id)
