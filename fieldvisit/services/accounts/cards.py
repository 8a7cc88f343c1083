"""Load and save a whole customer card in one transaction (DOMAIN.md §2).

History is kept: a relationship grading or a price change is a row per period or
date; saving never overwrites an earlier period and never deletes a history row the
card no longer lists. Complaints, projects, plans and contributions are edited as
lists: a row the editor removed from the card goes to the trash (soft delete); a row
added meanwhile by someone else is never removed by a card loaded before it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import replace
from enum import Enum
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldvisit.domain import card_rules as r
from fieldvisit.domain.errors import NotFoundError, ValidationError
from fieldvisit.domain.fields import account as account_fields
from fieldvisit.i18n import message
from fieldvisit.services.accounts.card_checks import validate_card
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
from fieldvisit.services.accounts.card_merge import merged
from fieldvisit.services.reporting.lookup import period_bounds
from fieldvisit.storage.base import utcnow
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import (
    Account,
    BuyingProject,
    Complaint,
    KeyAccountPlan,
    PeriodContribution,
    PriceChange,
    RelationshipGrade,
    TeamMember,
)

__all__ = [
    "AccountCard",
    "load_card",
    "owner_choices",
    "periods_snapped",
    "read_card",
    "save_card",
]

M = TypeVar(
    "M",
    RelationshipGrade,
    PriceChange,
    PeriodContribution,
    Complaint,
    BuyingProject,
    KeyAccountPlan,
)


def _groups(a: Account) -> dict[str, Any]:
    """The card's field groups read from the row, as the field descriptions say."""
    values: dict[str, dict[str, Any]] = {name: {} for name in GROUP_TYPES}
    for spec in account_fields.ACCOUNT_FIELDS:
        values[spec.group][spec.name] = getattr(a, spec.attr)
    return {name: GROUP_TYPES[name](**v) for name, v in values.items()}


def load_card(db: Database, account_id: uuid.UUID) -> AccountCard:
    """The card of a live account; :class:`NotFoundError` when it is gone or in the trash."""
    with db.session_scope() as session:
        return read_card(session, account_id)


def read_card(session: Session, account_id: uuid.UUID) -> AccountCard:
    """:func:`load_card` inside the caller's session: the one loader of the card view."""
    a = _live_account(session, account_id)
    owner = session.get(TeamMember, a.owner_id) if a.owner_id else None

    def rows(model: type[M], *order: Any) -> list[M]:
        return list(
            session.scalars(
                select(model)
                .where(model.account_id == a.id, model.deleted_at.is_(None))
                .order_by(*order)
            )
        )

    card = AccountCard(
        id=a.id,
        updated_at=a.updated_at,
        owner_name=owner.name if owner else None,
        **_groups(a),
        grades=tuple(
            GradeRow(
                id=g.id,
                period_kind=g.period_kind,
                period_start=g.period_start,
                familiarity=g.familiarity,
                closeness=g.closeness,
                sales_support=g.sales_support,
                complaint_occurrence=g.complaint_occurrence,
                receivables=g.receivables,
                integrated_class=g.integrated_class,
            )
            for g in rows(
                RelationshipGrade, RelationshipGrade.period_start, RelationshipGrade.period_kind
            )
        ),
        prices=tuple(
            PriceRow(
                id=p.id,
                product=p.product,
                effective_on=p.effective_on,
                price_cents=p.price_cents,
                note=p.note,
            )
            for p in rows(PriceChange, PriceChange.effective_on, PriceChange.product)
        ),
        contributions=tuple(
            ContributionRow(
                id=c.id,
                period_kind=c.period_kind,
                period_start=c.period_start,
                volume_units=c.volume_units,
                revenue_cents=c.revenue_cents,
                collections_cents=c.collections_cents,
                receivables_cents=c.receivables_cents,
            )
            for c in rows(PeriodContribution, PeriodContribution.period_start)
        ),
        complaints=tuple(
            ComplaintRow(
                id=c.id,
                received_on=c.received_on,
                description=c.description,
                handling=c.handling,
                resolved_on=c.resolved_on,
            )
            for c in rows(Complaint, Complaint.received_on)
        ),
        projects=tuple(
            ProjectRow(id=p.id, name=p.name, stage=p.stage, started_on=p.started_on, notes=p.notes)
            for p in rows(BuyingProject, BuyingProject.started_on, BuyingProject.name)
        ),
        plans=tuple(
            PlanRow(
                id=p.id,
                period_start=p.period_start,
                period_end=p.period_end,
                analysis=p.analysis,
                goals=p.goals,
                resources=p.resources,
                communication_strategy=p.communication_strategy,
                review=p.review,
            )
            for p in rows(KeyAccountPlan, KeyAccountPlan.period_start)
        ),
    )
    return replace(card, loaded=card)


def save_card(db: Database, card: AccountCard) -> uuid.UUID:
    """Create (``card.id is None``) or update an account and its per-period rows; one
    transaction, all or nothing. Returns the account's id.

    A card that carries the version it was loaded from (:attr:`AccountCard.loaded`) is
    merged with what is stored now: values and rows it did not change keep their newer
    stored state, rows added meanwhile are kept, and a value changed both here and
    meanwhile raises :class:`EditConflictError` (nothing written) — see
    :mod:`~fieldvisit.services.accounts.card_merge`."""
    card = periods_snapped(card)
    validate_card(card)
    with db.session_scope() as session:
        if card.id is None:
            account = Account(name="", account_type=card.basics.account_type)
            session.add(account)
            changed_search = True
        else:
            account = _live_account(session, card.id)
            if card.loaded is not None:
                card = merged(card, card.loaded, read_card(session, card.id))
                validate_card(card)  # changes from both sides can disagree (tier, sub-tier)
            changed_search = any(
                _text(card.value(f.key)) != getattr(account, f.attr)
                for f in account_fields.ACCOUNT_FIELDS
                if f.searched
            )
        _apply(account, card)
        if changed_search:
            account.search_key = None  # the search-key contract: rebuilt by the search service
        session.flush()
        _save_grades(session, account.id, card.grades)
        _save_prices(session, account.id, card.prices)
        _save_contributions(session, account.id, card.contributions)
        _sync(session, Complaint, account.id, card.complaints, "complaints", _complaint)
        _sync(session, BuyingProject, account.id, card.projects, "projects", _project)
        _sync(session, KeyAccountPlan, account.id, card.plans, "plans", _plan)
        account.updated_at = utcnow()
        return account.id


def periods_snapped(card: AccountCard) -> AccountCard:
    """Grades and contributions start on the first day of their quarter, year, month…"""
    return replace(
        card,
        grades=tuple(
            replace(g, period_start=period_bounds(g.period_kind, g.period_start)[0])
            for g in card.grades
        ),
        contributions=tuple(
            replace(c, period_start=period_bounds(c.period_kind, c.period_start)[0])
            for c in card.contributions
        ),
    )


def _live_account(session: Session, account_id: uuid.UUID) -> Account:
    account = session.get(Account, account_id)
    if account is None or account.deleted_at is not None:
        raise NotFoundError(
            message(
                "This account no longer exists or is in the trash; restore it from the trash "
                "to edit it.",
            )
        )
    return account


def _text(value: object) -> object:
    """Typed text trimmed (empty → None); codes, numbers and dates as they are."""
    if isinstance(value, str) and not isinstance(value, Enum):
        return r.clean(value)
    return value


def _apply(a: Account, card: AccountCard) -> None:
    for spec in account_fields.ACCOUNT_FIELDS:
        setattr(a, spec.attr, _text(card.value(spec.key)))


def _existing(session: Session, model: type[M], account_id: uuid.UUID) -> list[M]:
    """Every row of the account, trashed ones too (a unique period may be revived)."""
    return list(session.scalars(select(model).where(model.account_id == account_id)))


def _group_name(group: str) -> str:
    """A table of the card, named in the user's language."""
    names = {
        "complaints": message("complaints"),
        "projects": message("projects"),
        "plans": message("plans"),
        "grades": message("grades"),
        "prices": message("prices"),
        "contributions": message("contributions"),
    }
    return names.get(group, group)


def _own(rows: dict[uuid.UUID, M], row_id: uuid.UUID, group: str, index: int) -> M:
    found = rows.get(row_id)
    if found is None:
        raise NotFoundError(
            message(
                "Row {row} of {group} was removed meanwhile; close the card and open it again.",
                row=index + 1,
                group=_group_name(group),
            )
        )
    return found


def _save_grades(session: Session, account_id: uuid.UUID, grades: Sequence[GradeRow]) -> None:
    existing = _existing(session, RelationshipGrade, account_id)
    by_id = {g.id: g for g in existing}
    by_period = {(g.period_kind, g.period_start): g for g in existing}
    for index, row in enumerate(grades):
        key = (row.period_kind, row.period_start)
        if row.id is not None:
            target = _own(by_id, row.id, "grades", index)
            if (target.period_kind, target.period_start) != key:
                raise ValidationError(f"grades.{index}.period_start", r.HISTORY_KEY_FIXED)
        else:
            found = by_period.get(key)
            if found is not None and found.deleted_at is None:
                raise ValidationError(f"grades.{index}.period_start", r.PERIOD_DUPLICATE)
            target = found or RelationshipGrade(
                account_id=account_id, period_kind=row.period_kind, period_start=row.period_start
            )
            target.deleted_at = None
            session.add(target)
        for name in (
            "familiarity",
            "closeness",
            "sales_support",
            "complaint_occurrence",
            "receivables",
            "integrated_class",
        ):
            setattr(target, name, getattr(row, name))


def _save_prices(session: Session, account_id: uuid.UUID, prices: Sequence[PriceRow]) -> None:
    existing = [p for p in _existing(session, PriceChange, account_id) if p.deleted_at is None]
    by_id = {p.id: p for p in existing}
    keys = {(r.normalise_name(p.product), p.effective_on) for p in existing}
    for index, row in enumerate(prices):
        product = r.clean(row.product) or ""
        if row.id is not None:
            target = _own(by_id, row.id, "prices", index)
            if target.effective_on != row.effective_on or r.normalise_name(
                target.product
            ) != r.normalise_name(product):
                raise ValidationError(f"prices.{index}.effective_on", r.HISTORY_KEY_FIXED)
        else:
            if (r.normalise_name(product), row.effective_on) in keys:
                raise ValidationError(f"prices.{index}.effective_on", r.PRICE_DUPLICATE)
            target = PriceChange(account_id=account_id, effective_on=row.effective_on)
            session.add(target)
        target.product = product
        target.price_cents = row.price_cents
        target.note = r.clean(row.note)


def _save_contributions(
    session: Session, account_id: uuid.UUID, rows: Sequence[ContributionRow]
) -> None:
    existing = _existing(session, PeriodContribution, account_id)
    by_id = {c.id: c for c in existing if c.deleted_at is None}
    by_period = {(c.period_kind, c.period_start): c for c in existing}
    kept: set[uuid.UUID] = set()
    for index, row in enumerate(rows):
        key = (row.period_kind, row.period_start)
        if row.id is not None:
            target = _own(by_id, row.id, "contributions", index)
            clash = by_period.get(key)
            if clash is not None and clash is not target:
                if clash.deleted_at is None:
                    raise ValidationError(
                        f"contributions.{index}.period_start", r.CONTRIBUTION_DUPLICATE
                    )
                session.delete(clash)  # a trashed row holding the period it moves to
                session.flush()
        else:
            found = by_period.get(key)
            if found is not None and found.deleted_at is None:
                raise ValidationError(
                    f"contributions.{index}.period_start", r.CONTRIBUTION_DUPLICATE
                )
            target = found or PeriodContribution(account_id=account_id)
            target.deleted_at = None
            session.add(target)
        target.period_kind, target.period_start = key
        target.volume_units = row.volume_units
        target.revenue_cents = row.revenue_cents
        target.collections_cents = row.collections_cents
        target.receivables_cents = row.receivables_cents
        session.flush()
        kept.add(target.id)
    now = utcnow()
    for c in by_id.values():
        if c.id not in kept:
            c.deleted_at = now


R = TypeVar("R", ComplaintRow, ProjectRow, PlanRow)


def _sync(
    session: Session,
    model: type[M],
    account_id: uuid.UUID,
    rows: Sequence[R],
    group: str,
    fill: Callable[[Any, R], None],
) -> None:
    live = {x.id: x for x in _existing(session, model, account_id) if x.deleted_at is None}
    kept: set[uuid.UUID] = set()
    for index, row in enumerate(rows):
        if row.id is not None:
            target = _own(live, row.id, group, index)
        else:
            target = model(account_id=account_id)
            session.add(target)
        fill(target, row)
        session.flush()
        kept.add(target.id)
    now = utcnow()
    for x in live.values():
        if x.id not in kept:
            x.deleted_at = now


def _complaint(c: Complaint, row: ComplaintRow) -> None:
    c.received_on = row.received_on
    c.description = r.clean(row.description) or ""
    c.handling = r.clean(row.handling)
    c.resolved_on = row.resolved_on


def _project(p: BuyingProject, row: ProjectRow) -> None:
    p.name = r.clean(row.name) or ""
    p.stage = row.stage
    p.started_on = row.started_on
    p.notes = r.clean(row.notes)


def _plan(p: KeyAccountPlan, row: PlanRow) -> None:
    p.period_start, p.period_end = row.period_start, row.period_end
    for name in ("analysis", "goals", "resources", "communication_strategy", "review"):
        setattr(p, name, r.clean(getattr(row, name)))


def owner_choices(db: Database) -> list[tuple[uuid.UUID, str]]:
    """Active team members who can own an account, by name (no account counts: cheap)."""
    with db.session_scope() as session:
        rows = session.execute(
            select(TeamMember.id, TeamMember.name)
            .where(TeamMember.deleted_at.is_(None), TeamMember.active.is_(True))
            .order_by(TeamMember.name)
        )
        return [(row.id, row.name) for row in rows]
