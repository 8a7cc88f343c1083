"""The sales team (reps and their managers) and a later version of the frequency policy."""

from __future__ import annotations

import math
import uuid
from datetime import date, timedelta

from fieldvisit.domain.enums import MemberRole, PhonePeriod, SubTier, WorkBase
from fieldvisit.services.demo.core import Ctx, Member, month_start
from fieldvisit.services.demo.names import (
    CITIES,
    CITY_INDEX,
    MANAGER_NAMES,
    PROVINCE,
    Person,
    chinese_person,
    mobile,
)

COMPANY_DOMAIN = "kangtai-pharma.com"
ACCOUNTS_PER_REP = 400
REPS_PER_MANAGER = 7
DEFAULT_POLICY_ID = uuid.UUID("5f0c7a52-3f55-4c6e-9d4e-5d2b1f2a0001")
"""Seeded by migration 0002."""


def team_size(accounts: int) -> tuple[int, int]:
    reps = max(2, math.ceil(accounts / ACCOUNTS_PER_REP))
    managers = max(1, round(reps / REPS_PER_MANAGER))
    return reps, managers


# Where each rep works, in the order reps are added: the capital first, then the cities a
# provincial team reaches next. Small neighbouring cities share one rep, as they do in
# practice; a larger team goes round again with other districts of the same cities.
TERRITORIES: tuple[tuple[str, ...], ...] = (
    ("长沙市",),
    ("株洲市", "湘潭市"),
    ("长沙市",),
    ("长沙市",),
    ("衡阳市",),
    ("岳阳市",),
    ("长沙市",),
    ("常德市", "益阳市"),
    ("株洲市",),
    ("湘潭市",),
    ("郴州市",),
    ("邵阳市", "娄底市"),
    ("永州市",),
    ("怀化市", "张家界市"),
)


def rep_cities(rep_index: int) -> tuple[int, ...]:
    """Indexes into ``CITIES`` of the cities rep ``rep_index`` covers, main city first."""
    return tuple(CITY_INDEX[name] for name in TERRITORIES[rep_index % len(TERRITORIES)])


def rep_districts(rep_index: int) -> tuple[str, ...]:
    """Two neighbouring districts of the rep's main city; the next rep there gets the next two."""
    first = CITY_INDEX[TERRITORIES[rep_index % len(TERRITORIES)][0]]
    same_city_before = sum(
        1 for r in range(rep_index) if TERRITORIES[r % len(TERRITORIES)][0] == CITIES[first].name
    )
    districts = CITIES[first].districts
    offset = 2 * same_city_before
    return tuple(districts[(offset + k) % len(districts)] for k in range(2))


def build_team(ctx: Ctx, accounts: int) -> tuple[list[Member], list[Member]]:
    """Write managers then reps; return (managers, reps)."""
    n_reps, n_managers = team_size(accounts)
    managers: list[Member] = []
    used: set[str] = set()
    for m in range(n_managers):
        person = Person(*MANAGER_NAMES[m]) if m < len(MANAGER_NAMES) else _unique(ctx, used)
        used.add(person.name)
        first_rep = m * n_reps // n_managers
        last_rep = max(first_rep, (m + 1) * n_reps // n_managers - 1)
        cities: list[str] = []
        for r in range(first_rep, last_rep + 1):
            for index in rep_cities(r):
                if CITIES[index].name not in cities:
                    cities.append(CITIES[index].name)
        joined = ctx.today - timedelta(days=ctx.between(3 * 365, 15 * 365))
        member = Member(ctx.uid(), person.name, None, (), (), joined)
        managers.append(member)
        _write(ctx, member, person, MemberRole.MANAGER, f"{PROVINCE} " + "、".join(cities[:4]))
    reps: list[Member] = []
    for r in range(n_reps):
        cities_of_rep = rep_cities(r)
        person = _unique(ctx, used)
        used.add(person.name)
        districts = rep_districts(r)
        manager = managers[r * n_managers // n_reps]
        # A third of the reps joined within the last year: they get demonstration calls.
        new = ctx.chance(0.33)
        joined = ctx.today - timedelta(days=ctx.between(60, 360) if new else ctx.between(400, 3000))
        member = Member(ctx.uid(), person.name, manager.id, cities_of_rep, districts, joined)
        member.skill = 2.0 + ctx.rng.random() * (0.6 if new else 1.4)
        reps.append(member)
        if len(cities_of_rep) > 1:
            territory = "、".join(CITIES[i].name for i in cities_of_rep)
        else:
            territory = CITIES[cities_of_rep[0]].name + " " + "、".join(districts)
        _write(ctx, member, person, MemberRole.REP, territory)
    # A rep who left last year: inactive, no accounts any more.
    person = _unique(ctx, used)
    left = Member(ctx.uid(), person.name, managers[0].id, (), (), ctx.start)
    _write(ctx, left, person, MemberRole.REP, None, active=False)
    return managers, reps


def _unique(ctx: Ctx, used: set[str]) -> Person:
    for _ in range(50):
        person = chinese_person(ctx)
        if person.name not in used:
            return person
    return person


def _write(
    ctx: Ctx,
    member: Member,
    person: Person,
    role: MemberRole,
    territory: str | None,
    *,
    active: bool = True,
) -> None:
    created = ctx.at(member.joined_on, 10)
    row = ctx.entity(created)
    row["id"] = member.id
    row.update(
        name=member.name,
        role=role,
        manager_id=member.manager_id,
        work_base=WorkBase.HOME if ctx.chance(0.35) else WorkBase.OFFICE,
        territory=territory,
        email=f"{person.handle.replace(' ', '')}@{COMPANY_DOMAIN}",
        phone=mobile(ctx),
        joined_on=member.joined_on,
        active=active,
    )
    ctx.writer.add("team_member", row)


NEW_RULES = (
    (SubTier.A1, 2, PhonePeriod.WEEK, 4),
    (SubTier.A2, 1, PhonePeriod.WEEK, 3),
    (SubTier.B1, 1, PhonePeriod.WEEK, 2),
    (SubTier.B2, 1, PhonePeriod.TWO_WEEKS, 2),
    (SubTier.C, 1, PhonePeriod.TWO_WEEKS, 1),
)


def add_policy_version(ctx: Ctx) -> tuple[uuid.UUID, date]:
    """A stricter policy from last month on (B2 twice, C once a month); return id and start."""
    effective = month_start(ctx.today, -1)
    created = ctx.at(month_start(ctx.today, -2) + timedelta(days=20), 15)
    row = ctx.entity(created)
    row.update(name=f"{effective.year}年拜访频率（修订）", effective_from=effective)
    ctx.writer.add("frequency_policy", row)
    for sub_tier, phone, period, visits in NEW_RULES:
        rule = ctx.entity(created)
        rule.update(
            policy_id=row["id"],
            sub_tier=sub_tier,
            phone_contacts=phone,
            phone_period=period,
            visits_per_month=visits,
        )
        ctx.writer.add("frequency_rule", rule)
    return row["id"], effective


def policy_for(month: date, new_policy: tuple[uuid.UUID, date]) -> uuid.UUID:
    return new_policy[0] if month >= new_policy[1] else DEFAULT_POLICY_ID
