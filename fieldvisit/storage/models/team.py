"""Team members: reps and the managers who co-visit them."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from fieldvisit.domain.enums import MemberRole, WorkBase
from fieldvisit.storage.base import Base, Entity, enum_column


class TeamMember(Entity, Base):
    __tablename__ = "team_member"

    name: Mapped[str] = mapped_column(String(120))
    role: Mapped[MemberRole] = mapped_column(enum_column(MemberRole))
    manager_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("team_member.id", ondelete="SET NULL"), index=True
    )
    work_base: Mapped[WorkBase] = mapped_column(enum_column(WorkBase), default=WorkBase.OFFICE)
    territory: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(40))
    joined_on: Mapped[date | None]
    active: Mapped[bool] = mapped_column(default=True)

    manager: Mapped[TeamMember | None] = relationship(remote_side="TeamMember.id")
