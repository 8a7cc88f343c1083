"""Clean values in: no control characters, phone cells the card accepts, nothing dropped."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from fieldvisit.domain import card_rules
from fieldvisit.services.accounts.cards import load_card, save_card
from fieldvisit.services.accounts.stakeholders import load_stakeholder, save_stakeholder
from fieldvisit.services.import_export import (
    all_account_ids,
    export_accounts,
    import_accounts_file,
    import_vcards,
)
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import Account, Stakeholder
from tests.services.import_export.conftest import stamps

ROWS = (
    "客户名称,城市,电话,联系人,手机,办公电话,联系人备注\r\n"
    "湘雅医院\x07,长沙,0731-8432 7000 / 0731-8432 7001,刘洋\x00,"
    '138 0013 8000 / 139 0000 1111,待补充,"周三门诊\r\n\t周五查房\x1b"\r\n'
    "湘雅医院,长沙,,陈静,N/A,6529 5114,\r\n"
    "湘雅医院,长沙,,周琳,13700001111;待补充,010-6529 5114、0755-8888 1234 转 806,\r\n"
)


def _people(db: Database) -> dict[str, Stakeholder]:
    with db.session_scope() as s:
        return {p.name: p for p in s.scalars(select(Stakeholder))}


def test_control_characters_are_removed_and_line_breaks_kept_in_notes(
    db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "dirty.csv"
    path.write_text(ROWS, encoding="utf-8")
    result = import_accounts_file(db, path)
    assert not result.issues and result.stakeholders_created == 3
    with db.session_scope() as s:
        assert s.scalars(select(Account.name)).all() == ["湘雅医院"]
    liu = _people(db)["刘洋"]
    assert liu.notes is not None and liu.notes.startswith("周三门诊\n\t周五查房\n")


def test_phone_cells_keep_one_number_the_card_accepts_and_the_rest_in_notes(
    db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "phones.csv"
    path.write_text(ROWS, encoding="utf-8")
    import_accounts_file(db, path, lang="zh")
    found = _people(db)
    liu, chen, zhou = found["刘洋"], found["陈静"], found["周琳"]
    assert (liu.mobile, liu.office_phone) == ("138 0013 8000", None)
    assert liu.notes == "周三门诊\n\t周五查房\n手机：139 0000 1111\n办公电话：待补充"
    assert (chen.mobile, chen.office_phone) == (None, None)
    assert chen.notes == "手机：N/A\n办公电话：6529 5114"
    assert (zhou.mobile, zhou.office_phone) == ("13700001111", "010-6529 5114")
    assert zhou.notes == "手机：待补充\n办公电话：0755-8888 1234 转 806"
    with db.session_scope() as s:
        account = s.scalars(select(Account)).one()
        assert account.phone == "0731-8432 7000"
        assert account.notes == "电话：0731-8432 7001"
        account_id = account.id
    for person in found.values():
        assert card_rules.mobile_problem(person.mobile) is None
        assert card_rules.phone_problem(person.office_phone) is None
        save_stakeholder(db, load_stakeholder(db, person.id))  # the card saves it as it is
    save_card(db, load_card(db, account_id))
    # The same file again changes nothing: the notes are not added twice.
    before = stamps(db)
    again = import_accounts_file(db, path, lang="zh")
    assert (again.stakeholders_updated, again.accounts_updated) == (0, 0)
    assert stamps(db) == before


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_what_was_imported_exports_and_imports_again_unchanged(
    db: Database, tmp_path: Path, suffix: str
) -> None:
    source = tmp_path / "phones.csv"
    source.write_text(ROWS, encoding="utf-8")
    import_accounts_file(db, source)
    out = tmp_path / f"out{suffix}"
    export_accounts(db, all_account_ids(db), out)
    before = stamps(db)
    result = import_accounts_file(db, out)
    assert not result.issues
    assert (result.accounts_unchanged, result.stakeholders_unchanged) == (1, 3)
    assert stamps(db) == before


def test_vcard_phones_and_control_characters(
    db: Database, seeded: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    path = tmp_path / "card.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:刘\x01洋\r\n"
        "TEL;TYPE=CELL:138 0013 8000 / 139 0000 1111\r\nTEL;TYPE=WORK:待补充\r\n"
        "NOTE:第一行\\n第二行\x7f\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    result = import_vcards(db, path, seeded["pharmacy"])
    assert result.created == 1 and not result.issues
    liu = _people(db)["刘洋"]
    assert (liu.mobile, liu.office_phone) == ("138 0013 8000", None)
    assert liu.notes == "第一行\n第二行\nMobile: 139 0000 1111\nOffice phone: 待补充"
    save_stakeholder(db, load_stakeholder(db, liu.id))
