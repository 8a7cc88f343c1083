"""The tier frequency policy (DOMAIN.md §5): versions in force from a date, never overwritten.

Editing the policy saves a new :class:`FrequencyPolicy` row effective from a chosen day;
earlier versions stay readable, so a past month is always judged by the rules of its time.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldvisit.domain.enums import PhonePeriod, SubTier
from fieldvisit.domain.errors import ValidationError
from fieldvisit.domain.frequency import DEFAULT_POLICY_NAME, DEFAULT_RULES, FrequencyRule
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import FrequencyPolicy, FrequencyRuleRow

WEEKS_PER_PLAN = 4
"""A plan month is cut into four weeks (days 1–7, 8–14, 15–21, 22–end), as the habit is."""
MAX_PHONE_CONTACTS = 14
MAX_VISITS_PER_MONTH = 31
MAX_NAME_LENGTH = 120


@dataclass(frozen=True, slots=True)
class PolicyVersion:
    id: uuid.UUID | None
    """``None``: the built-in default, used when the database holds no policy yet."""
    name: str
    effective_from: date
    rules: tuple[FrequencyRule, ...]
    created_at: datetime | None = None

    def rule(self, sub_tier: SubTier) -> FrequencyRule | None:
        return next((r for r in self.rules if r.sub_tier is sub_tier), None)


DEFAULT_VERSION = PolicyVersion(None, DEFAULT_POLICY_NAME, date(2000, 1, 1), DEFAULT_RULES)


def calls_per_month(rule: FrequencyRule) -> int:
    """Phone contacts a plan month needs: per week × 4, or per two weeks × 2."""
    periods = WEEKS_PER_PLAN if rule.phone_period is PhonePeriod.WEEK else WEEKS_PER_PLAN // 2
    return rule.phone_contacts * periods


def visits_per_month(rule: FrequencyRule) -> int:
    """On-site visits a plan month needs; "as needed" plans none."""
    return rule.visits_per_month or 0


def _version(row: FrequencyPolicy) -> PolicyVersion:
    rules = sorted(
        (
            FrequencyRule(r.sub_tier, r.phone_contacts, r.phone_period, r.visits_per_month)
            for r in row.rules
            if r.deleted_at is None
        ),
        key=lambda r: list(SubTier).index(r.sub_tier),
    )
    # A version missing a sub-tier (hand-edited database) falls back to the default rule.
    have = {r.sub_tier for r in rules}
    rules += [r for r in DEFAULT_RULES if r.sub_tier not in have]
    return PolicyVersion(row.id, row.name, row.effective_from, tuple(rules), row.created_at)


def version_in_force(session: Session, on: date) -> PolicyVersion:
    """The latest version effective on or before ``on``; the default when there is none."""
    row = session.scalars(
        select(FrequencyPolicy)
        .where(FrequencyPolicy.effective_from <= on, FrequencyPolicy.deleted_at.is_(None))
        .order_by(FrequencyPolicy.effective_from.desc(), FrequencyPolicy.created_at.desc())
    ).first()
    return _version(row) if row is not None else DEFAULT_VERSION


def version_by_id(session: Session, policy_id: uuid.UUID | None, on: date) -> PolicyVersion:
    """A plan's own policy version; the one in force on ``on`` if the plan names none."""
    row = session.get(FrequencyPolicy, policy_id) if policy_id is not None else None
    if row is None or row.deleted_at is not None:
        return version_in_force(session, on)
    return _version(row)


def policy_in_force(db: Database, on: date) -> PolicyVersion:
    with db.session_scope() as session:
        return version_in_force(session, on)


def list_policies(db: Database) -> list[PolicyVersion]:
    """Every version, newest effective date first."""
    with db.session_scope() as session:
        rows = session.scalars(
            select(FrequencyPolicy)
            .where(FrequencyPolicy.deleted_at.is_(None))
            .order_by(FrequencyPolicy.effective_from.desc(), FrequencyPolicy.created_at.desc())
        )
        return [_version(r) for r in rows]


def validate_rules(rules: tuple[FrequencyRule, ...] | list[FrequencyRule]) -> None:
    seen = [r.sub_tier for r in rules]
    missing = [t.value for t in SubTier if t not in seen]
    if missing or len(seen) != len(set(seen)):
        raise ValidationError(
            "rules", f"Give exactly one rule per tier; missing: {', '.join(missing) or 'none'}."
        )
    for r in rules:
        if not 1 <= r.phone_contacts <= MAX_PHONE_CONTACTS:
            raise ValidationError(
                f"{r.sub_tier.value} phone",
                f"Tier {r.sub_tier.value}: phone contacts must be 1 to {MAX_PHONE_CONTACTS}.",
            )
        if r.visits_per_month is not None and not 1 <= r.visits_per_month <= MAX_VISITS_PER_MONTH:
            raise ValidationError(
                f"{r.sub_tier.value} visits",
                f"Tier {r.sub_tier.value}: visits must be 1 to {MAX_VISITS_PER_MONTH} a month, "
                "or “as needed”.",
            )


def save_policy_version(
    db: Database, name: str, effective_from: date, rules: tuple[FrequencyRule, ...]
) -> PolicyVersion:
    """Add a new version; a version already effective from that day is never replaced."""
    with db.session_scope() as session:
        return add_policy_version(session, name, effective_from, rules)


def add_policy_version(
    session: Session, name: str, effective_from: date, rules: tuple[FrequencyRule, ...]
) -> PolicyVersion:
    """:func:`save_policy_version` inside a caller's transaction (the team server writes its
    audit event in the same one)."""
    clean = " ".join(name.split())
    if not clean:
        raise ValidationError("name", "Enter a name for this version of the policy.")
    if len(clean) > MAX_NAME_LENGTH:
        raise ValidationError("name", f"A name can be at most {MAX_NAME_LENGTH} characters.")
    validate_rules(rules)
    clash = session.scalars(
        select(FrequencyPolicy.name).where(
            FrequencyPolicy.effective_from == effective_from,
            FrequencyPolicy.deleted_at.is_(None),
        )
    ).first()
    if clash is not None:
        raise ValidationError(
            "effective_from",
            f"The version “{clash}” already takes effect on {effective_from.isoformat()}; "
            "choose another day (earlier versions are kept, never overwritten).",
        )
    row = FrequencyPolicy(name=clean, effective_from=effective_from)
    row.rules = [
        FrequencyRuleRow(
            sub_tier=r.sub_tier,
            phone_contacts=r.phone_contacts,
            phone_period=r.phone_period,
            visits_per_month=r.visits_per_month,
        )
        for r in rules
    ]
    session.add(row)
    session.flush()
    return _version(row)
