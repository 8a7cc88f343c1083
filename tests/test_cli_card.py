"""`fieldvisit card ID`: the card view the window edits, labelled as described."""

from __future__ import annotations

import json
from datetime import date

import pytest

from fieldvisit.cli import main
from fieldvisit.domain.enums import AccountType, Grade, SubTier, Tier
from fieldvisit.services.accounts.card_data import (
    AccountCard,
    Basics,
    Classification,
    ComplaintRow,
    Credit,
)
from fieldvisit.services.accounts.cards import save_card
from fieldvisit.storage.database import Database


@pytest.fixture
def account_id(db: Database) -> str:
    card = AccountCard(
        basics=Basics(
            "北京协和医院",
            AccountType.HOSPITAL,
            legal_representative="张抒扬",
            phone="010-6915 6114",
        ),
        classification=Classification(tier=Tier.A, sub_tier=SubTier.A1, man_money=True),
        credit=Credit(capital=Grade.B, limit_cents=5_000_000),
        complaints=(ComplaintRow(date(2025, 2, 3), "送货延迟"),),
    )
    return str(save_card(db, card))


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_card_prints_each_filled_field_under_its_label(
    db: Database, account_id: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "--db", str(db.path), "card", account_id, "--lang", "zh")
    assert code == 0, err
    assert out.startswith(f"北京协和医院  [{account_id}]")
    assert "  法人代表: 张抒扬" in out
    assert "  类型: 医院" in out and "  细分级别: A1" in out
    assert "  MAN：购买力: 是" in out and "  铺底额度: ¥50000" in out
    assert "传真" not in out  # empty fields are left out
    code, out, _ = run(capsys, "--db", str(db.path), "card", account_id)
    assert "  Legal representative: 张抒扬" in out and "  Credit: capital: B" in out


def test_card_json_has_every_described_field_and_the_history_rows(
    db: Database, account_id: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "--db", str(db.path), "card", account_id, "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["id"] == account_id
    assert data["fields"]["legal_representative"] == "张抒扬"
    assert data["fields"]["account_type"] == "hospital" and data["fields"]["fax"] is None
    assert data["fields"]["credit_limit_cents"] == 5_000_000
    assert data["complaints"][0]["description"] == "送货延迟"
    assert data["complaints"][0]["received_on"] == "2025-02-03"


def test_card_of_an_unknown_account_says_so(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = run(
        capsys, "--db", str(db.path), "card", "00000000-0000-0000-0000-000000000001"
    )
    assert code != 0 and "no longer exists" in err
