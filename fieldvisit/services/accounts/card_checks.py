"""Validation of a whole customer card: every problem, each naming its field.

Field names are dotted paths the editor maps back to its widgets: ``basics.phone``,
``classification.sub_tier``, ``grades.2.familiarity`` (row 2 of the grading table).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import TypeVar

from fieldvisit import clock
from fieldvisit.domain import card_rules as r
from fieldvisit.domain.errors import ValidationError
from fieldvisit.domain.fields import account as account_fields
from fieldvisit.domain.fields.checks import amount_problem as _amount
from fieldvisit.domain.fields.checks import field_problems
from fieldvisit.domain.fields.checks import past_problem as _past
from fieldvisit.services.accounts.card_data import AccountCard

T = TypeVar("T")


def card_problems(card: AccountCard, today: date | None = None) -> list[ValidationError]:
    """Every problem of ``card``, in the order the editor shows its fields."""
    today = today or clock.today()
    found: list[ValidationError] = []

    def check(field: str, problem: str | None) -> None:
        if problem is not None:
            found.append(ValidationError(field, problem))

    for spec in account_fields.ACCOUNT_FIELDS:
        for problem in field_problems(spec, card.value(spec.key), today):
            check(spec.key, problem)
        if spec.key == "classification.sub_tier":
            cls = card.classification
            check(spec.key, r.sub_tier_problem(cls.tier, cls.sub_tier))

    _rows(found, "grades", card.grades, _grade_problems)
    _duplicates(
        found,
        "grades",
        [(g.period_kind, g.period_start) for g in card.grades],
        "period_start",
        r.PERIOD_DUPLICATE,
    )
    _rows(found, "prices", card.prices, _price_problems)
    _duplicates(
        found,
        "prices",
        [(r.normalise_name(p.product), p.effective_on) for p in card.prices],
        "effective_on",
        r.PRICE_DUPLICATE,
    )
    _rows(found, "contributions", card.contributions, _contribution_problems)
    _duplicates(
        found,
        "contributions",
        [(c.period_kind, c.period_start) for c in card.contributions],
        "period_start",
        r.CONTRIBUTION_DUPLICATE,
    )
    _rows(found, "complaints", card.complaints, lambda c: _complaint_problems(c, today))
    _rows(found, "projects", card.projects, _project_problems)
    _rows(found, "plans", card.plans, _plan_problems)
    return found


def validate_card(card: AccountCard, today: date | None = None) -> None:
    """Raise the first problem of ``card`` as a :class:`ValidationError`."""
    problems = card_problems(card, today)
    if problems:
        raise problems[0]


def _rows(
    found: list[ValidationError],
    group: str,
    rows: Iterable[T],
    problems: Callable[[T], list[tuple[str, str | None]]],
) -> None:
    for index, row in enumerate(rows):
        for name, problem in problems(row):
            if problem is not None:
                found.append(ValidationError(f"{group}.{index}.{name}", problem))


def _duplicates(
    found: list[ValidationError], group: str, keys: list[object], field: str, message: str
) -> None:
    seen: set[object] = set()
    for index, key in enumerate(keys):
        if key in seen:
            found.append(ValidationError(f"{group}.{index}.{field}", message))
        seen.add(key)


def _grade_problems(g: object) -> list[tuple[str, str | None]]:
    names = ("familiarity", "closeness", "sales_support", "complaint_occurrence", "receivables")
    return [(n, r.score_problem(getattr(g, n))) for n in names]


def _price_problems(p: object) -> list[tuple[str, str | None]]:
    product = getattr(p, "product", "")
    cents = getattr(p, "price_cents", None)
    return [
        ("product", None if r.clean(product) else r.PRODUCT_REQUIRED),
        ("product", r.TOO_LONG if len(product or "") > 200 else None),
        ("price_cents", r.PRICE_REQUIRED if cents is None else _amount(cents)),
    ]


def _contribution_problems(c: object) -> list[tuple[str, str | None]]:
    volume = getattr(c, "volume_units", None)
    return [
        ("volume_units", r.COUNT_FORMAT if volume is not None and volume < 0 else None),
        ("revenue_cents", _amount(getattr(c, "revenue_cents", None))),
        ("collections_cents", _amount(getattr(c, "collections_cents", None))),
        ("receivables_cents", _amount(getattr(c, "receivables_cents", None))),
    ]


def _complaint_problems(c: object, today: date) -> list[tuple[str, str | None]]:
    received = getattr(c, "received_on", None)
    resolved = getattr(c, "resolved_on", None)
    order = resolved is not None and received is not None and resolved < received
    return [
        ("received_on", _past(received, today)),
        ("description", None if r.clean(getattr(c, "description", "")) else r.COMPLAINT_REQUIRED),
        ("resolved_on", r.DATE_ORDER if order else _past(resolved, today)),
    ]


def _project_problems(p: object) -> list[tuple[str, str | None]]:
    name = getattr(p, "name", "")
    return [
        ("name", None if r.clean(name) else r.PROJECT_NAME_REQUIRED),
        ("name", r.TOO_LONG if len(name or "") > 200 else None),
    ]


def _plan_problems(p: object) -> list[tuple[str, str | None]]:
    start, end = getattr(p, "period_start", None), getattr(p, "period_end", None)
    order = start is not None and end is not None and end < start
    return [("period_end", r.DATE_ORDER if order else None)]
