"""Team members and who is using this laptop."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session, aliased

from fieldvisit.domain.enums import MemberRole, WorkBase
from fieldvisit.domain.errors import ValidationError
from fieldvisit.i18n import message
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import Account, AppSetting, TeamMember

CURRENT_USER_KEY = "current_member_id"
MAX_NAME_LENGTH = 120


@dataclass(frozen=True, slots=True)
class MemberRow:
    id: uuid.UUID
    name: str
    role: MemberRole
    work_base: WorkBase
    territory: str | None
    manager_id: uuid.UUID | None
    manager_name: str | None
    active: bool
    account_count: int


def list_team(
    db: Database, account_counts: Mapping[uuid.UUID, int] | None = None
) -> list[MemberRow]:
    """Managers first, then reps, each by name; with their manager and account count.

    ``account_counts`` (live accounts per owner), when the caller has counted them
    already (the account list's index), spare counting them again.
    """
    manager = aliased(TeamMember)
    query = (
        select(TeamMember, manager.name)
        .outerjoin(manager, TeamMember.manager_id == manager.id)
        .where(TeamMember.deleted_at.is_(None))
        .order_by(case((TeamMember.role == MemberRole.MANAGER, 0), else_=1), TeamMember.name)
    )
    with db.read_scope() as session:
        if account_counts is None:
            counted = session.execute(
                select(Account.owner_id, func.count())
                .where(Account.deleted_at.is_(None))
                .group_by(Account.owner_id)
            )
            account_counts = {owner: n for owner, n in counted if owner is not None}
        return [
            _row(m, manager_name, account_counts.get(m.id, 0))
            for m, manager_name in session.execute(query)
        ]


def current_user(db: Database) -> MemberRow | None:
    with db.read_scope() as session:
        member = current_member(session)
        return _row(member, member.manager.name if member.manager else None) if member else None


def clean_member_name(name: str) -> str:
    """A person's name as stored (inner spaces collapsed); refused when empty or too long."""
    clean = " ".join(name.split())
    if not clean:
        raise ValidationError("name", message("Enter your name."))
    if len(clean) > MAX_NAME_LENGTH:
        raise ValidationError(
            "name",
            message(
                "A name can be at most {count} characters.",
                count=MAX_NAME_LENGTH,
            ),
        )
    return clean


def set_current_user(
    db: Database, name: str, role: MemberRole, work_base: WorkBase = WorkBase.OFFICE
) -> MemberRow:
    """Record who uses this laptop: an existing member of that name and role, or a new one."""
    clean = clean_member_name(name)
    with db.session_scope() as session:
        member = session.scalars(
            select(TeamMember).where(
                TeamMember.name == clean,
                TeamMember.role == role,
                TeamMember.deleted_at.is_(None),
            )
        ).first()
        if member is None:
            member = TeamMember(name=clean, role=role, work_base=work_base)
            session.add(member)
            session.flush()
        setting = session.get(AppSetting, CURRENT_USER_KEY)
        if setting is None:
            session.add(AppSetting(key=CURRENT_USER_KEY, value=str(member.id)))
        else:
            setting.value = str(member.id)
        return _row(member, member.manager.name if member.manager else None)


def current_member(session: Session) -> TeamMember | None:
    setting = session.get(AppSetting, CURRENT_USER_KEY)
    if setting is None:
        return None
    try:
        member_id = uuid.UUID(setting.value)
    except ValueError:
        return None
    member = session.get(TeamMember, member_id)
    return member if member is not None and member.deleted_at is None else None


def _row(member: TeamMember, manager_name: str | None, account_count: int = 0) -> MemberRow:
    return MemberRow(
        id=member.id,
        name=member.name,
        role=member.role,
        work_base=member.work_base,
        territory=member.territory,
        manager_id=member.manager_id,
        manager_name=manager_name,
        active=member.active,
        account_count=account_count,
    )


def member_names(session: Session, ids: Iterable[uuid.UUID | None]) -> dict[uuid.UUID | None, str]:
    """The names of the team members ``ids`` (``None`` entries ignored), in one query."""
    wanted = {i for i in ids if i is not None}
    rows = session.execute(select(TeamMember.id, TeamMember.name).where(TeamMember.id.in_(wanted)))
    found: dict[uuid.UUID | None, str] = {row.id: row.name for row in rows}
    return found
