"""Tables only the team server has: devices, enrolment codes and the audit trail.

They live in their own metadata and migration chain (``server/migrations``), so a laptop
never creates them; the team's data itself uses the laptops' models and migrations.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, MetaData, String
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from fieldvisit.storage.base import NAMING_CONVENTION, UTCDateTime, utcnow


class ServerBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UTCDateTime()}  # noqa: RUF012 - SQLAlchemy's own map


class Device(ServerBase):
    """A laptop enrolled for one person; its token is stored only as a hash."""

    __tablename__ = "srv_device"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    member_id: Mapped[uuid.UUID] = mapped_column(index=True)  # → team_member (migration's FK)
    name: Mapped[str] = mapped_column(String(120))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_seen_at: Mapped[datetime | None]
    revoked_at: Mapped[datetime | None]
    last_synced_at: Mapped[datetime | None]
    """When it last pulled the final page of a sync (after pushing what it had)."""


class EnrolmentCode(ServerBase):
    """A one-time code an administrator hands a person to join their laptop."""

    __tablename__ = "srv_enrolment_code"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    member_id: Mapped[uuid.UUID] = mapped_column(index=True)  # → team_member (migration's FK)
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None]
    device_id: Mapped[uuid.UUID | None]


class AuditEvent(ServerBase):
    """Who did what, when (server time): enrolments, revocations, reads of personal profiles."""

    __tablename__ = "srv_audit_event"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    member_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    device_id: Mapped[uuid.UUID | None]
    action: Mapped[str] = mapped_column(String(40))
    subject_id: Mapped[uuid.UUID | None]


class Change(ServerBase):
    """One change of a synced row, in the order PostgreSQL committed it (``xid``, then ``id``).

    Written by a trigger on every synced table, whatever wrote the row; laptops pull it.
    """

    __tablename__ = "srv_change"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    xid: Mapped[str] = mapped_column(String)  # xid8: the writing transaction (migration's type)
    table_name: Mapped[str] = mapped_column(String(63))
    row_key: Mapped[list[object]] = mapped_column(JSONB)
    op: Mapped[str] = mapped_column(String(10))
    old_owner: Mapped[uuid.UUID | None]


class Mutation(ServerBase):
    """A laptop's change already applied: a replayed push is answered ``duplicate``."""

    __tablename__ = "srv_mutation"

    device_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    mutation_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    answer: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    """What the server answered (a replay is answered the same: a refusal is not lost)."""


class Merge(ServerBase):
    """An account or person merged into another: later changes that still point at the
    removed one (made offline before the laptop learnt of the merge) land on the kept one."""

    __tablename__ = "srv_merge"

    removed_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    target: Mapped[str] = mapped_column(String(20))
    """``account`` or ``stakeholder``."""
    kept_id: Mapped[uuid.UUID]
    at: Mapped[datetime] = mapped_column(default=utcnow)
    member_id: Mapped[uuid.UUID | None]


class AckCode(ServerBase):
    """A person's acknowledgement code: a PIN they set on their own laptop, which sends only
    a key derived from it (scrypt, salted with their id: ``services.covisits.ack_codes``).
    Typed on the manager's laptop, the PIN proves an in-person acknowledgement."""

    __tablename__ = "srv_ack_code"

    member_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)  # → team_member (migration)
    code_hash: Mapped[str] = mapped_column(String(64))
    """The derived key (hex); never the PIN."""
    salt: Mapped[str] = mapped_column(String(32))
    """What the key was salted with (the person's id, hex)."""
    set_at: Mapped[datetime]
    failed_attempts: Mapped[int] = mapped_column(default=0)
