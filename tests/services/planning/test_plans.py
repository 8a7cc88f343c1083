"""The plan's life: move, submit, approve, return with a comment, and who may do what."""

from __future__ import annotations

from datetime import date

import pytest

from fieldvisit.domain.enums import DaySlot, PlannedKind, PlanStatus
from fieldvisit.domain.errors import ValidationError
from fieldvisit.services.planning.plans import (
    NotAllowedError,
    PlanLockedError,
    add_contact,
    approve_plan,
    load_plan,
    move_contact,
    remove_contact,
    return_plan,
    submit_plan,
)
from fieldvisit.services.planning.suggest import save_plan, suggest_plan
from fieldvisit.storage.database import Database
from tests.services.planning.conftest import MONTH, Team


def _saved(db: Database, team: Team):
    return save_plan(db, suggest_plan(db, team.rep, MONTH, today=date(2025, 8, 1)))


def test_move_submit_approve(db: Database, team: Team) -> None:
    plan = _saved(db, team)
    assert plan.status is PlanStatus.DRAFT and plan.editable
    contact = plan.contacts[0]
    moved = move_contact(db, contact.id, date(2025, 9, 24), DaySlot.AFTERNOON, actor_id=team.rep)
    assert (moved.day, moved.slot) == (date(2025, 9, 24), DaySlot.AFTERNOON)
    # A Saturday is the rep's choice (pharmacy rounds); the worked Sunday 28th is a working day.
    assert move_contact(db, contact.id, date(2025, 9, 27), actor_id=team.rep).day.day == 27
    assert move_contact(db, contact.id, date(2025, 9, 28), actor_id=team.rep).day.day == 28
    move_contact(db, contact.id, date(2025, 9, 24), actor_id=team.rep)
    with pytest.raises(ValidationError):
        move_contact(db, contact.id, date(2025, 10, 1), actor_id=team.rep)
    with pytest.raises(NotAllowedError):
        move_contact(db, contact.id, date(2025, 9, 25), actor_id=team.manager)
    with pytest.raises(NotAllowedError):
        submit_plan(db, team.rep, MONTH, actor_id=team.other_rep)

    submitted = submit_plan(db, team.rep, MONTH, actor_id=team.rep)
    assert submitted.status is PlanStatus.SUBMITTED and submitted.submitted_at is not None
    with pytest.raises(PlanLockedError):
        move_contact(db, contact.id, date(2025, 9, 25), actor_id=team.rep)
    with pytest.raises(PlanLockedError):
        remove_contact(db, contact.id, actor_id=team.rep)
    with pytest.raises(NotAllowedError):
        approve_plan(db, team.rep, MONTH, team.other_rep)

    approved = approve_plan(db, team.rep, MONTH, team.manager)
    assert approved.status is PlanStatus.APPROVED and approved.decided_by == "王经理"
    with pytest.raises(PlanLockedError):
        add_contact(
            db, team.rep, team.accounts["C"], date(2025, 9, 3), PlannedKind.VISIT, actor_id=team.rep
        )
    with pytest.raises(PlanLockedError):
        return_plan(db, team.rep, MONTH, team.manager, "再看看")
    [kept] = [c for c in load_plan(db, team.rep, MONTH).contacts if c.id == contact.id]
    assert kept.day == date(2025, 9, 24)


def test_returned_plan_is_edited_and_resubmitted(db: Database, team: Team) -> None:
    _saved(db, team)
    submit_plan(db, team.rep, MONTH, actor_id=team.rep)
    with pytest.raises(ValidationError):
        return_plan(db, team.rep, MONTH, team.manager, "  ")
    returned = return_plan(db, team.rep, MONTH, team.manager, "第四周请安排回款。")
    assert returned.status is PlanStatus.RETURNED and returned.editable
    assert returned.manager_comment == "第四周请安排回款。"
    added = add_contact(
        db,
        team.rep,
        team.accounts["C"],
        date(2025, 9, 23),
        PlannedKind.SERVICE,
        DaySlot.AFTERNOON,
        "回款、陈列检查",
        actor_id=team.rep,
    )
    assert added.kind is PlannedKind.SERVICE and added.purpose == "回款、陈列检查"
    again = submit_plan(db, team.rep, MONTH, actor_id=team.rep)
    assert again.status is PlanStatus.SUBMITTED and again.decided_at is None
    assert approve_plan(db, team.rep, MONTH, team.manager).status is PlanStatus.APPROVED


def test_an_empty_plan_cannot_be_submitted(db: Database, team: Team) -> None:
    with pytest.raises(ValidationError):
        submit_plan(db, team.rep, MONTH, actor_id=team.rep)
    assert load_plan(db, team.rep, MONTH).status is None  # nothing half-made is left
