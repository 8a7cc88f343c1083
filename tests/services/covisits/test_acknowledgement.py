"""The rep's acknowledgement covers exactly what is signed; late reports show everywhere."""

from __future__ import annotations

import json
from datetime import date, time, timedelta
from pathlib import Path

import pytest

from fieldvisit.cli import main
from fieldvisit.clock import FixedClock
from fieldvisit.domain.enums import CoVisitType
from fieldvisit.reports.covisit_handout import CoVisitHandout
from fieldvisit.services.covisits import calls as c
from fieldvisit.services.covisits import session as sess
from fieldvisit.services.covisits import signoff as so
from fieldvisit.services.covisits.listing import list_covisits
from fieldvisit.services.reporting.covisit import covisit_snapshot
from fieldvisit.storage.database import Database
from tests.conftest import TEST_DAY
from tests.reports.pdfcheck import text
from tests.services.covisits.conftest import DAY, Field, fill_complete


def test_editing_after_the_acknowledgement_withdraws_it(db: Database, field: Field) -> None:
    cv = sess.start_covisit(db, field.rep_id, DAY)
    fill_complete(db, cv.id, field)
    acknowledged = sess.get_covisit(db, cv.id)
    assert acknowledged.rep_acknowledged_at is not None
    assert not acknowledged.acknowledgement_withdrawn
    sess.set_covisit_field(db, cv.id, "strengths", "改过的优势")
    changed = sess.get_covisit(db, cv.id)
    assert changed.rep_acknowledged_at is None and changed.acknowledgement_withdrawn
    assert "acknowledgement_withdrawn" in [m.what for m in so.missing_for_signoff(changed)]
    with pytest.raises(so.SignOffError, match="changed after the rep acknowledged"):
        so.sign_off(db, cv.id)
    # Putting the words back restores exactly what was acknowledged.
    sess.set_covisit_field(db, cv.id, "strengths", "产品知识扎实")
    assert sess.get_covisit(db, cv.id).rep_acknowledged_at == acknowledged.rep_acknowledged_at
    sess.set_covisit_field(db, cv.id, "strengths", "改过的优势")
    sess.acknowledge(db, cv.id, "同意")
    assert so.sign_off(db, cv.id).locked


@pytest.mark.parametrize(
    "change",
    ["call", "rating", "action", "objectives", "manager_comments", "rep_comments"],
)
def test_every_part_of_the_report_is_covered(db: Database, field: Field, change: str) -> None:
    cv = sess.start_covisit(db, field.rep_id, DAY)
    fill_complete(db, cv.id, field)
    view = sess.get_covisit(db, cv.id)
    if change == "call":
        c.set_call_field(db, view.calls[0].id, "agreed_learning", "先听后讲")
    elif change == "rating":
        so.set_rating(db, cv.id, view.ratings[0].standard, 5, None)
    elif change == "action":
        so.update_action(db, view.actions[0].id, "改过的行动", field.rep_id, DAY)
    elif change == "objectives":
        sess.set_development_objectives(db, cv.id, ["处理异议"])
    else:
        sess.set_covisit_field(db, cv.id, change, "补充一句")
    assert sess.get_covisit(db, cv.id).acknowledgement_withdrawn


def test_acknowledgement_is_refused_while_required_content_is_missing(
    db: Database, field: Field
) -> None:
    cv = sess.start_covisit(db, field.rep_id, DAY)
    call = c.add_call(db, cv.id, field.accounts[0], DAY, CoVisitType.COACHING)
    c.set_call_field(db, call.id, "visit_objective", "确认订单")
    with pytest.raises(sess.AcknowledgementError, match="Big Question") as raised:
        sess.acknowledge(db, cv.id, "看过了")
    assert "Rate the rep on every standard" in str(raised.value)
    view = sess.get_covisit(db, cv.id)
    assert view.rep_acknowledged_at is None and not view.acknowledgement_withdrawn


def test_a_correction_needs_a_new_acknowledgement(db: Database, field: Field) -> None:
    cv = sess.start_covisit(db, field.rep_id, DAY)
    fill_complete(db, cv.id, field)
    so.sign_off(db, cv.id)
    corrected = so.correct(db, cv.id, "补充观察记录")
    assert corrected.rep_acknowledged_at is None and corrected.acknowledgement_withdrawn
    with pytest.raises(so.SignOffError, match="acknowledge"):
        so.sign_off(db, cv.id)
    sess.acknowledge(db, cv.id, "看过第二版")
    signed = so.sign_off(db, cv.id)
    assert signed.revision == 2 and signed.rep_acknowledged_at is not None
    assert so.revision_view(db, cv.id, 1).rep_comments == "同意"


def test_an_unsigned_covisit_is_late_from_the_end_of_its_last_day(
    db: Database,
    db_path: Path,
    field: Field,
    fixed_clock: FixedClock,
    capsys: pytest.CaptureFixture[str],
) -> None:
    cv = sess.start_covisit(db, field.rep_id, TEST_DAY)
    fixed_clock.set_day(TEST_DAY, time(23, 59))
    assert not sess.get_covisit(db, cv.id).late
    assert not list_covisits(db)[0].late
    fixed_clock.set_day(TEST_DAY + timedelta(days=1), time(0, 0))
    # The read model, the list, the handout and the command line all say late.
    assert sess.get_covisit(db, cv.id).late
    assert list_covisits(db)[0].late
    snapshot = covisit_snapshot(db, cv.id)
    assert snapshot.view.late
    assert "not signed by the end of" in text(
        CoVisitHandout().render(snapshot, lang="en", printed_on=TEST_DAY)
    )
    assert "逾期" in text(CoVisitHandout().render(snapshot, lang="zh", printed_on=TEST_DAY))
    db.close()
    assert main(["covisits", "--db", str(db_path), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(row["id"], row["late"]) for row in listed] == [(str(cv.id), True)]


def test_signed_on_the_day_stays_on_time_when_the_clock_moves_on(
    db: Database, field: Field, fixed_clock: FixedClock
) -> None:
    cv = sess.start_covisit(db, field.rep_id, TEST_DAY)
    fill_complete(db, cv.id, field)
    so.sign_off(db, cv.id)
    fixed_clock.set_day(date(2027, 1, 5))
    assert not sess.get_covisit(db, cv.id).late and not list_covisits(db)[0].late


def test_names_and_the_follow_up_of_earlier_actions_are_not_content(
    db: Database, field: Field
) -> None:
    """Renaming the rep, or reviewing last time's actions, does not change what was read."""
    from fieldvisit.domain.enums import ActionReview
    from fieldvisit.services.covisits import history
    from fieldvisit.storage.models import TeamMember

    first = sess.start_covisit(db, field.rep_id, DAY)
    fill_complete(db, first.id, field)
    so.sign_off(db, first.id)
    second = sess.start_covisit(db, field.rep_id, DAY + timedelta(days=14))
    fill_complete(db, second.id, field)
    earlier = sess.get_covisit(db, second.id).review[0]
    history.review_action(db, second.id, earlier.id, ActionReview.NOT_DONE, "下次再查")
    with db.session_scope() as s:
        rep = s.get(TeamMember, field.rep_id)
        assert rep is not None
        rep.name = "李代表（华东）"
    view = sess.get_covisit(db, second.id)
    assert view.rep_acknowledged_at is not None and not view.acknowledgement_withdrawn
