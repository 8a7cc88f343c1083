"""The monthly plan between a rep's laptop and the manager's: submit, withdraw, approve,
return — each a command the server decides against its own state."""

from __future__ import annotations

import json
import uuid
from datetime import date

from PySide6.QtCore import Qt
from sqlalchemy import select, text

from fieldvisit.domain.enums import PlannedKind, PlanStatus
from fieldvisit.services.planning.plans import (
    add_contact,
    approve_plan,
    load_plan,
    return_plan,
    submit_plan,
    withdraw_plan,
)
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import MonthlyPlan, PlannedContact
from fieldvisit.sync.client import sync_now
from fieldvisit.sync.conflicts import unresolved
from tests.server import test_sync_team
from tests.server.test_sync_team import Team, _add_account, _me

team = test_sync_team.team  # the fixture: two reps and their manager, each on a laptop

MONTH = date(2026, 12, 1)


def _plan_with_visit(db: Database) -> uuid.UUID:
    account = _add_account(db, "湘雅医院")
    add_contact(db, _me(db), account, date(2026, 12, 8), PlannedKind.VISIT)
    return account


def _status(db: Database, rep: uuid.UUID) -> PlanStatus | None:
    return load_plan(db, rep, MONTH).status


def _server_plan(team: Team) -> MonthlyPlan:
    with team.server.read_scope() as session:
        plan = session.scalars(select(MonthlyPlan)).one()
        session.expunge(plan)
        return plan


def test_submit_approve_round_trip_reaches_both_laptops(team: Team) -> None:
    rep = _me(team.rep_a)
    _plan_with_visit(team.rep_a)
    submit_plan(team.rep_a, rep, MONTH)
    assert sync_now(team.rep_a).conflicts == 0
    assert _server_plan(team).status is PlanStatus.SUBMITTED

    sync_now(team.manager)
    assert _status(team.manager, rep) is PlanStatus.SUBMITTED
    approve_plan(team.manager, rep, MONTH, _me(team.manager), "很好")
    result = sync_now(team.manager)
    assert result.conflicts == 0 and unresolved(team.manager) == []
    server = _server_plan(team)
    assert server.status is PlanStatus.APPROVED
    assert server.decided_by_id == _me(team.manager)
    assert server.manager_comment == "很好"

    sync_now(team.rep_a)
    seen = load_plan(team.rep_a, rep, MONTH)
    assert seen.status is PlanStatus.APPROVED and seen.manager_comment == "很好"
    sync_now(team.rep_b)
    with team.rep_b.read_scope() as session:  # rep B never sees rep A's plan
        assert session.scalars(select(MonthlyPlan)).all() == []


def test_a_returned_plan_comes_back_with_the_comment_and_can_be_submitted_again(
    team: Team,
) -> None:
    rep = _me(team.rep_a)
    account = _plan_with_visit(team.rep_a)
    submit_plan(team.rep_a, rep, MONTH)
    sync_now(team.rep_a)
    sync_now(team.manager)
    return_plan(team.manager, rep, MONTH, _me(team.manager), "加一次拜访")
    sync_now(team.manager)
    sync_now(team.rep_a)
    seen = load_plan(team.rep_a, rep, MONTH)
    assert seen.status is PlanStatus.RETURNED and seen.manager_comment == "加一次拜访"

    add_contact(team.rep_a, rep, account, date(2026, 12, 15), PlannedKind.VISIT)
    submit_plan(team.rep_a, rep, MONTH)
    assert sync_now(team.rep_a).conflicts == 0
    assert _server_plan(team).status is PlanStatus.SUBMITTED
    sync_now(team.manager)
    assert len(load_plan(team.manager, rep, MONTH).contacts) == 2


def test_a_withdrawal_after_an_offline_approval_is_refused_and_shown(team: Team) -> None:
    """The manager approved first (server order): the rep's withdrawal and the edits made
    after it are refused, kept in the rep's Conflicts list, and the approved plan stays."""
    rep = _me(team.rep_a)
    account = _plan_with_visit(team.rep_a)
    submit_plan(team.rep_a, rep, MONTH)
    sync_now(team.rep_a)
    sync_now(team.manager)
    approve_plan(team.manager, rep, MONTH, _me(team.manager))
    withdraw_plan(team.rep_a, rep, MONTH, rep)  # offline: the rep has not seen the approval
    add_contact(team.rep_a, rep, account, date(2026, 12, 22), PlannedKind.VISIT)

    sync_now(team.manager)
    result = sync_now(team.rep_a)
    assert result.conflicts >= 2
    reasons = {c.reason for c in unresolved(team.rep_a)}
    assert {"plan_decided", "plan_locked"} <= reasons
    assert _server_plan(team).status is PlanStatus.APPROVED
    seen = load_plan(team.rep_a, rep, MONTH)
    assert seen.status is PlanStatus.APPROVED
    assert [c.day for c in seen.contacts] == [date(2026, 12, 8)]  # the team's plan
    with team.server.read_scope() as session:
        assert len(session.scalars(select(PlannedContact)).all()) == 1


def test_an_approval_of_a_plan_withdrawn_meanwhile_is_refused_on_the_managers_laptop(
    team: Team,
) -> None:
    """The rep withdrew and changed the plan first: the manager's approval of what they saw
    is refused and shown; the rep's edits stand."""
    rep = _me(team.rep_a)
    account = _plan_with_visit(team.rep_a)
    submit_plan(team.rep_a, rep, MONTH)
    sync_now(team.rep_a)
    sync_now(team.manager)
    approve_plan(team.manager, rep, MONTH, _me(team.manager))  # offline
    withdraw_plan(team.rep_a, rep, MONTH, rep)
    add_contact(team.rep_a, rep, account, date(2026, 12, 22), PlannedKind.VISIT)
    submit_plan(team.rep_a, rep, MONTH)  # submitted again, with a different content
    assert sync_now(team.rep_a).conflicts == 0

    result = sync_now(team.manager)
    assert result.conflicts == 1
    (conflict,) = unresolved(team.manager)
    assert conflict.reason == "plan_changed" and conflict.table_name == "monthly_plan"
    assert _server_plan(team).status is PlanStatus.SUBMITTED
    seen = load_plan(team.manager, rep, MONTH)
    assert seen.status is PlanStatus.SUBMITTED and len(seen.contacts) == 2


def test_a_replayed_command_changes_nothing_and_a_rep_cannot_decide(team: Team) -> None:
    rep = _me(team.rep_a)
    _plan_with_visit(team.rep_a)
    submit_plan(team.rep_a, rep, MONTH)
    with team.rep_a.read_scope() as session:
        queued = session.execute(text("SELECT count(*) FROM sync_command")).scalar()
    assert queued == 1
    sync_now(team.rep_a)
    with team.rep_a.read_scope() as session:
        assert session.execute(text("SELECT count(*) FROM sync_command")).scalar() == 0
    # A rep's laptop that sets the plan's status by row (an approval) changes nothing.
    with team.rep_a.session_scope() as session:
        plan = session.scalars(select(MonthlyPlan)).one()
        plan.status = PlanStatus.APPROVED
    sync_now(team.rep_a)
    assert _server_plan(team).status is PlanStatus.SUBMITTED


def test_a_laptop_used_alone_queues_nothing(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from fieldvisit.domain.enums import MemberRole
    from fieldvisit.services.team import set_current_user
    from fieldvisit.storage.migrate import open_database

    db = open_database(tmp_path / "alone.db")
    set_current_user(db, "李代表", MemberRole.REP)
    _plan_with_visit(db)
    view = submit_plan(db, _me(db), MONTH)
    assert view.status is PlanStatus.SUBMITTED
    with db.read_scope() as session:
        tables = session.execute(
            text("SELECT name FROM sqlite_master WHERE name LIKE 'sync_%'")
        ).all()
    assert tables == []
    db.close()


def _cli(db: Database, capsys, *args: str) -> dict:  # type: ignore[no-untyped-def]
    from fieldvisit.cli import main

    capsys.readouterr()
    assert main(["--db", str(db.path), *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_the_command_line_submits_decides_and_reports_the_status(team: Team, capsys) -> None:  # type: ignore[no-untyped-def]
    _plan_with_visit(team.rep_a)
    month = ["--month", "2026-12"]
    _cli(team.rep_a, capsys, "plan", "submit", *month, "--yes")
    mine = _cli(team.rep_a, capsys, "plan", "status", "--rep", "李代表", *month)
    assert mine["status"] == "submitted" and mine["waiting_for_sync"] is True
    sync_now(team.rep_a)
    sync_now(team.manager)
    seen = _cli(team.manager, capsys, "plan", "status", "--rep", "李代表", *month)
    assert seen["status"] == "submitted" and seen["visits"] == 1
    decided = _cli(
        team.manager,
        capsys,
        "plan",
        "decide",
        "--rep",
        "李代表",
        *month,
        "return",
        "--comment",
        "周三多安排一家",
    )
    assert decided["status"] == "returned" and decided["waiting_for_sync"] is True
    sync_now(team.manager)
    sync_now(team.rep_a)
    back = _cli(team.rep_a, capsys, "plan", "status", "--rep", "李代表", *month)
    assert back["status"] == "returned"
    assert back["manager_comment"] == "周三多安排一家"
    assert back["decided_by"] == "王经理" and back["waiting_for_sync"] is False


def test_the_conflicts_dialog_names_the_refused_step_and_shows_labels(team: Team, qtbot) -> None:  # type: ignore[no-untyped-def]
    from fieldvisit.ui.conflicts_dialog import ConflictsDialog

    rep = _me(team.rep_a)
    _plan_with_visit(team.rep_a)
    submit_plan(team.rep_a, rep, MONTH)
    sync_now(team.rep_a)
    sync_now(team.manager)
    approve_plan(team.manager, rep, MONTH, _me(team.manager))
    withdraw_plan(team.rep_a, rep, MONTH, rep)
    sync_now(team.manager)
    sync_now(team.rep_a)

    dialog = ConflictsDialog(team.rep_a)
    qtbot.addWidget(dialog)
    texts = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    row = next(i for i, t in enumerate(texts) if t.startswith("Plan withdrawn"))
    dialog.list.setCurrentRow(row)
    assert "already decided" in dialog.reason.text()
    assert not dialog.mine_button.isEnabled() and dialog.theirs_button.isEnabled()
    cells = {
        dialog.fields.item(r, 0).text(): dialog.fields.item(r, 2).text()
        for r in range(dialog.fields.rowCount())
    }
    assert cells["Status"] == "Approved"
    qtbot.mouseClick(dialog.theirs_button, Qt.MouseButton.LeftButton)
    assert all(c.command != "plan.withdraw" for c in unresolved(team.rep_a))
