"""Optimistic concurrency of the card (issue 13, item 2): a stale card never overwrites
changes made meanwhile, never trashes rows added meanwhile, and a value changed on both
sides is a conflict carrying both values."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from fieldvisit.domain.enums import BuyingStage, PeriodKind, SubTier, Tier
from fieldvisit.domain.errors import (
    EditConflictError,
    FieldVisitError,
    NotFoundError,
    ValidationError,
)
from fieldvisit.services.accounts.card_data import (
    AccountCard,
    ComplaintRow,
    ContributionRow,
    GradeRow,
    PlanRow,
    PriceRow,
    ProjectRow,
)
from fieldvisit.services.accounts.card_merge import resolved
from fieldvisit.services.accounts.cards import load_card, save_card
from fieldvisit.services.import_export.account_import import import_accounts_file
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import (
    Account,
    BuyingProject,
    Complaint,
    KeyAccountPlan,
    PeriodContribution,
    PriceChange,
    RelationshipGrade,
)


@pytest.fixture
def account_id(db: Database, full_card: AccountCard) -> uuid.UUID:
    return save_card(db, full_card)


def _basics(card: AccountCard, **changes: object) -> AccountCard:
    return dataclasses.replace(card, basics=card.basics.replace(**changes))


def test_two_windows_changing_different_fields_both_keep_their_change(
    db: Database, account_id: uuid.UUID
) -> None:
    first, second = load_card(db, account_id), load_card(db, account_id)
    save_card(db, _basics(first, phone="010-1111 2222"))
    save_card(
        db,
        dataclasses.replace(second, commercial=second.commercial.replace(notes="周三不接待")),
    )
    now = load_card(db, account_id)
    assert now.basics.phone == "010-1111 2222"
    assert now.commercial.notes == "周三不接待"


def test_a_change_made_by_an_import_meanwhile_is_kept(
    db: Database, account_id: uuid.UUID, tmp_path: Path
) -> None:
    stale = load_card(db, account_id)
    sheet = tmp_path / "update.csv"
    sheet.write_text("单位名称,市,电话\n北京协和医院,东城区,010-3333 4444\n", encoding="utf-8")
    assert import_accounts_file(db, sheet).accounts_updated == 1
    save_card(db, _basics(stale, website="www.pumch.org.cn"))
    now = load_card(db, account_id)
    assert (now.basics.phone, now.basics.website) == ("010-3333 4444", "www.pumch.org.cn")


def test_the_same_field_changed_on_both_sides_is_a_conflict_with_both_values(
    db: Database, account_id: uuid.UUID
) -> None:
    first, second = load_card(db, account_id), load_card(db, account_id)
    save_card(db, _basics(first, phone="010-1111 2222"))
    mine = _basics(second, phone="010-5555 6666", website="www.example.cn")
    with pytest.raises(EditConflictError) as caught:
        save_card(db, mine)
    conflict = caught.value
    assert isinstance(conflict, FieldVisitError)
    assert (conflict.field, conflict.stored, conflict.mine) == (
        "basics.phone",
        "010-1111 2222",
        "010-5555 6666",
    )
    assert len(conflict.conflicts) == 1
    assert "010" not in conflict.detail  # the message names fields, never values
    now = load_card(db, account_id)
    assert (now.basics.phone, now.basics.website) == ("010-1111 2222", "www.pumch.cn")

    save_card(db, resolved(mine, conflict, theirs={"basics.phone"}))  # take theirs
    now = load_card(db, account_id)
    assert (now.basics.phone, now.basics.website) == ("010-1111 2222", "www.example.cn")


def test_keep_mine_writes_my_value_and_a_newer_change_conflicts_again(
    db: Database, account_id: uuid.UUID
) -> None:
    first, second = load_card(db, account_id), load_card(db, account_id)
    save_card(db, _basics(first, phone="010-1111 2222"))
    mine = _basics(second, phone="010-5555 6666")
    with pytest.raises(EditConflictError) as caught:
        save_card(db, mine)
    kept = resolved(mine, caught.value, theirs=set())
    third = load_card(db, account_id)
    save_card(db, _basics(third, phone="010-7777 8888"))  # changed once more meanwhile
    with pytest.raises(EditConflictError) as again:
        save_card(db, kept)
    assert again.value.stored == "010-7777 8888"
    save_card(db, resolved(kept, again.value, theirs=set()))
    assert load_card(db, account_id).basics.phone == "010-5555 6666"


def _add_rows_meanwhile(db: Database, account_id: uuid.UUID) -> None:
    """What another window adds while a card is open."""
    other = load_card(db, account_id)
    save_card(
        db,
        dataclasses.replace(
            other,
            grades=(*other.grades, GradeRow(PeriodKind.QUARTER, date(2025, 4, 1), 5, 5, 5, 5, 5)),
            prices=(*other.prices, PriceRow("络活喜 5mg", date(2025, 1, 1), 3_210)),
            contributions=(
                *other.contributions,
                ContributionRow(PeriodKind.QUARTER, date(2025, 4, 1), 10),
            ),
            complaints=(*other.complaints, ComplaintRow(date(2025, 6, 1), "发票开错")),
            projects=(*other.projects, ProjectRow("新品进院", BuyingStage.NEED_DISCOVERED)),
            plans=(*other.plans, PlanRow(date(2026, 1, 1), date(2026, 12, 31), goals="扩量")),
        ),
    )


def test_rows_added_meanwhile_survive_a_stale_save(db: Database, account_id: uuid.UUID) -> None:
    stale = load_card(db, account_id)
    _add_rows_meanwhile(db, account_id)
    save_card(db, _basics(stale, phone="010-1111 2222"))
    now = load_card(db, account_id)
    assert len(now.grades) == 3 and len(now.prices) == 2 and len(now.contributions) == 2
    assert [c.description for c in now.complaints] == ["送货晚两天", "发票开错"]
    assert sorted(p.name for p in now.projects) == ["心内科新品进院", "新品进院"]
    assert [p.goals for p in now.plans] == ["目标", "扩量"]
    with db.read_scope() as s:
        for model in (
            Complaint,
            BuyingProject,
            KeyAccountPlan,
            PeriodContribution,
            PriceChange,
            RelationshipGrade,
        ):
            trashed = s.scalars(select(model).where(model.deleted_at.is_not(None))).all()
            assert trashed == [], model.__name__


def test_only_rows_removed_in_this_editor_go_to_the_trash(
    db: Database, account_id: uuid.UUID
) -> None:
    stale = load_card(db, account_id)
    _add_rows_meanwhile(db, account_id)
    save_card(db, dataclasses.replace(stale, complaints=(), projects=()))
    now = load_card(db, account_id)
    assert [c.description for c in now.complaints] == ["发票开错"]
    assert [p.name for p in now.projects] == ["新品进院"]
    with db.read_scope() as s:
        trashed = s.scalars(select(Complaint.description).where(Complaint.deleted_at.is_not(None)))
        assert list(trashed) == ["送货晚两天"]


def test_rows_changed_meanwhile_keep_their_change_or_conflict_when_edited_here(
    db: Database, account_id: uuid.UUID
) -> None:
    first, second = load_card(db, account_id), load_card(db, account_id)
    complaint, project = first.complaints[0], first.projects[0]
    save_card(
        db,
        dataclasses.replace(
            first,
            complaints=(dataclasses.replace(complaint, handling="已赔偿"),),
            projects=(dataclasses.replace(project, notes="已过会"),),
        ),
    )
    # untouched here: their change stays; edited here in another column: both kept
    save_card(
        db,
        dataclasses.replace(
            second,
            projects=(dataclasses.replace(second.projects[0], stage=BuyingStage.COMMITMENT),),
        ),
    )
    now = load_card(db, account_id)
    assert now.complaints[0].handling == "已赔偿"
    assert (now.projects[0].notes, now.projects[0].stage) == ("已过会", BuyingStage.COMMITMENT)
    # the same column on both sides: a conflict naming the row
    mine = dataclasses.replace(
        second, complaints=(dataclasses.replace(second.complaints[0], handling="补发"),)
    )
    with pytest.raises(EditConflictError) as caught:
        save_card(db, mine)
    (c,) = caught.value.conflicts
    assert (c.field, c.stored, c.mine, c.row_id) == (
        "complaints.0.handling",
        "已赔偿",
        "补发",
        complaint.id,
    )
    save_card(db, resolved(mine, caught.value, theirs=set()))
    assert load_card(db, account_id).complaints[0].handling == "补发"


def test_a_row_trashed_meanwhile_stays_trashed_unless_edited_here(
    db: Database, account_id: uuid.UUID
) -> None:
    stale = load_card(db, account_id)
    other = load_card(db, account_id)
    save_card(db, dataclasses.replace(other, complaints=()))
    save_card(db, _basics(stale, phone="010-1111 2222"))  # complaint untouched here
    assert load_card(db, account_id).complaints == ()
    edited = dataclasses.replace(
        stale, complaints=(dataclasses.replace(stale.complaints[0], handling="补发"),)
    )
    with pytest.raises(NotFoundError):
        save_card(db, edited)


def test_a_merge_that_breaks_a_rule_writes_nothing(db: Database, account_id: uuid.UUID) -> None:
    first, second = load_card(db, account_id), load_card(db, account_id)
    save_card(
        db,
        dataclasses.replace(
            first,
            classification=first.classification.replace(tier=Tier.B, sub_tier=SubTier.B1),
        ),
    )
    mine = dataclasses.replace(
        second, classification=second.classification.replace(sub_tier=SubTier.A2)
    )
    with pytest.raises(EditConflictError) as caught:
        save_card(db, mine)
    assert caught.value.field == "classification.sub_tier"
    with pytest.raises(ValidationError) as invalid:
        save_card(db, resolved(mine, caught.value, theirs=set()))  # keeps A2 under tier B
    assert invalid.value.field == "classification.sub_tier"
    now = load_card(db, account_id)
    assert (now.classification.tier, now.classification.sub_tier) == (Tier.B, SubTier.B1)


def test_a_card_built_by_hand_is_written_as_it_is(db: Database, account_id: uuid.UUID) -> None:
    card = dataclasses.replace(load_card(db, account_id), loaded=None)
    with db.session_scope() as s:
        s.get(Account, account_id).website = "changed.cn"
    save_card(db, card)
    assert load_card(db, account_id).basics.website == "www.pumch.cn"
