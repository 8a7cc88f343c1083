"""Safe exports: cells a spreadsheet would compute are neutralised, and come back as they were."""

from __future__ import annotations

import csv
import io
import uuid
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from fieldvisit.services.import_export import all_account_ids, export_accounts, import_accounts_file
from fieldvisit.services.import_export.formulas import neutralise, restore
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import Account, Stakeholder
from tests.services.import_export.conftest import stamps

RISKY = {
    "name": "=1+1",
    "notes": '=HYPERLINK("http://example.invalid/x","点击")',
    "address": "@SUM(A1:A9)",
}
PERSON = {
    "name": "'=张伟",
    "title": "-主任-",
    "department": "+心内科",
    "office_phone": "+86 10 6529 5114",
    "wechat": "-5",
    "notes": "'plain",
}


@pytest.mark.parametrize(
    ("text", "cell"),
    [
        ("=1+1", "'=1+1"),
        ("+86 10 6529 5114", "'+86 10 6529 5114"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("'=x", "''=x"),
        ("-5", "-5"),
        ("+3.5", "+3.5"),
        ("'abc", "'abc"),
        ("abc", "abc"),
        ("", ""),
    ],
)
def test_the_rule(text: str, cell: str) -> None:
    assert neutralise(text) == cell
    assert restore(cell) == text


@pytest.fixture
def risky(db: Database, seeded: dict[str, uuid.UUID]) -> dict[str, uuid.UUID]:
    with db.session_scope() as s:
        account = s.get(Account, seeded["pharmacy"])
        assert account is not None
        for attr, value in RISKY.items():
            setattr(account, attr, value)
        person = Stakeholder(account_id=account.id, **PERSON)
        s.add(person)
        s.flush()
        return {**seeded, "person": person.id}


def _values(db: Database, ids: dict[str, uuid.UUID]) -> tuple[dict[str, object], dict[str, object]]:
    with db.session_scope() as s:
        account = s.get(Account, ids["pharmacy"])
        person = s.get(Stakeholder, ids["person"])
        assert account is not None and person is not None
        return (
            {a: getattr(account, a) for a in RISKY},
            {a: getattr(person, a) for a in PERSON},
        )


def test_csv_cells_are_neutralised_and_re_import_restores_them(
    db: Database, risky: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    path = tmp_path / "out.csv"
    export_accounts(db, all_account_ids(db), path)
    cells = [c for row in csv.reader(io.StringIO(path.read_text("utf-8-sig"))) for c in row]
    for text in [*RISKY.values(), *PERSON.values()]:
        assert text not in cells or text in ("-5", "'plain")  # never written as it is
    assert "'=1+1" in cells and "''=张伟" in cells and "-5" in cells and "'plain" in cells
    assert not [c for c in cells if c and c[0] in "=+-@\t\r" and c != "-5"]
    before, values = stamps(db), _values(db, risky)
    result = import_accounts_file(db, path)
    assert not result.issues and result.stakeholders_unchanged == 3
    assert stamps(db) == before
    assert _values(db, risky) == values == (RISKY, PERSON)


def test_xlsx_cells_are_text_with_a_quote_prefix_and_come_back_unchanged(
    db: Database, risky: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    path = tmp_path / "out.xlsx"
    export_accounts(db, all_account_ids(db), path)
    book = openpyxl.load_workbook(path)
    sheet = book.active
    assert sheet is not None
    found = {c.value: c for row in sheet.iter_rows() for c in row if c.value is not None}
    for text in [*RISKY.values(), "+心内科", "-主任-", "'=张伟"]:
        cell = found[text]
        assert (cell.data_type, cell.quotePrefix) == ("s", True), text
    before = stamps(db)
    result = import_accounts_file(db, path)
    assert not result.issues and result.stakeholders_unchanged == 3
    assert stamps(db) == before
    assert _values(db, risky) == (RISKY, PERSON)


def test_a_csv_from_elsewhere_keeps_its_apostrophes(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "typed.csv"
    path.write_text("客户名称,客户备注\r\n'O'Brien Clinic,'=literal\r\n", encoding="utf-8")
    import_accounts_file(db, path)
    with db.session_scope() as s:
        assert s.execute(select(Account.name, Account.notes)).one() == (
            "'O'Brien Clinic",
            "=literal",
        )
