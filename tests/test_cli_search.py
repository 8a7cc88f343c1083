"""`fieldvisit search`: accounts and stakeholders by Chinese, pinyin, initials, phone."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import update

from fieldvisit.cli import main
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import Account, Stakeholder
from tests.services.accounts.conftest import Region, build_region


@pytest.fixture
def region(db: Database) -> Region:
    return build_region(db)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_search_chinese_prints_an_aligned_table(
    db: Database, region: Region, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "--db", str(db.path), "search", "协和")
    assert code == 0, err
    assert "Accounts: 2 of 5 match '协和'" in out
    lines = out.splitlines()
    header = next(line for line in lines if line.startswith("name"))
    row = next(line for line in lines if line.startswith("北京协和医院"))
    # Chinese is two cells wide: the "type" column starts at the same cell in both lines.
    assert row.index("hospital") + len("北京协和医院") == header.index("type")
    assert "北京协和医院 !" in out  # key account with a single stakeholder
    assert "Stakeholders: 0" in out


def test_search_initials_finds_accounts_and_stakeholders(
    db: Database, region: Region, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _err = run(capsys, "--db", str(db.path), "search", "xh")
    assert code == 0
    assert "华中科技大学同济医学院附属协和医院" in out
    code, out, _err = run(capsys, "--db", str(db.path), "search", "zzw")
    assert "曾志伟" in out and "Stakeholders: 1" in out


def test_search_json_has_ids_and_rebuilds_stale_keys_first(
    db: Database, region: Region, capsys: pytest.CaptureFixture[str]
) -> None:
    with db.session_scope() as session:
        session.execute(update(Account).values(search_key=None))
        session.execute(update(Stakeholder).values(search_key=None))
    code, out, err = run(capsys, "--db", str(db.path), "search", "zhangwei", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["accounts"]["total"] == 1
    account = data["accounts"]["shown"][0]
    assert account["id"] == str(region.accounts["北京协和医院"])
    assert account["single_stakeholder_warning"] is True
    assert account["matched"] == {
        "name_spans": [],
        "by": "text",
        "via": "person",
        "stakeholder": "张伟",
    }
    assert [p["name"] for p in data["stakeholders"]] == ["张伟"]
    assert data["stakeholders"][0]["account_id"] == account["id"]


def test_search_limit(db: Database, region: Region, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, "--db", str(db.path), "search", "中山路", "--limit", "2")
    assert code == 0
    assert "… 3 more (use --limit)" in out
    code, _out, err = run(capsys, "--db", str(db.path), "search", "x", "--limit", "0")
    assert code == 1 and "--limit" in err
