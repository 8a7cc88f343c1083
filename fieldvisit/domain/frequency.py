"""Visit frequency policy (DOMAIN.md §5): how often each sub-tier is contacted."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from fieldvisit.domain.enums import PhonePeriod, SubTier, Tier


@dataclass(frozen=True, slots=True)
class FrequencyRule:
    sub_tier: SubTier
    phone_contacts: int
    """At least this many phone contacts per ``phone_period``."""
    phone_period: PhonePeriod
    visits_per_month: int | None
    """At least this many on-site visits a month; ``None`` means "as needed"."""

    def phone_contacts_per_month(self) -> float:
        weeks_per_month = 52 / 12
        per_week = self.phone_contacts / (1 if self.phone_period is PhonePeriod.WEEK else 2)
        return per_week * weeks_per_month


DEFAULT_POLICY_NAME = "Default tier frequency"

DEFAULT_RULES: tuple[FrequencyRule, ...] = (
    FrequencyRule(SubTier.A1, 2, PhonePeriod.WEEK, 4),
    FrequencyRule(SubTier.A2, 1, PhonePeriod.WEEK, 3),
    FrequencyRule(SubTier.B1, 1, PhonePeriod.WEEK, 2),
    FrequencyRule(SubTier.B2, 1, PhonePeriod.TWO_WEEKS, 1),
    FrequencyRule(SubTier.C, 1, PhonePeriod.TWO_WEEKS, None),
)


# Tier D has no sub-tier and §5 gives it no rule: D follows C (phone every two weeks,
# visits as needed). An account with a tier but no sub-tier takes its tier's lower rule.
_SUB_TIER_OF_TIER = {Tier.A: SubTier.A2, Tier.B: SubTier.B2, Tier.C: SubTier.C, Tier.D: SubTier.C}

DAYS_PER_MONTH = 365.25 / 12


def effective_sub_tier(tier: Tier | None, sub_tier: SubTier | None) -> SubTier | None:
    """The sub-tier whose rule applies to an account; ``None`` when it has no tier at all."""
    if sub_tier is not None:
        return sub_tier
    return _SUB_TIER_OF_TIER.get(tier) if tier is not None else None


def rule_for(
    rules: Iterable[FrequencyRule], tier: Tier | None, sub_tier: SubTier | None
) -> FrequencyRule | None:
    wanted = effective_sub_tier(tier, sub_tier)
    return next((r for r in rules if r.sub_tier is wanted), None)


def phone_interval_days(rule: FrequencyRule) -> float:
    """Longest gap between two contacts that still meets the phone rule."""
    weeks = 1 if rule.phone_period is PhonePeriod.WEEK else 2
    return 7 * weeks / max(rule.phone_contacts, 1)


def visit_interval_days(rule: FrequencyRule) -> float | None:
    """Longest gap between two on-site visits that meets the rule; ``None``: as needed."""
    if not rule.visits_per_month:
        return None
    return DAYS_PER_MONTH / rule.visits_per_month


@dataclass(frozen=True, slots=True)
class Overdue:
    """Why an account is overdue for its tier (both may hold)."""

    phone: bool
    visit: bool

    def __bool__(self) -> bool:
        return self.phone or self.visit


def overdue(
    rule: FrequencyRule | None,
    last_contact: date | None,
    last_visit: date | None,
    today: date,
) -> Overdue:
    """Whether an account is overdue for its tier on ``today``.

    ``last_contact`` is the last contact of any method (a visit also counts as a contact
    for the phone rule); ``last_visit`` the last on-site one. Gaps are rounded up to whole
    days, so "2 a week" allows 4 days between contacts.
    """
    if rule is None:
        return Overdue(phone=False, visit=False)
    phone_gap = math.ceil(phone_interval_days(rule))
    phone_late = last_contact is None or (today - last_contact).days > phone_gap
    visit_days = visit_interval_days(rule)
    visit_late = visit_days is not None and (
        last_visit is None or (today - last_visit).days > math.ceil(visit_days)
    )
    return Overdue(phone=phone_late, visit=visit_late)
