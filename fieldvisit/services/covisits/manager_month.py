"""The read model of a manager's month (DOMAIN.md §6): one frozen view, built by
:func:`fieldvisit.services.covisits.manager_view.manager_month`, that the Manager's
view, the printed team summary and ``fieldvisit manager-view`` all show.

Every figure comes from :mod:`fieldvisit.domain.figures` and is counted over the days
reached: all of a past month, the current month up to today, nothing of a month not
yet begun. Co-visits, calls and co-visit days are the manager's own.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from fieldvisit.domain.enums import CoVisitStatus, WorkBase
from fieldvisit.domain.figures import field_share_pct, meets_field_target


@dataclass(frozen=True, slots=True)
class MemberChoice:
    id: uuid.UUID
    name: str
    work_base: WorkBase


@dataclass(frozen=True, slots=True)
class CallCounts:
    joint: int = 0
    demonstration: int = 0
    coaching: int = 0

    @property
    def total(self) -> int:
        return self.joint + self.demonstration + self.coaching


@dataclass(frozen=True, slots=True)
class FieldDays:
    field_days: int
    working_days: int
    """Working days reached: the month's up to ``through``."""
    through: date | None
    """Last day counted; ``None`` for a month that has not begun."""
    partial: bool
    """The current month, counted up to today only."""
    work_base: WorkBase
    target_pct: int

    @property
    def share(self) -> float | None:
        return self.field_days / self.working_days if self.working_days else None

    @property
    def share_pct(self) -> int | None:
        """The percentage shown (whole, halves up)."""
        return field_share_pct(self.field_days, self.working_days)

    @property
    def meets_target(self) -> bool | None:
        return meets_field_target(self.field_days, self.working_days, self.target_pct)


@dataclass(frozen=True, slots=True)
class OpenAction:
    id: uuid.UUID
    covisit_id: uuid.UUID
    covisit_day: date
    rep_id: uuid.UUID
    rep: str
    description: str
    owner: str | None
    due_on: date | None
    overdue: bool


@dataclass(frozen=True, slots=True)
class TrendPoint:
    day: date
    average: float
    covisits: int


@dataclass(frozen=True, slots=True)
class StandardTrend:
    standard: str
    """A :class:`Standard` code, or a template's own key."""
    points: tuple[TrendPoint, ...]
    average: float


@dataclass(frozen=True, slots=True)
class RepMonth:
    """One rep's month with the manager, or (``rep_id`` ``None``) the whole team's."""

    rep_id: uuid.UUID | None
    rep: str
    covisits: int
    covisit_days: int
    calls: CallCounts
    average_rating: float | None
    """Mean of the month's co-visit averages, to one decimal (figures.rating)."""
    open_actions: int
    overdue_actions: int
    late_reports: int
    as_of: datetime | None = None
    """On a laptop in a team: when the rep's laptop last reached the server, as of this
    laptop's last sync (their figures are complete up to then); ``None`` otherwise."""


@dataclass(frozen=True, slots=True)
class CoVisitLine:
    id: uuid.UUID
    first_day: date
    last_day: date
    rep_id: uuid.UUID
    rep: str
    calls: int
    """All the co-visit's calls, whatever their day."""
    average_rating: float | None
    status: CoVisitStatus
    late: bool
    """Late now, by domain.covisit_rules.is_report_late."""


@dataclass(frozen=True, slots=True)
class ManagerMonth:
    manager_id: uuid.UUID
    manager: str
    month: date
    today: date
    rep_id: uuid.UUID | None
    """The rep the figures below are about; ``None``: all the manager's reps."""
    field: FieldDays
    """The manager's own, whichever rep is shown."""
    covisits: int
    covisit_days: int
    calls: CallCounts
    late_reports: int
    open_actions: tuple[OpenAction, ...]
    trends: tuple[StandardTrend, ...]
    trend_from: date
    trend_to: date
    average_rating: float | None
    """Mean of every rating in the trend window (last 12 months), to one decimal."""
    reps: tuple[RepMonth, ...]
    team: RepMonth
    """The totals of :attr:`reps` (co-visit days as a union, not a sum)."""
    lines: tuple[CoVisitLine, ...]
    """The co-visits counted (the chosen rep's, or all), by first day."""

    @property
    def overdue_actions(self) -> int:
        return sum(1 for a in self.open_actions if a.overdue)
