"""Suggesting a month's plan: counts per tier, habit weeks, mornings, working days, load."""

from __future__ import annotations

from collections import Counter
from datetime import date

from fieldvisit.domain.enums import DaySlot, PlannedKind, SubTier
from fieldvisit.services.planning.months import week_of
from fieldvisit.services.planning.plans import load_plan, remove_contact
from fieldvisit.services.planning.suggest import save_plan, suggest_plan
from fieldvisit.storage.database import Database
from tests.services.planning.conftest import MONTH, Team

BEFORE = date(2025, 8, 25)


def _by(draft, key: str):
    return [c for c in draft.contacts if c.account == f"{key}医院"]


def test_counts_per_sub_tier(db: Database, team: Team) -> None:
    draft = suggest_plan(db, team.rep, MONTH, today=BEFORE)
    expected = {  # (visits, calls) of the default policy, four plan weeks
        "A1": (4, 8),
        "A2": (3, 4),
        "B1": (2, 4),
        "B2": (1, 2),
        "C": (0, 2),
        "D": (0, 2),
    }
    for key, (visits, calls) in expected.items():
        kinds = Counter(c.kind for c in _by(draft, key))
        assert (kinds[PlannedKind.VISIT], kinds[PlannedKind.PHONE]) == (visits, calls), key
    assert draft.accounts == 6  # the peer and the other rep's account are left out
    assert {c.account for c in draft.contacts} == {f"{k}医院" for k in expected}
    # September 2025 ends with a worked Sunday (28th, for National Day): a working day.
    assert all(c.day.month == 9 for c in draft.contacts)
    assert all(c.day.weekday() < 5 or c.day == date(2025, 9, 28) for c in draft.contacts)
    assert not draft.over_capacity and not draft.unplaced


def test_habit_weeks_and_mornings(db: Database, team: Team) -> None:
    draft = suggest_plan(db, team.rep, MONTH, today=BEFORE)
    visits = {k: [c for c in _by(draft, k) if c.kind is PlannedKind.VISIT] for k in ("A1", "A2")}
    assert [week_of(c.day) for c in visits["A1"]] == [1, 2, 3, 4]  # spread through the month
    assert [week_of(c.day) for c in visits["A2"]] == [1, 2, 3]
    assert all(c.slot is DaySlot.MORNING for v in visits.values() for c in v)
    b1 = [week_of(c.day) for c in _by(draft, "B1") if c.kind is PlannedKind.VISIT]
    assert b1[0] == 2 and len(set(b1)) == 2
    [b2] = [c for c in _by(draft, "B2") if c.kind is PlannedKind.VISIT]
    assert week_of(b2.day) == 2 and b2.slot is DaySlot.AFTERNOON
    # Two calls a week for A1, on different days of each week.
    a1_calls = [c.day for c in _by(draft, "A1") if c.kind is PlannedKind.PHONE]
    assert Counter(week_of(d) for d in a1_calls) == {1: 2, 2: 2, 3: 2, 4: 2}
    assert len(set(a1_calls)) == 8


def test_c_and_d_visits_land_in_week_3_when_the_policy_asks(db: Database, team: Team) -> None:
    from fieldvisit.domain.enums import PhonePeriod
    from fieldvisit.domain.frequency import DEFAULT_RULES, FrequencyRule
    from fieldvisit.services.planning.policy import save_policy_version

    rules = tuple(
        FrequencyRule(SubTier.C, 1, PhonePeriod.TWO_WEEKS, 1) if r.sub_tier is SubTier.C else r
        for r in DEFAULT_RULES
    )
    save_policy_version(db, "C 每月一访", date(2025, 9, 1), rules)
    draft = suggest_plan(db, team.rep, MONTH, today=BEFORE)
    for key in ("C", "D"):
        [visit] = [c for c in _by(draft, key) if c.kind is PlannedKind.VISIT]
        assert week_of(visit.day) == 3


def test_load_is_capped_and_spread(db: Database, team: Team) -> None:
    from fieldvisit.domain.enums import AccountType, SubTier, Tier
    from fieldvisit.storage.models import Account

    with db.session_scope() as s:
        for i in range(30):
            s.add(
                Account(
                    name=f"甲{i:02d}",
                    account_type=AccountType.PHARMACY,
                    tier=Tier.A,
                    sub_tier=SubTier.A1,
                    owner_id=team.rep,
                )
            )
    draft = suggest_plan(db, team.rep, MONTH, today=BEFORE)
    per_slot = Counter((c.day, c.slot) for c in draft.contacts if c.kind is PlannedKind.VISIT)
    assert max(per_slot.values()) <= 4
    week1 = Counter(c.day for c in draft.contacts if c.kind is PlannedKind.VISIT and c.day.day <= 7)
    assert max(week1.values()) - min(week1.values()) <= 1  # spread evenly over the week


def test_resuggest_adds_only_what_is_missing(db: Database, team: Team) -> None:
    first = save_plan(db, suggest_plan(db, team.rep, MONTH, today=BEFORE))
    assert suggest_plan(db, team.rep, MONTH, today=BEFORE).contacts == ()
    a1_visit = next(
        c for c in first.contacts if c.account == "A1医院" and c.kind is PlannedKind.VISIT
    )
    remove_contact(db, a1_visit.id, actor_id=team.rep)
    again = suggest_plan(db, team.rep, MONTH, today=BEFORE)
    assert [(c.account, c.kind) for c in again.contacts] == [("A1医院", PlannedKind.VISIT)]
    assert again.kept == len(first.contacts) - 1
    save_plan(db, again)
    assert len(load_plan(db, team.rep, MONTH).contacts) == len(first.contacts)


def test_past_days_get_nothing_new(db: Database, team: Team) -> None:
    draft = suggest_plan(db, team.rep, MONTH, today=date(2025, 9, 17))
    assert draft.contacts and all(c.day >= date(2025, 9, 17) for c in draft.contacts)
