"""What a field's description asks of a value: present, well-formed, short enough."""

from __future__ import annotations

from datetime import date

from fieldvisit.domain import card_rules as r
from fieldvisit.domain.fields.spec import FieldSpec, Kind


def field_problems(spec: FieldSpec, value: object, today: date) -> list[str]:
    """Every problem of ``value`` as the field ``spec``; a missing required value only says so."""
    empty = value is None or (isinstance(value, str) and not r.clean(value))
    if empty:
        return [spec.required] if spec.required is not None else []
    text = value if isinstance(value, str) else None
    found: list[str | None] = []
    if spec.kind is Kind.PHONE:
        found.append(r.phone_problem(text))
    elif spec.kind is Kind.MOBILE:
        found.append(r.mobile_problem(text))
    elif spec.kind is Kind.EMAIL:
        found.append(r.email_problem(text))
    elif spec.kind is Kind.WEBSITE:
        found.append(r.website_problem(text))
    elif spec.kind is Kind.MONEY:
        found.append(amount_problem(value if isinstance(value, int) else None))
    elif spec.kind is Kind.SCORE:
        found.append(r.score_problem(value if isinstance(value, int) else None))
    elif spec.kind is Kind.DATE and isinstance(value, date):
        found.append(past_problem(value, today))
    if spec.max_length is not None and text is not None:
        found.append(r.TOO_LONG if len(text.strip()) > spec.max_length else None)
    return [p for p in found if p is not None]


def amount_problem(cents: int | None) -> str | None:
    if cents is None:
        return None
    if cents < 0:
        return r.AMOUNT_NEGATIVE
    return r.AMOUNT_TOO_LARGE if cents >= r.MAX_CENTS else None


def past_problem(day: date | None, today: date) -> str | None:
    return r.DATE_IN_FUTURE if day is not None and day > today else None
