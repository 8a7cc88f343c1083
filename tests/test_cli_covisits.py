"""`fieldvisit covisits` end to end on a real database file."""

from __future__ import annotations

import json
import uuid
from datetime import date
from pathlib import Path

import pytest

from fieldvisit.cli import main
from fieldvisit.domain.enums import (
    AccountStatus,
    AccountType,
    CoVisitStatus,
    CoVisitType,
    MemberRole,
    Standard,
)
from fieldvisit.storage.migrate import open_database
from fieldvisit.storage.models import Account, CoVisit, CoVisitCall, StandardRating, TeamMember


@pytest.fixture
def filled(db_path: Path) -> dict[str, uuid.UUID]:
    db = open_database(db_path)
    try:
        with db.session_scope() as s:
            manager = TeamMember(name="王喆", role=MemberRole.MANAGER)
            other = TeamMember(name="Helen Ho", role=MemberRole.MANAGER)
            s.add_all([manager, other])
            s.flush()
            rep = TeamMember(name="李堃", role=MemberRole.REP, manager_id=manager.id)
            rep2 = TeamMember(name="Amy Lam", role=MemberRole.REP, manager_id=other.id)
            s.add_all([rep, rep2])
            s.flush()
            account = Account(
                name="镕安医院", account_type=AccountType.HOSPITAL, status=AccountStatus.ACTIVE
            )
            s.add(account)
            s.flush()
            two_days = CoVisit(
                manager_id=manager.id,
                rep_id=rep.id,
                first_day=date(2025, 3, 6),
                last_day=date(2025, 3, 7),
                template_version="1",
                late=True,
                status=CoVisitStatus.SIGNED_OFF,
            )
            april = CoVisit(
                manager_id=manager.id,
                rep_id=rep.id,
                first_day=date(2025, 4, 2),
                last_day=date(2025, 4, 2),
                template_version="1",
            )
            helen = CoVisit(
                manager_id=other.id,
                rep_id=rep2.id,
                first_day=date(2025, 3, 12),
                last_day=date(2025, 3, 12),
                template_version="1",
            )
            s.add_all([two_days, april, helen])
            s.flush()
            for seq, kind in enumerate(
                (CoVisitType.JOINT, CoVisitType.COACHING, CoVisitType.COACHING)
            ):
                s.add(
                    CoVisitCall(
                        covisit_id=two_days.id,
                        seq=seq,
                        day=date(2025, 3, 6),
                        account_id=account.id,
                        call_type=kind,
                    )
                )
            s.add(StandardRating(covisit_id=two_days.id, standard=Standard.COMMUNICATION, score=3))
            s.add(StandardRating(covisit_id=two_days.id, standard=Standard.KNOWLEDGE, score=4))
            return {"two_days": two_days.id, "april": april.id, "helen": helen.id, "rep": rep.id}
    finally:
        db.close()


def test_text_table(
    db_path: Path, filled: dict[str, uuid.UUID], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db_path), "covisits", "--rep", "李堃", "--month", "2025-03"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split() == [
        "dates",
        "rep",
        "manager",
        "joint",
        "demo",
        "coaching",
        "status",
        "late",
        "avg",
        "id",
    ]
    assert out[2].split() == [
        "2025-03-06–03-07",
        "李堃",
        "王喆",
        "1",
        "0",
        "2",
        "Signed",
        "off",
        "late",
        "3.5",
        str(filled["two_days"]),
    ]
    assert out[-1] == "1 co-visit"


def test_json_with_ids_and_manager_filter(
    db_path: Path, filled: dict[str, uuid.UUID], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db_path), "covisits", "--manager", "王喆", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["id"] for r in rows] == [str(filled["april"]), str(filled["two_days"])]
    march = rows[1]
    assert march["rep_id"] == str(filled["rep"]) and march["manager"] == "王喆"
    assert march["calls"] == {"joint": 1, "demonstration": 0, "coaching": 2}
    assert (march["status"], march["late"], march["average_rating"]) == ("signed_off", True, 3.5)
    assert rows[0]["average_rating"] is None and rows[0]["status"] == "in_progress"


def test_unknown_name_suggests(
    db_path: Path, filled: dict[str, uuid.UUID], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db_path), "covisits", "--manager", "Helen H"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "No team member is called 'Helen H'" in captured.err and "Helen Ho" in captured.err


def test_bad_month_and_no_match(
    db_path: Path, filled: dict[str, uuid.UUID], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db_path), "covisits", "--month", "March"]) == 1
    assert "YYYY-MM" in capsys.readouterr().err
    assert main(["--db", str(db_path), "covisits", "--month", "2024-01"]) == 0
    assert capsys.readouterr().out.strip() == "No co-visits match."
