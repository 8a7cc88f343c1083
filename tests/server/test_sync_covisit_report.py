"""The co-visit report reaches the rep (two reps, their manager, one server): written on the
manager's laptop, read and acknowledged on the rep's (or in person with the rep's own code),
signed, identical everywhere; corrections as new revisions; a signed report never changes."""

from __future__ import annotations

import json
import uuid
from datetime import date

import pytest
from sqlalchemy import select, text

from fieldvisit.domain.covisit_view import acknowledged_digest, to_json
from fieldvisit.domain.enums import (
    ActionReview,
    ActionStatus,
    CoVisitStatus,
    CoVisitType,
    MemberRole,
)
from fieldvisit.server import covisit_commands
from fieldvisit.server.scope import Caller
from fieldvisit.services.covisits import calls as c
from fieldvisit.services.covisits import history
from fieldvisit.services.covisits import session as sess
from fieldvisit.services.covisits import signoff as so
from fieldvisit.services.covisits.ack_codes import set_ack_code
from fieldvisit.services.covisits.completeness import missing_for_signoff
from fieldvisit.services.covisits.reading import load_view
from fieldvisit.services.covisits.template import current_template
from fieldvisit.services.covisits.views import CoVisitView
from fieldvisit.services.today import ItemState, load_today
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import (
    ActionItem,
    CoVisit,
    CoVisitRevision,
    Stakeholder,
    StandardRating,
)
from fieldvisit.sync.client import sync_now
from fieldvisit.sync.conflicts import unresolved
from tests.server.test_sync_reviews import _account
from tests.server.test_sync_team import Team, _me, team  # noqa: F401  (the fixture)

DAY = date(2026, 11, 23)  # the pinned clock's day (UTC)
CODE = "4821"


def _write_report(db: Database, rep_id: uuid.UUID, account_id: uuid.UUID) -> uuid.UUID:
    """The manager's co-visit with the rep, complete but not acknowledged."""
    cv = sess.start_covisit(db, rep_id, DAY)
    sess.set_development_objectives(db, cv.id, ["多用开放式问题"])
    with db.read_scope() as session:
        met = list(
            session.scalars(select(Stakeholder.id).where(Stakeholder.account_id == account_id))
        )
    call = c.add_call(db, cv.id, account_id, DAY, CoVisitType.COACHING, met)
    for name, value in (
        ("visit_objective", "确认下月订单"),
        ("rep_self_assessment", "开场太快"),
        ("feedback_went_well", "准备充分"),
        ("feedback_do_differently", "先问再讲"),
        ("agreed_learning", "先问三个问题"),
    ):
        c.set_call_field(db, call.id, name, value)
    sess.set_covisit_field(db, cv.id, "strengths", "产品知识扎实")
    sess.set_covisit_field(db, cv.id, "development_areas", "探询需求")
    for std in current_template().standards:
        so.set_rating(db, cv.id, std.key, 3, "稳定")
    so.add_action(db, cv.id, "每次拜访前写三个问题", rep_id, date(2026, 12, 4))
    sess.set_covisit_field(db, cv.id, "big_question_yes", True)
    sess.set_covisit_field(db, cv.id, "big_question_why", "代表主动要求再次协访")
    return cv.id


def _view(db: Database, covisit_id: uuid.UUID) -> CoVisitView:
    with db.read_scope() as session:
        cv = session.get(CoVisit, covisit_id)
        assert cv is not None
        return load_view(session, cv)


def _rows(db: Database, covisit_id: uuid.UUID) -> dict[str, object]:
    """The report's own rows, as comparable values (timestamps of bookkeeping left out)."""
    with db.read_scope() as session:
        cv = session.get(CoVisit, covisit_id)
        assert cv is not None
        head = {
            k: getattr(cv, k)
            for k in (
                "status",
                "revision",
                "rep_comments",
                "rep_acknowledged_at",
                "rep_acknowledged_hash",
                "manager_signed_at",
                "completed_at",
                "late",
                "strengths",
            )
        }
        ratings = sorted(
            (r.standard, r.score, r.comment)
            for r in session.scalars(
                select(StandardRating).where(StandardRating.covisit_id == covisit_id)
            )
        )
        actions = sorted(
            (a.id, a.description, a.owner_id, a.due_on, a.status)
            for a in session.scalars(select(ActionItem).where(ActionItem.covisit_id == covisit_id))
        )
        revisions = sorted(
            (r.id, r.number, r.reason, json.dumps(r.snapshot, sort_keys=True))
            for r in session.scalars(
                select(CoVisitRevision).where(CoVisitRevision.covisit_id == covisit_id)
            )
        )
    return {"covisit": head, "ratings": ratings, "actions": actions, "revisions": revisions}


def _same_everywhere(t: Team, covisit_id: uuid.UUID) -> CoVisitView:
    views = [_view(db, covisit_id) for db in (t.manager, t.rep_a, t.server)]
    rows = [_rows(db, covisit_id) for db in (t.manager, t.rep_a, t.server)]
    assert rows[0] == rows[1] == rows[2]
    assert to_json(views[0]) == to_json(views[1])
    assert acknowledged_digest(views[0]) == acknowledged_digest(views[2])
    return views[0]


def _queued(db: Database) -> list[str]:
    """The arguments of the commands waiting to go up, as stored on the laptop."""
    with db.read_scope() as session:
        return [str(a) for a in session.scalars(text("SELECT args FROM sync_command"))]


def _reasons(db: Database) -> list[str]:
    return [c.reason for c in unresolved(db)]


@pytest.fixture
def report(team: Team) -> uuid.UUID:  # noqa: F811
    """A report the manager wrote on their laptop, synced to the rep's: one call, meeting two
    people whose names sort differently by code point and by a language's collation."""
    account = _account(team.rep_a, "协和医院")
    with team.rep_a.session_scope() as session:
        session.add(Stakeholder(account_id=account, name="Zhang Wei"))
        session.add(Stakeholder(account_id=account, name="bai Lin"))
    sync_now(team.rep_a)
    sync_now(team.manager)
    covisit_id = _write_report(team.manager, _me(team.rep_a), account)
    assert sync_now(team.manager).conflicts == 0
    sync_now(team.rep_a)
    return covisit_id


def test_written_by_the_manager_acknowledged_by_the_rep_signed_identical_everywhere(
    team: Team,  # noqa: F811
    report: uuid.UUID,
) -> None:
    on_rep = _view(team.rep_a, report)
    assert on_rep.status is CoVisitStatus.IN_PROGRESS and len(on_rep.ratings) == len(
        current_template().standards
    )
    assert [a.description for a in on_rep.actions] == ["每次拜访前写三个问题"]
    assert acknowledged_digest(on_rep) == acknowledged_digest(_view(team.manager, report))
    # It waits for the rep on their Today page; they read it, comment and acknowledge.
    waiting = [i for s in load_today(team.rep_a).sections for i in s.items]
    assert [i.state for i in waiting if i.target and i.target.id == report] == [
        ItemState.TO_ACKNOWLEDGE
    ]
    sess.acknowledge(team.rep_a, report, "同意，下次拜访前先写问题")
    assert sync_now(team.rep_a).conflicts == 0
    sync_now(team.manager)
    on_manager = _view(team.manager, report)
    assert on_manager.rep_acknowledged_at is not None
    assert on_manager.rep_comments == "同意，下次拜访前先写问题"
    assert missing_for_signoff(on_manager) == []
    # The manager signs; the server accepts it.
    so.sign_off(team.manager, report)
    assert sync_now(team.manager).conflicts == 0
    sync_now(team.rep_a)
    signed = _same_everywhere(team, report)
    assert signed.locked and signed.manager_signed_at is not None
    # The action item is the rep's open item on their Today page.
    today = load_today(team.rep_a)
    notes = [i.note for s in today.sections for i in s.items]
    assert "每次拜访前写三个问题" in notes
    # The other rep sees none of it.
    with team.rep_b.read_scope() as session:
        assert session.get(CoVisit, report) is None


def test_in_person_acknowledgement_with_the_reps_code_right_and_wrong(
    team: Team,  # noqa: F811
    report: uuid.UUID,
) -> None:
    set_ack_code(team.rep_a, CODE)
    assert all(CODE not in args for args in _queued(team.rep_a))  # a key derived from it
    sync_now(team.rep_a)
    with pytest.raises(sess.AckCodeNeeded):
        sess.acknowledge(team.manager, report, "当面确认")
    # A wrong code: accepted on the laptop (it cannot check), refused by the server, shown.
    sess.acknowledge(team.manager, report, "当面确认", code="0000")
    assert sync_now(team.manager).conflicts == 1
    assert _reasons(team.manager) == ["ack_code_wrong"]
    assert _view(team.manager, report).rep_acknowledged_at is None
    with team.server.read_scope() as session:
        assert session.scalar(text("SELECT failed_attempts FROM srv_ack_code")) == 1
    with pytest.raises(so.SignOffError):
        so.sign_off(team.manager, report)
    # The right code. The manager's laptop holds a proof for this report, never the code.
    sess.acknowledge(team.manager, report, "当面确认", code=CODE)
    queued = _queued(team.manager)
    assert len(queued) == 1 and CODE not in queued[0] and '"proof"' in queued[0]
    assert sync_now(team.manager).conflicts == 0
    with team.server.read_scope() as session:
        cv = session.get(CoVisit, report)
        assert cv is not None and cv.rep_acknowledged_at is not None
        assert cv.rep_comments == "当面确认"
        assert session.scalar(text("SELECT failed_attempts FROM srv_ack_code")) == 0
        # The code itself is nowhere on the server, only its salted hash.
        stored = session.execute(text("SELECT code_hash, salt FROM srv_ack_code")).one()
        assert CODE not in stored.code_hash
    so.sign_off(team.manager, report)
    assert sync_now(team.manager).conflicts == 0
    sync_now(team.rep_a)
    assert _same_everywhere(team, report).locked


def test_a_signature_without_the_reps_acknowledgement_on_the_server_is_refused(
    team: Team,  # noqa: F811
    report: uuid.UUID,
) -> None:
    # The manager's laptop believes the rep acknowledged (a laptop used alone before it
    # joined, a tampered file): the server has no acknowledgement, so it refuses the signature.
    with team.manager.session_scope() as session:
        cv = session.get(CoVisit, report)
        assert cv is not None
        cv.rep_acknowledged_at = cv.created_at
        cv.rep_acknowledged_hash = acknowledged_digest(load_view(session, cv))
    so.sign_off(team.manager, report)
    assert sync_now(team.manager).conflicts == 1
    assert _reasons(team.manager) == ["covisit_not_acknowledged"]
    back = _view(team.manager, report)
    assert not back.locked and back.rep_acknowledged_at is None


def _signed(team: Team, report: uuid.UUID) -> None:  # noqa: F811
    sess.acknowledge(team.rep_a, report, "同意")
    sync_now(team.rep_a)
    sync_now(team.manager)
    so.sign_off(team.manager, report)
    assert sync_now(team.manager).conflicts == 0
    sync_now(team.rep_a)


def test_a_correction_reaches_the_rep_as_a_new_revision_needing_a_new_acknowledgement(
    team: Team,  # noqa: F811
    report: uuid.UUID,
) -> None:
    _signed(team, report)
    so.correct(team.manager, report, "行动计划的日期写错了")
    action = _view(team.manager, report).actions[0]
    so.update_action(team.manager, action.id, action.description, action.owner_id, DAY)
    assert sync_now(team.manager).conflicts == 0
    sync_now(team.rep_a)
    on_rep = _view(team.rep_a, report)
    assert on_rep.revision == 2 and not on_rep.locked
    assert on_rep.rep_acknowledged_at is None and on_rep.acknowledgement_withdrawn
    assert on_rep.actions[0].due_on == DAY
    assert [r.number for r in on_rep.revisions] == [1]
    assert so.revision_view(team.rep_a, report, 1).actions[0].due_on == date(2026, 12, 4)
    # The manager cannot sign revision 2 before the rep acknowledges it.
    with pytest.raises(so.SignOffError):
        so.sign_off(team.manager, report)
    sess.acknowledge(team.rep_a, report, "日期已改，同意")
    assert sync_now(team.rep_a).conflicts == 0
    sync_now(team.manager)
    so.sign_off(team.manager, report)
    assert sync_now(team.manager).conflicts == 0
    sync_now(team.rep_a)
    final = _same_everywhere(team, report)
    assert final.locked and final.revision == 2 and final.rep_comments == "日期已改，同意"


def test_a_correction_from_an_outdated_revision_is_refused_and_shown(
    team: Team,  # noqa: F811
    report: uuid.UUID,
) -> None:
    _signed(team, report)
    # The server moved on: the manager's other laptop corrected revision 1 first.
    with team.server.session_scope() as session:
        manager = session.scalar(select(CoVisit.manager_id).where(CoVisit.id == report))
        assert manager is not None
        caller = Caller(uuid.uuid4(), manager, "王经理", MemberRole.MANAGER, None, frozenset())
        args = {"covisit_id": str(report), "from_revision": 1, "reason": "另一台电脑上的更正"}
        assert covisit_commands.correct(session.connection(), caller, args).reason is None
    so.correct(team.manager, report, "改评分")
    assert sync_now(team.manager).conflicts == 1
    assert _reasons(team.manager) == ["covisit_outdated"]
    back = _view(team.manager, report)
    assert back.revision == 2 and not back.locked  # the team's report is on the laptop
    assert [(r.number, r.reason) for r in back.revisions] == [(1, "另一台电脑上的更正")]
    sync_now(team.rep_a)
    _same_everywhere(team, report)


def test_row_edits_to_a_signed_report_are_refused(
    team: Team,  # noqa: F811
    report: uuid.UUID,
) -> None:
    _signed(team, report)
    # A laptop writing into the signed report behind the services' back (an old version,
    # a copied file): the server refuses, and the laptop takes the signed version back.
    with team.manager.session_scope() as session:
        cv = session.get(CoVisit, report)
        assert cv is not None
        cv.strengths = "事后改写"
        rating = session.scalars(
            select(StandardRating).where(StandardRating.covisit_id == report)
        ).first()
        assert rating is not None
        rating.score = 5
    assert sync_now(team.manager).conflicts == 2
    assert set(_reasons(team.manager)) == {"covisit_signed"}
    sync_now(team.rep_a)
    final = _same_everywhere(team, report)
    assert final.strengths == "产品知识扎实" and {r.score for r in final.ratings} == {3}


def test_the_action_plan_comes_back_at_the_next_covisit_and_its_review_reaches_the_rep(
    team: Team,  # noqa: F811
    report: uuid.UUID,
) -> None:
    _signed(team, report)
    action = _view(team.rep_a, report).actions[0]
    assert action.description in [i.note for s in load_today(team.rep_a).sections for i in s.items]
    # The next co-visit, a week later on the manager's laptop, reviews it.
    later = sess.start_covisit(team.manager, _me(team.rep_a), date(2026, 11, 30))
    assert [a.id for a in later.review] == [action.id]
    history.review_action(team.manager, later.id, action.id, ActionReview.DONE, "每次都写了")
    assert sync_now(team.manager).conflicts == 0  # follow-up, not a change of the signed report
    sync_now(team.rep_a)
    with team.rep_a.read_scope() as session:
        item = session.get(ActionItem, action.id)
        assert item is not None and item.status is ActionStatus.DONE
        assert item.reviewed_in_id == later.id
    notes = [i.note for s in load_today(team.rep_a).sections for i in s.items]
    assert action.description not in notes
    # The signed report itself is as it was signed, everywhere.
    assert _same_everywhere(team, report).locked


def test_an_acknowledgement_of_content_the_manager_changed_meanwhile_is_refused(
    team: Team,  # noqa: F811
    report: uuid.UUID,
) -> None:
    sess.set_covisit_field(team.manager, report, "strengths", "产品知识扎实，善于倾听")
    sync_now(team.manager)
    # The rep acknowledges what they had read, before their laptop received the change.
    sess.acknowledge(team.rep_a, report, "同意")
    assert sync_now(team.rep_a).conflicts == 1
    assert _reasons(team.rep_a) == ["covisit_changed"]
    on_rep = _view(team.rep_a, report)
    assert on_rep.strengths == "产品知识扎实，善于倾听" and on_rep.rep_acknowledged_at is None
    # Read again, acknowledged again: accepted.
    sess.acknowledge(team.rep_a, report, "同意")
    assert sync_now(team.rep_a).conflicts == 0
    sync_now(team.manager)
    assert _view(team.manager, report).rep_acknowledged_at is not None


def test_guessing_the_reps_code_stops_after_a_few_tries_until_they_set_a_new_one(
    team: Team,  # noqa: F811
    report: uuid.UUID,
) -> None:
    set_ack_code(team.rep_a, CODE)
    sync_now(team.rep_a)
    for guess in ("0000", "1111", "2222", "3333", "4444"):
        sess.acknowledge(team.manager, report, "当面确认", code=guess)
        sync_now(team.manager)
    sess.acknowledge(team.manager, report, "当面确认", code=CODE)  # right, but too late
    sync_now(team.manager)
    assert _reasons(team.manager)[0] == "ack_code_locked"
    assert _view(team.manager, report).rep_acknowledged_at is None
    set_ack_code(team.rep_a, "90817")  # the rep sets a new code on their laptop
    sync_now(team.rep_a)
    sess.acknowledge(team.manager, report, "当面确认", code="90817")
    assert sync_now(team.manager).conflicts == 0
    assert len(_view(team.rep_a, report).calls[0].stakeholder_ids) == 3
    sync_now(team.rep_a)
    assert _view(team.rep_a, report).rep_acknowledged_at is not None
