"""Export then import: .xlsx, CSV UTF-8 and CSV GBK carry everything back, Chinese intact."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from fieldvisit.domain.enums import BuyingRole, KeyAccountLevel, OrgLevel, SubTier, Tier
from fieldvisit.services.accounts.search_keys import invalidate_keys, rebuild_stale_keys
from fieldvisit.services.import_export import all_account_ids, export_accounts, import_accounts_file
from fieldvisit.storage.database import Database
from fieldvisit.storage.migrate import open_database
from fieldvisit.storage.models import Account, Stakeholder, TeamMember
from tests.services.import_export.conftest import counts, stamps


@pytest.mark.parametrize(
    ("name", "encoding", "lang"),
    [("list.xlsx", "utf-8", "zh"), ("list.csv", "utf-8", "en"), ("list.csv", "gbk", "zh")],
)
def test_export_then_import_into_a_fresh_database(
    db: Database, seeded: dict[str, uuid.UUID], tmp_path: Path, name: str, encoding: str, lang: str
) -> None:
    path = tmp_path / name
    result = export_accounts(db, all_account_ids(db), path, lang=lang, encoding=encoding)
    assert (result.accounts, result.stakeholders) == (2, 2)
    if encoding == "gbk":
        assert "北京协和医院".encode("gbk") in path.read_bytes()
    elif name.endswith(".csv"):
        assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    assert "钓鱼".encode() not in path.read_bytes()  # the personal profile stays home

    fresh = open_database(tmp_path / "fresh.db")
    try:
        with fresh.session_scope() as s:
            s.add(TeamMember(name="李娜", role="rep"))
        first = import_accounts_file(fresh, path)
        assert first.issues == ()
        assert (first.accounts_created, first.stakeholders_created) == (2, 2)
        with fresh.session_scope() as s:
            xiehe = s.get(Account, seeded["xiehe"])
            assert xiehe is not None
            assert (xiehe.name, xiehe.city, xiehe.address) == (
                "北京协和医院",
                "北京",
                "东城区帅府园1号",
            )
            assert (xiehe.tier, xiehe.sub_tier) == (Tier.A, SubTier.A1)
            assert xiehe.key_account_level is KeyAccountLevel.LEVEL_1
            assert xiehe.notes == "逢周三科室学习，不接待"
            assert xiehe.owner_id is not None
            zhang = s.get(Stakeholder, seeded["zhang"])
            assert zhang is not None and zhang.account_id == xiehe.id
            assert (zhang.mobile, zhang.wechat, zhang.org_level) == (
                "13812345678",
                "zw_pumch",
                OrgLevel.TOP,
            )
            assert {r.role for r in zhang.roles} == {
                BuyingRole.DECISION_MAKER,
                BuyingRole.INFLUENCER,
            }
        before = stamps(fresh)
        second = import_accounts_file(fresh, path)
        assert (second.accounts_created, second.accounts_updated) == (0, 0)
        assert (second.accounts_unchanged, second.stakeholders_unchanged) == (2, 2)
        assert stamps(fresh) == before
    finally:
        fresh.close()


def test_reimport_into_the_same_database_changes_nothing(
    db: Database, seeded: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    path = tmp_path / "same.xlsx"
    export_accounts(db, all_account_ids(db), path)
    before = stamps(db)
    result = import_accounts_file(db, path)
    assert (result.accounts_unchanged, result.stakeholders_unchanged) == (2, 2)
    assert stamps(db) == before and counts(db) == (2, 2)


def test_export_keeps_the_order_given(
    db: Database, seeded: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    path = tmp_path / "order.csv"
    export_accounts(db, [seeded["pharmacy"], seeded["xiehe"]], path)
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    assert str(seeded["pharmacy"]) in lines[1] and str(seeded["xiehe"]) in lines[2]


def _keys(db: Database, account_id: uuid.UUID, person_id: uuid.UUID) -> tuple[str | None, ...]:
    with db.read_scope() as s:
        account = s.get(Account, account_id)
        person = s.get(Stakeholder, person_id)
        assert account is not None and person is not None
        return account.search_key, person.search_key


def _rebuilt_keys(
    db: Database, account_id: uuid.UUID, person_id: uuid.UUID
) -> tuple[str | None, ...]:
    """The keys the search service builds for these rows (the import must agree)."""
    with db.session_scope() as s:
        invalidate_keys(s, [account_id], [person_id])
    rebuild_stale_keys(db)
    return _keys(db, account_id, person_id)


def test_changed_cells_update_only_that_value_and_refresh_the_search_key(
    db: Database, seeded: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    path = tmp_path / "edit.csv"
    export_accounts(db, [seeded["xiehe"]], path)
    text = path.read_text(encoding="utf-8-sig").replace("13812345678", "13800000000")
    path.write_text(text.replace("北京协和医院", "北京协和医院(东院)"), encoding="utf-8-sig")
    with db.session_scope() as s:
        s.get(Account, seeded["xiehe"]).search_key = "old"  # type: ignore[union-attr]
        s.get(Stakeholder, seeded["zhang"]).search_key = "old"  # type: ignore[union-attr]
    result = import_accounts_file(db, path)
    assert (result.accounts_updated, result.stakeholders_updated) == (1, 1)
    assert result.stakeholders_unchanged == 1
    with db.session_scope() as s:
        account = s.get(Account, seeded["xiehe"])
        zhang = s.get(Stakeholder, seeded["zhang"])
        assert account is not None and zhang is not None
        assert account.name == "北京协和医院(东院)" and zhang.mobile == "13800000000"
        assert s.scalar(select(Account.id).where(Account.name == "北京协和医院")) is None
    # Keys are written in the same pass, as the search service would build them.
    written = _keys(db, seeded["xiehe"], seeded["zhang"])
    assert "13800000000" in (written[0] or "") and "13800000000" in (written[1] or "")
    assert written == _rebuilt_keys(db, seeded["xiehe"], seeded["zhang"])


def test_an_imported_fax_refreshes_the_search_key_it_is_part_of(
    db: Database, seeded: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    path = tmp_path / "fax.csv"
    path.write_text(f"Account ID,Fax\n{seeded['xiehe']},010-6915 6000\n", encoding="utf-8-sig")
    with db.session_scope() as s:
        s.get(Account, seeded["xiehe"]).search_key = "old"  # type: ignore[union-attr]
    result = import_accounts_file(db, path)
    assert result.issues == () and result.accounts_updated == 1
    with db.session_scope() as s:
        account = s.get(Account, seeded["xiehe"])
        assert account is not None and account.fax == "010-6915 6000"
    written = _keys(db, seeded["xiehe"], seeded["zhang"])
    assert "01069156000" in (written[0] or "")
    assert written[0] == _rebuilt_keys(db, seeded["xiehe"], seeded["zhang"])[0]
