"""Merging duplicate accounts and stakeholders on a real SQLite file: nothing is lost."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError

from fieldvisit.domain.enums import BuyingRole, PeriodKind, Tier
from fieldvisit.domain.errors import NotFoundError, ValidationError
from fieldvisit.services.accounts import merge_refs
from fieldvisit.services.accounts.merge import (
    account_merge_fields,
    merge_accounts,
    merge_stakeholders,
    preview_account_merge,
    preview_stakeholder_merge,
    stakeholder_merge_fields,
)
from fieldvisit.services.accounts.merge_refs import references_to
from fieldvisit.services.accounts.trash import TrashKind, list_trash
from fieldvisit.services.demo import generate_demo
from fieldvisit.storage.base import Base
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import (
    Account,
    PeriodContribution,
    RecordStakeholder,
    RelationshipGrade,
    Stakeholder,
    StakeholderProfile,
    StakeholderRole,
)
from tests.services.accounts.merge_factory import Q1, Pair, build_pair


@pytest.fixture
def pair(db: Database) -> Pair:
    return build_pair(db)


def all_rows(db: Database) -> dict[str, int]:
    """Every row of every table, trashed ones included."""
    with db.session_scope() as s:
        return {
            t.name: int(s.execute(select(func.count()).select_from(t)).scalar_one())
            for t in Base.metadata.sorted_tables
        }


def pointing_at(db: Database, target: str, subject: uuid.UUID) -> dict[str, int]:
    with db.session_scope() as s:
        found: dict[str, int] = {}
        for ref in references_to(target):
            n = s.execute(
                select(func.count()).select_from(ref.table).where(ref.column == subject)
            ).scalar_one()
            if n:
                found[ref.name] = int(n)
        return found


def fk_problems(db: Database) -> list[object]:
    with db.engine.connect() as conn:
        return list(conn.execute(text("PRAGMA foreign_key_check")))


def test_every_foreign_key_to_an_account_or_person_is_handled() -> None:
    """Discovered from the metadata: a table added later is moved by merges too."""
    for target in ("account", "stakeholder"):
        expected = {
            f"{t.name}.{fk.parent.name}"
            for t in Base.metadata.sorted_tables
            for fk in t.foreign_keys
            if fk.column.table.name == target
        }
        assert {ref.name for ref in references_to(target)} == expected
    kinds = {ref.name: ref.kind for ref in references_to("account")}
    assert kinds["period_contribution.account_id"] == "fold"
    assert kinds["relationship_grade.account_id"] == "fold"
    assert kinds["stakeholder_move.from_account_id"] == "plain"
    people = {ref.name: ref.kind for ref in references_to("stakeholder")}
    assert people["record_stakeholder.stakeholder_id"] == "link"
    assert people["covisit_call_stakeholder.stakeholder_id"] == "link"
    assert people["stakeholder_role.stakeholder_id"] == "link"
    assert people["stakeholder_profile.stakeholder_id"] == "extension"


def test_the_fixture_fills_every_referencing_table(db: Database, pair: Pair) -> None:
    """Otherwise the merge tests below would not prove that every table is moved."""
    on_removed = pointing_at(db, "account", pair.remove)
    assert set(on_removed) == {ref.name for ref in references_to("account")}
    of_person = pointing_at(db, "stakeholder", pair.remove_person)
    assert set(of_person) == {ref.name for ref in references_to("stakeholder")}


def test_merge_accounts_moves_every_row_and_loses_none(db: Database, pair: Pair) -> None:
    before = all_rows(db)
    result = merge_accounts(db, pair.keep, pair.remove, None, pair.rep)

    assert all_rows(db) == {**before, "draft": before["draft"] + 1}  # + the trash trail
    # Only the two folded period rows stay with the removed account, soft-deleted.
    assert pointing_at(db, "account", pair.remove) == {
        "period_contribution.account_id": 1,
        "relationship_grade.account_id": 1,
    }
    assert result.moved["contact_record"] == 1
    assert result.moved["stakeholder"] == 2
    assert result.moved["stakeholder_move"] == 2  # one from, one to
    assert result.moved["period_contribution"] == 1  # Q2, no clash
    assert fk_problems(db) == []
    with db.session_scope() as s:
        keep = s.get(Account, pair.keep)
        remove = s.get(Account, pair.remove)
        assert keep is not None and remove is not None
        assert keep.deleted_at is None and remove.deleted_at is not None
        assert keep.search_key is None and remove.search_key is None
        # Kept side wins; its empty fields are filled from the other.
        assert keep.name == "北京协和医院"
        assert keep.tier is Tier.A
        assert keep.address == "东城区帅府园1号"
        assert keep.phone == "010-69156114"
        assert keep.website == "https://www.pumch.cn"
        assert keep.credit_limit_cents == 50_000_000
        assert keep.notes == "三甲医院，心内科重点客户"
        assert remove.notes is not None and str(pair.keep) in remove.notes
        assert result.note in remove.notes
        people = s.scalars(select(Stakeholder).where(Stakeholder.account_id == pair.keep)).all()
        assert len(people) == 3 and all(p.search_key is None for p in people)
        contribution = s.scalars(
            select(PeriodContribution).where(
                PeriodContribution.account_id == pair.keep, PeriodContribution.period_start == Q1
            )
        ).one()
        assert contribution.volume_units == 1200  # the kept value stays
        assert contribution.revenue_cents == 8_800_000  # folded in from the duplicate
        grade = s.scalars(
            select(RelationshipGrade).where(RelationshipGrade.account_id == pair.keep)
        ).one()
        assert (grade.closeness, grade.familiarity) == (4, 5)
        left = s.scalars(
            select(RelationshipGrade).where(RelationshipGrade.account_id == pair.remove)
        ).one()
        assert left.deleted_at is not None
    assert set(result.taken_from_removed) == {"phone", "website", "credit_limit_cents"}
    folded = {f.table: f for f in result.folded}
    assert folded["period_contribution"].filled == ("revenue_cents",)
    assert folded["period_contribution"].conflicts == ("volume_units",)
    assert folded["period_contribution"].key == (
        ("period_kind", PeriodKind.QUARTER),
        ("period_start", Q1),
    )
    assert folded["relationship_grade"].conflicts == ("closeness",)
    trashed = list_trash(db)
    assert [(t.kind, t.id, t.merged_into, t.deleted_by) for t in trashed] == [
        (TrashKind.ACCOUNT, pair.remove, "北京协和医院", "李娜")
    ]


def test_chosen_fields_come_from_the_removed_side(db: Database, pair: Pair) -> None:
    merge_accounts(
        db,
        pair.keep,
        pair.remove,
        {"address": "remove", "tier": "remove", "phone": "keep", "owner_id": "remove"},
        None,
    )
    with db.session_scope() as s:
        keep = s.get(Account, pair.keep)
        assert keep is not None
        assert keep.address == "东城区帅府园一号"
        assert keep.tier is Tier.B
        assert keep.phone is None  # kept empty on request
        assert keep.owner_id is None
        assert keep.website == "https://www.pumch.cn"  # not chosen: default fill


def test_a_failure_midway_changes_nothing(
    db: Database, pair: Pair, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = all_rows(db)
    original = merge_refs.relink

    def failing(*args: object, **kwargs: object) -> object:
        original(*args, **kwargs)  # type: ignore[arg-type]
        raise IntegrityError("boom", None, Exception("disk went away"))

    monkeypatch.setattr("fieldvisit.services.accounts.merge.relink", failing)
    with pytest.raises(IntegrityError):
        merge_accounts(db, pair.keep, pair.remove, {"tier": "remove"}, None)
    assert all_rows(db) == before
    assert len(pointing_at(db, "account", pair.remove)) == len(references_to("account"))
    with db.session_scope() as s:
        keep = s.get(Account, pair.keep)
        assert keep is not None and keep.tier is Tier.A


def test_refuses_bad_requests(db: Database, pair: Pair) -> None:
    with pytest.raises(ValidationError):
        merge_accounts(db, pair.keep, pair.keep, None, None)
    with pytest.raises(ValidationError) as bad_field:
        merge_accounts(db, pair.keep, pair.remove, {"search_key": "remove"}, None)
    assert bad_field.value.field == "search_key"
    with pytest.raises(NotFoundError):
        merge_accounts(db, pair.keep, uuid.uuid4(), None, None)
    merge_accounts(db, pair.keep, pair.remove, None, None)
    with pytest.raises(NotFoundError):  # already merged, now in the trash
        merge_accounts(db, pair.keep, pair.remove, None, None)
    assert "account_id" not in stakeholder_merge_fields()
    assert "search_key" not in account_merge_fields()


def test_preview_counts_what_will_move(db: Database, pair: Pair) -> None:
    preview = preview_account_merge(db, pair.keep, pair.remove)
    assert (preview.keep_name, preview.remove_name) == ("北京协和医院", "北京协和医院 (2)")
    assert preview.moves["contact_record"] == 1
    assert preview.moves["stakeholder"] == 2
    assert preview.moves["period_contribution"] == 2
    assert preview.clashes == {"period_contribution": 1, "relationship_grade": 1}
    fields = {f.name: f for f in preview.fields}
    assert fields["owner_id"].keep == "李娜"  # shown by name, not id
    assert fields["phone"].differs and fields["phone"].default == "remove"
    assert fields["tier"].default == "keep"
    assert not fields["fax"].differs
    assert preview.default_choices()["website"] == "remove"


def test_merge_stakeholders_skips_links_the_kept_person_has(db: Database, pair: Pair) -> None:
    before = all_rows(db)
    preview = preview_stakeholder_merge(db, pair.keep_person, pair.remove_person)
    assert "stakeholder_profile" not in preview.moves
    assert not {"hometown", "hobbies", "birthday"} & {f.name for f in preview.fields}
    assert preview.keep_place == "北京协和医院"
    assert preview.remove_place == "北京协和医院 (2)"
    assert preview.clashes == {
        "record_stakeholder": 1,
        "covisit_call_stakeholder": 1,
        "stakeholder_role": 1,
    }

    result = merge_stakeholders(db, pair.keep_person, pair.remove_person, None, pair.rep)

    after = all_rows(db)
    assert after["record_stakeholder"] == before["record_stakeholder"] - 1
    assert after["covisit_call_stakeholder"] == before["covisit_call_stakeholder"] - 1
    assert after["stakeholder_role"] == before["stakeholder_role"] - 1
    assert after["stakeholder_profile"] == before["stakeholder_profile"]
    assert result.dropped_links == {
        "record_stakeholder": 1,
        "covisit_call_stakeholder": 1,
        "stakeholder_role": 1,
    }
    assert pointing_at(db, "stakeholder", pair.remove_person) == {
        "stakeholder_profile.stakeholder_id": 1  # left behind, soft-deleted
    }
    assert fk_problems(db) == []
    with db.session_scope() as s:
        keep = s.get(Stakeholder, pair.keep_person)
        remove = s.get(Stakeholder, pair.remove_person)
        assert keep is not None and remove is not None
        assert keep.account_id == pair.keep  # stays where it is
        assert keep.mobile == "13800000001"
        assert remove.deleted_at is not None and keep.deleted_at is None
        assert {r.role for r in keep.roles} == {BuyingRole.DECISION_MAKER, BuyingRole.INFLUENCER}
        links = s.scalars(
            select(RecordStakeholder).where(RecordStakeholder.record_id == pair.shared_record)
        ).all()
        assert [link.stakeholder_id for link in links] == [pair.keep_person]
        profile = s.get(StakeholderProfile, pair.keep_person)
        assert profile is not None
        assert (profile.hometown, profile.hobbies) == ("天津", "羽毛球")
        accounts = s.scalars(select(Account).where(Account.id.in_([pair.keep, pair.remove])))
        assert all(a.search_key is None for a in accounts)
    profile_fold = next(f for f in result.folded if f.table == "stakeholder_profile")
    assert profile_fold.filled == ("hobbies",) and profile_fold.conflicts == ("hometown",)


def test_a_person_without_a_profile_takes_the_other_one(db: Database, pair: Pair) -> None:
    with db.session_scope() as s:
        other = s.scalars(select(Stakeholder).where(Stakeholder.name == "刘芳")).one()
        other_id = other.id
    merge_stakeholders(db, other_id, pair.remove_person, {"name": "remove"}, None)
    with db.session_scope() as s:
        moved = s.get(StakeholderProfile, other_id)
        assert moved is not None and moved.hobbies == "羽毛球"
        kept = s.get(Stakeholder, other_id)
        assert kept is not None and kept.name == "张伟"
        roles = s.scalars(
            select(StakeholderRole.role).where(StakeholderRole.stakeholder_id == other_id)
        )
        assert set(roles) == {BuyingRole.DECISION_MAKER, BuyingRole.INFLUENCER}


def test_merging_demo_accounts_keeps_every_row(db: Database) -> None:
    generate_demo(db, accounts=8, seed=3, today=date(2026, 6, 15))
    with db.session_scope() as s:
        first, second = s.scalars(select(Account.id).order_by(Account.name).limit(2)).all()
    before = all_rows(db)
    moving = pointing_at(db, "account", second)
    result = merge_accounts(db, first, second, None, None)
    after = all_rows(db)
    assert after == {**before, "draft": before["draft"] + 1}
    left = pointing_at(db, "account", second)
    assert sum(left.values()) == len(result.folded)
    assert sum(moving.values()) == sum(result.moved.values()) + len(result.folded)
    assert fk_problems(db) == []
