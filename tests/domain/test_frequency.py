"""Which rule applies to an account, and when it is overdue for its tier."""

from __future__ import annotations

from datetime import date, timedelta

from fieldvisit.domain.enums import SubTier, Tier
from fieldvisit.domain.frequency import (
    DEFAULT_RULES,
    effective_sub_tier,
    overdue,
    phone_interval_days,
    rule_for,
    visit_interval_days,
)

TODAY = date(2026, 11, 23)


def test_sub_tier_wins_then_tier_then_nothing() -> None:
    assert effective_sub_tier(Tier.A, SubTier.A1) is SubTier.A1
    assert effective_sub_tier(Tier.A, None) is SubTier.A2
    assert effective_sub_tier(Tier.D, None) is SubTier.C  # D follows C
    assert effective_sub_tier(None, None) is None
    assert rule_for(DEFAULT_RULES, None, None) is None
    rule = rule_for(DEFAULT_RULES, Tier.B, None)
    assert rule is not None and rule.sub_tier is SubTier.B2


def test_intervals_follow_the_default_policy() -> None:
    a1 = rule_for(DEFAULT_RULES, Tier.A, SubTier.A1)
    c = rule_for(DEFAULT_RULES, Tier.C, SubTier.C)
    assert a1 is not None and c is not None
    assert phone_interval_days(a1) == 3.5
    assert phone_interval_days(c) == 14
    assert visit_interval_days(c) is None
    interval = visit_interval_days(a1)
    assert interval is not None and 7 < interval < 8


def test_a1_account_overdue_by_phone_and_visit() -> None:
    a1 = rule_for(DEFAULT_RULES, Tier.A, SubTier.A1)
    fresh = overdue(a1, TODAY - timedelta(days=4), TODAY - timedelta(days=8), TODAY)
    assert not fresh
    late_phone = overdue(a1, TODAY - timedelta(days=5), TODAY - timedelta(days=5), TODAY)
    assert late_phone.phone and not late_phone.visit
    never = overdue(a1, None, None, TODAY)
    assert never.phone and never.visit


def test_as_needed_visits_are_never_overdue_and_no_rule_is_never_overdue() -> None:
    c = rule_for(DEFAULT_RULES, Tier.D, None)
    assert not overdue(c, TODAY - timedelta(days=14), None, TODAY)
    assert overdue(c, TODAY - timedelta(days=15), None, TODAY).phone
    assert not overdue(None, None, None, TODAY)
