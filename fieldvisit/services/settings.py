"""Application settings kept in the database: report header, backups, who uses the laptop.

Settings that belong to the machine rather than the data (language, paper size)
live in the user's QSettings and are handled by the UI.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldvisit.domain.enums import MemberRole, WorkBase
from fieldvisit.domain.errors import ValidationError
from fieldvisit.i18n import message
from fieldvisit.services.team import (
    MemberRow,
    clean_member_name,
    current_user,
    set_current_user,
)
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import AppSetting, TeamMember
from fieldvisit.sync.device import load_identity

COMPANY_KEY = "company_name"
DEFAULT_COMPANY = "FieldVisit"
BACKUP_FOLDER_KEY = "backup_folder"
BACKUP_KEEP_KEY = "backup_keep"
LAST_AUTO_BACKUP_KEY = "last_auto_backup"
MAX_COMPANY_LENGTH = 120
DEFAULT_BACKUP_KEEP = 10
MIN_BACKUP_KEEP = 1
MAX_BACKUP_KEEP = 365
VISITS_PER_DAY_KEY = "plan_visits_per_day"
SATURDAYS_KEY = "plan_saturdays"
DEFAULT_VISITS_PER_DAY = 8
MIN_VISITS_PER_DAY = 1
MAX_VISITS_PER_DAY = 20


@dataclass(frozen=True, slots=True)
class AppSettings:
    company_name: str = ""
    """Printed in report headers; empty prints "FieldVisit"."""
    backup_folder: Path | None = None
    """Where automatic backups go; ``None`` is ``backups/`` beside the database."""
    backup_keep: int = DEFAULT_BACKUP_KEEP
    visits_per_day: int = DEFAULT_VISITS_PER_DAY
    """At most this many on-site visits a day in a suggested plan (the plan's capacity)."""
    plan_saturdays: bool = False
    """Suggested plans may also use Saturdays that are not holidays (pharmacy rounds)."""


def get_value(session: Session, key: str) -> str | None:
    setting = session.get(AppSetting, key)
    return setting.value if setting is not None else None


def put_value(session: Session, key: str, value: str | None) -> None:
    """Store ``value`` under ``key``; ``None`` removes the setting."""
    setting = session.get(AppSetting, key)
    if value is None:
        if setting is not None:
            session.delete(setting)
    elif setting is None:
        session.add(AppSetting(key=key, value=value))
    elif setting.value != value:
        setting.value = value


def company_name(db: Database) -> str:
    """The company printed in report headers ("FieldVisit" until one is set)."""
    with db.session_scope() as session:
        value = (get_value(session, COMPANY_KEY) or "").strip()
    return value or DEFAULT_COMPANY


def load_settings(db: Database) -> AppSettings:
    with db.session_scope() as session:
        company = get_value(session, COMPANY_KEY) or ""
        folder = get_value(session, BACKUP_FOLDER_KEY)
        keep = get_value(session, BACKUP_KEEP_KEY)
        per_day = get_value(session, VISITS_PER_DAY_KEY)
        saturdays = get_value(session, SATURDAYS_KEY)
    return AppSettings(
        company_name=company.strip(),
        backup_folder=Path(folder) if folder else None,
        backup_keep=_bounded(keep, DEFAULT_BACKUP_KEEP, MIN_BACKUP_KEEP, MAX_BACKUP_KEEP),
        visits_per_day=_bounded(
            per_day, DEFAULT_VISITS_PER_DAY, MIN_VISITS_PER_DAY, MAX_VISITS_PER_DAY
        ),
        plan_saturdays=saturdays == "1",
    )


def _bounded(value: str | None, default: int, low: int, high: int) -> int:
    try:
        return min(max(int(value or default), low), high)
    except ValueError:
        return default


def validate_settings(settings: AppSettings) -> AppSettings:
    """The settings cleaned up, or a :class:`ValidationError` naming the first bad field."""
    company = " ".join(settings.company_name.split())
    if len(company) > MAX_COMPANY_LENGTH:
        raise ValidationError(
            "company_name",
            message(
                "A company name can be at most {count} characters.",
                count=MAX_COMPANY_LENGTH,
            ),
        )
    if not MIN_BACKUP_KEEP <= settings.backup_keep <= MAX_BACKUP_KEEP:
        raise ValidationError(
            "backup_keep",
            message(
                "Keep between {low} and {high} backups.",
                low=MIN_BACKUP_KEEP,
                high=MAX_BACKUP_KEEP,
            ),
        )
    if not MIN_VISITS_PER_DAY <= settings.visits_per_day <= MAX_VISITS_PER_DAY:
        raise ValidationError(
            "visits_per_day",
            f"Plan between {MIN_VISITS_PER_DAY} and {MAX_VISITS_PER_DAY} visits a day.",
        )
    folder = settings.backup_folder
    if folder is not None:
        folder = folder.expanduser()
        check_writable_folder(folder, "backup_folder")
    return replace(settings, company_name=company, backup_folder=folder)


def check_writable_folder(folder: Path, field: str) -> None:
    """Refuse a folder that is not absolute, not a folder or cannot be written to."""
    if not folder.is_absolute():
        raise ValidationError(
            field,
            message(
                "{folder} is not a full path; choose a folder.",
                folder=folder,
            ),
        )
    if folder.exists() and not folder.is_dir():
        raise ValidationError(
            field,
            message(
                "{folder} is a file, not a folder.",
                folder=folder,
            ),
        )
    existing = next((p for p in (folder, *folder.parents) if p.exists()), None)
    if existing is None or not existing.is_dir() or not os.access(existing, os.W_OK | os.X_OK):
        raise ValidationError(
            field,
            message(
                "FieldVisit cannot write to {folder}; choose another folder.",
                folder=folder,
            ),
        )
    if folder.is_dir():
        try:  # access() can be wrong on network shares and read-only mounts
            with tempfile.TemporaryFile(dir=folder):
                pass
        except OSError as exc:
            raise ValidationError(
                field,
                message(
                    "FieldVisit cannot write to {folder} ({reason}); choose another.",
                    folder=folder,
                    reason=exc.strerror,
                ),
            ) from exc


def save_settings(db: Database, settings: AppSettings) -> AppSettings:
    """Validate, then store every setting in one transaction; returns what was stored."""
    clean = validate_settings(settings)
    with db.session_scope() as session:
        put_value(session, COMPANY_KEY, clean.company_name or None)
        put_value(
            session,
            BACKUP_FOLDER_KEY,
            str(clean.backup_folder) if clean.backup_folder is not None else None,
        )
        put_value(session, BACKUP_KEEP_KEY, str(clean.backup_keep))
        put_value(session, VISITS_PER_DAY_KEY, str(clean.visits_per_day))
        put_value(session, SATURDAYS_KEY, "1" if clean.plan_saturdays else None)
    return clean


def last_auto_backup(db: Database) -> datetime | None:
    with db.session_scope() as session:
        value = get_value(session, LAST_AUTO_BACKUP_KEY)
    if not value:
        return None
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        return None
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


def record_auto_backup(db: Database, when: datetime) -> None:
    with db.session_scope() as session:
        put_value(session, LAST_AUTO_BACKUP_KEY, when.astimezone(UTC).isoformat())


def in_a_team(db: Database) -> bool:
    """Whether this laptop's database has joined a team server (``sync join``)."""
    return db.path is not None and load_identity(db.path) is not None


def update_current_user(
    db: Database, name: str, role: MemberRole, work_base: WorkBase = WorkBase.OFFICE
) -> MemberRow:
    """Change who uses this laptop.

    A new spelling of one's own name renames the current team member, so their
    accounts and records stay theirs; the name and role of another member switch
    to that member (as at first run). The work base is stored either way.
    """
    clean = clean_member_name(name)
    me = current_user(db)
    if in_a_team(db):
        # The team server says who this laptop's user is; a local edit would make anyone
        # the manager (or another rep) on this laptop only, and sync would refuse it.
        if me is not None and (me.name, me.role, me.work_base) == (clean, role, work_base):
            return me
        raise ValidationError(
            "name",
            message(
                "This laptop is in a team: your name, role and work base come from the team "
                "server. Ask your administrator to change them.",
            ),
        )
    if me is not None and me.role is role:
        with db.session_scope() as session:
            taken = session.scalars(
                select(TeamMember.id).where(
                    TeamMember.name == clean,
                    TeamMember.role == role,
                    TeamMember.deleted_at.is_(None),
                    TeamMember.id != me.id,
                )
            ).first()
        if taken is None:
            return _update_member(db, me, clean, work_base)
    member = set_current_user(db, clean, role, work_base)
    return _update_member(db, member, member.name, work_base)


def _update_member(db: Database, member: MemberRow, name: str, work_base: WorkBase) -> MemberRow:
    if member.name == name and member.work_base is work_base:
        return member
    with db.session_scope() as session:
        row = session.get(TeamMember, member.id)
        assert row is not None
        row.name = name
        row.work_base = work_base
    me = current_user(db)
    assert me is not None
    return me
