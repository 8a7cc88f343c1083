"""Report snapshots built from a real SQLite database with a few hand-inserted rows."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy import event

from fieldvisit.domain.enums import (
    AccountStatus,
    AccountType,
    ActionStatus,
    BuyingRole,
    CallStep,
    ContactMethod,
    CoVisitStatus,
    CoVisitType,
    KeyAccountLevel,
    MemberRole,
    PeriodKind,
    PlannedKind,
    PlanStatus,
    PromiseStatus,
    RecordStatus,
    Standard,
    SubTier,
    SummarySection,
    SummaryStatus,
)
from fieldvisit.domain.errors import NotFoundError, ValidationError
from fieldvisit.services.reporting import (
    PrintOptions,
    account_snapshot,
    covisit_snapshot,
    load_team_month,
    parse_id,
    plan_snapshot,
    record_snapshot,
    render_document,
    summary_snapshot,
    team_snapshot,
)
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import (
    Account,
    ActionItem,
    AppSetting,
    CallObservation,
    ContactRecord,
    CoVisit,
    CoVisitCall,
    CoVisitCallStakeholder,
    MonthlyPlan,
    PlannedContact,
    Promise,
    RecordParticipant,
    RecordStakeholder,
    Stakeholder,
    StakeholderProfile,
    StakeholderRole,
    StandardRating,
    SummaryItem,
    SummaryReport,
    TeamMember,
)


@dataclass
class Ids:
    manager: uuid.UUID
    rep: uuid.UUID
    account: uuid.UUID
    record: uuid.UUID
    covisit: uuid.UUID


def at(day: int, hour: int = 9) -> datetime:
    return datetime(2025, 3, day, hour, tzinfo=UTC)


@pytest.fixture
def ids(db: Database) -> Ids:
    with db.session_scope() as s:
        manager = TeamMember(name="王喆", role=MemberRole.MANAGER)
        s.add(manager)
        s.flush()
        rep = TeamMember(name="李堃", role=MemberRole.REP, manager_id=manager.id, territory="浦东")
        s.add(rep)
        s.flush()
        account = Account(
            name="镕安医院",
            account_type=AccountType.HOSPITAL,
            status=AccountStatus.ACTIVE,
            owner_id=rep.id,
            sub_tier=SubTier.A1,
            key_account_level=KeyAccountLevel.LEVEL_1,
        )
        s.add(account)
        s.flush()
        doctor = Stakeholder(account_id=account.id, name="朱镕", title="主任")
        doctor.roles.append(StakeholderRole(role=BuyingRole.DECISION_MAKER))
        s.add(doctor)
        s.flush()
        s.add(StakeholderProfile(stakeholder_id=doctor.id, hobbies="钓鱼"))
        record = ContactRecord(
            account_id=account.id,
            author_id=rep.id,
            occurred_at=at(5),
            method=ContactMethod.VISIT,
            content="介绍新剂型",
            successes="主任同意试用",
            next_steps="联系药剂科",
            sales_objectives=["new_product"],
            status=RecordStatus.COMPLETE,
        )
        phone = ContactRecord(
            account_id=account.id,
            author_id=rep.id,
            occurred_at=at(6),
            method=ContactMethod.PHONE,
            status=RecordStatus.COMPLETE,
        )
        s.add_all([record, phone])
        s.flush()
        s.add_all(
            [
                RecordStakeholder(record_id=record.id, stakeholder_id=doctor.id),
                RecordParticipant(record_id=record.id, member_id=manager.id),
                Promise(
                    account_id=account.id,
                    record_id=record.id,
                    owner_id=rep.id,
                    stakeholder_id=doctor.id,
                    description="送二十例试用装",
                    created_at=at(5),
                    due_on=date(2025, 3, 20),
                ),
                Promise(
                    account_id=account.id,
                    owner_id=rep.id,
                    description="寄送资料",
                    due_on=date(2025, 3, 8),
                    status=PromiseStatus.KEPT,
                    closed_at=at(7),
                ),
            ]
        )
        earlier = CoVisit(
            rep_id=rep.id,
            manager_id=manager.id,
            first_day=date(2025, 2, 4),
            last_day=date(2025, 2, 4),
            template_version="1",
        )
        covisit = CoVisit(
            rep_id=rep.id,
            manager_id=manager.id,
            first_day=date(2025, 3, 12),
            last_day=date(2025, 3, 12),
            template_version="1",
            development_objectives=["探询需求"],
            strengths="准备充分",
            big_question_yes=True,
            status=CoVisitStatus.SIGNED_OFF,
            late=True,
        )
        s.add_all([earlier, covisit])
        s.flush()
        call = CoVisitCall(
            covisit_id=covisit.id,
            seq=1,
            day=date(2025, 3, 12),
            account_id=account.id,
            call_type=CoVisitType.COACHING,
            visit_objective="试用",
        )
        s.add(call)
        s.flush()
        s.add_all(
            [
                CoVisitCallStakeholder(call_id=call.id, stakeholder_id=doctor.id),
                CallObservation(call_id=call.id, item_key=CallStep.OPENING.value, rating=4),
                CallObservation(call_id=call.id, item_key=CallStep.PREPARATION.value, rating=3),
                StandardRating(covisit_id=covisit.id, standard=Standard.SALES_CALLS.value, score=4),
                StandardRating(
                    covisit_id=covisit.id, standard=Standard.ADMINISTRATION.value, score=2
                ),
                StandardRating(covisit_id=earlier.id, standard=Standard.SALES_CALLS.value, score=3),
                ActionItem(
                    covisit_id=covisit.id,
                    seq=1,
                    description="练习开放式问题",
                    owner_id=rep.id,
                    due_on=date(2025, 3, 19),
                ),
                ActionItem(
                    covisit_id=covisit.id, seq=2, description="已完成的事", status=ActionStatus.DONE
                ),
            ]
        )
        plan = MonthlyPlan(rep_id=rep.id, month=date(2025, 3, 1), status=PlanStatus.APPROVED)
        s.add(plan)
        s.flush()
        s.add_all(
            [
                PlannedContact(
                    plan_id=plan.id,
                    account_id=account.id,
                    planned_on=date(2025, 3, 5),
                    kind=PlannedKind.VISIT,
                    record_id=record.id,
                ),
                PlannedContact(
                    plan_id=plan.id,
                    account_id=account.id,
                    planned_on=date(2025, 3, 6),
                    kind=PlannedKind.PHONE,
                ),
            ]
        )
        s.add(AppSetting(key="company_name", value="华东医药"))
        return Ids(manager.id, rep.id, account.id, record.id, covisit.id)


def test_covisit_snapshot(db: Database, ids: Ids) -> None:
    snap = covisit_snapshot(db, ids.covisit.hex)
    view = snap.view  # the co-visit's one read model, as the window shows it
    assert (view.rep_name, view.manager_name, view.territory) == ("李堃", "王喆", "浦东")
    assert view.late and view.development_objectives == ("探询需求",)
    assert [a.owner_name for a in view.actions] == ["李堃", None]
    [call] = view.calls
    assert call.account_name == "镕安医院" and call.stakeholder_names == ("朱镕",)
    assert [o.step for o in call.observations] == ["preparation", "opening"]
    assert [r.standard for r in view.ratings] == ["administration", "sales_calls"]
    assert [e.scores for e in snap.earlier] == [(("sales_calls", 3),)]


def test_record_snapshot(db: Database, ids: Ids) -> None:
    snap = record_snapshot(db, str(ids.record))
    assert snap.account == "镕安医院" and snap.author == "李堃"
    assert snap.stakeholders_met == ("朱镕",) and snap.participants == ("王喆",)
    assert [(p.description, p.stakeholder) for p in snap.promises] == [("送二十例试用装", "朱镕")]
    assert snap.check is None


def capture_sql(db: Database) -> list[str]:
    statements: list[str] = []

    def remember(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", remember)
    return statements


def test_account_snapshot_reads_no_profile_unless_asked(db: Database, ids: Ids) -> None:
    statements = capture_sql(db)
    plain = account_snapshot(db, ids.account)
    assert statements and not any("stakeholder_profile" in sql for sql in statements)
    assert [p.profile for p in plain.stakeholders] == [None]
    assert plain.stakeholders[0].roles == (BuyingRole.DECISION_MAKER,)
    assert [p.description for p in plain.open_promises] == ["送二十例试用装"]
    personal = account_snapshot(db, ids.account, with_personal=True)
    assert any("stakeholder_profile" in sql for sql in statements)
    profile = personal.stakeholders[0].profile
    assert profile is not None and profile.values["hobbies"] == "钓鱼"


def test_plan_snapshot_counts_planned_and_done_apart(db: Database, ids: Ids) -> None:
    snap = plan_snapshot(db, "李堃", "2025-03")
    assert snap.status is PlanStatus.APPROVED and len(snap.items) == 2
    assert [i.done for i in snap.items] == [True, False]
    [line] = snap.compliance
    assert (line.visits_required, line.visits_planned, line.visits_done) == (4, 1, 1)
    assert (line.phone_required, line.phone_planned, line.phone_done) == (8, 1, 1)
    assert not line.visits_ok


def test_summary_snapshot_prefilled_then_written(db: Database, ids: Ids) -> None:
    snap = summary_snapshot(db, "李堃", "month", "2025-03-15")
    assert snap.status is None and (snap.records, snap.on_site, snap.phone) == (2, 1, 1)
    by_section = {(e.section, e.name) for e in snap.entries}
    assert (SummarySection.COMPLETED, "寄送资料") in by_section
    assert (SummarySection.COMPLETED, "镕安医院") in by_section
    assert (SummarySection.IN_PROGRESS, "送二十例试用装") in by_section
    assert (SummarySection.NEW, "联系药剂科") in by_section
    with db.session_scope() as s:
        report = SummaryReport(
            author_id=ids.rep,
            period_kind=PeriodKind.MONTH,
            period_start=date(2025, 3, 1),
            period_end=date(2025, 3, 31),
            status=SummaryStatus.FINAL,
        )
        s.add(report)
        s.flush()
        s.add(SummaryItem(report_id=report.id, section=SummarySection.NEW, seq=1, name="新诊所"))
    written = summary_snapshot(db, "李堃", PeriodKind.MONTH, date(2025, 3, 31))
    assert written.status is SummaryStatus.FINAL
    assert [e.name for e in written.entries] == ["新诊所"]


def test_team_snapshot(db: Database, ids: Ids) -> None:
    view = load_team_month(db, "王喆", "2025-03")
    snap = team_snapshot(view)
    [rep] = snap.reps
    assert (rep.rep, rep.covisits, rep.covisit_days, rep.coaching_calls) == ("李堃", 1, 1, 1)
    assert rep.average_rating == pytest.approx(3.0)
    assert (rep.open_actions, rep.late_reports) == (1, 1)
    assert snap.field_days == view.field.field_days and snap.working_days == 21
    assert snap.total is not None and snap.total.covisits == view.team.covisits == 1
    assert (snap.field_share_pct, snap.meets_target) == (view.field.share_pct, False)


def test_names_must_match_exactly_one_member(db: Database, ids: Ids) -> None:
    with pytest.raises(NotFoundError, match="李堃"):
        plan_snapshot(db, "李坤", "2025-03")
    with db.session_scope() as s:
        s.add_all(
            [
                TeamMember(name="张伟", role=MemberRole.REP),
                TeamMember(name="张伟", role=MemberRole.REP),
            ]
        )
    with pytest.raises(ValidationError, match="2 team members"):
        plan_snapshot(db, "张伟", "2025-03")


def test_ids_with_or_without_dashes_and_bad_ids(db: Database, ids: Ids) -> None:
    assert parse_id(ids.record.hex) == parse_id(str(ids.record)) == ids.record
    with pytest.raises(ValidationError):
        parse_id("not-an-id")
    with pytest.raises(NotFoundError):
        record_snapshot(db, uuid.uuid4())


def test_render_document_uses_the_company_setting(db: Database, ids: Ids) -> None:
    from tests.reports.pdfcheck import text

    pdf = render_document(db, "covisit", PrintOptions(lang="zh"), covisit_id=ids.covisit)
    assert pdf.startswith(b"%PDF") and "华东医药" in text(pdf)
    with pytest.raises(ValidationError):
        render_document(db, "invoice", PrintOptions())
