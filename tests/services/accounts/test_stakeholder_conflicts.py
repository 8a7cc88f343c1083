"""Optimistic concurrency of the person and the personal profile (issue 13, item 2): a
stale editor keeps what was saved meanwhile and turns the same value changed on both
sides into a conflict with nothing written."""

from __future__ import annotations

import uuid

import pytest

from fieldvisit.domain.enums import AccountType, BuyingRole
from fieldvisit.domain.errors import EditConflictError
from fieldvisit.services.accounts.card_data import AccountCard, Basics
from fieldvisit.services.accounts.card_merge import resolved_values
from fieldvisit.services.accounts.cards import save_card
from fieldvisit.services.accounts.stakeholders import (
    ProfileData,
    StakeholderData,
    load_profile,
    load_stakeholder,
    move_stakeholder,
    save_profile,
    save_stakeholder,
)
from fieldvisit.storage.database import Database


@pytest.fixture
def person_id(db: Database) -> uuid.UUID:
    account = save_card(db, AccountCard(basics=Basics("同仁医院", AccountType.HOSPITAL)))
    return save_stakeholder(
        db,
        StakeholderData(
            account, name="梅丹", title="主任", roles=frozenset({BuyingRole.INFLUENCER})
        ),
    )


def test_changes_to_other_fields_and_roles_made_meanwhile_are_kept(
    db: Database, person_id: uuid.UUID
) -> None:
    first, second = load_stakeholder(db, person_id), load_stakeholder(db, person_id)
    save_stakeholder(
        db,
        first.replace(mobile="139 1122 3344", roles=first.roles | {BuyingRole.DECISION_MAKER}),
        first,
    )
    save_stakeholder(db, second.replace(title="副院长", roles=frozenset()), second)
    now = load_stakeholder(db, person_id)
    assert (now.title, now.mobile) == ("副院长", "139 1122 3344")
    assert now.roles == {BuyingRole.DECISION_MAKER}  # removed here, added there


def test_the_same_field_changed_on_both_sides_is_a_conflict_and_nothing_is_written(
    db: Database, person_id: uuid.UUID
) -> None:
    first, second = load_stakeholder(db, person_id), load_stakeholder(db, person_id)
    save_stakeholder(db, first.replace(title="副院长"), first)
    mine = second.replace(title="院长", department="心内科")
    with pytest.raises(EditConflictError) as caught:
        save_stakeholder(db, mine, second)
    [conflict] = caught.value.conflicts
    assert (conflict.field, conflict.stored, conflict.mine) == ("person.title", "副院长", "院长")
    assert load_stakeholder(db, person_id).department is None
    chosen, base = resolved_values(mine, second, caught.value, {"person.title"})
    save_stakeholder(db, chosen, base)
    now = load_stakeholder(db, person_id)
    assert (now.title, now.department) == ("副院长", "心内科")


def test_a_move_made_meanwhile_is_not_undone_by_a_stale_editor(
    db: Database, person_id: uuid.UUID
) -> None:
    stale = load_stakeholder(db, person_id)
    other = save_card(db, AccountCard(basics=Basics("协和医院", AccountType.HOSPITAL)))
    move_stakeholder(db, person_id, other)
    save_stakeholder(db, stale.replace(mobile="139 1122 3344"), stale)
    assert load_stakeholder(db, person_id).account_id == other


def test_profile_changes_meanwhile_are_kept_and_clashes_refused(
    db: Database, person_id: uuid.UUID
) -> None:
    save_profile(db, person_id, ProfileData(hobbies="钓鱼"))
    first, second = load_profile(db, person_id), load_profile(db, person_id)
    save_profile(db, person_id, first.replace(school="北京大学"), first)
    save_profile(db, person_id, second.replace(spouse="李华"), second)
    now = load_profile(db, person_id)
    assert (now.hobbies, now.school, now.spouse) == ("钓鱼", "北京大学", "李华")
    with pytest.raises(EditConflictError):
        save_profile(db, person_id, second.replace(school="清华大学"), second)
    assert load_profile(db, person_id).school == "北京大学"
