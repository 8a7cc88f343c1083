"""Calendar overrides: days the team marks as working days or holidays (domain/workdays.py).

Team-wide: one row per day, its id derived from the day (:func:`override_id`), so the same
day entered on two laptops, or on the server, is one row.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from fieldvisit.domain.workdays import DayKind
from fieldvisit.storage.base import Base, Entity, enum_column

OVERRIDE_NAMESPACE = uuid.UUID("5d0c3c4e-4b7a-4f57-9a51-6a1f0c0d2a05")


def override_id(day: date) -> uuid.UUID:
    return uuid.uuid5(OVERRIDE_NAMESPACE, day.isoformat())


class CalendarOverride(Entity, Base):
    __tablename__ = "calendar_override"

    day: Mapped[date] = mapped_column(unique=True)
    kind: Mapped[DayKind] = mapped_column(enum_column(DayKind))
    name: Mapped[str | None] = mapped_column(String(80))
