"""Between the card's form widgets and the :class:`AccountCard` the services take."""

from __future__ import annotations

import uuid
from dataclasses import fields as dataclass_fields
from dataclasses import replace
from enum import StrEnum
from typing import Any

from fieldvisit.domain.card_rules import parse_yuan, yuan_text
from fieldvisit.domain.enums import (
    AccountStatus,
    AccountType,
    BuyingStage,
    Grade,
    KeyAccountLevel,
    SubTier,
    Tier,
    VolumeBand,
)
from fieldvisit.domain.errors import ValidationError
from fieldvisit.services.accounts.card_data import (
    AccountCard,
    Basics,
    Classification,
    Commercial,
    ComplaintRow,
    ContributionRow,
    Credit,
    GradeRow,
    PlanRow,
    PriceRow,
    ProjectRow,
    Relationship,
)
from fieldvisit.ui.accounts.card_fields import FieldSet
from fieldvisit.ui.accounts.card_tables import RowTable, collect_rows

GROUPS: dict[str, type[Any]] = {
    "basics": Basics,
    "relationship": Relationship,
    "classification": Classification,
    "credit": Credit,
    "commercial": Commercial,
}
ENUMS: dict[str, type[StrEnum]] = {
    "basics.account_type": AccountType,
    "relationship.status": AccountStatus,
    "classification.tier": Tier,
    "classification.sub_tier": SubTier,
    "classification.volume_band": VolumeBand,
    "classification.key_account_level": KeyAccountLevel,
    "classification.man_grade": Grade,
    "classification.early_tier": Tier,
    "credit.capital": Grade,
    "credit.character": Grade,
    "credit.capacity": Grade,
    "credit.collateral": Grade,
    "credit.conditions": Grade,
    "credit.grade": Grade,
    "commercial.buying_stage": BuyingStage,
}
MONEY = ("basics.category_capacity_cents", "credit.limit_cents")
ROW_TYPES: dict[str, type[Any]] = {
    "grades": GradeRow,
    "prices": PriceRow,
    "contributions": ContributionRow,
    "complaints": ComplaintRow,
    "projects": ProjectRow,
    "plans": PlanRow,
}


def fill_form(fields: FieldSet, card: AccountCard) -> None:
    for key in fields.widgets:
        group, name = key.split(".")
        value = getattr(getattr(card, group), name)
        if key in MONEY:
            value = yuan_text(value)
        elif isinstance(value, uuid.UUID):
            value = str(value)
        fields.set_value(key, value)


def card_from_form(
    fields: FieldSet, tables: dict[str, RowTable], original: AccountCard
) -> tuple[AccountCard, list[ValidationError], dict[str, list[int]]]:
    """The typed card; problems of parsing (amounts, dates in cells); and for each row
    group the table row of every typed row (rows that could not be typed are left out)."""
    problems: list[ValidationError] = []
    groups: dict[str, Any] = {}
    for group, cls in GROUPS.items():
        values: dict[str, Any] = {}
        for f in dataclass_fields(cls):
            key = f"{group}.{f.name}"
            if key not in fields.widgets:
                continue
            values[f.name] = _typed(fields, key, problems)
        if group == "basics":
            values["name"] = values.get("name") or ""
        if group == "relationship" and values.get("status") is None:
            values["status"] = AccountStatus.TARGET
        groups[group] = cls(**values)
    rows = {key: collect_rows(tables[key], ROW_TYPES[key], problems) for key in ROW_TYPES}
    positions = {k: [i for i, r in enumerate(v) if r is not None] for k, v in rows.items()}
    changes: dict[str, Any] = dict(groups)
    changes.update({k: tuple(r for r in v if r is not None) for k, v in rows.items()})
    card = replace(original, **changes)
    return card, problems, positions


def _typed(fields: FieldSet, key: str, problems: list[ValidationError]) -> Any:
    if key in MONEY:
        try:
            return parse_yuan(key, fields.text(key))
        except ValidationError as exc:
            problems.append(exc)
            return None
    value = fields.value(key)
    if key in ENUMS:
        return ENUMS[key](value) if value else None
    if key == "relationship.owner_id":
        return uuid.UUID(value) if value else None
    return value
