"""Saving and loading a whole customer card; validation; history kept per period."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from sqlalchemy import select

from fieldvisit.domain import card_rules as r
from fieldvisit.domain.enums import AccountType, Grade, MemberRole, PeriodKind, SubTier, Tier
from fieldvisit.domain.errors import NotFoundError, ValidationError
from fieldvisit.services.accounts.card_checks import card_problems
from fieldvisit.services.accounts.card_data import (
    AccountCard,
    Basics,
    Classification,
    ComplaintRow,
    ContributionRow,
    GradeRow,
    PriceRow,
)
from fieldvisit.services.accounts.cards import load_card, save_card
from fieldvisit.services.team import set_current_user
from fieldvisit.storage.base import utcnow
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import Account, PriceChange, RelationshipGrade


def _without_ids(card: AccountCard) -> AccountCard:
    def strip(rows: tuple) -> tuple:
        return tuple(dataclasses.replace(x, id=None) for x in rows)

    return dataclasses.replace(
        card,
        id=None,
        updated_at=None,
        owner_name=None,
        grades=strip(card.grades),
        prices=strip(card.prices),
        contributions=strip(card.contributions),
        complaints=strip(card.complaints),
        projects=strip(card.projects),
        plans=strip(card.plans),
    )


def test_round_trip_of_every_group(db: Database, full_card: AccountCard) -> None:
    owner = set_current_user(db, "李娜", MemberRole.REP)
    card = dataclasses.replace(
        full_card, relationship=full_card.relationship.replace(owner_id=owner.id)
    )
    account_id = save_card(db, card)
    loaded = load_card(db, account_id)
    assert loaded.id == account_id and loaded.owner_name == "李娜"
    assert all(row.id is not None for row in loaded.grades + loaded.prices)
    expected = dataclasses.replace(
        card, grades=tuple(sorted(card.grades, key=lambda g: g.period_start))
    )
    assert _without_ids(loaded) == expected
    assert loaded.credit.limit_cents == 50_000_00


def test_new_account_has_stale_search_key_and_update_resets_it(
    db: Database, full_card: AccountCard
) -> None:
    account_id = save_card(db, full_card)
    with db.session_scope() as s:
        s.get(Account, account_id).search_key = "built"
    card = load_card(db, account_id)
    save_card(db, dataclasses.replace(card, commercial=card.commercial.replace(notes="x")))
    with db.session_scope() as s:
        assert s.get(Account, account_id).search_key == "built"  # nothing searched changed
    save_card(
        db,
        dataclasses.replace(card, basics=card.basics.replace(phone="010-1234 5678")),
    )
    with db.session_scope() as s:
        assert s.get(Account, account_id).search_key is None


@pytest.mark.parametrize("change", [{"fax": "010-6915 6000"}, {"province": "河北省"}])
def test_every_field_in_the_search_key_makes_it_stale(
    db: Database, full_card: AccountCard, change: dict[str, str]
) -> None:
    account_id = save_card(db, full_card)
    with db.session_scope() as s:
        s.get(Account, account_id).search_key = "built"
    card = load_card(db, account_id)
    save_card(db, dataclasses.replace(card, basics=card.basics.replace(**change)))
    with db.session_scope() as s:
        assert s.get(Account, account_id).search_key is None


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"name": "  "}, "basics.name", r.NAME_REQUIRED),
        ({"account_type": None}, "basics.account_type", r.TYPE_REQUIRED),
        ({"phone": "6529 5114"}, "basics.phone", r.PHONE_AREA_CODE),
        ({"fax": "abc"}, "basics.fax", r.PHONE_FORMAT),
        ({"website": "not a site"}, "basics.website", r.WEBSITE_FORMAT),
        ({"category_capacity_cents": -1}, "basics.category_capacity_cents", r.AMOUNT_NEGATIVE),
        ({"city": "x" * 61}, "basics.city", r.TOO_LONG),
    ],
)
def test_basics_validation_names_the_field(
    db: Database, full_card: AccountCard, change: dict, field: str, message: str
) -> None:
    card = dataclasses.replace(full_card, basics=full_card.basics.replace(**change))
    with pytest.raises(ValidationError) as caught:
        save_card(db, card)
    assert (caught.value.field, caught.value.detail) == (field, message)
    with db.session_scope() as s:
        assert s.scalars(select(Account)).first() is None


def test_row_and_classification_problems(full_card: AccountCard) -> None:
    card = dataclasses.replace(
        full_card,
        classification=Classification(tier=Tier.B, sub_tier=SubTier.A1),
        grades=(
            GradeRow(PeriodKind.QUARTER, date(2025, 1, 1), familiarity=6),
            GradeRow(PeriodKind.QUARTER, date(2025, 1, 1)),
        ),
        prices=(PriceRow("", date(2025, 1, 1), -5),),
        contributions=(ContributionRow(PeriodKind.MONTH, date(2025, 1, 1), volume_units=-1),),
        complaints=(ComplaintRow(date(2025, 2, 3), "x", resolved_on=date(2025, 2, 1)),),
        relationship=full_card.relationship.replace(business_began_on=date(2999, 1, 1)),
    )
    found = {(p.field, p.detail) for p in card_problems(card, today=date(2025, 6, 1))}
    assert found == {
        ("relationship.business_began_on", r.DATE_IN_FUTURE),
        ("classification.sub_tier", r.SUB_TIER_MISMATCH),
        ("grades.0.familiarity", r.SCORE_RANGE),
        ("grades.1.period_start", r.PERIOD_DUPLICATE),
        ("prices.0.product", r.PRODUCT_REQUIRED),
        ("prices.0.price_cents", r.AMOUNT_NEGATIVE),
        ("contributions.0.volume_units", r.COUNT_FORMAT),
        ("complaints.0.resolved_on", r.DATE_ORDER),
    }


def test_history_rows_are_kept_per_period(db: Database, full_card: AccountCard) -> None:
    account_id = save_card(db, full_card)
    card = load_card(db, account_id)
    next_quarter = GradeRow(PeriodKind.QUARTER, date(2025, 4, 1), 5, 5, 5, 5, 5, Grade.A)
    new_price = PriceRow("立普妥 20mg", date(2025, 1, 1), 6_200)
    # the form sends only the new rows: earlier periods must survive untouched
    save_card(db, dataclasses.replace(card, grades=(next_quarter,), prices=(new_price,)))
    again = load_card(db, account_id)
    assert [(g.period_kind, g.period_start) for g in again.grades] == [
        (PeriodKind.YEAR, date(2024, 1, 1)),
        (PeriodKind.QUARTER, date(2025, 1, 1)),
        (PeriodKind.QUARTER, date(2025, 4, 1)),
    ]
    assert [(p.effective_on, p.price_cents) for p in again.prices] == [
        (date(2024, 7, 1), 6_850),
        (date(2025, 1, 1), 6_200),
    ]
    with db.session_scope() as s:
        assert len(s.scalars(select(RelationshipGrade)).all()) == 3
        assert len(s.scalars(select(PriceChange)).all()) == 2


def test_same_period_added_twice_is_refused(db: Database, full_card: AccountCard) -> None:
    account_id = save_card(db, full_card)
    card = load_card(db, account_id)
    again = GradeRow(PeriodKind.QUARTER, date(2025, 1, 1), 1, 1, 1, 1, 1)
    with pytest.raises(ValidationError) as caught:
        save_card(db, dataclasses.replace(card, grades=(*card.grades, again)))
    assert caught.value.detail == r.PERIOD_DUPLICATE
    moved = dataclasses.replace(card.grades[0], period_start=date(2023, 1, 1))
    with pytest.raises(ValidationError) as caught:
        save_card(db, dataclasses.replace(card, grades=(moved, card.grades[1])))
    assert caught.value.detail == r.HISTORY_KEY_FIXED
    same_price = PriceRow("立普妥20MG", date(2024, 7, 1), 1)
    with pytest.raises(ValidationError) as caught:
        save_card(db, dataclasses.replace(card, prices=(*card.prices, same_price)))
    assert caught.value.detail == r.PRICE_DUPLICATE
    assert load_card(db, account_id).grades == card.grades  # nothing half-saved


def test_a_graded_period_can_be_corrected(db: Database, full_card: AccountCard) -> None:
    account_id = save_card(db, full_card)
    card = load_card(db, account_id)
    fixed = dataclasses.replace(card.grades[1], familiarity=5)
    save_card(db, dataclasses.replace(card, grades=(card.grades[0], fixed)))
    assert load_card(db, account_id).grades[1].familiarity == 5


def test_lists_drop_removed_rows_and_revive_a_period(db: Database, full_card: AccountCard) -> None:
    account_id = save_card(db, full_card)
    card = load_card(db, account_id)
    save_card(db, dataclasses.replace(card, complaints=(), contributions=()))
    emptied = load_card(db, account_id)
    assert emptied.complaints == () and emptied.contributions == ()
    row = dataclasses.replace(full_card.contributions[0], volume_units=7)
    save_card(db, dataclasses.replace(emptied, contributions=(row,)))
    assert load_card(db, account_id).contributions[0].volume_units == 7


def test_trashed_account_cannot_be_loaded(db: Database, full_card: AccountCard) -> None:
    account_id = save_card(db, full_card)
    with db.session_scope() as s:
        s.get(Account, account_id).deleted_at = utcnow()
    with pytest.raises(NotFoundError):
        load_card(db, account_id)


def test_minimal_card(db: Database) -> None:
    card = AccountCard(basics=Basics(name="仁和药房", account_type=AccountType.PHARMACY))
    loaded = load_card(db, save_card(db, card))
    assert loaded.basics.name == "仁和药房" and loaded.grades == ()
