"""Between the card's form widgets and the :class:`AccountCard` the services take.

Which widget holds which field, and how its text becomes a typed value, follows the
field descriptions in :mod:`fieldvisit.domain.fields.account`.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from typing import Any

from fieldvisit.domain.card_rules import parse_yuan, yuan_text
from fieldvisit.domain.errors import ValidationError
from fieldvisit.domain.fields import account as account_fields
from fieldvisit.domain.fields.spec import FieldSpec, Kind
from fieldvisit.services.accounts.card_data import (
    GROUP_TYPES,
    AccountCard,
    ComplaintRow,
    ContributionRow,
    GradeRow,
    PlanRow,
    PriceRow,
    ProjectRow,
)
from fieldvisit.ui.accounts.card_fields import FieldSet
from fieldvisit.ui.accounts.card_tables import RowTable, collect_rows

ROW_TYPES: dict[str, type[Any]] = {
    "grades": GradeRow,
    "prices": PriceRow,
    "contributions": ContributionRow,
    "complaints": ComplaintRow,
    "projects": ProjectRow,
    "plans": PlanRow,
}


def fill_form(fields: FieldSet, card: AccountCard) -> None:
    for spec in account_fields.ACCOUNT_FIELDS:
        if spec.key not in fields.widgets:
            continue
        value = card.value(spec.key)
        if spec.kind is Kind.MONEY:
            value = yuan_text(value)
        elif isinstance(value, uuid.UUID):
            value = str(value)
        fields.set_value(spec.key, value)


def card_from_form(
    fields: FieldSet, tables: dict[str, RowTable], original: AccountCard
) -> tuple[AccountCard, list[ValidationError], dict[str, list[int]]]:
    """The typed card; problems of parsing (amounts, dates in cells); and for each row
    group the table row of every typed row (rows that could not be typed are left out)."""
    problems: list[ValidationError] = []
    values: dict[str, dict[str, Any]] = {group: {} for group in GROUP_TYPES}
    for spec in account_fields.ACCOUNT_FIELDS:
        if spec.key in fields.widgets:
            value = _typed(fields, spec, problems)
            values[spec.group][spec.name] = spec.default if value is None else value
    groups: dict[str, Any] = {
        group: original.group(group).replace(**v) for group, v in values.items()
    }
    rows = {key: collect_rows(tables[key], ROW_TYPES[key], problems) for key in ROW_TYPES}
    positions = {k: [i for i, r in enumerate(v) if r is not None] for k, v in rows.items()}
    changes: dict[str, Any] = dict(groups)
    changes.update({k: tuple(r for r in v if r is not None) for k, v in rows.items()})
    card = replace(original, **changes)
    return card, problems, positions


def _typed(fields: FieldSet, spec: FieldSpec, problems: list[ValidationError]) -> Any:
    if spec.kind is Kind.MONEY:
        try:
            return parse_yuan(spec.key, fields.text(spec.key))
        except ValidationError as exc:
            problems.append(exc)
            return None
    value = fields.value(spec.key)
    if spec.enum is not None:
        return spec.enum(value) if value else None
    if spec.kind is Kind.MEMBER:
        return uuid.UUID(value) if value else None
    return value
