"""Monthly visit plans (DOMAIN.md §5) following the scheduling habit, linked to the records done."""

from __future__ import annotations

import random
import uuid
from collections import Counter
from datetime import date, timedelta

from fieldvisit.domain.enums import DaySlot, PlannedKind, PlanStatus
from fieldvisit.domain.workdays import OFFICIAL
from fieldvisit.services.demo import phrases as P
from fieldvisit.services.demo.core import AccountInfo, Ctx, Member, month_start
from fieldvisit.services.demo.team import policy_for
from fieldvisit.services.planning.months import days_of, week_of
from fieldvisit.services.settings import DEFAULT_VISITS_PER_DAY

# cadence -> (visits, phone calls, chance of being planned at all this month)
QUOTA = {
    "A1": (4, 2, 1.0),
    "A2": (3, 1, 1.0),
    "B1": (2, 1, 1.0),
    "B2": (1, 1, 1.0),
    "C": (1, 0, 0.3),
    "D": (1, 0, 0.1),
    "P": (1, 0, 0.2),
    "X": (0, 0, 0.0),
}
FIRST_WEEK = {"A1": 1, "A2": 1, "B1": 2, "B2": 2}
RETURN_COMMENTS = (
    "A类客户拜访次数不足，请按频率标准补充。",
    "第四周请安排回款和陈列检查。",
    "新目标客户太少，请至少增加三家。",
)
NEXT_STATUS = (PlanStatus.SUBMITTED, PlanStatus.DRAFT, PlanStatus.RETURNED, PlanStatus.APPROVED)


def working_days(first: date) -> list[date]:
    """The month's working days on the official calendar (holidays out, 调休 days in)."""
    return [d for d in days_of(first) if OFFICIAL.is_working_day(d)]


def pick_day(
    days: list[date], week: int, rng: random.Random, load: Counter[date] | None = None
) -> date | None:
    """A working day in ``week`` (1–4) with room for a visit (``load`` under the day's
    capacity), else the nearest week's; ``None`` when the month is full. Without ``load``
    (a phone call) any working day of the week."""
    room = [d for d in days if load is None or load[d] < DEFAULT_VISITS_PER_DAY]
    in_week = [d for d in room if week_of(d) == week]
    if in_week:
        return rng.choice(in_week)
    near = sorted(room, key=lambda d: (abs(week_of(d) - week), d))
    return near[0] if near else None


class PlanBuilder:
    def __init__(self, ctx: Ctx, new_policy: tuple[uuid.UUID, date]) -> None:
        self.ctx = ctx
        self.new_policy = new_policy
        self.months = [month_start(ctx.today, k) for k in (-2, -1, 0, 1)]

    def build(self, rep: Member, accounts: list[AccountInfo], rep_index: int) -> None:
        for month in self.months:
            plan_id = self._plan(rep, month, rep_index)
            days = working_days(month)
            load: Counter[date] = Counter()  # visits a day: never over the capacity
            for info in accounts:
                self._contacts(plan_id, info, month, days, load)

    def _plan(self, rep: Member, month: date, rep_index: int) -> uuid.UUID:
        ctx = self.ctx
        current = month_start(ctx.today)
        if month <= current:
            status = PlanStatus.APPROVED
        elif rep_index < len(NEXT_STATUS):
            status = NEXT_STATUS[(rep_index + 2) % len(NEXT_STATUS)]
        else:
            status = ctx.rng.choices(NEXT_STATUS, (40, 25, 20, 15))[0]
        submitted_day = month - timedelta(days=ctx.between(1, 4))
        submitted = None
        decided = None
        comment = None
        if status is not PlanStatus.DRAFT:
            submitted = min(ctx.now, ctx.at(ctx.workday(submitted_day), 17))
        if status in (PlanStatus.APPROVED, PlanStatus.RETURNED) and submitted is not None:
            decided = min(ctx.now, submitted + timedelta(hours=ctx.between(2, 40)))
            if status is PlanStatus.RETURNED or ctx.chance(0.1):
                comment = ctx.pick(RETURN_COMMENTS)
        created = min(ctx.now, ctx.at(month - timedelta(days=8), 15))
        row = ctx.entity(created, decided or submitted or created)
        row.update(
            rep_id=rep.id,
            month=month,
            policy_id=policy_for(month, self.new_policy),
            status=status,
            submitted_at=submitted,
            decided_at=decided,
            decided_by_id=rep.manager_id if decided else None,
            manager_comment=comment,
        )
        ctx.writer.add("monthly_plan", row)
        plan_id: uuid.UUID = row["id"]
        return plan_id

    def _contacts(
        self,
        plan_id: uuid.UUID,
        info: AccountInfo,
        month: date,
        days: list[date],
        load: Counter[date],
    ) -> None:
        ctx = self.ctx
        visits, calls, p = QUOTA[info.cadence]
        service = ctx.chance(0.05) and info.cadence != "X"
        if not service and (p <= 0 or not ctx.chance(p)):
            return
        first_week = FIRST_WEEK.get(info.cadence, 3)
        done = [rid for rid, day in info.records if month <= day < month_start(month, 1)]
        planned: list[tuple[date, DaySlot, PlannedKind]] = []

        def visit(week: int, slot: DaySlot, kind: PlannedKind) -> None:
            day = pick_day(days, week, ctx.rng, load)
            if day is not None:  # a full month plans fewer visits, never a stacked day
                load[day] += 1
                planned.append((day, slot, kind))

        if p > 0 and (p >= 1 or not service):
            for k in range(visits):
                week = first_week if k == 0 else (first_week + k - 1) % 4 + 1
                slot = (
                    DaySlot.MORNING
                    if first_week == 1
                    else ctx.pick((DaySlot.MORNING, DaySlot.AFTERNOON))
                )
                visit(week, slot, PlannedKind.VISIT)
            for _ in range(calls):
                day = pick_day(days, ctx.between(1, 3), ctx.rng)
                if day is not None:
                    planned.append((day, DaySlot.AFTERNOON, PlannedKind.PHONE))
        if service:
            visit(4, DaySlot.AFTERNOON, PlannedKind.SERVICE)
        planned.sort()
        created = min(ctx.now, ctx.at(month - timedelta(days=6), 16))
        for day, slot, kind in planned:
            record = done.pop(0) if done and day < ctx.today and ctx.chance(0.85) else None
            purpose = (
                "回款、陈列检查"
                if kind is PlannedKind.SERVICE
                else P.say(ctx, P.fit(P.VISIT_OBJECTIVES, info.account_type))
            )
            row = ctx.entity(created)
            row.update(
                plan_id=plan_id,
                account_id=info.id,
                planned_on=day,
                slot=slot,
                kind=kind,
                purpose=purpose,
                record_id=record,
            )
            ctx.writer.add("planned_contact", row)
