"""Stakeholders (DOMAIN.md §3): identity, buying roles, and the sensitive profile kept apart."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, deferred, mapped_column, relationship

from fieldvisit.domain.enums import (
    AdoptionStage,
    BuyingRole,
    KeyAccountLevel,
    OrgFunction,
    OrgLevel,
    ValuesStyle,
)
from fieldvisit.storage.base import Base, Entity, enum_column, utcnow


class Stakeholder(Entity, Base):
    __tablename__ = "stakeholder"

    account_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(120), index=True)
    title: Mapped[str | None] = mapped_column(String(120))
    department: Mapped[str | None] = mapped_column(String(120))
    mobile: Mapped[str | None] = mapped_column(String(40))
    office_phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200))
    wechat: Mapped[str | None] = mapped_column(String(80))
    address: Mapped[str | None] = mapped_column(String(300))

    org_level: Mapped[OrgLevel | None] = mapped_column(enum_column(OrgLevel))
    org_function: Mapped[OrgFunction | None] = mapped_column(enum_column(OrgFunction))
    key_customer_level: Mapped[KeyAccountLevel | None] = mapped_column(enum_column(KeyAccountLevel))
    values_style: Mapped[ValuesStyle | None] = mapped_column(enum_column(ValuesStyle))
    thinking_preference: Mapped[str | None] = mapped_column(String(200))
    adoption_stage: Mapped[AdoptionStage | None] = mapped_column(enum_column(AdoptionStage))

    # The five questions a key customer asks about the rep (1 = no, 5 = fully).
    trust_rely: Mapped[int | None]
    trust_honest: Mapped[int | None]
    trust_sensitive: Mapped[int | None]
    trust_capable: Mapped[int | None]
    trust_like: Mapped[int | None]

    ended_on: Mapped[date | None]
    """The day this person stopped holding a role at the account."""
    notes: Mapped[str | None] = mapped_column(Text)
    search_key: Mapped[str | None] = deferred(mapped_column(Text))
    """Lower-case name, phones, pinyin and initials; ``None`` means stale."""

    roles: Mapped[list[StakeholderRole]] = relationship(
        cascade="all, delete-orphan", lazy="selectin"
    )


class StakeholderRole(Base):
    """One buying role of a stakeholder; a person may hold several."""

    __tablename__ = "stakeholder_role"

    stakeholder_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("stakeholder.id", ondelete="CASCADE"), primary_key=True
    )
    role: Mapped[BuyingRole] = mapped_column(enum_column(BuyingRole), primary_key=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class StakeholderProfile(Base):
    """The personal profile (Mackay 66 spirit). Sensitive: never printed unless asked for.

    Kept in its own table so that no query for cards, lists or exports reads it by accident.
    """

    __tablename__ = "stakeholder_profile"

    stakeholder_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("stakeholder.id", ondelete="CASCADE"), primary_key=True
    )
    birthday: Mapped[date | None]
    school: Mapped[str | None] = mapped_column(String(200))
    major: Mapped[str | None] = mapped_column(String(200))
    hometown: Mapped[str | None] = mapped_column(String(120))
    spouse: Mapped[str | None] = mapped_column(String(200))
    children: Mapped[str | None] = mapped_column(Text)
    personality: Mapped[str | None] = mapped_column(Text)
    hobbies: Mapped[str | None] = mapped_column(Text)
    sports: Mapped[str | None] = mapped_column(Text)
    food: Mapped[str | None] = mapped_column(Text)
    reading: Mapped[str | None] = mapped_column(Text)
    car: Mapped[str | None] = mapped_column(String(200))
    holidays: Mapped[str | None] = mapped_column(Text)
    other_organisations: Mapped[str | None] = mapped_column(Text)
    colleague_relations: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column(default=None)


class StakeholderMove(Entity, Base):
    """A person changing accounts; the stakeholder row follows them, this keeps the trail."""

    __tablename__ = "stakeholder_move"

    stakeholder_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("stakeholder.id", ondelete="CASCADE"), index=True
    )
    from_account_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("account.id", ondelete="SET NULL"), index=True
    )
    to_account_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    moved_on: Mapped[date]
