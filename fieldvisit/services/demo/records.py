"""A year of contact records (DOMAIN.md §4), their links, store checks and promises."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta

from fieldvisit.domain.enums import (
    AccountType,
    AdminObjective,
    ContactMethod,
    PromiseStatus,
    Purpose,
    RecordStatus,
    SalesObjective,
)
from fieldvisit.services.demo import phrases as P
from fieldvisit.services.demo.core import (
    AccountInfo,
    Ctx,
    Member,
    cumulative,
    month_start,
    week_day,
)
from fieldvisit.services.demo.facts import FactBuilder

PER_YEAR = {
    "A1": (24, 32),
    "A2": (16, 24),
    "B1": (10, 14),
    "B2": (6, 10),
    "C": (3, 5),
    "D": (1, 2),
    "P": (0, 3),
    "X": (0, 1),
}
WEEK = {"A1": 1, "A2": 1, "B1": 2, "B2": 2}
METHODS = tuple(ContactMethod)
METHOD_WEIGHTS = cumulative((46, 30, 10, 3, 3, 1, 3, 2, 1, 1))
SALES = tuple(o.value for o in SalesObjective)
ADMIN = tuple(o.value for o in AdminObjective)
PURPOSES = tuple(p.value for p in Purpose)
STORE_TYPES = (AccountType.PHARMACY, AccountType.RETAILER, AccountType.DISTRIBUTOR)


class RecordBuilder:
    def __init__(self, ctx: Ctx, facts: FactBuilder) -> None:
        self.ctx = ctx
        self.facts = facts

    def build(self, info: AccountInfo, rep: Member) -> None:
        """The account's year of records, oldest first."""
        ctx = self.ctx
        low, high = PER_YEAR[info.cadence]
        count = ctx.between(low, high)
        days = sorted(self._day(info.cadence) for _ in range(count))
        for day in days:
            morning = info.cadence in ("A1", "A2") and ctx.chance(0.8)
            hour = ctx.between(9, 11) if morning else ctx.between(9, 17)
            method = ctx.weighted(METHODS, METHOD_WEIGHTS)
            age = (ctx.today - day).days
            draft = age <= 10 and ctx.chance(0.35)
            people = [rep.id]
            if rep.manager_id is not None and method.is_on_site and ctx.chance(0.03):
                people.append(rep.manager_id)
            rid = self.record(
                info, rep.id, ctx.at(day, hour, ctx.between(0, 59)), method, draft, people
            )
            if not draft:
                info.records.append((rid, day))

    def _day(self, cadence: str) -> date:
        ctx = self.ctx
        for _ in range(4):
            first = month_start(ctx.today, -ctx.between(0, 11))
            week = WEEK.get(cadence, 3) if ctx.chance(0.75) else ctx.between(1, 4)
            day = week_day(first, week, ctx.rng)
            if day < ctx.today:
                return day
        return ctx.past_day(1, 20)

    def record(
        self,
        info: AccountInfo,
        author: uuid.UUID,
        when: datetime,
        method: ContactMethod,
        draft: bool,
        people: list[uuid.UUID],
        *,
        objective: str | None = None,
    ) -> uuid.UUID:
        """Write one record with its links; return its id."""
        ctx = self.ctx
        met = ctx.sample(
            info.stakeholders, 1 if method is ContactMethod.PHONE else ctx.between(1, 2)
        )
        who = met[0][1] if met else "客户"
        completed = None if draft else min(ctx.now, when + timedelta(hours=ctx.between(1, 40)))
        kind = info.account_type
        promise = None if draft or not ctx.chance(0.25) else P.say(ctx, P.fit(P.PROMISES, kind))
        next_on = when.date() + timedelta(days=ctx.between(7, 30)) if ctx.chance(0.4) else None

        def text(bank: tuple[str, ...]) -> str | None:
            if draft and ctx.chance(0.6):
                return None
            return P.say(ctx, P.fit(bank, kind), s=who)

        row = ctx.entity(when + timedelta(minutes=50), completed or when + timedelta(hours=2))
        row.update(
            account_id=info.id,
            author_id=author,
            occurred_at=when,
            method=method,
            place=ctx.pick(P.PLACES[kind]) if method.is_on_site else None,
            sales_objectives=ctx.sample(SALES, ctx.between(1, 2)) if ctx.chance(0.6) else [],
            admin_objectives=ctx.sample(ADMIN, ctx.between(1, 2)) if ctx.chance(0.5) else [],
            purposes=ctx.sample(PURPOSES, ctx.between(1, 2)),
            objective_notes=objective,
            content=P.say(ctx, P.CONTENT[kind], ctx.between(2, 3), s=who),
            successes=text(P.SUCCESSES),
            shortcomings=text(P.SHORTCOMINGS),
            lessons=text(P.LESSONS),
            new_agreements=promise,
            next_steps=ctx.pick(P.fit(P.NEXT_STEPS, kind)) if ctx.chance(0.6) else None,
            next_visit_on=next_on,
            special_notes=ctx.pick(P.fit(P.SPECIAL, kind)) if ctx.chance(0.05) else None,
            other_notes=None,
            status=RecordStatus.DRAFT if draft else RecordStatus.COMPLETE,
            completed_at=completed,
        )
        ctx.writer.add("contact_record", row)
        rid: uuid.UUID = row["id"]
        for sid, _ in met:
            ctx.writer.add(
                "record_stakeholder",
                {"record_id": rid, "stakeholder_id": sid, "created_at": row["created_at"]},
            )
        for member in people:
            ctx.writer.add(
                "record_participant",
                {"record_id": rid, "member_id": member, "created_at": row["created_at"]},
            )
        on_site = method.is_on_site
        if on_site and ctx.chance(0.35 if info.account_type in STORE_TYPES else 0.06):
            self._check(rid, info, row["created_at"])
            if info.account_type in STORE_TYPES and ctx.chance(0.05):
                self.facts.photo(info, rid, row["created_at"])
        if promise is not None:
            self._promise(info, rid, met[0][0] if met else None, people[-1], when.date(), promise)
        return rid

    def _check(self, rid: uuid.UUID, info: AccountInfo, created: datetime) -> None:
        ctx = self.ctx
        limit = info.capacity_cents // 10 // 100_000 * 100_000
        paid = limit * ctx.between(30, 90) // 100
        unpaid = limit * ctx.between(0, 30) // 100
        ctx.writer.add(
            "visit_check",
            {
                "record_id": rid,
                "our_prices": f"建议零售价{ctx.between(18, 60)}.{ctx.between(0, 9)}0元，与上月持平",
                "competitor_prices": ctx.pick((None, "竞品降价约5%", "竞品买二送一")),
                "stock": f"库存{ctx.between(5, 200)}盒",
                "sell_through": ctx.pick(("动销良好", "动销一般", "近两周滞销")),
                "credit_limit_cents": limit,
                "paid_cents": paid,
                "unpaid_cents": unpaid,
                "receivable_cents": paid + unpaid,
                "promotion_compliance": ctx.pick((None, "促销执行到位", "价签未更新")),
                "shelf_display": ctx.pick(
                    ("黄金位置，排面3个", "底层货架，排面1个", "收银台旁堆头")
                ),
                "draft_order": ctx.pick((None, f"建议补货{ctx.between(2, 20) * 10}盒")),
                "created_at": created,
                "updated_at": created,
            },
        )

    def _promise(
        self,
        info: AccountInfo,
        rid: uuid.UUID,
        sid: uuid.UUID | None,
        owner: uuid.UUID,
        day: date,
        text: str,
    ) -> None:
        ctx = self.ctx
        due = day + timedelta(days=ctx.between(3, 21))
        closing: str | None = None
        closed: datetime | None = None
        if due < ctx.today:
            roll = ctx.rng.random()
            status = (
                PromiseStatus.KEPT
                if roll < 0.82
                else PromiseStatus.OPEN
                if roll < 0.94
                else PromiseStatus.CANCELLED
            )
        else:
            status = PromiseStatus.KEPT if ctx.chance(0.15) else PromiseStatus.OPEN
        if status is not PromiseStatus.OPEN:
            close_day = min(
                ctx.today - timedelta(days=1), max(day, due - timedelta(days=ctx.between(0, 5)))
            )
            closed = min(ctx.now, ctx.at(close_day, ctx.between(9, 18)))
            closing = ctx.pick(P.CLOSING_NOTES) if status is PromiseStatus.CANCELLED else None
        row = ctx.entity(ctx.at(day, 18), closed)
        row.update(
            account_id=info.id,
            record_id=rid,
            stakeholder_id=sid,
            owner_id=owner,
            description=text,
            due_on=due,
            status=status,
            closed_at=closed,
            closing_note=closing,
        )
        ctx.writer.add("promise", row)
