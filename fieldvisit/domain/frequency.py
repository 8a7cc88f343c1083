"""Visit frequency policy (DOMAIN.md §5): how often each sub-tier is contacted."""

from __future__ import annotations

from dataclasses import dataclass

from fieldvisit.domain.enums import PhonePeriod, SubTier


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
