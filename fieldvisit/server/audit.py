"""The audit trail admins read: who enrolled, what was revoked or moved, and every time a
personal profile left the server (SYNC.md: every read of personal profiles audited).

A profile "read" is its row sent to a laptop in a pull: that is the only way a profile
leaves the server, so one event per profile and pull says who (person and laptop) saw it.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, insert, select
from sqlalchemy.orm import Session

from fieldvisit import clock
from fieldvisit.server.models import AuditEvent
from fieldvisit.server.scope import Caller
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import TeamMember

PROFILE_READ = "profile_read"


def record_profile_reads(
    session: Session | Connection, caller: Caller, stakeholder_ids: Iterable[str]
) -> int:
    """One ``profile_read`` event per profile sent to ``caller``; returns how many."""
    at = clock.now_utc()
    rows = [
        {
            "at": at,
            "action": PROFILE_READ,
            "member_id": caller.member_id,
            "device_id": caller.device_id,
            "subject_id": uuid.UUID(str(sid)),
        }
        for sid in stakeholder_ids
    ]
    if rows:
        session.execute(insert(AuditEvent), rows)
    return len(rows)


@dataclass(frozen=True, slots=True)
class AuditRow:
    at: datetime
    action: str
    member_name: str | None
    device_id: uuid.UUID | None
    subject_id: uuid.UUID | None


def audit_trail(
    db: Database, member: str | None = None, action: str | None = None, limit: int = 200
) -> list[AuditRow]:
    """The newest events first; ``member`` (a name) and ``action`` narrow it."""
    query = (
        select(AuditEvent, TeamMember.name)
        .outerjoin(TeamMember, TeamMember.id == AuditEvent.member_id)
        .order_by(AuditEvent.id.desc())
        .limit(max(1, limit))
    )
    if member is not None:
        query = query.where(TeamMember.name == member.strip())
    if action is not None:
        query = query.where(AuditEvent.action == action)
    with db.read_scope() as session:
        return [
            AuditRow(e.at, e.action, name, e.device_id, e.subject_id)
            for e, name in session.execute(query).all()
        ]
