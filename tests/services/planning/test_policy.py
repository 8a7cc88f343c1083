"""Frequency policy versions: in force by date, new versions never overwrite old ones."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from fieldvisit.domain.enums import SubTier
from fieldvisit.domain.errors import ValidationError
from fieldvisit.domain.frequency import DEFAULT_RULES
from fieldvisit.services.planning.policy import (
    calls_per_month,
    list_policies,
    policy_in_force,
    save_policy_version,
)
from fieldvisit.storage.database import Database


def test_versions_by_date(db: Database) -> None:
    default = policy_in_force(db, date(2025, 6, 1))
    assert default.rules == DEFAULT_RULES
    stricter = tuple(
        replace(r, visits_per_month=6) if r.sub_tier is SubTier.A1 else r for r in DEFAULT_RULES
    )
    saved = save_policy_version(db, "2025年下半年", date(2025, 7, 1), stricter)
    assert policy_in_force(db, date(2025, 6, 30)).rule(SubTier.A1).visits_per_month == 4
    assert policy_in_force(db, date(2025, 7, 1)).id == saved.id
    assert policy_in_force(db, date(2026, 1, 1)).rule(SubTier.A1).visits_per_month == 6
    versions = list_policies(db)
    assert [v.name for v in versions][:1] == ["2025年下半年"]
    assert any(v.rule(SubTier.A1).visits_per_month == 4 for v in versions[1:])  # kept

    with pytest.raises(ValidationError, match="already takes effect"):
        save_policy_version(db, "again", date(2025, 7, 1), DEFAULT_RULES)
    assert policy_in_force(db, date(2025, 7, 1)).rule(SubTier.A1).visits_per_month == 6


@pytest.mark.parametrize(
    ("rules", "field"),
    [
        (DEFAULT_RULES[:-1], "rules"),
        ((replace(DEFAULT_RULES[0], phone_contacts=0), *DEFAULT_RULES[1:]), "A1 phone"),
        ((replace(DEFAULT_RULES[0], visits_per_month=0), *DEFAULT_RULES[1:]), "A1 visits"),
    ],
)
def test_invalid_versions_are_refused(db: Database, rules, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        save_policy_version(db, "x", date(2030, 1, 1), rules)
    assert caught.value.field == field
    with pytest.raises(ValidationError):
        save_policy_version(db, "  ", date(2030, 1, 1), DEFAULT_RULES)


def test_calls_per_month() -> None:
    assert [calls_per_month(r) for r in DEFAULT_RULES] == [8, 4, 4, 2, 2]
