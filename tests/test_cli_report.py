"""`fieldvisit report …` end to end on a real database file."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from fieldvisit.cli import main
from fieldvisit.domain.enums import (
    AccountType,
    ContactMethod,
    CoVisitType,
    MemberRole,
    PlanStatus,
)
from fieldvisit.storage.migrate import open_database
from fieldvisit.storage.models import (
    Account,
    AppSetting,
    ContactRecord,
    CoVisit,
    CoVisitCall,
    MonthlyPlan,
    Stakeholder,
    StakeholderProfile,
    TeamMember,
)
from tests.reports.pdfcheck import reader, text


def run(argv: list[str]) -> int:
    return main(argv)


def fails(capsys: pytest.CaptureFixture[str], argv: list[str]) -> str:
    """Run a command that must fail as a user error; return what it printed on stderr."""
    assert main(argv) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    return captured.err


@pytest.fixture
def filled(db_path: Path) -> dict[str, uuid.UUID]:
    db = open_database(db_path)
    try:
        with db.session_scope() as s:
            manager = TeamMember(name="王喆", role=MemberRole.MANAGER)
            s.add(manager)
            s.flush()
            rep = TeamMember(name="李堃", role=MemberRole.REP, manager_id=manager.id)
            s.add(rep)
            s.flush()
            account = Account(name="镕安医院", account_type=AccountType.HOSPITAL, owner_id=rep.id)
            s.add(account)
            s.flush()
            person = Stakeholder(account_id=account.id, name="朱镕")
            s.add(person)
            s.flush()
            s.add(StakeholderProfile(stakeholder_id=person.id, hobbies="钓鱼和网球"))
            record = ContactRecord(
                account_id=account.id,
                author_id=rep.id,
                occurred_at=datetime(2025, 3, 5, 9, tzinfo=UTC),
                method=ContactMethod.VISIT,
            )
            covisit = CoVisit(
                rep_id=rep.id,
                manager_id=manager.id,
                first_day=date(2025, 3, 12),
                last_day=date(2025, 3, 12),
                template_version="1",
            )
            s.add_all([record, covisit])
            s.flush()
            s.add(
                CoVisitCall(
                    covisit_id=covisit.id,
                    seq=1,
                    day=date(2025, 3, 12),
                    account_id=account.id,
                    call_type=CoVisitType.JOINT,
                )
            )
            s.add(MonthlyPlan(rep_id=rep.id, month=date(2025, 3, 1), status=PlanStatus.DRAFT))
            s.add(AppSetting(key="company_name", value="华东医药"))
            return {"record": record.id, "covisit": covisit.id, "account": account.id}
    finally:
        db.close()


def test_each_report_command_writes_a_pdf(
    filled: dict[str, uuid.UUID], db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    commands = {
        "covisit": ["covisit", filled["covisit"].hex],
        "record": ["record", str(filled["record"])],
        "account": ["account", str(filled["account"])],
        "plan": ["plan", "--rep", "李堃", "--month", "2025-03"],
        "summary": ["summary", "--rep", "李堃", "--period", "week", "--date", "2025-03-05"],
        "team": ["team", "--manager", "王喆", "--month", "2025-03"],
    }
    for name, args in commands.items():
        out = tmp_path / f"{name}.pdf"
        assert run(["report", *args, "--db", str(db_path), "--lang", "zh", "-o", str(out)]) == 0
        assert out.read_bytes().startswith(b"%PDF")
        assert "华东医药" in text(out.read_bytes())
        assert f"to {out}" in capsys.readouterr().out
    assert not list(tmp_path.glob(".*.tmp"))


def test_options_json_paper_company_and_personal(
    filled: dict[str, uuid.UUID], db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "card.pdf"
    base = ["report", "account", str(filled["account"]), "--db", str(db_path), "-o", str(out)]
    run([*base, "--paper", "letter", "--company", "Acme", "--json"])
    shown = json.loads(capsys.readouterr().out)
    assert shown["file"] == str(out) and shown["bytes"] == out.stat().st_size
    pdf = out.read_bytes()
    assert round(float(reader(pdf).pages[0].mediabox.width)) == 612
    assert "Acme" in text(pdf) and "钓鱼和网球" not in text(pdf)
    run([*base, "--with-personal"])
    assert "钓鱼和网球" in text(out.read_bytes())


def test_refuses_a_missing_folder_and_leaves_nothing(
    filled: dict[str, uuid.UUID], db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "missing" / "x.pdf"
    err = fails(
        capsys, ["report", "record", str(filled["record"]), "--db", str(db_path), "-o", str(out)]
    )
    assert "does not exist" in err
    assert not out.parent.exists()


def test_user_errors_say_what_to_fix_on_stderr(
    filled: dict[str, uuid.UUID], db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.pdf"
    db = ["--db", str(db_path), "-o", str(out)]
    assert "Did you mean: 李堃" in fails(
        capsys, ["report", "plan", "--rep", "李坤", "--month", "2025-03", *db]
    )
    assert "YYYY-MM" in fails(
        capsys, ["report", "team", "--manager", "王喆", "--month", "March", *db]
    )
    assert "not an ID" in fails(capsys, ["report", "covisit", "12345", *db])
    assert "No co-visit" in fails(capsys, ["report", "covisit", uuid.uuid4().hex, *db])
    assert not out.exists()
